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

Passing::

    scenarios:
      - {id: general-complaint, title: 处理一般投诉, owner: branch-head}

Failing::

    scenarios:
      - {id: general-complaint, title: 处理一般投诉}     # who is in charge?
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _, ngettext, pgettext
from plancraft.model import Plan

CODE = "PC108"
NAME = "scenario-without-owner"
GROUP = "references"
SEVERITY = Severity.WARNING
SUMMARY = "Every scenario has an owner"
SOURCE = "GB/T 29639-2020 6.2 (organisation and duties)"
CLAUSES = ("GB/T 29639-2020 6.2",)
VERIFIED = True
OPTIONS: dict[str, object] = {}


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
        nobody = [
            (step_path, _("step {value} has no `by`").format(value=step_path[-1] + 1))
            for step_path, step in plan.items(*path, "actions")
            if not isinstance(step.get("by"), str)
        ]
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
    nobody = [
        (step_path, _("step {value} has no `by`").format(value=step_path[-1] + 1))
        for step_path, step in steps
        if not isinstance(step.get("by"), str)
    ]
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
