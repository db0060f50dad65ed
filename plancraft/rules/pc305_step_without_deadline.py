"""Above the lowest level, every step and every escalation to a person has a time limit.

Once a complaint is serious enough to leave the lowest level, the plan must say how long each step
may take (`actions[].within`) and how quickly each escalation reaches the person or group it names
(`escalation[].within`), so that everyone knows when to chase and when to escalate again. Steps at
the lowest level, where the outlet resolves the complaint on the spot, are left to judgement.

One scenario, one finding: the finding sits on the scenario and lists every step and
escalation of the scenario that lacks a time (each is a related location in SARIF), because the
fault — a procedure without times — is the scenario's. Steps that say "immediately" (立即, 及时 ...)
without a time are reported by PC308 instead, and a plan with no deadline at all by PC306.

An escalation to an external party (police, regulator, upper office) is exempt: calling the police
is done at once by its nature, and how fast a regulator must be told belongs in `reporting`, where
PC405 asks for a `within`. A scenario without a level, an escalation to an undefined id, and a plan
with a single level are not judged here (other rules report what is wrong with them).

Passing::

    organisation:
      roles: [{id: branch-head, title: 网点负责人}, {id: president, title: 行长}]
    external: [{id: police, name: 辖区派出所}]
    levels:
      - {id: general, name: 一般投诉}
      - {id: severe, name: 严重投诉}
    scenarios:
      - id: violent
        title: 处理过激行为
        level: severe
        actions:
          - {do: 拨打110报警, by: branch-head, within: 5min}
        escalation:
          - {when: 有人受伤, to: president, within: 15min}
          - {when: 秩序失控, to: police}      # external party: exempt

Failing::

    levels:
      - {id: general, name: 一般投诉}
      - {id: severe, name: 严重投诉}
    scenarios:
      - id: violent
        title: 处理过激行为
        level: severe
        actions:
          - {do: 赶赴现场, by: president}     # no within
          - {do: 安抚客户情绪, by: president}  # no within: the same finding
          - {do: 拨打110报警, by: president, within: 5min}
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _, ngettext, pgettext
from plancraft.model import LEVEL, Plan
from plancraft.rules.presence import has_deadline, levels_rising, untimed_steps

CODE = "PC305"
NAME = "step-without-deadline"
GROUP = "deadlines"
SEVERITY = Severity.WARNING
SUMMARY = "Above the lowest level, every step and every escalation to a role or group has a `within`"
SOURCE = 'good practice; seed plans 篇2 and 篇8 ("立即赶到现场", "立即上报" with no time limit)'
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    level_ids = [item["id"] for _, item in levels_rising(plan) if isinstance(item.get("id"), str)]
    if len(level_ids) < 2 or not has_deadline(plan):
        return
    lowest = level_ids[0]
    for path, scenario in plan.items("scenarios"):
        level = scenario.get("level")
        if not isinstance(level, str) or level == lowest or plan.kind_of(level) != LEVEL:
            continue
        untimed = untimed_steps(plan, path)
        if not untimed:
            continue
        listed = pgettext("list separator", "; ").join(text for _, text in untimed)
        yield plan.finding(
            path,
            _(
                "scenario `{get}` ({value}), at level `{level}` ({name}), gives no time limit for {count} ({listed}); above the lowest level every step and escalation needs a `within` (e.g. `within: 30min`) so that everyone knows when to chase it"
            ).format(
                get=scenario.get("id"),
                value=scenario.get("title") or scenario.get("id"),
                level=level,
                name=plan.name_of(level),
                count=_count(untimed),
                listed=listed,
            ),
            at_key=True,
            related=tuple(untimed),
        )


def _count(untimed: list) -> str:
    return ngettext("{count} step", "{count} steps", len(untimed)).format(count=len(untimed))
