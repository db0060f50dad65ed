"""Every role has its duties written down.

The organisation chapter (组织机构及职责) is where each person looks up what is expected of
them; the rendered plan prints each role's `duties` there. A role without duties may still get
steps in the scenarios, but nobody reading the organisation chapter learns what the role answers
for between incidents (registering, reporting, training) or who covers which part of the
response. GB/T 29639-2020 6.2 asks for the duties of each part of the organisation. This is a
warning, not advice: a finished plan states every role's duties. Only the role's own `duties`
count; a group's duties do not stand in for its members'.

An empty `duties: []` counts as missing.

Passing::

    organisation:
      roles:
        - id: lobby-manager
          title: 大堂经理
          duties: [首问负责，接待投诉客户并登记投诉事由]

Failing::

    organisation:
      roles:
        - {id: lobby-manager, title: 大堂经理}    # what does the lobby manager do?
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.model import Plan

CODE = "PC210"
NAME = "role-without-duties"
GROUP = "organisation"
SEVERITY = Severity.WARNING
SUMMARY = "Every role has duties"
SOURCE = "GB/T 29639-2020 6.2 (organisation and duties)"
CLAUSES = ("GB/T 29639-2020 6.2",)
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    for path, role in plan.items("organisation", "roles"):
        duties = role.get("duties")
        if isinstance(duties, list) and duties:
            continue
        ident = role.get("id")
        yield plan.finding(
            path + ("duties",) if "duties" in role else path,
            f"role `{ident}` ({plan.name_of(str(ident))}) has no duties; list what it is responsible for "
            f"under `duties:`",
            at_key=True,
        )
