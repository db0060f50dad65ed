"""Caps (限额) in a sentence: the amounts a cap word binds, what each caps and who approves it.

    caps_in("超过500元、不超过5,000元的，须经客服部经理审批") -> [Cap(5000, "CNY", what="", approver="客服部经理")]
    caps_in("Payments of up to £1,000 must be approved by the Complaints Manager")
        -> [Cap(1000, "GBP", what="Payments", approver="Complaints Manager")]

An amount is a cap when a cap word stands right before it (不超过, 最高, 上限为, up to, no more than …) or
right after it (以内, 以下, 为限, or less), or, when the clause has one amount, anywhere in the clause. An
amount stated as a lower bound (超过500元的, 5000元以上, above £250, more than …) is never a cap: it says
where the next authority begins. Pure functions over text; extract.py turns them into `limits`.
"""

from __future__ import annotations

from plancraft.importer import recache as re
from dataclasses import dataclass, replace

from .numbers import AT_MOST, Amount, find_amounts, sole_currency
from .text import _clean

CAP_WORDS = re.compile(
    r"上限|不得超过|不超过|不能超过|最高|最多|限额|额度|以内|以下|封顶|up to|no more than|not exceed|"
    r"maximum|max\.|limit|cap\b|at most",
    re.IGNORECASE,
)
_CAP_BEFORE = re.compile(
    r"(?:不得超过|不应超过|不超过|不能超过|不高于|不得高于|最高(?:不超过|为|可达)?|最多(?:为)?|上限(?:为|是)?|限额(?:为|是)?|"
    r"额度(?:为|是)?|封顶|以|up to|no more than|not (?:to )?exceed(?:ing)?|maximum(?: of)?|max\.?|at most|"
    rf"limited to|capped at|(?:a |the )?(?:limit|cap|ceiling) of|{AT_MOST})\s*(?:人民币|RMB)?\s*$",
    re.IGNORECASE,
)
_CAP_AFTER = re.compile(
    r"^\s*(?:以内|以下|之内|内(?![容部外])|为限|封顶|（含）|\(含\)|or less|maximum|max\b|limit)", re.IGNORECASE
)  # 费用计10元内: within the amount
_LOWER_BEFORE = re.compile(
    r"(?:(?<!不)(?<!不得)(?<!不能)(?:超过|超出|高于|大于)|above|(?<!no )over|(?<!no )(?<!not )more than|(?<!not )(?<!not to )exceed(?:s|ing)?|in excess of|greater than)"
    r"\s*(?:人民币|RMB)?\s*$",
    re.IGNORECASE,
)
_LOWER_AFTER = re.compile(
    r"^\s*(?:（含）|\(含\))?\s*(?:以上|及以上|或以上|之上|or more|and above|and over|plus\b)", re.IGNORECASE
)
_NOT_CAP = re.compile(
    r"(?:^|[^不])(?:超过|高于|大于)[^，,；;]{0,12}?$|above|(?<!no )over|(?<!no )(?<!not )more than|in excess of", re.IGNORECASE
)

# A cap per unit (单笔不超过5000元): the unit is no subject; what it caps is the case or the cap before it.
PER_UNIT = re.compile(r"单笔|每笔|单次|每次|每人|每户|累计|单日|每日|per (?:case|claim|day)")
_APPROVER = re.compile(
    r"(?:经(?!理|办|营|济|过|常|费)|由|报(?!销|告|送)|须经|需经|报经|报请)(?P<who>[^，。；,;、]{1,20}?)"
    r"(?:审批|批准|同意|签批|审核|核准|审定|(?:研究)?决定)|"
    r"(?:approved|authori[sz]ed|signed off|agreed)\s+by\s+(?:the\s+|a\s+|an\s+)?(?P<en>[A-Za-z][A-Za-z ]{1,40}?)(?=[,.;]|\s+(?:before|if|and|or|who|within)\b|$)|"
    r"(?:approval|authori[sz]ation|sign-off|agreement)\s+(?:of|by|from)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<en2>[A-Za-z][A-Za-z ]{1,40}?)(?=[,.;]|\s+(?:before|if|and|or|who|within)\b|$)",
    re.IGNORECASE,
)
# How English gives a post authority: may, can, is authorised to, shall have the authority to
_EN_AUTHORITY = (
    r"(?:may|can|(?:is|are) able to|(?:is|are|shall be|will be|must be) (?:authori[sz]ed|empowered|permitted|able) to|"
    r"(?:shall|will|may|does) have (?:the )?authority to)"
)
# The one whom a sentence gives the authority (客服专员可当场赔付…, 网点负责人有权…, "Staff may offer …").
_HOLDER = re.compile(
    r"^(?P<who>[\u4e00-\u9fff]{2,16}?)(?:可以?|有权|能够?|最高可|最多可)|"
    r"^(?P<en>(?:the\s+|our\s+|a\s+|an\s+)?[A-Za-z][A-Za-z ]{1,40}?)(?:\s*,[^,]{1,80},)?\s+"
    rf"(?:{_EN_AUTHORITY}|shall (?=[a-z]+\b[^.]*\b(?:up to|not to exceed|not exceeding)\b))",
    re.IGNORECASE,
)


