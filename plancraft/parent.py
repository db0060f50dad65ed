"""The parent-plan comparison, done once: which caps and deadlines of a plan exceed its parent's.

A plan that implements an upper-level plan (`document.parent`) may be stricter than it, never
looser. Rules PC702 (caps) and PC703 (deadlines) report what this finds; the audit lists it
for plans whose rules did not run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from plancraft.durations import parse_duration

# section -> the key compared
COMPARED = {"limits": "max", "time_limits": "within"}


@dataclass(frozen=True)
class Exceeding:
    """Item `index` of `section` allows more than the parent's item with the same id."""

    section: str
    index: int
    key: str  # "max" or "within"
    item: dict
    parent_item: dict
    mine: Any  # the amount (float) or the Duration
    theirs: Any


def exceeding(data: dict, parent: dict, section: str) -> list[Exceeding]:
    """Caps (same currency) or deadlines of `data` larger than `parent`'s for the same id."""
    theirs = {item.get("id"): item for item in _list(parent, section) if isinstance(item, dict)}
    key = COMPARED[section]
    found = []
    for index, item in enumerate(_list(data, section)):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or item["id"] not in theirs:
            continue
        upper = theirs[item["id"]]
        if section == "limits":
            if item.get("currency") != upper.get("currency"):
                continue
            mine, other = _number(item.get("max")), _number(upper.get("max"))
            larger = mine is not None and other is not None and mine > other
        else:
            mine, other = parse_duration(item.get("within")), parse_duration(upper.get("within"))
            larger = mine is not None and other is not None and mine.minutes > other.minutes
        if larger:
            found.append(Exceeding(section, index, key, item, upper, mine, other))
    return found


def _list(data: Any, section: str) -> list:
    value = data.get(section) if isinstance(data, dict) else None
    return value if isinstance(value, list) else []


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
