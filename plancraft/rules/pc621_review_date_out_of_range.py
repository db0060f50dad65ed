"""The next review date can be written down: it falls before the year 10000.

The next review is due `review.every` after the approval (or, before approval, after
`document.effective`). A date near the end of the calendar plus a long interval gives a
review date no calendar can hold — almost always a typing mistake in the year
(`9999-12-31` as a placeholder for "open-ended"). Write the real date.

Passing::

    document: {effective: 2025-07-01}
    review: {every: 1y}

Failing::

    document: {effective: 9999-12-31}     # a placeholder, not a date
    review: {every: 1y}
"""

from __future__ import annotations

import datetime as dt
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.durations import add_duration, parse_duration
from plancraft.i18n import _
from plancraft.model import Plan, get

CODE = "PC621"
NAME = "review-date-out-of-range"
GROUP = "management"
SEVERITY = Severity.ERROR
SUMMARY = "The next review date (approval or effective date + review.every) falls before the year 10000"
SOURCE = "plancraft format, review; 生产安全事故应急预案管理办法 (periodic review of the plan)"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    duration = parse_duration(get(plan.data, "review", "every"))
    if duration is None:
        return
    approved = [a for _skip, a in plan.items("approvals") if a.get("step") == "approved"]
    candidates = [(("document", "effective"), get(plan.data, "document", "effective"))]
    for path, approval in plan.items("approvals"):
        if approval in approved:
            candidates.append((path + ("date",), approval.get("date")))
    for path, value in candidates:
        try:
            start = dt.date.fromisoformat(str(value))
        except ValueError:
            continue
        if add_duration(start, duration) is None:
            yield plan.finding(
                path,
                _("{value} + review every {duration} is past 9999-12-31, a date no calendar holds; write the real date").format(
                    value=value, duration=duration
                ),
            )
