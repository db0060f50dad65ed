"""Every response level says who must be told (`notify`).

Information reporting is part of every response: the office that keeps the complaint register,
the president, the upper office, the police. A level that notifies nobody lets a serious case be
handled — or mishandled — without anyone above knowing. GB/T 29639-2020 6.3.1 asks the plan to
set out information reporting.

The lowest of two or more levels is not asked when its name says it is the ordinary complaint
(一般投诉, 普通投诉, "ordinary complaint"): handled and answered in the course of business, it is not
an emergency response, and nobody above needs telling of each one.

Passing::

    levels:
      - {id: severe, name: 重大投诉, lead: president, notify: [leading-group, police]}

Failing::

    levels:
      - {id: severe, name: 重大投诉, lead: president}      # who is told?
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import EMERGENCY_PLAN, Plan
from plancraft.rules.helpers import ordinary_complaint_level

CODE = "PC204"
NAME = "level-without-notify"
GROUP = "levels"
SEVERITY = Severity.WARNING
SUMMARY = "Every response level says who is notified"
SOURCE = "GB/T 29639-2020 6.3.1 (information reporting)"
CLAUSES = ("GB/T 29639-2020 6.3.1",)
VERIFIED = True
DOCUMENT_TYPES = (
    EMERGENCY_PLAN,
)  # who is told when a response level is reached is emergency information reporting (GB/T 29639-2020 6.3.1); a complaint procedure's categories or stages need nobody told
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    ordinary = ordinary_complaint_level(plan)
    for path, level in plan.items("levels"):
        if ordinary is not None and level.get("id") == ordinary:
            continue  # the ordinary complaint, ended by its reply: not an emergency response
        notify = level.get("notify")
        if isinstance(notify, list) and notify:
            continue
        ident = level.get("id")
        yield plan.finding(
            path + ("notify",) if "notify" in level else path,
            _(
                "level `{ident}` ({name}) notifies nobody; list under `notify:` the roles, groups or external parties that must be told when an event reaches this level"
            ).format(ident=ident, name=plan.name_of(str(ident))),
            at_key=True,
        )
