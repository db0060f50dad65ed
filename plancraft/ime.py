"""Mistakes a Chinese input method makes in YAML, found and explained with the fix.

With a Chinese IME on, people type `title：` (full-width colon) or `by:　` (a full-width space after the
colon), indent with U+3000, start list items with `－` or `—`, close a quote with `”`, start a comment
with `＃`, type digits full-width (`１０min`, `２０２７-０１-０１`) and write values the way they are said:
`2小时`, `10分钟`, `3个工作日`, `十五日`, `5,000元`, `伍仟元`, `2027年1月1日`, or a role's title
(`大堂经理`) where its id (`lobby-manager`) belongs.

This module only DETECTS: each finding is a `Suggestion` — where (1-based line and column), how many
characters to replace and with what, and a message in the current language. The loader (syntax
errors), the schema check (values) and the reference rule (titles for ids) show the messages;
`lint --fix` applies the replacements. Nothing here reads files or prints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from plancraft.cjk import has_value_slips  # noqa: F401 - its home is plancraft.cjk (a leaf): the schema asks it
from plancraft.i18n import _


@dataclass(frozen=True)
class Suggestion:
    """Replace `length` characters at `line`:`column` (1-based, in characters) with `replacement`."""

    line: int
    column: int
    length: int
    replacement: str
    message: str
    kind: (
        str  # fullwidth-colon | fullwidth-space | fullwidth-dash | fullwidth-hash | quote | duration | amount | date | role-title
    )


FULLWIDTH_SPACE = "\u3000"
DASHES = "－—–―"  # U+FF0D, U+2014, U+2013, U+2015: list dashes an IME types for `-`
_KEY = r"[A-Za-z_][A-Za-z0-9_-]*"
_COLON_KEY = re.compile(rf"^([ \u3000]*(?:[-{DASHES}][ \u3000]+)?)({_KEY})[ \u3000]*(：)")
_BLOCK_START = re.compile(r"[:\-]\s*[|>][0-9+-]*\s*(#.*)?$")
_SPACE_AFTER_COLON = re.compile(rf"^([ ]*(?:- )?)({_KEY}):(\u3000+)")
# `key: "text”`: opened with a half-width quote, closed with a Chinese one (nothing closes it on the line)
_QUOTE_MISMATCH = re.compile(rf"""^[ ]*(?:- )?{_KEY}:[ ]+(?:"[^"]*(”)|'[^']*(’))[ ]*(?:#.*)?$""")
# `key: value  ＃ comment`: a comment started with a full-width hash stays part of the (unquoted) value
_FULLWIDTH_HASH = re.compile(rf"""^[ ]*(?:- )?{_KEY}:[ ]+[^ "'|>&*!\[{{][^#]*?[ \u3000](＃)""")


# ---------------------------------------------------------------- line-level mistakes (the text)


def scan_text(text: str) -> list[Suggestion]:
    """Full-width indentation, list dashes and colons after a key, line by line (block scalars skipped)."""
    found: list[Suggestion] = []
    block_indent: int | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.lstrip(" \u3000\t")
        indent = len(line) - len(stripped)
        if block_indent is not None:
            if not stripped or indent > block_indent:
                continue  # inside a `|` / `>` block: free text, full-width colons are Chinese punctuation
            block_indent = None
        if not stripped or stripped.startswith("#"):
            continue
        found.extend(_line_mistakes(number, line))
        if _BLOCK_START.search(line.split(" #")[0] if " #" in line else line):
            block_indent = indent
    return found


def _line_mistakes(number: int, line: str) -> Iterator[Suggestion]:
    lead = len(line) - len(line.lstrip(" \u3000"))
    if FULLWIDTH_SPACE in line[:lead]:
        first = line.index(FULLWIDTH_SPACE)
        yield Suggestion(
            number,
            first + 1,
            lead - first,
            line[first:lead].replace(FULLWIDTH_SPACE, "  "),
            _("line {line} is indented with full-width spaces (U+3000); indent with ordinary spaces").format(line=number),
            "fullwidth-space",
        )
    rest = line[lead:]
    if rest[:1] in DASHES and rest[1:2] in (" ", FULLWIDTH_SPACE):
        yield Suggestion(
            number,
            lead + 1,
            2,
            "- ",
            _("line {line} starts a list item with `{dash}`; a list item starts with a half-width `-` and a space").format(
                line=number, dash=rest[0]
            ),
            "fullwidth-dash",
        )
    elif rest[:1] == "-" and rest[1:2] == FULLWIDTH_SPACE:
        yield Suggestion(
            number,
            lead + 2,
            1,
            " ",
            _("line {line} has a full-width space (U+3000) after the list item's `-`; write a half-width space").format(
                line=number
            ),
            "fullwidth-space",
        )
    spaced = _SPACE_AFTER_COLON.match(line)
    if spaced:
        yield Suggestion(
            number,
            spaced.start(3) + 1,
            len(spaced.group(3)),
            " ",
            _("line {line} has a full-width space (U+3000) after `{key}:`; write a half-width space after the colon").format(
                line=number, key=spaced.group(2)
            ),
            "fullwidth-space",
        )
    quoted = _QUOTE_MISMATCH.match(line)
    if quoted:
        close = quoted.group(1) or quoted.group(2)
        at = quoted.start(1) if quoted.group(1) else quoted.start(2)
        yield Suggestion(
            number,
            at + 1,
            1,
            '"' if close == "”" else "'",
            _(
                "line {line} opens a quote with a half-width `{open}` and closes it with a Chinese `{close}`; "
                "close it with `{open}` too (a Chinese quote does not end the text, so the lines below become part of it)"
            ).format(line=number, open='"' if close == "”" else "'", close=close),
            "quote",
        )
    hashed = _FULLWIDTH_HASH.match(line)
    if hashed:
        yield Suggestion(
            number,
            hashed.start(1) + 1,
            1,
            "#",
            _(
                "line {line} starts a comment with a full-width `＃`, so the comment is part of the value; "
                "start a comment with a half-width `#`"
            ).format(line=number),
            "fullwidth-hash",
        )
    match = _COLON_KEY.match(line)
    if match:
        column = match.start(3) + 1
        after = line[match.end(3) : match.end(3) + 1]
        yield Suggestion(
            number,
            column,
            1,
            ":" if after in (" ", "") else ": ",
            _(
                "line {line} uses a full-width colon `：` after `{key}`; write a half-width colon `:` (followed by a space)"
            ).format(line=number, key=match.group(2)),
            "fullwidth-colon",
        )


def syntax_hint(text: str, line: int) -> Suggestion | None:
    """The IME mistake that explains a YAML syntax error reported at `line` (the parser often reports
    the line after the real mistake): the last one on or before that line. A quote closed with `”`
    comes first however far above it is: the text it opens runs on to the next `"`, where the parser stops."""
    candidates = [s for s in scan_text(text) if s.line <= line]
    quotes = [s for s in candidates if s.kind == "quote"]
    if quotes:
        return quotes[0]
    return candidates[-1] if candidates else None


# ---------------------------------------------------------------- values as they are said

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "壹": 1,
    "贰": 2,
    "貳": 2,
    "叁": 3,
    "參": 3,
    "肆": 4,
    "伍": 5,
    "陆": 6,
    "陸": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
}
_CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_NUMBER = r"[0-9０-９][0-9０-９,，]*(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億]+"


