"""The one error the importer raises: a one-line message naming the file (a usage error, exit 2)."""

from __future__ import annotations

from plancraft.errors import UsageError


class ImportFailed(UsageError):
    """The source cannot be imported (missing, not a document, damaged, over a limit)."""
