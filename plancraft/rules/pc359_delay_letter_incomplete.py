"""A UK financial firm's letter for a late final response says what FCA DISP 1.6.2R asks of it.

By the end of eight weeks after it receives a complaint, a firm under the FCA's complaint rules must send
either a final response or a written response that explains why it is not yet in a position to give one,
says when it expects to, and tells the complainant that they may now refer the complaint to the Financial
Ombudsman Service (DISP 1.6.2R(2)). A published procedure that promises "we will write to you" when the
investigation runs late, and lists none of this, leaves the complainant without the reason, the date or the
right the rule gives them; for payment services and e-money the firm may take up to 35 business days only
"in exceptional circumstances" with a holding reply (DISP 1.6.2AR), so a procedure that allows the longer
period and never sends one has no such letter at all.

The rule judges GB plans of firms under DISP 1: a plan whose issuer, title, scope or purpose names a bank,
insurer or other FCA firm (as for the statutory period, PC304), or that sends complainants to the Financial
Ombudsman Service. It reads:

- each step of a scenario that writes to the complainant (write, letter, inform, advise, update, …) when
  the final response is late (its `when` or `do` speaks of a delay, a longer investigation, being unable to
  complete or issue the response, exceptional circumstances, a holding letter; a delay in receiving information
  from the complainant, or one caused by a third party, is not one). Its `do` must say that the
  letter explains why (reason, why, explain) and when the final response is expected (when we…, expect,
  anticipate, a date). For the eight-week letter it must also tell the complainant of the Financial
  Ombudsman Service, unless the plan's escalation to the Ombudsman already opens once the period has passed
  ("unresolved after 8 weeks"). A holding reply counted in business or working days (payment services,
  DISP 1.6.2AR) is asked only for the date: the wording of that rule's holding reply was not read in a
  primary text, so the reasons are not asked of it;
- a time limit for the final response in a delay or in exceptional circumstances (not the complainant's
  own, `party: customer`) when no step or time limit writes to the complainant about the delay: one finding
  at that time limit;
- a procedure with no such letter and no such time limit whose way to the Financial Ombudsman Service opens
  only after the firm's response ("if you are not happy with our final response"): nothing tells the
  complainant that eight weeks without a final response already open it. Told counts an escalation to the
  Ombudsman whose `when` says time has passed ("unresolved after 8 weeks", "15 business days have passed")
  or any text naming the Ombudsman that says so. One finding, at the escalation to the Ombudsman.

One finding per letter, naming everything it lacks. The words are in `plancraft/rules/vocabulary.py`.

Passing::

    document: {id: p, title: Complaints, type: complaint-procedure, language: en, jurisdiction: GB}
    scenarios:
      - id: complaint
        title: Handling your complaint
        actions:
          - when: If we cannot complete our investigation within 8 weeks
            do: >-
              We will write to you explaining why, telling you when we expect to give our final response
              and that you may refer your complaint to the Financial Ombudsman Service now
            within: 8w
    external:
      - {id: fos, name: Financial Ombudsman Service, phone: "0800 023 4567"}

Failing::

    document: {id: p, title: Complaints, type: complaint-procedure, language: en, jurisdiction: GB}
    scenarios:
      - id: complaint
        title: Handling your complaint
        actions:
          - when: If we have been unable to complete our investigation
            do: We will write to you        # why? until when? the Ombudsman?
    external:
      - {id: fos, name: Financial Ombudsman Service, phone: "0800 023 4567"}
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _, pgettext
from plancraft.model import Plan
from plancraft.rules.helpers import prose
from plancraft.rules.presence import is_complaint_plan
from plancraft.rules.statutory import fos_anchor, fos_escalations, under_disp
from plancraft.rules.vocabulary import (
    ACKNOWLEDGE,
    DELAY_CASE,
    DELAY_REASONS,
    EXPECTED_WHEN,
    OMBUDSMAN_NAMED,
    OTHERS_DELAY,
    TIME_PASSED,
    WRITES_TO_COMPLAINANT,
)

CODE = "PC359"
NAME = "delay-letter-incomplete"
GROUP = "deadlines"
SEVERITY = Severity.WARNING
SUMMARY = (
    "A UK financial firm's letter for a late final response explains why, says when, and names the Financial Ombudsman Service"
)
SOURCE = (
    "FCA DISP 1.6.2R(2) (read in the primary text, handbook.fca.org.uk DISP 1.6: a written response that explains "
    "why no final response yet, indicates when one is expected, and tells the complainant they may now refer the "
    "complaint to the Financial Ombudsman Service); DISP 1.6.2AR (payment services: 35 business days in "
    "exceptional circumstances with a holding reply; its wording not read in a primary text, so only the date "
    "is asked of that reply)"
)
CLAUSES = ("DISP 1.6.2R", "DISP 1.6.2AR")
VERIFIED = True
JURISDICTIONS = ("GB",)
OPTIONS: dict[str, object] = {}

_BUSINESS_DAYS = ("wd", "business day", "working day")


def _delay_letter(step: dict) -> bool:
    said = f"{step.get('when') or ''} {step.get('do') or ''}"
    do = step.get("do")
    return (
        isinstance(do, str)
        and bool(DELAY_CASE.search(OTHERS_DELAY.sub("", said)))
        and bool(WRITES_TO_COMPLAINANT.search(do))
        and not ACKNOWLEDGE.search(do)
    )


def _in_business_days(step: dict) -> bool:
    said = f"{step.get('within') or ''} {step.get('when') or ''} {step.get('do') or ''}".lower()
    return any(word in said for word in _BUSINESS_DAYS)


def _escalation_opens_with_time(plan: Plan) -> bool:
    """True when an escalation to the Financial Ombudsman Service opens once time has passed, or a text that
    names the Ombudsman says so ("if we have not resolved it within 8 weeks you may refer it to the FOS")."""
    if any(TIME_PASSED.search(str(step.get("when") or "")) for _path, step in fos_escalations(plan)):
        return True
    return any(OMBUDSMAN_NAMED.search(text) and TIME_PASSED.search(text) for _path, text in prose(plan))


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if not under_disp(plan) or not is_complaint_plan(plan):
        return
    told_by_escalation = _escalation_opens_with_time(plan)
    letters = 0
    for path, scenario in plan.items("scenarios"):
        for step_path, step in plan.items(*path, "actions"):
            if not _delay_letter(step):
                continue
            letters += 1
            do = step["do"]
            missing = []
            business_days = _in_business_days(step)
            if not business_days and not DELAY_REASONS.search(do):
                missing.append(_("why there is no final response yet"))
            if not EXPECTED_WHEN.search(do):
                missing.append(_("when the final response is expected"))
            if not business_days and not told_by_escalation and not OMBUDSMAN_NAMED.search(do):
                missing.append(_("that the complainant may now refer the complaint to the Financial Ombudsman Service"))
            if missing:
                yield plan.finding(
                    (*step_path, "do"),
                    _(
                        "step {value} of scenario `{get}` writes to the complainant when the final response is late "
                        "but does not say {missing}; a firm under FCA DISP 1.6.2R must tell them why, when to expect "
                        "it, and that they may go to the Financial Ombudsman Service now"
                    ).format(
                        value=step_path[-1] + 1,
                        get=scenario.get("id"),
                        missing=pgettext("list separator", ", ").join(missing),
                    ),
                )
    for _path, limit in plan.items("time_limits"):
        what = limit.get("what")
        if isinstance(what, str) and DELAY_CASE.search(what) and WRITES_TO_COMPLAINANT.search(what):
            letters += 1
    if letters:
        return
    for path, limit in plan.items("time_limits"):
        what = limit.get("what")
        if limit.get("party") == "customer" or not isinstance(what, str) or not DELAY_CASE.search(what):
            continue
        yield plan.finding(
            (*path, "what"),
            _(
                "time limit `{get}` allows longer for a delayed final response, but the procedure never writes to the "
                "complainant about the delay; add a step that sends a holding letter giving the reason and the date of "
                "the final response (FCA DISP 1.6.2R and 1.6.2AR)"
            ).format(get=limit.get("id")),
        )
        return
    anchor = fos_anchor(plan)
    if anchor is not None and not told_by_escalation:
        yield plan.finding(
            anchor,
            _(
                "the procedure sends complainants to the Financial Ombudsman Service only after its response, and never "
                "says what happens when eight weeks pass without a final response; say that the firm then writes to "
                "explain why and when, and that the complainant may go to the Ombudsman at once (FCA DISP 1.6.2R)"
            ),
        )
