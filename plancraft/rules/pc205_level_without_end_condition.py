"""Every response level says when the response ends (`end_when`).

A response that never formally ends keeps people on alert, blurs who is responsible for the
follow-up, and leaves the aftermath (report, review, compensation) without a starting point.
国办发〔2024〕5号 第十八条 asks for the conditions for ending the response of each level:
"现场秩序恢复，客户离开营业场所", "事件情况已报上级行".

An empty `end_when: ""` is reported by PC511 (empty-text), not here. The lowest of two or more
levels is not asked when its name says it is the ordinary complaint (一般投诉, 普通投诉, "ordinary
complaint"): the reply to the complainant ends it.

Passing::

    levels:
      - {id: severe, name: 重大投诉, end_when: 现场秩序恢复，事件情况已报上级行}

Failing::

    levels:
      - {id: severe, name: 重大投诉}          # when is it over?
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import EMERGENCY_PLAN, Plan
from plancraft.rules.helpers import ordinary_complaint_level

CODE = "PC205"
NAME = "level-without-end-condition"
GROUP = "levels"
SEVERITY = Severity.WARNING
SUMMARY = "Every response level has an end condition (`end_when`)"
SOURCE = "国办发〔2024〕5号 第十八条 (conditions for ending the response)"
CLAUSES = ("国办发〔2024〕5号 第十八条",)
VERIFIED = True
DOCUMENT_TYPES = (
    EMERGENCY_PLAN,
)  # ending the response at a level is an emergency plan's duty (国办发〔2024〕5号 第十八条); a complaint ends with its reply
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    ordinary = ordinary_complaint_level(plan)
    for path, level in plan.items("levels"):
        if ordinary is not None and level.get("id") == ordinary:
            continue  # the ordinary complaint, ended by its reply: not an emergency response
        if level.get("end_when") is not None:
            continue
        ident = level.get("id")
        yield plan.finding(
            path + ("end_when",) if "end_when" in level else path,
            _(
                "level `{ident}` ({name}) has no end condition; say under `end_when:` when the response at this level is over (e.g. order restored, customer's request answered)"
            ).format(ident=ident, name=plan.name_of(str(ident))),
            at_key=True,
        )
