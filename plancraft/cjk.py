"""How lines of plan text join: like Chinese between Chinese, like English between Latin words.

YAML folds a line break in a `>-` block (and in a multi-line plain or quoted scalar) into a space.
Between two Chinese characters, or after Chinese punctuation, that space is a typo no author
wrote: "风险隐患， 降低…". `join_lines` is the one rule for joining lines of text; the loader records
where YAML folded a line (`LoadedPlan.folds`) and `readable` rejoins exactly those places, so a
space the author did write ("《质量管理 顾客满意 组织投诉处理指南》") stays.

Everything that shows plan text to a reader (the document, the response cards, the audit report)
takes its text from `readable(...)`; checks and digests keep the data exactly as YAML reads it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def is_cjk(ch: str) -> bool:
    """A Han character, kana, hangul, or CJK / full-width punctuation."""
    o = ord(ch)
    return (
        0x2E80 <= o <= 0x9FFF
        or 0xAC00 <= o <= 0xD7AF
        or 0xF900 <= o <= 0xFAFF
        or 0xFE30 <= o <= 0xFE4F
        or 0xFF00 <= o <= 0xFFEF
        or 0x20000 <= o <= 0x3FFFF
    )


def is_cjk_punct(ch: str) -> bool:
    """Full-width punctuation (，。、；：！？（）《》【】 …): never followed or preceded by a space."""
    o = ord(ch)
    return (
        0x3000 <= o <= 0x303F
        or 0xFF01 <= o <= 0xFF0F
        or 0xFF1A <= o <= 0xFF20
        or 0xFF3B <= o <= 0xFF40
        or 0xFF5B <= o <= 0xFF65
        or 0xFE30 <= o <= 0xFE4F
    )


# Shared by Chinese and English text: tight only next to a Chinese character.
_AMBIGUOUS = set("“”‘’…—·")


def joins_tight(left: str, right: str) -> bool:
    """Whether a line break between the characters `left` and `right` reads as nothing (not a space)."""
    if not left or not right:
        return True
    if is_cjk_punct(left) or is_cjk_punct(right):
        return True
    return (is_cjk(left) or left in _AMBIGUOUS) and (is_cjk(right) or right in _AMBIGUOUS) and (is_cjk(left) or is_cjk(right))


def join_lines(lines: Iterable[str]) -> str:
    """Join lines of text: no space between Chinese text or after Chinese punctuation, one space otherwise.

    >>> join_lines(["风险隐患，", "降低损失", "and keep", "going"])
    '风险隐患，降低损失 and keep going'
    """
    out = ""
    for line in lines:
        line = line.strip(" \t")
        if not line:
            continue
        if out and not joins_tight(out[-1], line[0]):
            out += " "
        out += line
    return out


def join_folds(value: str, folds: Iterable[int]) -> str:
    """`value` with the spaces at the indices `folds` (where YAML folded a line) rejoined by `join_lines`."""
    cuts = sorted(i for i in set(folds) if 0 <= i < len(value) and value[i] == " ")
    if not cuts:
        return value
    pieces, start = [], 0
    for i in cuts:
        pieces.append(value[start:i])
        start = i + 1
    pieces.append(value[start:])
    out = pieces[0]
    for piece in pieces[1:]:
        if out and piece and joins_tight(out[-1], piece[0]):
            out += piece
        else:
            out += " " + piece
    return out


def readable(data: Any, folds: Mapping[tuple, tuple[int, ...]], path: tuple = ()) -> Any:
    """A copy of plan `data` with every folded text rejoined (see the module docstring)."""
    if not folds:
        return data
    if isinstance(data, dict):
        return {k: readable(v, folds, path + (k,)) for k, v in data.items()}
    if isinstance(data, list):
        return [readable(v, folds, path + (i,)) for i, v in enumerate(data)]
    if isinstance(data, str) and path in folds:
        return join_folds(data, folds[path])
    return data


def has_value_slips(text: str) -> bool:
    """Could `text` hold an input-method slip that still makes a valid plan (a comment started with a
    full-width `＃`, plancraft.ime)? A substring search, so that a valid plan without one is not scanned
    line by line, nor the input-method tables imported."""
    return "＃" in text
