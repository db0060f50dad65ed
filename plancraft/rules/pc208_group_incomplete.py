"""Every group has a leader, deputies, members and an office.

The organisation chapter of a plan (组织机构及职责) names, for each group, its leader (组长),
its deputy leaders (副组长), its members (成员) and where its office sits (办公室设在…). Each
has a job on the day: the leader commands, a deputy stands in and runs the scene, the members
bring their departments, the office keeps the register and the contact list. The complaint
rules ask for a senior manager in charge and a named department and posts (投诉办法 第七条);
GB/T 29639-2020 6.2 for the organisation and its duties. A group is reported once, naming
every part it lacks; a group that is itself the office (its id ends in `office`, its name in
办公室) is not asked for an office, nor is a group that is the whole unit (its members are all
its staff: 网点全体员工, "all staff") where one of its own posts keeps the daily complaint work
(客服经理: 接收和处理客户投诉): that post is where the office's work sits.

An empty `office: ""` is reported by PC511 (empty-text), not here.

Passing::

    organisation:
      groups:
        - id: leading-group
          name: 客户投诉处理应急领导小组
          leader: president
          deputies: [vice-president]
          members: [office-head, branch-head]
          office: 综合部

Failing::

    organisation:
      groups:
        - id: leading-group
          name: 客户投诉处理应急领导小组
          leader: president
          members: [office-head, branch-head]     # no deputies, no office
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import N_, _, listing, pgettext
from plancraft.model import Plan
from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster
from plancraft.rules import vocabulary
from plancraft.rules.helpers import for_plan

# A role that is everyone in the unit: 全体员工, 网点全体员工, 所有工作人员, "all staff".
_EVERYONE = re.compile(r"全体|所有(?:员工|职工|工作人员|人员)|\ball (?:staff|employees|colleagues)\b|\beveryone\b", re.IGNORECASE)

CODE = "PC208"
NAME = "group-incomplete"
GROUP = "organisation"
SEVERITY = Severity.WARNING
SUMMARY = "Every group has a leader, deputies, members and an office"
SOURCE = "GB/T 29639-2020 6.2 (organisation and duties); 投诉办法 第七条 (senior manager, department and posts)"
CLAUSES = ("GB/T 29639-2020 6.2", "投诉办法 第七条")
VERIFIED = True
OPTIONS: dict[str, object] = {}

# [key] -> what is missing and the advice, for a Chinese plan (with its terms) and for any other.
_PARTS = (
    (
        "leader",
        {"zh": N_(N_("no leader (组长)")), "en": N_(N_("no leader"))},
        {"zh": N_(N_("name the role that leads it with `leader:`"))},
    ),
    (
        "deputies",
        {"zh": N_(N_("no deputy leader (副组长)")), "en": N_(N_("no deputy leader"))},
        {"zh": N_(N_("name who stands in for the leader with `deputies:`"))},
    ),
    (
        "members",
        {"zh": N_(N_("no members (成员)")), "en": N_(N_("no members"))},
        {"zh": N_(N_("list the roles that belong to it with `members:`"))},
    ),
    (
        "office",
        {"zh": N_(N_("no office (办公室)")), "en": N_(N_("no office"))},
        {
            "zh": N_(N_("say where its office sits with `office:`, e.g. 综合部")),
            "en": N_(N_("say where its office sits with `office:`, e.g. Customer Services")),
        },
    ),
)


def is_office(group: dict) -> bool:
    """A group that is itself the office (its id ends in `office`, its name in 办公室 or Office):
    it is not asked where its office sits."""
    ident = str(group.get("id") or "").lower()
    name = str(group.get("name") or "").strip().lower()
    return ident.endswith("office") or name.endswith(("办公室", "office"))


def _whole_unit_with_a_handler(plan: Plan, group: dict) -> bool:
    """A group whose members are all the unit's staff, one of whose own posts keeps the daily complaint work."""
    roles = {role["id"]: role for _p, role in plan.items("organisation", "roles") if isinstance(role.get("id"), str)}
    members = group.get("members") if isinstance(group.get("members"), list) else []
    deputies = group.get("deputies") if isinstance(group.get("deputies"), list) else []
    if not any(
        isinstance(roles.get(m), dict) and _EVERYONE.search(f"{roles[m].get('title') or ''} {roles[m].get('holder') or ''}")
        for m in members
    ):
        return False
    posts = [group.get("leader"), *deputies, *members]
    return any(
        isinstance(roles.get(post), dict)
        and any(isinstance(d, str) and vocabulary.HANDLING_DUTY.search(d) for d in roles[post].get("duties") or ())
        for post in posts
        if isinstance(post, str)
    )


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    for path, group in plan.items("organisation", "groups"):
        ident = group.get("id")
        parts = [
            (key, missing, advice)
            for key, missing, advice in _PARTS
            if group.get(key) in (None, [])
            and not (key == "office" and (is_office(group) or _whole_unit_with_a_handler(plan, group)))
        ]
        if not parts:
            continue
        key = parts[0][0]
        # one finding per group: at the empty key when it is the only part missing, else at the group
        yield plan.finding(
            path + (key,) if len(parts) == 1 and key in group else path,
            _("group `{ident}` ({name}) has {missing}; {advice}").format(
                ident=ident,
                name=plan.name_of(str(ident)),
                missing=listing(_(for_plan(plan, missing)) for _key, missing, _advice in parts),
                advice=pgettext("list separator", "; ").join(
                    _(for_plan(plan, advice, advice["zh"])) for _key, _missing, advice in parts
                ),
            ),
            at_key=True,
        )
