"""One deadline, one period: two texts of a procedure do not give the same deadline different periods.

A procedure often states a deadline twice: in the chapter on time limits and again in the steps, or
in two articles written at different times. When the two say different periods for the same event —
the final response within 15 working days here, within 8 weeks there — and nothing separates the
cases they apply to, the complainant is told two things and the handler may pick the longer. The
fix is to state the deadline once, or to say which cases each period is for.

Two deadlines are the same when their texts name the same event: the final response or decision
(final response, full response, decision, 处理决定, 处理结果, 办结, 处理完毕, 最终答复, 书面答复; a 处理意见
only when it goes to the complainant, 向投诉人反馈处理意见, not when a department 提出处理意见) or the
acknowledgement (acknowledge, 确认收到, 回执, 告知受理), or the first response (首次响应, 初步答复, "an initial
response"). Compared are the time limits with each other,
the steps of one scenario with each other, and the steps with the time limits (when the plan has
several scenarios, each scenario is a case of its own; a scenario of another stage, a review or an
appeal is not compared with the time limits). They conflict when their `within` differ and either

- neither says which cases it is for, or
- one applies to every case (it says "every complaint", 所有投诉, or names no case) and the other,
  which names a case ("for any other complaint", "payment services", 复杂的投诉), allows longer: the
  promise to every complainant is then broken for that case. (A named case that is answered faster
  than the rule for every case keeps both promises.)

Not compared: an extension or a fall-back (exceptional circumstances, longer, unable to, 延长, 延期,
特殊情况, 不能, 无法), another stage (stage 2, a review or appeal, 复核, 二级) or a report to someone else
(报送处理结果), a time limit with `after` (it starts when another ends), a customer's own
window (`party: customer`), and two time limits whose `from` name different starts. A step's `when`
names the case it is for. One finding per event, at the second deadline's `within`, with the first as a
related location. The words are listed once, in `plancraft/rules/vocabulary.py`.

The same period can also be written twice with two different starts: "a final response within 8 weeks of
receipt of your complaint" and "if your complaint remains unresolved after 8 weeks of initially telling us".
One counts from the organisation's receipt, the other from the complainant's own act of complaining (telling
us, the date of your complaint, when you first complained); the days between (the post, a weekend, a
misrouted e-mail) are the complainant's to lose. Read are the `from` of every time limit (not the
complainant's own, `party: customer`) and every period written with its start in a step's `do` or `when`
or an escalation's `when` ("8 weeks of …", "15 working days from …"). One finding per period, at the text
whose start differs from the first one's, with that one as a related location.

Passing::

    time_limits:
      - {id: ordinary, what: 一般投诉作出处理决定, within: 15d}
      - {id: complex, what: 情况复杂的投诉延长后作出处理决定, within: 30d}
      - {id: payment, what: Final response to a payment services complaint, within: 15wd}

Failing::

    time_limits:
      - {id: final, what: Final response to every complaint, within: 15wd}
      - {id: other, what: Final response letter for any other complaint, within: 8w}   # 8 weeks or 15 days?
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.durations import parse_duration
from plancraft.i18n import _
from plancraft.model import Plan, get
from plancraft.rules.vocabulary import (
    ACKNOWLEDGE,
    DEADLINE_CASE,
    DEADLINE_EVERY,
    DEADLINE_EXTENSION,
    DEADLINE_OTHER_EVENT,
    FINAL_RESPONSE,
    FIRST_RESPONSE,
    PERIOD_WITH_START,
    START_COMPLAINANT,
    START_RECEIPT,
)

CODE = "PC355"
NAME = "conflicting-deadlines"
GROUP = "deadlines"
SEVERITY = Severity.WARNING
SUMMARY = "Two texts do not give the same deadline (final response, acknowledgement, first response) different periods"
SOURCE = "good practice; second held-out set: an e-money firm's two articles (15 working days and 8 weeks for the final response)"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}

_FINAL, _ACK, _FIRST = "final", "acknowledgement", "first"
_EVERY, _CASE, _PLAIN = "every", "case", "plain"


def _event(text: str) -> str | None:
    if DEADLINE_OTHER_EVENT.search(text):
        return None
    if ACKNOWLEDGE.search(text):
        return _ACK
    if FIRST_RESPONSE.search(text):
        return _FIRST
    if FINAL_RESPONSE.search(text):
        return _FINAL
    return None


def _reach(text: str, condition: str) -> str | None:
    """Whom a deadline is for: every case, a named case, or (plain) nobody said; None for an extension."""
    if DEADLINE_EXTENSION.search(text) or DEADLINE_EXTENSION.search(condition):
        return None
    if DEADLINE_EVERY.search(text):
        return _EVERY
    if condition or DEADLINE_CASE.search(text):
        return _CASE
    return _PLAIN


def _conflict(first: tuple, second: tuple) -> bool:
    (_p1, reach1, within1, start1), (_p2, reach2, within2, start2) = first, second
    if within1.minutes == within2.minutes or (start1 and start2 and start1 != start2):
        return False
    if reach1 != _CASE and reach2 != _CASE:
        return True  # neither names a case: two periods for every complaint
    if reach1 == _CASE and reach2 == _CASE:
        return False  # two cases, two periods
    general, case = (within1, within2) if reach2 == _CASE else (within2, within1)
    return case.minutes > general.minutes  # the named case gets longer than every case was promised


def _deadlines(plan: Plan) -> Iterator[list[tuple]]:
    """The comparable deadlines: the time limits, then the steps of each scenario together with the time limits
    (a time limit binds every scenario; when the plan has several scenarios, each is a case of its own)."""
    limits = []
    for path, limit in plan.items("time_limits"):
        text, within = limit.get("what"), parse_duration(limit.get("within"))
        if not isinstance(text, str) or within is None or limit.get("after") or limit.get("party") == "customer":
            continue
        limits.append((path, text, "", within, str(limit.get("from") or "").strip()))
    yield limits
    scenarios = [(path, scenario) for path, scenario in plan.items("scenarios") if scenario.get("actions")]
    for scenario_path, scenario in scenarios:
        title = str(scenario.get("title") or scenario.get("id"))
        case = title if len(scenarios) > 1 else ""
        steps = []
        for path, step in plan.items(*scenario_path, "actions"):
            text, within = step.get("do"), parse_duration(step.get("within"))
            if isinstance(text, str) and within is not None:
                steps.append((path, text, " ".join(filter(None, (case, str(step.get("when") or "")))), within, ""))
        yield steps
        if not DEADLINE_OTHER_EVENT.search(title):  # a stage's or a review's reply is not the time limits' event
            yield limits + steps


def _name(plan: Plan, path: tuple) -> str:
    if path[0] == "time_limits":
        return _("time limit `{ident}`").format(ident=get(plan.data, *path[:2], "id"))
    if "escalation" in path:
        return _("escalation {value} of scenario `{get}`").format(value=path[3] + 1, get=get(plan.data, *path[:2], "id"))
    return _("step {value}").format(value=path[path.index("actions") + 1] + 1 if "actions" in path else path[-1] + 1)


_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "ten": 10}
_NUMBERS |= {"twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "thirty-five": 35}
_UNITS = {"week": "w", "working day": "wd", "business day": "wd", "calendar day": "d", "day": "d", "month": "mo"}


def _start_kind(text: str) -> str | None:
    if START_RECEIPT.search(text):
        return "receipt"
    if START_COMPLAINANT.search(text):
        return "complainant"
    return None


def _starts(plan: Plan) -> Iterator[tuple]:
    """(minutes, kind of start, path, start as written) of each period the plan gives a start to."""
    for path, limit in plan.items("time_limits"):
        within, start = parse_duration(limit.get("within")), str(limit.get("from") or "").strip()
        kind = _start_kind(start) if start and limit.get("party") != "customer" else None
        if within is not None and kind:
            yield within.minutes, kind, (*path, "from"), start
    for scenario_path, _scenario in plan.items("scenarios"):
        for field, keys in (("actions", ("do", "when")), ("escalation", ("when",))):
            for step_path, step in plan.items(*scenario_path, field):
                for key in keys:
                    text = step.get(key)
                    for found in PERIOD_WITH_START.finditer(text if isinstance(text, str) else ""):
                        number = found.group(1).lower()
                        count = int(number) if number.isdigit() else _NUMBERS[number]
                        within = parse_duration(f"{count}{_UNITS[found.group(2).lower().rstrip('s')]}")
                        kind = _start_kind(found.group(3))
                        if within is not None and kind:
                            yield within.minutes, kind, (*step_path, key), found.group(0)


def _two_starts(plan: Plan) -> Iterator[Finding]:
    first_of: dict[int, tuple] = {}
    reported: set[int] = set()
    for minutes, kind, path, said in _starts(plan):
        first = first_of.setdefault(minutes, (kind, path, said))
        if first[0] == kind or minutes in reported:
            continue
        reported.add(minutes)
        yield plan.finding(
            path,
            _(
                "{second} gives a period as “{said}”, {first} the same period as “{other}”: one counts from the receipt "
                "of the complaint, the other from when the complainant made it; say one start for the period"
            ).format(second=_name(plan, path), said=said, first=_name(plan, first[1]), other=first[2]),
            related=((first[1], _("the other start: {first}").format(first=_name(plan, first[1]))),),
        )


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    yield from _two_starts(plan)
    reported: set[str] = set()
    judged: dict[tuple[str, str], tuple] = {}  # the time limits come round with every scenario: read once
    for group in _deadlines(plan):
        seen: dict[str, list[tuple]] = {}
        for path, text, condition, within, start in group:
            if (text, condition) not in judged:
                event = _event(text)
                judged[text, condition] = (event, _reach(text, condition) if event else None)
            event, reach = judged[text, condition]
            if event is None or reach is None or event in reported:
                continue
            here = (path, reach, within, start)
            earlier = next((item for item in seen.get(event, []) if _conflict(item, here)), None)
            seen.setdefault(event, []).append(here)
            if earlier is None:
                continue
            reported.add(event)
            first, second = _name(plan, earlier[0]), _name(plan, path)
            yield plan.finding(
                (*path, "within"),
                _(
                    "{second} gives the {event} {within}, but {first} gives it {other}, and the texts do not separate "
                    "the cases each is for; state the deadline once, or say in each which complaints it applies to"
                ).format(
                    second=second,
                    first=first,
                    event={_FINAL: _("final response"), _ACK: _("acknowledgement"), _FIRST: _("first response")}[event],
                    within=get(plan.data, *path, "within"),
                    other=get(plan.data, *earlier[0], "within"),
                ),
                related=(((*earlier[0], "within"), _("the other period: {first}").format(first=first)),),
            )
