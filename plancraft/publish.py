"""From plan file to documents: checks before rendering, drafts, final documents and controlled copies.

The renderer (plancraft.render) turns data into .docx bytes; this module decides what may be
rendered, with which marks, and writes every file atomically.
"""

from __future__ import annotations

import os
import signal
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from plancraft.i18n import N_, _, listing, ngettext
from plancraft.diagnostics import Diagnostic, Severity
from plancraft.errors import PlancraftError, Refused, UsageError
from plancraft.fileio import STDOUT, InPlace, WriteRefused, check_output, end_quietly_on_signals, write_atomic, write_output
from plancraft.lint.config import find_config, load_config
from plancraft.loader import MAX_BYTES, LoadedPlan, load_bytes, read_plan_bytes
from plancraft.render.options import ControlledCopy, RenderOptions
from plancraft.schema import validate
from plancraft import signoff

if TYPE_CHECKING:
    from plancraft.model import Plan


class CopiesRefused(WriteRefused):
    """More controlled copies than the limit (exit 2, like any input over a size limit)."""


class PublishRefused(Refused):
    """The plan may not be rendered or signed as asked (a Refused error, exit 1); `diagnostics` say
    why where they can."""


@dataclass
class Checked:
    """A plan that passed the schema, with its lint findings (which do not block a draft)."""

    plan: LoadedPlan
    findings: list[Diagnostic] = field(default_factory=list)
    cache: Path | None = None  # the .plancraft_cache/ folder this plan's results go to (None: --no-cache)
    raw: bytes = b""  # the plan file's bytes as read (what the render output cache is keyed by)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.findings if d.severity is Severity.ERROR]

    @cached_property
    def model(self) -> Plan:
        """The read-only model of the plan, made once: what the renderer reads."""
        from plancraft.model import Plan

        return Plan(self.plan)

    @cached_property
    def digest(self) -> str:
        """The plan's content digest (plancraft.digest, through signoff), computed once."""
        return signoff.digest(self.plan.data)

    @cached_property
    def approved(self) -> bool:
        """Whether the plan has a current approval (plancraft.approval, through signoff)."""
        return signoff.current_approval(self.plan.data) is not None


def check_for_render(
    path: Path,
    *,
    display: str | None = None,
    use_cache: bool = True,
    raw: bytes | None = None,
    watch: _SecondProcess | None = None,
) -> Checked:
    """Load, schema-check (refused when invalid) and lint the plan at `path`; `watch` is told when the
    plan is loaded (`loaded`, with the plan: no findings, no cache folder yet) and when it passed the
    schema check and its configuration was read (`valid`).

    The findings come from the lint cache when `plancraft lint` (or an earlier render) already
    checked these bytes with this configuration; `use_cache=False` neither reads nor writes it.
    `raw` is the plan's bytes when the caller has already read them.
    PlanError (unreadable plan) and ConfigError (unusable configuration) propagate."""
    from plancraft import i18n
    from plancraft.lint import cache
    from plancraft.model import get

    name = display if display is not None else str(path)
    raw = raw if raw is not None else read_plan_bytes(path, name)
    plan = load_bytes(raw, name)
    if watch is not None:
        watch.loaded(Checked(plan, [], None, raw))
    errors = validate(plan)
    if errors:
        raise PublishRefused(
            _("{file}: the plan does not pass the schema check; nothing was rendered").format(file=plan.file), errors
        )
    config = load_config(find_config(path.resolve().parent))
    folder = cache.cache_folder(config) if use_cache else None
    if watch is not None:
        watch.valid()
    # the same entry `plancraft lint` writes: same bytes, name, configuration and language
    key = cache.cache_key(raw, name, config, rules=True, lang=i18n.current()) if folder else ""
    findings = cache.read(folder, key) if folder else None
    if findings is None:
        from plancraft.lint.engine import lint_plan  # not imported when the findings come from the cache

        findings = lint_plan(plan, config)
        if folder and get(plan.data, "document", "parent") is None:  # findings that depend on another file are not kept
            cache.write(folder, key, findings)
    return Checked(plan, findings, folder, raw)


# Set to 1 to skip the LibreOffice layout pass (the contents then has no page numbers; Word fills them in).
NO_LAYOUT_ENV = "PLANCRAFT_NO_LAYOUT"
NO_LAYOUT_NOTE = N_(
    "LibreOffice (soffice) is not installed, so the contents lists the headings without page "
    "numbers; Word fills them in when it opens the document (install libreoffice-writer-nogui)"
)


def layout_available() -> bool:
    """Whether contents page numbers can be laid out here (LibreOffice installed, not switched off)."""
    from plancraft.render.pdf import find_soffice

    return os.environ.get(NO_LAYOUT_ENV, "") != "1" and find_soffice() is not None


def render_bytes(checked: Checked, options: RenderOptions, *, layout: bool = False) -> bytes:
    """The .docx for a checked plan, rendered as `options` say (templates, reference document, final,
    copy, contents pages); `options.final` requires a current approval and no lint errors. Whether
    the approval is current and the plan's digest are filled in here, from the plan.

    With `layout` (and LibreOffice, see layout_available) the document is laid out once and the page
    of each heading is written into the contents; `options.toc_pages` gives those numbers directly.

    A document made of the same things as one rendered before (the plan's readable data, the options,
    templates, reference document, LibreOffice and plancraft: document_key) is the document kept in the
    render output cache, not rendered again: a plan whose comments or layout changed renders to the
    same bytes. The plan file's bytes then point at it (output_key), for the next render of this file.
    """
    content, keep = render_unkept(checked, options, layout=layout)
    keep()
    return content


def _nothing() -> None:
    pass


