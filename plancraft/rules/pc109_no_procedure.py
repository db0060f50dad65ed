"""The plan has a procedure: at least one scenario with at least one step.

A plan is there to say who does what when something happens. A plan with no scenarios, or with
scenarios that list no steps, says nothing a person on duty can act on, however complete its
other chapters look; it is an error, not a style point, and it is reported once, here. While it
fires, the rules that would report the same hole piecemeal stay quiet: PC106 (each level without
a scenario), PC107 (each scenario without steps), PC105 (roles nothing refers to) and PC511 (the
empty `scenarios` list).

A complaint procedure whose steps only take the complaint in — receive it, log it, give a first
response (受理, 登记, 初步响应) — and never investigate, decide or answer it (调查, 核实, 处理, 答复,
办结, investigate, resolve, respond, decide) has a procedure for intake only: the complainant's
question is never answered. It is reported here too, as a warning at `scenarios` (the time limits
may promise an answer, but no step gives it). The words live in `plancraft/rules/vocabulary.py`
(HANDLING_STEP).

Passing::

    scenarios:
      - id: on-site
        title: 处理现场投诉
        actions:
          - {do: 将客户引导至接待室，听取投诉事由, by: lobby-manager, within: 10min}

Failing::

    scenarios: []      # nothing says who does what
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import COMPLAINT_PROCEDURE, Plan
from plancraft.rules.presence import has_procedure, has_scenarios
from plancraft.rules.vocabulary import HANDLING_STEP

CODE = "PC109"
NAME = "no-procedure"
GROUP = "references"
SEVERITY = Severity.ERROR
SUMMARY = "The plan has at least one scenario with at least one step"
SOURCE = "国办发〔2024〕5号 第十八条 (response measures); GB/T 29639-2020 6.3 (response)"
CLAUSES = ("国办发〔2024〕5号 第十八条",)
VERIFIED = True
OPTIONS: dict[str, object] = {}
EVIDENCE = ("scenarios[].actions",)


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if has_procedure(plan):
        if plan.document_type == COMPLAINT_PROCEDURE and not _handles(plan):
            yield plan.finding(
                ("scenarios",),
                _(
                    "the steps only take complaints in (receive, log, first response); no step investigates, "
                    "decides or answers a complaint; add the steps that do, each with who (`by`) and how fast (`within`)"
                ),
                at_key=True,
                severity=Severity.WARNING,
            )
        return
    if not has_scenarios(plan):
        message = _(
            "the plan has no scenarios, so nothing says who does what when an event happens; add "
            "`scenarios`, each with its level, an owner and the steps (`actions`) with who and how fast"
        )
    else:
        message = _(
            "no scenario lists a single step; add `actions` to each scenario saying what is done "
            "(`do`), by whom (`by`) and how fast (`within`)"
        )
    yield plan.finding(plan.section_anchor("scenarios"), message, at_key=True)


def _handles(plan: Plan) -> bool:
    """True when a step or an escalation of some scenario goes past intake: investigates, decides or answers."""
    for path, _scenario in plan.items("scenarios"):
        for field, keys in (("actions", ("do", "when")), ("escalation", ("when",))):
            for _step_path, step in plan.items(*path, field):
                if any(HANDLING_STEP.search(str(step.get(key) or "")) for key in keys):
                    return True
    return False
