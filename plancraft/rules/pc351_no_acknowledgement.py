"""A UK complaint procedure acknowledges each complaint within a stated time.

UK complaint-handling rules make the acknowledgement a step of its own: a financial firm sends a
prompt written acknowledgement that says when the final response will come (FCA DISP 1.6.1R), and
a social landlord acknowledges, defines and logs a complaint within five working days at stage 1
and again when it is escalated to stage 2 (Housing Ombudsman Complaint Handling Code 6.2 and 6.11).
A procedure that goes straight from "we investigate" to "you will get a response" leaves the
complainant without a reference, a named contact or a date, and leaves the firm unable to show
that the clock was started.

The rule applies to plans whose `document.jurisdiction` is GB. It looks for a time limit, or a
step or escalation with a `within`, whose text speaks of acknowledging the complaint
("acknowledg…", "confirm receipt", "receipt … confirm"), or that is an acknowledgement in substance
without the word: the complainant is written to or told who deals with the complaint, its reference,
or when to expect a response ("We will write to you and inform you who is dealing with the complaint and
when you can next expect a response", within 2 working days).

Only a plan about complaints is judged (a complaint procedure, or a plan whose title, scope,
purpose, a level or a scenario says 投诉 or complaint): a bank's IT outage plan or an insurer's
disaster plan sets no complaint deadlines and grades no complaints.

Passing::

    document: {id: p, title: Complaints procedure, language: en, jurisdiction: GB}
    time_limits:
      - id: acknowledgement
        what: Acknowledge, define and log the complaint
        within: 5wd
        from: receipt of the complaint

Failing::

    document: {id: p, title: Complaints procedure, language: en, jurisdiction: GB}
    time_limits:                      # a response time, but no acknowledgement
      - id: stage-1-response
        what: Send the stage 1 response
        within: 10wd
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.rules.presence import is_complaint_plan
from plancraft.rules.vocabulary import ACKNOWLEDGE, ACKNOWLEDGE_IN_SUBSTANCE

CODE = "PC351"
NAME = "no-acknowledgement"
GROUP = "deadlines"
SEVERITY = Severity.WARNING
SUMMARY = "A UK (GB) complaint procedure has a time limit for acknowledging the complaint"
SOURCE = (
    "FCA DISP 1.6.1R (prompt written acknowledgement); Housing Ombudsman Complaint Handling Code 6.2 "
    "and 6.11 (acknowledge within five working days at stage 1 and stage 2); read in the primary texts "
    "(handbook.fca.org.uk DISP 1.6; housing-ombudsman.org.uk)"
)
CLAUSES = ("DISP 1.6.1R", "Complaint Handling Code 6.2", "Complaint Handling Code 6.11")
VERIFIED = True
JURISDICTIONS = ("GB",)
OPTIONS: dict[str, object] = {}

# The words live in rules/vocabulary.py (ACKNOWLEDGE).


def _timed_texts(plan: Plan) -> Iterator[str]:
    for _skip, limit in plan.items("time_limits"):
        yield str(limit.get("what") or "")
        yield str(limit.get("id") or "")  # a limit the plan calls `acknowledgement`
    for path, _skip in plan.items("scenarios"):
        for field, key in (("actions", "do"), ("escalation", "when")):
            for _skip, step in plan.items(*path, field):
                if step.get("within"):
                    yield str(step.get(key) or "")


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if plan.jurisdiction not in JURISDICTIONS or not is_complaint_plan(plan):
        return
    if any(ACKNOWLEDGE.search(text) or ACKNOWLEDGE_IN_SUBSTANCE.search(text) for text in _timed_texts(plan)):
        return
    yield plan.finding(
        plan.section_anchor("time_limits"),
        _(
            "the procedure never acknowledges a complaint within a stated time; add a time limit such as "
            "`{id: acknowledgement, what: Acknowledge the complaint and say when the response will come, "
            "within: 5wd, from: receipt of the complaint}` (FCA DISP 1.6.1R for financial firms; Housing "
            "Ombudsman Complaint Handling Code 6.2 and 6.11 for social landlords, at each stage)"
        ),
        at_key=True,
    )
