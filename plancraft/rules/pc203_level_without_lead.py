"""Every response level names who leads the response (`lead`).

When an event is graded at a level, one person takes command: the branch head for an ordinary
complaint, the president for a violent one. A level without a lead leaves that decision to be
made on the day, exactly when there is no time for it. GB/T 29639-2020 6.2 asks the plan to
assign the response to named posts.

Passing::

    levels:
      - {id: severe, name: 重大投诉, lead: president}

Failing::

    levels:
      - {id: severe, name: 重大投诉}          # who takes command?
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan

CODE = "PC203"
NAME = "level-without-lead"
GROUP = "levels"
SEVERITY = Severity.WARNING
SUMMARY = "Every response level has a lead"
SOURCE = "GB/T 29639-2020 6.2 (organisation and duties)"
CLAUSES = ("GB/T 29639-2020 6.2",)
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    for path, level in plan.items("levels"):
        if isinstance(level.get("lead"), str):
            continue
        ident = level.get("id")
        yield plan.finding(
            path + ("lead",) if "lead" in level else path,
            _("level `{ident}` ({name}) has no lead; name the role that leads the response at this level with `lead:`").format(
                ident=ident, name=plan.name_of(str(ident))
            ),
            at_key=True,
        )
