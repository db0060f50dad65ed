"""Every scenario has an owner.

When a situation arises, one person must be in charge of the response to it: the `owner` starts
the actions, makes sure each is done and decides when to escalate. Without an owner every step
may be done by someone, but nobody answers for the whole. GB/T 29639-2020 6.2 asks that the plan
assign the response to named posts.

Passing::

    scenarios:
      - {id: general-complaint, title: 处理一般投诉, owner: branch-head}

Failing::

    scenarios:
      - {id: general-complaint, title: 处理一般投诉}     # who is in charge?
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.model import Plan

CODE = "PC108"
NAME = "scenario-without-owner"
GROUP = "references"
SEVERITY = Severity.WARNING
SUMMARY = "Every scenario has an owner"
SOURCE = "GB/T 29639-2020 6.2 (organisation and duties)"
CLAUSES = ("GB/T 29639-2020 6.2",)
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    for path, scenario in plan.items("scenarios"):
        if isinstance(scenario.get("owner"), str):
            continue
        where = path + ("owner",) if "owner" in scenario else path
        ident = scenario.get("id")
        yield plan.finding(
            where,
            f"scenario `{ident}` ({plan.name_of(str(ident))}) has no owner; name the role in charge "
            f"of it with `owner:`",
            at_key=True,
        )
