"""Approvals go prepared → reviewed → approved, each step once.

The sign-off chain (编制 → 审核 → 批准) means something only in that order: an approval
given before the review approved an unreviewed text. A step signed twice leaves the
reader asking which signature counts. `plancraft sign` appends the steps in order; this
rule catches hand edits and merges. A step may not come back; a missing step before
`approved` is PC620's finding.

Passing::

    approvals:
      - {step: prepared, name: 张三, role: office-head, date: 2025-01-10}
      - {step: reviewed, name: 李四, role: vice-president, date: 2025-01-15}
      - {step: approved, name: 王五, role: president, date: 2025-01-20}

Failing::

    approvals:
      - {step: prepared, name: 张三, role: office-head, date: 2025-01-10}
      - {step: approved, name: 王五, role: president, date: 2025-01-20}
      - {step: reviewed, name: 李四, role: vice-president, date: 2025-01-21}   # after approval
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.digest import STEPS

CODE = "PC601"
NAME = "approvals-out-of-order"
GROUP = "approvals"
SEVERITY = Severity.ERROR
SUMMARY = "Approvals go prepared → reviewed → approved, each step once"
SOURCE = "GB/T 29639-2020 附录C (the plan is approved by the principal head); plancraft format, approvals"
CLAUSES = ("GB/T 29639-2020 附录C",)
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    seen: dict[str, tuple] = {}
    latest: tuple[int, str, tuple] | None = None  # (rank, step, path) of the furthest step so far
    for path, approval in plan.items("approvals"):
        step = approval.get("step")
        if step not in STEPS:
            continue
        rank = STEPS.index(step)
        if step in seen:
            line, _skip = plan.loaded.locate(seen[step])
            yield plan.finding(
                path + ("step",),
                _(
                    "`{step}` is signed a second time (first at line {line}); each step is signed once — remove one, or re-sign the plan from the start"
                ).format(step=step, line=line),
            )
        elif latest is not None and rank < latest[0]:
            line, _skip = plan.loaded.locate(latest[2])
            yield plan.finding(
                path + ("step",),
                _("`{step}` comes after `{latest}` (line {line}); sign in the order prepared → reviewed → approved").format(
                    step=step, latest=latest[1], line=line
                ),
            )
        seen.setdefault(step, path + ("step",))
        if latest is None or rank > latest[0]:
            latest = (rank, step, path + ("step",))
