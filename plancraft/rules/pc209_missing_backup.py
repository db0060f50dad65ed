"""Every role that leads a level or a group, or owns a scenario, has a backup (A/B 角).

The people a plan puts in charge are the ones most likely to be away, in a meeting, or the
subject of the complaint themselves. For each role that leads a level (`levels[].lead`), leads a
group (`organisation.groups[].leader`, e.g. the 组长 of the leading group) or owns a scenario
(`scenarios[].owner`), the plan names a stand-in (`backup`, B角) who takes over
without waiting to be told. ISO 22301:2019 8.4.2 asks for alternates in the response structure;
篇2 asks for a 客户投诉处理A、B角 but names none.

A role that is not one post is not asked for a stand-in: a pool of whoever is free ("someone in the
council service", "any officer", "a council officer who was not involved at stage 1", "the person investigating your
complaint"; "a senior manager" alone is one post), and a role whose title names nobody in particular (受理部门, 受理人,
"the relevant service"), which PC212 reports; nor many people or units each acting where the complaint
falls: one per department (各科室专人, "a named person in each ward"), a unit's staff at large (科室工作人员),
the kind of site a complaint is about (景区景点, 营业网点).

Nor is a role whose stand-in the plan already gives in words: a role that is two posts, either of
whom acts (分管领导或单位责任人, 客服专员/楼栋管家, "the Complaints Manager or their deputy", "Head of Service
(or a nominated deputy)"), in its title or its
holder (现场总指挥 held by 工程部经理/当值班); a post held in turn on a duty
rota (值班队长, 带班领导, "the duty manager", "the on-call officer", "the supervisor on shift") or whose work is taken in turn or round
the clock (院领导轮流负责接待, 24小时受理投诉, "in turn", "staffed 24/7"); a role one of whose steps or duties
says who acts when it cannot (``when: 因故不能按规定到达现场的`` with ``do: …指派具体负责人…``, "if the
manager is unavailable, they delegate to …"); a role a sentence of the plan names with its absence and
the one who acts instead (组长因故不在时，由副组长代行其职责; "In the absence of the Complaints Manager, the
Customer Services Manager will deal with complaints"; in its holder: 行长(行长不在时由副行长担任)). A sentence
that names only whom to tell (组长外出须向院长报告) names no stand-in.

Passing::

    organisation:
      roles:
        - {id: president, title: 组长, backup: vice-president}
        - {id: vice-president, title: 副组长}
    levels:
      - {id: severe, name: 重大投诉, lead: president}

Failing::

    organisation:
      roles:
        - {id: president, title: 组长}           # leads `severe`, no backup
    levels:
      - {id: severe, name: 重大投诉, lead: president}
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import N_, _
from plancraft.model import Plan
from plancraft.rules.helpers import for_plan, listed, pool_roles, stand_ins_stated, vague_roles

CODE = "PC209"
NAME = "missing-backup"
GROUP = "organisation"
SEVERITY = Severity.WARNING
SUMMARY = "Every role that leads a level or a group, or owns a scenario, has a backup (B角)"
SOURCE = "ISO 22301:2019 8.4.2 (response team with alternates); seed plan 篇2 (A、B角)"
CLAUSES = ("ISO 22301:2019 8.4.2",)
VERIFIED = True
OPTIONS: dict[str, object] = {}

_LIST_MAX = 3
# The message for a Chinese plan (with its term, B角) and for any other.
_MESSAGE = {
    "zh": N_(
        "role `{ident}` ({name}) {shown} but has no backup (B角); name the role that stands in when it is absent with `backup:`"
    ),
    "en": N_("role `{ident}` ({name}) {shown} but has no backup; name the role that stands in when it is absent with `backup:`"),
}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    charges: dict[str, list[str]] = {}
    pools = vague_roles(plan) | pool_roles(plan)
    stated = stand_ins_stated(plan)
    for _skip, level in plan.items("levels"):
        if isinstance(level.get("lead"), str):
            charges.setdefault(level["lead"], []).append(_("leads level `{get}`").format(get=level.get("id")))
    for _path, group in plan.items("organisation", "groups"):
        if isinstance(group.get("leader"), str):
            charges.setdefault(group["leader"], []).append(_("leads group `{get}`").format(get=group.get("id")))
    for _skip, scenario in plan.items("scenarios"):
        if isinstance(scenario.get("owner"), str):
            charges.setdefault(scenario["owner"], []).append(_("owns scenario `{get}`").format(get=scenario.get("id")))
    for path, role in plan.items("organisation", "roles"):
        ident = role.get("id")
        if not isinstance(ident, str) or ident not in charges or isinstance(role.get("backup"), str):
            continue
        if plan.by_id.get(ident) is None or plan.by_id[ident].path != path:
            continue  # a duplicate id: PC102's business
        if ident in pools:
            continue  # whoever is free, or a vague party (PC212's finding): no one post to stand in for
        if ident in stated:
            continue  # the plan says in words who acts in its place
        jobs = charges[ident]
        shown = listed(jobs[:_LIST_MAX]) + (
            _(" and {value} more").format(value=len(jobs) - _LIST_MAX) if len(jobs) > _LIST_MAX else ""
        )
        yield plan.finding(
            path + ("backup",) if "backup" in role else path,
            _(for_plan(plan, _MESSAGE)).format(ident=ident, name=plan.name_of(ident), shown=shown),
            at_key=True,
        )
