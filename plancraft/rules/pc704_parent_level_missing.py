"""The plan keeps every response level of its parent plan.

Levels are how a branch and its head office talk about an event: "a level `severe`
complaint" must mean the same thing in both plans, and the head office's escalation
expects the branch to have that level. A plan with `document.parent` keeps each of the
parent's level ids (it may add levels of its own). Each missing one is reported at the
plan's `levels` key.

Passing::

    # parent: levels: [{id: general, name: 一般}, {id: severe, name: 重大}]
    document: {id: branch, title: 预案, parent: head-office.yaml}
    levels:
      - {id: general, name: 一般投诉}
      - {id: severe, name: 重大投诉}

Failing::

    # parent: levels: [{id: general, name: 一般}, {id: severe, name: 重大}]
    document: {id: branch, title: 预案, parent: head-office.yaml}
    levels:                            # `severe` is missing
      - {id: general, name: 一般投诉}
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan, get

CODE = "PC704"
NAME = "parent-level-missing"
GROUP = "parent"
SEVERITY = Severity.WARNING
SUMMARY = "The plan keeps every level id of its parent plan"
SOURCE = "good practice (levels consistent with the upper-level plan); GB/T 29639-2020 6.1.2 (response grading)"
CLAUSES = ("GB/T 29639-2020 6.1.2",)
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if plan.parent is None:
        return
    mine = {item.get("id") for _, item in plan.items("levels")}
    parent_file = get(plan.data, "document", "parent")
    for _skip, level in plan.parent.items("levels"):
        ident = level.get("id")
        if isinstance(ident, str) and ident not in mine:
            yield plan.finding(
                ("levels",),
                _(
                    "the parent plan {parent_file} has the level `{ident}` ({get}), which this plan does not; add a level with the id `{ident}` so that both plans grade events alike"
                ).format(parent_file=parent_file, ident=ident, get=level.get("name", ident)),
                at_key=True,
            )
