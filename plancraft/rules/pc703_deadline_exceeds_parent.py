"""A deadline is never longer than the parent plan's deadline with the same id.

A branch that gives itself 7 days to reply where the head office's plan allows 3 will
miss the head office's deadline by design. A plan may be faster than its parent
(`document.parent`), never slower. Deadlines are matched by `id`.

Passing::

    # parent: time_limits: [{id: first-reply, what: 首次回复, within: 1d}]
    document: {id: branch, title: 预案, parent: head-office.yaml}
    time_limits:
      - {id: first-reply, what: 首次回复, within: 4h}

Failing::

    # parent: time_limits: [{id: first-reply, what: 首次回复, within: 1d}]
    document: {id: branch, title: 预案, parent: head-office.yaml}
    time_limits:
      - {id: first-reply, what: 首次回复, within: 3d}
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.durations import parse_duration
from plancraft.model import Plan, get

CODE = "PC703"
NAME = "deadline-exceeds-parent"
GROUP = "parent"
SEVERITY = Severity.ERROR
SUMMARY = "A deadline is not longer than the parent plan's deadline with the same id"
SOURCE = "good practice (a lower-level plan stays within the upper-level plan); plancraft format, document.parent"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if plan.parent is None:
        return
    parents = {item.get("id"): item for _, item in plan.parent.items("time_limits")}
    parent_file = get(plan.data, "document", "parent")
    for path, limit in plan.items("time_limits"):
        upper = parents.get(limit.get("id")) if isinstance(limit.get("id"), str) else None
        if upper is None:
            continue
        mine, theirs = parse_duration(limit.get("within")), parse_duration(upper.get("within"))
        if mine is not None and theirs is not None and mine.minutes > theirs.minutes:
            yield plan.finding(
                path + ("within",),
                f"time limit `{limit['id']}` ({plan.name_of(limit['id'])}) allows {mine}, longer than the "
                f"{theirs} of the parent plan {parent_file}; a plan may be faster than its parent, not slower — "
                f"shorten it to {theirs} or less",
            )
