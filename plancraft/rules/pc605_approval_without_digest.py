"""Every approval carries the digest `plancraft sign` writes.

An approval without a `digest` was written by hand: nothing ties the signature to the text
it approved, so nobody can tell whether the plan changed after signing. Sign with
`plancraft sign`, which records the digest of the plan at that moment.

Passing::

    approvals:
      - {step: approved, name: 王五, role: president, date: 2025-01-20,
         digest: "sha256:<written by plancraft sign>"}

Failing::

    approvals:
      - {step: approved, name: 王五, role: president, date: 2025-01-20}   # written by hand
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan

CODE = "PC605"
NAME = "approval-without-digest"
GROUP = "approvals"
SEVERITY = Severity.WARNING
SUMMARY = "Every approval carries a digest (it was made with `plancraft sign`)"
SOURCE = "plancraft sign-off (digest bound to content)"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    for path, approval in plan.items("approvals"):
        if approval.get("digest") is None:
            yield plan.finding(
                path,
                _(
                    "the `{get}` approval by {get2} has no digest, so nothing ties it to the text it approved; sign with `plancraft sign` instead of writing approvals by hand"
                ).format(get=approval.get("step", "?"), get2=approval.get("name", "?")),
            )
