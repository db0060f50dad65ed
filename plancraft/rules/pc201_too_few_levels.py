"""The plan grades the response into at least two levels.

Response grading (分级响应) is what lets a branch handle an ordinary complaint on the spot and
call in the president, the police or the upper office only when the case is serious. With no
level, or a single one, every event gets the same response: too much for a routine complaint,
or too little for a violent one. GB/T 29639-2020 6.1.2 asks for response grading and
国办发〔2024〕5号 第十八条 for levels with their criteria.

Passing::

    levels:
      - {id: general, name: 一般投诉}
      - {id: severe, name: 重大投诉}

Failing::

    levels:
      - {id: general, name: 客户投诉}       # one level only
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import N_, _
from plancraft.model import Plan
from plancraft.rules.helpers import for_plan

CODE = "PC201"
NAME = "too-few-levels"
GROUP = "levels"
SEVERITY = Severity.WARNING
SUMMARY = "The plan has at least two response levels"
SOURCE = "GB/T 29639-2020 6.1.2 (response grading); 国办发〔2024〕5号 第十八条 (levels)"
CLAUSES = ("GB/T 29639-2020 6.1.2", "国办发〔2024〕5号 第十八条")
VERIFIED = True
OPTIONS: dict[str, object] = {}

# The advice for a Chinese plan (level names it would use) and for any other.
_ADVICE = {
    "zh": N_("grade the response into at least two levels (e.g. 一般 and 重大), each with its criteria"),
    "en": N_("grade the response into at least two levels (e.g. ordinary and serious), each with its criteria"),
}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    levels = [level for _, level in plan.items("levels")]
    if len(levels) >= 2:
        return
    if not isinstance(plan.data, dict) or "levels" not in plan.data:
        yield plan.finding(
            ("document",), _("the plan has no `levels` section; {advice}").format(advice=_(for_plan(plan, _ADVICE))), at_key=True
        )
    elif not levels:
        yield plan.finding(
            ("levels",), _("the plan has no response levels; {advice}").format(advice=_(for_plan(plan, _ADVICE))), at_key=True
        )
    else:
        only = levels[0].get("id")
        yield plan.finding(
            ("levels",),
            _("the plan has only one response level (`{only}`, {name}); {advice}").format(
                only=only, name=plan.name_of(str(only)), advice=_(for_plan(plan, _ADVICE))
            ),
            at_key=True,
        )
