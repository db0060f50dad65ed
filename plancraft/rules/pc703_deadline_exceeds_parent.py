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
from plancraft.i18n import _
from plancraft.model import Plan, get
from plancraft.parent import exceeding

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
    parent_file = get(plan.data, "document", "parent")
    for found in exceeding(plan.data, plan.parent.data, "time_limits"):
        limit, mine, theirs = found.item, found.mine, found.theirs
        yield plan.finding(
            ("time_limits", found.index, "within"),
            _(
                "time limit `{id}` ({name}) allows {mine}, longer than the {theirs} of the parent plan {parent_file}; a plan may be faster than its parent, not slower — shorten it to {theirs} or less"
            ).format(id=limit["id"], name=plan.name_of(limit["id"]), mine=mine, theirs=theirs, parent_file=parent_file),
        )
