"""From plan file to documents: checks before rendering, drafts, final documents and controlled copies.

The renderer (plancraft.render) turns data into .docx bytes; this module decides what may be
rendered, with which marks, and writes every file atomically.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from plancraft.i18n import N_, _
from plancraft.diagnostics import Diagnostic, Severity
from plancraft.errors import Refused, UsageError
from plancraft.fileio import write_atomic
from plancraft.history import effective_date
from plancraft.lint.config import find_config, load_config
from plancraft.lint.engine import lint_plan
from plancraft.loader import LoadedPlan, load
from plancraft.schema import validate
from plancraft import signoff


class PublishRefused(Refused):
    """The plan may not be rendered or signed as asked (a Refused error, exit 1); `diagnostics` say
    why where they can."""


@dataclass
class Checked:
    """A plan that passed the schema, with its lint findings (which do not block a draft)."""

    plan: LoadedPlan
    findings: list[Diagnostic] = field(default_factory=list)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.findings if d.severity is Severity.ERROR]


def check_for_render(path: Path, *, display: str | None = None) -> Checked:
    """Load, schema-check (refused when invalid) and lint the plan at `path`.

    PlanError (unreadable plan) and ConfigError (unusable configuration) propagate."""
    plan = load(path, display=display)
    errors = validate(plan)
    if errors:
        raise PublishRefused(_("{file}: the plan does not pass the schema check; nothing was rendered").format(file=plan.file), errors)
    config = load_config(find_config(path.resolve().parent))
    return Checked(plan, lint_plan(plan, config))


# Set to 1 to skip the LibreOffice layout pass (the contents then has no page numbers; Word fills them in).
NO_LAYOUT_ENV = "PLANCRAFT_NO_LAYOUT"
NO_LAYOUT_NOTE = N_("LibreOffice (soffice) is not installed, so the contents lists the headings without page "
                     "numbers; Word fills them in when it opens the document (install libreoffice-writer-nogui)")


def layout_available() -> bool:
    """Whether contents page numbers can be laid out here (LibreOffice installed, not switched off)."""
    from plancraft.render.pdf import find_soffice

    return os.environ.get(NO_LAYOUT_ENV, "") != "1" and find_soffice() is not None


def render_bytes(checked: Checked, *, final: bool, templates_dir: Path | None, reference_docx: Path | None,
                 copy: signoff.Copy | None = None, toc_pages: list[int] | None = None,
                 layout: bool = False) -> bytes:
    """The .docx for a checked plan; `final` requires a current approval and no lint errors.

    With `layout` (and LibreOffice, see layout_available) the document is laid out once and the page
    of each heading is written into the contents; `toc_pages` gives those numbers directly.
    """
    from plancraft.render import render_docx, toc_pages as lay_out

    data = checked.plan.data
    current = signoff.current_approval(data) is not None
    if final:
        problems = signoff.chain_problems(data)
        if problems:
            raise PublishRefused(_("{file}: cannot render a final document: {problems}").format(file=checked.plan.file, problems=problems[0])
                                 + (_(" (and {value} more problem(s); `plancraft verify` lists them)").format(value=len(problems) - 1)
                                    if len(problems) > 1 else ""))
        from plancraft.render.outline import missing_sections

        missing = missing_sections(data)
        if missing:
            keys = ", ".join(f"`{k}`" for k in missing)
            findings = [d for d in checked.findings if d.path and d.path[0] in missing] or checked.errors
            raise PublishRefused(_("{file}: cannot render a final document: the plan has nothing in {keys}, which the format requires; a draft marks the place").format(file=checked.plan.file, keys=keys), findings)
        if not effective_date(data):
            raise PublishRefused(_("{file}: cannot render a final document: it does not say when it takes effect; set "
                                   "document.effective to a date (YYYY-MM-DD), or to `on-approval` when it takes "
                                   "effect on the day it was approved").format(file=checked.plan.file))
        if checked.errors:
            raise PublishRefused(
                _("{file}: cannot render a final document: the plan has {count} lint error(s)").format(file=checked.plan.file, count=len(checked.errors)),
                checked.errors,
            )
    def render(pages: list[int] | None) -> bytes:
        return render_docx(
            checked.plan.readable,  # folded Chinese lines joined (plancraft.cjk); the digest is of the data as read
            templates_dir=templates_dir,
            reference_docx=reference_docx,
            final=final,
            approvals_current=current,
            digest=signoff.digest(data),
            copy_number=copy.number if copy else None,
            recipient=copy.recipient if copy else None,
            toc_pages=pages,
        )

    if toc_pages is None and layout and layout_available():
        toc_pages = lay_out(render(None))
    return render(toc_pages)


def write_document(target: Path, content: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, content)


def cards_bytes(checked: Checked, *, roles: tuple[str, ...] = (), sheet: str = "a6",
                templates_dir: Path | None = None) -> bytes:
    """Pocket response cards for the acting roles of a checked plan (or for `roles`), as .docx bytes.

    Marked draft like the document unless the plan has a current approval; the footer carries the
    plan's number, version and digest.
    """
    from plancraft.render.cards import acting_roles, cards_docx

    shown = checked.plan.readable
    defined = [r.get("id") for r in (shown.get("organisation") or {}).get("roles") or [] if isinstance(r, dict)]
    unknown = [r for r in roles if r not in defined]
    if unknown:
        acting = ", ".join(acting_roles(shown)) or "none"
        raise UsageError(f"{checked.plan.file}: no role `{unknown[0]}` in organisation.roles "
                         f"(roles with a card: {acting})")
    data = checked.plan.data
    return cards_docx(shown, roles=list(roles) or None, sheet=sheet, templates_dir=templates_dir,
                      draft=signoff.current_approval(data) is None, digest=signoff.digest(data))


def write_copies(checked: Checked, folder: Path, *, templates_dir: Path | None,
                 reference_docx: Path | None) -> list[Path]:
    """One final document per controlled copy, plus register.csv and register.json, in `folder`."""
    data = checked.plan.data
    copies = signoff.copies(data)
    if not copies:
        raise PublishRefused(_("{file}: `distribution` asks for no copies; add recipients and copies").format(file=checked.plan.file))
    rendered = []
    pages = None  # every copy has the same layout: one LibreOffice pass serves them all
    if layout_available():
        from plancraft.render import toc_pages

        pages = toc_pages(render_bytes(checked, final=True, templates_dir=templates_dir,
                                       reference_docx=reference_docx, copy=copies[0]))
    for copy in copies:
        content = render_bytes(checked, final=True, templates_dir=templates_dir, reference_docx=reference_docx,
                               copy=copy, toc_pages=pages)
        rendered.append((copy, signoff.copy_file_name(data, copy), content))
    approval = signoff.current_approval(data) or {}
    rows = signoff.register_rows(data, rendered, date=str(approval.get("date", "")))
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for _skip, name, content in rendered:
        write_atomic(folder / name, content)
        written.append(folder / name)
    write_atomic(folder / "register.csv", signoff.register_csv(rows))
    write_atomic(folder / "register.json", signoff.register_json(rows))
    return written + [folder / "register.csv", folder / "register.json"]


def sign_file(path: Path, *, step: str, name: str, role: str, date: str | None = None,
              display: str | None = None, key_file: Path | None = None) -> None:
    """Record a sign-off in the plan file at `path`, atomically.

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
            raise SignatureError(f"not signed: {error}") from None
    plan = load(path, display=display)
    config = load_config(find_config(path.resolve().parent))
    from plancraft.lint.engine import check_plan
    from plancraft.lint.selection import group_of

    blocking = [d for d in check_plan(plan, config)
                if d.severity is Severity.ERROR and group_of(d.code) != "approvals"]
    if blocking:
        raise PublishRefused(_("{file}: not signed: the plan has {count} error(s); fix them first").format(file=plan.file, count=len(blocking)),
                             blocking)
    try:
        text = signoff.sign(plan, step=step, name=name, role=role, date=date, private_key=private_key)
    except SignatureError as error:
        raise SignatureError(f"not signed: {error}") from None
    except signoff.SignOffError as error:
        raise signoff.SignOffError(f"{shown}: not signed: {error}") from None
    _write_plan(path, text, shown)