def render_unkept(checked: Checked, options: RenderOptions, *, layout: bool = False) -> tuple[bytes, Callable[[], None]]:
    """render_bytes without writing the render output cache: the document, and the function that keeps it
    (and points the plan file at it) in the cache."""
    if options.final:
        check_final(checked)
    laid_out = options.toc_pages is None and layout and layout_available()
    # what the document depends on besides the plan, with the options as given
    inputs = _inputs_digest(options, laid_out=laid_out) if checked.cache is not None and _kept_kind(options) else None
    file_key = output_key(checked.raw, checked.plan.file, options, laid_out=laid_out, inputs=inputs) if inputs else None
    options = replace(options, approvals_current=checked.approved, digest=checked.digest)
    key = document_key(checked.model.readable, options, inputs=inputs) if inputs else None
    if key is not None:
        assert checked.cache is not None
        kept = cached_output(checked.cache, key)
        if kept is not None:
            folder = checked.cache

            def point() -> None:
                if file_key is not None and checked.raw:
                    keep_alias(folder, file_key, key)

            return kept, point
    content = _render_bytes(checked, options, laid_out=laid_out)
    if key is None:
        return content, _nothing
    folder = checked.cache
    assert folder is not None

    def keep() -> None:
        keep_output(folder, key, content)
        if file_key is not None and checked.raw:
            keep_alias(folder, file_key, key)

    return content, keep


def _render_bytes(checked: Checked, options: RenderOptions, *, laid_out: bool) -> bytes:
    from plancraft.render import base

    token = base.kept_in.set(base_store(checked.cache) if checked.cache is not None else None)
    try:
        return _render_checked(checked, options, laid_out=laid_out)
    finally:
        base.kept_in.reset(token)


BASES_FOLDER = "bases"
BASES_KEPT = 8
TABLES_FOLDER = "tables"
TABLES_KEPT = 64


def base_store(folder: Path):
    """Where what a render builds once is kept (render.base.Store) in the cache `folder`: the fixed parts of
    documents in `renders/bases/` (at most BASES_KEPT) and the table templates read as YAML in
    `renders/tables/` (at most TABLES_KEPT; the least recently written go first), keyed with plancraft's code."""
    from plancraft.lint import cache
    from plancraft.render.base import Store

    places = {
        "base": (folder / OUTPUTS_FOLDER / BASES_FOLDER, BASES_KEPT),
        "table": (folder / OUTPUTS_FOLDER / TABLES_FOLDER, TABLES_KEPT),
    }

    def read(kind: str, key: str) -> object:
        return cache.read_entry(places[kind][0], key, kind, lambda value: isinstance(value, dict))

    def write(kind: str, key: str, value: object) -> None:
        place, kept = places[kind]
        cache.write_entry(place, key, kind, value)
        _prune(place, kept, None)

    return Store(read=read, write=write, fingerprint=cache.code_fingerprint())


def _render_checked(checked: Checked, options: RenderOptions, *, laid_out: bool) -> bytes:
    from plancraft.render import render_plan

    toc_pages = options.toc_pages

    def render(pages: list[int] | None) -> bytes:
        # the model's readable text (folded Chinese lines joined); the digest is of the data as read
        return render_plan(checked.model, replace(options, toc_pages=pages))

    from plancraft.render import RenderError

    try:
        if laid_out:
            from plancraft.render.stamp import with_contents_pages

            first = render(None)
            toc_pages = contents_pages(first, checked.cache)
            # the numbers written into the first render: what a second render with them gives
            # (not with a reference document: its own settings may already ask Word to update fields)
            stamped = with_contents_pages(first, toc_pages) if options.reference_docx is None else None
            return stamped or render(toc_pages)
        return render(toc_pages)
    except RenderError:
        raise
    except MemoryError:
        raise RenderError(_("rendering ran out of memory; nothing was written")) from None
    except RecursionError:
        raise RenderError(_("rendering went too deep (recursion limit); nothing was written")) from None
    except Exception as exc:  # noqa: BLE001 - any failure inside render is one line, exit 3, never a traceback
        detail = " ".join(str(exc).split())[:200]
        raise RenderError(
            _("rendering failed ({error_type}{value}); nothing was written — please report this").format(
                error_type=type(exc).__name__, value=": " + detail if detail else ""
            )
        ) from None


# The render output cache: the .docx of a draft or final render, kept in .plancraft_cache/renders/ under a
# key of everything the document is made of (document_key: the plan's readable data, its digest and
# approval state, every option, templates, reference document, layout, language, plancraft and the
# libraries that build it), so that rendering a plan whose document would be the same writes the kept
# bytes without building it (python-docx is not even imported). Bounded: at most OUTPUTS_KEPT documents
# and OUTPUTS_MAX_BYTES in all (the least recently written or used go first); a document larger than
# OUTPUT_MAX_BYTES is not kept. Beside them, in renders/files/, a plan file's bytes and name with the same
# options (output_key) point at the document they made (ALIASES_KEPT of them), so that an unchanged plan
# is written before it is even parsed. `--no-cache` neither reads nor writes either.
OUTPUTS_FOLDER = "renders"
ALIASES_FOLDER = "files"
OUTPUTS_KEPT = 32
ALIASES_KEPT = 256
OUTPUTS_MAX_BYTES = 64 * 1024 * 1024
OUTPUT_MAX_BYTES = 8 * 1024 * 1024


def _kept_kind(options: RenderOptions) -> bool:
    """Whether documents rendered with `options` are kept: drafts and finals, not a controlled copy
    (copies are stamped, see copy_stamper) nor one with contents page numbers given by the caller."""
    return options.copy is None and options.toc_pages is None


def output_key(raw: bytes, name: str, options: RenderOptions, *, laid_out: bool, inputs: bytes | None = None) -> str | None:
    """The key under which the plan file `raw` named `name`, rendered with `options` (as given to
    render_bytes), points at its document (keep_alias); None when an input cannot be read (the render
    then says what is wrong). `inputs`: _inputs_digest(options, laid_out=laid_out) already worked out."""
    import hashlib

    inputs = inputs if inputs is not None else _inputs_digest(options, laid_out=laid_out)
    if inputs is None:
        return None
    digest = hashlib.sha256(b"render-output\0" + inputs)
    digest.update(name.encode("utf-8", "surrogateescape") + b"\0")
    digest.update(hashlib.sha256(raw).digest())
    return digest.hexdigest()


def document_key(readable: object, options: RenderOptions, *, inputs: bytes) -> str:
    """The key of the document made of a plan's readable data (what plancraft.render.render_plan builds
    it from) with `options` (its digest and approval state filled in) and `inputs` (_inputs_digest):
    the same for a plan whose comments, quoting or layout changed, another for any change of content."""
    import hashlib
    import json

    def typed(value: object) -> object:  # a value JSON has no form for keeps its type in the key
        return {"type": type(value).__qualname__, "repr": repr(value)}

    digest = hashlib.sha256(b"render-document\0" + inputs)
    filled = {"approvals_current": options.approvals_current, "digest": options.digest}
    digest.update(json.dumps(filled, sort_keys=True, default=typed).encode("utf-8") + b"\0")
    data = json.dumps(readable, ensure_ascii=False, separators=(",", ":"), default=typed)  # in order: order shows
    digest.update(hashlib.sha256(data.encode("utf-8", "surrogatepass")).digest())
    return digest.hexdigest()


