"""Numbers, amounts and durations as Chinese and English documents write them.

cn_number("十五") -> 15      cn_number("伍仟") -> 5000      cn_number("两") -> 2
find_amounts("不得超过1万元") -> [Amount(10000, "CNY", ...)]
find_durations("两个工作日内") -> [Found("2wd", ...)]
"""

from __future__ import annotations

from plancraft.importer import recache as re
from dataclasses import dataclass, replace
from functools import lru_cache

_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000}
CN_NUMERAL = "零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿"

_EN_UNITS_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
# one … nineteen, twenty … ninety and their compounds (twenty-five, seventy two), a / an: every number word to 99
_EN_NUMBERS = {
    **{word: n for n, word in enumerate(_EN_UNITS_WORDS, 1)},
    **{tens: 10 * n for n, tens in enumerate(_EN_TENS, 2)},
    **{
        f"{tens}{sep}{unit}": 10 * n + u
        for n, tens in enumerate(_EN_TENS, 2)
        for u, unit in enumerate(_EN_UNITS_WORDS[:9], 1)
        for sep in "- "
    },
    "a": 1,
    "an": 1,
}
_EN_NUMBER_WORD = (
    rf"\b(?:(?:{'|'.join(_EN_TENS)})(?:[- ](?:{'|'.join(_EN_UNITS_WORDS[:9])}))?|"
    rf"{'|'.join(sorted(_EN_UNITS_WORDS, key=len, reverse=True))}|an?)"
)


def en_words_number(text: str) -> int | None:
    """An English number in words with its scales (five thousand, twenty-five thousand, one hundred and fifty
    thousand, two million) as an int, or None."""
    total = section = 0
    words = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w and w != "and"]
    for word in words:
        if word in _EN_NUMBERS and word not in ("a", "an"):
            section += _EN_NUMBERS[word]
        elif word == "hundred":
            section = (section or 1) * 100
        elif word in ("thousand", "million"):
            total += (section or 1) * (1000 if word == "thousand" else 1_000_000)
            section = 0
        else:
            return None
    return total + section if words else None


def cn_number(text: str) -> int | None:
    """A Chinese numeral (一百二十, 十五, 伍仟, 两, 三万五千, 二〇二四) as an int, or None."""
    if not text or any(ch not in CN_NUMERAL for ch in text):
        return None
    if all(ch in _DIGITS for ch in text):  # 二〇二四: digit by digit
        return int("".join(str(_DIGITS[ch]) for ch in text))
    total = section = digit = 0
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL_UNITS:
            section += (digit or 1) * _SMALL_UNITS[ch]
            digit = 0
        else:
            section += digit
            total += (section or 1) * _BIG_UNITS[ch]
            section = digit = 0
    return total + section + digit


