"""fmt's fast layout of a large plan gives exactly the full round trip's text, in every layout a plan
may be written in (issue 13: a valid 2 MB plan within 3 s in any layout; benchmarks/fmt_bench.py
times it). The styles come from benchmarks/fmt_styles.py; the examples stand in for the large plan
(the size thresholds are lowered so that the fast path is taken)."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import pytest

import plancraft.fmt as fmt
from plancraft.fmt import format_bytes
from plancraft.loader import load_bytes

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("fmt_styles", ROOT / "benchmarks" / "fmt_styles.py")
fmt_styles = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fmt_styles)

EXAMPLES = sorted((ROOT / "plans" / "examples").glob("*.yaml"))


@pytest.fixture
def fast(monkeypatch):
    """Take the fast path whatever the size of the text."""
    monkeypatch.setattr(fmt, "_ITEM_MIN_TEXT", 0)
    monkeypatch.setattr(fmt, "_FLOW_MIN_TEXT", 0)


@lru_cache(maxsize=None)
def _styled(example: Path, style: str) -> bytes:
    return fmt_styles.styled(example.read_text(encoding="utf-8"), style)


def _source(example: Path, style: str) -> str:
    return load_bytes(_styled(example, style), "styled.yaml").text.replace("\r\n", "\n")


@pytest.mark.parametrize("style", list(fmt_styles.STYLES))
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_the_fast_layout_is_the_full_round_trip(example: Path, style: str, fast) -> None:
    source = _source(example, style)
    assert fmt._layout(source) == fmt._layout_text(source)


@pytest.mark.parametrize("style", list(fmt_styles.STYLES))
def test_fmt_of_every_style_is_idempotent_and_keeps_the_data(style: str, fast) -> None:
    raw = _styled(EXAMPLES[0], style)
    result = format_bytes(raw, "styled.yaml")
    assert load_bytes(result.data(), "out.yaml").data == load_bytes(raw, "styled.yaml").data
    assert not format_bytes(result.data(), "out.yaml").changed
    assert result.data().startswith(b"\xef\xbb\xbf") == raw.startswith(b"\xef\xbb\xbf")
    assert (b"\r\n" in result.data()) == (b"\r\n" in raw)


@pytest.mark.parametrize("style", ["compact", "indent4", "pyyaml4"])
def test_other_indents_take_the_fast_path(style: str, fast) -> None:
    source = _source(EXAMPLES[0], style)
    spans, laid_out = fmt._stand_in_spans(source)
    assert len(spans) > 30 and len(laid_out) > 10  # the scenarios, roles, ... re-indented as text


def test_anchors_and_aliases_leave_the_other_items_on_the_fast_path(fast) -> None:
    source = _source(EXAMPLES[0], "compact")
    source = source.replace("\nplancraft: 1\n", "\nplancraft: &one 1\n", 1) + "x-one: *one\n"
    assert "&one" in source
    spans, laid_out = fmt._stand_in_spans(source)
    assert len(spans) > 30 and len(laid_out) > 10
    assert fmt._layout(source) == fmt._layout_text(source)
    item = "- id: anchored\n  title: &t a title\n  x-same: *t\n"
    source = source.replace("\nscenarios:\n", "\nscenarios:\n" + item, 1)
    assert "title: &t a title" not in "".join(source[b:e] for b, e in fmt._stand_in_spans(source)[0])
    assert fmt._layout(source) == fmt._layout_text(source)


def test_the_comparison_can_fail(fast, monkeypatch) -> None:
    """An end-of-line comment moved with its value (not where ruamel keeps it) is caught."""
    source = _source(EXAMPLES[0], "compact")
    source = "\n".join(line + "   # note" if line.startswith("    title:") else line for line in source.split("\n"))
    assert fmt._layout(source) == fmt._layout_text(source)
    monkeypatch.setattr(fmt._Settled, "line", _shift_everything)
    assert fmt._layout(source) != fmt._layout_text(source)


def _shift_everything(self, number: int) -> str:
    """_Settled.line without ruamel's rule for end-of-line comments: the whole line moves."""
    line = self.lines[number]
    if number not in self.changed:
        return line
    content = self.dash.get(number, len(line) - len(line.lstrip(" ")))
    head = " " * (content + self.shift.get(number, 0))
    return (head[:-2] + "- " if number in self.dash else head) + line[content:]