def _inputs_digest(options: RenderOptions, *, laid_out: bool) -> bytes | None:
    """What a document depends on besides the plan, as one digest, or None when an input cannot be read:
    every render option (as given), whether the contents are laid out and by which LibreOffice
    (render.office_identity, as the page-number cache), plancraft's version and code
    (lint.cache.code_fingerprint: its modules, catalogues and schema), Python, zlib and the libraries
    installed (python-docx, lxml, jinja2, MarkupSafe, ruamel.yaml), the language of the run, the content
    of the built-in templates, of every file of `--templates` and of the `--reference-docx`."""
    import hashlib
    import json
    from dataclasses import fields

    from plancraft import __version__, i18n
    from plancraft.lint.cache import code_fingerprint
    from plancraft.render import office_identity
    from plancraft.resources import templates_dir

    digest = hashlib.sha256(b"render-inputs\0")

    def add_file(label: str, path: Path) -> None:
        digest.update(label.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())

    setting = {f.name: getattr(options, f.name) for f in fields(options)}
    setting.update(
        version_=__version__,
        code=code_fingerprint(),
        lang=i18n.current(),
        laid_out=laid_out,
        office=office_identity() if laid_out else "",
        libraries=_libraries(),
    )
    digest.update(json.dumps(setting, sort_keys=True, default=str).encode("utf-8", "surrogateescape") + b"\0")
    try:
        builtin = templates_dir()
        folders = [("builtin", builtin)] if builtin is not None else []
        if options.templates_dir is not None:
            folders.append(("templates", Path(options.templates_dir)))
        for label, folder in folders:
            for path in sorted(folder.rglob("*")):
                if path.is_file() and not (label == "builtin" and path.relative_to(folder).parts[0] == "init"):
                    add_file(f"{label}/{path.relative_to(folder).as_posix()}", path)
        if options.reference_docx is not None:
            add_file("reference", Path(options.reference_docx))
    except (OSError, ValueError):
        return None  # an input that cannot be read: the render itself says what is wrong
    return digest.digest()


def _libraries() -> list[str]:
    """What else the bytes of a document depend on: Python and zlib (the zip's compression) and the
    libraries that build it, each as its installed file's place, size and time (found, not imported)."""
    from plancraft.render import libraries

    return libraries()


def cached_document(
    path: Path, raw: bytes, name: str, options: RenderOptions, *, layout: bool = False
) -> tuple[list[Diagnostic], bytes] | None:
    """(the lint findings, the document) of a draft render of the plan at `path` (with contents page
    numbers when `layout`, as render_bytes) when both are in the
    cache (the lint cache and the render output cache), without parsing the plan: the entries exist
    only for bytes that passed the schema check and were rendered by this plancraft (its code and
    schema are in both keys). None when either misses, or anything goes wrong: check_for_render and
    render_bytes then do the work and say what is wrong. A final document is not served here (whether
    it may be rendered is decided from the parsed plan, see check_final)."""
    from plancraft import i18n
    from plancraft.lint import cache

    if options.final or not _kept_kind(options):
        return None
    try:
        config = load_config(find_config(path.resolve().parent))
        folder = cache.cache_folder(config)
        findings = cache.read(folder, cache.cache_key(raw, name, config, rules=True, lang=i18n.current()))
        if findings is None:
            return None
        key = output_key(raw, name, options, laid_out=options.toc_pages is None and layout and layout_available())
        document = cached_alias(folder, key) if key is not None else None
        content = cached_output(folder, document) if document is not None else None
    except Exception:  # noqa: BLE001 - a fast path only: the full path meets the same problem and says it
        return None
    return (findings, content) if content is not None else None


def cached_output(folder: Path, key: str) -> bytes | None:
    """The .docx kept under `key` (see output_key), or None: missing, damaged, of the wrong shape, kept
    for another key, or not the bytes its recorded digest says."""
    import base64
    import binascii
    import hashlib

    from plancraft.lint import cache

    place = folder / OUTPUTS_FOLDER
    value = cache.read_entry(place, key, "docx", _kept_output)
    if value is None:
        return None
    try:
        content = base64.b64decode(value["bytes"], validate=True)
    except (binascii.Error, ValueError):
        return None
    if hashlib.sha256(content).hexdigest() != value["sha256"]:
        return None
    try:
        os.utime(place / key[:2] / f"{key}.json")  # recently used: kept longest
    except OSError:
        pass
    return content


def cached_alias(folder: Path, key: str) -> str | None:
    """The document_key the plan file's output_key `key` points at (keep_alias), or None."""
    from plancraft.lint import cache

    found = cache.read_entry(folder / OUTPUTS_FOLDER / ALIASES_FOLDER, key, "document", _is_key)
    return found if isinstance(found, str) else None


def _is_key(value: object) -> bool:
    return isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def keep_alias(folder: Path, key: str, document: str) -> None:
    """Point the plan file's output_key `key` at the document kept under `document`; at most ALIASES_KEPT
    are kept (the least recently written go first)."""
    from plancraft.lint import cache

    if cached_alias(folder, key) == document:
        return
    place = folder / OUTPUTS_FOLDER / ALIASES_FOLDER
    cache.write_entry(place, key, "document", document)
    _prune(place, ALIASES_KEPT, None)


def _prune(place: Path, kept: int, max_bytes: int | None) -> None:
    """Drop the least recently written or used entries of `place` beyond `kept`, or `max_bytes` in all."""
    try:
        entries = []
        for path in place.glob("??/*.json"):
            try:
                info = path.stat()
            except OSError:
                continue
            entries.append((info.st_mtime_ns, info.st_size, path))
        entries.sort(reverse=True)
        total = 0
        for count, (_mtime, size, path) in enumerate(entries):
            total += size
            if count >= kept or (max_bytes is not None and total > max_bytes):
                path.unlink(missing_ok=True)
    except OSError:
        pass  # a cache that cannot be pruned only costs room


