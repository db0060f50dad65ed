"""An approved plan says when it takes effect.

A final document carries its effective date (成文日期 / 施行日期); the first question in an
inspection is which version was in force on a given day, and that needs the day each version
took effect. An approved plan without `document.effective` cannot answer it, and
`plancraft render --final` refuses it. Write the date, or `effective: on-approval` when the
plan takes effect on the day it is approved (自批准之日起施行).

Passing::

    document: {id: p, title: 预案, effective: 2025-02-01}
    approvals:
      - {step: approved, name: 王五, role: president, date: 2025-01-20}

Failing::

    document: {id: p, title: 预案}                  # approved, but from when?
    approvals:
      - {step: approved, name: 王五, role: president, date: 2025-01-20}
"""

from __future__ import annotations

from collections.abc import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.history import effective_date
from plancraft.i18n import _
from plancraft.model import Plan, get

CODE = "PC614"
NAME = "approved-without-effective-date"
GROUP = "approvals"
SEVERITY = Severity.WARNING
SUMMARY = "An approved plan has document.effective (a date, or on-approval)"
SOURCE = "GB/T 29639-2020 附录C (approval and date on the cover); GB/T 9704-2012 (成文日期)"
CLAUSES = ("GB/T 29639-2020 附录C", "GB/T 9704-2012")
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    approved = [path for path, a in plan.items("approvals") if a.get("step") == "approved"]
    if not approved or effective_date(plan.data):
        return
    where = ("document", "effective") if get(plan.data, "document", "effective") is not None else ("document",)
    yield plan.finding(
        where,
        _(
            "the plan is approved but does not say when it takes effect; set document.effective "
            "to a date (or `on-approval`) — `render --final` needs it"
        ),
        at_key=where == ("document",),
    )
