"""Durations as written in plans ("30min", "4h", "10wd", "P3D") -> comparable values and words."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MINUTE = 1
HOUR = 60
DAY = 24 * HOUR
# A working day is compared as 7/5 of a calendar day: 10 working days span two calendar weeks.
WORKING_DAY = DAY * 7 / 5
UNITS = {"min": MINUTE, "h": HOUR, "d": DAY, "wd": WORKING_DAY, "w": 7 * DAY, "mo": 30 * DAY, "y": 365 * DAY}

_SHORT = re.compile(r"^([1-9][0-9]{0,4})(min|h|d|wd|w|mo|y)$")
_ISO = re.compile(
    r"^P(?=[0-9T])(?:([0-9]{1,4})Y)?(?:([0-9]{1,4})M)?(?:([0-9]{1,4})W)?(?:([0-9]{1,4})D)?"
    r"(?:T(?=[0-9])(?:([0-9]{1,4})H)?(?:([0-9]{1,4})M)?(?:([0-9]{1,4})S)?)?$"
)


@dataclass(frozen=True, order=True)
class Duration:
    """A duration in minutes (ordering compares length), with its parts for printing."""

    minutes: float
    parts: tuple[tuple[int, str], ...] = ()

    def __str__(self) -> str:
        return "".join(f"{n}{unit}" for n, unit in self.parts)


def parse_duration(text: object) -> Duration | None:
    """The Duration written as `text`, or None when it is not a duration."""
    if not isinstance(text, str):
        return None
    found = _PARSED.get(text, _UNSEEN)
    if found is _UNSEEN:  # the rules ask about the same few texts (4h, 15wd) again and again: each read once
        if len(_PARSED) >= 4096:
            _PARSED.clear()
        found = _PARSED[text] = _parse(text)
    return found


_PARSED: dict[str, Duration | None] = {}
_UNSEEN = object()


def _parse(text: str) -> Duration | None:
    match = _SHORT.match(text)
    if match:
        number, unit = int(match.group(1)), match.group(2)
        return Duration(number * UNITS[unit], ((number, unit),))
    match = _ISO.match(text)
    if match:
        units = ("y", "mo", "w", "d", "h", "min", "s")
        parts = tuple((int(v), u) for v, u in zip(match.groups(), units) if v is not None)
        minutes = sum(n * (UNITS[u] if u != "s" else 1 / 60) for n, u in parts)
        return Duration(minutes, parts)
    return None


_WORDS = {
    "zh-CN": {"min": "分钟", "h": "小时", "d": "日", "wd": "个工作日", "w": "周", "mo": "个月", "y": "年", "s": "秒"},
    "en": {"min": "minute", "h": "hour", "d": "day", "wd": "working day", "w": "week", "mo": "month", "y": "year", "s": "second"},
}


def duration_words(text: str, language: str = "zh-CN") -> str:
    """`1h` -> 1小时 / 1 hour; `10wd` -> 10个工作日 / 10 working days; unknown text unchanged."""
    duration = parse_duration(text)
    if duration is None:
        return str(text)
    if language.startswith("zh"):
        words = _WORDS["zh-CN"]
        return "".join(f"{n}{words[u]}" for n, u in duration.parts)
    words = _WORDS["en"]
    return " ".join(f"{n} {words[u]}{'' if n == 1 else 's'}" for n, u in duration.parts)


def add_duration(start: dt.date, duration: Duration) -> dt.date | None:
    """`start` + `duration` in calendar terms: months and years keep the day of the month
    (clamped: 31 Jan + 1mo = 28/29 Feb), working days skip Saturdays and Sundays.

    None when the result is past 9999-12-31 (the last date Python, and a plan, can hold)."""
    try:
        return _add(start, duration)
    except (OverflowError, ValueError):
        return None


def _add(start: dt.date, duration: Duration) -> dt.date:
    day = start
    minutes = 0.0
    for number, unit in duration.parts:
        if unit == "y":
            day = _add_months(day, 12 * number)
        elif unit == "mo":
            day = _add_months(day, number)
        elif unit == "w":
            day += dt.timedelta(weeks=number)
        elif unit == "d":
            day += dt.timedelta(days=number)
        elif unit == "wd":
            day = _add_working_days(day, number)
        else:
            minutes += number * (UNITS[unit] if unit != "s" else 1 / 60)
    return day + dt.timedelta(days=int(minutes // DAY))


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _add_working_days(day: dt.date, count: int) -> dt.date:
    while count > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


# Contact hours that mean reachable at any hour: 24h, 24小时, 24/7, 7×24, 全天, round-the-clock.
ROUND_THE_CLOCK = re.compile(r"24\s*(?:h|小时|/\s*7)|7\s*[x×*]\s*24|全天|round[- ]the[- ]clock", re.IGNORECASE)


def is_round_the_clock(hours: object) -> bool:
    """Whether a contact's `hours` say it is reachable at any hour."""
    return isinstance(hours, str) and ROUND_THE_CLOCK.search(hours) is not None
