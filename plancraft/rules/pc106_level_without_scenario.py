"""Every response level is handled by at least one scenario.

A level says how serious an event is; the scenarios say what to do. A level that no scenario
names (`scenarios[].level`) has criteria but no response measures: when an event is graded at
that level, the plan is silent about who does what. 国办发〔2024〕5号 第十八条 asks for levels
together with the response measures of each.

When no scenario names a level at all, the plan's procedure is one for every level: the levels differ
only in what the plan says about them elsewhere (their timescale in `time_limits`, who leads them), and
asking a scenario per level would ask the plan to write the same procedure again. What such a level
still lacks (criteria, a lead) is PC202's and PC203's finding. But when an emergency plan's levels then
differ in nothing at all — no scenario is for one of them, none has a lead or a notify list of its own, and
no time limit or step names one — grading an event changes nothing, and that is reported once, at
`levels`: each level should say what differs (who leads, who is told, how fast). The same holds when the
plan has no scenario at all and its levels are bare labels, with no lead or notify list (PC109 reports the
missing procedure; this finding, the levels without anything of their own). A complaint procedure's levels (simple and complex, stages) differ in the work
and time they take, which its procedure says, and are not asked.

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

from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _, pgettext
from plancraft.model import COMPLAINT_PROCEDURE, Plan
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
    named = [scenario.get("level") for _, scenario in plan.items("scenarios")]
    handled = {level for level in named if isinstance(level, str)}
    if not has_scenarios(plan) or not handled:
        # no scenario is for one level (or there is none, which PC109 reports): the procedure is the same at every
        # level, which is right when the levels differ elsewhere (who leads, whom they tell, how fast)
        yield from _levels_alike(plan)
        return
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


def _level_words(name: object) -> list[str]:
    """How a text may name a level: its name, and its name without a bracketed grade (重大突发事件(B级) -> 重大突发事件)."""
    if not isinstance(name, str) or not name.strip():
        return []
    bare = re.sub(r"[(（][^)）]*[)）]", "", name).strip()
    grades = _GRADE.findall(name)  # "D级", "Ⅰ级", "二级": a step may name the level by its grade alone
    return [word for word in {name.strip(), bare, *grades} if len(word) >= 2]


_GRADE = re.compile(r"(?:[A-DⅠⅡⅢⅣ]|IV|I{1,3}|[一二三四五])\s*级")


def _texts_outside_levels(plan: Plan) -> list[str]:
    texts = [str(item.get("what") or "") for _path, item in plan.items("time_limits")]
    for path, scenario in plan.items("scenarios"):
        texts += [str(scenario.get("title") or ""), *(str(t) for t in scenario.get("triggers") or () if isinstance(t, str))]
        for key in ("actions", "escalation"):
            texts += [str(step.get("do") or "") + " " + str(step.get("when") or "") for _p, step in plan.items(*path, key)]
    texts += [str(item.get("what") or "") for _path, item in plan.items("reporting")]
    return texts


def _notified(level: dict) -> tuple:
    notify = level.get("notify")
    if isinstance(notify, list):
        return tuple(str(item) for item in notify)
    return (str(notify),) if notify else ()


def _levels_alike(plan: Plan) -> Iterator[Finding]:
    """One finding when an emergency plan's levels differ in nothing: no lead or notify list of their own, and
    no time limit or step that names one of them."""
    if plan.document_type == COMPLAINT_PROCEDURE:
        return
    levels = [level for _path, level in plan.items("levels")]
    if len(levels) < 2:
        return
    own = {(level.get("lead") or None, _notified(level)) for level in levels}
    if len(own) > 1:
        return  # the levels differ in who leads or whom they tell
    if not has_scenarios(plan) and own != {(None, ())}:
        return  # no procedure at all (PC109's): levels with a lead say that much of their own; bare labels say nothing
    texts = _texts_outside_levels(plan)
    if any(word in text for level in levels for word in _level_words(level.get("name")) for text in texts):
        return  # a time limit or a step is for one level
    names = [str(level.get("name") or level.get("id")) for level in levels]
    yield plan.finding(
        ("levels",),
        _(
            "the levels ({names}) share one response: no scenario is for one of them, and none has a lead or a notify "
            "list of its own; say what differs at each level (who leads, who is told, how fast), with a scenario per "
            "level or `lead` and `notify` on each, or merge the levels"
        ).format(names=pgettext("list separator", "; ").join(names)),
        at_key=True,
    )
