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
in `plancraft/rules/vocabulary.py` (ACKNOWLEDGE, FIRST_RESPONSE). A timed first reply is one too: a step
or time limit in which a named handler (its `by` or `owner` a role whose holder is named) replies to or
contacts the complainant ("Perry will reply to you", 联系投诉人) within a time shorter than another of
the procedure's periods (a reply in 2 business days where complaints are resolved in 10) tells them
the complaint was received; a reply that resolves the complaint, or whose time is the procedure's
longest, is its answer, and is not one.

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
from plancraft.durations import parse_duration
from plancraft.model import COMPLAINT_PROCEDURE, ROLE, Plan
from plancraft.rules.helpers import pool_roles, vague_roles
from plancraft.rules.presence import said_in_plan
from plancraft.rules.vocabulary import ACKNOWLEDGE, ACKNOWLEDGE_IN_SUBSTANCE, FIRST_RESPONSE, is_vague

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


# Replying to or contacting the complainant: "Perry will reply to you", "we will get back to you", 联系投诉人, 回复客户.
_REPLY = re.compile(
    r"\b(?:reply|replies|respond|responds|get back|write|writes|contact|contacts|call|calls)\b[^.;]{0,20}\byou\b|"
    r"(?:回复|答复|联系|回电|致电)(?:投诉人|客户|业主|游客|旅客|患者|用户|您)",
    re.IGNORECASE,
)


# What the answer itself does: resolve, decide, give the outcome (a reply that does it is the answer, not a first reply).
_ANSWER = re.compile(r"resol|decision|outcome|final|conclu|解决|处理结果|处理意见|办结|结果", re.IGNORECASE)


def _timed_first_reply(plan: Plan) -> bool:
    """A reply to the complainant, for every complaint (no `when`), from a named handler (`by` or `owner` a role whose
    holder is named, not a pool or a vague party) with a `within` shorter than another period of the procedure, which does not itself resolve
    the complaint: a first reply."""
    unnamed = vague_roles(plan) | pool_roles(plan)
    named = {
        role["id"]
        for _p, role in plan.items("organisation", "roles")
        if isinstance(role.get("id"), str)
        and isinstance(role.get("holder"), str)
        and role["holder"].strip()
        and not is_vague(role["holder"])
    }
    timed = [
        (step.get("do"), step.get("by"), parse_duration(step.get("within")))
        for _p, scenario in plan.items("scenarios")
        for _q, step in plan.items(*_p, "actions")
        if not step.get("when")  # a reply only in some case (if not resolved in 3 days) is no first reply to all
    ]
    timed += [
        (limit.get("what"), limit.get("owner"), parse_duration(limit.get("within"))) for _p, limit in plan.items("time_limits")
    ]
    periods = [duration for _text, _who, duration in timed if duration is not None]
    if len(periods) < 2:
        return False
    longest = max(periods)
    return any(
        isinstance(text, str)
        and duration is not None
        and duration < longest
        and isinstance(who, str)
        and plan.kind_of(who) == ROLE
        and who in named
        and who not in unnamed
        and _REPLY.search(text)
        and not _ANSWER.search(text)
        for text, who, duration in timed
    )


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if plan.document_type != COMPLAINT_PROCEDURE or plan.jurisdiction == "GB":
        return
    if said_in_plan(plan, ACKNOWLEDGE, ACKNOWLEDGE_IN_SUBSTANCE, FIRST_RESPONSE, _PROMPT_RESPONSE):
        return
    if _timed_first_reply(plan):
        return  # a reply within a shorter time than the procedure's answer tells them it arrived
    yield plan.finding(
        plan.section_anchor("scenarios"),
        _(
            "nothing in the procedure tells the complainant that the complaint was received; add a step such as "
            "`- do: Acknowledge the complaint with its reference and the date the response is due` with a "
            "`within` (ISO 10002 / GB/T 19012: acknowledge each complaint)"
        ),
        at_key=True,
    )
