"""The source lines that findings point at, and how wide text is on a terminal.

The engine keeps, for each file, the lines its findings are on (so that reporters show them without
reading the file again). Widths follow Unicode East Asian Width: a CJK character or a full-width form
takes two terminal columns, so a caret under Chinese text lands under the right character.
"""

from __future__ import annotations

import unicodedata

TAB_WIDTH = 4
HUGE_LINE = 1000  # characters; a source line longer than this is shown as a short glimpse
GLIMPSE = 40  # columns


def char_width(char: str) -> int:
    if char == "\t":
        return TAB_WIDTH
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def text_width(text: str) -> int:
    if text.isascii():  # one column a character, a tab TAB_WIDTH (no ASCII character is wide or combining)
        return len(text) + (TAB_WIDTH - 1) * text.count("\t")
    return sum(char_width(c) for c in text)


def lines_at(raw: bytes, numbers: set[int]) -> dict[int, str]:
    """Lines `numbers` (1-based) of a plan's bytes, decoded leniently (a finding on an undecodable
    file still shows what can be shown)."""
    if not numbers:
        return {}
    # Only the bytes up to the end of the last line wanted are decoded and split: a re-lint from the cache
    # would otherwise decode every plan whole. Cut just after a "\n" (never inside a character, and no
    # line break joins one that follows it), the text's lines are the first lines of the whole text.
    pieces = raw.split(b"\n", max(numbers))
    if len(pieces) > max(numbers):  # pieces[-1] is the rest, after the last line wanted
        raw = raw[: len(raw) - len(pieces[-1])]
    text = raw.decode("utf-8", errors="replace").lstrip("\ufeff")
    found: dict[int, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if number in numbers:
            found[number] = line
            if len(found) == len(numbers):
                break
    return found


def token_end(line: str, column: int) -> int:
    """The 1-based column just past the token that starts at `column`: a key ends before its colon, a
    quoted scalar at its closing quote, a plain scalar before a comment or the end of the line."""
    start = column - 1
    if start >= len(line):
        return column
    rest = line[start:]
    if rest[0] in "\"'":
        quote = rest[0]
        index = 1
        while index < len(rest):
            if rest[index] == quote and not (quote == '"' and rest[index - 1] == "\\"):
                return column + index + 1
            index += 1
        return column + len(rest)
    if rest[0] == "-" and rest[1:2] == " ":  # a list item: point at its dash
        return column + 1
    end = len(rest)
    for marker in (": ", " #"):
        at = rest.find(marker)
        if at != -1:
            end = min(end, at)
    if rest.endswith(":") and end == len(rest):
        end -= 1
    stripped = rest[:end].rstrip()
    return column + max(len(stripped), 1)


def window(line: str, start: int, end: int, width: int) -> tuple[str, int, int]:
    """`line` trimmed with `…` so that it fits in `width` columns around [start, end) (0-based character
    offsets); returns the text and the new offsets."""
    if len(line) <= width and text_width(line) <= width:  # (a longer line is wider: measure no further)
        return line, start, end
    if len(line) > HUGE_LINE:  # a hostile or generated line: show a glimpse, never the value at length
        width = min(width, GLIMPSE)
    budget = max(width - 2, 8)
    end = min(end, start + budget)  # a token longer than the window is measured only as far as it shows
    left = start
    used = text_width(line[start : min(end, len(line))])
    right = min(end, len(line))
    if used > budget:  # the token itself is too long: show its start
        right = start
        used = 0
        while right < len(line) and used + char_width(line[right]) <= budget:
            used += char_width(line[right])
            right += 1
        return ("…" if start else "") + line[start:right] + "…", (1 if start else 0), (1 if start else 0) + (right - start)
    # grow the window on both sides, a little more context before the token than after it
    while True:
        grew = False
        if left > 0 and used + char_width(line[left - 1]) <= budget and (left > start - 20 or right >= len(line)):
            left -= 1
            used += char_width(line[left])
            grew = True
        if right < len(line) and used + char_width(line[right]) <= budget:
            used += char_width(line[right])
            right += 1
            grew = True
        if not grew:
            break
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(line) else ""
    shift = len(prefix) - left
    return prefix + line[left:right] + suffix, start + shift, min(end, right) + shift


def wrap(text: str, width: int, *, indent: str = "") -> list[str]:
    """`text` broken into lines of at most `width` columns: at spaces between words, and between any two
    CJK characters (Chinese has no spaces to break at). Continuation lines start with `indent`."""
    if width <= 0 or text_width(text) <= width:
        return [text]
    lines: list[str] = []
    current = ""
    current_width = 0
    limit = width
    for piece in _break_units(text):
        piece_width = text_width(piece)
        if current and current_width + piece_width > limit:
            lines.append(current.rstrip())
            current = indent
            current_width = text_width(indent)
            limit = width
            piece = piece.lstrip(" ")
            piece_width = text_width(piece)
        current += piece
        current_width += piece_width
    if current.strip():
        lines.append(current.rstrip())
    return lines


def _break_units(text: str) -> list[str]:
    """Pieces between break opportunities: a Latin word with its trailing spaces, or one wide character
    (with closing punctuation kept on it, so a line never starts with `，` or `。`)."""
    units: list[str] = []
    word = ""
    for char in text:
        wide = char_width(char) == 2
        if wide:
            if word:
                units.append(word)
                word = ""
            if units and _closing(char):
                units[-1] += char
            else:
                units.append(char)
        elif char == " ":
            word += char
            units.append(word)
            word = ""
        else:
            if word.endswith(" "):
                units.append(word)
                word = ""
            word += char
    if word:
        units.append(word)
    return units


def _closing(char: str) -> bool:
    return char in "，。、；：！？）》」』】”’" or unicodedata.category(char) in ("Pe", "Pf")