@pytest.mark.parametrize(
    "item",
    [
        "  - by: r\n    do: |\n      line\n        deeper\n\n      last\n",  # literal: relative indents and a blank line kept
        "  - by: r\n    do: >-\n      folded\n      on\n  - do: x\n",
        "  - do: |-\n      a\n    by: r  # after\n",
        "  - do: >-\n      a\n    # after the block\n    by: r\n",
        "  - by: r\n    do: >-\n      a\n  # after the item\n",
        "  - by: r\n    do: >\n      a\n\n      b\n",  # a folded blank line: left to ruamel
        "  - by: [a,b ,  'c']   # eol\n    do: {k: v,   j: \"w\"}\n",
        "  - by: [ ]\n    do: {}\n    within: [[a, b], {x: y}]\n",
        "  - {by: r, within: 1h, do: a}\n  -   {do: b}    # eol\n  - [a, b]\n",
        "  - 'by': r\n    \"do\": a\n",
        "  - by: r  # one\n    do: a  # two\n",
        "  - by: r\n    do: a  # last value\n    # deeper, after it\n",
        "  -   by: r\n      do: a\n  -     do: b\n        by: q\n",
        "  - do: a\n    by: r\n    x-list:\n    - 1\n    -   2   # two\n    - {k: v}\n",
        # keys out of order with comment and blank lines between them
        "  - within: 1h\n    # about by\n    by: r  # eol\n\n    # about do\n    do: a\n",
        "  - within: 1h\n      # deeper, stays with within\n    # about do\n    do: a\n  - by: r\n    do: b\n",
        "  - x-list:\n      - a\n      # after a\n    # about do\n    do: a\n",
        "  - x-list:\n      - k: v\n        j: w\n    # about do\n    do: a\n",
        "  - x-map:\n      k: v\n    # about do\n    do: a\n",
        "  - x-list: [a, b]\n    # after a flow list\n    do: a\n",
        "  - by: r\n    # about do, the new first key\n    do: a\n",
        "  - by: r\n    do: a\n      # deeper, after the last key\n",
        "  - by: r\n    contact:\n      phone: p\n      name: n\n    do: a\n",
        "  - do: a\n    within: 1h  # eol\n    # about by\n\n    by: r\n",
        "  - do: a\n    x-list:\n      - a\n      # after a\n    # about by\n    by: r\n",
        "  - do: a\n    x-list:\n      - k: v\n        j: w\n          # deeper\n    # about by\n    by: r\n",
        "  - do: a\n    x-map:\n      k: v\n    # about by\n    by: r\n",
        "  - do: a\n    within: 1h\n      # deeper, stays with within\n    by: r\n",
        # spaces: after a colon (aligned values), at the ends of lines, in comments
        "  - do:     a\n    by:  r   \n    within: 1h  # eol   \n    # trailing   \n    x-list:   \n      -   b  \n",
        "  - within:   [a,  b]   \n    by:    {k: v}  # c\n    do:   |-\n      text\n",
        "  - do: a\n    x-list:  # a comment after a list's key\n      - b\n",
        "  - x-list:           # after a list's key, far out\n      - b\n    contact:  # after a mapping's key\n      phone: p\n      name: n\n    do: a\n",
        "  - do: a\n    by: |\n      trailing   \n      spaces\n",
        # comment lines after a block scalar: the first one never right of the text's new column
        "  - do: >-\n        a\n      # c\n       # d\n    by: r\n  - do: |\n      b\n  # e\n    by: q\n",
        "  - do: >-\n          deep\n         # c\n    by: r\n",
        "  - do: a\n    by: >-\n      last\n    # after the item's last value\n  - do: b\n",
        "  - by: r\n    do: >-\n      text\n    # between keys that move\n    within: 1h\n",
        "  - do: a\n    within: >-\n      text\n      # text too\n    # c\n        # deeper\n    # d\n    by: r\n",
        "  - do: a\n    x-list: [a, b]\n      # deeper\n    # c\n    by: r\n",
        "  - do: a\n    x-list:\n      - {k: v}\n      # c\n    by: r\n",
        "  - x-list:\n      - [a]\n    # c\n    do: a\n",
        # comment lines after a flow collection that ends a block below the key keep their column (its end comments)
        "  - by:\n      [a, b]\n    # c\n    do: a\n",
        "  - x-list:\n      - k:\n          [a]\n    # c\n    do: a\n",
        "  - x-list:\n      - k: [a]\n  # c\n  - do: b\n",
        "  - x-list:\n      - k: {a: b}\n        # deep\n    # c\n    do: a\n",
        "  - do: a\n    x-list: {k: v}  # eol\n    # c\n    by: r\n",
        "  - do: a\n    x-list: [a, b]\n\n    # after a blank line\n    by: r\n",
        # comments above the key that becomes first: ruamel puts them above the item's `- `
        "  - by: r\n    # about do\n    # more\n    do: a\n  # about the next item\n  - by: q\n\n    # about do\n\n    do: b\n",
        "  - by: r\n      # deeper, stays with by\n    # about do\n    do: a\n",
        "  - by: r\n\n    do: a\n",
        "  - within: 1h\n    # about by\n    by: r\n    # about do\n    do: a\n",
        "  - x-list:\n      - by: r\n        # about do\n        do: a\n    # about do\n    do: b\n",
        # values continued on the next lines: ruamel writes them on one line
        "  - by: a long\n      text   \n      in three   # c\n    do: \"double\n      quoted\"\n    within: 'it''s\n      single'\n",
        "  - do: a\n    x-list:\n      - wrapped\n        item  # c\n      - 'q\n        item'\n",
        "  - do: 'a value\n\n      with a blank line'\n",
        "  - by: [a,\n      b,   c]   # c\n    do: {within: 1h,\n      by: a long\n        value, do: x}\n",
        "  - {within: 1h, by: \"q\n      r\",\n      do: 'a'}\n",
        "  - by: [a,  # inside\n      b]\n    do: a\n",
        '  - do: "an \\\n      escaped break"\n',
        # tabs: inside a comment's text ruamel copies them; anywhere else the item stays with ruamel
        "  - do: a  # 备注\t说明\n    # 整行\t注释\n    by: r  # eol\t!\n",
        '  - by: r  # c\t1\n    do: "x\ty"\n',
        "  - by: r\n    do: |\n      a\tb\n",
        # double-quoted escapes: ruamel writes printable characters as they are, the rest escaped
        '  - do: "\\u6295\\u8BC9"  # eol\n    by: "\\x41\\tb\\"c\\\\d\\u0085"\n',
        '  - by: "r"\n    do: "\\U0001F600 \\N \\_ \\e \\u00e9"\n',
        '  - do: "wrapped \\u6295\n      \\u8BC9 text"\n',
        # runs of blank lines: one blank line between values (comment lines too); kept right after `key:`
        # above its first comment line; after a flow collection or a block scalar, left to ruamel
        "  - do: a\n    by: r\n\n\n  - do: b\n\n\n\n  # c\n\n\n  - do: c\n",
        "  - do: a  # eol\n\n\n    by: r\n\n\n    # c\n\n\n    within: 1h\n",
        "  - do: a\n      b\n\n\n    by: 'q\n      r'\n\n\n    within: 1h\n",
        "  - do: a\n    x-list:\n      - 1\n\n\n      - k: v\n\n\n        j: w\n\n\n    by: r\n",
        "  - do: a\n    contact:\n\n\n      phone: p\n\n\n      name: n\n    x-list:\n\n\n      # c\n\n\n      - 1\n",
        "  - do: a\n    x-list:\n\n\n      # c\n      # d\n\n\n      - 1\n      # deep\n\n\n    by: r\n",
        "  - do: a\n    x-list: [a, b]\n\n\n    by: r\n  - do: |\n      b\n\n\n    by: q\n",
        "  - within: 1h\n\n\n    do: a\n",
        "  - do: a\n    x-list:\n\n\n\n\n      - 1\n    contact:\n\n\n\n      # c\n\n\n\n      phone: p\n",  # two kept after `key:`
        "  - do: a\n    x-list: [a, b]\n\n\n\n  - do: b\n    by: >-\n      c\n\n\n  - do: c\n",  # after an item's flow or block
    ],
)
def test_constructs_in_other_indents_are_laid_out_as_the_full_round_trip(item: str, fast) -> None:
    for head, deeper in (("  - id: s\n    actions:\n", (2, 4, 6)), ("- id: s\n  actions:\n", (0, 2, 4))):
        for by in deeper:  # the actions' dashes at their key's column (compact), two or four columns in
            body = "".join(" " * by + line if line.strip() else line for line in item.splitlines(keepends=True))
            text = f"plancraft: 1\nscenarios:\n{head}{body}"
            assert fmt._layout(text) == fmt._layout_text(text), text


