"""The plan sets at least one deadline.

Deadlines are what make a response checkable: without a single `within` anywhere — no time limit,
no step, no escalation, no one-off report with a deadline — nobody can tell late from on time, and
a complaint can wait indefinitely. That is an error, reported once, here; while it fires, the
rules that judge each step's or each chain's deadline (PC305, PC307, PC308) stay quiet.

Passing::

    time_limits:
      - {id: decision, what: 作出处理决定并告知客户, within: 15d, from: 收到投诉, owner: office-head}

Failing::

    scenarios:
      - id: on-site
        title: 处理现场投诉
        actions:
          - {do: 及时处理客户诉求, by: branch-head}     # no deadline anywhere in the plan
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.rules.presence import has_deadline

CODE = "PC306"
NAME = "no-deadlines"
GROUP = "deadlines"
SEVERITY = Severity.ERROR
SUMMARY = "The plan sets at least one deadline (a time limit, or a `within` on a step, escalation or report)"
SOURCE = "good practice; ISO 10002:2018 (responsiveness); seed plans with 立即/及时 and no time limit"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if has_deadline(plan):
        return
    yield plan.finding(
        plan.section_anchor("time_limits"),
        _(
            "the plan sets no deadline at all: no time limit, and no step, escalation or report with a "
            "`within`; add `time_limits` (e.g. first reply, decision, closure, each with `within`, `from` and "
            "an `owner`) and a `within` on the steps that must be quick"
        ),
        at_key=True,
    )
