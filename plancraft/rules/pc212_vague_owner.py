"""A role names a post, not "staff", "the relevant department" or whoever took the complaint.

工作人员, 相关人员, 有关部门, 相关科室, 受理部门, 受理人, 承办人, "staff", "the relevant department",
"the relevant service", "the person or team handling your matter", "an appropriate manager": a
role called that is nobody in particular, so when the plan gives it a step, a deadline or a
scenario, everybody can assume someone else will act — and a role with such a title that the plan
only lists tells the reader of the organisation chapter nothing. Name the post or department
(大堂经理, 综合部, "the complaints manager"). Judged are roles whose title (each part of it, for
"相关科室(相关职能科室)") is only such a word and whose holder does not name a post; such a role is
not reported again as unused (PC105), as without duties (PC210) or as without a stand-in (PC209).
An either-or of two posts or units (职能部门或分公司, 工作人员或分管领导) names nobody either: each can
assume the other acts. So does a list of units each taken collectively (各线办、各村(社区)部门单位), a
bare 成员 whose holder names no post, a group's member (组员(业务处理小组)) held by a named unit's "relevant
people" (零售业务部相关人员: the unit is named, the posts in it are not), and "staff close to where we
provided the service". A duty
post (值班经理, 值班队长, "duty manager") is a post: one holder at a time, named by the rota. A step
without `by` whose text hands the work to such a party (移交相关部门处理, 通知责任单位, "refer it to the
relevant department", "the department concerned") is reported too: the party that takes over is
exactly what the step must name. So is a unit left as a placeholder (XX部相关人员: its "relevant people"), and
"the person investigating your complaint": a participle says what the person does in the case, not which post
they hold. A post in command (总指挥, 组长, 总协调) held by two posts joined by a slash (工程部经理/当值班) is
reported as well: either may command and the plan does not say when which; posts that take complaints in
(客服专员/楼栋管家) are many hands, not a command, and are left alone. A step that tells or calls in "sister
units" (兄弟单位, 友邻单位), whoever its owner, names no one to be told. Bodies a step reaches through
someone else (通过国家旅游局联络所在国家或地区的有关机构) are whom it reaches, which depends on the case, not
who does the work: not reported. The words are listed once, in
`plancraft/rules/vocabulary.py`.

Passing::

    organisation:
      roles:
        - {id: lobby-manager, title: 大堂经理, holder: 各网点大堂经理}
    scenarios:
      - {id: s, title: 现场投诉, actions: [{do: 接待客户, by: lobby-manager}]}

Failing::

    organisation:
      roles:
        - {id: staff, title: 工作人员}          # which staff?
    scenarios:
      - {id: s, title: 现场投诉, actions: [{do: 接待客户, by: staff}]}
"""

from __future__ import annotations

from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import N_, _
from plancraft.model import Plan
from plancraft.rules.helpers import for_plan
from plancraft.rules.vocabulary import VAGUE_IN_TEXT, VAGUE_PARTNER, is_split_command, is_vague

CODE = "PC212"
NAME = "vague-owner"
GROUP = "organisation"
SEVERITY = Severity.WARNING
SUMMARY = 'A role names a post, not 工作人员 / 相关部门 / 受理人 / "staff"'
SOURCE = "good practice; 投诉办法 第七条 (a named department and posts); ISO 10002:2018 (accountability)"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}

_MEMBERSHIP = re.compile(
    r"(?:小组|工作组)?(?:成员|组员)\s*[(（][^)）]*[)）]|members? of (?:the )?[\w -]+(?:group|team)", re.IGNORECASE
)

# The message for a Chinese plan (posts it would name) and for any other.
_MESSAGE = {
    "zh": N_(
        "role `{ident}` is “{title}”, which names nobody in particular; name the post or department that acts (e.g. 大堂经理, 综合部, the complaints manager) in `title` or `holder`"
    ),
    "en": N_(
        "role `{ident}` is “{title}”, which names nobody in particular; name the post or department that acts (e.g. the complaints manager, Customer Services) in `title` or `holder`"
    ),
}


# Bodies a step reaches through someone else: 通过国家旅游局联络所在国家或地区的旅游管理部门或有关机构, "through the
# embassy, contact the relevant authorities". They are whom the step reaches, which depends on the case and which
# no plan can name in advance, not who does the work.
_THROUGH = re.compile(
    r"(?:通过|经由|经|借助)[^，,；;。]{2,20}?(?:联络|联系|转告|转达|通报|通知|协调|沟通)[^，,；;。]*$|"
    r"\bthrough\s+[^,;.]{2,40}?\b(?:contact|liaise|reach|notify)\w*\b[^,;.]*$",
    re.IGNORECASE,
)


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    for path, role in plan.items("organisation", "roles"):
        ident = role.get("id")
        title, holder = role.get("title"), role.get("holder")
        named_holder = isinstance(holder, str) and holder.strip() and not is_vague(holder)
        vague_holder = isinstance(holder, str) and holder.strip() and is_vague(holder)
        # "组员(业务处理小组)" says only that the role belongs to a group: its holder must name the posts
        membership = isinstance(title, str) and _MEMBERSHIP.fullmatch(title.strip()) is not None
        if is_split_command(title, holder) and not (is_vague(title) and not named_holder):
            in_holder = isinstance(holder, str) and "/" in holder.replace("／", "/")  # else the title is the pair
            yield plan.finding(
                path + ("holder" if in_holder else "title",),
                _(
                    "role `{ident}` ({title}) is in command, but it is held by “{holder}”, two posts either of whom may act; say which post commands and when the other stands in"
                ).format(ident=ident, title=title, holder=holder if in_holder else title),
            )
            continue
        if not ((is_vague(title) and not named_holder) or (membership and vague_holder)):
            continue
        yield plan.finding(
            path + ("title",),
            _(for_plan(plan, _MESSAGE)).format(
                ident=ident,
                title=f"{title} ({holder.strip()})" if isinstance(holder, str) and holder.strip() not in ("", title) else title,
            ),
        )
    for path, scenario in plan.items("scenarios"):
        for step_path, step in plan.items(*path, "actions"):
            partner = VAGUE_PARTNER.search(str(step.get("do") or ""))
            if partner is not None:
                yield plan.finding(
                    step_path + ("do",),
                    _(
                        "step {value} of scenario `{get}` tells or calls in “{group}”, which names no one: say which organisations, and define them under `external:` with a contact"
                    ).format(value=step_path[-1] + 1, get=scenario.get("id"), group=partner.group()),
                )
                continue
            match = VAGUE_IN_TEXT.search(str(step.get("do") or ""))
            if match is None or step.get("by"):
                continue
            if _THROUGH.search(str(step.get("do"))[: match.start()]):
                continue  # bodies reached through someone else (通过国家旅游局联络…有关机构): whom it reaches, not who acts
            yield plan.finding(
                step_path + ("do",),
                _(
                    "step {value} of scenario `{get}` hands the work to “{group}”, which names nobody in particular; name the department or post with `by` (define it under `organisation.roles`)"
                ).format(value=step_path[-1] + 1, get=scenario.get("id"), group=match.group()),
            )
