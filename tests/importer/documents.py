"""Small Word documents for the importer's tests."""

from __future__ import annotations

from typing import Any, Sequence


def add_table(document: Any, rows: Sequence[Sequence[str]]) -> Any:
    """A table in `document` (python-docx) holding `rows`, the first being the header."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    return table