def _kept_output(value: object) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("bytes"), str)
        and len(value["bytes"]) <= OUTPUT_MAX_BYTES * 4 // 3 + 4
        and isinstance(value.get("sha256"), str)
        and len(value["sha256"]) == 64
    )


def keep_output(folder: Path, key: str, content: bytes) -> None:
    """Keep `content` under `key` (atomically, through lint.cache.write_entry), then drop the least
    recently written or used documents beyond OUTPUTS_KEPT or OUTPUTS_MAX_BYTES."""
    import base64
    import hashlib

    from plancraft.lint import cache

    if len(content) > OUTPUT_MAX_BYTES:
        return
    place = folder / OUTPUTS_FOLDER
    cache.write_entry(
        place, key, "docx", {"bytes": base64.b64encode(content).decode("ascii"), "sha256": hashlib.sha256(content).hexdigest()}
    )
    _prune(place, OUTPUTS_KEPT, OUTPUTS_MAX_BYTES)


def contents_pages(docx: bytes, folder: Path | None) -> list[int]:
    """The page of each contents entry of `docx` (rendered without them): from the cache in `folder`
    when a document laid out the same way was laid out before, else from one LibreOffice pass
    (1–5 s; with the cache in use, on the LibreOffice profile an earlier pass left: render.pdf), which is
    then kept. The key is render.layout_key: what LibreOffice reads (the word/
    parts, content types and relationships; not the properties or the embedded plan), plancraft's
    version and the LibreOffice installed."""
    from plancraft.lint import cache
    from plancraft.render import layout_key, toc_pages

    key = layout_key(docx) if folder is not None else ""
    if folder is not None:
        pages = cache.read_entry(folder, key, "toc_pages", _page_numbers)
        if pages is not None:
            return pages
    if folder is None:
        pages = toc_pages(docx)
    else:
        from plancraft.render.pdf import reused_profile

        with reused_profile():  # the LibreOffice profile of an earlier pass, not one built afresh (--no-cache: afresh)
            pages = toc_pages(docx)
        cache.write_entry(folder, key, "toc_pages", pages)
    return pages


def _page_numbers(value: object) -> bool:
    return (
        isinstance(value, list)
        and len(value) <= 100_000
        and all(isinstance(n, int) and not isinstance(n, bool) and 0 < n < 1_000_000 for n in value)
    )


def check_final(checked: Checked) -> None:
    """Refuse (PublishRefused) a final document of a plan without the full current sign-off chain,
    or with lint errors."""
    data = checked.plan.data
    problems = signoff.chain_problems(data)
    if problems:
        raise PublishRefused(
            _("{file}: cannot render a final document: {problems}").format(file=checked.plan.file, problems=problems[0])
            + (
                _(" (and {value} more problem(s); `plancraft verify` lists them)").format(value=len(problems) - 1)
                if len(problems) > 1
                else ""
            )
        )
    from plancraft.render.outline import missing_sections

    missing = missing_sections(data)
    if missing:
        keys = listing(f"`{k}`" for k in missing)
        findings = [d for d in checked.findings if d.path and d.path[0] in missing] or checked.errors
        raise PublishRefused(
            _(
                "{file}: cannot render a final document: the plan has nothing in {keys}, which the format requires; a draft marks the place"
            ).format(file=checked.plan.file, keys=keys),
            findings,
        )
    from plancraft.history import effective_date

    if not effective_date(data):
        raise PublishRefused(
            _(
                "{file}: cannot render a final document: it does not say when it takes effect; set document.effective to a date (YYYY-MM-DD), or to `on-approval` when it takes effect on the day it was approved"
            ).format(file=checked.plan.file)
        )
    if checked.errors:
        raise PublishRefused(
            _("{file}: cannot render a final document: the plan has {count} lint error(s)").format(
                file=checked.plan.file, count=len(checked.errors)
            ),
            checked.errors,
        )


def write_document(target: Path, content: bytes, *, inputs: tuple | list = (), pdf: bool = False) -> list[Path]:
    """Write the .docx (and with `pdf` its PDF beside it); nothing is left behind when either fails.

    Refused (fileio.WriteRefused) before writing: an output that is one of the `inputs` or an existing
    non-regular file; `-` writes the .docx to standard output."""
    check_output(target, inputs, what="document")
    if str(target) == STDOUT:
        if pdf:
            raise WriteRefused("--pdf needs a file output: give -o FILE.docx, not -")
        write_output(target, content)
        return []
    pdf_target = target.with_suffix(".pdf")
    if pdf:
        check_output(pdf_target, inputs, what="PDF")
    target.parent.mkdir(parents=True, exist_ok=True)
    if pdf:
        import tempfile

        from plancraft.render import convert_to_pdf

        with tempfile.TemporaryDirectory(prefix="plancraft-render-") as folder:
            draft = Path(folder) / target.name
            draft.write_bytes(content)
            convert_to_pdf(draft, pdf_target, display=str(target))
    write_output(target, content, inputs=inputs, what="document")
    return [target, pdf_target] if pdf else [target]


def cards_bytes(checked: Checked, *, roles: tuple[str, ...] = (), sheet: str = "a6", templates_dir: Path | None = None) -> bytes:
    """Pocket response cards for the acting roles of a checked plan (or for `roles`), as .docx bytes.

    Marked draft like the document unless the plan has a current approval; the footer carries the
    plan's number, version and digest.
    """
    from plancraft.render.cards import acting_roles, cards_docx

    shown = checked.plan.readable
    defined = [r.get("id") for r in (shown.get("organisation") or {}).get("roles") or [] if isinstance(r, dict)]
    unknown = [r for r in roles if r not in defined]
    if unknown:
        acting = listing(acting_roles(shown))
        raise UsageError(
            _("{file}: no role `{unknown}` in organisation.roles (roles with a card: {acting})").format(
                file=checked.plan.file, unknown=unknown[0], acting=acting
            )
        )
    data = checked.plan.data
    return cards_docx(
        shown,
        roles=list(roles) or None,
        sheet=sheet,
        templates_dir=templates_dir,
        draft=signoff.current_approval(data) is None,
        digest=signoff.digest(data),
    )


