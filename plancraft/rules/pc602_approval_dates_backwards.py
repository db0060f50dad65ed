"""Approval dates never go backwards along the steps.

A review dated before the text was prepared, or an approval dated before the review,
cannot be true: either a date is wrong or the steps were signed for a different text.
Steps are compared in their order prepared → reviewed → approved (not in list order, which
PC601 checks); a later step may share a date with an earlier one.

Passing::

    approvals:
      - {step: prepared, name: 张三, role: office-head, date: 2025-01-10}
      - {step: reviewed, name: 李四, role: vice-president, date: 2025-01-10}
      - {step: approved, name: 王五, role: president, date: 2025-01-20}

Failing::

    approvals:
      - {step: prepared, name: 张三, role: office-head, date: 2025-01-10}
      - {step: reviewed, name: 李四, role: vice-president, date: 2025-01-15}
      - {step: approved, name: 王五, role: president, date: 2025-01-12}   # before the review
"""

from __future__ import annotations

import re
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.digest import STEPS

CODE = "PC602"
NAME = "approval-dates-backwards"
GROUP = "approvals"
SEVERITY = Severity.ERROR
SUMMARY = "Approval dates never go backwards from prepared to reviewed to approved"
SOURCE = "good practice (sign-off chain); plancraft format, approvals"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    signed = [
        (STEPS.index(a["step"]), index, path, a)
        for index, (path, a) in enumerate(plan.items("approvals"))
        if a.get("step") in STEPS and _DATE.match(str(a.get("date")))
    ]
    latest: tuple[str, dict] | None = None  # (date, approval) of the latest earlier step
    for _skip, _skip, path, approval in sorted(signed, key=lambda s: (s[0], s[1])):
        date = str(approval["date"])
        if latest is not None and date < latest[0] and approval["step"] != latest[1]["step"]:
            earlier = latest[1]
            yield plan.finding(
                path + ("date",),
                _(
                    "`{step}` by {get} is dated {date}, before `{step2}` by {get2} on {latest}; a later step cannot be signed earlier — correct the date"
                ).format(
                    step=approval["step"],
                    get=approval.get("name", "?"),
                    date=date,
                    step2=earlier["step"],
                    get2=earlier.get("name", "?"),
                    latest=latest[0],
                ),
            )
        if latest is None or date > latest[0]:
            latest = (date, approval)
