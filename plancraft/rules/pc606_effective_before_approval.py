"""The plan takes effect on or after its final approval.

`document.effective` earlier than the `approved` step says the plan was in force before
anyone with the authority approved it — either the date is wrong or the plan was issued
unapproved. The final approval is the latest-dated `approved` step. The same holds for each
earlier version kept in `history`: its `effective` date is not before its own approval.
(`effective: on-approval` takes effect on the approval date and always passes; an approved
plan with no effective date at all is PC614.)

Passing::

    document: {id: p, title: 预案, effective: 2025-02-01}
    approvals:
      - {step: approved, name: 王五, role: president, date: 2025-01-20}

Failing::

    document: {id: p, title: 预案, effective: 2025-01-01}   # before the approval
    approvals:
      - {step: approved, name: 王五, role: president, date: 2025-01-20}
"""

from __future__ import annotations

import re
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan, get

CODE = "PC606"
NAME = "effective-before-approval"
GROUP = "approvals"
SEVERITY = Severity.ERROR
SUMMARY = "document.effective (and each history entry's effective date) is on or after its approval"
SOURCE = "GB/T 29639-2020 附录C (approval and date on the cover); standards.md, sign-off gaps"
CLAUSES = ("GB/T 29639-2020 附录C",)
VERIFIED = True
OPTIONS: dict[str, object] = {}

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    effective = str(get(plan.data, "document", "effective"))
    approved = [a for _, a in plan.items("approvals") if a.get("step") == "approved" and _DATE.match(str(a.get("date")))]
    final = max(approved, key=lambda a: str(a["date"])) if approved else None
    if final is not None and _DATE.match(effective) and effective < str(final["date"]):
        yield plan.finding(
            ("document", "effective"),
            _(
                "the plan takes effect on {effective}, before it was approved by {get} on {date}; set `effective` to {date} or later"
            ).format(effective=effective, get=final.get("name", "?"), date=final["date"]),
        )
    for path, entry in plan.items("history"):
        effective = str(entry.get("effective"))
        approved = [
            a
            for a in entry.get("approvals") or []
            if isinstance(a, dict) and a.get("step") == "approved" and _DATE.match(str(a.get("date")))
        ]
        if not _DATE.match(effective) or not approved:
            continue
        final = max(approved, key=lambda a: str(a["date"]))
        if effective < str(final["date"]):
            yield plan.finding(
                path + ("effective",),
                _(
                    "version {get} took effect on {effective}, before it was approved by {get2} on {date}; the history was edited by hand"
                ).format(get=entry.get("version"), effective=effective, get2=final.get("name", "?"), date=final["date"]),
            )
