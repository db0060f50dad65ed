"""No deadline for deciding a complaint runs beyond the statutory period of the plan's jurisdiction.

The law sets how long an organisation may take to decide a complaint, counted from receipt:

- **CN** — 银行业保险业消费投诉处理管理办法 第十八条: 15 days; 30 days for a complex case; a further
  30 days with approval at a higher level and notice to the complainant (calendar days, 第四十三条).
- **GB** — FCA DISP 1.6.2R: a final response within 8 weeks; for payment services and e-money
  complaints (a plan whose title, scope or purpose says so) 15 business days, or 35 in exceptional
  circumstances (DISP 1.6.2AR).
- **other jurisdictions** — no statutory check, unless the `decision-period` option sets the period
  (the option also overrides the CN and GB periods).

Judged are the organisation's time limits for a decision, a final reply, closing or resolving the
complaint (see PC307), and a step or escalation that allows longer than the period. A time limit
marked `party: customer` is the customer's own window and is never judged. A time limit whose
`what` says the case is complex, or is an approved extension, is judged against the longer period.

Only a plan about complaints is judged (a complaint procedure, or a plan whose title, scope,
purpose, a level or a scenario says 投诉 or complaint): a bank's IT outage plan or an insurer's
disaster plan sets no complaint deadlines and grades no complaints.

Deadline semantics (docs/plan-format.md): a time limit with `from` counts from that event; one with
`after` alone counts from the end of the time limit it names, so its end is the sum along the chain
of `after`-only links; `after` next to `from` only orders the work and adds nothing.

Passing::

    document: {id: p, title: 客户投诉应急预案, issuer: 示例银行梁平支行, language: zh-CN}
    time_limits:
      - {id: first-reply, what: 首次回复客户, within: 1d, from: 收到投诉}
      - {id: decision, what: 作出处理决定并告知客户, within: 15d, from: 收到投诉, after: first-reply}
      - {id: review-request, what: 客户申请复核, within: 30d, party: customer}

Failing::

    document: {id: p, title: 客户投诉应急预案, issuer: 示例银行梁平支行, language: zh-CN}
    time_limits:
      - {id: decision, what: 作出处理决定并告知客户, within: 20d, from: 收到投诉}   # beyond 15 days (CN)
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.durations import parse_duration
from plancraft.model import TIME_LIMIT, Plan
from plancraft.rules.options import DURATION, Option
from plancraft.rules.presence import is_complaint_plan
from plancraft.rules.statutory import decision_period, is_decision
from plancraft.i18n import _

CODE = "PC304"
NAME = "deadline-beyond-statutory-period"
GROUP = "deadlines"
SEVERITY = Severity.ERROR
SUMMARY = "No deadline for deciding a complaint runs beyond the statutory period of the plan's jurisdiction"
SOURCE = (
    "CN: 银行业保险业消费投诉处理管理办法 (原银保监会令2020年第3号) 第十八条, 15/30/30 days, calendar days "
    "(第四十三条); GB: FCA DISP 1.6.2R (8 weeks) and 1.6.2AR (15/35 business days for payment services)"
)
CLAUSES = ("投诉办法 第十八条",)
VERIFIED = True
DOUBT = "wording read in the published text; its article number not confirmed, so none is cited"
JURISDICTIONS = ("CN", "GB")  # others only when the `decision-period` option is set
OPTIONS = {
    "decision-period": Option(
        DURATION, None, "the longest time to decide a complaint; default: the statute of the plan's jurisdiction (CN 15d, GB 8w)"
    )
}
EVIDENCE = ("time_limits",)


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if not is_complaint_plan(plan):
        return
    for path, limit in plan.items("time_limits"):
        if limit.get("party") == "customer" or not is_decision(limit):
            continue
        ident, what = limit.get("id"), limit.get("what") or limit.get("id")
        period = decision_period(plan, options, str(what))
        within = parse_duration(limit.get("within"))
        if period is None or within is None:
            continue
        fix = _("shorten it to {text} or less, or set the `decision-period` option if another period applies").format(
            text=period.text
        )
        if within.minutes > period.duration.minutes:
            yield plan.finding(
                path + ("within",),
                _("time limit `{ident}` ({what}) allows {within}, beyond {text}, {why}; {fix}").format(
                    ident=ident, what=what, within=within, text=period.text, why=period.why, fix=fix
                ),
            )
            continue
        total, chain = chain_total(plan, limit)
        if len(chain) > 1 and total > period.duration.minutes:
            yield plan.finding(
                path + ("within",),
                _(
                    "time limit `{ident}` ({what}) ends {days} after its chain starts ({items}, each counted from the end of the one before), beyond {text}, {why}; shorten the steps of the chain, or give it its own start with `from`"
                ).format(ident=ident, what=what, days=_days(total), items=" + ".join(chain), text=period.text, why=period.why),
            )
    period = decision_period(plan, options)
    if period is None:
        return
    for path, scenario in plan.items("scenarios"):
        title = scenario.get("title") or scenario.get("id")
        for key, noun in (("actions", "step"), ("escalation", "escalation")):
            for step_path, step in plan.items(*path, key):
                within = parse_duration(step.get("within"))
                if within is not None and within.minutes > period.duration.minutes:
                    yield plan.finding(
                        step_path + ("within",),
                        _(
                            "{noun} {value} of scenario `{get}` ({title}) allows {within}, beyond {text}, {why}; shorten it to {text} or less"
                        ).format(
                            noun=noun,
                            value=step_path[-1] + 1,
                            get=scenario.get("id"),
                            title=title,
                            within=within,
                            text=period.text,
                            why=period.why,
                        ),
                    )


def chain_total(plan: Plan, limit: dict) -> tuple[float, list[str]]:
    """Minutes from the start of `limit`'s clock to its end, and the steps counted (first first).

    The clock runs back along `after` only while a time limit has no `from` of its own: `from`
    starts a clock, so the chain stops there. Stops at a loop (PC103 reports it) or a broken link.
    """
    total, chain, seen = 0.0, [], set()
    current: dict | None = limit
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        within = parse_duration(current.get("within"))
        if within is None:
            break
        total += within.minutes
        chain.insert(0, f"`{current.get('id')}` {within}")
        if current.get("from"):
            return total, chain
        earlier = current.get("after")
        current = plan.by_id[earlier].item if isinstance(earlier, str) and plan.kind_of(earlier) == TIME_LIMIT else None
    if current is not None:  # back at a step already counted: a loop, no end to compute
        return 0.0, []
    return total, chain


def _days(minutes: float) -> str:
    days = minutes / (24 * 60)
    return f"{days:.0f}d" if days.is_integer() else f"{days:.1f}d"
