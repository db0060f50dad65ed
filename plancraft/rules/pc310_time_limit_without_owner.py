"""Every time limit of the organisation names who must meet it.

A deadline without an owner is nobody's: when it passes, nobody was responsible for chasing it.
`owner` names a role, or an external party when an outside body owns the deadline (the upper office
that must answer, an ombudsman). A customer's own window (`party: customer`, e.g. the time the
customer has to ask for a review) has no owner in the organisation and is not judged. Nor is a plan whose
procedure has one handler — one role owns every scenario and its own duties carry a complaint through to
its end (科室工作人员: 受理登记、分类、转办、督办、反馈、统计、归档; "the Complaints Officer logs, investigates
and sends the final response") — since the organisation chapter already says who meets its deadlines; an
`owner` would repeat it. A handler whose duties stop at intake (受理, 记录, 初步响应), or who only does the
steps, is not one. One finding
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

from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster

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


# A duty that carries a complaint through to its end: the answer, the closing, the filing (反馈, 答复, 办结,
# 结案, 归档, "send the final response", "close the complaint").
_TO_THE_END = re.compile(
    r"反馈|答复|回复|办结|结案|归档|处理结果|\bfinal (?:response|reply|decision)|\bclos(?:e|es|ing) (?:the )?complaints?\b|"
    r"\brespond(?:s|ing)? to (?:the )?complain",
    re.IGNORECASE,
)


def _single_handler(plan: Plan) -> str | None:
    """The one role that owns every scenario of the plan and whose own duties carry a complaint through to
    its end (受理登记…反馈…归档), when there is one: the organisation chapter says it meets the procedure's
    deadlines."""
    owners = [scenario.get("owner") for _path, scenario in plan.items("scenarios")]
    if not owners or not all(isinstance(owner, str) and owner for owner in owners) or len(set(owners)) != 1:
        return None
    role = plan.by_id.get(owners[0])
    duties = role.item.get("duties") if role is not None and isinstance(role.item, dict) else None
    if not isinstance(duties, list) or not any(isinstance(d, str) and _TO_THE_END.search(d) for d in duties):
        return None
    return owners[0]


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if _single_handler(plan) is not None:
        return  # one handler owns the whole procedure: whose deadlines they are is stated
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
