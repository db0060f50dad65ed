"""`lines_at` decodes only the bytes up to the last line wanted, and gives exactly the lines str.splitlines() of
the whole text would."""

import random

from plancraft.lint.source import lines_at


def reference(raw: bytes, numbers: set[int]) -> dict[int, str]:
    lines = raw.decode("utf-8", errors="replace").lstrip("\ufeff").splitlines()
    return {n: lines[n - 1] for n in numbers if 0 < n <= len(lines)}


# Pieces that make line breaks, CJK text, broken UTF-8 next to a line break, and what else splitlines() breaks at.
PIECES = [
    b"a",
    b"key: value",
    "应急预案".encode(),
    b"\n",
    b"\n",
    b"\r\n",
    b"\r",
    b"\x0b",
    b"\x0c",
    b"\x1c",
    b"\x1e",
    "\x85".encode(),
    "\u2028".encode(),
    "\u2029".encode(),
    b"\xe4",
    b"\xe4\xb8",
    b"\xc2",
    b"\x85",
    b"\xff",
    b"\xef\xbb\xbf",
    b"  - ",
    b"",
]


def test_lines_at_matches_splitlines_on_every_kind_of_text():
    rng = random.Random(20)
    for _ in range(3000):
        raw = b"".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 14)))
        if rng.random() < 0.5:  # as plans mostly are: "\n" only
            raw = raw.translate(None, b"\r\x0b\x0c\x1c\x1e").replace("\x85".encode(), b"").replace(b"\xef\xbb\xbf", b"")
        numbers = {rng.randrange(0, 9) for _ in range(rng.randrange(1, 4))}
        assert lines_at(raw, numbers) == reference(raw, numbers), (raw, numbers)


def test_lines_at_of_a_plan():
    raw = "document:\n  title: 应急预案\n\n  id: x\n".encode()
    assert lines_at(raw, {2, 3, 4, 5}) == {2: "  title: 应急预案", 3: "", 4: "  id: x"}
    assert lines_at(raw, set()) == {}
    assert lines_at(b"\xef\xbb\xbfa\nb", {1, 2}) == {1: "a", 2: "b"}


def test_text_width_of_ascii_is_what_each_character_counts():
    from plancraft.lint.source import char_width, text_width

    for text in ("", "document:", "a\tb\t", "".join(chr(c) for c in range(128)), "应急 a", "e\u0301"):
        assert text_width(text) == sum(char_width(c) for c in text), text
