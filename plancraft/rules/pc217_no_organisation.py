"""An emergency plan names its emergency organisation: a group, or posts in charge with duties.

When an incident escalates, somebody must take command, call the others in and decide. An
emergency plan that lists only where events happen (网点, "the outlet") or who happens to receive
them (受理部门, 受理人) has no emergency organisation: nobody is named to lead, nobody knows whom
to call, and the duties of the response belong to no one. GB/T 29639-2020 6.2 asks for the
organisation and the duties of each of its parts (应急组织机构及职责): usually a leading group
(领导小组) with a leader, members and an office.

The plan has an organisation when it has a group (`organisation.groups`), or a role that names
one post (not 相关部门, 受理人, "staff": see PC212) and either has `duties` or is a post in charge
by its title (组长, 总指挥, 行长, 总经理, 主任, 负责人, "manager", "director", "head", …; the words
are in `plancraft/rules/vocabulary.py`) while its levels say who leads them or whom they tell (the
command graded by level: 一级 to the general manager, 二级 to the deputy). Posts and departments
that each have tasks — a 现场总指挥 with 电话中心, 客户服务部, 工程部; a 站长 with 网格员 and 值班人员 —
but no group and no level naming a lead are reported too: nothing says who forms the command, who
stands in for its head and who is called in when an event escalates. Posts that name the body they form
(组长(应急领导小组), 指挥部成员, "incident management team") are an organisation written into its roles. The head of whichever unit has the case (责任单位负责人,
受理部门负责人, "the manager of the relevant service") is no such post: the unit changes with each
event, so nobody is named to command the response as a whole. A complaint procedure is not asked: its handlers are its
steps' owners (PC108, PC212).

Passing::

    organisation:
      groups:
        - {id: leading-group, name: 应急领导小组, leader: president, members: [office-head]}
      roles:
        - {id: president, title: 行长}
        - {id: office-head, title: 办公室主任}

Failing::

    organisation:
      roles:                          # no group, nobody in charge, no duties
        - {id: outlet, title: 网点}
        - {id: handler, title: 受理人}
"""

from __future__ import annotations

from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _, pgettext
from plancraft.model import EMERGENCY_PLAN, Plan
from plancraft.rules.helpers import vague_roles
from plancraft.rules.vocabulary import CASE_UNIT, LEADING_POST

CODE = "PC217"
NAME = "no-organisation"
GROUP = "organisation"
SEVERITY = Severity.WARNING
SUMMARY = "An emergency plan names its emergency organisation (a group, or posts in charge with duties)"
SOURCE = "GB/T 29639-2020 6.2 (organisation and duties); held-out plans: a post office's insurance emergency plans"
CLAUSES = ("GB/T 29639-2020 6.2",)
VERIFIED = True
DOCUMENT_TYPES = (EMERGENCY_PLAN,)  # a complaint procedure has handlers, not an emergency organisation
EVIDENCE = ("organisation.groups|organisation.roles[].duties",)
OPTIONS: dict[str, object] = {}


def _in_charge(role: dict, vague: set[str]) -> bool:
    if role.get("id") in vague:
        return False
    duties = role.get("duties")
    if isinstance(duties, list) and duties:
        return True
    # the head of whichever unit has the case (责任单位负责人, 受理部门负责人) leads that unit, not the response
    return any(
        isinstance(role.get(key), str) and LEADING_POST.search(role[key]) and not CASE_UNIT.search(role[key])
        for key in ("title", "holder")
    )


def _levels_name_command(plan: Plan) -> bool:
    """True when a level says who leads it or whom it tells: the plan's command is graded by level."""
    return any(level.get("lead") or level.get("notify") for _path, level in plan.items("levels"))


# A command body the roles belong to, written into the roles instead of `groups` (组长(应急领导小组), 指挥部成员,
# "member of the incident management team").
_BODY = re.compile(
    r"领导小组|工作小组|应急小组|处置小组|指挥部|指挥中心|委员会|工作组"
    r"|\b(?:incident|crisis|emergency|response|management)\s+(?:management\s+)?(?:team|group|committee|cell)\b",
    re.IGNORECASE,
)


def _names_a_body(role: dict) -> bool:
    duties = role.get("duties") if isinstance(role.get("duties"), list) else []
    return any(isinstance(text, str) and _BODY.search(text) for text in (role.get("title"), role.get("holder"), *duties))


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if any(True for _item in plan.items("organisation", "groups")):
        return
    vague = vague_roles(plan)
    posts = [role for _path, role in plan.items("organisation", "roles") if _in_charge(role, vague)]
    if posts and (_levels_name_command(plan) or any(_names_a_body(role) for role in posts)):
        return
    if posts:
        yield plan.finding(
            plan.section_anchor("organisation"),
            _(
                "the plan names posts and departments ({names}) but no emergency organisation they form: no group "
                "and no level that says who leads it or whom it tells; add `organisation.groups` (e.g. an emergency "
                "leading group or command with its leader, deputies, members and office), so that it is clear who "
                "takes command, who stands in and who is called in when an event escalates"
            ).format(names=pgettext("list separator", "; ").join(plan.name_of(str(role.get("id"))) for role in posts)),
            at_key=True,
        )
        return
    yield plan.finding(
        plan.section_anchor("organisation"),
        _(
            "the plan has no emergency organisation: no group and no role that is in charge or has duties; add "
            "`organisation.groups` (e.g. an emergency leading group with its leader, members and office) and "
            "write each role's `duties`, so that someone takes command when an event escalates"
        ),
        at_key=True,
    )