_BAND = re.compile(r"\s*(?:至|到|-|－|~|～|—|–|to)\s*", re.IGNORECASE)
# a band of authority in a sentence (500元至3000元由副组长批准): its connector, in Chinese text only (£200 to £500 is a
# range of disputes, not a band of authority)
_ZH_BAND_FROM = re.compile(r"^\s*(?:至|到|－|~|～)\s*(?:人民币)?\s*\d")
_ZH_BAND_TO = re.compile(r"\d\s*(?:万元|元|万)?\s*(?:至|到|－|~|～)\s*(?:人民币)?\s*$")
# a band's lower end and connector, before its upper end (赔付金额500-|2000元, Payments of £50 to|£250, between $100
# and|$500): that upper end is a cap where the sentence names who approves it; what it caps is said without them
_BAND_LOWER = re.compile(
    r"\s*(?:of|from|between)?\s*(?:人民币|RMB)?\s*[£$€¥]?\d[\d,.]*\s*(?:万元|元|万|yuan)?\s*(?:至|到|-|－|~|～|—|–|to|and)"
    r"\s*(?:人民币|RMB)?\s*[£$€¥]?\s*$",
    re.IGNORECASE,
)


# an English lower bound of any form before the upper end (in excess of fifteen thousand dollars ($15,000) but not to
# exceed; between £50 and): cut from what is capped
_BAND_LOWER_WORDS = re.compile(
    r"\s*\b(?:in excess of|above|over|more than|exceeding|from|between)\s+[^;]{1,60}?\s+(?:and|but|to)\s*"
    r"(?:not to exceed|not exceeding|not more than|no more than|up to|less than)?\s*$",
    re.IGNORECASE,
)
# who may act and how it is said, at the head of an English clause (The Risk Manager, with the approval of …, may;
# The city attorney shall be authorized to)
_EN_HOLDER_MODAL = re.compile(rf"^.{{0,120}}?\b{_EN_AUTHORITY}\s+|^.{{0,120}}?\b(?:may|can|shall)\s+(?=[a-z])", re.IGNORECASE)


# the size of a business or a household (turnover, income): a bound that says who may complain, never a cap
_SIZE_OF = re.compile(r"\b(?:turnover|revenue|annual income|balance sheet)\b|营业额|营业收入|年收入", re.IGNORECASE)


@dataclass
class Cap:
    value: float | int
    currency: str
    what: str
    approver: str | None = None
    holder: str | None = None


def _is_cap(clause: str, amount, single: bool) -> bool:
    before = clause[max(0, amount.start - 14) : amount.start]
    after = clause[amount.end : amount.end + 10]
    if _LOWER_BEFORE.search(before) or _LOWER_AFTER.match(after) or _ZH_BAND_FROM.match(after):
        return False  # 超过500元的, 3000元以上, 500元至…: where an authority begins
    if _ZH_BAND_TO.search(before):
        return True  # 500元至3000元由副组长批准: the upper end of a band of authority
    if _CAP_BEFORE.search(before) or _CAP_AFTER.match(after):
        return True
    # one amount in the clause and a cap word in it (紧急用款援助每位客户…上限…): the cap, unless it is a bound
    return single and bool(CAP_WORDS.search(clause)) and not _NOT_CAP.search(before)