def _write_plan(path: Path, text: str, shown: str) -> None:
    try:
        write_atomic(path, text.encode("utf-8"))
    except OSError as error:
        raise UsageError(f"{shown}: cannot write: {error.strerror or error}") from None


def revise_file(path: Path, *, version: str, summary: str, date: str | None = None,
                effective: str | None = None, display: str | None = None) -> None:
    """Start a new version of the plan at `path` (see plancraft.revise), written atomically like `sign`.

    When the text changed after its approval, the approved text's digest is looked for in the
    repository's history of the file (read only) so that the history entry can record it.
    Refused (RevisionError) for a version that is not greater than the current one, or a file
    whose layout cannot be edited in place; the file is then left as it was.
    """
    from plancraft.history import approved_content
    from plancraft.history_report import approved_digest_in_git
    from plancraft.revise import RevisionError, revise

    shown = display or str(path)
    plan = load(path, display=display)
    found = None
    current = signoff.approvals(plan.data)
    if current and approved_content(plan.data) is None:  # changed since approval: look for the approved text
        found = approved_digest_in_git(path, current)
    try:
        text = revise(plan, version=version, summary=summary, date=date, effective=effective, approved_digest=found)
    except RevisionError as error:
        raise RevisionError(f"{shown}: not revised: {error}") from None
    _write_plan(path, text, shown)


def document_status(plan_data: dict, path: Path) -> signoff.DocumentStatus:
    """Was the .docx at `path` rendered from this exact plan? (`plancraft verify`)"""
    from plancraft.render import read_embedded_properties

    try:
        properties = read_embedded_properties(path.read_bytes())
    except Exception as exc:  # a damaged or non-Word file is a verdict, not a crash
        return signoff.document_status(plan_data, str(path), None, type(exc).__name__)
    return signoff.document_status(plan_data, str(path), properties)
