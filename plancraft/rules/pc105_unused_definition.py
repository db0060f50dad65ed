"""Every role, group and external party is referred to somewhere in the plan.

A role that leads no level, owns no scenario, does no step, sits in no group and stands in for
nobody has no work in the plan: either its work was forgotten (the plan names a 保安 but never
says what the guard does) or it is left over from an earlier version. The same holds for a group
nobody notifies, escalates or reports to, and for an external party (police, regulator, upper
office) that is listed but never called. A reference from inside the definition itself (a role
that is its own `backup`) does not count.

Levels are not reported here: a level is used when a scenario names it, and a level no scenario
names is reported by PC106 (level-without-scenario), with a message that says what to add.

When the plan has no procedure at all (no scenario with a step), idle roles are that fault's
consequence and PC109 reports it once; roles are then not reported here one by one. A role
without duties is PC210's finding and a role whose title names nobody in particular (相关部门,
"staff") is PC212's; this rule does not report either a second time (one fault, one finding).

A text of the plan that names a definition refers to it as well as an id does: a step, a duty or a
level that names a role by its title (将情况报告办公室主任), a group by its name, or by its leader's
title (上报投诉处理小组组长启动应急预案) or its leader's work (the 组长 who leads a level leads it for the
group: `lead:` of a level, `owner:` of a scenario, `by:` of a step), or by the noun its name ends with when no other group's does
(报领导小组审定 for 客户投诉应急领导小组, "the panel decides" for the Complaints Review Panel), an
external party by its name (or a part of it in brackets, or the name without the desk or line it
ends with: "the Local Resilience Forum" for the Local Resilience Forum duty officer, 市应急管理局 for
市应急管理局值班室) or by what it is (向监管部门报告 for a regulator the plan lists, 上级行 or
总行 for the head office, "the Ombudsman"). A role that runs the office a
group names (`office: 镇党政办`; its 办公室主任, or the role whose title or holder names that office) sits
in the group through it. An emergency service listed with its number (公安 110, 120, "police, 999") is
there to be called whenever it is needed and is not reported. A role one of whose duties is a part of
handling complaints (受理现场投诉; 保管接待日记录、年终归档; "logs and acknowledges complaints") belongs to
the procedure through that duty, with or without a step of its own.

Passing::

    organisation:
      roles:
        - {id: branch-head, title: 网点负责人}
    external:
      - {id: police, name: 派出所}
    levels:
      - {id: general, name: 一般投诉, lead: branch-head, notify: [police]}

Failing::

    organisation:
      roles:
        - {id: branch-head, title: 网点负责人}
        - {id: guard, title: 保安, duties: [维持秩序]}   # nothing refers to `guard`
    levels:
      - {id: general, name: 一般投诉, lead: branch-head}
    scenarios:
      - {id: on-site, title: 现场投诉, actions: [{do: 听取投诉, by: branch-head}]}
"""

from __future__ import annotations

import re
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.model import EXTERNAL, GROUP as GROUP_KIND, ROLE, Plan, kind_word
from plancraft.rules import vocabulary
from plancraft.rules.helpers import office_heads, roles_named_in_prose, roles_without_duties, statements, vague_roles
from plancraft.rules.presence import has_procedure
from plancraft.i18n import N_, _

CODE = "PC105"
NAME = "unused-definition"
GROUP = "references"
SEVERITY = Severity.WARNING
SUMMARY = "Every role, group and external party is referred to somewhere in the plan"
SOURCE = "good practice (standards.md gap catalogue: no role, level or scenario defined and never used)"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}

_ADVICE = {
    ROLE: N_(N_("give it work (a step, a scenario, a level, a place in a group) or remove it")),
    GROUP_KIND: N_(N_("notify, escalate or report to it where it acts, or remove it")),
    EXTERNAL: N_(N_("say when it is notified, escalated or reported to, or remove it")),
}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    referred_from: dict[str, list] = {}
    for ref in plan.references:
        referred_from.setdefault(ref.target, []).append(ref.path)
    procedure = has_procedure(plan)
    quiet_roles = vague_roles(plan) | roles_without_duties(plan)
    named = _named_in_prose(plan)
    for definition in plan.definitions:
        if definition.kind not in _ADVICE:
            continue
        if definition.kind == ROLE and not procedure:
            continue  # no procedure at all (PC109): that, not each idle role, is the fault
        if definition.kind == ROLE and definition.id in quiet_roles:
            continue  # a vague role is PC212's finding, a role without duties PC210's: one fault, one finding
        if definition.kind == ROLE and _handles_complaints(definition.item):
            continue  # its duty is a part of the procedure itself (受理现场投诉, keeps the complaint records)
        inside = len(definition.path)
        if any(path[:inside] != definition.path for path in referred_from.get(definition.id, ())):
            continue
        if any(path[:inside] != definition.path for path in named.get(definition.id, ())):
            continue  # a text names it
        if definition.kind == EXTERNAL and _emergency_service(definition.item):
            continue
        yield plan.finding(
            definition.path + ("id",),
            _("{kind} `{id}` ({name}) is defined but nothing in the plan refers to it; {advice}").format(
                kind=kind_word(definition.kind),
                id=definition.id,
                name=plan.name_of(definition.id),
                advice=_(_ADVICE[definition.kind]),
            ),
        )


