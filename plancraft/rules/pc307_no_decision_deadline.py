"""A complaint plan sets a deadline for deciding (closing) a complaint.

Whatever else it times, a complaint procedure must say by when the complainant gets a decision:
that is the deadline the law sets (CN: 投诉办法 第十八条, 15 days from receipt; GB: FCA DISP
1.6.2R, a final response within 8 weeks) and the one a complainant holds the organisation to.
A time limit counts as the decision deadline when its `what` speaks of a decision, a final or
written reply, closing or resolving (处理决定, 办结, 答复, 处理结果, final response, resolve, close);
a first reply or an acknowledgement does not count, nor does an update on progress (进展,
"update"), a first contact that names no decision ("we will get back to you to resolve this"), or
a customer's own window (`party: customer`). A start written into the text (自受理之日起答复, "a full
reply from receipt of the complaint") is where the clock starts, not an intake step. A step of a
scenario with a `within` whose `do` speaks of a decision in those words is a decision deadline too
("we have 8 weeks to issue a final response", as a plan imported from prose often has it), unless it
reports the outcome to others (处理完的三日内将处理结果报送发起行); PC304 judges its length. Only plans about complaints are judged (title, scope,
purpose, a level or a scenario says 投诉 or complaint), and plans that take complaints in through a
channel named for them (an outage plan's "意见及投诉工单"). A plan with no deadline at all is
reported once by PC306.

The period suggested in the message is the statutory one for the plan (a CN bank or insurer, a GB
firm under the FCA; see PC304), or the `decision-period` option where set; other plans are asked
for a decision deadline without a statute being cited.

Passing::

    document: {id: p, title: 客户投诉应急预案, language: zh-CN}
    time_limits:
      - {id: first-reply, what: 首次回复客户, within: 1d, from: 收到投诉}
      - {id: decision, what: 作出处理决定并告知投诉人, within: 15d, from: 收到投诉}

Failing::

    document: {id: p, title: 客户投诉应急预案, language: zh-CN}
    time_limits:
      - {id: first-reply, what: 首次回复客户, within: 1d, from: 收到投诉}   # and then?
"""

from __future__ import annotations

from typing import Iterator

from plancraft.rules import lazyre as re
from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _, pgettext
from plancraft.model import Plan
from plancraft.rules.helpers import for_plan
from plancraft.rules.presence import has_deadline, takes_complaints
from plancraft.rules.statutory import decision_period, is_decision

CODE = "PC307"
NAME = "no-decision-deadline"
GROUP = "deadlines"
SEVERITY = Severity.ERROR
SUMMARY = "A complaint plan has a time limit for deciding or closing a complaint"
SOURCE = "银行业保险业消费投诉处理管理办法 第十八条 (CN, 15 days); FCA DISP 1.6.2R (GB, 8 weeks); ISO 10002:2018 (responsiveness)"
CLAUSES = ("投诉办法 第十八条",)
VERIFIED = True
OPTIONS: dict[str, object] = {}
EVIDENCE = ("time_limits|scenarios[].actions[].within",)

# The example step and start event, and the period shown when no statute or option sets one, for a
# Chinese plan and for any other (rules.helpers.for_plan chooses).
_EXAMPLE = {
    "zh": ("作出处理决定并告知投诉人", "收到投诉", "within: 15d"),
    "en": ("Decide and tell the complainant", "receipt of the complaint", "within: 8w"),
}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if not takes_complaints(plan) or not has_deadline(plan):
        return
    if any(is_decision(limit) for _, limit in plan.items("time_limits")) or _decides_in_a_step(plan):
        return
    period = decision_period(plan, options)
    what, start, usual = for_plan(plan, _EXAMPLE)
    within = _("within: {text}").format(text=period.text) if period else usual
    why = pgettext("reasons", "; ") + period.why if period else ""
    yield plan.finding(
        plan.section_anchor("time_limits"),
        _(
            "the plan sets no deadline for deciding a complaint{why}; add a time limit such as `{{id: decision, what: {what}, {within}, from: {start}, owner: ...}}`"
        ).format(why=why, what=what, within=within, start=start),
        at_key=True,
    )


# A step that reports on a case, or is timed from its end (处理完的三日内将处理结果报送发起行), tells others of the outcome: it
# sets no deadline for deciding. (3天内处理完毕 is the decision; "within 30 days of reporting" counts from receipt.)
_REPORTS = re.compile(r"报送|上报|报告|通报|汇报|备案|处理完毕?(?:的|后|之日)|办结后|\breport(?:s|ed)?\b", re.IGNORECASE)


def _decides_in_a_step(plan: Plan) -> bool:
    """True when a timed step of a scenario is the decision (its `do` read as a time limit's `what`)."""
    for path, _scenario in plan.items("scenarios"):
        for _step_path, step in plan.items(*path, "actions"):
            do = step.get("do")
            if step.get("within") and is_decision({"what": do}) and not _REPORTS.search(str(do)):
                return True
    return False
