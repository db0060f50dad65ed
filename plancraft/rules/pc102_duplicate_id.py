"""Ids are unique across the whole plan.

A role and a group that share an id make every reference to it ambiguous, and two levels
with one id make the scenario that names it point at either. Ids are unique across all
kinds, not just within one list.

Passing::

    organisation:
      groups: [{id: leading-group, name: 领导小组}]
      roles: [{id: president, title: 组长}]

Failing::

    organisation:
      groups: [{id: president, name: 领导小组}]
      roles: [{id: president, title: 组长}]    # `president` is already the group's id
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan, kind_word

CODE = "PC102"
NAME = "duplicate-id"
GROUP = "references"
SEVERITY = Severity.ERROR
SUMMARY = "Ids are unique across the whole plan"
SOURCE = "plancraft format, conventions (ids)"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    first = {}
    in_file_order = sorted(plan.definitions, key=lambda d: plan.loaded.locate(d.path))
    for definition in in_file_order:
        if definition.id in first:
            earlier = first[definition.id]
            line, _skip = plan.loaded.locate(earlier.path + ("id",))
            yield plan.finding(
                definition.path + ("id",),
                _("id `{id}` is already used by a {kind} at line {line}; ids must be unique across the plan").format(
                    id=definition.id, kind=kind_word(earlier.kind), line=line
                ),
            )
        else:
            first[definition.id] = definition