# A fixed sum paid to the complainant is the most that is paid: a cap (We will pay you £50 if we fail…, a fixed
# compensation amount of £20, a $50 service standard payment, 赔偿顾客200元, 给予100元购物券补偿). Not a fee, a
# charge or a fine, and not an end of a range (5000元至1万元, a band of authority).
_PAID_BEFORE = re.compile(
    r"\b(?P<verb>pay|paid|credit|credited|award|awarded|refund|refunded|reimburse|compensate)\b"
    r"(?:\s+(?:you|your|the|them|their|account|customer|complainant|a|an|with|by|up to))*\s*$|"
    r"\b(?P<noun>(?:[a-z-]+\s+){0,3}?(?:payment|compensation|credit|award|gesture|sum|amount|refund|voucher))\s+(?:of|worth)\s*$|"
    r"(?P<zh>赔偿|补偿|赔付|退赔|慰问)[^，,；;。：:的\d]{0,6}?\s*$",
    re.IGNORECASE,
)
_PAID_AFTER = re.compile(
    r"^\s*(?P<noun>(?:[a-z-]+\s+){0,3}?(?:payment|compensation|credit|award|refund|voucher)s?)\b|"
    # 给予100元服务投诉奖, 发放50元购物券: an award or a voucher paid to the complainant
    r"^\s*(?:的)?(?P<zh>[\u4e00-\u9fff]{0,4}?(?:赔偿|补偿|赔付|慰问|投诉奖|奖励|奖金|购物券|代金券|红包)(?:金|款)?)",
    re.IGNORECASE,
)
_CHARGED = re.compile(
    r"\b(?:fees?|charge[sd]?|costs?|price|bill|debt|arrears|fine[sd]?|owe|average|total)\b|罚款|罚金|扣罚|扣除|收费|费用", re.I
)
_RANGE = re.compile(r"^\s*(?:至|到|-|－|~|～|—|to\b)")
_CONDITION = re.compile(r"\b(?:if|when|where|should)\b[^.;,]{4,80}", re.IGNORECASE)


def _paid(clause: str, amount, sentence: str) -> str | None:
    """What a fixed sum paid to the complainant is (payment, fixed compensation amount, 购物券补偿), when the amount is one."""
    before, after = clause[max(0, amount.start - 40) : amount.start], clause[amount.end : amount.end + 30]
    if _CHARGED.search(clause) or _RANGE.match(after) or re.search(r"\d\S*\s*(?:至|到|-|－|~|～|—|to)\s*$", before):
        return None
    if _LOWER_BEFORE.search(before[-14:]) or _LOWER_AFTER.match(after):
        return None  # 赔偿金额超过5000元的, 5000元以上的: where the next authority begins
    m = _PAID_AFTER.match(after)
    said_before = _PAID_BEFORE.search(before)
    if said_before is not None and said_before.group("zh"):  # 补偿顾客50元购物券: the payment the verb before names
        what = said_before.group("zh")
    elif m:
        what = m.group("noun") or m.group("zh")
    elif said_before is not None:
        what = said_before.group("noun") or {"credit": "credit", "credited": "credit"}.get(
            said_before.group("verb").lower(), "payment"
        )
    else:
        return None
    what = re.sub(r"^(?:(?:make|makes|made|offer|give|receive|get|pay|a|an|the|our|your)\s+)+", "", what, flags=re.IGNORECASE)
    # the case it is paid in (£50 payment if we fail to…, If an engineer misses a visit, we will pay you £40)
    condition = _CONDITION.search(clause[amount.end :]) or _CONDITION.search(sentence) if re.match(r"[A-Za-z]", what) else None
    case = condition.group() if condition else ""
    case = re.split(r"\s+(?:we|you|they|it)\s*(?:will|'ll|’ll|shall|may|can|would|are|is|get|receive)\b", case)[0]
    return _clean(f"{what} {case[:1].lower()}{_clean(case[1:])}" if case else what)