def write_cards(
    plan: str,
    output: str,
    *,
    pdf: bool = False,
    roles: tuple[str, ...] = (),
    sheet: str = "a6",
    templates_dir: str | None = None,
    emit: Callable[..., None],
) -> None:
    """`plancraft cards`: check the plan (check_for_render), write its cards to `output` (and with
    `pdf` a PDF beside it), saying each file written through `emit(line)`; UsageError when the
    output cannot be written."""
    from plancraft.render import convert_to_pdf

    try:
        checked = check_for_render(Path(plan), display=plan)
        content = cards_bytes(checked, roles=roles, sheet=sheet, templates_dir=Path(templates_dir) if templates_dir else None)
        target = Path(output)
        write_document(target, content, inputs=[Path(plan)])
        emit(_("{plan}: wrote {file}").format(plan=plan, file=target))
        if pdf:
            convert_to_pdf(target, target.with_suffix(".pdf"))
            emit(_("{plan}: wrote {with_suffix}").format(plan=plan, with_suffix=target.with_suffix(".pdf")))
    except OSError as error:
        raise UsageError(_("{plan}: cannot write the output: {value}").format(plan=plan, value=error.strerror or error)) from None


def copy_stamper(checked: Checked, options: RenderOptions):
    """The final document rendered once with placeholder copy marks, ready to stamp each controlled
    copy (plancraft.render.stamp), or None where stamping could differ from a full render: user
    templates (they may place the marks anywhere), a reference document (its own parts come along,
    whatever they hold) or a plan whose text contains a placeholder."""
    from plancraft.render.stamp import PLACEHOLDER, CopyStamper, placeholders_absent

    if options.templates_dir is not None or options.reference_docx is not None or not placeholders_absent(checked.plan.text):
        return None
    stamper = CopyStamper(render_bytes(checked, replace(options, final=True, copy=PLACEHOLDER)))
    return stamper if stamper.usable else None


def write_copies(
    checked: Checked,
    folder: Path,
    options: RenderOptions,
    *,
    inputs: tuple | list = (),
    max_copies: int | None = None,
    layout: bool = True,
) -> list[Path]:
    """One final document per controlled copy, plus register.csv and register.json, in `folder`; with
    `layout` (and LibreOffice, see layout_available) the contents carry page numbers.

    At most `max_copies` (default signoff.MAX_COPIES) copies, refused before anything is written.
    The document is rendered once and each copy's marks stamped into it (see copy_stamper; a copy
    that cannot be stamped exactly is rendered in full); copies are written one at a time (memory
    stays flat however many there are); if one fails, the copies written by this run are removed again."""
    data = checked.plan.data
    count = signoff.copy_count(data)
    if not count:
        raise PublishRefused(
            _("{file}: `distribution` asks for no copies; add recipients and copies").format(file=checked.plan.file)
        )
    limit = signoff.MAX_COPIES if max_copies is None else max_copies
    if count > limit:
        raise CopiesRefused(
            _(
                "{file}: `distribution` asks for {count:,} controlled copies, more than the limit of {limit:,}; nothing was written (give --max-copies {count} to allow them)"
            ).format(file=checked.plan.file, count=count, limit=limit)
        )
    check_final(checked)  # refused (stale, lint errors) before any file is touched
    names = [signoff.copy_file_name(data, copy) for copy in signoff.copies(data)]
    for name in names + ["register.csv", "register.json"]:
        check_output(folder / name, inputs, what="controlled copy")
    options = replace(options, final=True, toc_pages=None)

    def marks(copy: signoff.Copy) -> ControlledCopy:
        return ControlledCopy(copy.number, copy.recipient)

    first = marks(next(signoff.copies(data)))
    stamper = copy_stamper(checked, options)
    if layout and layout_available():  # every copy has the layout of the first one: one LibreOffice pass serves them all
        pages = contents_pages(
            stamper.stamp(first)
            if stamper is not None and stamper.fits(first)
            else render_bytes(checked, replace(options, copy=first)),
            checked.cache,
        )
        options = replace(options, toc_pages=pages)
        if stamper is not None:
            stamper = stamper.with_contents_pages(pages) or copy_stamper(checked, options)
    approval = signoff.current_approval(data) or {}
    date = str(approval.get("date", ""))
    folder.mkdir(parents=True, exist_ok=True)
    rows: list[dict] = []
    written: list[Path] = []
    try:
        for copy, name in zip(signoff.copies(data), names):
            if stamper is not None and stamper.fits(marks(copy)):
                content = stamper.stamp(marks(copy))  # the bytes a full render of this copy gives
            else:
                content = render_bytes(checked, replace(options, copy=marks(copy)))
            write_atomic(folder / name, content)
            written.append(folder / name)
            rows.append(signoff.register_row(data, copy, name, content, date=date, plan_digest=checked.digest))
            del content
        write_atomic(folder / "register.csv", signoff.register_csv(rows))
        written.append(folder / "register.csv")
        write_atomic(folder / "register.json", signoff.register_json(rows))
        written.append(folder / "register.json")
    except BaseException:
        for path in written:
            try:
                path.unlink()
            except OSError:
                pass
        raise
    return written


@dataclass(frozen=True)
class RenderJob:
    """`plancraft render PLANS`: the plans, where their documents go and how they are rendered."""

    plans: tuple[str, ...]
    output: str | None
    options: RenderOptions
    pdf: bool = False
    copies: bool = False
    max_copies: int | None = None
    use_cache: bool = True
    inputs: tuple[Path, ...] = ()  # the templates and reference document: never overwritten
    page_numbers: bool = False  # the contents' page numbers laid out (one LibreOffice pass): see render_job

    @property
    def notes(self) -> list[str]:
        """Lines to show once before the documents (page numbers asked for, LibreOffice missing)."""
        if self.page_numbers and not layout_available() and not os.environ.get(NO_LAYOUT_ENV):
            return ["plancraft: " + _("note: {note}").format(note=_(NO_LAYOUT_NOTE))]
        return []

    def target(self, plan: str) -> Path:
        """Where the document of `plan` goes: -o FILE for one plan, else NAME.docx in the -o folder
        (or here); `-` is standard output."""
        output = self.output
        if output == STDOUT:
            return Path(STDOUT)
        if len(self.plans) > 1 or (output and (Path(output).is_dir() or output.endswith(("/", os.sep)))):
            return Path(output or ".") / (Path(plan).stem + ".docx")
        return Path(output) if output else Path(Path(plan).stem + ".docx")


