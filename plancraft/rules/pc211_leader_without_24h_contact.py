"""The leader of each group, and the lead of each level, can be reached by phone round the clock.

Serious complaints happen at closing time, at weekends, on holidays. The leader of the group
(组长) decides the response at the top level, and the lead of a level (`levels[].lead`) decides it
at that level, so the plan gives a phone or mobile number for each such role and says it is
reachable at any hour (not the lead of the ordinary-complaint level, 一般投诉, which is handled in
opening hours, nor a role that names nobody in particular, which PC212 reports first): `hours` must mean round-the-clock — `24h`,
`24小时`, `7x24`, `7×24`, `24/7` or `全天`. The numbers also go into the contact annex that
GB/T 29639-2020 clause 9 lists among the annexes of a plan.

Each missing part (a number, round-the-clock hours) is reported once per leader role, at its
`contact` (or at the role when it has no contact at all). A plan that names neither group leaders nor
level leads still calls someone out: the roles whose duties or steps call them to their post or a
scene (第一时间到岗, 赶赴现场, "on call") or put in command by their title (总指挥, 总协调, 组长) must then be reachable,
and those without a phone are listed in one finding at the first of them.

Passing::

    organisation:
      groups:
        - {id: leading-group, name: 领导小组, leader: president}
      roles:
        - id: president
          title: 组长
          contact: {mobile: "13800231000", hours: 24h}

Failing::

    organisation:
      groups:
        - {id: leading-group, name: 领导小组, leader: president}
      roles:
        - id: president
          title: 组长
          contact: {phone: "023-53221000", hours: 工作日8:30-17:30}   # not round the clock
"""

from __future__ import annotations

from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.durations import ROUND_THE_CLOCK  # one home for "reachable at any hour"
from plancraft.i18n import _
from plancraft.model import EMERGENCY_PLAN, ROLE, Plan
from plancraft.rules.helpers import listed, named, ordinary_complaint_level, vague_roles
from plancraft.rules.vocabulary import COMMAND_TITLE

CODE = "PC211"
NAME = "leader-without-24h-contact"
GROUP = "organisation"
SEVERITY = Severity.WARNING
SUMMARY = "Each group's leader has a phone number reachable round the clock"
SOURCE = "good practice; GB/T 29639-2020 clause 9 (annexes: contact list)"
CLAUSES = ("GB/T 29639-2020 9",)
VERIFIED = True
DOCUMENT_TYPES = (
    EMERGENCY_PLAN,
)  # round-the-clock reachability is asked of an emergency command; complaints are handled in working hours
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    leads: dict[str, list[str]] = {}
    for _skip, group in plan.items("organisation", "groups"):
        leader, group_id = group.get("leader"), str(group.get("id"))
        if isinstance(leader, str) and plan.kind_of(leader) == ROLE:
            leads.setdefault(leader, []).append(
                _("group `{group_id}` ({name})").format(group_id=group_id, name=plan.name_of(group_id))
            )
    # The lead of a level decides the response at that level, so is reached like a group's leader; not the
    # lead of the ordinary-complaint level (handled in opening hours), nor a vague role (PC212 asks its post first).
    ordinary, vague = ordinary_complaint_level(plan), vague_roles(plan)
    for _skip, level in plan.items("levels"):
        lead, level_id = level.get("lead"), str(level.get("id"))
        if not isinstance(lead, str) or level_id == ordinary or lead in vague:
            continue
        if plan.kind_of(lead) == ROLE:
            leads.setdefault(lead, []).append(
                _("level `{level_id}` ({name})").format(level_id=level_id, name=plan.name_of(level_id))
            )
    if not leads:
        yield from _called_at_once_without_phone(plan)
    for leader, groups in leads.items():
        definition = plan.by_id[leader]
        path, role = definition.path, definition.item
        contact = role.get("contact")
        which = _("role `{leader}` ({name}), the leader of {items},").format(
            leader=leader, name=plan.name_of(leader), items=_(" and ").join(groups)
        )
        if not isinstance(contact, dict):
            yield plan.finding(
                path + ("contact",) if "contact" in role else path,
                _("{which} has no contact; give a `phone` or `mobile` and `hours: 24h` under `contact:`").format(which=which),
                at_key=True,
            )
            continue
        if not any(isinstance(contact.get(key), str) and contact[key].strip() for key in ("phone", "mobile")):
            yield plan.finding(
                path + ("contact",),
                _("{which} has no phone number; add a `phone` or `mobile` under `contact:`").format(which=which),
                at_key=True,
            )
        hours = contact.get("hours")
        if not isinstance(hours, str):
            yield plan.finding(
                path + ("contact",),
                _(
                    "{which} does not say when the contact is reachable; the leader must be reachable round the clock — add `hours: 24h` under `contact:`"
                ).format(which=which),
                at_key=True,
            )
        elif not ROUND_THE_CLOCK.search(hours):
            yield plan.finding(
                path + ("contact", "hours"),
                _(
                    "{which} is reachable only `{hours}`; the leader must be reachable round the clock — give a number that is answered at any hour and write `hours: 24h`"
                ).format(which=which, hours=hours),
            )


# Called out to a post or a scene at any hour (第一时间到岗, 赶赴现场, "attend on call"): not merely "及时" (timely).
_CALLED_OUT = re.compile(r"到岗|赶赴|赶到|奔赴|\bon call\b|\bcall(?:ed)? out\b|\battend the (?:scene|site)\b", re.IGNORECASE)


def _called_at_once_without_phone(plan: Plan) -> Iterator[Finding]:
    """A plan with neither group leaders nor level leads: the roles it calls out at once (a duty or a step of
    theirs calls them out: 第一时间到岗, 赶赴现场, "on call") or puts in command (总指挥, 总协调) are then the ones who
    must be reached at any hour. One finding, at
    the first such role without a phone, lists them all."""
    called: list[tuple[tuple, str]] = []
    vague = vague_roles(plan)
    for path, role in plan.items("organisation", "roles"):
        ident = role.get("id")
        if not isinstance(ident, str) or ident in vague:
            continue
        duties = role.get("duties") if isinstance(role.get("duties"), list) else []
        texts = [str(d) for d in duties]
        texts += [
            str(step.get("do") or "")
            for scenario_path, _scenario in plan.items("scenarios")
            for _p, step in plan.items(*scenario_path, "actions")
            if step.get("by") == ident
        ]
        # called out at once, or in command by its title (总指挥, 总协调, 组长)
        in_command = isinstance(role.get("title"), str) and COMMAND_TITLE.search(role["title"]) is not None
        if not (any(_CALLED_OUT.search(text) for text in texts) or in_command):
            continue
        contact = role.get("contact")
        if isinstance(contact, dict) and any(isinstance(contact.get(k), str) and contact[k].strip() for k in ("phone", "mobile")):
            continue
        called.append((path, named(ident, plan.name_of(ident))))
    if not called:
        return
    first_path = called[0][0]
    yield plan.finding(
        first_path,
        _(
            "the plan names no group leader or level lead, and the roles it calls out at once or puts in command have no phone "
            "({items}); give each a `phone` or `mobile` and `hours: 24h` under `contact:`"
        ).format(items=listed(name for _p, name in called)),
        at_key=True,
        related=tuple((path, _("no phone: {name}").format(name=name)) for path, name in called[1:]),
    )
