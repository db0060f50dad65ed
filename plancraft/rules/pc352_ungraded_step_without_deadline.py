"""In a plan without response levels, every step and escalation to a role or group has a time.

PC305 asks for a `within` on every step above the lowest level and leaves the lowest level's
on-the-spot steps to judgement. A plan with no levels (or only one) gives PC305 nothing to judge,
although its single procedure is the whole response: a published complaint procedure that says
"we collect evidence", "a senior manager will look at your complaint", "登记、调查核实、报告主管领导"
without saying how long each may take leaves the complainant and the handler without a date.
This rule asks such a plan for a `within` on each step and on each escalation to a role or group,
in one finding per scenario that lists the untimed steps (each step is a related location).

Steps whose text says to act at once (立即, 及时, immediately, promptly, …) are PC308's; a plan with no
time limit anywhere is PC306's; escalations to external parties are exempt, as in PC305.

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
from plancraft.model import Plan
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
    if len(levels) >= 2 or not has_deadline(plan):
        return
    for path, scenario in plan.items("scenarios"):
        untimed = untimed_steps(plan, path)
        if not untimed:
            continue
        count = ngettext("{count} step", "{count} steps", len(untimed)).format(count=len(untimed))
        yield plan.finding(
            path,
            _(
                "scenario `{get}` ({value}) gives no time limit for {count} ({items}); the plan has no response levels, so this procedure is the whole response: give each step and escalation a `within` (e.g. `within: 5wd`) so that the complainant and the handler know when it is due"
            ).format(
                get=scenario.get("id"),
                value=scenario.get("title") or scenario.get("id"),
                count=count,
                items=pgettext("list separator", "; ").join(text for _step, text in untimed),
            ),
            at_key=True,
            related=tuple(untimed),
        )
