"""A step that acknowledges a complaint says how soon.

The acknowledgement tells the complainant that the complaint arrived, who has it and when the
answer will come; it also starts the clock the organisation's other deadlines count from. Its
value is in being prompt, so a procedure that says "we will send you an acknowledgement" without a
time has promised nothing a complainant can hold it to: FCA DISP 1.6.1R asks for a prompt written
acknowledgement, the Housing Ombudsman's Complaint Handling Code 6.2 for one within five working
days.

Reported is each step of a complaint plan whose text acknowledges the complaint (acknowledge,
confirm receipt, 回执, 确认收到, 告知受理, …; the words are in `plancraft/rules/vocabulary.py`) and
that has no `within`, when neither its `do` nor its `when` names a time itself and no other step
of the same scenario acknowledges with a `within` (a sentence that qualifies a timed acknowledgement
is not a second one), and no time limit gives the acknowledgement its time (`{id: acknowledgement, what:
Acknowledge the complaint, within: 3wd}`: the steps then say what is done, the time limit how soon; a time
limit for one stage's acknowledgement, "at stage 2", times that stage only). PC351 reports a UK procedure that never acknowledges within a stated time
at all.

Passing::

    document: {id: p, title: Complaints procedure, type: complaint-procedure, language: en}
    scenarios:
      - id: receipt
        title: Receiving a complaint
        actions:
          - {do: Send you an acknowledgement, explaining when to expect the final response, within: 3wd}

Failing::

    document: {id: p, title: Complaints procedure, type: complaint-procedure, language: en}
    scenarios:
      - id: receipt
        title: Receiving a complaint
        actions:
          - {do: Send you an acknowledgement, explaining when to expect the final response}   # when?
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.rules.presence import is_complaint_plan
from plancraft.rules.vocabulary import ACKNOWLEDGE, DEADLINE_OTHER_EVENT, TIME_WORDS

CODE = "PC353"
NAME = "acknowledgement-without-time"
GROUP = "deadlines"
SEVERITY = Severity.WARNING
SUMMARY = "A step that acknowledges a complaint has a `within`"
SOURCE = (
    "FCA DISP 1.6.1R (prompt written acknowledgement); Housing Ombudsman Complaint Handling Code 6.2 "
    "(acknowledge within five working days); ISO 10002:2018 (acknowledgement of complaints); held-out "
    "plans: The Highland Council"
)
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if not is_complaint_plan(plan):
        return
    for _path, limit in plan.items("time_limits"):
        said = f"{limit.get('id') or ''} {limit.get('what') or ''}"
        if limit.get("within") and ACKNOWLEDGE.search(said) and not DEADLINE_OTHER_EVENT.search(said):
            return  # the acknowledgement's time is given once, in the time limits, for every scenario (not one stage's)
    for path, scenario in plan.items("scenarios"):
        steps = [
            (step_path, step)
            for step_path, step in plan.items(*path, "actions")
            if isinstance(step.get("do"), str) and ACKNOWLEDGE.search(step["do"])
        ]
        if any(step.get("within") for _path, step in steps):
            continue  # the scenario's acknowledgement is timed; its other sentences about it are not
        for step_path, step in steps:
            text = step["do"]
            if TIME_WORDS.search(text) or TIME_WORDS.search(str(step.get("when") or "")):
                continue
            yield plan.finding(
                (*step_path, "do"),
                _(
                    "step {value} of scenario `{get}` acknowledges the complaint but says not how soon; add a `within` "
                    "(e.g. `within: 3wd`) so that the complainant knows when to expect it and the other deadlines have "
                    "a start"
                ).format(value=step_path[-1] + 1, get=scenario.get("id")),
            )
