"""A cap is never higher than the parent plan's cap with the same id.

A branch plan implements its upper-level plan (`document.parent`) and may be stricter than
it, never looser: a branch that lets itself pay out 20,000 where the head office allows
5,000 grants authority it does not have. Caps are matched by `id`; caps in different
currencies are not compared.

Passing::

    # parent: limits: [{id: emergency-payout, what: 紧急用款, max: 5000, currency: CNY}]
    document: {id: branch, title: 预案, parent: head-office.yaml}
    limits:
      - {id: emergency-payout, what: 紧急用款, max: 3000, currency: CNY}

Failing::

    # parent: limits: [{id: emergency-payout, what: 紧急用款, max: 5000, currency: CNY}]
    document: {id: branch, title: 预案, parent: head-office.yaml}
    limits:
      - {id: emergency-payout, what: 紧急用款, max: 20000, currency: CNY}
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.model import Plan, get

CODE = "PC702"
NAME = "cap-exceeds-parent"
GROUP = "parent"
SEVERITY = Severity.ERROR
SUMMARY = "A cap is not higher than the parent plan's cap with the same id"
SOURCE = "good practice (a lower-level plan stays within the upper-level plan); plancraft format, document.parent"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if plan.parent is None:
        return
    parents = {item.get("id"): item for _, item in plan.parent.items("limits")}
    parent_file = get(plan.data, "document", "parent")
    for path, limit in plan.items("limits"):
        upper = parents.get(limit.get("id")) if isinstance(limit.get("id"), str) else None
        if upper is None or limit.get("currency") != upper.get("currency"):
            continue
        mine, theirs = _number(limit.get("max")), _number(upper.get("max"))
        if mine is not None and theirs is not None and mine > theirs:
            yield plan.finding(
                path + ("max",),
                f"cap `{limit['id']}` ({plan.name_of(limit['id'])}) is {limit['max']} {limit.get('currency', '')}, "
                f"above the parent plan's {upper['max']} {upper.get('currency', '')} in {parent_file}; "
                f"a plan may be stricter than its parent, not looser — lower it to {upper['max']} or less",
            )
