"""Values in words: durations, money, dates, numerals, list joining — per language.

Pure functions with no docx or jinja2 import, so they are cheap to test.
"""

from __future__ import annotations

from datetime import date

from plancraft.durations import duration_words, parse_duration

# "every" with a count of one reads better without the count: 每日 / daily (not 每1日 / every 1 day).
_ZH_EVERY_ONE = {
    "min": "每分钟",
    "h": "每小时",
    "d": "每日",
    "wd": "每个工作日",
    "w": "每周",
    "mo": "每月",
    "y": "每年",
    "s": "每秒",
}
_EN_EVERY_ONE = {
    "min": "every minute",
    "h": "hourly",
    "d": "daily",
    "wd": "every working day",
    "w": "weekly",
    "mo": "monthly",
    "y": "annually",
    "s": "every second",
}

_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ZH_CURRENCY = {"CNY": "元", "USD": "美元", "HKD": "港元", "EUR": "欧元", "GBP": "英镑", "JPY": "日元", "MOP": "澳门元"}
_ZH_DIGITS = "〇一二三四五六七八九"


def duration(text: str, lang: str) -> str:
    """'1h' -> '1小时' / '1 hour'. A value that is not a duration (e.g. free-text hours) is kept as written."""
    return duration_words(str(text), lang)


def within(text: str, lang: str) -> str:
    """A deadline: '1小时内' / 'within 1 hour'."""
    if lang == "zh-CN":
        return f"{duration(text, lang)}内"
    return f"within {duration(text, lang)}"


def every(text: str, lang: str) -> str:
    """A frequency: '6mo' -> '每6个月' / 'every 6 months'; '1y' -> '每年' / 'annually'."""
    parsed = parse_duration(text)
    parts = parsed.parts if parsed else ()
    if len(parts) == 1 and parts[0][0] == 1:
        return (_ZH_EVERY_ONE if lang == "zh-CN" else _EN_EVERY_ONE)[parts[0][1]]
    if lang == "zh-CN":
        return f"每{duration(text, lang)}"
    return f"every {duration(text, lang)}"


def _grouped(amount: float | int) -> str:
    if isinstance(amount, bool):
        amount = int(amount)
    if isinstance(amount, float) and not amount.is_integer():
        return f"{amount:,.2f}"
    return f"{int(amount):,}"


def number(amount: float | int) -> str:
    """200000 -> '200,000' (grouped as money is)."""
    return _grouped(amount) if isinstance(amount, (int, float)) else str(amount)


def money(amount: float | int, currency: str, lang: str) -> str:
    """5000 CNY -> '5,000元' / 'CNY 5,000'."""
    if lang == "zh-CN":
        unit = _ZH_CURRENCY.get(currency)
        return f"{_grouped(amount)}{unit}" if unit else f"{_grouped(amount)} {currency}"
    return f"{currency} {_grouped(amount)}"


def day(text: str | None, lang: str) -> str:
    """'2024-09-19' -> '2024年9月19日' / '19 September 2024'."""
    if not text:
        return ""
    try:
        d = date.fromisoformat(str(text))
    except ValueError:
        return str(text)
    if lang == "zh-CN":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}"


