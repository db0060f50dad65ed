"""Small pieces every part of the importer shares: a value with where it came from, sentences."""

from __future__ import annotations

from plancraft.importer import recache as re
from dataclasses import dataclass
from typing import Any

from .numbers import AT_MOST, CN_NUMERAL, find_durations

# an item's number before its text (1、 / 一、 / (二) / a) / ①), not a word before 、 (组长、副组长…)
ITEM_NUMBER = (
    r"(?:(?:[0-9A-Za-z]{1,3}|[一二三四五六七八九十]{1,3})[、.．)）]|[（(][0-9一二三四五六七八九十A-Za-z]{1,3}[)）]|[①-⑳])"
)


@dataclass
class Src:
    """A value and where it came from: ("p", 12) paragraph 12, ("t", 2, 3) table 2 row 3."""

    value: Any
    at: tuple | None = None


_SENT_SPLIT = re.compile(
    r"(?<=[。；;！!？?])\s*|(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\betc\.)(?<!\bNo\.)(?<=[a-z0-9)\]][.])\s+(?=[A-Z])|"
    r"(?<=[a-z]{3}[.])(?=[A-Z][a-z])|"
    # an abbreviation that ends a sentence (…reviewing park-wide CCTV. It is our aim…), not an initial (J. Smith)
    r"(?<=[A-Z]{2}[.])\s+(?=[A-Z][a-z])"
)
_STRIP = " \t。；;，,：:、.．"


def sentences(text: str) -> list[str]:
    return [
        s.strip(_STRIP + "”“") if not s.strip().endswith("”") else s.strip(_STRIP)
        for s in _SENT_SPLIT.split(text)
        if s.strip(_STRIP)
    ]


def _clean(text: str) -> str:
    return text.strip().strip(_STRIP).strip()


# The plan format's "not stated" placeholders (plancraft.stated): lint reports each once (PC513).
NOT_STATED = {"zh-CN": "【未载明】", "en": "[not stated]"}

_DEADLINE_BEFORE = re.compile(
    r"(?:在|于|须在|应在|要在|必须在|不超过|不得超过|不迟于|最迟|限|(?:时间|时限|期限)(?:之|以)?内\s*[（(]|"
    r"within|no later than|not later than|inside|a maximum of|up to|we(?:'|’)ve|we have|"
    r"not exceeding|no more than|not more than|no longer than|at most|\bin|延长至|延长到|延至|延长|"
    r"by the end of|before the end of|after a maximum of|"
    # within the next 5 working days, within a period of 4 weeks; it usually takes 4 weeks, taking up to 8 weeks
    r"within (?:the )?(?:next|following)|within a (?:period|maximum) of|\b(?:takes?|taking)(?: up to| no more than| about)?|"
    # within a 6 week period, allow 10 days; 处理时限为3天, 答复期限：十五日
    r"within an?|\ballow(?:ing)?|(?:时限|期限|时间|时效|周期|用时)(?:为|是|[:：])|最长|至迟|"
    # the time limit may be extended for a further 14 days; we need an additional 10 days
    r"\bextend\w*\s+(?:(?:this|it|the\s+\w+)\s+)?(?:by|for)(?:\s+(?:a\s+)?(?:further|another|additional|up\s+to))?|"
    r"\b(?:a|an)\s+(?:further|additional)|"
    # this should not normally exceed six months
    r"\bnot\s+(?:normally\s+|usually\s+)?exceed)\s*$",
    re.IGNORECASE,
)
_DEADLINE_AFTER = re.compile(
    r"^\s*(?:内|之内|以内|前|完成|办结|回复|答复|反馈|予以|to (?:issue|respond|reply|resolve|send|"
    r"complete|investigate|acknowledge)|(?:of|from|after|upon|on)\s+(?:the\s+)?(?:receipt|receiving|"
    r"the date|date of|day of|getting|us receiving|we receive|when))",
    re.IGNORECASE,
)
# A range (5-10个工作日, 3至5日, 5 to 10 days): the deadline is its upper end, read with the words before the range.
_RANGE_BEFORE = re.compile(rf"(?:\d{{1,4}}|[{CN_NUMERAL}]{{1,4}})\s*(?:[-－—–~～至到]|to)\s*$")
# The day itself or the next (numbers.find_durations reads them as 1d when an act follows: 当日登记, 次日答复).
_ONE_DAY = re.compile(
    r"[当次翌][日天]|[次翌]个?工作日|(?:the\s+)?(?:same|next|following)\s+(?:working\s+|business\s+)?day", re.IGNORECASE
)
# A Chinese span right before the act it times (2小时到达现场, 5日处理完毕, 48小时上报, 15日为限, 期限（15日）内): a deadline;
# not 24小时受理 (round the clock).
_ACT_AFTER_SPAN = re.compile(
    r"^\s*(?:[)）]\s*(?:之内|以内|内)|为限|处理|到达|赶到|到场|到位|到岗|抵达|响应|上门|给予|出具|上报|报告|通报|汇报|报送|联系|回访|核实|"
    r"处置|解决|告知|通知|作出|做出|提交|整改|落实|调查|回电|致电|审核|审批|转办|移交|结案)"
)
_UNRESOLVED_AFTER = re.compile(
    r"^\s*(?:以上|之后|后)?\s*(?:仍|尚|还|依然)?\s*(?:未|无法|不能|没有|未能)(?:能)?(?:解决|处理|修复|恢复|办结|答复|回复|处置|化解|平息)"
)
_NOT_DEADLINE_AFTER = re.compile(
    # 即24小时内可能或者已经受热带气旋影响: a warning signal's forecast window, not a time to act in
    r"^\s*(?:开通|开机|值班|服务|营业|畅通|轮流|不间断|后自动|以上|有效|可能|"
    r"(?:have|has) (?:passed|elapsed|gone by)|later\b|ago\b)",
    re.IGNORECASE,
)
_PURPOSE_START = re.compile(
    r"^(?:为了?|为进一步|为确保|为保障|为加强|为规范|为切实|为有效|为及时|为做好)|特制定|制定本|"
    r"^(?:this|the purpose of this|the aim of this|our aim)\b",
    re.IGNORECASE,
)
_SCOPE = re.compile(r"适用于|适用范围|applies to|covers all", re.IGNORECASE)


