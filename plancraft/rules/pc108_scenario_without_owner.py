"""Every scenario has an owner.

When a situation arises, one person must be in charge of the response to it: the `owner` starts
the actions, makes sure each is done and decides when to escalate. Without an owner every step
may be done by someone, but nobody answers for the whole. GB/T 29639-2020 6.2 asks that the plan
assign the response to named posts. A scenario at a level whose `lead` is named is led by that
lead, and needs no `owner` of its own. In a scenario without an owner, a step without `by` is done
by nobody in particular; the finding lists those steps (as related locations in SARIF), so that one
fault — nobody in charge of the scenario — gives one finding. In a scenario with an owner, a step
without `by` is the owner's — unless the scenario shares its steps with other roles (some steps are
`by` someone else): then a step without `by` may be anyone's, and those steps are listed in one
finding at the scenario.

What counts as someone in charge, when the plan does not write `owner:`:

- the steps all name their doers, and those doers form one line: one of them is where the
  scenario escalates to (the duty officer reports to the enforcement head, who
  sends staff), or the other doers' duties say they assist or report to one of them (大堂经理:
  协助客服经理处理投诉事件);
- a step without `by` whose text begins with a role's name (值班人员将情况报告…) is that role's step.

Two kinds of step need no doer at all: a step that says nothing is done (该电话投诉不移交安质部,
no further action is taken), and a fragment where a transcribed text breaks off (the last step, no
`by`, ending on a word no clause ends with: 责任人与直接…).

Passing::

    scenarios:
      - {id: general-complaint, title: 处理一般投诉, owner: branch-head}

Failing::

    scenarios:
      - {id: general-complaint, title: 处理一般投诉}     # who is in charge?
"""

from __future__ import annotations

import re as _re  # a pattern made from a plan's role names
from typing import Iterator

from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _, ngettext, pgettext
from plancraft.model import Plan
from plancraft.rules.helpers import per_plan

CODE = "PC108"
NAME = "scenario-without-owner"
GROUP = "references"
SEVERITY = Severity.WARNING
SUMMARY = "Every scenario has an owner"
SOURCE = "GB/T 29639-2020 6.2 (organisation and duties)"
CLAUSES = ("GB/T 29639-2020 6.2",)
VERIFIED = True
OPTIONS: dict[str, object] = {}


# A step that says nothing more is done: 该电话投诉不移交安质部, 无需上报, no further action is taken, is not referred.
NOTHING_DONE = re.compile(
    r"^[^，,；;。]*?(?:不|无需|无须|不必|不再|不用|不予)再?(?:移交|转交|转办|上报|报告|处理|受理|跟进|登记|立案|答复|回复)"
    r"(?![^，,；;。]*(?:告知|通知|答复|回复|说明|解释|报告|上报|反馈|记录|登记))[^，,；;。]{0,10}[。.]?$"
    r"|^\s*(?:no\s+further\s+action|nothing\s+(?:more|further)\s+is\s+done)"
    r"|\bis\s+not\s+(?:referred|passed\s+on|escalated|forwarded)\b[^,;]*\.?$",
    re.IGNORECASE,
)
# A text broken off mid-clause: it ends on a word no clause ends with (a conjunction, a preposition, an adverb).
BROKEN_OFF = re.compile(
    r"(?:与|和|及|或|并|向|对|将|把|由|在|的|直接|以及|并且|\b(?:and|or|to|of|with|the|by|for))\s*$", re.IGNORECASE
)
# Duties that put a role under another: it assists it, works with it, reports to it.
UNDER = r"(?:协助|配合|辅助|支持|协同|向|报告|汇报|报|assists?|supports?|reports?\s+to)"


@per_plan
def _doer_names(plan: Plan) -> dict[str, list[str]]:
    """Each role's names in prose: its holder, its title when no other role has the same one, its display name
    (worked out once per plan: every step of every scenario asks)."""
    roles = [role for _p, role in plan.items("organisation", "roles") if isinstance(role.get("id"), str)]
    titles = [role.get("title") for role in roles]
    names: dict[str, list[str]] = {}
    for role in roles:
        found = [role.get("holder"), plan.name_of(role["id"])]
        if titles.count(role.get("title")) == 1:
            found.append(role.get("title"))
        names[role["id"]] = [n.strip() for n in found if isinstance(n, str) and len(n.strip()) >= 2]
    return names


def _doer(plan: Plan, step: dict) -> str | None:
    """Who does `step`: its `by`, or the role whose name its text begins with."""
    if isinstance(step.get("by"), str):
        return step["by"]
    text = step.get("do")
    if not isinstance(text, str):
        return None
    for ident, names in _doer_names(plan).items():
        if any(text.strip().startswith(name) for name in names):
            return ident
    return None