def render_job(
    plans: tuple[str, ...] | list[str],
    *,
    output: str | None,
    options: RenderOptions,
    pdf: bool = False,
    copies: bool = False,
    max_copies: int | None = None,
    use_cache: bool = True,
    page_numbers: bool | None = None,
) -> RenderJob:
    """A RenderJob, refused (UsageError) when the arguments do not go together. `page_numbers`: whether
    the contents' page numbers are laid out (one LibreOffice pass, about a second or more); None, the
    default: for a final document (and its controlled copies) and with `pdf`, not for a draft, whose
    contents lists the headings for Word to number when it opens the file."""
    plans = tuple(plans)
    if page_numbers is None:
        page_numbers = options.final or pdf
    if copies and not options.final:
        raise UsageError(_("--copies needs --final: controlled copies are made only of an approved plan"))
    if (copies or len(plans) > 1) and output is None:
        raise UsageError(_("give an output folder with -o"))
    reference, templates = options.reference_docx, options.templates_dir
    if reference is not None and not Path(reference).is_file():
        raise UsageError(_("{file}: no such Word file (--reference-docx)").format(file=reference))
    if output == STDOUT and (copies or len(plans) > 1):
        raise UsageError(_("-o - (standard output) takes one document; give an output folder"))
    inputs = [Path(reference)] if reference is not None else []
    if templates is not None and Path(templates).is_dir():
        inputs += [p for p in Path(templates).rglob("*") if p.is_file()][:1000]
    job = RenderJob(
        plans,
        output,
        options,
        pdf=pdf,
        copies=copies,
        max_copies=max_copies,
        use_cache=use_cache,
        inputs=tuple(inputs),
        page_numbers=page_numbers,
    )
    if not copies:
        seen: dict[Path, str] = {}
        for plan in plans:
            target = job.target(plan)
            if target in seen and target != Path(STDOUT):
                raise UsageError(
                    _("{first} and {second} would both be written to {target}; render them into different folders").format(
                        first=seen[target], second=plan, target=target
                    )
                )
            seen[target] = plan
    return job


@dataclass
class Rendered:
    """What rendering one plan gave: the lines to show (text, whether for standard error) in order —
    its findings, what was written or why not — and the exit code of its error (None: none)."""

    plan: str
    lines: list[tuple[str, bool]] = field(default_factory=list)
    exit_code: int | None = None

    def fail(self, error: PlancraftError, *lines: str) -> Rendered:
        self.lines += [(d.as_text(), True) for d in error.diagnostics] + [(line, True) for line in lines]
        self.exit_code = error.exit_code
        return self


def render_files(job: RenderJob, *, jobs: int = 1, second_process: bool = False) -> Iterator[Rendered]:
    """Render every plan of `job`, in `jobs` worker processes when there are several plans; the
    results come in the order of the plans, whatever order the workers finish in. `second_process`:
    plans rendered here build a draft's document in a second process while this one lints (see
    _SecondProcess; the `plancraft` command asks for it, where fork exists and there are two cores)."""
    from plancraft import i18n

    tasks = [(job, plan, i18n.current()) for plan in job.plans]
    if jobs > 1 and len(tasks) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=min(jobs, len(tasks))) as pool:
            yield from pool.map(_render_task, tasks)
    else:
        second = second_process and hasattr(os, "fork") and (os.cpu_count() or 1) > 1
        yield from (render_file(job, plan, second_process=second) for plan in job.plans)


class _SecondProcess:
    """A draft's document built in a forked process while this one checks and lints the plan (a draft does
    not depend on the findings): forked once the plan is loaded (`loaded`), it imports what a build needs
    and waits; once this process found the plan valid (`valid`: schema and configuration), it builds the
    document as render_bytes does here, keeps it in the render cache, writes it, and sends its bytes back
    through a pipe. A plan refused, an error, a signal or no fork: nothing is kept or sent, and this
    process renders the plan itself as without the second process (the same document, the same one-line
    error)."""

    def __init__(self, job: RenderJob, name: str, *, target: Path | None = None, inputs: list[Path] | None = None) -> None:
        self.job = job
        self.name = name
        self.target = target  # where it writes the document as write_document does (None: this process writes it)
        self.inputs = inputs or []
        self.written = False  # whether it wrote the document to `target`
        self.pid: int | None = None
        self.data = -1  # the document comes back through this pipe
        self.go = -1  # this process says "valid" through this one

    def loaded(self, checked: Checked) -> None:
        # what both the build and the lint use, imported once before the fork rather than once in each
        import plancraft.history  # noqa: F401
        import plancraft.model  # noqa: F401

        opened: list[int] = []
        # SIGTERM held back over the fork: the second process takes it only once it ends quietly on it
        held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGHUP})
        try:
            data_read, data_write = os.pipe()
            opened += (data_read, data_write)
            go_read, go_write = os.pipe()
            opened += (go_read, go_write)
            pid = os.fork()
        except OSError:  # no process or descriptor to spare: this process renders it, and leaks no pipe
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
            for fd in opened:
                os.close(fd)
            return
        if pid == 0:  # the second process: build, wait for "valid", keep, send; leave without running anything of the first's
            code = 1
            try:
                end_quietly_on_signals()  # the first process says what is wrong; this one never does
                signal.pthread_sigmask(signal.SIG_SETMASK, held)
                os.close(data_read)
                os.close(go_write)
                code = self._build(checked, go_read, data_write)
            except BaseException:  # noqa: BLE001 - the first process renders it again and says what is wrong
                pass
            finally:
                os._exit(code)
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        os.close(data_write)
        os.close(go_read)
        self.pid, self.data, self.go = pid, data_read, go_write

    def _build(self, checked: Checked, go: int, out: int) -> int:
        # What every build imports (jinja2, the outline, the writer: about half of a build) while the first
        # process checks the plan against the schema; the plan itself is built only once it passed (a plan
        # the schema refuses, thousands of errors, is not built for nothing).
        import plancraft.render.base  # noqa: F401
        import plancraft.render.build  # noqa: F401
        import plancraft.render.wml  # noqa: F401
        from plancraft.lint import cache

        if os.read(go, 1) != b"y":  # the plan was refused (or this process is gone): nothing built, kept or sent
            return 1
        job = self.job
        folder = cache.cache_folder(load_config(find_config(Path(self.name).resolve().parent))) if job.use_cache else None
        content, keep = render_unkept(Checked(checked.plan, [], folder, checked.raw), job.options, layout=job.page_numbers)
        keep()
        written = b"-"
        if self.target is not None:
            try:
                write_document(self.target, content, inputs=self.inputs)
                written = b"w"
            except Exception:  # noqa: BLE001 - this process writes it again and says what is wrong
                pass
        view = memoryview(b"ok" + written + content)
        while view:
            view = view[os.write(out, view) :]
        return 0

    def valid(self) -> None:
        if self.pid is not None:
            try:
                os.write(self.go, b"y")
            except OSError:
                pass

    def result(self) -> bytes | None:
        """The document, or None (then render it here)."""
        if self.pid is None:
            return None
        chunks = []
        while True:
            chunk = os.read(self.data, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
        pid, self.pid = self.pid, None
        self._close()
        try:
            status = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])  # it has closed its end: it is leaving
        except ChildProcessError:
            return None
        data = b"".join(chunks)
        if status != 0 or not data.startswith((b"okw", b"ok-")):
            return None
        self.written = data[2:3] == b"w"
        return data[3:]

    def stop(self) -> None:
        """End the second process when its document is no longer wanted (a refusal, an error, a signal)."""
        if self.pid is None:
            return
        pid, self.pid = self.pid, None
        self._close()
        try:  # SIGTERM: it removes a temporary file it was writing and ends (fileio.end_quietly_on_signals)
            os.kill(pid, signal.SIGTERM)
        except OSError:
            pass
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass

    def _close(self) -> None:
        for fd in (self.data, self.go):
            try:
                os.close(fd)
            except OSError:
                pass


