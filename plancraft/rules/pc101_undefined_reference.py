"""Every reference names an id that the plan defines, of a kind allowed in that field.

A scenario that escalates to `regional-office` when no role, group or external party has that
id sends people to nobody on the day. Each field may name only certain kinds (a level's `lead`
is a role, `notify` may be a role, a group or an external party): see the reference table in
docs/plan-format.md.

Passing::

    organisation:
      roles:
        - {id: branch-head, title: 网点负责人}
    levels:
      - {id: general, name: 一般投诉, lead: branch-head}

Failing::

    levels:
      - {id: general, name: 一般投诉, lead: branch-haed}   # no such role
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.model import Plan

CODE = "PC101"
NAME = "undefined-reference"
GROUP = "references"
SEVERITY = Severity.ERROR
SUMMARY = "References name a defined id of a kind allowed in that field"
SOURCE = "plancraft format, reference table; GB/T 29639-2020 6.2 (organisation and duties)"
CLAUSES = ("GB/T 29639-2020 6.2",)
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    import difflib

    for ref in plan.references:
        kind = plan.kind_of(ref.target)
        allowed = " or ".join(ref.allowed)
        if kind is None:
            candidates = [d.id for d in plan.definitions if d.kind in ref.allowed]
            close = difflib.get_close_matches(ref.target, candidates, n=1, cutoff=0.6)
            hint = f"; did you mean `{close[0]}`?" if close else ""
            yield plan.finding(
                ref.path, f"`{ref.target}` is not defined; {ref.field} must name a {allowed}{hint}"
            )
        elif kind not in ref.allowed:
            yield plan.finding(
                ref.path, f"`{ref.target}` is a {kind}, but {ref.field} must name a {allowed}"
            )
