"""The upper-level plan named in `document.parent` can be read.

A branch plan that implements the head office's plan (上级预案) is checked against it:
caps and deadlines may not exceed the parent's, and the parent's levels are kept. When the
file named in `document.parent` is missing, unreadable or not a valid plan, none of that
can be checked, and the reference itself is broken. The path is relative to the plan.

Passing::

    document:
      id: branch-complaints
      title: 客户投诉应急预案
      parent: ../head-office/complaints.yaml    # exists and validates

Failing::

    document:
      id: branch-complaints
      title: 客户投诉应急预案
      parent: ../head-ofice/complaints.yaml     # no such file
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan

CODE = "PC701"
NAME = "parent-unreadable"
GROUP = "parent"
SEVERITY = Severity.ERROR
SUMMARY = "The plan named in document.parent exists and is a valid plan"
SOURCE = "plancraft format, document.parent"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if plan.parent_problem:
        yield plan.finding(
            ("document", "parent"),
            _(
                "{parent_problem}; fix the path (it is relative to this plan) so that the plan can be checked against its parent"
            ).format(parent_problem=plan.parent_problem),
        )
