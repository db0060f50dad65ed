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
"typically", "where possible", "endeavour", "target"; 一般应/一般在/一般于/一般须/一般不超过,
原则上, 力争, 争取, 通常. "一般投诉" (an ordinary complaint) is not a hedge, and words that hedge
the outcome rather than the time ("try to calm the customer", 尽可能劝导) are left alone.

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

import re
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.model import Plan

CODE = "PC350"
NAME = "hedged-deadline"
GROUP = "deadlines"
SEVERITY = Severity.WARNING
SUMMARY = "A deadline's wording does not make it a mere aim (\"usually\", \"aim to\", 一般应当, 原则上, 力争)"
SOURCE = (
    "good practice; outside plans: Al Rayan Bank (\"we aim to resolve\"), Manchester City Council "
    "(\"usually\"), a Yantai health centre (\"一般应当\"); FCA DISP 1.6.2AR and Housing Ombudsman "
    "Complaint Handling Code 6.3 state their periods as requirements"
)
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}

HEDGES = re.compile(
    r"\b(?:aims? to|usually|normally|generally|typically|where possible|endeavou?r|target(?:s|ed)?)\b"
    r"|一般(?:应|在|于|须|不超过|可)|原则上|力争|争取|通常",
    re.IGNORECASE,
)


# A step's text that speaks of time: only then can its hedge be about the deadline.
TIME_WORDS = re.compile(r"\d|\bwithin\b|\bsame day\b|\bhours?\b|\bdays?\b|当日|当天|小时|分钟|工作日|日内|天内|时内", re.IGNORECASE)


def hedge_in(text: object) -> str | None:
    """The first hedge in `text`, as written, or None."""
    if not isinstance(text, str):
        return None
    found = HEDGES.search(text)
    return found.group(0) if found else None


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    for path, limit in plan.items("time_limits"):
        hedge = hedge_in(limit.get("what"))
        if hedge:
            yield plan.finding(
                (*path, "what"),
                f"time limit `{limit.get('id')}` is worded as an aim (“{hedge}”), so it binds nobody; "
                f"state it as a duty and put what happens when it cannot be met (an extension, its "
                f"approval and the notice to the customer) in a time limit of its own",
            )
    for path, scenario in plan.items("scenarios"):
        for field, text_key in (("actions", "do"), ("escalation", "when")):
            for step_path, step in plan.items(*path, field):
                text = step.get(text_key)
                timed = step.get("within") and isinstance(text, str) and TIME_WORDS.search(text)
                hedge = hedge_in(text) if timed else None
                if hedge:
                    kind = "step" if field == "actions" else "escalation"
                    yield plan.finding(
                        (*step_path, text_key),
                        f"{kind} {step_path[-1] + 1} of scenario `{scenario.get('id')}` gives its time "
                        f"limit as an aim (“{hedge}”); state the `within` as a duty, and say in a "
                        f"step of its own what happens when it cannot be met",
                    )
