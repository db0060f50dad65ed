"""A role that is given work names a post, not "staff" or "the relevant department".

工作人员, 相关人员, 有关部门, 相关部门, "staff", "the relevant department", "an appropriate manager": a
role called that is nobody in particular, so when the plan gives it a step, a deadline or a
scenario, everybody can assume someone else will act. Name the post or department (大堂经理,
综合部, "the complaints manager"). Judged are roles whose title or holder is only such a word and
that the plan gives work to (a step, an approval, a scenario, a level, a time limit, a report, a
resource); a role nothing refers to is PC105's business.

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

import re
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.model import Plan

CODE = "PC212"
NAME = "vague-owner"
GROUP = "organisation"
SEVERITY = Severity.WARNING
SUMMARY = "A role given work names a post, not 工作人员 / 相关部门 / \"staff\""
SOURCE = "good practice; 投诉办法 第七条 (a named department and posts); ISO 10002:2018 (accountability)"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}

VAGUE = re.compile(
    r"(?:各|本行|本单位|我行|我司|本公司)?(?:相关|有关|其他|其它)?(?:工作人员|人员|员工|部门|单位|负责人|责任人|领导)(?:等)?"
    r"|(?:the |an? |any )?(?:relevant |appropriate |responsible |other )?"
    r"(?:staff|staff members?|employees?|person(?:nel)?|people|department|team|manager|colleagues?)",
    re.IGNORECASE,
)


def is_vague(text: object) -> bool:
    """True when `text` is only a vague word for people (相关人员, staff, the relevant department)."""
    if not isinstance(text, str):
        return False
    words = text.strip().strip("。.；;，,")
    return bool(words) and VAGUE.fullmatch(words) is not None


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    given_work = {ref.target for ref in plan.references if not ref.field.startswith(("organisation.", "approvals"))}
    for path, role in plan.items("organisation", "roles"):
        ident = role.get("id")
        if ident not in given_work:
            continue
        title, holder = role.get("title"), role.get("holder")
        named_holder = isinstance(holder, str) and holder.strip() and not is_vague(holder)
        if not is_vague(title) or named_holder:
            continue
        yield plan.finding(
            path + ("title",),
            f"role `{ident}` is “{title}”, which names nobody in particular, yet the plan gives it work; name the "
            f"post or department that acts (e.g. 大堂经理, 综合部, the complaints manager) in `title` or `holder`",
        )