def _render_task(task: tuple[RenderJob, str, str]) -> Rendered:
    """One plan, in this process or a worker, in the language of the run (a spawned worker would
    otherwise speak its environment's)."""
    from plancraft import i18n

    job, name, lang = task
    with i18n.language(lang):
        return render_file(job, name)


def render_file(job: RenderJob, name: str, *, second_process: bool = False) -> Rendered:
    """Check, render and write the document(s) of one plan of `job`; every error becomes lines of
    the result, never an exception (so one plan's failure does not stop the others). With
    `second_process` a draft's document is built in a forked process while this one lints."""
    from plancraft.diagnostics import PlanError
    from plancraft.lint.config import ConfigError
    from plancraft.render import RenderError

    out = Rendered(name)
    try:
        inputs = [Path(name), *job.inputs]
        # unchanged since its last render: the same findings and the same bytes, the plan not even parsed
        raw = read_plan_bytes(Path(name), name)  # read once: the cache key and, on a miss, the parse
        kept = (
            cached_document(Path(name), raw, name, job.options, layout=job.page_numbers)
            if job.use_cache and not job.copies
            else None
        )
        target = job.target(name)
        second = (
            _SecondProcess(job, name, target=None if str(target) == STDOUT else target, inputs=inputs)
            # a draft without a layout pass or a PDF (a LibreOffice run of seconds gains nothing from it, and is
            # not to be cut short by a refusal; and the second process writes the .docx only)
            if second_process
            and kept is None
            and not (job.copies or job.options.final or job.page_numbers or job.pdf)
            and job.options.toc_pages is None
            else None
        )
        try:
            checked = (
                check_for_render(Path(name), display=name, use_cache=job.use_cache, raw=raw, watch=second)
                if kept is None
                else None
            )
            built = second.result() if second is not None else None
        finally:
            if second is not None:
                second.stop()
        findings, content = kept if kept is not None else (checked.findings, built)
        out.lines += [(d.as_text(), True) for d in findings]
        if checked is not None and job.copies:
            written = write_copies(
                checked,
                Path(str(job.output)),
                job.options,
                inputs=inputs,
                max_copies=job.max_copies,
                layout=job.page_numbers,
            )
            count = len(written) - 2
            out.lines.append(
                (
                    ngettext(
                        "{plan}: wrote {count} controlled copy and the register to {folder}",
                        "{plan}: wrote {count} controlled copies and the register to {folder}",
                        count,
                    ).format(plan=name, count=count, folder=job.output),
                    False,
                )
            )
            return out
        if content is None:
            content = render_bytes(checked, job.options, layout=job.page_numbers)
        # the second process wrote it (atomically) while this one linted, as write_document would have
        written_files = [target] if second is not None and second.written else None
        for written_file in written_files or write_document(target, content, inputs=inputs, pdf=job.pdf):
            out.lines.append((_("{plan}: wrote {file}").format(plan=name, file=written_file), job.output == STDOUT))
    except PlanError as error:
        out.lines.append((error.diagnostic.as_text(), True))
        out.exit_code = error.exit_code
    except ConfigError as error:
        out.fail(error, _("plancraft: {error}").format(error=error))
    except PublishRefused as refused:
        out.fail(refused, _("plancraft: {refused}").format(refused=refused))
    except RenderError as error:
        out.fail(error, _("plancraft: {name}: {error}").format(name=name, error=error))
    except WriteRefused as error:
        out.fail(error, f"plancraft: {error.message}")
    except OSError as error:
        out.fail(
            UsageError(),
            "plancraft: " + _("{file}: cannot write the output: {reason}").format(file=name, reason=error.strerror or error),
        )
    return out


def sign_file(
    path: Path,
    *,
    step: str,
    name: str,
    role: str,
    date: str | None = None,
    display: str | None = None,
    key_file: Path | None = None,
    force: bool = False,
) -> str:
    """Record a sign-off in the plan file at `path`, atomically, under the plan's lock (fileio.InPlace:
    through a symlink, not over a read-only file unless `force`, not over a concurrent change);
    returns the sentence that says what was recorded.

    Refused (PublishRefused, with the blocking findings) while the plan has schema or lint errors
    other than about its approvals — re-signing after a change is how stale approvals are fixed;
    refused (SignOffError) for an undefined role, a step out of order or a date going backwards.
    """
    from plancraft.signature import SignatureError

    shown = display or str(path)
    private_key = None
    if key_file is not None:
        from plancraft.signature import load_private_key

        try:
            private_key = load_private_key(key_file)
        except SignatureError as error:
            raise SignatureError(_("not signed: {error}").format(error=error)) from None
    from plancraft.lint.engine import check_plan
    from plancraft.lint.selection import group_of

    InPlace(path).check()  # a device or FIFO is refused before it is read
    read_plan_bytes(path, shown)  # a folder, a missing or an oversized file: the loader's messages
    with InPlace(path, force=force, max_bytes=MAX_BYTES) as place:
        plan = load_bytes(place.original, shown)
        config = load_config(find_config(path.resolve().parent))
        blocking = [d for d in check_plan(plan, config) if d.severity is Severity.ERROR and group_of(d.code) != "approvals"]
        if blocking:
            raise PublishRefused(
                _("{file}: not signed: the plan has {count} error(s); fix them first").format(
                    file=plan.file, count=len(blocking)
                ),
                blocking,
            )
        try:
            text = signoff.sign(plan, step=step, name=name, role=role, date=date, private_key=private_key)
        except SignatureError as error:
            raise SignatureError(_("not signed: {error}").format(error=error)) from None
        except signoff.SignOffError as error:
            raise type(error)(_("{shown}: not signed: {error}").format(shown=shown, error=error)) from None
        _write_plan(place, text, shown)
    return _("{plan}: signed `{step}` by {name} ({role})").format(plan=shown, step=step, name=name, role=role)