def chinese_number(text: str) -> float | None:
    """`十五` 15, `伍仟` 5000, `两万三千` 23000, `5,000` 5000, `５０００` 5000, `1.5` 1.5; None if not a number."""
    text = text.translate(str.maketrans("０１２３４５６７８９，", "0123456789,"))
    if re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?", text):
        return float(text.replace(",", ""))
    if not text or any(c not in _CN_DIGITS and c not in _CN_UNITS and c not in _CN_BIG for c in text):
        return None
    total, section, digit = 0, 0, None
    for char in text:
        if char in _CN_DIGITS:
            digit = _CN_DIGITS[char]
        elif char in _CN_UNITS:
            section += (1 if digit is None else digit) * _CN_UNITS[char]
            digit = None
        else:
            total = (total + section + (digit or 0)) * _CN_BIG[char]
            section, digit = 0, None
    return float(total + section + (digit or 0))


def _plain(number: float) -> str:
    return str(int(number)) if number == int(number) else str(number)


_DURATION_UNITS = (  # longest first
    ("个工作日", "wd"),
    ("工作日", "wd"),
    ("个自然日", "d"),
    ("自然日", "d"),
    ("个日历日", "d"),
    ("日历日", "d"),
    ("个小时", "h"),
    ("小时", "h"),
    ("钟头", "h"),
    ("分钟", "min"),
    ("分", "min"),
    ("个星期", "w"),
    ("星期", "w"),
    ("个月", "mo"),
    ("月", "mo"),
    ("周", "w"),
    ("天", "d"),
    ("日", "d"),
    ("年", "y"),
    ("时", "h"),
)
_DURATION = re.compile(rf"^\s*({_NUMBER}|半)\s*(" + "|".join(u for u, _ in _DURATION_UNITS) + r")\s*(?:以内|之内|内)?\s*$")


