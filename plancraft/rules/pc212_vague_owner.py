"""A role that is given work names a post, not "staff" or "the relevant department".

工作人员, 相关人员, 有关部门, 相关部门, "staff", "the relevant department", "an appropriate manager": a
role called that is nobody in particular, so when the plan gives it a step, a deadline or a
scenario, everybody can assume someone else will act. Name the post or department (大堂经理,
综合部, "the complaints manager"). Judged are roles whose title or holder is only such a word and
that the plan gives work to (a step, an approval, a scenario, a level, a time limit, a report, a
resource); a role nothing refers to is PC105's business. A step without `by` whose text hands the
work to such a party (移交相关部门处理, "refer it to the relevant department") is reported too: the
party that takes over is exactly what the step must name.

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
from plancraft.i18n import _
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

# Chinese: a post named only by 相关/有关 or by what it does in general (调查人员, 主管领导, 相关职能科室).
_ZH = re.compile(
    r"(?:各|本行|本单位|我行|我司|本公司|单位)?"
    r"(?:(?:相关|有关|其他|其它)\S{0,4}(?:工作人员|人员|员工|部门|科室|单位|机构|负责人|责任人|领导)"
    r"|(?:调查|处理|经办|办理|工作|具体)?(?:人员|员工)"
    r"|(?:主管|分管|相关|有关)?领导"
    r"|部门|单位|负责人|责任人)(?:等)?"
)
# English, once determiners and trailing qualifiers are dropped: only vague adjectives and nouns.
_EN_DROP = re.compile(r"^(?:one of (?:our|the)|a member of|members of|any|the|an?|our)\s+|\s+(?:in|of|at|to|from|who|that)\b.*$",
                      re.IGNORECASE)
_EN = re.compile(
    r"(?:(?:right|relevant|appropriate|responsible|suitable|designated|other|nominated)\s+)?"
    r"(?:person|people|persons|personnel|staff|staff members?|members? of staff|employees?|team|department|"
    r"manager|colleagues?|someone|somebody|officer)",
    re.IGNORECASE,
)


# A vague party named inside a step's text.
_IN_TEXT = re.compile(r"(?:相关|有关)(?:职能)?(?:部门|科室|单位|机构|人员)|relevant (?:department|team|staff|person)s?|"
                      r"appropriate (?:department|team|person)s?", re.IGNORECASE)


def is_vague(text: object) -> bool:
    """True when `text` is only a vague word for people (相关人员, staff, the relevant department)."""
    if not isinstance(text, str):
        return False
    words = text.strip().strip("。.；;，,")
    if not words:
        return False
    if _ZH.fullmatch(words):
        return True
    english = words
    for _skip in range(3):  # "one of our staff", "the right person in the Bank to investigate"
        english = _EN_DROP.sub("", english).strip()
    return bool(english) and _EN.fullmatch(english) is not None


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
            _("role `{ident}` is “{title}”, which names nobody in particular, yet the plan gives it work; name the post or department that acts (e.g. 大堂经理, 综合部, the complaints manager) in `title` or `holder`").format(ident=ident, title=title),
        )
    for path, scenario in plan.items("scenarios"):
        for step_path, step in plan.items(*path, "actions"):
            match = _IN_TEXT.search(str(step.get("do") or ""))
            if match is None or step.get("by"):
                continue
            yield plan.finding(
                step_path + ("do",),
                _("step {value} of scenario `{get}` hands the work to “{group}”, which names nobody in particular; name the department or post with `by` (define it under `organisation.roles`)").format(value=step_path[-1] + 1, get=scenario.get('id'), group=match.group()),
            )
