"""The same plan written in the layouts people and YAML tools write (issue 13: `fmt` of a valid 2 MB
plan within 3 s in any layout, not only plancraft's own).

    python benchmarks/fmt_styles.py STYLE PLAN OUT     # write PLAN in STYLE to OUT

Each style is made from a plan's text with ruamel.yaml's round trip (dumped with other indents, flow or
block styles, keys in another order) or with edits at the positions libyaml's parser reports (quoted
keys, comments), so that the data stays the same. benchmarks/fmt_bench.py times `fmt` on each;
tests/format/test_fmt_styles.py checks that the fast layout gives exactly the full round trip's text.
"""

from __future__ import annotations

import io
import sys
from typing import Any, Callable

# style -> what it is (the order of the benchmark's table)
STYLES: dict[str, str] = {
    "plancraft": "plancraft's own layout, as written",
    "compact": "`- ` at the parent key's column (PyYAML's and ruamel's default dump)",
    "indent4": "four-space indents, `- ` four spaces in",
    "pyyaml4": "four-space indents, `-   key` at the parent key's column (PyYAML indent=4)",
    "flow": "compact, lists of values as `[a, b]`, small mappings as `{k: v}`",
    "block": "compact, text values as `|-` and `>-` block scalars",
    "quoted-keys": "compact, every key quoted (`\"id\": x`, `'title': y`)",
    "comments": "compact, a comment after most values and above many keys",
    "wrapped": "compact, long values wrapped onto the next lines (plain and quoted scalars over several lines)",
    "reordered": "the keys of every mapping in reverse order (plancraft's indentation)",
    "blank-lines": "plancraft's layout, two blank lines before every action (above its comment lines, if any)",
    "escaped": 'compact, non-ASCII text as double-quoted escapes (`"\\u6295\\u8BC9"`, as JSON-minded tools and PyYAML\'s default dump write it)',
    "crlf": "compact, CRLF line endings",
    "bom": "compact, a byte-order mark",
    "mixed": "keys reversed, flow and block styles, compact, wrapped values, quoted keys, comments, CRLF and a BOM",
}


def _yaml(mapping: int = 2, sequence: int = 4, offset: int = 2):
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt", pure=True)
    yaml.preserve_quotes = True
    yaml.width = 1_000_000
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    return yaml


def _dump(data: Any, *, ascii_only: bool = False, **indent: int) -> str:
    stream = io.StringIO()
    yaml = _yaml(**indent)
    yaml.allow_unicode = not ascii_only
    yaml.dump(data, stream)
    return stream.getvalue()


def _walk(node: Any, visit: Callable[[Any], None]) -> None:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(node, (CommentedMap, CommentedSeq)):
        visit(node)
        for child in node.values() if isinstance(node, CommentedMap) else node:
            _walk(child, visit)


def _flow(data: Any) -> None:
    """Lists of plain values and mappings of plain values without comments in flow style."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString

    def plain(value: Any) -> bool:
        # libyaml (YAML 1.1) refuses `:` inside a plain scalar in a flow collection, which ruamel writes
        return (
            isinstance(value, (str, int))
            and not isinstance(value, (FoldedScalarString, LiteralScalarString))
            and not any(c in str(value) for c in ":#,[]{}")
        )

    def visit(node: Any) -> None:
        children = list(node.values()) if isinstance(node, CommentedMap) else list(node)
        if children and not node.ca.items and all(plain(c) and "\n" not in str(c) for c in children):
            if isinstance(node, CommentedSeq) or len(node) <= 4:
                node.fa.set_flow_style()

    _walk(data, visit)


def _block(data: Any) -> None:
    """Text values of mappings as literal (`|-`) and folded (`>-`) block scalars, in turn."""
    from ruamel.yaml.comments import CommentedMap
    from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString, ScalarString

    turn = [0]

    def visit(node: Any) -> None:
        if not isinstance(node, CommentedMap):
            return
        for key, value in list(node.items()):
            if type(value) is str and len(value) > 12 and "\n" not in value and value.strip() == value:
                if node.ca.items.get(key):
                    continue  # a comment after the value: leave it on its line
                turn[0] += 1
                node[key] = (LiteralScalarString if turn[0] % 2 else FoldedScalarString)(value)
            elif isinstance(value, ScalarString):
                continue

    _walk(data, visit)


def _reverse(data: Any) -> None:
    """Every mapping's keys in reverse order (their comments go with them)."""
    from ruamel.yaml.comments import CommentedMap

    def visit(node: Any) -> None:
        if not isinstance(node, CommentedMap) or len(node) < 2:
            return
        items = list(node.items())
        for key, _value in items:
            del node[key]
        for key, value in reversed(items):
            node[key] = value

    _walk(data, visit)


