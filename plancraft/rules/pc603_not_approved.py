"""The plan has been approved.

A plan takes effect when the principal head approves it (GB/T 29639-2020 附录C). A plan
with no sign-off at all, or one prepared and reviewed but never approved, is a draft.
This is advice while a plan is being written, so it is reported as info: sign with
`plancraft sign` when the text is final.

Passing::

    approvals:
      - {step: prepared, name: 张三, role: office-head, date: 2025-01-10}
      - {step: approved, name: 王五, role: president, date: 2025-01-20}

Failing::

    document:                # and no `approvals` anywhere in the plan
      id: branch-complaints
      title: 客户投诉应急预案
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan, get

CODE = "PC603"
NAME = "not-approved"
GROUP = "approvals"
SEVERITY = Severity.INFO
SUMMARY = "The plan has been approved (info while it is a draft)"
SOURCE = "GB/T 29639-2020 附录C (the plan is approved by the principal head)"
CLAUSES = ("GB/T 29639-2020 附录C",)
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    approvals = get(plan.data, "approvals")
    steps = [a.get("step") for _, a in plan.items("approvals")]
    if approvals is None:
        yield plan.finding(
            ("document",),
            _(
                "the plan has not been signed off; when the text is final, have it prepared, reviewed and approved "
                "with `plancraft sign`"
            ),
            at_key=True,
        )
    elif not steps:
        yield plan.finding(
            ("approvals",),
            _("`approvals` is empty: the plan has not been signed off; sign it with `plancraft sign`"),
            at_key=True,
        )
    elif "approved" not in steps:
        words = {"prepared": _("prepared"), "reviewed": _("reviewed")}
        done = _(" and ").join(words[s] for s in ("prepared", "reviewed") if s in steps) or _("signed")
        yield plan.finding(
            ("approvals",),
            _("the plan is {done} but not approved yet; it takes effect once the principal head approves it").format(done=done),
            at_key=True,
        )
