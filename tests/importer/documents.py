"""Small Word documents for the importer's tests, and importing one as a user would."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from click.testing import CliRunner

from plancraft.cli import main
from plancraft.importer import import_document


def import_validated(source: Path) -> dict:
    """`plancraft import SOURCE -o SOURCE.yaml` through the CLI, the draft checked by `plancraft validate`, and
    the draft's data."""
    out = source.with_suffix(".yaml")
    result = CliRunner().invoke(main, ["import", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    checked = CliRunner().invoke(main, ["validate", str(out)])
    assert checked.exit_code == 0, checked.output
    return import_document(source).data


def add_table(document: Any, rows: Sequence[Sequence[str]]) -> Any:
    """A table in `document` (python-docx) holding `rows`, the first being the header."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    return table


def table_under_heading(path: Path, title: str, heading: str, rows: Sequence[Sequence[str]]) -> Path:
    """A Word plan at `path`: its title, one heading, and a table of `rows` under it."""
    import docx

    document = docx.Document()
    document.add_heading(title, 0)
    document.add_heading(heading, 1)
    add_table(document, rows)
    document.save(str(path))
    return path