def halfwidth(value: str) -> str:
    """Full-width digits, letters and signs (`１０ｍｉｎ`, `ｔｉｔｌｅ`) as the half-width ones they stand for."""
    return _halfwidth(value)


def _halfwidth(value: str) -> str:
    """Full-width digits, letters and signs (`１０ｍｉｎ`, `２０２７－０１－０１`) as half-width ones."""
    return "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in value).replace("\u3000", " ")


_SHORT_DURATION = re.compile(r"^[1-9][0-9]{0,4}(?:min|h|d|wd|w|mo|y)$")  # the short form plancraft.durations reads


def _duration_form(value: str) -> str | None:
    """The value itself if it is a duration in the short form (`10min`), else None."""
    return value if _SHORT_DURATION.match(value) else None


_ENGLISH_UNITS = re.compile(
    r"^([1-9][0-9]{0,4})\s*(minutes?|mins?|hours?|hrs?|working\s*days?|business\s*days?|days?|weeks?|months?|years?)$"
)
_ENGLISH_SHORT = {
    "min": "min",
    "hou": "h",
    "hr": "h",
    "hrs": "h",
    "wor": "wd",
    "bus": "wd",
    "day": "d",
    "wee": "w",
    "mon": "mo",
    "yea": "y",
}


def _plain_duration(value: str) -> str | None:
    """`10 min`, `10MIN`, `４ｈ`, `4 hours`, `5 working days`: the short form (`10min`, `4h`, `5wd`), or None."""
    text = " ".join(_halfwidth(value).split()).lower()
    joined = text.replace(" ", "")
    if joined != value and _duration_form(joined):
        return joined
    match = _ENGLISH_UNITS.match(text)
    if match:
        word = match.group(2).replace(" ", "")
        unit = _ENGLISH_SHORT.get(word[:3]) or _ENGLISH_SHORT.get(word[:2])
        return f"{match.group(1)}{unit}" if unit else None
    return None


