"""Every scenario lists the actions to take.

A scenario is what people open on the day: its `actions` are the procedure — what is done, by
whom, how fast. A scenario with a title, triggers or key points but no actions tells the people
on the spot that the situation exists, not what to do about it (篇2's 群体性客户投诉事件 has only
a key point). The plan is not contradictory, but it leaves a gap a finished plan should not
have, so this is a warning: the response measures that 国办发〔2024〕5号 第十八条 asks for are
missing for that situation.

Passing::

    scenarios:
      - id: group-complaint
        title: 处理群体性投诉
        actions:
          - {do: 请投诉人推选不超过5名代表到接待室, by: branch-head, within: 15min}

Failing::

    scenarios:
      - id: group-complaint
        title: 处理群体性投诉
        key_points: 重在预防，注重控制事态        # but no actions
      - id: on-site
        title: 现场投诉
        actions: [{do: 听取投诉, by: branch-head}]
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.rules.presence import has_procedure

CODE = "PC107"
NAME = "scenario-without-actions"
GROUP = "references"
SEVERITY = Severity.WARNING
SUMMARY = "Every scenario lists the actions to take"
SOURCE = "国办发〔2024〕5号 第十八条 (response measures); seed plan 篇2 (群体性客户投诉事件 without steps)"
CLAUSES = ("国办发〔2024〕5号 第十八条",)
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if not has_procedure(plan):
        return  # no scenario has a step: PC109 reports it once
    for path, scenario in plan.items("scenarios"):
        actions = scenario.get("actions")
        if isinstance(actions, list) and actions:
            continue
        where = path + ("actions",) if "actions" in scenario else path
        ident = scenario.get("id")
        escalates = _(" (it only escalates)") if scenario.get("escalation") else ""
        yield plan.finding(
            where,
            _(
                "scenario `{ident}` ({name}) has no actions{escalates}; list the steps under `actions:`, each with what is done (`do`), by whom (`by`) and how fast (`within`)"
            ).format(ident=ident, name=plan.name_of(str(ident)), escalates=escalates),
            at_key=True,
        )
