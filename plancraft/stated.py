"""Text the plan must have but its source does not state: `null` or the "not stated" placeholder.

A plan transcribed from a published source keeps the source's gaps visible instead of inventing
content: a required text the source lacks is written as `null` (with a comment) or as one of the
placeholders below. Lint reports each such value once (PC513); the renderer prints the
placeholder of the plan's language; no other rule treats it as text.
"""

from __future__ import annotations

from typing import Any

# The placeholders the plan format defines for "not stated" (docs/plan-format.md).
PLACEHOLDERS: tuple[str, ...] = ("【未载明】", "[not stated]")


def is_not_stated(value: Any) -> bool:
    """True for `null` and for the "not stated" placeholder (spaces and case aside)."""
    if value is None:
        return True
    return isinstance(value, str) and value.strip().lower() in PLACEHOLDERS
