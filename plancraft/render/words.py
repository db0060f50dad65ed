"""Values in words: durations, money, dates, numerals, list joining — per language.

Pure functions with no docx or jinja2 import, so they are cheap to test.
"""

from __future__ import annotations

from datetime import date

from plancraft.durations import duration_words, parse_duration

# "every" with a count of one reads better without the count: 每日 / daily (not 每1日 / every 1 day).
_ZH_EVERY_ONE = {"min": "每分钟", "h": "每小时", "d": "每日", "wd": "每个工作日", "w": "每周", "mo": "每月", "y": "每年", "s": "每秒"}
_EN_EVERY_ONE = {"min": "every minute", "h": "hourly", "d": "daily", "wd": "every working day",
                 "w": "weekly", "mo": "monthly", "y": "annually", "s": "every second"}

_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
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
