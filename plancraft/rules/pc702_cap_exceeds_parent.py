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
from plancraft.i18n import _
from plancraft.model import Plan, get
from plancraft.parent import exceeding

CODE = "PC702"
NAME = "cap-exceeds-parent"
GROUP = "parent"
SEVERITY = Severity.ERROR
SUMMARY = "A cap is not higher than the parent plan's cap with the same id"
SOURCE = "good practice (a lower-level plan stays within the upper-level plan); plancraft format, document.parent"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if plan.parent is None:
        return
    parent_file = get(plan.data, "document", "parent")
    for found in exceeding(plan.data, plan.parent.data, "limits"):
        limit, upper = found.item, found.parent_item
        yield plan.finding(
            ("limits", found.index, "max"),
            _(
                "cap `{id}` ({name}) is {max} {get}, above the parent plan's {max2} {get2} in {parent_file}; a plan may be stricter than its parent, not looser — lower it to {max2} or less"
            ).format(
                id=limit["id"],
                name=plan.name_of(limit["id"]),
                max=limit["max"],
                get=limit.get("currency", ""),
                max2=upper["max"],
                get2=upper.get("currency", ""),
                parent_file=parent_file,
            ),
        )