def test_a_failure_of_the_fast_path_leaves_the_layout_to_the_full_round_trip(fast, monkeypatch) -> None:
    source = _source(EXAMPLES[0], "compact")

    def broken(self, *args, **kwargs):
        raise RuntimeError("a bug in the fast path")

    monkeypatch.setattr(fmt._Settled, "item_span", broken)
    assert fmt._layout(source) == fmt._layout_text(source)


@pytest.mark.parametrize("fast_path", [False, True], ids=["small", "large"])
def test_a_tab_inside_plain_text_is_laid_out_in_double_quotes(fast_path: bool, monkeypatch) -> None:
    # Text copied from Word keeps its tabs; YAML and the loader read them inside a plain scalar, ruamel's
    # scanner refused the file ("found character '\t' that cannot start any token") and fmt gave up.
    if fast_path:
        monkeypatch.setattr(fmt, "_ITEM_MIN_TEXT", 0)
        monkeypatch.setattr(fmt, "_FLOW_MIN_TEXT", 0)
    zh = next(p for p in EXAMPLES if p.name.endswith(".zh.yaml"))
    raw = zh.read_bytes().replace("do: 首问负责".encode(), "do: 首问负责\t".encode(), 1)
    assert b"\t" in raw
    result = format_bytes(raw, "tabbed.yaml")
    assert '      - do: "首问负责\\t，将客户请到接待室' in result.data().decode("utf-8")
    assert load_bytes(result.data(), "out.yaml").data == load_bytes(raw, "tabbed.yaml").data
    assert not format_bytes(result.data(), "out.yaml").changed


