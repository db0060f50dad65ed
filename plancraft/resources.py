"""Files plancraft ships: the templates/ folder (text templates, init starters).

In a source checkout they are the repository's templates/; an installed package carries a copy in
plancraft/templates (setup.py copies it at build time). One lookup, used by render and init.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def templates_dir() -> Path | None:
    """The shipped templates/ folder, or None when neither copy is there (a broken install)."""
    for candidate in (_PACKAGE / "templates", _PACKAGE.parent / "templates"):
        if (candidate / "zh-CN").is_dir():
            return candidate
    return None


def searched() -> str:
    """Where templates_dir() looked, for error messages."""
    return f"{_PACKAGE / 'templates'} and {_PACKAGE.parent / 'templates'}"
