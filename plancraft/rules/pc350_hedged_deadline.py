"""A deadline is a commitment, not an aim: its wording does not hedge it.

Published procedures often soften their own deadlines: "we aim to resolve it within 15 business
days", "you'll usually get a response within 10 working days", "一般应当于3个工作日内反馈",
"原则上5个工作日内办结", "力争当日答复". Such a deadline binds nobody: a handler who misses it has
broken no rule, and a regulator reads it as no deadline at all. Where a statute or code sets the
period (FCA DISP 1.6.2AR for payment services, the Housing Ombudsman's Complaint Handling Code
6.3), the period is a requirement, not a target. Write the deadline as a duty, and put what
happens when it cannot be met (an extension, with its approval and a notice to the customer) in a
step or time limit of its own.

The rule reads the text of every time limit (`what`), and the text of every step and escalation
that has a `within` (`do`, `when`) when that text itself speaks of time (a number, "within",
"same day", 当日, 小时, 工作日, …). Hedges: "aim to", "usually", "normally", "generally",
"typically", "ordinarily", "where possible", "if possible", "endeavour", "strive to", "target",
"unless there are exceptional circumstances", and an open way out ("or advice when a reply will be
received", "revised time limits", 另行约定), an approximate period ("about 10 days", 大约3天,
15个工作日左右), an extension left open (适当延长, 酌情延长), a time that may be moved (可以提前或推延,
"may be postponed"); 一般情况下, 一般应/一般在/一般于/一般须/一般不超过,
原则上, 力争, 争取, 通常, 尽量在, 如无特殊情况, 特殊情况除外. "一般投诉" (an ordinary complaint) is not
a hedge, and words that hedge the outcome rather than the time ("try to calm the customer",
尽可能劝导) are left alone. A step that repeats, with the same `within`, a hedge already reported
at a time limit is not reported again. Also hedges, in a text that speaks of time: "where
appropriate", "try to … within", "expect to", 尽量, 尽可能, 视情况, 酌情. A step without `within` whose text speaks of
time and opens a way out of the deadline with no end ("we will try to agree revised time limits
with you", 另行约定, 请示领导延长办理期限 with no length, "extend the deadline") is reported too: the period
it replaces then binds nobody. A scenario's trigger that states a schedule (每周四上午9:30-11:30, "every
Thursday 9:30-11:30") and hedges it ("如遇特殊情况可以提前或推延") is reported at the trigger. A time limit whose
text gives its period as a range
("5-10个工作日", "5 to 10 working days") is reported too: nobody can tell which end applies. The
words are listed once, in `plancraft/rules/vocabulary.py`. A working principle that promises speed only as an
aim — a hedge followed, in the same clause, by a word of speed or time ("We aim to conclude our investigations
promptly", 力争第一时间处置) — is reported at the principle: it is the only timing the plan gives its work, and it
binds nobody. A hedge that governs something else in the sentence (争取最大支援, 及时沟通) is not one.

Passing::

    time_limits:
      - id: stage-1
        what: Send the stage 1 response
        within: 10wd
        from: acknowledgement of the complaint

Failing::

    time_limits:
      - id: stage-1
        what: You'll usually get a stage 1 response     # "usually": only an aim
        within: 10wd
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.rules.vocabulary import (
    CLAUSE_BREAK,
    EXTENSION_WITHOUT_LENGTH,
    HEDGES,
    IMMEDIATE,
    OPEN_EXTENSION,
    PERIOD_RANGE,
    SCHEDULE_WORDS,
    TIME_WORDS,
)

CODE = "PC350"
NAME = "hedged-deadline"
GROUP = "deadlines"
SEVERITY = Severity.WARNING
SUMMARY = 'A deadline\'s wording does not make it a mere aim ("usually", "aim to", 一般应当, 原则上, 力争)'
SOURCE = (
    'good practice; outside plans: Al Rayan Bank ("we aim to resolve"), Manchester City Council '
    '("usually"), a Yantai health centre ("一般应当"); FCA DISP 1.6.2AR and Housing Ombudsman '
    "Complaint Handling Code 6.3 state their periods as requirements"
)
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}

# The words live in rules/vocabulary.py (HEDGES, OPEN_EXTENSION, EXTENSION_WITHOUT_LENGTH, PERIOD_RANGE, SCHEDULE_WORDS,
# TIME_WORDS).


def hedge_in(text: object) -> str | None:
    """The first hedge in `text`, as written, or None."""
    if not isinstance(text, str):
        return None
    found = HEDGES.search(text)
    return found.group(0) if found else None


def range_in(text: object) -> str | None:
    """The first period given as a range in `text` ("5-10个工作日"), or None."""
    if not isinstance(text, str):
        return None
    found = PERIOD_RANGE.search(text)
    return found.group(0) if found else None


def hedged_speed(text: object) -> tuple[str, str] | None:
    """(hedge, speed) where a clause of `text` hedges a word of speed or time that follows it ("aim to …
    promptly"), or None."""
    if not isinstance(text, str):
        return None
    for clause in CLAUSE_BREAK.split(text):
        hedge = HEDGES.search(clause)
        if not hedge:
            continue
        speed = IMMEDIATE.search(clause, hedge.end()) or TIME_WORDS.search(clause, hedge.end())
        if speed:
            return hedge.group(0), speed.group(0)
    return None


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    reported: set[tuple[str, str]] = set()  # (hedge, within) of each time limit reported
    for path, principle in plan.items("principles"):
        for key in ("title", "text"):
            found = hedged_speed(principle.get(key))
            if found:
                yield plan.finding(
                    (*path, key),
                    _(
                        "principle {value} promises speed only as an aim (“{hedge} … {speed}”), so it binds nobody; state how soon as a duty in a time limit (`within`), and what happens when it cannot be met"
                    ).format(value=path[-1] + 1, hedge=found[0], speed=found[1]),
                )
                break
    for path, limit in plan.items("time_limits"):
        hedge = hedge_in(limit.get("what"))
        if hedge:
            reported.add((hedge.lower(), str(limit.get("within"))))
            yield plan.finding(
                (*path, "what"),
                _(
                    "time limit `{get}` is worded as an aim (“{hedge}”), so it binds nobody; state it as a duty and put what happens when it cannot be met (an extension, its approval and the notice to the customer) in a time limit of its own"
                ).format(get=limit.get("id"), hedge=hedge),
            )
            continue
        span = range_in(limit.get("what"))
        if span:
            yield plan.finding(
                (*path, "what"),
                _(
                    "time limit `{get}` gives a range (“{span}”) rather than one period, so nobody can tell when it is missed; state one period, and say in a time limit of its own which cases get longer"
                ).format(get=limit.get("id"), span=span),
            )
    for path, scenario in plan.items("scenarios"):
        triggers = scenario.get("triggers")
        for index, trigger in enumerate(triggers if isinstance(triggers, list) else []):
            hedge = hedge_in(trigger) if isinstance(trigger, str) and SCHEDULE_WORDS.search(trigger) else None
            if hedge:
                yield plan.finding(
                    (*path, "triggers", index),
                    _(
                        "trigger {value} of scenario `{get}` states when it happens and then lets that time move (“{hedge}”) with no limit; say in which cases it moves, how far, and how the people affected are told"
                    ).format(value=index + 1, get=scenario.get("id"), hedge=hedge),
                )
        for field, text_key in (("actions", "do"), ("escalation", "when")):
            for step_path, step in plan.items(*path, field):
                text = step.get(text_key)
                timed = step.get("within") and isinstance(text, str) and TIME_WORDS.search(text)
                hedge = hedge_in(text) if timed else None
                if hedge and (hedge.lower(), str(step.get("within"))) in reported:
                    continue  # the step repeats a time limit already reported: one fault, one finding
                if not hedge and field == "actions" and not step.get("within"):
                    said = " ".join(str(step.get(key) or "") for key in ("when", "do"))
                    way_out = (
                        OPEN_EXTENSION.search(said) or EXTENSION_WITHOUT_LENGTH.search(said) if TIME_WORDS.search(said) else None
                    )
                    if way_out:
                        yield plan.finding(
                            (*step_path, text_key),
                            _(
                                "step {value} of scenario `{get}` lets the deadline be replaced (“{hedge}”) with no limit, so the period it replaces binds nobody; give the extension a `within` (the longest it may take) and who approves it"
                            ).format(value=step_path[-1] + 1, get=scenario.get("id"), hedge=way_out.group(0)),
                        )
                    continue
                if hedge:
                    kind = _("step") if field == "actions" else _("escalation")
                    yield plan.finding(
                        (*step_path, text_key),
                        _(
                            "{kind} {value} of scenario `{get}` gives its time limit as an aim (“{hedge}”); state the `within` as a duty, and say in a step of its own what happens when it cannot be met"
                        ).format(kind=kind, value=step_path[-1] + 1, get=scenario.get("id"), hedge=hedge),
                    )
