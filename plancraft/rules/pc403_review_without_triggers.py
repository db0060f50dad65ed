"""The plan names the events that call for an extra review.

A regular review every year or three is not enough when the law, the organisation, the risks
or a real event show the plan is wrong. 生产安全事故应急预案管理办法 第三十六条 lists six such triggers: changes
in laws and rules, in the command structure or duties, in the main risks, and problems found in
a response or a drill. Write them in `review.triggers`.

Passing::

    review:
      every: 1y
      triggers:
        - 有关法律法规或上级预案发生变化
        - 组织机构或职责发生重大调整
        - 发生重大投诉事件或演练中发现问题

Failing::

    review:
      every: 1y          # no triggers
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import N_, _
from plancraft.model import Plan, get
from plancraft.rules.presence import cite

CODE = "PC403"
NAME = "review-without-triggers"
GROUP = "management"
SEVERITY = Severity.WARNING
SUMMARY = "The review section names the events that call for an extra review (triggers)"
SOURCE = (
    "突发事件应急预案管理办法 (国办发〔2024〕5号, which repealed 国办发〔2013〕101号); "
    "生产安全事故应急预案管理办法 第三十六条 "
    "(six revision triggers)"
)
CLAUSES = ("生产安全事故应急预案管理办法 第三十六条",)
VERIFIED = True
DOUBT = "the article on revision triggers in 突发事件应急预案管理办法 (国办发〔2024〕5号) not yet read, so not cited by number"
OPTIONS: dict[str, object] = {}

_EXAMPLES = N_("changes in laws or the upper plan, in the organisation or duties, a major event or problems found in a drill")


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    data = plan.data if isinstance(plan.data, dict) else {}
    if not isinstance(data.get("review"), dict):
        return  # no review section at all: PC402 reports it once, triggers included
    if not get(data, "review", "triggers"):
        yield plan.finding(
            ("review",),
            _("the review has no triggers; add `triggers` such as {examples}{cite}").format(
                examples=_(_EXAMPLES), cite=cite(plan, "生产安全事故应急预案管理办法 第三十六条")
            ),
            at_key=True,
        )
