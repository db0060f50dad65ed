"""The resources the response needs are listed and someone keeps them ready.

A response that needs a 24-hour line, a reception room, reserve cash or a contact list fails if
they are found missing on the day (GB/T 29639-2020, support). The plan needs a `support`
section.

For a bank's or insurer's complaint plan, 银行业保险业消费投诉处理管理办法 第七条 also expects a
reception room with audio and video recording: when the plan has support items but none mentions
recording (录音, 录像, recording), the rule adds an info-level hint.

Passing::

    support:
      - {what: 投诉应急专线电话，24小时有人值守, owner: office-head}
      - {what: 配备录音录像设备的客户接待室, owner: branch-head}

Failing::

    document:
      title: 客户投诉应急预案
    scope: 本行各营业网点        # no support section
"""

from __future__ import annotations

from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import N_, _
from plancraft.model import EMERGENCY_PLAN, Plan, get
from plancraft.rules.presence import cite

CODE = "PC407"
NAME = "no-support-resources"
GROUP = "management"
SEVERITY = Severity.WARNING
SUMMARY = "The plan lists its support resources (for bank complaint plans: a recorded reception room)"
SOURCE = "GB/T 29639-2020 (support); 投诉办法 第七条 (reception room with audio/video recording)"
CLAUSES = ("GB/T 29639-2020 6.5", "投诉办法 第七条")
VERIFIED = False
DOUBT = "clause number 6.5 of GB/T 29639-2020 not confirmed from the published text; cited without it"
DOCUMENT_TYPES = (EMERGENCY_PLAN,)  # emergency support resources (应急保障) are part of an emergency plan (GB/T 29639-2020)
OPTIONS: dict[str, object] = {}

_COMPLAINT = re.compile(r"投诉|complain", re.IGNORECASE)
_BANK_OR_INSURER = re.compile(r"银行|农行|支行|分行|保险|bank|insur", re.IGNORECASE)
_RECORDING = re.compile(r"录音|录像|recording|recorded", re.IGNORECASE)
_ROOM_HINT = N_("a reception room with audio and video recording")


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    data = plan.data if isinstance(plan.data, dict) else {}
    bank_complaints = _is_bank_complaint_plan(data) and plan.jurisdiction == "CN"  # 投诉办法 第七条 is CN law
    support = data.get("support")
    if not support:
        where = plan.section_anchor("support")
        hint = (
            _(", and for complaints {room_hint}{cite}").format(room_hint=_(_ROOM_HINT), cite=cite(plan, "投诉办法 第七条"))
            if bank_complaints
            else ""
        )
        yield plan.finding(
            where,
            _(
                "the plan lists no support resources; add `support` items with what must be ready and who keeps it ready: a 24-hour line, an up-to-date contact list{hint}"
            ).format(hint=hint),
            at_key=True,
        )
        return
    if bank_complaints and not any(_RECORDING.search(str(item.get("what") or "")) for _, item in plan.items("support")):
        yield plan.finding(
            ("support",),
            _(
                "no support item mentions recording; a bank or insurer handling complaints needs {room_hint}{cite} — add it, e.g. `- what: 配备录音录像设备的客户接待室`"
            ).format(room_hint=_(_ROOM_HINT), cite=cite(plan, "投诉办法 第七条")),
            at_key=True,
            severity=Severity.INFO,
        )


def _is_bank_complaint_plan(data: dict) -> bool:
    text = " ".join(
        str(value)
        for value in (
            get(data, "document", "title"),
            get(data, "document", "issuer"),
            data.get("purpose"),
            data.get("scope"),
        )
        if value
    )
    return bool(_COMPLAINT.search(text) and _BANK_OR_INSURER.search(text))
