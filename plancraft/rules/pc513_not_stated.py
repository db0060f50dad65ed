"""A required text is stated in the plan, not left as `null` or 【未载明】.

A plan transcribed from a published source keeps the source's gaps visible: a required text the
source lacks is written as `null` (with a comment) or as the "not stated" placeholder `【未载明】`
/ `[not stated]` (docs/plan-format.md). The schema accepts that, so that the rest of the plan can
be checked; this rule reports each such value once, as missing, and no other rule reads it as
text. Which texts are required is read from the schema (the fields whose type is `statedText`).

Passing::

    purpose: 规范客户投诉应急处置，维护客户合法权益。
    scope: 适用于本行各营业网点受理的客户投诉。

Failing::

    purpose: null      # 原文未载明
    scope: 【未载明】
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.loader import YamlPath
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.stated import is_not_stated

CODE = "PC513"
NAME = "not-stated"
GROUP = "text"
SEVERITY = Severity.WARNING
SUMMARY = 'No required text is left as `null` or the "not stated" placeholder (【未载明】)'
SOURCE = "plancraft format (text the source does not state)"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


@lru_cache(maxsize=1)
def stated_fields() -> tuple[tuple[str, ...], ...]:
    """Schema paths (keys, "[]" for list items) of every required text, from the packaged schema."""
    from plancraft.schema import plan_schema

    found: list[tuple[str, ...]] = []

    def walk(node: Any, path: tuple[str, ...]) -> None:
        if not isinstance(node, dict):
            return
        for key, child in (node.get("properties") or {}).items():
            if isinstance(child, dict) and child.get("$ref") == "#/$defs/statedText":
                found.append(path + (key,))
            walk(child, path + (key,))
        if isinstance(node.get("items"), dict):
            walk(node["items"], path + ("[]",))

    walk(plan_schema(), ())
    return tuple(found)


def _values(data: Any, field: tuple[str, ...], path: YamlPath = ()) -> Iterator[tuple[YamlPath, Any]]:
    """(path, value) of every place `field` names in `data` where the key is present."""
    if not field:
        yield path, data
        return
    head, rest = field[0], field[1:]
    if head == "[]":
        if isinstance(data, list):
            for index, item in enumerate(data):
                yield from _values(item, rest, path + (index,))
    elif isinstance(data, dict) and head in data:
        yield from _values(data[head], rest, path + (head,))


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    for field in stated_fields():
        for path, value in _values(plan.data, field):
            if not is_not_stated(value):
                continue
            shown = "null" if value is None else f"“{value.strip()}”"
            yield plan.finding(
                path,
                _(
                    "`{name}` is not stated ({shown}); the plan needs it — write it, or keep the gap visible until the source's owner supplies it"
                ).format(name=_name(path), shown=shown),
            )


def _name(path: YamlPath) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