@pytest.mark.parametrize(
    ("tabbed", "spaced"),
    [
        ("  title:\t客户投诉应急预案\n", "  title: 客户投诉应急预案\n"),  # after a key's colon
        ("  title: 客户投诉应急预案\t\n", "  title: 客户投诉应急预案\n"),  # at the end of a line
        ("  title: 客户投诉应急预案\t# 备注\t说明\n", "  title: 客户投诉应急预案 # 备注\t说明\n"),  # before a comment
        ("  title: '客户\t投诉'\n", "  title: '客户\t投诉'\n"),  # inside quotes: the value's own
    ],
)
def test_tabs_between_tokens_are_laid_out_as_spaces(tabbed: str, spaced: str) -> None:
    # YAML and the loader read these; ruamel's scanner refused them and fmt gave up ("please report this")
    zh = next(p for p in EXAMPLES if p.name.endswith(".zh.yaml"))
    text = zh.read_text(encoding="utf-8")
    line = next(x + "\n" for x in text.split("\n") if x.startswith("  title: "))
    raw, reference = text.replace(line, tabbed, 1), text.replace(line, spaced, 1)
    assert "\t" in raw
    result = format_bytes(raw.encode("utf-8"), "tabbed.yaml")
    assert result.data() == format_bytes(reference.encode("utf-8"), "spaced.yaml").data()
    assert load_bytes(result.data(), "out.yaml").data == load_bytes(raw.encode("utf-8"), "tabbed.yaml").data
