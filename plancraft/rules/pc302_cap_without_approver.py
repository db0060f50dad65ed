"""Every amount cap names who approves payments within it.

A cap without an approver (`approver`, a role) leaves the counter with a number and nobody who
may say yes: on the day the payout is either refused or approved by whoever is nearest. Name
the role that approves within the cap; a higher cap usually has a more senior approver.

Passing::

    limits:
      - id: emergency-payout
        what: 紧急用款援助
        max: 5000
        currency: CNY
        approver: branch-head

Failing::

    limits:
      - id: emergency-payout        # no approver
        what: 紧急用款援助
        max: 5000
        currency: CNY
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.rules.helpers import named

CODE = "PC302"
NAME = "cap-without-approver"
GROUP = "limits"
SEVERITY = Severity.WARNING
SUMMARY = "Every amount cap has an approver"
SOURCE = "good practice; seed plan 篇8 (caps for 普通客户 and 贵宾客户 with no approver)"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    for path, limit in plan.items("limits"):
        if limit.get("approver"):
            continue
        ident = limit.get("id")
        what = limit.get("what")
        label = named(ident, what) if isinstance(what, str) and what else f"`{ident}`"
        yield plan.finding(
            path,
            _("cap {label} has no approver; add `approver:` with the role that approves payments within it").format(label=label),
            at_key=True,
        )
