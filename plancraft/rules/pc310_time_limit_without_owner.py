"""Every time limit of the organisation names who must meet it.

A deadline without an owner is nobody's: when it passes, nobody was responsible for chasing it.
`owner` names a role, or an external party when an outside body owns the deadline (the upper office
that must answer, an ombudsman). A customer's own window (`party: customer`, e.g. the time the
customer has to ask for a review) has no owner in the organisation and is not judged. One finding
for the plan, at the `time_limits` key, lists them all (each a related location in SARIF).

Passing::

    time_limits:
      - {id: decision, what: 作出处理决定, within: 15d, from: 收到投诉, owner: office-head}
      - {id: review-request, what: 客户申请复核, within: 30d, from: 收到处理决定, party: customer}

Failing::

    time_limits:
      - {id: decision, what: 作出处理决定, within: 15d, from: 收到投诉}     # whose deadline?
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.rules.helpers import listed, named

CODE = "PC310"
NAME = "time-limit-without-owner"
GROUP = "deadlines"
SEVERITY = Severity.WARNING
SUMMARY = "Every time limit of the organisation has an `owner`"
SOURCE = "good practice; standards.md gap catalogue (reporting lines with owner and deadline)"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    missing = [
        (path, named(limit.get("id"), limit.get("what") or limit.get("id")))
        for path, limit in plan.items("time_limits")
        if not limit.get("owner") and limit.get("party") != "customer"
    ]
    if not missing:
        return
    subject = (
        _("time limit {missing} names").format(missing=missing[0][1])
        if len(missing) == 1
        else _("{count} time limits ({items}) name").format(count=len(missing), items=listed(text for _, text in missing))
    )
    yield plan.finding(
        ("time_limits",),
        _(
            "{subject} nobody who must meet it; add `owner` with the role (or external party) responsible, or `party: customer` for the customer's own window"
        ).format(subject=subject),
        at_key=True,
        related=tuple((path, _("{text} has no owner").format(text=text)) for path, text in missing),
    )
