"""The most severe level involves the police, security or another external party.

The last level in `levels` is the worst case: violence, a crowd, a group complaint, press on
the doorstep. A branch cannot handle that alone; the plan must say who outside the response team
is brought in — the police (110), the security guards, the upper office or the regulator. This
rule is satisfied when, for the most severe level, any of these is true:

- its `notify` names an external party (`external[]`);
- a scenario of that level escalates (`escalation[].to`) to an external party;
- its `lead`, its `notify`, or a scenario of that level (its owner, a step's `by`, an escalation)
  names a role or group whose title, holder or name mentions security: 保安, 安保, 保卫, 公安,
  警察, 民警, 警方, security, guard, police.

Passing::

    external:
      - {id: police, name: 派出所}
    levels:
      - {id: general, name: 一般投诉}
      - {id: severe, name: 重大投诉, notify: [police]}

Failing::

    levels:
      - {id: general, name: 一般投诉}
      - {id: severe, name: 重大投诉, notify: [president]}   # nobody from outside
"""

from __future__ import annotations

from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import EMERGENCY_PLAN, EXTERNAL, Plan
from plancraft.rules.presence import top_level

CODE = "PC207"
NAME = "top-level-without-external"
GROUP = "levels"
SEVERITY = Severity.WARNING
SUMMARY = "The most severe level involves the police, security or another external party"
SOURCE = (
    "good practice (standards.md gap catalogue: the top level involves the police or security); "
    "seed plan 篇2 (严重过激行为: 立即报警)"
)
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
DOCUMENT_TYPES = (
    EMERGENCY_PLAN,
)  # the police or security at the top level belong to an emergency response, not to a complaint procedure's hardest category
OPTIONS: dict[str, object] = {}

SECURITY = re.compile(r"保安|安保|保卫|公安|警察|民警|警方|\b(?:security|guards?|police)\b", re.IGNORECASE)


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    levels = list(plan.items("levels"))
    if not levels:
        return
    path, level = top_level(plan)  # the last level, or the first where they are listed most severe first
    ident = level.get("id")
    notify = [each for each in _as_list(level.get("notify")) if isinstance(each, str)]
    told = list(notify)  # who is told or escalated to: an external party among them is enough
    involved = list(notify) + [level.get("lead")]
    for scenario_path, scenario in plan.items("scenarios"):
        if ident is None or scenario.get("level") != ident:
            continue
        involved.append(scenario.get("owner"))
        for _skip, action in plan.items(*scenario_path, "actions"):
            involved.append(action.get("by"))
        for _skip, step in plan.items(*scenario_path, "escalation"):
            told.append(step.get("to"))
            involved.append(step.get("to"))
    if any(isinstance(each, str) and plan.kind_of(each) == EXTERNAL for each in told):
        return
    if any(isinstance(each, str) and _mentions_security(plan, each) for each in involved):
        return
    yield plan.finding(
        path + ("notify",) if "notify" in level else path,
        _(
            "the most severe level `{ident}` ({name}) involves nobody from outside the response team; notify or escalate to the police, security or another external party (define it under `external:`) for the worst case"
        ).format(ident=ident, name=plan.name_of(str(ident))),
        at_key=True,
    )


def _as_list(value: object) -> list:
    return value if isinstance(value, list) else []


def _mentions_security(plan: Plan, ident: str) -> bool:
    definition = plan.by_id.get(ident)
    if definition is None or definition.kind == EXTERNAL:
        return False
    item = definition.item
    return any(isinstance(item.get(key), str) and SECURITY.search(item[key]) is not None for key in ("title", "holder", "name"))