def _events(text: str):
    from ruamel.yaml.cyaml import CParser

    return iter(CParser(text).get_event, None)


def _keys(text: str) -> list[Any]:
    """The scalar events of the keys of the block mappings of `text`."""
    from ruamel.yaml.events import (
        MappingEndEvent,
        MappingStartEvent,
        ScalarEvent,
        SequenceEndEvent,
        SequenceStartEvent,
    )

    keys, stack = [], []  # per open collection: [is a block mapping, count of children]
    for event in _events(text):
        kind = type(event)
        if kind in (MappingEndEvent, SequenceEndEvent):
            stack.pop()
            continue
        if stack:
            top = stack[-1]
            if top[0] and top[1] % 2 == 0 and kind is ScalarEvent:
                keys.append(event)
            top[1] += 1
        if kind is MappingStartEvent:
            stack.append([not event.flow_style, 0])
        elif kind is SequenceStartEvent:
            stack.append([False, 0])
    return keys


def _quote_keys(text: str) -> str:
    """Every plain block-mapping key quoted, double and single in turn."""
    parts, at = [], 0
    for number, key in enumerate(_keys(text)):
        if key.style or key.start_mark.line != key.end_mark.line:
            continue
        begin, end = key.start_mark.index, key.end_mark.index
        quote = '"' if number % 2 else "'"
        parts += [text[at:begin], quote + text[begin:end] + quote]
        at = end
    parts.append(text[at:])
    return "".join(parts)


def _comment(text: str) -> str:
    """A comment after most one-line values at the end of their line, and a comment line above every
    third key that begins its line."""
    from ruamel.yaml.events import ScalarEvent

    lines = text.split("\n")
    after: set[int] = set()
    for event in _events(text):
        if type(event) is ScalarEvent and event.start_mark.line == event.end_mark.line and event.style not in ("|", ">"):
            line = lines[event.end_mark.line]
            if event.end_mark.column == len(line) and "#" not in line:
                after.add(event.end_mark.line)
    above: dict[int, int] = {}
    for number, key in enumerate(_keys(text)):
        line = lines[key.start_mark.line]
        if number % 3 == 0 and not line[: key.start_mark.column].strip():
            above[key.start_mark.line] = key.start_mark.column
    out = []
    for number, line in enumerate(lines):
        if number in above:
            out.append(" " * above[number] + f"# note {number}")
        out.append(line + (f"  # value {number}" if number in after and number % 4 else ""))
    return "\n".join(out)


def _wrap(text: str) -> str:
    """Every one-line value of more than 30 characters broken onto a second line, indented four more
    than its line (at a space near the middle where there is one: YAML folds the break into a space)."""
    from ruamel.yaml.events import ScalarEvent

    keys = {key.start_mark.index for key in _keys(text)}
    lines = text.split("\n")
    parts, at = [], 0
    for event in _events(text):
        begin, end = event.start_mark, event.end_mark
        if (
            type(event) is not ScalarEvent
            or begin.index in keys
            or (event.style or None) not in (None, "'", '"')
            or begin.line != end.line
            or end.index - begin.index <= 30
        ):
            continue
        written = text[begin.index : end.index]
        if "\\" in written or "#" in written or ": " in written:
            continue
        middle = len(written) // 2
        spaces = [i for i in range(8, len(written) - 8) if written[i] == " " and written[i - 1] != " " and written[i + 1] != " "]
        cut = min(spaces, key=lambda i: abs(i - middle)) if spaces else middle
        if not spaces and (not written[cut - 1].isalnum() or not written[cut].isalnum()):
            continue
        line = lines[begin.line]
        indent = " " * (len(line) - len(line.lstrip(" ").lstrip("- ")) + 4)
        parts += [text[at : begin.index], written[:cut], "\n", indent, written[cut + 1 if spaces else cut :]]
        at = end.index
    parts.append(text[at:])
    return "".join(parts)