def cap_subject(text: str) -> str:
    """What an amount caps: the words before it in its clause, without the cap word, the lower bound before it
    (超过500元、), the one who may pay (客服专员可) or an English verb phrase (Staff may offer …)."""
    english = not re.search(r"[\u4e00-\u9fff]", text)
    clause = re.split(r"[；;：:]" if english else r"[，,；;。：:]", text)[-1].strip()
    if english:
        # in excess of fifteen thousand dollars ($15,000) but not to exceed: the lower bound, where the authority begins
        clause = _BAND_LOWER_WORDS.sub("", clause)
    clause = re.sub(
        r"^.*?(?:\d|[一二三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+)\s*(?:万元|万圆|元|圆|万)\s*(?:以上|以下)?[、，,]?",
        "",
        clause,
    )
    clause = re.sub(r"^(?:超过|超出|高于|大于)\s*[、，,]?", "", clause)
    # 有权签免该项费用（费用计10元内）: what the bracket opens on is what is capped, without the authority word
    clause = re.sub(r"^(?:有权|可以?|能够?)", "", re.sub(r"\s*[（(][^）)]*$", "", clause))

    clause = "" if _BAND.fullmatch(clause) else clause  # 500元至|3000元: only the band's connector is left
    clause = _BAND_LOWER.sub("", clause)  # 赔付金额500-|2000元: what the band bounds
    for _ in range(2):
        clause = re.sub(
            rf"(?:上限|不得超过|不应超过|不超过|不能超过|不高于|{AT_MOST}|最高|最多|限额为?|额度为?|为|是|的|以|在|of|up to|no more than|not exceed|"
            r"not to exceed|maximum of|maximum|limited to|capped at|at most|(?:a |the )?(?:limit|cap|ceiling) of)\s*$",
            "",
            clause.strip(),
            flags=re.IGNORECASE,
        )
    clause = re.sub(r"\s+(?:is|are|will be|must be|shall be)$", "", clause.strip(), flags=re.IGNORECASE)
    # payments above £100 and (up to £1,000): the band's lower bound, where the authority begins
    clause = re.sub(
        r"\s+(?:above|over|more than|in excess of|exceeding|from)\s+\S?\d[\d,.]*\s*(?:and|but)?$", "", clause, flags=re.I
    )
    m = re.search(
        r"\b(?:may|can|could|will|must|should|is able to|are able to|is authori[sz]ed to|are authori[sz]ed to)\s+"
        r"(?:offer|pay|make|award|give|grant|authori[sz]e|approve|agree|refund|spend)\s+(?P<rest>.+)$",
        clause,
        re.IGNORECASE,
    )
    if m:  # "Staff may offer goodwill payments" -> goodwill payments
        clause = m.group("rest")
    elif english:  # The risk manager shall be authorized to allow…: what the holder may do, without holder and modal
        clause = _EN_HOLDER_MODAL.sub("", clause)
    clause = re.sub(r"\s+(?:we|you|they|staff)\s+(?:will|can|may|would)\s+\w+$", "", clause, flags=re.IGNORECASE)
    clause = re.sub(r"^(?:the\s+)?(?:maximum|max\.?)\s+", "", clause, flags=re.IGNORECASE)
    clause = re.sub(r"^(?:a|an|the)\s+(?=\w)", "", clause, flags=re.IGNORECASE)  # may offer a refund of up to £100
    clause = re.sub(r"\s+(?:is|are|will be|must be|shall be)$", "", clause.strip(), flags=re.IGNORECASE)
    return _clean(clause)


def _after(text: str) -> str:
    """What is capped when it is named after the amount: 不超过3000元的补偿 -> 补偿; up to £50 in compensation ->
    compensation."""
    m = (
        # (不超过3000元的由经理审批: who approves, not what is capped)
        re.match(r"^\s*(?:以内|以下|之内)?的(?!由|经|报|须|需)(?P<w>[\u4e00-\u9fff]{2,10})", text)
        or re.match(
            # 在500元以内给予补偿, 200元以内进行赔偿: what is given within the amount
            r"^\s*(?:以内|以下|之内)\s*(?:给予|进行|作出|做出|支付|先行)(?:客户|用户|顾客|投诉人)?(?P<w>[\u4e00-\u9fff]{2,6}?)(?=[，,。；;]|$)",
            text,
        )
        or re.match(
            r"^\s*(?:in|of|for|as)\s+(?P<w>[a-z][a-z ]{2,40}?)(?=\s+(?:without|with|per|if|for|to|when|unless)\b|[,.;]|$)",
            text,
            re.IGNORECASE,
        )
    )
    return m.group("w").strip() if m else ""


# A bare number bound by 以内/以下 where the sentence states another amount in yuan (店长有权进行200以内的赔偿；区域经理有权
# 做出1000元以内的赔偿): the unit is left out, not changed — an amount in yuan too.
_BARE_CAP = re.compile(
    r"(?<![\d.,，])(?P<n>\d{1,3}(?:,\d{3})+|\d{1,9})(?=\s*(?:以内|以下|之内|为限)(?![\u4e00-\u9fff]{0,2}(?:人|户|天|日|次|件|小时|分钟|个|%)))"
)


