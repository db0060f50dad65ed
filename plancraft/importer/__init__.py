"""`plancraft import`: read an existing plan (.docx, .txt, .md) into a plancraft YAML draft.

    result = import_document("plan.docx", lang=None, template=None)
    result.text      # the YAML draft, a source comment on every extracted value
    result.report    # what was mapped and what was left (lines for the user)

The draft always passes `plancraft validate`: required text the source does not state becomes
the "not stated" placeholder, paragraphs that map to no section are kept under `x-unmapped` with
their position. A .docx that `plancraft render` made carries the plan itself, so importing it
gives back exactly the same plan data. Nothing here is imported by `plancraft lint`.
"""

from __future__ import annotations

from plancraft.i18n import _

from dataclasses import dataclass, field
from pathlib import Path

from .errors import ImportFailed

__all__ = ["ImportFailed", "ImportResult", "import_document", "import_to", "write_draft"]


@dataclass
class ImportResult:
    text: str
    data: dict
    language: str
    report: list[str] = field(default_factory=list)
    embedded: bool = False
    counts: dict[str, int] = field(default_factory=dict)


def import_document(source: str | Path, *, lang: str | None = None, template: str | None = None) -> ImportResult:
    """Read `source` and build the draft (nothing is written)."""
    from .build import build_result

    return build_result(Path(source), lang=lang, template=template)


def write_draft(result: ImportResult, output: str | Path) -> None:
    """Write the draft atomically (the whole file or nothing)."""
    from plancraft.fileio import write_atomic

    try:
        write_atomic(output, result.text)
    except OSError as exc:
        raise ImportFailed(
            _("{output}: cannot write the draft: {value}").format(output=output, value=exc.strerror or exc)
        ) from None


def import_to(
    source: str, output: str | None = None, *, lang: str | None = None, template: str | None = None, force: bool = False
) -> ImportResult:
    """`plancraft import`: the draft of `source`, written to `output` when one is given. The output is
    refused before any work (UsageError) when it exists (unless `force`), is the source itself, or is
    not a regular file; the caller prints the draft when there is no output, and the report."""
    from plancraft.errors import UsageError
    from plancraft.fileio import check_output

    if output is not None and Path(output).exists() and not force:
        raise UsageError(_("{output}: already exists; give another path or --force to overwrite it").format(output=output))
    if output is not None and Path(output).resolve() == Path(source).resolve():
        raise UsageError(_("{output}: is the source document itself; give another path").format(output=output))
    if output is not None:
        check_output(output, [source], what="draft")  # not a device, a FIFO or the source through a link
    result = import_document(source, lang=lang, template=template)
    result.text = laid_out(result.text, source)
    if output is not None:
        write_draft(result, output)
    return result


def laid_out(text: str, name: str) -> str:
    """The draft as `plancraft fmt` lays it out (keys in the format's order, a blank line between sections), so that
    `fmt --check` in a repository passes on it as written; the text as dumped when fmt refuses it."""
    from plancraft.diagnostics import PlanError
    from plancraft.fmt import FormatRefused, format_text
    from plancraft.loader import load_bytes

    try:
        return format_text(load_bytes(text.encode("utf-8"), str(name)))
    except (FormatRefused, PlanError):
        return text