def zh_numeral(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 105 -> 一百零五 (enough for section counts)."""
    if n < 10:
        return _ZH_DIGITS[n]
    if n < 20:
        return "十" + (_ZH_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _ZH_DIGITS[n // 10] + "十" + (_ZH_DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    head = _ZH_DIGITS[n // 100] + "百" if n < 1000 else str(n // 100) + "百"
    if not rest:
        return head
    return head + ("零" + _ZH_DIGITS[rest] if rest < 10 else ("一" if rest < 20 else "") + zh_numeral(rest))


_EN_COUNTS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def count_words(n: int, lang: str) -> str:
    """A small count in words, as running text wants it: 3 -> 三 / three."""
    if lang == "zh-CN":
        return zh_numeral(n)
    return _EN_COUNTS[n] if 0 <= n < len(_EN_COUNTS) else str(n)


def join(items: list[str], lang: str) -> str:
    """A run-in list: 'A、B' / 'A, B and C'."""
    items = [i for i in items if i]
    if lang == "zh-CN":
        return "、".join(items)
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


_ENDS = "。！？；：.!?;:…"


def sentence(text: str, lang: str) -> str:
    """End a plan text with a full stop unless it already ends with punctuation."""
    text = str(text).rstrip()
    if not text or text[-1] in _ENDS:
        return text
    return text + ("。" if lang == "zh-CN" else ".")


def per(unit: str, template: str) -> str:
    """'客户' -> '每客户' with the template '每{}', but '每名客户' stays as written (no '每每名客户')."""
    unit = str(unit).strip()
    prefix = template.split("{}")[0]
    if prefix and unit.lower().startswith(prefix.strip().lower()):
        return unit
    return template.format(unit)


# Words that occur in plan titles and must not be split by a line break (GB/T 9704 7.3.3: a title
# breaks where the meaning allows, lines balanced). Longer words first; a break may fall only at
# the edge of such a word, after punctuation or a joining word, or between two known words.
_TITLE_WORDS = sorted(
    {
        "应急预案",
        "专项预案",
        "预案",
        "应急",
        "处理",
        "处置",
        "办法",
        "管理",
        "规定",
        "细则",
        "实施",
        "方案",
        "制度",
        "工作",
        "客户",
        "投诉",
        "消费者",
        "权益",
        "保护",
        "突发",
        "事件",
        "事故",
        "支行",
        "分行",
        "银行",
        "公司",
        "有限",
        "股份",
        "物业",
        "服务",
        "信息",
        "系统",
        "切换",
        "流程",
        "机制",
        "专项",
        "综合",
        "现场",
        "安全",
        "生产",
        "营业",
        "网点",
        "纠纷",
        "群体性",
        "舆情",
        "声誉",
        "风险",
        "业务",
        "中心",
        "集团",
        "指引",
        "程序",
        "规程",
        "操作",
        "响应",
        "报告",
        "关于",
        "印发",
        "通知",
        "农村",
        "商业",
        "农商",
        "保险",
        "证券",
    },
    key=len,
    reverse=True,
)
_AFTER_BREAK = set("、，的与和及之")
# No break before these: an organisation's name keeps its suffix, a document's kind (办法, 预案, …)
# stays with what it regulates ("应急处理办法", not "应急处理 / 办法").
_NAME_SUFFIXES = (
    "支行",
    "分行",
    "银行",
    "公司",
    "中心",
    "集团",
    "有限",
    "股份",
    "办法",
    "预案",
    "细则",
    "规定",
    "方案",
    "制度",
    "规程",
    "指引",
)


def _units(text: str) -> float:
    return sum(0.5 if ord(ch) < 0x2E80 else 1.0 for ch in text)


def _title_breaks(title: str) -> list[int]:
    """Indices where a Chinese title may break."""
    covered = [False] * len(title)
    edges: set[int] = set()
    i = 0
    while i < len(title):
        for word in _TITLE_WORDS:
            if title.startswith(word, i):
                for k in range(i + 1, i + len(word)):
                    covered[k] = True  # a break before position k would split the word
                edges |= {i, i + len(word)}
                i += len(word)
                break
        else:
            i += 1
    suffix_starts = {i for i in range(len(title)) if title.startswith(_NAME_SUFFIXES, i)}
    allowed = {k for k in edges if 0 < k < len(title) and not covered[k] and k not in suffix_starts}
    allowed |= {k for k in range(1, len(title)) if (title[k - 1] in _AFTER_BREAK or title[k] in "《（") and not covered[k]}
    return sorted(allowed)


def balanced_lines(title: str, lang: str, capacity: float) -> list[str]:
    """A long title in two or three balanced lines, broken between words (never inside one).

    `capacity` is how many full-width characters (Chinese) or letters (English) fit on a line.
    """
    title = " ".join(title.split()) if lang != "zh-CN" else title.strip()
    measure = _units if lang == "zh-CN" else len
    if not title or measure(title) <= capacity:
        return [title] if title else []
    import itertools
    import math

    if lang == "zh-CN":
        cuts = _title_breaks(title) or list(range(1, len(title)))
    else:
        cuts = [i for i, ch in enumerate(title) if ch == " "]

    lines = max(2, math.ceil(measure(title) / capacity))
    best: tuple[float, list[str]] | None = None
    for n in range(lines, lines + 2):
        for chosen in itertools.combinations(cuts, n - 1):
            bounds = [0, *chosen, len(title)]
            parts = [title[a:b].strip() for a, b in itertools.pairwise(bounds)]
            widths = [measure(p) for p in parts]
            if min(widths) == 0:
                continue
            score = max(widths) + (0 if max(widths) <= capacity else 100) + 0.01 * (max(widths) - min(widths))
            if best is None or score < best[0]:
                best = (score, parts)
        if best is not None and best[0] < 100:
            break
    return best[1] if best else [title]