def _short(text: str, n: int) -> str:
    """The text cut to about n characters with "…"; a Latin word is not cut in two (a goodwill…, not a goodw…)."""
    if len(text) <= n:
        return text
    cut = text[:n]
    if text[n].isascii() and text[n].isalpha() and cut[-1:].isascii() and cut[-1:].isalpha() and " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"


def _short_title(title: str) -> str:
    title = re.sub(r"^(?:关于)?(?:处理|处置)?", "", title)
    return re.sub(r"的?(?:应急预案|预案|处置流程|处理流程)$", "", title) or title


def _deadline_in(text: str) -> str | None:
    for d in find_durations(text):
        if _is_deadline(text, d):
            return str(d.value)
    return None


def _only_deadlines(text: str) -> bool:
    """Every clause of `text` is a deadline (2小时内响应，24小时内解决; respond within 2 hours, resolve within 24)."""
    clauses = [c for c in re.split(r"[，,；;。]\s*|\.\s+", text) if c.strip()]
    return bool(clauses) and all(any(_is_deadline(c, d) for d in find_durations(c)) for c in clauses)


# A period named as the target to act in, after it: (0 to 2 days completion goal), (1 to 3 day response)
_TARGET_AFTER = re.compile(
    r"^\s*(?:average\s+)?(?:response|completion|resolution|turnaround|repair|fix)\b(?:\s+(?:time|goal|target))?", re.I
)


