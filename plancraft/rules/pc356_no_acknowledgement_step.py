"""A complaint procedure tells the complainant that the complaint was received.

Acknowledging each complaint is one of the steps of complaint handling in ISO 10002:2018 (adopted
in China as GB/T 19012-2019): receipt, tracking, **acknowledgement**, initial assessment,
investigation, response. The complainant learns that the complaint arrived, under which reference
and whom to ask; the organisation can show when its clock started. A published procedure that goes
from "we register the complaint" straight to "we reply within 5 working days" leaves a caller or a
visitor with nothing in hand.

PC351 judges UK plans against the statutory acknowledgement (FCA DISP 1.6.1R, Housing Ombudsman
Code); this rule is the good-practice check for complaint procedures everywhere else, and it asks
only whether an acknowledgement is there at all (PC353 asks for its time). It applies to plans whose
`document.type` is complaint-procedure and whose jurisdiction is not GB; an emergency plan for
complaint incidents handles events, not each complaint's receipt, and is not asked. Any text of
the plan that speaks of acknowledging (acknowledg…, "confirm receipt", 回执, 确认收到, 告知受理,
出具受理凭证) satisfies it, as does one that acknowledges in substance (告知投诉人承办人员, "we will tell you who
is dealing with your complaint and when to expect a response"), and so does a first response to the complainant (首次响应, 初步响应业主
within 15 minutes, 响应客户, "we will respond promptly"), which tells them the same; the words live
in `plancraft/rules/vocabulary.py` (ACKNOWLEDGE, FIRST_RESPONSE).

Passing::

    document: {id: p, title: 游客投诉处理制度, type: complaint-procedure, language: zh-CN}
    scenarios:
      - id: s
        title: 受理投诉
        actions:
          - do: 登记投诉并当场出具受理回执,告知编号和答复时限
            within: 1h

Failing::

    document: {id: p, title: 游客投诉处理制度, type: complaint-procedure, language: zh-CN}
    scenarios:                        # registered and answered, never acknowledged
      - id: s
        title: 受理投诉
        actions:
          - do: 登记投诉内容
          - do: 5个工作日内答复投诉人
            within: 5wd
"""

from __future__ import annotations

from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import COMPLAINT_PROCEDURE, Plan
from plancraft.rules.vocabulary import ACKNOWLEDGE, ACKNOWLEDGE_IN_SUBSTANCE, FIRST_RESPONSE

CODE = "PC356"
NAME = "no-acknowledgement-step"
GROUP = "deadlines"
SEVERITY = Severity.WARNING
SUMMARY = "A complaint procedure (outside GB) acknowledges each complaint to the complainant"
SOURCE = (
    "good practice: ISO 10002:2018 = GB/T 19012-2019, acknowledgement of complaint (the step list read in "
    "secondary copies; the clause number not confirmed from the standard's text, so none is cited). No "
    "statutory acknowledgement was confirmed for CN (投诉办法 sets handling periods only, as far as read) or "
    "for IE (the Central Bank Consumer Protection Code's 5 business days were read only in secondary "
    "summaries), so the rule declares no jurisdiction and cites no statute"
)
CLAUSES: tuple[str, ...] = ()
VERIFIED = False
OPTIONS: dict[str, object] = {}

# A first response to the complainant (首次响应, 15分钟内初步响应业主, 响应客户, "we will respond promptly") also
# tells them the complaint arrived; an emergency response (应急响应) does not.
_PROMPT_RESPONSE = re.compile(r"(?<!应急)响应|\brespond(?:s|ing)? promptly\b|\bprompt (?:response|reply)\b", re.IGNORECASE)

# Where the plan's own texts are (the document block and its source are about the document, not the procedure).
_NOT_PROCEDURE = ("document",)


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if plan.document_type != COMPLAINT_PROCEDURE or plan.jurisdiction == "GB":
        return
    if any(
        path[:1] != _NOT_PROCEDURE
        and (
            ACKNOWLEDGE.search(text)
            or ACKNOWLEDGE_IN_SUBSTANCE.search(text)
            or FIRST_RESPONSE.search(text)
            or _PROMPT_RESPONSE.search(text)
        )
        for path, text in plan.texts()
    ):
        return
    yield plan.finding(
        plan.section_anchor("scenarios"),
        _(
            "nothing in the procedure tells the complainant that the complaint was received; add a step such as "
            "`- do: Acknowledge the complaint with its reference and the date the response is due` with a "
            "`within` (ISO 10002 / GB/T 19012: acknowledge each complaint)"
        ),
        at_key=True,
    )
