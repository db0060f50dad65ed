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

from dataclasses import dataclass, field
from pathlib import Path

from .errors import ImportFailed

__all__ = ["ImportFailed", "ImportResult", "import_document", "write_draft"]


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
        raise ImportFailed(f"{output}: cannot write the draft: {exc.strerror or exc}") from None
