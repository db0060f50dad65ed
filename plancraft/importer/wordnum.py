"""Word's automatic numbering turned into the number a reader sees ("一、", "（二）", "1.2", "第三条").

A paragraph numbered by Word carries no number in its text, only `w:numPr` (a list `numId` and a level `ilvl`);
the number is worked out from the numbering part: each level's format (`decimal`, `chineseCounting`,
`upperRoman`, `lowerLetter`, `ideographTraditional`, `bullet` …), its text (`%1、`, `（%1）`, `%1.%2`, `第%1条`),
its start value, and the counters of the list so far (a level restarts after any higher level, unless `lvlRestart`
says otherwise; a `w:num` that overrides a level's start restarts it where it is first used). Lists that share an
abstract definition share their counters, as in Word ("continue numbering"). The importer then reads the number
like a typed one, so a document whose numbers are not typed reads like one whose numbers are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_CN_DIGITS = "〇一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_FULLSTOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_EN_CARDINAL = (
    "Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen "
    "Seventeen Eighteen Nineteen Twenty"
).split()
_EN_ORDINAL = (
    "Zeroth First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth Thirteenth "
    "Fourteenth Fifteenth Sixteenth Seventeenth Eighteenth Nineteenth Twentieth"
).split()


def _chinese(n: int, digits: str = _CN_DIGITS, units: tuple[str, str, str] = ("十", "百", "千")) -> str:
    """12 -> 十二, 20 -> 二十, 105 -> 一百零五 (as Word's chineseCounting writes them)."""
    if n <= 0 or n >= 10000:
        return str(n)
    out = ""
    zero = False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        d, n = divmod(n, power)
        if d:
            if zero:
                out += "零"
            out += ("" if power == 10 and not out and d == 1 and digits is _CN_DIGITS else digits[d]) + unit
            zero = False
        elif out:
            zero = True
    return out


def _roman(n: int) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    out = ""
    for value, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        count, n = divmod(n, value)
        out += letters * count
    return out


def _letter(n: int) -> str:
    """1 -> A, 26 -> Z, 27 -> AA (Word repeats the letter)."""
    if n <= 0:
        return str(n)
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _from(table: str, n: int) -> str:
    return table[n - 1] if 1 <= n <= len(table) else str(n)


def format_number(n: int, fmt: str) -> str:
    """One counter in one of Word's number formats (ST_NumberFormat); an unknown format is written in digits."""
    if fmt in ("decimal", "decimalHalfWidth"):
        return str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(ord("０") + int(d)) for d in str(n)) if n >= 0 else str(n)
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return _letter(n)
    if fmt == "lowerLetter":
        return _letter(n).lower()
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "ideographDigital"):
        if fmt == "ideographDigital":
            return "".join(_CN_DIGITS[int(d)] for d in str(n)) if n >= 0 else str(n)
        return _chinese(n)
    if fmt in ("chineseLegalSimplified", "japaneseLegal", "taiwaneseCountingThousand"):
        return _chinese(n, _CN_LEGAL, ("拾", "佰", "仟")) if fmt == "chineseLegalSimplified" else _chinese(n)
    if fmt == "ideographTraditional":
        return _from(_STEMS, n)
    if fmt == "ideographZodiac":
        return _from(_BRANCHES, n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return _from(_CIRCLED, n)
    if fmt == "decimalEnclosedParen":
        return _from(_PAREN, n)
    if fmt == "decimalEnclosedFullstop":
        return _from(_FULLSTOP, n)
    if fmt == "ordinal":
        return _ordinal(n)
    if fmt == "cardinalText":
        return _EN_CARDINAL[n] if 0 <= n < len(_EN_CARDINAL) else str(n)
    if fmt == "ordinalText":
        return _EN_ORDINAL[n] if 0 <= n < len(_EN_ORDINAL) else str(n)
    if fmt == "none":
        return ""
    return str(n)


@dataclass
class Level:
    fmt: str = "decimal"
    text: str | None = None  # lvlText, e.g. "%1、"; None: "%N." of its own level
    start: int = 1
    restart: int | None = None  # lvlRestart: None after any higher level; 0 never; k after level k (1-based)
    legal: bool = False  # isLgl: the numbers of the levels above in digits
    suffix: str = "tab"  # what stands between the number and the text: tab, space, nothing


@dataclass
class _List:
    abstract: str | None
    levels: dict[int, Level] = field(default_factory=dict)  # the abstract's levels with this list's overrides
    restarts: set[int] = field(default_factory=set)  # levels a startOverride restarts where the list is first used


def _level(node) -> Level:
    def val(tag: str) -> str | None:
        found = node.find(f"{_W}{tag}")
        return found.get(f"{_W}val") if found is not None else None

    start = val("start")
    restart = val("lvlRestart")
    legal = node.find(f"{_W}isLgl")
    return Level(
        fmt=val("numFmt") or "decimal",
        text=val("lvlText"),
        start=int(start) if start and start.lstrip("-").isdigit() else 1,
        restart=int(restart) if restart and restart.isdigit() else None,
        legal=legal is not None and legal.get(f"{_W}val", "true") not in ("0", "false", "off"),
        suffix=val("suff") or "tab",
    )


class Numbering:
    """The numbering part of one document, and the counters of its lists as the document is read in order."""

    def __init__(self, numbering, styles=None) -> None:
        self.lists: dict[str, _List] = {}
        self.counters: dict[str | None, dict[int, int]] = {}
        self.seen: set[str] = set()
        if numbering is None:
            return
        abstract: dict[str | None, dict[int, Level]] = {}
        style_links: dict[str | None, str] = {}  # abstractNum that only points at a numbering style -> the style id
        for node in numbering.iterchildren(f"{_W}abstractNum"):
            levels = abstract.setdefault(node.get(f"{_W}abstractNumId"), {})
            for lvl in node.iterchildren(f"{_W}lvl"):
                if str(lvl.get(f"{_W}ilvl", "")).isdigit():
                    levels[int(lvl.get(f"{_W}ilvl"))] = _level(lvl)
            link = node.find(f"{_W}numStyleLink")
            if link is not None and link.get(f"{_W}val"):
                style_links[node.get(f"{_W}abstractNumId")] = link.get(f"{_W}val")
        nums: dict[str, tuple[str | None, object]] = {}
        for node in numbering.iterchildren(f"{_W}num"):
            ref = node.find(f"{_W}abstractNumId")
            nums[str(node.get(f"{_W}numId"))] = (ref.get(f"{_W}val") if ref is not None else None, node)
        style_num = _style_num_ids(styles)
        for num_id, (abstract_id, node) in nums.items():
            seen: set[str | None] = set()
            while abstract_id in style_links and abstract_id not in seen:  # a list defined through a numbering style
                seen.add(abstract_id)
                target = nums.get(style_num.get(style_links[abstract_id], ""))
                if target is None:
                    break
                abstract_id = target[0]
            entry = _List(abstract_id, dict(abstract.get(abstract_id, {})))
            for override in node.iterchildren(f"{_W}lvlOverride"):
                ilvl = override.get(f"{_W}ilvl")
                if not str(ilvl).isdigit():
                    continue
                ilvl = int(ilvl)
                lvl = override.find(f"{_W}lvl")
                if lvl is not None:
                    entry.levels[ilvl] = _level(lvl)
                start = override.find(f"{_W}startOverride")
                if start is not None and str(start.get(f"{_W}val", "")).lstrip("-").isdigit():
                    base = entry.levels.get(ilvl, Level())
                    entry.levels[ilvl] = Level(
                        base.fmt, base.text, int(start.get(f"{_W}val")), base.restart, base.legal, base.suffix
                    )
                    entry.restarts.add(ilvl)
            self.lists[num_id] = entry

    def is_list(self, num_id: str | None) -> bool:
        """numId 0 (or one the numbering part does not define) takes a paragraph out of its style's list."""
        return num_id is not None and num_id != "0" and num_id in self.lists

    def fmt(self, num_id: str | None, ilvl: int) -> str | None:
        entry = self.lists.get(str(num_id))
        level = entry.levels.get(ilvl) if entry else None
        return level.fmt if level else None

    def label(self, num_id: str | None, ilvl: int) -> str | None:
        """The number Word shows before the next paragraph of list `num_id` at level `ilvl` (counters advance), with
        what follows it (a space after a tab or a space, nothing after `nothing`); None for a bullet or no list."""
        entry = self.lists.get(str(num_id))
        if entry is None or num_id == "0" or ilvl not in entry.levels:
            return None  # no list, or a level the list does not define: Word shows no number
        counters = self.counters.setdefault(entry.abstract, {})
        if num_id not in self.seen:
            self.seen.add(str(num_id))
            for restarted in entry.restarts:
                counters.pop(restarted, None)
        level = entry.levels.get(ilvl, Level())
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [k for k in counters if k > ilvl]:
            restart = entry.levels.get(deeper, Level()).restart
            if restart is None or (restart > 0 and ilvl < restart):
                del counters[deeper]
        if level.fmt == "bullet":
            return None
        text = level.text if level.text is not None else f"%{ilvl + 1}."

        def number(k: int) -> str:
            lvl = entry.levels.get(k, Level())
            value = counters.get(k, lvl.start)
            return str(value) if level.legal and k != ilvl else format_number(value, lvl.fmt)

        out = ""
        i = 0
        while i < len(text):
            if text[i] == "%" and i + 1 < len(text) and text[i + 1].isdigit() and text[i + 1] != "0":
                out += number(int(text[i + 1]) - 1)
                i += 2
            else:
                out += text[i]
                i += 1
        out = out.strip()
        if not out:
            return None
        return out + ("" if level.suffix == "nothing" else " ")


def _style_num_ids(styles) -> dict[str, str]:
    """Numbering style id -> the numId its paragraph properties give (numStyleLink's target)."""
    out: dict[str, str] = {}
    if styles is None:
        return out
    for style in styles.iterchildren(f"{_W}style"):
        num = style.find(f"{_W}pPr/{_W}numPr/{_W}numId")
        if num is not None and style.get(f"{_W}styleId"):
            out[style.get(f"{_W}styleId")] = str(num.get(f"{_W}val"))
    return out