def _bare_amounts(clause: str, context: str) -> list[Amount]:
    if not any(a.currency == "CNY" and re.search("[元圆]", a.text) for a in find_amounts(context)):
        return []
    return [Amount(int(m.group("n").replace(",", "")), "CNY", m.start(), m.end(), m.group()) for m in _BARE_CAP.finditer(clause)]


_PAYMENT_COLUMN = re.compile(r"payment|compensation|credit|amount|refund|赔偿|补偿|赔付|赔款|金额", re.IGNORECASE)


def cell_cap(cell: str) -> Amount | None:
    """The amount a table cell caps: its first, or the upper end of a band (500元至2000元, £50 - £100)."""
    amounts = find_amounts(cell)
    if len(amounts) >= 2 and _BAND.fullmatch(cell[amounts[0].end : amounts[1].start]):
        return amounts[1]
    return amounts[0] if amounts else None


def table_payments(rows: list[list[str]]) -> list[tuple[int, str, Cap]]:
    """(row index, what, cap) for each row of a table of guaranteed payments (Service standard | Payment: Missed
    appointment | £30; 服务承诺 | 赔偿标准), the first amount of the payment column each, what its first cell says."""
    if len(rows) < 2 or len(rows[0]) < 2:
        return []
    column = next((i for i, cell in enumerate(rows[0]) if i > 0 and _PAYMENT_COLUMN.search(cell)), None)
    if column is None:
        return []
    out = []
    for index, row in enumerate(rows[1:], 2):
        cell = row[column] if column < len(row) else ""
        amount = cell_cap(cell)
        if amount and not _CHARGED.search(cell) and not _LOWER_AFTER.match(cell[amount.end :]):  # £75 plus £35…: £75
            what = _clean(row[0]) or _clean(rows[0][column])
            out.append((index, what, Cap(amount.value, amount.currency, what)))
    return out


def _paid_in_case(case: str) -> str:
    """What a case opened with 的 pays (需要先行赔付的 -> 先行赔付, 客户投诉需要赔付的 -> 赔付, 对确需先行赔偿的 -> 先行赔偿)."""
    return _clean(re.sub(r"^.*(?:需要|需|涉及|对于?|凡(?:属)?)(?:给予|进行)?", "", case.removesuffix("的")))


def names_approver(text: str) -> bool:
    """The text says who approves (由…审批, approved by …)."""
    return _APPROVER.search(text) is not None


# A guaranteed payment stated amount first (£30 if we do not respond…; £10 for not dispatching…; £20 or £50 depending
# on your type of premises, if we do not…): the amount is what is paid for that failure
_PAYMENT_FIRST = re.compile(
    r"^\s*[£$€][\d,.]+(?:\s+or\s+[£$€][\d,.]+)?(?:\s+[^,.;]{0,40}?,)?\s+(?P<what>(?:(?:if|when|where)\s+(?:we|our)\b|"
    r"if\s+you\s+(?:experience|suffer|are\s+without|have\s+no)\b|for\s+(?:not|failing|failure|missing|any\s+delay)\b).+?)[.;]?\s*$",
    re.IGNORECASE,
)


