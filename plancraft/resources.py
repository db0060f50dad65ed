"""Files plancraft ships: the templates/ folder (text templates, init starters) and the plan schema.

In a source checkout they are the repository's templates/ and schema/plan.schema.json, the one
committed copy of each; an installed package carries copies in plancraft/templates and
plancraft/data (setup.py copies them at build time). One lookup each, used by render, init, schema.
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


def schema_file() -> Path:
    """The plan JSON Schema: the installed package's copy, or the repository's schema/ in a checkout."""
    for candidate in (_PACKAGE / "data" / "plan.schema.json", _PACKAGE.parent / "schema" / "plan.schema.json"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"the plan schema is in neither {_PACKAGE / 'data'} nor {_PACKAGE.parent / 'schema'}")
