"""A CN bank or insurer's plan grades a joint face-to-face complaint of 20 or more people as major.

银行业保险业消费投诉处理管理办法 第二十九条 requires a bank or insurer to keep an emergency plan for
major complaints (重大消费投诉), and counts among them a joint complaint made face to face by 20
or more people. The plan's top level (or a level named 重大) must therefore catch that case: a
people threshold of 20 or less (`thresholds: [{measure: 投诉人数, min: 20, unit: 人}]`), or criteria
that speak of group complaints (群体性, 集体, 联名, 20人以上). A people threshold above 20 at the top
level lets a major complaint under the article be graded lower, and is reported too.

Applies to plans whose jurisdiction is CN and whose issuer, title, scope or purpose names a bank,
an insurer or another 银行保险机构.

Only a plan about complaints is judged (a complaint procedure, or a plan whose title, scope,
purpose, a level or a scenario says 投诉 or complaint): a bank's IT outage plan or an insurer's
disaster plan sets no complaint deadlines and grades no complaints.

Passing::

    document: {id: p, title: 客户投诉应急预案, issuer: 示例银行梁平支行, language: zh-CN}
    levels:
      - {id: general, name: 一般投诉}
      - id: major
        name: 重大投诉
        criteria: 群体性投诉或引起媒体关注
        thresholds: [{measure: 投诉人数, min: 20, unit: 人}]

Failing::

    document: {id: p, title: 客户投诉应急预案, issuer: 示例银行梁平支行, language: zh-CN}
    levels:
      - {id: general, name: 一般投诉}
      - {id: major, name: 重大投诉, criteria: 客户有过激行为}     # 20 people at the counter?
"""

from __future__ import annotations

from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import EMERGENCY_PLAN, Plan
from plancraft.rules.presence import applies, is_complaint_plan, top_level
from plancraft.rules.statutory import is_cn_financial

CODE = "PC216"
NAME = "major-complaint-triggers"
GROUP = "levels"
SEVERITY = Severity.WARNING
SUMMARY = "A CN bank or insurer's top level covers joint face-to-face complaints by 20 or more people (投诉办法 第二十九条)"
SOURCE = "银行业保险业消费投诉处理管理办法 第二十九条 (emergency plan for major complaints; 20 or more people)"
CLAUSES = ("投诉办法 第二十九条",)
VERIFIED = True
JURISDICTIONS = ("CN",)
DOCUMENT_TYPES = (
    EMERGENCY_PLAN,
)  # 投诉办法 第二十九条 asks for an emergency plan for major complaints; a complaint procedure is not that plan
OPTIONS: dict[str, object] = {}
EVIDENCE = ("levels[].criteria|levels[].thresholds",)

GROUP_WORDS = re.compile(
    r"群体|集体|联名|多人|众多|(?:[1-9][0-9]?|二十|十)\s*(?:名|人|位)(?:以上|及以上)|group|collective", re.IGNORECASE
)
PEOPLE = re.compile(r"人数|人次|投诉人|people|persons|complainants", re.IGNORECASE)
MAJOR = re.compile(r"重大|特别重大|major|serious", re.IGNORECASE)


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if not applies(plan, JURISDICTIONS) or not is_cn_financial(plan) or not is_complaint_plan(plan):
        return
    highest = top_level(plan)  # the last level, or the first where they are listed most severe first
    if highest is None:
        return
    others = [(p, lv) for p, lv in plan.items("levels") if p != highest[0] and MAJOR.search(str(lv.get("name") or ""))]
    candidates = [highest, *others]
    for path, level in candidates:
        for t_path, threshold in plan.items(*path, "thresholds"):
            if PEOPLE.search(str(threshold.get("measure") or "")) and isinstance(threshold.get("min"), (int, float)):
                if threshold["min"] > 20:
                    yield plan.finding(
                        t_path + ("min",),
                        _(
                            "level `{get}` counts a group complaint as major only from {min} people; 投诉办法 第二十九条 counts a joint face-to-face complaint by 20 or more as major — lower the minimum to 20"
                        ).format(get=level.get("id"), min=threshold["min"]),
                    )
                return
        texts = [level.get("name"), level.get("criteria")]
        if any(isinstance(t, str) and GROUP_WORDS.search(t) for t in texts):
            return
    top_path, top = highest
    yield plan.finding(
        top_path + ("id",),
        _(
            "the most severe level `{get}` ({name}) does not cover a joint face-to-face complaint by 20 or more people, which 投诉办法 第二十九条 counts as a major complaint; add it to the level's `criteria` or as `thresholds: [{{measure: 投诉人数, min: 20, unit: 人}}]`"
        ).format(get=top.get("id"), name=plan.name_of(str(top.get("id")))),
    )
