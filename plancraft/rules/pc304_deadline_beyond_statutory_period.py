"""No deadline in the plan runs beyond the statutory period for deciding a complaint.

银行业保险业消费投诉处理管理办法 (原银保监会令2020年第3号) requires a bank or insurer to decide a
complaint and tell the complainant within 15 days of receiving it (30 days for a complex case,
with a further extension only with higher approval and notice to the complainant; the article
number is not yet confirmed). A time limit, a step (`actions[].within`) or an escalation
(`escalation[].within`) that allows more than that period cannot be met lawfully; neither can a
time limit that ends beyond it once the chain it follows (`after:`) is added up.

The period is the option `decision-period` (default `15d`); set it to `30d` for a plan that
only covers complex cases, or to another period for a plan under other rules.

Passing::

    time_limits:
      - {id: first-reply, what: 首次回复客户, within: 1d}
      - {id: final-reply, what: 作出处理决定并告知客户, within: 14d, after: first-reply}

Failing::

    time_limits:
      - {id: final-reply, what: 作出处理决定并告知客户, within: 20d}   # beyond 15 days
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.durations import Duration, parse_duration
from plancraft.model import TIME_LIMIT, Plan
from plancraft.rules.options import DURATION, Option

CODE = "PC304"
NAME = "deadline-beyond-statutory-period"
GROUP = "deadlines"
SEVERITY = Severity.ERROR
SUMMARY = "No time limit, step or escalation allows longer than the statutory complaint decision period (15 days)"
SOURCE = (
    "银行业保险业消费投诉处理管理办法 (原银保监会令2020年第3号): decision within 15 days of receipt, "
    "30 days when complex (wording read; article number unconfirmed)"
)
CLAUSES = ("投诉办法 处理时限",)
VERIFIED = True
OPTIONS = {"decision-period": Option(DURATION, "15d", "the statutory period within which a complaint must be decided")}

_WHY = "the statutory period for deciding a complaint (银行业保险业消费投诉处理管理办法; article number unconfirmed)"


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    period = parse_duration(options.get("decision-period", OPTIONS["decision-period"].default))
    if period is None:
        period = parse_duration(OPTIONS["decision-period"].default)
    fix = f"shorten it to {period} or less, or set the `decision-period` option if another period applies"

    for path, limit in plan.items("time_limits"):
        ident = limit.get("id")
        within = parse_duration(limit.get("within"))
        if within is None:
            continue
        what = limit.get("what") or ident
        if within.minutes > period.minutes:
            yield plan.finding(
                path + ("within",),
                f"time limit `{ident}` ({what}) allows {within}, beyond {period}, {_WHY}; {fix}",
            )
            continue
        total, chain = _chain_total(plan, limit)
        if total > period.minutes and len(chain) > 1:
            yield plan.finding(
                path + ("within",),
                f"time limit `{ident}` ({what}) ends {_days(total)} after its chain starts "
                f"({' + '.join(chain)}), beyond {period}, {_WHY}; shorten the steps of the chain, "
                f"or set the `decision-period` option if another period applies",
            )

    for path, scenario in plan.items("scenarios"):
        title = scenario.get("title") or scenario.get("id")
        for step_path, step in plan.items(*path, "actions"):
            within = parse_duration(step.get("within"))
            if within is not None and within.minutes > period.minutes:
                yield plan.finding(
                    step_path + ("within",),
                    f"step {step_path[-1] + 1} of scenario `{scenario.get('id')}` ({title}) allows {within}, "
                    f"beyond {period}, {_WHY}; {fix}",
                )
        for step_path, step in plan.items(*path, "escalation"):
            within = parse_duration(step.get("within"))
            if within is not None and within.minutes > period.minutes:
                yield plan.finding(
                    step_path + ("within",),
                    f"escalation {step_path[-1] + 1} of scenario `{scenario.get('id')}` ({title}) to "
                    f"`{step.get('to')}` allows {within}, beyond {period}, {_WHY}; {fix}",
                )


def _chain_total(plan: Plan, limit: dict) -> tuple[float, list[str]]:
    """Minutes from the start of the `after:` chain to the end of `limit`, and the steps (first first).

    Stops at a loop (PC103 reports it), a missing or malformed link.
    """
    total, chain, seen = 0.0, [], set()
    current: dict | None = limit
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        within: Duration | None = parse_duration(current.get("within"))
        if within is None:
            break
        total += within.minutes
        chain.insert(0, f"`{current.get('id')}` {within}")
        earlier = current.get("after")
        current = plan.by_id[earlier].item if isinstance(earlier, str) and plan.kind_of(earlier) == TIME_LIMIT else None
    if current is not None:  # back at a step already counted: a loop, no end to compute
        return 0.0, []
    return total, chain


def _days(minutes: float) -> str:
    days = minutes / (24 * 60)
    return f"{days:.0f}d" if days.is_integer() else f"{days:.1f}d"
