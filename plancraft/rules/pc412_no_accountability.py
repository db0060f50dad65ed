"""The plan says who answers for failures.

Deadlines and duties bind only if missing them has consequences. The plan should say who
answers when mishandling makes a complaint worse, when a deadline is missed or when a complaint
is hidden from the statistics, and that a handler with a direct interest steps aside. ISO
10002:2018 counts accountability among the guiding principles of complaints handling. Write it in
`accountability`.

Passing::

    accountability:
      - 因处置不当激化矛盾的，视后果追究当事人、网点负责人和分管领导的责任
      - 与投诉事项有直接利害关系的经办人员应当回避

Failing::

    accountability: []   # nobody answers for anything
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan

CODE = "PC412"
NAME = "no-accountability"
GROUP = "management"
SEVERITY = Severity.WARNING
SUMMARY = "The plan says who answers for failures (accountability)"
SOURCE = "good practice; ISO 10002:2018, guiding principle of accountability"
CLAUSES = ("ISO 10002:2018 4",)
VERIFIED = False
DOUBT = "the guiding principles are clause 4 of ISO 10002:2018 as far as known; not confirmed, cited without it"
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    data = plan.data if isinstance(plan.data, dict) else {}
    if data.get("accountability"):
        return
    where = plan.section_anchor("accountability")
    yield plan.finding(
        where,
        _(
            "the plan says nothing about accountability; add `accountability` items: who answers when "
            "mishandling makes a complaint worse or a deadline is missed, and that a handler with a direct "
            "interest steps aside"
        ),
        at_key=True,
    )
