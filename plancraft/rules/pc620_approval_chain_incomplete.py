"""An `approved` sign-off stands on the full prepared → reviewed → approved chain.

The approval (批准) of a plan means the principal head approved a text that was prepared
(编制) and reviewed (审核). An `approved` entry without the two steps before it — written by
hand, or left after the others were deleted — claims an approval nobody can trace, and
`plancraft verify` and `render --final` refuse it. Sign every step with `plancraft sign`.
This rule cannot be suppressed (an inline suppression or an `ignore` does not silence it).

Passing::

    approvals:
      - {step: prepared, name: 张三, role: office-head, date: 2025-01-10, digest: "sha256:…"}
      - {step: reviewed, name: 李四, role: vice-president, date: 2025-01-15, digest: "sha256:…"}
      - {step: approved, name: 王五, role: president, date: 2025-01-20, digest: "sha256:…"}

Failing::

    approvals:                       # only the approval, copied from another plan
      - {step: approved, name: 王五, role: president, date: 2025-01-20, digest: "sha256:…"}
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.digest import STEPS
from plancraft.i18n import _
from plancraft.model import Plan

CODE = "PC620"
NAME = "approval-chain-incomplete"
GROUP = "approvals"
SEVERITY = Severity.ERROR
SUMMARY = "An `approved` sign-off comes after prepared and reviewed (cannot be suppressed)"
SOURCE = "plancraft sign-off chain; GB/T 29639-2020 附录C (the plan is approved by the principal head)"
CLAUSES = ("GB/T 29639-2020 附录C",)
VERIFIED = True
OPTIONS: dict[str, object] = {}
SUPPRESSIBLE = False


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    before: list[str] = []
    for path, approval in plan.items("approvals"):
        step = approval.get("step")
        if step == "approved":
            missing = [s for s in STEPS[:-1] if s not in before]
            if missing:
                yield plan.finding(
                    path + ("step",),
                    _(
                        "`approved` has no `{items}` sign-off before it; sign the plan prepared → reviewed → approved with `plancraft sign`"
                    ).format(items="` and `".join(missing)),
                )
        if isinstance(step, str):
            before.append(step)
