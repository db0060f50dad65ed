"""The document names the laws and rules it is based on (编制依据).

A plan must be revised when the laws and rules behind it change (生产安全事故应急预案管理办法
第三十六条 lists a change in law among the revision triggers), and that is only possible
when the plan says which ones it rests on. A complaint plan for a bank normally names at
least 《银行业保险业消费投诉处理管理办法》. An empty `basis: []` counts as missing.

Passing::

    document:
      id: branch-complaints
      title: 客户投诉应急预案
      basis:
        - 《银行业保险业消费投诉处理管理办法》（原银保监会令2020年第3号）

Failing::

    document:                # no `basis`
      id: branch-complaints
      title: 客户投诉应急预案
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import N_, _
from plancraft.model import Plan, get
from plancraft.rules.helpers import for_plan

CODE = "PC503"
NAME = "document-without-basis"
GROUP = "document"
SEVERITY = Severity.WARNING
SUMMARY = "The document names the laws and rules it is based on (编制依据)"
SOURCE = (
    "good practice; 生产安全事故应急预案管理办法 第三十六条 (revision when the law behind a plan changes); "
    "突发事件应急预案管理办法 (国办发〔2024〕5号, replacing 国办发〔2013〕101号)"
)
CLAUSES = ("生产安全事故应急预案管理办法 第三十六条",)
VERIFIED = True
OPTIONS: dict[str, object] = {}

# [jurisdiction] -> a basis such a plan usually cites
_EXAMPLE = {"CN": "《银行业保险业消费投诉处理管理办法》", "GB": "FCA Handbook DISP 1"}
# The term (编制依据) only for a Chinese plan; the example only where the jurisdiction has one.
_WHAT = {
    "zh": (
        N_("(编制依据) so that the plan is revised when they change"),
        N_("(编制依据, e.g. {example}) so that the plan is revised when they change"),
    ),
    "en": (
        N_("so that the plan is revised when they change"),
        N_("(e.g. {example}) so that the plan is revised when they change"),
    ),
}


def _what(plan: Plan) -> str:
    example = for_plan(plan, _EXAMPLE)
    bare, with_example = for_plan(plan, _WHAT)
    return _(bare) if example is None else _(with_example).format(example=example)


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    basis = get(plan.data, "document", "basis")
    if basis is None:
        yield plan.finding(
            ("document",),
            _("the plan does not say what it is based on; add `basis` under `document` listing the laws and rules {what}").format(
                what=_what(plan)
            ),
            at_key=True,
        )
    elif isinstance(basis, list) and not any(isinstance(b, str) and b.strip() for b in basis):
        yield plan.finding(
            ("document", "basis"),
            _("`basis` lists nothing; name the laws and rules the plan rests on {what}").format(what=_what(plan)),
            at_key=True,
        )