def _needs_no_doer(step: dict, last: bool) -> bool:
    """A step that says nothing is done, or the fragment where a transcribed text breaks off."""
    text = step.get("do")
    if not isinstance(text, str):
        return False
    text = text.strip()
    return bool(NOTHING_DONE.search(text)) or (last and bool(BROKEN_OFF.search(text)))


def _unattended(plan: Plan, path: tuple) -> list[tuple]:
    """The steps of the scenario at `path` that name nobody who does them and need someone."""
    steps = list(plan.items(*path, "actions"))
    return [
        (step_path, _("step {value} has no `by`").format(value=step_path[-1] + 1))
        for index, (step_path, step) in enumerate(steps)
        if _doer(plan, step) is None and not _needs_no_doer(step, index == len(steps) - 1)
    ]


def _one_line(plan: Plan, path: tuple, scenario: dict) -> bool:
    """Whether the doers of the scenario's steps form one line that someone heads: one of them the
    scenario escalates to, or one the others' duties say they assist or report to. One doer alone is not a line:
    the one who takes a complaint in is not by that in charge of the case."""
    doers = {_doer(plan, step) for _p, step in plan.items(*path, "actions")} - {None}
    if len(doers) < 2:
        return False  # one doer of the steps is no one in charge of the case (受理人 for a major complaint)
    escalation = scenario.get("escalation")
    targets = {e.get("to") for e in escalation if isinstance(e, dict)} if isinstance(escalation, list) else set()
    if doers & targets:
        return True
    names = _doer_names(plan)
    duties = {
        role["id"]: " ".join(d for d in role.get("duties") or () if isinstance(d, str))
        for _p, role in plan.items("organisation", "roles")
        if isinstance(role.get("id"), str) and isinstance(role.get("duties"), list)
    }
    for head in doers:
        pattern = _re.compile(UNDER + r"\s*(?:" + "|".join(_re.escape(n) for n in names.get(head, ())) + ")", _re.IGNORECASE)
        if names.get(head) and all(pattern.search(duties.get(other, "")) for other in doers - {head}):
            return True
    return False


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    led_levels = {
        level["id"]
        for _path, level in plan.items("levels")
        if isinstance(level.get("id"), str) and isinstance(level.get("lead"), str)
    }
    for path, scenario in plan.items("scenarios"):
        if isinstance(scenario.get("owner"), str):
            yield from _shared_without_by(plan, path, scenario)
            continue
        if scenario.get("level") in led_levels:
            continue  # the level's lead leads its scenarios
        where = path + ("owner",) if "owner" in scenario else path
        ident = scenario.get("id")
        nobody = _unattended(plan, path)
        if not nobody and _one_line(plan, path, scenario):
            continue  # every step has its doer, and they answer along one line: its head is in charge
        if not nobody:
            yield plan.finding(
                where,
                _("scenario `{ident}` ({name}) has no owner; name the role in charge of it with `owner:`").format(
                    ident=ident, name=plan.name_of(str(ident))
                ),
                at_key=True,
            )
            continue
        yield plan.finding(
            where,
            ngettext(
                "scenario `{ident}` ({name}) has no owner, and {count} step names nobody who does it ({items}); "
                "name the role in charge of it with `owner:` and give each step its `by`",
                "scenario `{ident}` ({name}) has no owner, and {count} steps name nobody who does them ({items}); "
                "name the role in charge of it with `owner:` and give each step its `by`",
                len(nobody),
            ).format(
                ident=ident,
                name=plan.name_of(str(ident)),
                count=len(nobody),
                items=pgettext("list separator", "; ").join(text for _step, text in nobody),
            ),
            at_key=True,
            related=tuple(nobody),
        )


def _shared_without_by(plan: Plan, path: tuple, scenario: dict) -> Iterator[Finding]:
    """A scenario with an owner whose steps name another doer too: its steps without `by` may be anyone's."""
    owner = scenario["owner"]
    steps = list(plan.items(*path, "actions"))
    others = sorted({step["by"] for _p, step in steps if isinstance(step.get("by"), str) and step["by"] != owner})
    if not others:
        return  # the owner does every step it does not give to someone else
    nobody = _unattended(plan, path)
    if not nobody:
        return
    ident = scenario.get("id")
    yield plan.finding(
        path,
        ngettext(
            "scenario `{ident}` ({name}) shares its steps between `{owner}` and {others}, and {count} step names "
            "nobody who does it ({items}); give it its `by`",
            "scenario `{ident}` ({name}) shares its steps between `{owner}` and {others}, and {count} steps name "
            "nobody who does them ({items}); give each its `by`",
            len(nobody),
        ).format(
            ident=ident,
            name=plan.name_of(str(ident)),
            owner=owner,
            others=", ".join(f"`{other}`" for other in others),
            count=len(nobody),
            items=pgettext("list separator", "; ").join(text for _step, text in nobody),
        ),
        at_key=True,
        related=tuple(nobody),
    )
