"""Approval state, computed once: which sign-offs a plan has, whether they match its content and each
other, and so whether the plan is a draft, approved or stale.

lint (PC601–PC620), render (draft marking), `render --final`, `verify` and `audit` read the state from
here, so "is this plan approved" has one answer everywhere. The digests themselves are computed in
plancraft.digest; recording a sign-off is plancraft.signoff's business.
"""

from __future__ import annotations

from plancraft.i18n import _

from dataclasses import dataclass
from itertools import pairwise

from plancraft.digest import STEPS, approval_list, chain

DRAFT, APPROVED, STALE = "draft", "approved", "stale"


def approvals(data: dict) -> list[dict]:
    return approval_list(data)


def approval_states(data: dict) -> list[str]:
    """ "current", "stale" or "unsigned" (no digest) for each approval, in list order."""
    entries = approvals(data)
    if not any(a.get("digest") for a in entries):
        return ["unsigned"] * len(entries)  # no digest to compare: the plan's digest is not worked out (a draft)
    expected = chain(data)
    return [
        "unsigned" if not a.get("digest") else "current" if a.get("digest") == want else "stale"
        for a, want in zip(approvals(data), expected)
    ]


def current_approval(data: dict) -> dict | None:
    """The `approved` step when the whole chain up to and including it is current and complete."""
    if chain_problems(data):
        return None
    return next(a for a in approvals(data) if a.get("step") == "approved")


def chain_problems(data: dict) -> list[str]:
    """Why the sign-off chain does not make this plan approved ([] when it does)."""
    entries = approvals(data)
    steps = [a.get("step") for a in entries]
    problems: list[str] = []
    if steps != list(STEPS):
        missing = [s for s in STEPS if s not in steps]
        if missing:
            problems.append(
                _("there is no {items} sign-off; sign prepared → reviewed → approved with `plancraft sign`").format(
                    items=_(" or ").join(f"`{step}`" for step in missing)
                )
            )
        else:
            problems.append(
                _("the sign-offs are not exactly prepared → reviewed → approved, each once; re-sign the plan from `prepared`")
            )
    roles = _role_ids(data)
    for approval in entries:
        if approval.get("role") not in roles:
            problems.append(
                _("the `{get}` sign-off names role `{get2}`, which organisation.roles does not define").format(
                    get=approval.get("step"), get2=approval.get("role")
                )
            )
    dates = [str(a.get("date", "")) for a in entries]
    if any(later < earlier for earlier, later in pairwise(dates)):
        problems.append("the sign-off dates go backwards; dates never go backwards along the chain")
    for approval, state in zip(entries, approval_states(data)):
        if state == "stale":
            problems.append(
                _(
                    "the `{get}` sign-off by {get2} is stale: the plan, the signer or an earlier sign-off changed after signing; sign it again"
                ).format(get=approval.get("step"), get2=approval.get("name"))
            )
        elif state == "unsigned":
            problems.append(
                _("the `{get}` sign-off has no digest (written by hand); sign it with `plancraft sign`").format(
                    get=approval.get("step")
                )
            )
    return problems


def _role_ids(data: dict) -> set:
    organisation = data.get("organisation") if isinstance(data.get("organisation"), dict) else {}
    roles = organisation.get("roles") if isinstance(organisation.get("roles"), list) else []
    return {r.get("id") for r in roles if isinstance(r, dict) and isinstance(r.get("id"), str)}


@dataclass(frozen=True)
class ApprovalStatus:
    step: str
    name: str
    date: str
    state: str  # "current", "stale" or "unsigned" (no digest)


def approval_statuses(data: dict) -> list[ApprovalStatus]:
    return [
        ApprovalStatus(str(a.get("step")), str(a.get("name")), str(a.get("date")), state)
        for a, state in zip(approvals(data), approval_states(data))
    ]


@dataclass(frozen=True)
class ApprovalState:
    """The plan as a whole: DRAFT (no `approved` sign-off), APPROVED (the full chain is current) or
    STALE. `approval` is the last `approved` entry, `entry_state` its own state ("current", "stale",
    "unsigned"), `problems` why the chain does not make the plan approved."""

    state: str
    approval: dict | None = None
    entry_state: str = ""
    problems: tuple[str, ...] = ()

    @property
    def current(self) -> bool:
        return self.state == APPROVED


def approval_state(data: dict) -> ApprovalState:
    entries = approvals(data)
    approved = [(a, state) for a, state in zip(entries, approval_states(data)) if a.get("step") == "approved"]
    if not approved:
        return ApprovalState(DRAFT)
    chosen, entry_state = approved[-1]
    problems = tuple(chain_problems(data))
    return ApprovalState(STALE if problems else APPROVED, chosen, entry_state, problems)