def duration_hint(value: str) -> Suggestion | None:
    """`2小时` → `2h`, `10分钟` → `10min`, `3个工作日` → `3wd`, `十五日` → `15d`, `半小时` → `30min`,
    `１０min` → `10min`, `10 MIN` → `10min`, `4 hours` → `4h`."""
    if not isinstance(value, str) or _duration_form(value):
        return None
    plain = _plain_duration(value)
    if plain is not None:
        return _duration_suggestion(value, plain)
    half = _halfwidth(value)
    match = _DURATION.match(half)
    if not match:
        return None
    number = 0.5 if match.group(1) == "半" else chinese_number(match.group(1))
    unit = dict(_DURATION_UNITS)[match.group(2)]
    if number is None or number <= 0:
        return None
    if number != int(number):  # 1.5小时 → 90min; 半天 → 12h
        smaller = {"h": ("min", 60), "d": ("h", 24), "w": ("d", 7), "y": ("mo", 12)}.get(unit)
        if smaller is None or number * smaller[1] != int(number * smaller[1]):
            return None
        number, unit = number * smaller[1], smaller[0]
    return _duration_suggestion(value, f"{int(number)}{unit}")


def _duration_suggestion(value: str, replacement: str) -> Suggestion:
    return Suggestion(
        0,
        0,
        len(value),
        replacement,
        _(
            "`{value}` → write `{replacement}` (a duration is a number and a unit: min, h, d, wd for working days, w, mo, y)"
        ).format(value=value, replacement=replacement),
        "duration",
    )


_DATE = re.compile(r"^\s*([0-9]{4})\s*[-年./／]\s*([0-9]{1,2})\s*[-月./／]\s*([0-9]{1,2})\s*日?\s*$")


def date_hint(value: str) -> Suggestion | None:
    """`2027年1月1日`, `２０２７-０１-０１`, `2027.1.1`, `2027/1/1` → `2027-01-01` (a real date only)."""
    import datetime

    match = _DATE.match(_halfwidth(value)) if isinstance(value, str) else None
    if not match:
        return None
    try:
        replacement = datetime.date(*(int(g) for g in match.groups())).isoformat()
    except ValueError:
        return None
    if replacement == value:
        return None
    return Suggestion(
        0,
        0,
        len(value),
        replacement,
        _("`{value}` → write `{replacement}` (a date is written YYYY-MM-DD)").format(value=value, replacement=replacement),
        "date",
    )


_AMOUNT = re.compile(rf"^\s*(?:[¥￥]|人民币|RMB\s*)?\s*({_NUMBER})\s*(万|千)?\s*(元|块|圆|元整|圆整|人民币)?\s*$")


def amount_hint(value: str) -> Suggestion | None:
    """`5000元`, `5,000元`, `伍仟元`, `¥5000`, `1万元` → the plain number `5000` / `10000`."""
    match = _AMOUNT.match(value) if isinstance(value, str) else None
    if not match or re.fullmatch(r"\s*[0-9]+(?:\.[0-9]+)?\s*", value):
        return None
    number = chinese_number(match.group(1))
    if number is None:
        return None
    number *= {"万": 10_000, "千": 1000}.get(match.group(2) or "", 1)
    replacement = _plain(number)
    return Suggestion(
        0,
        0,
        len(value),
        replacement,
        _(
            "`{value}` → write `{replacement}` (an amount is a plain number, without 元, separators or "
            "Chinese numerals; the currency is given in `currency`)"
        ).format(value=value, replacement=replacement),
        "amount",
    )


# ---------------------------------------------------------------- a title where an id belongs


def defined_names(data: Any) -> dict[str, tuple[str, str]]:
    """Display name → (kind, id) for the roles, groups and external parties a plan defines."""
    names: dict[str, tuple[str, str]] = {}
    if not isinstance(data, dict):
        return names
    organisation = data.get("organisation") if isinstance(data.get("organisation"), dict) else {}
    for kind, items in (
        ("role", organisation.get("roles")),
        ("group", organisation.get("groups")),
        ("external", data.get("external") or organisation.get("external")),
    ):
        for item in items if isinstance(items, list) else ():
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                for key in ("name", "title"):
                    if isinstance(item.get(key), str) and item[key].strip():
                        names.setdefault(item[key].strip(), (kind, item["id"]))
    return names


