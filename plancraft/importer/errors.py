"""The one error the importer raises: a one-line message naming the file; the CLI exits 2."""

from __future__ import annotations


class ImportFailed(Exception):
    """The source cannot be imported (missing, not a document, damaged, over a limit)."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