def _is_deadline(text: str, d) -> bool:
    before = _RANGE_BEFORE.sub("", text[max(0, d.start - 80) : d.start])
    after = text[d.end : d.end + 80]
    if _UNRESOLVED_AFTER.match(after) and not re.search(r"(?:每|every|per)\s*$", before):
        return True  # 超过2小时仍未解决的，上报…; 故障30分钟以上无法修复的: the time after which it goes up, a time limit
    if re.search(r"(?:每|every|per)\s*$", before) or _NOT_DEADLINE_AFTER.match(after):
        return False
    if _ONE_DAY.fullmatch(d.text) and d.text.isascii():
        # we will phone you the same day, by the next working day: a deadline; "treated as received the next working day"
        # says when the clock starts
        return not re.search(r"\b(?:received|receipt|deemed|treated as|logged|registered)\s*(?:on\s*)?$", before, re.I)
    if d.text.endswith(("内", "之内", "以内", "前")) or _ONE_DAY.fullmatch(d.text):  # 当日登记: within the day
        return True
    if _TARGET_AFTER.match(after):
        return True  # (0 to 2 days completion goal), immediate to 1 day response
    if re.search(rf"(?:提前|不超过|{AT_MOST})\s*$", before):
        return True  # 提前24小时发布停水通告 (a lead time), 客服 ≤7天: a bound on the time
    if re.search(
        r"\bwithin\s+(?:the\s+)?(?:full|whole|same)\s*$|"
        r"\bwithin\s+(?:a|the)\s+(?:maximum\s+|max\.?\s+)?(?:timescale|timeframe|time\s*frame|time\s+limit|period)\s+of\s*$",
        before,
        re.IGNORECASE,
    ):
        return True  # within the full 30 school days; within a maximum timescale of eight weeks
    if re.search(r"(?:working|business|school)\s+days?$|工作日$|工作天$|营业日$", d.text, re.IGNORECASE) and not re.search(
        r"(?:\b(?:first|last|next)|第|前|后)\s*$", before
    ):
        return True  # "5 working days", 三个工作日书面答复: a count of working days says a deadline in a procedure
    if (re.search(r"(?:超过|逾)\s*$", before) and re.search(r"不予?受理|不被受理|不再受理|不予处理", after[:30])) or (
        re.search(r"\bmore than\s*$", before, re.IGNORECASE)
        and re.search(r"\bnot\s+(?:normally\s+|usually\s+)?be\s+(?:considered|accepted|investigated)", after[:80], re.I)
    ):
        return True  # 事情经过已超过二年者，本会得不受理: the time within which a complaint must be made
    if re.search(_ACT_BEFORE_SPAN, before) and re.match(r"^\s*(?:[;；。，,]|$)", after) and not _ONE_DAY.fullmatch(d.text):
        return True  # 时间安排：②秘书处受理2天；③调解建议处理3天: the act, then how long it takes
    if re.search(r"\b(?:(?:you|they|complainants?)\s+(?:will\s+)?(?:have|get)|has)\s*$", before, re.IGNORECASE) and re.match(
        r"^\s*(?:in which\s+)?to\s+[a-z]+", after, re.IGNORECASE
    ):
        return True  # you have 12 months to go to the Legal Ombudsman; the Coordinator has eight weeks to consider it
    if _NOTICE_AFTER.match(after) and _NOTICE_GIVEN.search(before):
        return True  # we will give you 24 hours' notice: how long before it, a time limit too
    if re.search(r"\b(?:after|at|by)\s*$", before, re.IGNORECASE) and _WHAT_IS_DONE_THEN.match(after):
        return True  # after four weeks we will send you a progress report; at eight weeks, we will…: when it is done
    if _LIMIT_IS.search(before):
        return True  # The time limit for making a complaint is 12 months from…: a period the sentence says is the limit
    if re.search(r"\bbefore\s+the\s*$", before, re.IGNORECASE) and re.match(r"^\s*(?:anniversary|mark|point)\b", after, re.I):
        return True  # Before the 8 week anniversary of receipt of your complaint, we will confirm…
    if (
        _ACT_AFTER_SPAN.match(after)
        and not str(d.value).endswith("y")
        and not re.search(r"(?:近|满|过去|最近|热线|电话|全天|每天|全年|[×xX*＊]\s*)\s*$", before)  # 7×24小时处理: all day
    ):
        return True  # 2小时到达现场, 5日处理完毕 (not 近3年处理的投诉)
    return bool(_DEADLINE_BEFORE.search(before) or _DEADLINE_AFTER.match(after))


# an act named right before the span that ends its clause (秘书处受理2天, 取证与质证2天)
_ACT_BEFORE_SPAN = re.compile(
    r"(?:受理|处理|取证|质证|调查|核实|核查|答复|回复|反馈|协调|递交|办结|审核|审批|调解|处置|整改|结案|回访)\s*$"
)
# Who does what once the time is up (after four weeks we will send…; at 8 weeks, the firm must…)
_WHAT_IS_DONE_THEN = re.compile(
    r"^\s*(?:from\s+\w+(?:\s+\w+){0,3}\s*)?,?\s*(?:we|they|the\s+\w+(?:\s+\w+)?)\s+(?:will|shall|must|should|aim to)\b",
    re.IGNORECASE,
)
# A limit named, then its period (The time constraint on bringing a complaint is 12 months; the timescale for a reply
# will normally be 20 working days)
_LIMIT_IS = re.compile(
    r"\b(?:time\s*(?:limits?|constraints?|frames?|scales?)|timescales?|timeframes?|deadlines?|limitation\s+period)\b"
    r"[^.;:!?]{0,80}?\b(?:is|are|will\s+be|shall\s+be)\s+(?:normally\s+|usually\s+|generally\s+|currently\s+)?$",
    re.IGNORECASE,
)
_NOTICE_AFTER = re.compile(r"^['’]?\s*(?:prior\s+|advance\s+)?(?:notice|warning)\b", re.IGNORECASE)
_NOTICE_GIVEN = re.compile(
    r"\b(?:give|gives|given|giving|provide|provides|provided|providing|with)\s+(?:you\s+|them\s+|the \w+\s+)?"
    r"(?:at least\s+|a minimum of\s+|not less than\s+)?$",
    re.IGNORECASE,
)