def caps_in(sentence: str, context: str | None = None) -> list[Cap]:
    """The caps a sentence states, each with what it caps and the approver it names (审批/approved by …) in
    its clause or a later one, else in the clause before. `context` is the paragraph the sentence is from."""
    first = _PAYMENT_FIRST.match(sentence)
    if first and not _CHARGED.search(sentence[: first.start("what")]):
        amounts = [a for a in find_amounts(sentence) if a.end <= first.start("what")]
        if amounts:
            top = max(amounts, key=lambda a: a.value)
            return [Cap(top.value, top.currency, _clean(first.group("what")))]
    spans, begin = [], 0
    # a comma between digits (5,000) parts nothing; after a clause (…的，500元以内…) it does
    english = not re.search(r"[\u4e00-\u9fff]", sentence)
    for m in re.finditer(r"[；;]|(?<!\d)[，,]|(?<=\d)[，,](?!\d{3}(?!\d))", sentence):
        spans.append((begin, m.start()))
        begin = m.end()
    spans.append((begin, len(sentence)))
    clauses = [sentence[a:b] for a, b in spans]
    out: list[Cap] = []
    # a band with its approver (500-2000元由客服经理审批; Payments of £50 to £250 must be approved by…): its upper end
    approved = names_approver(sentence)
    holder_m = _HOLDER.match(sentence.strip())
    holder = _clean(holder_m.group("who") or holder_m.group("en") or "") if holder_m else None
    for index, clause in enumerate(clauses):
        amounts = sorted(find_amounts(clause) + _bare_amounts(clause, context or sentence), key=lambda a: a.start)
        if _SIZE_OF.search(clause):
            continue  # your annual turnover does not exceed £1.7 million: who may complain, not what is paid
        for amount in amounts:
            paid = None if _is_cap(clause, amount, len(amounts) == 1) else _paid(clause, amount, sentence)
            if paid is not None:
                out.append(Cap(amount.value, amount.currency, paid, None, holder))
                continue
            if not _is_cap(clause, amount, len(amounts) == 1) and not (
                approved and _BAND_LOWER.search(clause[: amount.start]) and not _CHARGED.search(clause)  # 处以200-500元罚款
            ):
                continue
            before = clause[: amount.start]
            if english:
                # an English sentence's commas list acts and asides (may allow, disallow or settle all claims up to…):
                # what is capped is read from the sentence's start, or from the amount before it (Staff may pay up to
                # £50, managers up to £250) unless that is the band's lower end
                before = sentence[: spans[index][0] + amount.start]
                earlier = [a for a in find_amounts(before) if a.end <= len(before)]
                if earlier and not (_BAND_LOWER_WORDS.search(before) or _BAND_LOWER.search(before)):
                    before = before[earlier[-1].end :].lstrip(" ,")
            what = cap_subject(before)
            who = re.match(r"^(?P<who>.{2,}?)(?:可以?|有权|能够?|最高可|最多可)$", what)
            if who or not what:
                # 需要先行赔付的，网点负责人可在5000元以内决定 / 客服专员可在500元以内给予补偿 / 需要给予经济补偿的，500元
                # 以内由项目经理决定: who may decide is the holder; what is capped, the case the sentence opens with (…的)
                # or what is given after the amount
                case = clauses[0].strip() if index and not find_amounts(clauses[0]) else ""
                holder = holder or (who.group("who") if who else None)
                what = _paid_in_case(case) if case.endswith("的") else _after(clause[amount.end :]) or ""
            case = clauses[index - 1].strip() if index else ""
            if PER_UNIT.fullmatch(what) and case.endswith("的") and not find_amounts(case):
                paid = _paid_in_case(case)  # 需要赔付的，单笔不超过5000元: what is paid, per unit
                what = f"{paid}（{what}）" if paid else what
            if holder and what.startswith(holder) and len(what) > len(holder) + 1:
                what = re.sub(r"^(?:可以?|有权|能够?|最高可|最多可)", "", what[len(holder) :]).strip() or what
                # Housing Officers may award up to £50: what the holder may do, without the modal
                what = re.sub(r"^(?:may|can|could|will|is able to|are able to)\s+", "", what, flags=re.IGNORECASE)
            later_what = _after(clause[amount.end :])
            if later_what and (
                not what
                or re.fullmatch(
                    # a verb alone, perhaps after who may (楼层经理有权做出): not what is capped
                    r"(?:[\u4e00-\u9fff]{0,8}?(?:有权|可以?|能够?))?(?:进行|做出|作出|批准|审批|支付|赔付|给予|补偿|决定)|"
                    r"(?:can|may|will)\s+\w+|[A-Za-z]+",
                    what,
                    re.IGNORECASE,
                )
            ):
                what = later_what  # 经理有权批准不超过3000元的补偿; Staff can pay up to £50 in compensation
            approver = None
            for later in [clause] + clauses[index + 1 :] + clauses[:index][::-1]:
                m = _APPROVER.search(later)
                if m:
                    approver = _clean(m.group("who") or m.group("en") or m.group("en2") or "")
                    break
            out.append(Cap(amount.value, amount.currency, what, approver or None, holder))
    # 每一工程，上限为贰万元整，每一单件，上限为新台币伍仟元整: read clause by clause, a bare amount is in the one
    # currency the whole sentence names
    currency = sole_currency(sentence)
    return [replace(cap, currency=currency) for cap in out] if currency else out
