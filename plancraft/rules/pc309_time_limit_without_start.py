"""Every time limit says when its clock starts: `from` (an event) or `after` (an earlier limit).

"Within 15 days" of what? Receipt of the complaint, acceptance, the end of the investigation? A
time limit with neither `from` nor `after` cannot be checked, and two readers will count it
differently. Deadline semantics (docs/plan-format.md): `from` starts the clock at an event;
`after` alone starts it when the named time limit ends; with both, `from` starts it.

One finding for the plan, at the `time_limits` key, lists them all (each a related location in
SARIF): a plan that never says where its clocks start has one fault, not one per deadline.

Passing::

    time_limits:
      - {id: decision, what: 作出处理决定, within: 15d, from: 收到投诉}

Failing::

    time_limits:
      - {id: decision, what: 作出处理决定, within: 15d}     # 15 days from what?
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.rules.presence import is_complaint_plan
from plancraft.rules.helpers import for_plan, listed, named

CODE = "PC309"
NAME = "time-limit-without-start"
GROUP = "deadlines"
SEVERITY = Severity.WARNING
SUMMARY = "Every time limit says when its clock starts (`from` or `after`)"
SOURCE = "good practice; 投诉办法 第十八条 counts from receipt (自收到消费投诉之日起)"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


# [a Chinese plan or any other (rules.helpers.for_plan)][complaint plan?] -> an example start event
_EXAMPLE = {"zh": {True: "收到投诉", False: "事件发生"}, "en": {True: "receipt of the complaint", False: "the event"}}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    missing = [
        (path + ("within",) if "within" in limit else path, named(limit.get("id"), limit.get("what") or limit.get("id")))
        for path, limit in plan.items("time_limits")
        if not (limit.get("from") or limit.get("after"))
    ]
    if not missing:
        return
    example = for_plan(plan, _EXAMPLE)[is_complaint_plan(plan)]
    subject = (
        _("time limit {missing} does not").format(missing=missing[0][1])
        if len(missing) == 1
        else _("{count} time limits ({items}) do not").format(count=len(missing), items=listed(text for _, text in missing))
    )
    yield plan.finding(
        ("time_limits",),
        _(
            "{subject} say when the clock starts; add `from` with the event counted from (e.g. `from: {example}`) or `after` with the time limit followed"
        ).format(subject=subject, example=example),
        at_key=True,
        related=tuple((path, _("{text} has no `from` or `after`").format(text=text)) for path, text in missing),
    )
