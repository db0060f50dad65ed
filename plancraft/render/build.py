"""One render: plan -> texts -> outline -> Word document -> deterministic .docx bytes."""

from __future__ import annotations

from plancraft.i18n import _

import io
from typing import Any

from plancraft import words
from plancraft.history import effective_shown
from plancraft.model import COMPLAINT_PROCEDURE, document_type_of
from plancraft.stated import is_not_stated

from .errors import RenderError
from .options import RenderOptions
from .layout import layout_for
from .outline import make_outline
from .texts import Texts

# Which writer makes the document: "text" (render.wml on the fixed parts of render.base: neither
# python-docx nor lxml imported once the base is kept) or "python-docx" (render.emit: the whole document
# through python-docx, as before; the text writer's reference, tests/render/test_wml.py).
WRITERS = ("text", "python-docx")


def template_context(
    plan: dict[str, Any], lang: str, *, draft: bool, final: bool, copy_number: int | None, recipient: str | None
) -> dict[str, Any]:
    """What the text templates may use; every key is always present (templates are strict)."""
    d = plan.get("document") or {}
    return {
        "lang": lang,
        "title": str(d.get("title") or ""),
        "issuer": str(d.get("issuer") or ""),
        "number": str(d.get("number") or ""),
        "version": str(d.get("version") or ""),
        "effective": words.day(effective_shown(plan), lang),
        "effective_date": effective_shown(plan),
        "classification": str(d.get("classification") or ""),
        "level_count": len(plan.get("levels") or []),
        "level_count_words": words.count_words(len(plan.get("levels") or []), lang),
        "scenario_count": len(plan.get("scenarios") or []),
        "draft": draft,
        "final": final and not draft,
        "copy_number": copy_number,
        "recipient": recipient or "",
        # document.type: a complaint procedure calls itself a procedure, not a plan (templates/*/sentences)
        "procedure": document_type_of(plan) == COMPLAINT_PROCEDURE,
    }


def with_not_stated(data: Any, mark: str) -> Any:
    """A copy of the plan where every `null` and "not stated" placeholder reads `mark`, so that the
    document shows the gap the source left instead of an empty cell or the word None."""
    if isinstance(data, dict):
        return {key: mark if is_not_stated(value) else with_not_stated(value, mark) for key, value in data.items()}
    if isinstance(data, list):
        return [mark if is_not_stated(value) else with_not_stated(value, mark) for value in data]
    return data


def render(data: dict[str, Any], options: RenderOptions, *, writer: str = "text") -> bytes:
    lang = (data.get("document") or {}).get("language") or "zh-CN"
    if lang not in ("zh-CN", "en"):
        raise RenderError(_("document.language `{lang}` has no layout; use zh-CN or en").format(lang=lang))
    draft, final, copy_number, recipient = options.draft, options.final, options.copy_number, options.recipient
    context = template_context(data, lang, draft=draft, final=final, copy_number=copy_number, recipient=recipient)
    texts = Texts(lang, options.templates_dir, context)
    # The cover title may be "not stated" too: the templates see the filled-in plan.
    data = with_not_stated(data, texts.label("not_stated"))
    filled = template_context(data, lang, draft=draft, final=final, copy_number=copy_number, recipient=recipient)
    if filled != context:  # only then do the templates see other values
        texts = Texts(lang, options.templates_dir, filled)
    outline = make_outline(
        data, texts, draft=draft, digest=options.digest, final=final, copy_number=copy_number, recipient=recipient
    )
    layout = layout_for(lang)
    props = {"plancraft.version": str(options.version)}
    if options.digest:
        props["plancraft.digest"] = str(options.digest)
    if writer == "text":
        from .base import base_for

        base = base_for(layout, options.reference_docx, toc_dirty=options.toc_pages is None)
        if base is not None:
            return _written(base, outline, layout, texts, data, options, props)
    return _built(outline, layout, texts, data, options, props)


def _written(base, outline, layout, texts, data: dict[str, Any], options: RenderOptions, props: dict[str, str]) -> bytes:
    """The document as text (render.wml) in the fixed parts of `base`."""
    from plancraft import embedded

    from . import base as fixed
    from .package import sealed, zip_parts
    from .parts import custom_properties_xml
    from .wml import BodyWriter, core_values

    writer = BodyWriter(layout, outline, texts, base.style_ids, options.toc_pages)
    body = writer.document_body().encode("utf-8")
    parts = dict(base.parts)
    parts[fixed.DOCUMENT] = base.head + body + base.tail
    for name, kind, shape_id, before, after in base.headers:
        parts[name] = before + writer.header_runs(kind, shape_id).encode("utf-8") + after
    digest_line = writer.footer_digest().encode("utf-8")
    for name, kind, before, between, after in base.footers:
        parts[name] = before + writer.footer_runs(kind).encode("utf-8") + between + digest_line + after
    parts[fixed.CORE] = base.core_xml(core_values(data))
    parts[fixed.CUSTOM] = custom_properties_xml(props)
    parts[fixed.PLAN] = embedded.plan_xml(data, embedded.texts_fingerprint(writer.texts))
    return zip_parts(sealed(parts))


def _built(outline, layout, texts, data: dict[str, Any], options: RenderOptions, props: dict[str, str]) -> bytes:
    """The document through python-docx (render.emit)."""
    from .emit import build_document
    from .package import add_custom_properties, deterministic_zip, embed_plan

    reference_docx = options.reference_docx
    doc = build_document(outline, layout, texts, data, reference_docx, options.toc_pages)
    add_custom_properties(doc, props)
    embed_plan(doc, data)
    buffer = io.BytesIO()
    doc.save(buffer)
    theme = None if reference_docx is not None else (layout.headings[0].east_asia, layout.body.east_asia, layout.body.latin)
    return deterministic_zip(buffer.getvalue(), theme=theme)