def number(text: str) -> float | None:
    """Arabic (5,000 / 1.5 / ５０００), Chinese or English-word number."""
    text = text.strip().translate(_FULLWIDTH)
    plain = text.replace(",", "").replace("，", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", plain):
        return float(plain)
    if text.lower() in _EN_NUMBERS:
        return float(_EN_NUMBERS[text.lower()])
    value = cn_number(text)
    return None if value is None else float(value)


_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")

# Bounded, and starting where a run of digits starts: a 5,000-digit run costs one try, not 5,000.
_NUM = rf"(?<![\d,，.])(?:\d{{1,3}}(?:[,，]\d{{3}}){{1,5}}|\d{{1,13}})(?:\.\d{{1,4}})?|(?<![{CN_NUMERAL}])[{CN_NUMERAL}]{{1,12}}"


@dataclass(frozen=True)
class Found:
    value: object
    start: int
    end: int
    text: str


# ---------------------------------------------------------------- amounts

# 圆 is 元 as banks and formal texts write it (壹仟圆整, 500圆)
# a currency named in Chinese, before the amount (港币5000元, 新台币伍仟元整) or as its unit (5000港元, 300英镑)
_CN_CURRENCY = {
    "人民币": "CNY",
    "新台币": "TWD",
    "台币": "TWD",
    "港币": "HKD",
    "港元": "HKD",
    "澳门币": "MOP",
    "澳门元": "MOP",
    "澳元": "AUD",
    "美元": "USD",
    "美金": "USD",
    "欧元": "EUR",
    "英镑": "GBP",
    "日元": "JPY",
    "新加坡元": "SGD",
    "新元": "SGD",
}
_CN_CURRENCY_NAMES = sorted(_CN_CURRENCY, key=len, reverse=True)  # longest first: 新台币 before 台币
_CN_CURRENCY_NAME = "|".join(_CN_CURRENCY_NAMES)
_AMOUNT_CN = re.compile(
    rf"(?:(?P<c>{_CN_CURRENCY_NAME})\s*)?(?P<n>{_NUM})\s*(?P<u>万元|万圆|万|千元|千圆|元|圆|块)(?:整)?(?:人民币)?"
)
_AMOUNT_CN_NAMED = re.compile(
    rf"(?P<n>{_NUM})\s*(?P<u>万|千)?\s*(?P<c>{'|'.join(c for c in _CN_CURRENCY_NAMES if c != '人民币')})"
)
_AMOUNT_PREFIX = re.compile(
    rf"(?<![A-Za-z])(?P<c>人民币|RMB|CNY|¥|￥|HKD|HK\$|USD|US\$|AUD|AU?\$|SGD|S\$|NZD|NZ\$|CAD|C\$|INR|₹|Rs\.?|\$|£|GBP|EUR|€)"
    rf"\s*(?P<n>{_NUM})\s*(?P<u>万元|万圆|万|元|圆|k|K|(?:million|m|bn|billion)\b)?"
)
# the currency after the amount: a code or a name (250 euro, 1,000 Hong Kong dollars, 500 rupees)
_AMOUNT_EN = re.compile(
    r"(?<![\d,.])(?P<n>\d{1,3}(?:,\d{3}){1,5}|\d{1,13})(?:\.\d{1,4})?\s*"
    r"(?P<u>yuan|RMB|CNY|pounds?(?: sterling)?|sterling|euros?|EUR|rupees?|INR|HKD|USD|GBP|AUD|SGD|NZD|CAD|"
    r"(?:(?:US|HK|Hong Kong|Australian|Singapore|New Zealand|Canadian)\s+)?dollars?)\b",
    re.IGNORECASE,
)
# an amount in words (five thousand dollars, twenty-five thousand pounds): a number word, then its scales
_EN_SCALE_WORD = r"(?:hundred|thousand|million)"
_AMOUNT_EN_WORDS = re.compile(
    rf"(?P<n>{_EN_NUMBER_WORD}(?:(?:\s+and)?[\s-]+(?:{_EN_SCALE_WORD}|{_EN_NUMBER_WORD}))*[\s-]+{_EN_SCALE_WORD})\s+"
    r"(?P<u>pounds?(?: sterling)?|euros?|rupees?|(?:(?:US|Hong Kong|Australian|Singapore|New Zealand|Canadian)\s+)?dollars?)\b",
    re.IGNORECASE,
)
_CURRENCY = {
    "人民币": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "¥": "CNY",
    "￥": "CNY",
    "yuan": "CNY",
    "hkd": "HKD",
    "hk$": "HKD",
    "usd": "USD",
    "us$": "USD",
    "$": "USD",
    "dollars": "USD",
    "£": "GBP",
    "gbp": "GBP",
    "pounds": "GBP",
    "eur": "EUR",
    "€": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pound sterling": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "aud": "AUD",
    "a$": "AUD",
    "au$": "AUD",
    "sgd": "SGD",
    "s$": "SGD",
    "nzd": "NZD",
    "nz$": "NZD",
    "cad": "CAD",
    "c$": "CAD",
    "inr": "INR",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "rupee": "INR",
    "rupees": "INR",
    "dollar": "USD",
    "us dollars": "USD",
    "us dollar": "USD",
    "hk dollars": "HKD",
    "hk dollar": "HKD",
    "hong kong dollars": "HKD",
    "hong kong dollar": "HKD",
    "australian dollars": "AUD",
    "australian dollar": "AUD",
    "singapore dollars": "SGD",
    "singapore dollar": "SGD",
    "new zealand dollars": "NZD",
    "new zealand dollar": "NZD",
    "canadian dollars": "CAD",
    "canadian dollar": "CAD",
}


@dataclass(frozen=True)
class Amount:
    value: float
    currency: str
    start: int
    end: int
    text: str


def find_amounts(text: str) -> list[Amount]:
    """Every amount of money in `text`, with its currency (CNY unless a sign or code says otherwise)."""
    found: list[Amount] = []
    taken: list[tuple[int, int]] = []
    bare: set[int] = set()  # amounts whose currency nothing names (5000元): CNY, unless the text names another

    def add(match: re.Match, currency: str, scale: float, *, named: bool = True, words: bool = False) -> None:
        if any(s < match.end() and match.start() < e for s, e in taken):
            return
        value = en_words_number(match.group("n")) if words else number(match.group("n"))
        if value is None:
            return
        if not named:
            bare.add(match.start())
        found.append(Amount(_tidy(value * scale), currency, match.start(), match.end(), match.group()))
        taken.append((match.start(), match.end()))

    for m in _AMOUNT_PREFIX.finditer(text):
        unit = (m.group("u") or "").lower()
        # £1 million, $2.5m, €1bn: the scale the word after the figure gives
        scale = {"k": 1000, "million": 1_000_000, "m": 1_000_000, "bn": 10**9, "billion": 10**9}.get(unit, 1)
        add(m, _CURRENCY.get(m.group("c").lower(), "CNY"), 10_000 if unit.startswith("万") else scale)
    for m in _AMOUNT_CN_NAMED.finditer(text):
        unit = m.group("u") or ""
        add(m, _CN_CURRENCY[m.group("c")], 10_000 if unit == "万" else 1000 if unit == "千" else 1)
    for m in _AMOUNT_CN.finditer(text):
        unit = m.group("u")
        scale = 10_000 if unit.startswith("万") else 1000 if unit.startswith("千") else 1
        add(m, _CN_CURRENCY.get(m.group("c") or "", "CNY"), scale, named=bool(m.group("c")))
    for m in _AMOUNT_EN.finditer(text):
        add(m, _CURRENCY.get(re.sub(r"\s+", " ", m.group("u").lower()), "CNY"), 1)
    for m in _AMOUNT_EN_WORDS.finditer(text):
        add(m, _CURRENCY.get(re.sub(r"\s+", " ", m.group("u").lower()), "CNY"), 1, words=True)
    found.sort(key=lambda a: a.start)
    # fifteen thousand dollars ($15,000): the figures in brackets restate the amount before them, which spans them, so
    # that what binds it (… ($30,000) or less) stands right after it
    kept: list[Amount] = []
    for a in found:
        restated = re.fullmatch(r"\s*[（(]\s*", text[kept[-1].end : a.start]) if kept else None
        close = re.match(r"\s*[)）]", text[a.end :])
        if restated and close and a.value == kept[-1].value:
            kept[-1] = replace(kept[-1], end=a.end + close.end(), text=text[kept[-1].start : a.end + close.end()])
        else:
            kept.append(a)
    found = kept
    # 每一工程理赔上限为贰万元整，每一单件上限为新台币伍仟元整: a bare amount is in the one currency the text names
    named = {a.currency for a in found if a.start not in bare}
    if len(named) == 1 and named != {"CNY"}:
        (currency,) = named
        found = [replace(a, currency=currency) if a.start in bare else a for a in found]
    return found


def sole_currency(text: str) -> str | None:
    """The one currency other than yuan that every amount of `text` is in (its bare amounts taking the one it names),
    else None: what a clause of the text with a bare amount (上限为贰万元整) is counted in."""
    currencies = {a.currency for a in find_amounts(text)}
    return currencies.pop() if len(currencies) == 1 and currencies != {"CNY"} else None


def _tidy(value: float) -> float | int:
    return int(value) if value == int(value) else round(value, 2)


# ---------------------------------------------------------------- durations

_CN_UNITS = [
    ("个工作日", "wd"),
    ("工作日", "wd"),
    # 一個工作天 / 三個營業日: working days as Taiwan and Hong Kong write them
    ("个工作天", "wd"),
    ("工作天", "wd"),
    ("个营业日", "wd"),
    ("营业日", "wd"),
    # 三个营运日之内: Malaysia's and Singapore's business day
    ("个营运日", "wd"),
    ("营运日", "wd"),
    ("个小时", "h"),
    ("小时", "h"),
    ("分钟", "min"),
    ("分", "min"),  # 30分内 / 不得超过30分: minutes only where a limit says so (_bare_minute), not points (扣30分)
    ("个月", "mo"),
    ("个日历日", "d"),
    ("个历日", "d"),  # 7個曆日內 (Hong Kong): calendar days
    ("个历月", "mo"),
    ("历日", "d"),
    ("历月", "mo"),
    ("个自然日", "d"),
    ("日历日", "d"),
    ("自然日", "d"),
    ("天", "d"),
    ("日", "d"),
    ("个星期", "w"),
    ("星期", "w"),
    ("周", "w"),
    ("年", "y"),
]
_DURATION_CN = re.compile(
    rf"(?P<n>(?<![\d.])\d{{1,6}}(?:\.\d{{1,2}})?|(?<![{CN_NUMERAL}])[{CN_NUMERAL}]{{1,8}})\s*"
    # 三个(3)个工作日, 十五（15）日: the number said twice
    rf"(?:个?\s*[（(]\s*(?:\d{{1,6}}|[{CN_NUMERAL}]{{1,8}})\s*[)）]\s*)?"
    # 45 分 钟, 恢复供 电: a copy from a PDF may break a unit with a space (one, between its characters)
    rf"(?P<u>{'|'.join(' ?'.join(map(re.escape, u)) for u, _ in _CN_UNITS)}|[hH](?=\s*(?:之内|以内|内|前)))"
    r"(?P<tail>之内|以内|内|前|以上)?"
)
# A fraction of a unit said in the next smaller one (1.5小时 -> 90min, 0.5天 -> 12h).
_SMALLER = {"h": ("min", 60), "d": ("h", 24), "w": ("d", 7)}
_DURATION_EN = re.compile(
    # a 10-working day response, 28-day: the span joined to its number as an adjective
    rf"(?P<n>(?<!\d)\d{{1,6}}|{_EN_NUMBER_WORD})\s*(?:-\s*)?"
    # 5 (five) / five (5): the number said twice; 10 clear working days, 20 calendar days, 1 calendar month, 2 wks
    r"(?:\(\s*(?:\d+|[a-z]+(?:-[a-z]+)?)\s*\)\s*)?(?:(?:clear|full|whole|consecutive)\s+)?"
    r"(?P<u>(?:working|business|school|calendar)\s+(?:days?|weeks?|months?|hours?)|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|"
    r"fortnights?|months?|years?|(?-i:WDs?|BDs?))\b",  # ≤ 10 WD, 2WD: working (business) days abbreviated
    re.IGNORECASE,
)
_EN_UNITS = {
    "minute": "min",
    "min": "min",
    "hour": "h",
    "hr": "h",
    "day": "d",
    "week": "w",
    "wk": "w",
    "month": "mo",
    "year": "y",
}


def duration(n: float, unit: str) -> str | None:
    """'15', 'wd' -> '15wd' in the plan format's short form; None when not a whole positive number or more than the
    format holds (its schema's duration pattern: 99 years, 999 months, 99999 of the rest)."""
    if n <= 0 or n != int(n):
        return None
    spec = f"{int(n)}{unit}"
    return spec if _format_duration().fullmatch(spec) else None


@lru_cache(maxsize=1)
def _format_duration() -> re.Pattern:
    """The plan schema's duration pattern, the one statement of what a plan can hold."""
    from plancraft.schema import plan_schema

    return re.compile(plan_schema()["$defs"]["duration"]["pattern"])


def _bare_minute(text: str, m: re.Match) -> bool:
    """30分 is minutes where a limit is set on it (30分内, 不得超过30分), not a score or a share (扣30分, 30分以上)."""
    if text[m.end("u") : m.end("u") + 1] in ("钟", "之", "数", "值", "制", "档", "析", "别", "类", "公", "米", "厘", "贝"):
        return m.group("tail") in ("之内",)
    limited = re.search(r"(?:不得超过|不超过|不得多于|不多于|最迟|最长|限)\s*$", text[max(0, m.start() - 6) : m.start()])
    return m.group("tail") in ("之内", "以内", "内") or bool(limited)


def find_durations(text: str) -> list[Found]:
    """Every time span in `text` as a short-form duration (`1h`, `15d`, `2wd`).

    `tail` tells a deadline (内/之内/以内/前) from a plain span; `Found.text` is the matched text.
    Dates (2024年9月19日) and clock times are not spans.
    """
    out: list[Found] = []
    for m in _DURATION_CN.finditer(text):
        unit_text = m.group("u").replace(" ", "")
        if unit_text in ("日", "年") and _looks_like_date(text, m):
            continue
        if unit_text == "日" and m.start() > 0 and text[m.start() - 1] == "第":
            continue
        if unit_text == "分" and not _bare_minute(text, m):
            continue
        value = number(m.group("n"))
        if value is None:
            continue
        unit = "h" if unit_text in ("h", "H") else dict(_CN_UNITS)[unit_text]
        if value != int(value) and unit in _SMALLER:
            unit, factor = _SMALLER[unit]
            value *= factor
        spec = duration(value, unit)
        if spec:
            out.append(Found(spec, m.start(), m.end(), m.group()))
    for m in _DURATION_EN.finditer(text):
        value = number(m.group("n"))
        word = m.group("u").lower()
        if word.rstrip("s") in ("wd", "bd") or (
            word.split()[0] in ("working", "business", "school") and word.split()[-1].startswith("day")
        ):
            unit = "wd"
        else:
            unit = _EN_UNITS.get(word.split()[-1].rstrip("s"), "d")
        if word.startswith("fortnight"):  # a fortnight: two weeks
            value, unit = (value or 0) * 2, "w"
        spec = duration(value or 0, unit)
        if spec:
            out.append(Found(spec, m.start(), m.end(), m.group()))
    for m in _SAME_DAY.finditer(text):  # 当日内登记 / 次日答复 / by the next working day: within a day
        if not any(f.start <= m.start() < f.end for f in out):
            out.append(Found("1wd" if m.group("wd") or m.group("cwd") else "1d", m.start(), m.end(), m.group()))
    for m in _HALF_HOUR.finditer(text):  # 半小时内, 1个半小时 / half an hour (not also "an hour")
        out = [f for f in out if not (m.start() <= f.start < m.end())]
        whole = number(m.group("n")) if m.group("n") else 0
        out.append(Found(f"{int(whole or 0) * 60 + 30}min", m.start(), m.end(), m.group()))
    for m in _BY_DAY.finditer(text):  # By Day 28: the span counted from the start, the day named its end
        if not any(f.start <= m.start() < f.end for f in out):
            out.append(Found(f"{int(m.group('n'))}d", m.start(), m.end(), m.group()))
    for m in _BY_ORDINAL_DAY.finditer(text):  # by close of the third business day: within three working days
        if not any(f.start <= m.start() < f.end for f in out):
            n = _ORDINALS.index(m.group("ord").lower()) + 1 if m.group("ord") else int(m.group("num"))
            out.append(Found(f"{n}{'wd' if m.group('wd') else 'd'}", m.start(), m.end(), m.group()))
    out.sort(key=lambda f: f.start)
    return out


_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
    "sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
# by (the) close / end of (business on) the third business day, by the 10th working day: the day named is the span's end
_BY_ORDINAL_DAY = re.compile(
    r"\bby\s+(?:the\s+)?(?:(?:close|end)\s+of\s+(?:business\s+(?:on\s+)?)?)?the\s+"
    rf"(?:(?P<ord>{'|'.join(_ORDINALS)})|(?P<num>\d{{1,3}})(?:st|nd|rd|th))\s+"
    r"(?:(?P<wd>working|business)\s+|calendar\s+)?day\b",
    re.IGNORECASE,
)
# By Day 7 / by the end of day 28 (a timetable counted from receipt): within that many days
_BY_DAY = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?day\s+(?P<n>\d{1,3})\b", re.IGNORECASE)

# "At most" written as a sign or a word (客服 ≤100元, 不大于5000元, ≤7天): a bound on an amount or a time
AT_MOST = r"≤|<=|＜＝|≦|不大于|不多于"

_HALF_HOUR = re.compile(r"(?:(?P<n>\d|[一两二三四五六七八九])个)?半(?:个)?小时(?:之内|以内|内)?|half an hour", re.IGNORECASE)
# The same day or the next (当日内登记, 当天办结, 次日答复, 翌日上午反馈; the same/next working day): a span of one day
# when a deadline word, a time of day or an act follows (当日值班经理, 次日起 are no spans).
_SAME_DAY = re.compile(
    r"(?<![每第前])(?:当|次|翌)(?:日|天)(?=之内|以内|内|前|下班前|[上下]午|中午|\d{1,2}\s*[点时:：]|[一二三四五六七八九十]{1,3}[点时]|"
    r"即|完成|办结|处理|答复|回复|答覆|回覆|反馈|登记|受理|回访|上报|报送|报告|通报|汇报|告知|通知|联系|跟进|核实|解决|予以|给予|"
    r"作出|做出|报批|申报|查处|处置|到(?:达|场|现场)|赶(?:到|赴)|进行|发出|送达|转交|移交|转办|交办|签收|安排|整改|提出"
    r")|"
    r"(?<![每第前])[次翌](?:日|天)(?=會議|会议)|(?:(?<=不过)|(?<=不超过))当(?:日|天)|"  # 次日会议上提出, 一般不过当日
    r"\b(?:the\s+)?(?:same|next|following)\s+(?P<wd>working\s+|business\s+)?day\b|"
    r"(?<![每第前])[次翌]个?(?P<cwd>工作日)",  # 次工作日内回复: the next working day
    re.IGNORECASE,
)


def _looks_like_date(text: str, m: re.Match) -> bool:
    after = text[m.end() : m.end() + 1]
    if m.group("u") == "年":
        # 二〇一四年 with its 〇 lost (二一四年一月一日): a year written digit by digit, or a month after it
        digit_by_digit = re.fullmatch(r"[〇○零一二三四五六七八九]{3,4}", m.group("n").strip())
        month = re.match(r"\s*[0-9０-９一二三四五六七八九十〇]{1,3}\s*月", text[m.end() :])
        return len(m.group("n")) == 4 or after.isdigit() or after in "度初底末" or after == "" or bool(digit_by_digit or month)
    return bool(re.search(r"月\s*$", text[: m.start()]))


# 到达现场时间一般不超过：城区范围45分钟；农村地区90分钟；特殊边远地区2小时: a bound, then one duration per place
PER_PLACE = re.compile(
    rf"(?:^|(?<=[。；;：:，,\s]))(?P<subject>[^。；;：:，,]{{2,80}}?)(?:一般|原则上)?(?:不超过|不超出|{AT_MOST}|时限为?|时限是|"
    # 到达现场的平均时间一般为：城区范围45分钟，农村地区90分钟: the time a pledge sets, place by place
    r"(?<=时间)(?:一般|原则上)?为)\s*[：:]"
    r"(?P<list>[^。：:]{6,200})"
)


def per_place_deadlines(text: str) -> list[tuple[str, Found]]:
    """(what, duration) for each place of a bound listed place by place (PER_PLACE): what is the subject, with the
    place in brackets (供电抢修人员到达现场（城区范围）). Nothing when the list is anything else."""
    out: list[tuple[str, Found]] = []
    for m in PER_PLACE.finditer(text):
        subject = re.sub(r"(?:的)?(?:平均)?(?:时间|时限)$", "", m.group("subject").strip())
        places = places_and_durations(m.group("list"), find_durations(m.group("list")))
        if len(places) < 2 or not all(label for label, _ in places):
            continue
        out += [(for_place(subject, label), _shift(d, m.start("list"))) for label, d in places]
    return out


def for_place(what: str, place: str) -> str:
    """What a deadline is for, at one place or in one case: 供电抢修人员到达现场（城区范围）, Replacement of fuses (Rural Areas)."""
    if not place:
        return what
    return f"{what} ({place})" if what.isascii() else f"{what}（{place}）"


def _shift(span: Found, by: int) -> Found:
    return replace(span, start=span.start + by, end=span.end + by)


def places_and_durations(cell: str, spans: list) -> list[tuple[str, Found]]:
    """A deadline cell's durations, each with the place or case it is for when the cell gives one per place (城区2小时，
    农村4小时; Cities & Towns - 4 working hours Rural Areas - 12 working hours); else its first duration alone."""
    if len(spans) < 2:
        return [("", span) for span in spans[:1]]
    out, end = [], 0
    for span in spans:
        label = re.sub(r"^[\s，,；;、。.:：–—-]+|[\s，,；;、:：–—-]+$", "", cell[end : span.start])
        label = re.sub(r"(?:在|为|within|in)$", "", label).strip()
        if not (1 < len(label) <= 20) or find_durations(label):
            return [("", spans[0])]
        out.append((label, span))
        end = span.end
    return out