def title_hint(value: str, names: dict[str, tuple[str, str]]) -> Suggestion | None:
    """`大堂经理` where `lobby-manager` belongs: the name of something the plan defines, written for its id."""
    if not isinstance(value, str) or value.strip() not in names:
        return None
    kind, ident = names[value.strip()]
    words = {
        "role": _("`{value}` is the name of the role `{id}`; refer to it as `{id}`"),
        "group": _("`{value}` is the name of the group `{id}`; refer to it as `{id}`"),
        "external": _("`{value}` is the name of the external party `{id}`; refer to it as `{id}`"),
    }
    return Suggestion(0, 0, len(value), ident, words[kind].format(value=value, id=ident), "role-title")


_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def list_hint(value: str) -> Suggestion | None:
    """`president，office-head` or `president、office-head`: ids separated by Chinese punctuation, where
    a list (or one item of one) belongs → `president, office-head`."""
    if not isinstance(value, str) or not re.search(r"[，、；]", value):
        return None
    items = [part.strip() for part in re.split(r"[，、；,]", _halfwidth(value).replace("［", "[").replace("］", "]"))]
    if len(items) < 2 or not all(_ID.match(item) for item in items):
        return None
    replacement = ", ".join(items)
    return Suggestion(
        0,
        0,
        len(value),
        replacement,
        _("`{value}` separates items with Chinese punctuation; separate them with half-width commas: `[{replacement}]`").format(
            value=value, replacement=replacement
        ),
        "list",
    )


def value_hints(value: Any, names: dict[str, tuple[str, str]] | None = None) -> Iterable[Suggestion]:
    """Every IME hint for one value (the position is the caller's to fill in)."""
    if not isinstance(value, str):
        return ()
    found = [duration_hint(value), amount_hint(value), date_hint(value), title_hint(value, names or {})]
    return [s for s in found if s is not None]


# ---------------------------------------------------------------- everything in one plan, with positions

DURATION_KEYS = frozenset({"within", "every"})
AMOUNT_KEYS = frozenset({"max"})
DATE_KEYS = frozenset({"effective", "date"})
REFERENCE_KEYS = frozenset(
    {
        "lead",
        "notify",
        "owner",
        "by",
        "to",
        "approver",
        "spokesperson",
        "backup",
        "leader",
        "deputies",
        "members",
        "role",
        "approval",
        "scenarios",
        "level",
    }
)


def plan_suggestions(text: str, data: Any, locate) -> list[Suggestion]:
    """Every IME slip in one plan, each at its 1-based line:col: the line-level ones of `text`, and the values
    of `data` written as said (durations under `within`/`every`, amounts under `max`, a title under a key that
    names an id). `locate(path)` gives the (line, column) of the value at a YAML path, as LoadedPlan.locate
    does. This is what `lint --fix` applies (replace `length` characters at line:col with `replacement`)."""
    found = list(scan_text(text))
    names = defined_names(data)
    for path, key, value in _strings(data, ()):
        if key in DURATION_KEYS:
            hint = duration_hint(value)
        elif key in AMOUNT_KEYS:
            hint = amount_hint(value)
        elif key in DATE_KEYS:
            hint = date_hint(value)
        elif key in REFERENCE_KEYS:
            hint = title_hint(value, names)
        else:
            hint = None
        if hint is not None:
            line, column = locate(path)
            found.append(Suggestion(line, column, len(value), hint.replacement, hint.message, hint.kind))
    return sorted(found, key=lambda s: (s.line, s.column))


def _strings(value: Any, path: tuple) -> Iterator[tuple[tuple, Any, str]]:
    """(path, the key that holds it, text) for every string in the plan (list items keep their list's key)."""
    stack = [(value, path, None)]
    while stack:
        value, path, key = stack.pop()
        if isinstance(value, str):
            yield path, key, value
        elif isinstance(value, dict):
            stack.extend((v, path + (k,), k) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, path + (i,), key) for i, v in enumerate(value))
