"""Every response level says when an event belongs to it (`criteria`).

Levels only help if the person on the spot can tell which one applies: "客户有过激行为或引起
群众围观" is a criterion, "严重投诉" alone is not. A level without criteria leaves the grading
— and so who is called and how fast — to a guess under pressure. 国办发〔2024〕5号 第十八条
asks for the criteria of each level; GB/T 29639-2020 6.1.2 for response grading.

An empty `criteria: ""` is reported by PC511 (empty-text), not here.

Passing::

    levels:
      - {id: severe, name: 重大投诉, criteria: 客户有过激行为或引起群众围观}

Failing::

    levels:
      - {id: severe, name: 重大投诉}          # when is a complaint 重大?
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan

CODE = "PC202"
NAME = "level-without-criteria"
GROUP = "levels"
SEVERITY = Severity.WARNING
SUMMARY = "Every response level has criteria"
SOURCE = "国办发〔2024〕5号 第十八条 (level criteria); GB/T 29639-2020 6.1.2 (response grading)"
CLAUSES = ("国办发〔2024〕5号 第十八条", "GB/T 29639-2020 6.1.2")
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    for path, level in plan.items("levels"):
        if level.get("criteria") is not None:
            continue
        ident = level.get("id")
        yield plan.finding(
            path + ("criteria",) if "criteria" in level else path,
            _(
                "level `{ident}` ({name}) has no criteria; say under `criteria:` when an event belongs to this level, so the person on the spot can grade it"
            ).format(ident=ident, name=plan.name_of(str(ident))),
            at_key=True,
        )
