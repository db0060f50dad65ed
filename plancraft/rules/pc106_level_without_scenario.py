"""Every response level is handled by at least one scenario.

A level says how serious an event is; the scenarios say what to do. A level that no scenario
names (`scenarios[].level`) has criteria but no response measures: when an event is graded at
that level, the plan is silent about who does what. 国办发〔2024〕5号 第十八条 asks for levels
together with the response measures of each.

When no scenario names a level at all, the plan's procedure is one for every level: the levels differ
only in what the plan says about them elsewhere (their timescale in `time_limits`, who leads them), and
asking a scenario per level would ask the plan to write the same procedure again. What such a level
still lacks (criteria, a lead) is PC202's and PC203's finding.

Passing::

    levels:
      - {id: general, name: 一般投诉}
    scenarios:
      - {id: general-complaint, title: 处理一般投诉, level: general}

Failing::

    levels:
      - {id: general, name: 一般投诉}
      - {id: severe, name: 重大投诉}          # no scenario has `level: severe`
    scenarios:
      - {id: general-complaint, title: 处理一般投诉, level: general}
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.rules.presence import has_scenarios

CODE = "PC106"
NAME = "level-without-scenario"
GROUP = "references"
SEVERITY = Severity.WARNING
SUMMARY = "Every response level is handled by at least one scenario"
SOURCE = "国办发〔2024〕5号 第十八条 (levels with their response measures); GB/T 29639-2020 6.1.2 (response grading)"
CLAUSES = ("国办发〔2024〕5号 第十八条", "GB/T 29639-2020 6.1.2")
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if not has_scenarios(plan):
        return  # no scenarios at all: PC109 reports it once
    named = [scenario.get("level") for _, scenario in plan.items("scenarios")]
    handled = {level for level in named if isinstance(level, str)}
    if not handled:
        return  # no scenario is for one level: the procedure is the same at every level (they differ in time or who leads)
    for path, level in plan.items("levels"):
        ident = level.get("id")
        if not isinstance(ident, str) or ident in handled:
            continue
        yield plan.finding(
            path + ("id",),
            _(
                "no scenario handles level `{ident}` ({name}); add a scenario with `level: {ident}` that says who does what at this level, or merge the level into another"
            ).format(ident=ident, name=plan.name_of(ident)),
        )
