"""A deadline for deciding a complaint is not longer than regulators allow even with extensions.

Where a statute sets the period for deciding a complaint, PC304 holds the plan to it. Where none
does — a hospital, a public body, a utility — the plan sets its own, and some set periods no
complainant should wait: 60 working days (about three months) for a reply. The longest periods the
regulated sectors allow, with every extension, are about two months: 15 days, 30 when complex and a
further 30 with approval at a higher level (60 at most) under 银行业保险业消费投诉处理管理办法
第十八条; a final response within 8 weeks under FCA DISP 1.6.2R. A plan that takes longer than that
for its first answer gives the complainant no answer while the matter is still fresh, and usually
hides an unplanned process behind a long number: split it into an acknowledgement, an
investigation with a deadline, and a reply.

Judged are the time limits of a complaint plan that decide or answer the complaint (the words
PC304 uses: 处理决定, 答复, 办结, decision, response, …), not a customer's own window (`party:
customer`), in plans that no statutory period governs. Nor is a plan judged whose own sector's statute governs how long
its complaints may take although plancraft does not model its period: an NHS body or a local authority's
social services in England (GB) answer under the Local Authority Social Services and National Health
Service Complaints (England) Regulations 2009 (S.I. 2009/309), which govern the response period
themselves, and a Chinese petitions (信访) plan answers under the 信访工作条例; there, a period is not excessive
merely for exceeding the other sectors'. The longest period is the option
`longest-decision-period` (default `60d`); a working day counts as 7/5 of a day.

Passing::

    document: {id: p, title: 投诉处理流程, type: complaint-procedure, language: zh-CN}
    time_limits:
      - {id: reply, what: 向投诉人做出答复, within: 30wd, from: 收到投诉}

Failing::

    document: {id: p, title: 投诉处理流程, type: complaint-procedure, language: zh-CN}
    time_limits:
      - {id: reply, what: 向投诉人做出答复, within: 60wd, from: 收到投诉}     # about three months
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.durations import DAY, parse_duration
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.rules.helpers import interval_option
from plancraft.rules.options import DURATION, Option
from plancraft.rules.presence import is_complaint_plan
from plancraft.rules.statutory import decision_period, is_decision, own_complaints_statute

CODE = "PC354"
NAME = "excessive-decision-period"
GROUP = "deadlines"
SEVERITY = Severity.WARNING
SUMMARY = "A complaint decision deadline no statute governs is not longer than 60 days"
SOURCE = (
    "good practice, measured against the longest statutory periods: 银行业保险业消费投诉处理管理办法 第十八条 "
    "(15 days, 30 when complex, a further 30 with approval) and FCA DISP 1.6.2R (8 weeks); held-out plans: a "
    "public health centre's 60 working days; not applied where S.I. 2009/309 governs (England's NHS bodies and "
    "social services: its title and scope read at legislation.gov.uk; its period not confirmed, so never cited) or the "
    "信访工作条例 (a 信访 plan; its period read only in a local 信访局's explanation, not the primary text, so never cited)"
)
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS = {
    "longest-decision-period": Option(DURATION, "60d", "the longest deadline for deciding a complaint where no statute sets one")
}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if not is_complaint_plan(plan) or decision_period(plan, options) is not None:
        return
    if own_complaints_statute(plan) is not None:
        return  # its own sector's statute sets the outer limit (an NHS body in England): not "no statute sets one"
    longest = interval_option(options, "longest-decision-period", "60d")
    for path, limit in plan.items("time_limits"):
        if limit.get("party") == "customer" or not is_decision(limit):
            continue
        within = parse_duration(limit.get("within"))
        if within is None or within.minutes <= longest.minutes:
            continue
        yield plan.finding(
            (*path, "within"),
            _(
                "time limit `{ident}` ({what}) allows {within} (about {days} days) to answer the complaint, longer than "
                "the {longest} that even the regulated sectors allow with every extension; shorten it, or split it into "
                "an acknowledgement, an investigation with its own deadline and the reply"
            ).format(
                ident=limit.get("id"),
                what=limit.get("what") or limit.get("id"),
                within=limit.get("within"),
                days=round(within.minutes / DAY),
                longest=longest,
            ),
        )
