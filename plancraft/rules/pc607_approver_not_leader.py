"""The plan is approved by the head of the organisation.

GB/T 29639-2020 附录C has the plan approved by the principal head (主要负责人). In a plan
that is the leader of the leading group (组长, usually the 行长). An `approved` step signed
in any other role — the office head, a deputy — is a review, not an approval.

Passing::

    organisation:
      groups: [{id: leading-group, name: 领导小组, leader: president}]
    approvals:
      - {step: approved, name: 王五, role: president, date: 2025-01-20}

Failing::

    organisation:
      groups: [{id: leading-group, name: 领导小组, leader: president}]
    approvals:
      - {step: approved, name: 赵六, role: office-head, date: 2025-01-20}   # not the leader
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan

CODE = "PC607"
NAME = "approver-not-leader"
GROUP = "approvals"
SEVERITY = Severity.WARNING
SUMMARY = "The `approved` step is signed by a group's leader (the principal head)"
SOURCE = "GB/T 29639-2020 附录C (approved by the principal head)"
CLAUSES = ("GB/T 29639-2020 附录C",)
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    leaders = {g.get("leader"): g for _, g in plan.items("organisation", "groups") if isinstance(g.get("leader"), str)}
    for path, approval in plan.items("approvals"):
        role = approval.get("role")
        if approval.get("step") != "approved" or not isinstance(role, str) or role in leaders:
            continue
        if leaders:
            leader, group = next(iter(leaders.items()))
            hint = _("the leader of {get} is `{leader}` ({name})").format(
                get=group.get("name", group.get("id")), leader=leader, name=plan.name_of(leader)
            )
        else:
            hint = _("no group in the plan has a leader")
        yield plan.finding(
            path + ("role",),
            _(
                "the plan is approved in the role `{role}` ({name}), which leads no group; the principal head approves the plan — {hint}"
            ).format(role=role, name=plan.name_of(role), hint=hint),
        )