def _write_plan(place: InPlace, text: str, shown: str) -> None:
    try:
        place.replace(text.encode("utf-8"))
    except OSError as error:
        raise UsageError(_("{shown}: cannot write: {value}").format(shown=shown, value=error.strerror or error)) from None


def revise_file(
    path: Path,
    *,
    version: str,
    summary: str,
    date: str | None = None,
    effective: str | None = None,
    display: str | None = None,
    force: bool = False,
) -> str:
    """Start a new version of the plan at `path` (see plancraft.revise), written atomically like `sign`;
    returns the sentence that says what was done and what comes next.

    When the text changed after its approval, the approved text's digest is looked for in the
    repository's history of the file (read only) so that the history entry can record it.
    Refused (RevisionError) for a version that is not greater than the current one, or a file
    whose layout cannot be edited in place; the file is then left as it was.
    """
    from plancraft.history import approved_content
    from plancraft.history_report import approved_digest_in_git
    from plancraft.revise import RevisionError, revise

    shown = display or str(path)
    InPlace(path).check()  # a device or FIFO is refused before it is read
    read_plan_bytes(path, shown)
    with InPlace(path, force=force, max_bytes=MAX_BYTES) as place:
        plan = load_bytes(place.original, shown)
        found = None
        current = signoff.approvals(plan.data)
        if current and approved_content(plan.data) is None:  # changed since approval: look for the approved text
            found = approved_digest_in_git(path, current)
        try:
            text = revise(plan, version=version, summary=summary, date=date, effective=effective, approved_digest=found)
        except RevisionError as error:
            raise type(error)(_("{shown}: not revised: {error}").format(shown=shown, error=error)) from None
        _write_plan(place, text, shown)
    return _(
        "{plan}: now version {version}, a draft; earlier approvals are kept in `history`. "
        "Sign it again: plancraft sign {plan} --step prepared ..."
    ).format(plan=shown, version=version)


@dataclass
class FormatRun:
    """What `plancraft fmt` did: the plans reformatted (or, with check or diff, that would be), and
    the error of each plan that could not be formatted (the other plans are formatted all the same)."""

    changed: list[str] = field(default_factory=list)
    errors: list[PlancraftError] = field(default_factory=list)
    wrote: bool = True  # False with check or diff: nothing was written


def format_files(
    paths: Iterable[str], *, check: bool = False, show_diff: bool = False, force: bool = False, emit: Callable[..., None]
) -> FormatRun:
    """Lay out every plan named or found under the folders named (plancraft.fmt), in place unless
    `check` or `show_diff`; says each result through `emit(line, err=False)` as it goes: the diff
    (`show_diff`), "would be reformatted" (`check`) or "reformatted", and each plan's error on err."""
    from plancraft.diagnostics import PlanError
    from plancraft.fileio import ConcurrentChange
    from plancraft.fmt import format_file, format_in_place
    from plancraft.lint.engine import plan_files

    run = FormatRun(wrote=not (check or show_diff))
    for name, path in plan_files(paths):
        try:
            if check or show_diff or path is None:
                result = format_file(path if path is not None else name, display=name)
            else:
                result = format_in_place(path, display=name, force=force)
        except PlanError as error:
            emit(error.diagnostic.as_text(), err=True)
            run.errors.append(error)
            continue
        except (WriteRefused, ConcurrentChange) as error:
            emit(f"plancraft: {error.message}", err=True)
            run.errors.append(error)
            continue
        except OSError as error:
            failed = UsageError(_("{file}: cannot write: {reason}").format(file=name, reason=error.strerror or error))
            emit("plancraft: " + failed.message, err=True)
            run.errors.append(failed)
            continue
        if not result.changed:
            continue
        run.changed.append(name)
        if show_diff:
            emit(result.diff()[:-1])  # the diff's lines end in a newline; emit adds the last one
        elif check:
            emit(_("{file}: would be reformatted").format(file=name))
        else:
            emit(_("{file}: reformatted").format(file=name))
    return run


def document_status(plan_data: dict, path: Path) -> signoff.DocumentStatus:
    """Was the .docx at `path` rendered from this exact plan, and is every part as rendered? (`verify`)

    Read within the zip caps of plancraft.ziplimits: a zip bomb is a verdict, not minutes of work."""
    from plancraft.digest import CUSTOM_PART
    from plancraft.render import read_document_parts
    from plancraft.render.xml import read_custom_properties
    from plancraft.ziplimits import MAX_FILE

    try:
        if path.stat().st_size > MAX_FILE:
            return signoff.document_status(
                plan_data, str(path), None, _("larger than {value} MB").format(value=MAX_FILE // (1024 * 1024))
            )
        parts = read_document_parts(path.read_bytes())
        properties = read_custom_properties(parts[CUSTOM_PART]) if CUSTOM_PART in parts else {}
    except Exception as exc:  # noqa: BLE001 - a damaged or non-Word file is a verdict, not a crash
        problem = str(exc).split(": ", 1)[-1][:160] if "zip bomb" in str(exc) else type(exc).__name__
        return signoff.document_status(plan_data, str(path), None, problem)
    properties = {k: v for k, v in properties.items() if k.startswith("plancraft.")}
    return signoff.document_status(plan_data, str(path), properties, parts=parts)
