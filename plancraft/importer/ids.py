"""Ids from titles: English words for the usual terms, pinyin for the rest; unique, valid slugs."""

from __future__ import annotations

from plancraft.importer import recache as re
import unicodedata

from .vocab import ID_WORDS

ID_PATTERN = re.compile(r"^[a-z][a-z0-9-]*$")
MAX_WORDS = 5
_WORDS = sorted(ID_WORDS, key=len, reverse=True)


def slug(title: str, fallback: str, *, keep_last: bool = False) -> str:
    """`大堂经理` -> `lobby-manager`; `综合部经理` -> `general-office-manager`; `Complaints Officer` -> `complaints-officer`."""
    words: list[str] = []
    # full-width letters and digits (ＡＢＣ部, １号) read as their ASCII forms
    text = re.sub(r"[“”\"'《》〈〉【】\[\]（）()]", " ", unicodedata.normalize("NFKC", title)).strip().lower()
    i = 0
    chinese: list[str] = []
    from_pinyin: set[int] = set()  # 安 is `an`, 阿 is `a`: syllables, not the articles an English title drops

    def flush() -> None:
        if chinese:
            start = len(words)
            words.extend(_pinyin("".join(chinese)))
            from_pinyin.update(range(start, len(words)))
            chinese.clear()

    while i < len(text) and len(words) < MAX_WORDS * 2:
        for word in _WORDS:
            if text.startswith(word, i):
                flush()
                words.extend(ID_WORDS[word].split("-"))
                i += len(word)
                break
        else:
            ch = text[i]
            if "\u4e00" <= ch <= "\u9fff":
                if ch not in "的各及和与或之":
                    chinese.append(ch)
            else:
                flush()
                if ch.isascii() and ch.isalnum():
                    start = i
                    while i < len(text) and text[i].isascii() and text[i].isalnum():
                        i += 1
                    words.append(text[start:i])
                    continue
            i += 1
    flush()
    # articles go, but not the letter of a grade (level-a, class-b)
    words = [
        w
        for i, w in enumerate(words)
        if w
        and (
            w not in ("the", "of", "and", "a", "an")
            or i in from_pinyin
            or (
                w == "a"
                and i > 0
                and words[i - 1] in ("level", "class", "category", "tier", "grade", "priority", "band", "severity")
            )
        )
    ]
    if keep_last and len(words) > MAX_WORDS:
        # 后勤保障组副组长: the last words (team-deputy-leader) tell the post from its group and from the other posts
        words = words[: MAX_WORDS - 2] + words[-2:]
    result = "-".join(words[:MAX_WORDS])
    result = re.sub(r"[^a-z0-9-]+", "", result).strip("-")
    result = re.sub(r"-{2,}", "-", result)[:48].strip("-")
    if not result or not result[0].isalpha():
        result = f"{fallback}-{result}" if result else fallback
    return result


def _pinyin(text: str) -> list[str]:
    try:
        from pypinyin import (
            lazy_pinyin,  # imported only when an id has Chinese words not in the table
        )
    except ImportError:  # pragma: no cover - pypinyin is a dependency; ids still valid without it
        return []
    return [p for p in lazy_pinyin(text) if re.fullmatch(r"[a-z]+", p)]


class IdMaker:
    """Hands out ids unique across the plan (roles, groups, levels, scenarios, caps, deadlines share one space)."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.kind: dict[str, str] = {}  # what each id was made for (the fallback word: role, level, scenario…)

    def make(self, title: str, fallback: str) -> str:
        base = slug(title, fallback)
        if base in self.used:  # cut at five words, a longer title may still differ in its last (…-team-leader)
            base = slug(title, fallback, keep_last=True)
        if base in self.used and self.kind.get(base, fallback) != fallback and not base.endswith(fallback):
            base = f"{base}-{fallback}"  # Stage 1 as a level beside Stage 1 as a procedure: stage-1-level, not stage-1-2
        candidate, n = base, 2
        while candidate in self.used:
            candidate = f"{base}-{n}"
            n += 1
        self.used.add(candidate)
        self.kind[candidate] = fallback
        return candidate

    def reserve(self, ident: str) -> None:
        self.used.add(ident)
