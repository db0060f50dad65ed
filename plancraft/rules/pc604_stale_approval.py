"""Every approval's digest matches the plan as it is now.

`plancraft sign` stores a digest of the plan (without its approvals) with each signature.
When the text changes afterwards, the signature covers a text that no longer exists: what
was approved is not what will be issued. Re-sign after the change; `plancraft verify`
shows which steps are stale.

Passing::

    approvals:                       # written by `plancraft sign`; nothing changed since
      - {step: approved, name: 王五, role: president, date: 2025-01-20,
         digest: "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"}

Failing::

    approvals:                       # the plan was edited after signing
      - {step: approved, name: 王五, role: president, date: 2025-01-20,
         digest: "sha256:0000000000000000000000000000000000000000000000000000000000000000"}
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Diagnostic, Severity
from plancraft.model import Plan
from plancraft.signoff import digest

CODE = "PC604"
NAME = "stale-approval"
SEVERITY = Severity.ERROR
SUMMARY = "Every approval's digest matches the current plan (nothing changed after signing)"
SOURCE = "plancraft sign-off (digest bound to content); GB/T 29639-2020 附录C (approval of the plan)"
CLAUSES = ("GB/T 29639-2020 附录C",)
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Diagnostic]:
    signed = [(path, a) for path, a in plan.items("approvals") if isinstance(a.get("digest"), str)]
    if not signed:
        return
    current = digest(plan.data)
    for path, approval in signed:
        if approval["digest"] != current:
            yield plan.diagnostic(
                path + ("digest",), CODE, SEVERITY,
                f"approved content has changed since {approval.get('step', '?')} by {approval.get('name', '?')} "
                f"on {approval.get('date', '?')}; re-sign with `plancraft sign`",
            )
