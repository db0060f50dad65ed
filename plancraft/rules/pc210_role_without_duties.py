"""Every role has its duties written down.

The organisation chapter (组织机构及职责) is where each person looks up what is expected of
them; the rendered plan prints each role's `duties` there. A role without duties may still get
steps in the scenarios, but nobody reading the organisation chapter learns what the role answers
for between incidents (registering, reporting, training) or who covers which part of the
response. GB/T 29639-2020 6.2 asks for the duties of each part of the organisation. This is a
warning, not advice: a finished plan states every role's duties. Only the role's own `duties`
count; a group's duties do not stand in for its members'.

A role whose work is already written where it acts — it does steps (`actions[].by`), approves them
(`actions[].approval`), owns a scenario, is escalated to, or owns a time limit, an amount cap or a
report — is not reported: its duties are in the plan, as its steps, and asking for them again in
the organisation chapter would be a second finding for a plan that has said it once. The same holds
for a role that a text names, by its title, as doing something: a step of another role that sends it
(``do: 安排安保人员到场维护秩序``, "ask the Duty Manager to attend"), the response of the level it leads
(``do: 立即安排分管领导或单位责任人到场接访``, where the role is 责任单位分管领导或单位责任人), another
role's or a group's duties (由信息员负责登记), a step that lists it after a colon as doing what the step says
("We check our responses before they are sent: the head of the department, the complaints manager";
答复前审核把关:科室负责人、投诉管理员), a principle or the scope that gives it a charge (大堂经理为首问责任人，
负责接待投诉客户; "The Complaints Manager oversees every complaint"). A text that only reports or escalates to the role
(报告分管领导, "report to the director") gives it no work of its own, and is still reported. Nor is
a role reported whose own title or holder says what it does (信息员（负责信息报送）, 负责接待投诉的大堂经理,
"Complaints Officer, responsible for logging every complaint"); 负责人 names a post, not a duty.

A role whose title names nobody in particular (相关科室, 受理人, "the relevant service") is PC212's
finding: its post must be named before its duties can be, so it is not reported here as well.

An empty `duties: []` counts as missing.

Passing::

    organisation:
      roles:
        - id: lobby-manager
          title: 大堂经理
          duties: [首问负责，接待投诉客户并登记投诉事由]

Failing::

    organisation:
      roles:
        - {id: lobby-manager, title: 大堂经理}    # what does the lobby manager do?
        - {id: guard, title: 保安}                # acts in a step: not reported
        - {id: porter, title: 门卫}               # sent by a step: not reported
    scenarios:
      - id: s
        title: 处理过激行为
        actions:
          - {do: 维持秩序, by: guard}
          - {do: 通知门卫到场疏导人员, by: guard}
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.rules import vocabulary
from plancraft.rules.helpers import roles_given_work_in_prose, vague_roles

CODE = "PC210"
NAME = "role-without-duties"
GROUP = "organisation"
SEVERITY = Severity.WARNING
SUMMARY = "Every role has duties"
SOURCE = "GB/T 29639-2020 6.2 (organisation and duties)"
CLAUSES = ("GB/T 29639-2020 6.2",)
VERIFIED = True
OPTIONS: dict[str, object] = {}


# Reference fields that give a role its work where it acts (model.Plan.references names them).
_ACTING = {
    "scenarios[].actions[].by",
    "scenarios[].actions[].approval",
    "scenarios[].owner",
    "scenarios[].escalation[].to",
    "limits[].approver",
    "time_limits[].owner",
    "reporting[].owner",
}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    acting = {ref.target for ref in plan.references if ref.field in _ACTING}
    vague = vague_roles(plan)  # PC212 reports them: name the post first, its duties follow
    named = roles_given_work_in_prose(plan)  # a text says what it does
    for path, role in plan.items("organisation", "roles"):
        duties = role.get("duties")
        if isinstance(duties, list) and duties:
            continue
        if role.get("id") in acting or role.get("id") in vague or role.get("id") in named:
            continue
        if any(isinstance(role.get(k), str) and vocabulary.DUTY_IN_NAME.search(role[k]) for k in ("title", "holder")):
            continue  # its title or holder says what it does
        ident = role.get("id")
        yield plan.finding(
            path + ("duties",) if "duties" in role else path,
            _("role `{ident}` ({name}) has no duties; list what it is responsible for under `duties:`").format(
                ident=ident, name=plan.name_of(str(ident))
            ),
            at_key=True,
        )
