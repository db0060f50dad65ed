"""In a plan without response levels, every step and escalation to a role or group has a time.

PC305 asks for a `within` on every step above the lowest level and leaves the lowest level's
on-the-spot steps to judgement. A plan with no levels (or only one) gives PC305 nothing to judge,
although its single procedure is the whole response: a published complaint procedure that says
"we collect evidence", "a senior manager will look at your complaint", "登记、调查核实、报告主管领导"
without saying how long each may take leaves the complainant and the handler without a date.
This rule asks such a plan for a `within` on each step and on each escalation to a role or group,
in one finding per scenario that lists the untimed steps (each step is a related location). The
same holds in a complaint procedure with levels for a scenario that belongs to no level (no
`level`): a procedure common to every level — a complaint's assessment and investigation,
whatever its grade — is the response at the highest level too, and PC305, which judges scenarios
by their level, never sees it. (An emergency plan's scenarios without a level are special cases —
an aggressive customer, a media enquiry — handled on the spot, left to judgement as PC305 leaves
the lowest level's.) A step that only says what the complainant provides ("提供以下信息资料") is
the complainant's part and is not asked for a time.

Steps whose text says to act at once (立即, 及时, immediately, promptly, …) are PC308's; a plan with no
time limit anywhere is PC306's; escalations to external parties are exempt, as in PC305. A step done with
the complainant still there (当场解决, "on the spot") is timed by their presence, and a step that takes the
complaint in (受理投诉, 填写《投诉受理登记表》, "log the complaint") before a timed step is bounded by it: it
happens as the complaint arrives, before the first response that confirms it.

Passing::

    levels: []
    scenarios:
      - id: stage-1
        title: Stage 1
        actions:
          - {do: Acknowledge and log the complaint, within: 5wd}
          - {do: Send the stage 1 response, within: 10wd}

Failing::

    levels: []
    scenarios:
      - id: stage-1
        title: Stage 1
        actions:
          - {do: We collect evidence and speak to everyone involved}   # how long?
          - {do: Send the stage 1 response, within: 10wd}
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _, ngettext, pgettext
from plancraft.model import COMPLAINT_PROCEDURE, Plan
from plancraft.rules.presence import has_deadline, untimed_steps

CODE = "PC352"
NAME = "ungraded-step-without-deadline"
GROUP = "deadlines"
SEVERITY = Severity.WARNING
SUMMARY = "In a plan with fewer than two levels, every step and escalation to a role or group has a `within`"
SOURCE = (
    "good practice (PC305's rule for a plan that has no levels to judge by); outside plans: Manchester "
    "City Council, Al Rayan Bank and a hospital's published procedure give steps without times"
)
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    levels = [item for _, item in plan.items("levels")]
    if not has_deadline(plan):
        return
    graded = len(levels) >= 2
    if graded and plan.document_type != COMPLAINT_PROCEDURE:
        return  # an emergency plan's scenarios without a level are special cases handled on the spot (PC305's judgement)
    for path, scenario in plan.items("scenarios"):
        if graded and scenario.get("level") not in (None, ""):
            continue  # a scenario at a level is PC305's
        untimed = untimed_steps(plan, path)
        if not untimed:
            continue
        count = ngettext("{count} step", "{count} steps", len(untimed)).format(count=len(untimed))
        if graded:
            message = _(
                "scenario `{get}` ({value}) gives no time limit for {count} ({items}); it belongs to no response level, so it applies at every level, the highest included: give each step and escalation a `within` (e.g. `within: 5wd`) so that the complainant and the handler know when it is due"
            )
        else:
            message = _(
                "scenario `{get}` ({value}) gives no time limit for {count} ({items}); the plan has no response levels, so this procedure is the whole response: give each step and escalation a `within` (e.g. `within: 5wd`) so that the complainant and the handler know when it is due"
            )
        yield plan.finding(
            path,
            message.format(
                get=scenario.get("id"),
                value=scenario.get("title") or scenario.get("id"),
                count=count,
                items=pgettext("list separator", "; ").join(text for _step, text in untimed),
            ),
            at_key=True,
            related=tuple(untimed),
        )