def _named_in_prose(plan: Plan) -> dict[str, list]:
    """Definition id -> paths of the texts that name it (not names and titles themselves): a role by its
    title, a group by its name, its leader's title or the noun its name ends with, an external party by its
    name or by what it is; a role that runs a group's office is named by that group. The texts are searched
    as one string, so that many groups and parties cost a pass each, not a pass per text."""
    found: dict[str, list] = {
        ident: [path for path, _before, _after in mentions] for ident, mentions in roles_named_in_prose(plan).items()
    }
    texts = statements(plan)
    referred: dict[str, list] = {}
    for ref in plan.references:
        referred.setdefault(ref.target, []).append(ref.path)
    groups = [(path, group) for path, group in plan.items("organisation", "groups") if isinstance(group.get("id"), str)]
    heads = [_head_noun(group.get("name")) for _path, group in groups]
    for (path, group), head in zip(groups, heads):
        name = group["name"].strip() if isinstance(group.get("name"), str) else ""
        paths = texts.containing(name) if len(name) >= 2 else []
        if head and heads.count(head) == 1:  # the only group whose name ends so: 领导小组, "the panel"
            paths += texts.matching(re.compile(re.escape(head) if not head.isascii() else rf"\bthe {re.escape(head)}\b", re.I))
        leader = group.get("leader")
        if isinstance(leader, str):  # the leader named, or given work, outside the organisation chapter acts for the group
            paths += [where for where in found.get(leader, ()) if where[:1] != ("organisation",)]
            paths += [where for where in referred.get(leader, ()) if where[:1] != ("organisation",)]
        found[group["id"]] = paths
    office = next((path + ("office",) for path, group in groups if group.get("office")), None)
    for ident in office_heads(plan) if office else ():
        found.setdefault(ident, []).append(office)
    by_kind = [(is_kind, None, said) for is_kind, said in vocabulary.EXTERNAL_BY_KIND]
    for _path, party in plan.items("external"):
        name = party.get("name")
        if not isinstance(party.get("id"), str):
            continue
        paths = [where for said in _party_names(name) for where in texts.containing(said)]
        what = " ".join(str(party.get(k)) for k in ("name", "kind") if party.get(k) is not None)
        for index, (is_kind, saying, said) in enumerate(by_kind):  # named by what it is: 监管部门, 上级行, "the Ombudsman"
            if is_kind.search(what):  # (not by what another listed party is: its `kind` is no mention)
                if saying is None:
                    saying = [where for where in texts.matching(said) if where[:1] != ("external",)]
                    by_kind[index] = (is_kind, saying, said)
                paths += saying
        found[party["id"]] = paths
    return found


# The desk or line of a party that a name may end with ("Local Resilience Forum duty officer", "Environment Agency
# incident hotline", 市应急管理局值班室): prose names the party without it.
_PARTY_DESK = re.compile(
    r"\s+(?:duty (?:officer|desk|manager)|(?:24[- ]hour )?(?:incident )?(?:hotline|helpline|line|switchboard)|"
    r"control room|contact centre|duty desk)$|(?<=[\u4e00-\u9fff])(?:总值班室|值班室|值班电话|服务热线|热线电话|热线)$",
    re.IGNORECASE,
)


def _party_names(name: object) -> list[str]:
    """What prose calls an external party: its name, each part of it in brackets ("CCW (the Consumer Council for
    Water)": CCW, the Consumer Council for Water), and the name without the desk or line it ends with."""
    if not isinstance(name, str) or len(name.strip()) < 2:
        return []
    name = name.strip()
    names = [name] + [p.strip() for p in re.split(r"[()（）]", name) if p.strip() and p.strip() != name]
    names += [_PARTY_DESK.sub("", n) for n in names]
    names = [re.sub(r"^the\s+", "", n, flags=re.IGNORECASE) for n in names]
    return [n for n in dict.fromkeys(names) if len(n) >= 2 and not (n.isascii() and len(n) < 3)]


def _head_noun(name: object) -> str | None:
    """The noun a group's name ends with (领导小组, panel), lower-cased for English."""
    match = vocabulary.GROUP_HEAD_NOUN.search(name.strip()) if isinstance(name, str) else None
    return None if match is None else (match.group(1) or match.group(2).lower())


def _emergency_service(party: dict) -> bool:
    """An emergency service (公安, 110, 120, "police") listed with its number."""
    said = " ".join(str(party.get(k)) for k in ("name", "kind", "phone") if party.get(k) is not None)
    return party.get("phone") is not None and vocabulary.EMERGENCY_SERVICE.search(said) is not None


def _handles_complaints(role: dict) -> bool:
    """A role one of whose duties is a part of handling complaints: receiving, recording, investigating or
    answering them, or keeping their records (受理现场投诉, 保管…记录、年终归档, "logs and acknowledges
    complaints"). Such a role belongs to the procedure through its duty, with or without a step of its own."""
    duties = role.get("duties") if isinstance(role.get("duties"), list) else []
    return any(isinstance(duty, str) and vocabulary.HANDLING_DUTY.search(duty) for duty in duties)
