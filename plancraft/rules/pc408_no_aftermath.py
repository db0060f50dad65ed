"""The plan says what happens after the response ends.

The response ending is not the end of the work: the incident is reported and reviewed, the
customer and staff are followed up, compensation is settled and the cause is fixed so that it
does not recur. GB/T 29639-2020 (aftermath, 后期处置) expects this in the plan; without it,
lessons are lost. Write it in `aftermath`. A plan that says it elsewhere — a last step, a report
or a duty that speaks of 善后处置, 后期处置, 总结经验教训, 复盘, "lessons learned", a debrief or a
post-incident review, or a report line or time limit for the report that follows the response (事件处置
结束后的总结报告, "an incident review report after the response has ended") — has said it, and is not
reported.

A complaint-handling procedure (`document.type: complaint-procedure`) has no response to wind
down: what it owes after a complaint is answered is to learn from it. One that says so in any of its
texts — it uses what complaints show to improve the service, looks for their causes, learns lessons
(利用投诉信息改进服务, 分析投诉原因, 整改, "we use information from complaints to improve our
services", "root causes"), deals with the problems complaints keep showing at their source (分析高频问题,
从源头减少投诉, "identify trends and recurring problems") or follows the complainant up once the complaint
is closed (跟踪—回访—归档, "we follow up with you after it is closed") — is not reported. An attitude alone ("complaints are an opportunity to
improve", 提高服务水平) does not say what is done and still is.

Passing::

    aftermath:
      - 较大、重大投诉事件处理完毕后3日内，报送事件情况、处理结果及经验教训总结
      - 分析投诉成因，完善产品、服务和管理，消除投诉根源

Failing::

    aftermath: []        # nothing after the response
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.model import COMPLAINT_PROCEDURE
from plancraft.rules import vocabulary
from plancraft.rules.helpers import prose
from plancraft.rules.presence import cite

CODE = "PC408"
NAME = "no-aftermath"
GROUP = "management"
SEVERITY = Severity.WARNING
SUMMARY = "The plan says what happens after the response ends (aftermath)"
SOURCE = "GB/T 29639-2020 (aftermath)"
CLAUSES = ("GB/T 29639-2020 6.4",)
VERIFIED = False
DOUBT = "clause number 6.4 of GB/T 29639-2020 not confirmed from the published text; cited without it"
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    data = plan.data if isinstance(plan.data, dict) else {}
    if data.get("aftermath"):
        return
    if any(vocabulary.AFTERMATH_IN_TEXT.search(text) for _path, text in prose(plan)):
        return  # it says what comes after, in a step or a duty rather than in `aftermath`
    if plan.document_type == COMPLAINT_PROCEDURE and any(vocabulary.IMPROVEMENT_LOOP.search(text) for _path, text in prose(plan)):
        return  # a procedure that says it learns from complaints has said what comes after
    where = plan.section_anchor("aftermath")
    yield plan.finding(
        where,
        _(
            "the plan says nothing about what happens after the response ends; add `aftermath` items: the "
            "incident report and its deadline, lessons learned, follow-up with the customer and staff, "
            "fixing the cause"
        )
        + cite(plan, "GB/T 29639-2020"),
        at_key=True,
    )