def _blank_lines(text: str) -> str:
    """Two blank lines above every item of every `actions:` list (above the comment lines right above
    its `- `), the first item too: a layout people use to set steps apart."""
    from ruamel.yaml.events import MappingEndEvent, MappingStartEvent, ScalarEvent, SequenceEndEvent, SequenceStartEvent

    lines = text.split("\n")
    above: set[int] = set()
    stack: list[list] = []  # per open collection: [kind, count of children, key it is the value of]
    key = None
    for event in _events(text):
        kind = type(event)
        if kind in (MappingEndEvent, SequenceEndEvent):
            stack.pop()
            continue
        top = stack[-1] if stack else None
        if top is not None and top[0] == "seq" and top[2] == "actions" and not getattr(event, "flow_style", False):
            number = event.start_mark.line  # the line of the item's `- ` (its first key stands on it)
            while number > 0 and lines[number - 1].lstrip(" ").startswith("#"):
                number -= 1
            above.add(number)
        if top is not None:
            if top[0] == "map" and top[1] % 2 == 0:
                key = event.value if kind is ScalarEvent else None
            top[1] += 1
        if kind is MappingStartEvent:
            stack.append(["map", 0, key if top is not None and top[0] == "map" else None])
        elif kind is SequenceStartEvent:
            stack.append(["seq", 0, key if top is not None and top[0] == "map" else None])
    return "\n".join(("\n\n" if number in above else "") + line for number, line in enumerate(lines))


def styled(text: str, style: str) -> bytes:
    """`text` (a plan) in `style` (one of STYLES), as the bytes of a file."""
    if style == "plancraft":
        return text.encode("utf-8")
    if style == "blank-lines":
        return _blank_lines(text).encode("utf-8")
    data = _yaml().load(text)
    if style == "compact":
        out = _dump(data, mapping=2, sequence=2, offset=0)
    elif style == "indent4":
        out = _dump(data, mapping=4, sequence=6, offset=4)
    elif style == "pyyaml4":
        out = _dump(data, mapping=4, sequence=4, offset=0)
    elif style == "flow":
        _flow(data)
        out = _dump(data, mapping=2, sequence=2, offset=0)
    elif style == "block":
        _block(data)
        out = _dump(data, mapping=2, sequence=2, offset=0)
    elif style == "quoted-keys":
        out = _quote_keys(_dump(data, mapping=2, sequence=2, offset=0))
    elif style == "comments":
        out = _comment(_dump(data, mapping=2, sequence=2, offset=0))
    elif style == "wrapped":
        out = _wrap(_dump(data, mapping=2, sequence=2, offset=0))
    elif style == "reordered":
        _reverse(data)
        out = _dump(data)
    elif style == "escaped":
        out = _dump(data, ascii_only=True, mapping=2, sequence=2, offset=0)
    elif style in ("crlf", "bom"):
        out = _dump(data, mapping=2, sequence=2, offset=0)
    elif style == "mixed":
        _reverse(data)
        _flow(data)
        _block(data)
        out = _comment(_quote_keys(_wrap(_dump(data, mapping=2, sequence=2, offset=0))))
    else:
        raise ValueError(f"unknown style {style!r}; known: {', '.join(STYLES)}")
    if style in ("crlf", "mixed"):
        out = out.replace("\n", "\r\n")
    return (b"\xef\xbb\xbf" if style in ("bom", "mixed") else b"") + out.encode("utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__.split("\n\n")[1])
    style, source, target = sys.argv[1:]
    with open(source, encoding="utf-8") as handle:
        data = styled(handle.read(), style)
    with open(target, "wb") as handle:
        handle.write(data)
