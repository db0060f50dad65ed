"""Every approval's digest matches the plan, the sign-offs before it, and its own signer.

`plancraft sign` stores with each sign-off a digest of the plan content (without its
approvals), of the sign-offs before it in order, and of its own step, name, role and date.
When the text changes afterwards, the signature covers a text that no longer exists: what
was approved is not what will be issued. When a signer's name, role or date is edited, or an
earlier sign-off is replaced, the record no longer says who signed. Re-sign after the change;
`plancraft verify` shows which steps are stale. This rule cannot be suppressed (an inline
suppression or an `ignore` does not silence it).

Passing::

    approvals:                       # written by `plancraft sign`; nothing changed since
      - {step: approved, name: 王五, role: president, date: 2025-01-20,
         digest: "sha256:0227f55b3733aaab1140f0e72a44a92b80b5735f8b26b8450b978df21044f2c7"}

Failing::

    approvals:                       # the plan or the approver's name was edited after signing
      - {step: approved, name: 赵六, role: president, date: 2025-01-20,
         digest: "sha256:0227f55b3733aaab1140f0e72a44a92b80b5735f8b26b8450b978df21044f2c7"}
"""

from __future__ import annotations

from typing import Iterator

from plancraft.approval import approval_states
from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan

CODE = "PC604"
NAME = "stale-approval"
GROUP = "approvals"
SEVERITY = Severity.ERROR
SUMMARY = "Every approval's digest matches the plan, the earlier sign-offs and its own signer (cannot be suppressed)"
SOURCE = "plancraft sign-off (digest bound to content and signer); GB/T 29639-2020 附录C (approval of the plan)"
CLAUSES = ("GB/T 29639-2020 附录C",)
VERIFIED = True
OPTIONS: dict[str, object] = {}
SUPPRESSIBLE = False


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    states = approval_states(plan.data)
    for (path, approval), state in zip(plan.items("approvals"), states):
        if state == "stale":
            yield plan.finding(
                path + ("digest",),
                _(
                    "the plan, the signer or an earlier sign-off has changed since {get} by {get2} on {get3}; re-sign with `plancraft sign`"
                ).format(get=approval.get("step", "?"), get2=approval.get("name", "?"), get3=approval.get("date", "?")),
            )
