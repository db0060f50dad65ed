"""One render: plan -> texts -> outline -> Word document -> deterministic .docx bytes."""

from __future__ import annotations

from plancraft.i18n import _

import io
from typing import Any

from plancraft import words
from plancraft.history import effective_shown
from plancraft.model import COMPLAINT_PROCEDURE, document_type_of
from plancraft.stated import is_not_stated

from .emit import build_document
from .errors import RenderError
from .options import RenderOptions
from .layout import layout_for
from .outline import make_outline
from .package import add_custom_properties, deterministic_zip, embed_plan
from .texts import Texts


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


def render(data: dict[str, Any], options: RenderOptions) -> bytes:
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
    reference_docx = options.reference_docx
    doc = build_document(outline, layout, texts, data, reference_docx, options.toc_pages)
    props = {"plancraft.version": str(options.version)}
    if options.digest:
        props["plancraft.digest"] = str(options.digest)
    add_custom_properties(doc, props)
    embed_plan(doc, data)
    buffer = io.BytesIO()
    doc.save(buffer)
    theme = None if reference_docx is not None else (layout.headings[0].east_asia, layout.body.east_asia, layout.body.latin)
    return deterministic_zip(buffer.getvalue(), theme=theme)
