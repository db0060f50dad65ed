"""`plancraft fmt`: the canonical layout of a plan, keeping every comment, quote and value.

The canonical layout: keys in the order of the format (the order of `properties` in the JSON
Schema, so it is written down once; `x-` and other unknown keys follow in their own order),
two-space indentation with indented lists (`key:` then `  - item`), one blank line between
top-level sections, a final newline, no re-wrapping of long lines. CRLF files stay CRLF.

ruamel.yaml's round trip does the layout. It keeps quotes (`"no"`, `"110"`, `"1.10"`), block
scalars, flow collections, anchors and aliases. Comments travel with the keys they belong to:
ruamel files a comment *before* a key under the end of the previous key's value, so before
reordering each such block is taken off the previous key and put back in front of its own key.
The block above a mapping's first key (filed in front of the mapping) moves with that key too,
except a block set off from it by a blank line (at the top of the file: its header), and a block
above a list item's `- `, which is about the item; both stay where they are.

Nothing is written on trust: the output is read back with plancraft's own loader, and its data
(exactly equal, types included), its comments (the multiset of comment texts, found by an
independent scan of the text) and its anchors and aliases are compared with the input's. If any
of them would change, `FormatRefused` names the input line and the file is left alone. A text
that comes out exactly as it went in loses nothing and is not read back.

A large file's list items skip the round trip when they are laid out already or only need their
lines re-indented and their keys reordered, whatever their indentation (compact `- ` at the parent
key's column, four spaces, ...; see _ITEM_MIN_TEXT and _Settled): a 2 MB plan is formatted in under
2 s instead of about 9 (benchmarks/fmt_bench.py --styles all).
"""

from __future__ import annotations

import difflib
import io
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from plancraft import codes
from plancraft.diagnostics import Diagnostic, PlanError, Severity, format_path
from plancraft.loader import LoadedPlan, YamlPath, load_bytes, read_plan_bytes
from plancraft.i18n import _

CODE = codes.FORMAT_REFUSED  # fmt refusals: formatting would lose or change something
_BOM = b"\xef\xbb\xbf"


class FormatRefused(PlanError):
    """Formatting would lose a comment, an anchor or change a value; the file is left alone."""


@dataclass(frozen=True)
class Formatted:
    """One file's text before and after formatting (both as they are on disk, line endings included)."""

    name: str
    before: str
    after: str
    bom: bool = False

    @property
    def changed(self) -> bool:
        return self.before != self.after

    def diff(self) -> str:
        """A unified diff from the file to its formatted form ('' when nothing changes)."""
        if not self.changed:
            return ""
        lines = difflib.unified_diff(
            _lines(self.before), _lines(self.after), fromfile=self.name, tofile=_("{name} (formatted)").format(name=self.name)
        )
        return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)

    def data(self) -> bytes:
        return (_BOM if self.bom else b"") + self.after.encode("utf-8")


def _lines(text: str) -> list[str]:
    return [line.replace("\r\n", "\n") for line in text.splitlines(keepends=True)]


# --------------------------------------------------------------------------- key order


@lru_cache(maxsize=1)
def key_order() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Schema path (keys, `[]` for list items) -> the keys in the order the schema lists them."""
    from plancraft.schema import plan_schema

    schema = plan_schema()
    order: dict[tuple[str, ...], tuple[str, ...]] = {}

    def walk(node: Any, path: tuple[str, ...]) -> None:
        if not isinstance(node, dict):
            return
        properties = node.get("properties")
        if isinstance(properties, dict):
            order[path] = tuple(properties)
            for key, child in properties.items():
                walk(child, path + (key,))
        if isinstance(node.get("items"), dict):
            walk(node["items"], path + ("[]",))

    walk(schema, ())
    return order


# --------------------------------------------------------------------------- formatting


def format_file(path: str | Path, *, display: str | None = None) -> Formatted:
    """Read and format one plan file; raise PlanError (unreadable) or FormatRefused."""
    name = display if display is not None else str(path)
    return format_bytes(read_plan_bytes(path, name), name)


def format_bytes(raw: bytes, name: str) -> Formatted:
    loaded = load_bytes(raw, name)  # every loader refusal (syntax, limits, tags, ...) comes first
    bom = raw.startswith(_BOM)
    before = raw[3:].decode("utf-8") if bom else raw.decode("utf-8")
    return Formatted(name, before, format_text(loaded), bom)


def format_text(loaded: LoadedPlan) -> str:
    """The canonical text of a loaded plan, checked against the input; raise FormatRefused."""
    text = loaded.text
    crlf = _uses_crlf(text)
    source = text.replace("\r\n", "\n")
    out = _guarded(loaded, _layout, source)
    try:
        if out != source:  # the text as it stands loses nothing: only a changed text is read back
            _check(loaded, source, out)
    except FormatRefused:
        if len(source) < min(_ITEM_MIN_TEXT, _FLOW_MIN_TEXT):
            raise  # no shortcut was taken
        full = _guarded(loaded, _layout_text, source)  # the shortcut's text did not pass: the full round trip decides
        if full == out:
            raise
        if full != source:
            _check(loaded, source, full)
        out = full
    return out.replace("\n", "\r\n") if crlf else out


def _guarded(loaded: LoadedPlan, layout, source: str) -> str:
    try:
        return layout(source)
    except Exception as exc:  # noqa: BLE001 - the loader accepted it; never a traceback for the user
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise _refused(
            loaded.file,
            line,
            _("fmt cannot lay out this file ({error_type}: {items}); the file is left as it is — please report this").format(
                error_type=type(exc).__name__, items=" ".join(str(exc).split())[:200]
            ),
        ) from None


def _uses_crlf(text: str) -> bool:
    crlf = text.count("\r\n")
    return crlf > 0 and crlf >= text.count("\n") - crlf


_TIMESTAMP = "tag:yaml.org,2002:timestamp"


def _resolver_without_dates():
    """ruamel's resolver, except that YYYY-MM-DD stays text (as in plancraft's loader), so an
    impossible date such as 2024-02-30 is kept as written instead of failing."""
    from ruamel.yaml.resolver import VersionedResolver

    class TextDates(VersionedResolver):
        def resolve(self, kind, value, implicit):  # type: ignore[override]
            tag = super().resolve(kind, value, implicit)
            if str(getattr(tag, "value", tag)) == _TIMESTAMP:
                return super().resolve(kind, "text", implicit)
            return tag

    return TextDates


def _representer_exact_floats():
    """ruamel's round-trip representer, except that a float whose kept layout (digits, exponent)
    would print a different value (e.g. `3.80638747389553e-73` -> `...552e-73`) is written as
    Python's shortest exact form instead. A null is written `null`, never left blank, so that a
    required text marked as not stated in the source (docs/plan-format.md) stays visibly so."""
    from ruamel.yaml.representer import RoundTripRepresenter
    from ruamel.yaml.scalarfloat import ScalarFloat

    class ExactFloats(RoundTripRepresenter):
        def represent_scalar_float(self, data):  # type: ignore[override]
            node = super().represent_scalar_float(data)
            try:
                same = float(node.value) == float(data)
            except ValueError:  # .inf, .nan and other spellings float() does not read
                same = True
            if not same:
                node.value = repr(float(data))
            return node

        def represent_none(self, data):  # type: ignore[override]
            return self.represent_scalar("tag:yaml.org,2002:null", "null")

    ExactFloats.add_representer(ScalarFloat, ExactFloats.represent_scalar_float)
    ExactFloats.add_representer(type(None), ExactFloats.represent_none)
    return ExactFloats


_WIDTH = 1_000_000


def _yaml():
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt", pure=True)
    yaml.Resolver = _resolver_without_dates()
    yaml.Representer = _representer_exact_floats()
    yaml.preserve_quotes = True
    yaml.width = _WIDTH  # never re-wrap
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.allow_duplicate_keys = False
    return yaml


def _layout(source: str) -> str:
    """The laid-out text: with stand-ins for a large file (see _stand_in_spans), else the plain round trip."""
    source = _settle_tabs(source)
    out = _shortcut(source)
    return out if out is not None else _layout_text(source)


def _shortcut(source: str) -> str | None:
    """The laid-out text of a large file with its long flow lists and settled items as stand-ins, or
    None when it has none or the round trip with them fails (the plain round trip then decides)."""
    try:
        spans, instead = _stand_in_spans(source)
        if not spans:
            return None
        text, taken = _stand_in(source, _outermost(spans), instead)
        return _restore(_layout_text(text), taken)
    except Exception:  # noqa: BLE001 - _NoStandIn or any failure of the shortcut
        return None


def _settle_tabs(source: str) -> str:
    """`source` with the tabs that ruamel's pure-Python scanner refuses settled, so that fmt can lay out
    a plan copied from Word, which YAML and plancraft's loader read as it is:
    - a one-line plain scalar holding a tab (`do: 受理\t登记`) is written in double quotes with the tab
      escaped, as ruamel's emitter writes such a value;
    - a tab between tokens (`title:\t…`, `r\t# note`, at the end of a line) becomes a space,
      as the layout has it anyway;
    a tab inside a comment's text, or inside a quoted or block scalar, is left as it is."""
    if "\t" not in source:
        return source
    try:
        from ruamel.yaml.cyaml import CParser
        from ruamel.yaml.events import ScalarEvent
    except ImportError:  # pragma: no cover - the C extension is optional
        return source
    if CParser is None:  # pragma: no cover
        return source
    parser = CParser(source)
    scalars: list[tuple[int, int, str | None]] = []  # (begin, end, written instead or None)
    try:
        while (event := parser.get_event()) is not None:
            if type(event) is not ScalarEvent or event.start_mark.index == event.end_mark.index:
                continue
            begin, end = event.start_mark.index, event.end_mark.index
            plain_tab = not event.style and "\t" in event.value and event.start_mark.line == event.end_mark.line
            scalars.append((begin, end, '"' + _double_quoted(event.value) + '"' if plain_tab else None))
    except Exception:  # noqa: BLE001 - not for the fast parser: the round trip decides
        return source
    finally:
        parser.dispose()
    out: list[str] = []
    at = 0
    for begin, end, written in sorted(scalars) + [(len(source), len(source), None)]:
        if begin < at:  # pragma: no cover - scalars never overlap
            continue
        out.append(_untab_between(source[at:begin]))
        out.append(source[begin:end] if written is None else written)
        at = end
    return "".join(out)


def _untab_between(gap: str) -> str:
    """Text between scalars with its separating tabs made spaces; a comment's text keeps its tabs."""
    if "\t" not in gap:
        return gap
    lines = gap.split("\n")
    for k, line in enumerate(lines):
        comment = _COMMENT_START.search(line)
        head, tail = (line[: comment.start() + 1], line[comment.start() + 1 :]) if comment else (line, "")
        lines[k] = head.replace("\t", " ") + tail
    return "\n".join(lines)


# Where a comment starts in text between scalars: a `#` at the start or after a space or tab.
_COMMENT_START = re.compile(r"(?:^|(?<=[ \t]))#")


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that no other span contains, in order (a flow list inside a settled item goes with it)."""
    kept: list[tuple[int, int]] = []
    for begin, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if kept and begin < kept[-1][1]:
            continue
        kept.append((begin, end))
    return kept


def _layout_text(source: str) -> str:
    yaml = _yaml()
    root = yaml.load(source)
    _reorder(root, (), top=True)
    _tidy_blank_lines(root)
    stream = io.StringIO()
    yaml.dump(root, stream)
    out = stream.getvalue()
    return out.rstrip("\n") + "\n" if out.endswith("\n\n") and _ends_in_comment_or_plain(out) else out


# Large one-line flow lists of scalars (`basis: [1, 1, 1, ...]`) are most of the cost of the pure
# round trip (every item is a node with comment bookkeeping) and hold nothing to lay out: no keys
# to order, no comments. In a large file, each such list of at least _FLOW_ITEMS items is swapped
# for a plain placeholder before the round trip and put back, as written, after it; the re-read
# check covers the result like any other. Smaller lists go through ruamel (`[a,b]` -> `[a, b]`).
_FLOW_MIN_TEXT = 32 * 1024
_FLOW_ITEMS = 64
_AFTER_KEY_OR_DASH = re.compile(r"(?:^|:|-)[ \t]*$")


class _NoStandIn(Exception):
    """The placeholders did not come back exactly once each: lay out the text as it is."""


def _opaque_flows(text: str) -> list[tuple[int, int]]:
    """Character spans of the one-line flow sequences of plain scalars worth taking out."""
    if len(text) < _FLOW_MIN_TEXT or "[" not in text:
        return []
    try:
        from ruamel.yaml.cyaml import CParser
        from ruamel.yaml.events import ScalarEvent, SequenceEndEvent, SequenceStartEvent
    except ImportError:  # pragma: no cover - the C extension is optional
        return []
    if CParser is None:  # pragma: no cover
        return []
    spans: list[tuple[int, int]] = []
    parser = CParser(text)
    # (start event, items, only untagged scalars without anchors or aliases) per open sequence
    open_: list[list] = []
    try:
        while True:
            event = parser.get_event()
            if event is None:
                break
            kind = type(event)
            if open_ and kind is not SequenceEndEvent:
                top = open_[-1]
                top[1] += 1
                if kind is not ScalarEvent or event.anchor is not None or event.tag is not None:
                    top[2] = False
            if kind is SequenceStartEvent:
                open_.append([event, 0, bool(event.flow_style) and event.anchor is None and event.tag is None])
            elif kind is SequenceEndEvent:
                start, items, simple = open_.pop()
                begin, end = start.start_mark.index, event.end_mark.index
                if (
                    simple
                    and items >= _FLOW_ITEMS
                    and start.start_mark.line == event.end_mark.line
                    and text[begin : begin + 1] == "["
                    and text[end - 1 : end] == "]"
                    and "#" not in text[begin:end]
                    and _AFTER_KEY_OR_DASH.search(text, text.rfind("\n", 0, begin) + 1, begin)
                ):
                    spans.append((begin, end))
    except Exception:  # noqa: BLE001 - any doubt: no stand-ins, the plain round trip decides
        return []
    return sorted(spans)


# A large plan is mostly list items (scenarios, their actions, roles, ...) that are simple: block
# mappings and lists, one space after each colon, one-line plain or quoted values that ruamel writes
# back exactly as they stand. Each such item (the outermost one) is a plain placeholder during the
# round trip, like a long flow list, and is put back as written — or re-indented line by line to the
# canonical columns (any indentation: compact `- ` at the parent key's column, four spaces, `-   key`),
# with comments kept at their own columns as ruamel keeps them, and with its keys (and those of the
# items inside it) reordered as text, when only their order is wrong and no comment stands between them. What is around the items (the comments
# between them, the keys of the sections) still goes through ruamel, and the re-read check covers
# the result; if that check fails, the full round trip decides. A fmt of a 2 MB plan then lays out
# its skeleton only (benchmarks/fmt_bench.py); tests compare the shortcut with the full round trip.
_ITEM_MIN_TEXT = 32 * 1024


class _Node:
    """One node of libyaml's event stream: its start and end events and its children
    (a mapping's are key, value, key, value, ...)."""

    __slots__ = ("start", "end", "children")

    def __init__(self, start: Any) -> None:
        self.start, self.end, self.children = start, start, []


def _event_tree(text: str) -> _Node | None:
    """The document's root node from libyaml's event parser, or None (no C parser, not one document,
    or anything else this shortcut does not handle). An alias is a leaf (an item holding it, or
    holding an anchor, is never settled, so anchors and aliases all go through ruamel)."""
    try:
        from ruamel.yaml.cyaml import CParser
        from ruamel.yaml.events import (
            AliasEvent,
            MappingEndEvent,
            MappingStartEvent,
            ScalarEvent,
            SequenceEndEvent,
            SequenceStartEvent,
        )
    except ImportError:  # pragma: no cover - the C extension is optional
        return None
    if CParser is None:  # pragma: no cover
        return None
    parser = CParser(text)
    stack: list[_Node] = [_Node(None)]
    try:
        while True:
            event = parser.get_event()
            if event is None:
                break
            kind = type(event)
            if kind is ScalarEvent:
                stack[-1].children.append(_Node(event))
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                node = _Node(event)
                stack[-1].children.append(node)
                stack.append(node)
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                stack.pop().end = event
            elif kind is AliasEvent:  # a leaf: an item holding one is not settled (nor one holding its anchor)
                stack[-1].children.append(_Node(event))
    except Exception:  # noqa: BLE001 - any doubt: no shortcut, the plain round trip decides
        return None
    roots = stack[0].children
    return roots[0] if len(stack) == 1 and len(roots) == 1 else None


def _stand_in_spans(text: str) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """What a large file's round trip can skip: its long flow lists and its settled list items,
    from one pass of libyaml's parser (where it cannot tell, the flows alone, from their own pass);
    and the laid-out text of the items whose keys only needed reordering, by where they begin."""
    if len(text) < min(_FLOW_MIN_TEXT, _ITEM_MIN_TEXT):
        return [], {}
    root = _event_tree(text) if len(text) >= _ITEM_MIN_TEXT else None
    if root is None:
        return _opaque_flows(text), {}
    settled = _Settled(text)
    spans: list[tuple[int, int]] = []
    if len(text) >= _FLOW_MIN_TEXT and "[" in text:
        settled.flows(root, spans)
    settled.find(root, (), 0, spans)
    return spans, settled.reordered


class _Settled:
    """Which list items are laid out already, or only need their lines re-indented and their keys
    reordered (see _ITEM_MIN_TEXT), and their laid-out text.

    An item may be indented in any way YAML allows (`- ` at the parent key's column, four spaces, ...):
    ruamel writes each key and dash at the canonical column and keeps every comment where it stood,
    a full-line comment at its own column and an end-of-line comment at its column when the value
    before it ends to the left of it (else one space after the value). Those are line-by-line edits,
    made here as ruamel would make them."""

    def __init__(self, text: str) -> None:
        from ruamel.yaml.events import MappingStartEvent, ScalarEvent, SequenceStartEvent

        self.text = text
        self.lines = text.split("\n")
        self.map, self.seq, self.scalar = MappingStartEvent, SequenceStartEvent, ScalarEvent
        self.resolver = _resolver_without_dates()()
        self.order = key_order()
        self.texts: dict[str, bool] = {}
        self.reordered: dict[int, str] = {}  # settled item's start -> its laid-out text, where it changes
        self.moves: list[tuple[_At, _At, str]] = []  # (start, end, laid-out text) of reordered items, in order
        self.shift: dict[int, int] = {}  # line of a key or dash -> its canonical column minus its own
        self.eol: dict[int, int] = {}  # line with an end-of-line comment -> the column where the value before it ends
        self.dash: dict[int, int] = {}  # line of a list item's `- ` -> the column of the item's first key or value
        self.changed: set[int] = set()  # lines ruamel writes otherwise (re-indented, or a dash not followed by one space)
        self.clamp: dict[int, int] = {}  # a comment line after a block scalar -> the column it may stand at, at most
        self.then_comment: set[int] = set()  # where block scalars followed by a comment line end
        self.flow_ends: dict[int, int] = {}  # where flow collections end (with their line) -> the line they begin on
        self.unlike_a_scalar: set[int] = set()  # where flow collections and block scalars end (with their line)
        self.edits: dict[int, list[tuple[int, int, str]]] = {}
        self.joined: dict[int, tuple[int, int, str]] = {}  # line -> (column, last line, text) of a scalar continued below
        self.onto: dict[
            int, int
        ] = {}  # a continuation line -> the line it is joined onto  # line -> (from, to, ruamel's text) of its flow collections
        # Lines between a value and the next key or `- ` (True: ruamel makes a run of blank lines there one
        # blank line) or between `key:` and the first key or `- ` of its value (False: ruamel keeps them).
        self.gaps: dict[int, bool] = {}
        self.dropped: set[int] = set()  # blank lines ruamel drops (all but one of a run between values)

    def flows(self, node: _Node, spans: list[tuple[int, int]]) -> None:
        """The spans of the long one-line flow lists of plain scalars (as _opaque_flows finds them)."""
        start = node.start
        kind = type(start)
        if kind is self.seq and start.flow_style:
            text, items = self.text, node.children
            begin, end = start.start_mark.index, node.end.end_mark.index
            if (
                start.anchor is None
                and start.tag is None
                and len(items) >= _FLOW_ITEMS
                and all(
                    type(item.start) is self.scalar and item.start.anchor is None and item.start.tag is None for item in items
                )
                and start.start_mark.line == node.end.end_mark.line
                and text[begin : begin + 1] == "["
                and text[end - 1 : end] == "]"
                and "#" not in text[begin:end]
                and _AFTER_KEY_OR_DASH.search(text, text.rfind("\n", 0, begin) + 1, begin)
            ):
                spans.append((begin, end))
                return
        if kind is self.seq or kind is self.map:
            for child in node.children:
                self.flows(child, spans)

    def find(self, node: _Node, path: tuple[str, ...], column: int, spans: list[tuple[int, int]]) -> None:
        """Collect the settled items under `node`, whose keys or dashes the layout puts at `column`."""
        kind = type(node.start)
        if kind is self.map:
            pairs = node.children
            for key, value in zip(pairs[::2], pairs[1::2]):
                if type(key.start) is self.scalar:
                    self.find(value, path + (key.start.value,), column + 2, spans)
        elif kind is self.seq:
            for item in node.children:
                if type(item.start) is not self.map:
                    continue
                span = self.item_span(item, path + ("[]",), column + 2)
                if span is not None:
                    spans.append(span)
                else:
                    self.find(item, path + ("[]",), column + 2, spans)

    def tabs_in_comments(self, first: int, last: int) -> bool:
        """Whether every tab on lines first..last is inside a comment's text (`# 备注\t说明`), which
        ruamel copies as it stands; a tab anywhere else leaves the item to ruamel."""
        for number in range(first, last + 1):
            line = self.lines[number]
            tab = line.find("\t")
            if tab < 0:
                continue
            if line.lstrip(" ").startswith("#"):
                continue
            value_end = self.eol.get(number)
            if value_end is None:
                return False
            hash_ = line.find("#", value_end)
            if hash_ < 0 or tab < hash_:
                return False
        return True

    def item_span(self, item: _Node, path: tuple[str, ...], column: int) -> tuple[int, int] | None:
        text = self.text
        if not item.children:
            return None
        first = item.children[0].start
        begin = first.start_mark.index
        if not self.after_dash(first.start_mark):
            return None
        mark = len(self.moves)
        last = self.mapping(item, path, column, item=True)
        moves, self.moves[mark:] = self.moves[mark:], []
        if last is None or text[last.index : last.index + 1] != "\n" or last.index in self.then_comment:
            return None
        inside = text[begin : last.index]
        if _UNSETTLED.search(inside) or ("\t" in inside and not self.tabs_in_comments(first.start_mark.line, last.line)):
            return None
        if "\n\n\n" in inside and not self.blank_runs(first.start_mark.line, last.line):
            return None
        if last.index in self.unlike_a_scalar and _RUN_AFTER.match(text, last.index):
            return None  # ruamel keeps a run of blank lines after a flow collection or a block scalar: not after a stand-in
        shift = self.shift
        for number in range(first.start_mark.line + 1, last.line):
            if number not in shift and number not in self.onto:  # only comment and blank lines between the keys and dashes
                line = self.lines[number].lstrip(" ")
                if line and line[0] != "#":
                    return None
        laid_out = self.moved(_At.of(first.start_mark), last, moves)
        if laid_out != inside:
            self.reordered[begin] = laid_out
        return begin, last.index

    def blank_runs(self, first: int, last: int) -> bool:
        """Whether every run of blank lines on lines first..last stands where the layout knows what ruamel
        does with it (a gap, see `gaps`)."""
        lines, gaps = self.lines, self.gaps
        for number in range(first, last):
            if not lines[number] and not lines[number + 1] and (number not in gaps or number + 1 not in gaps):
                return False
        return True

    def first_line(self, item: _Node) -> int:
        """The line of a list item's `- `: that of its first key or value (which stands on it)."""
        start = item.start
        if type(start) is self.map and item.children and not start.flow_style:
            return item.children[0].start.start_mark.line
        return start.start_mark.line

    def gap(self, after: int, before: int, squeezed: bool) -> None:
        """Note the lines between line `after` and line `before` as a gap (see `gaps`), and the blank lines
        ruamel drops from it: all but one of each run between values. Between `key:` and its value (not
        `squeezed`), ruamel keeps two of the blank lines above the first comment line and makes each run
        below it one blank line, as between values."""
        lines = self.lines
        for number in range(after + 1, before):
            if not squeezed and lines[number]:
                squeezed = True  # a comment line
            self.gaps[number] = squeezed
            if not lines[number] and (number > after + 1 and not lines[number - 1] if squeezed else number > after + 2):
                self.dropped.add(number)
                self.changed.add(number)

    # ---- the laid-out text, line by line

    def after_dash(self, mark: Any) -> bool:
        """Whether a list item's first key or value at `mark` stands right after its `- ` (spaces
        between them are fine: ruamel writes one)."""
        line = self.lines[mark.line]
        head = line[: mark.column].lstrip(" ")
        if head[:1] != "-" or len(head) < 2 or head[1:].strip(" "):
            return False
        self.dash[mark.line] = mark.column
        if head != "- ":
            self.changed.add(mark.line)
        return True

    def moved_by(self, number: int, shift: int) -> None:
        self.shift[number] = shift
        if shift:
            self.changed.add(number)

    def line(self, number: int) -> str:
        """Line `number` as ruamel writes it: re-indented, its flow collections laid out, a scalar
        continued on the lines below joined onto it, its end-of-line comment where ruamel puts it (at
        its own column, or one space after a value that now ends beyond it)."""
        line = self.lines[number]
        if number not in self.changed:
            return line
        if number in self.clamp:
            comment = line.lstrip(" ")
            return " " * min(len(line) - len(comment), self.clamp[number]) + comment
        shift = self.shift.get(number, 0)
        content = self.dash.get(number)
        if content is None:
            content = len(line) - len(line.lstrip(" "))
            head = " " * (content + shift)
        else:
            head = " " * (content + shift - 2) + "- "
        joined = self.joined.get(number)
        if joined is None:
            last = number
            body = line[content : self.eol.get(number, len(line))]
        else:
            start, last, value = joined
            body = line[content:start] + value
        for begin, stop, laid_out in reversed(self.edits.get(number, ())):
            body = body[: begin - content] + laid_out + body[stop - content :]
        if last not in self.eol:
            return head + body.rstrip(" ")
        source = self.lines[last]
        comment = source[self.eol[last] :].lstrip(" ")
        column = len(source) - len(comment)
        return head + body + " " * max(column - len(head) - len(body), 1) + comment

    def position(self, at: _At) -> int:
        """Where the source position `at` (a key's start or the end of a line) is on its laid-out line."""
        if at.column >= len(self.lines[at.line]):
            return len(self.line(self.onto.get(at.line, at.line)))
        return at.column + self.shift.get(at.line, 0)

    def piece(self, begin: _At, end: _At) -> str:
        """The laid-out text from `begin` to `end`."""
        changed = self.changed
        if not any(number in changed for number in range(begin.line, end.line + 1)):
            return self.text[begin.index : end.index]
        last = self.onto.get(end.line, end.line)
        if begin.line == last:
            return self.line(begin.line)[self.position(begin) : self.position(end)]
        parts = [self.line(begin.line)[self.position(begin) :]]
        parts += [
            self.line(number) for number in range(begin.line + 1, last) if number not in self.onto and number not in self.dropped
        ]
        parts.append(self.line(last)[: self.position(end)])
        return "\n".join(parts)

    def moved(self, begin: _At, end: _At, moves: list[tuple[_At, _At, str]]) -> str:
        """The laid-out text from `begin` to `end`, with the reordered items among `moves` (in order,
        none inside another) put in."""
        parts, at, above = [], begin, ""
        for start, stop, laid_out in moves:
            if begin.index <= start.index and stop.index <= end.index:
                piece = self.piece(at, start)
                if laid_out.startswith(_ABOVE):  # comment lines that go above the item's `- `
                    _skip, lines, laid_out = laid_out.split(_ABOVE, 2)
                    cut = piece.rfind("\n") + 1
                    if cut:
                        piece = piece[:cut] + lines + piece[cut:]
                    else:  # the item's own `- ` is further out (in front of `begin`)
                        above = lines
                parts += [piece, laid_out]
                at = stop
        parts.append(self.piece(at, end))
        return (_ABOVE + above + _ABOVE if above else "") + "".join(parts)

    # ---- what is settled

    def mapping(self, node: _Node, path: tuple[str, ...], column: int, *, item: bool = False) -> _At | None:
        """The end of the last value of a block mapping whose keys the layout puts at `column`, or None.

        A list item (`item`) whose keys are only out of order, with nothing between its entries and
        no deeper comment after it, is settled too: its entries are reordered as text, as _reorder
        would move them (recorded in `moves`, which a settled outer item takes over)."""
        mark = len(self.moves)
        end = self._mapping(node, path, column, item=item, mark=mark)
        if end is None:
            del self.moves[mark:]
        return end

    def _mapping(self, node: _Node, path: tuple[str, ...], column: int, *, item: bool, mark: int) -> _At | None:
        start = node.start
        if start.flow_style or start.anchor is not None or start.tag is not None or not node.children:
            return None
        text, pairs, keys, entries = self.text, node.children, [], []
        end = None
        own = node.children[0].start.start_mark.column
        for key, value in zip(pairs[::2], pairs[1::2]):
            event = key.start
            if not self.simple_key(event):
                return None
            if end is not None and end.index not in self.unlike_a_scalar:
                self.gap(end.line, event.start_mark.line, True)
            keys.append(event.value)
            self.moved_by(event.start_mark.line, column - own)
            after = event.end_mark.index
            if text[after : after + 1] != ":":
                return None
            kind = type(value.start)
            on_line = value.start.start_mark.line == event.start_mark.line
            if on_line:  # a value on the key's line, after one space (ruamel's) or more
                gap = value.start.start_mark.column - event.end_mark.column - 1
                if gap < 1 or text[after + 1 : value.start.start_mark.index].strip(" "):
                    return None
                if gap > 1:
                    self.edits.setdefault(event.start_mark.line, []).append(
                        (event.end_mark.column + 1, value.start.start_mark.column, " ")
                    )
                    self.changed.add(event.start_mark.line)
                if kind is self.scalar:
                    end = (
                        self.scalar_end(value.start)
                        if value.start.style not in ("|", ">")
                        else self.block_end(value.start, column + 2)
                    )
                elif getattr(value.start, "flow_style", None):
                    end = self.flow_end(value, path + (event.value,))
                else:
                    return None
            elif self.value_end(_At(after + 1, event.end_mark.line, event.end_mark.column + 1)) is None:
                return None  # (an end-of-line comment after `key:` stays on its line, as after a value)
            elif kind is self.map:
                if value.children:
                    self.gap(event.start_mark.line, value.children[0].start.start_mark.line, False)
                end = self.mapping(value, path + (event.value,), column + 2)
            elif kind is self.seq:
                if value.children:
                    self.gap(event.start_mark.line, self.first_line(value.children[0]), False)
                end = self.sequence(value, path + (event.value, "[]"), column + 2)
            else:
                return None
            if end is None:
                return None
            entries.append((_At.of(event.start_mark), end))
        order = self.order.get(path)
        if order is not None:
            rank = {key: i for i, key in enumerate(order)}
            ranks = [rank.get(key, len(order)) for key in keys]
            if ranks != sorted(ranks):
                return self.reorder(entries, ranks, column, own, mark, item)
        return end

    def reorder(
        self, entries: list[tuple[_At, _At]], ranks: list[int], column: int, own: int, mark: int, item: bool
    ) -> _At | None:
        """The entries of a mapping whose keys stand at `own` reordered as text, as _reorder moves them:
        each entry with its end-of-line comment; the comment lines between two entries split as
        _split_rest splits them (those indented deeper than the keys stay after the entry above, the
        rest go in front of the key below). Only a list item's entries may have lines between them."""
        text = self.text
        joint = "\n" + " " * own
        after: dict[int, list[str]] = {}  # entry -> the deeper comment lines right after it
        before: dict[int, list[str]] = {}  # entry -> the comment and blank lines right above it
        for number, ((_b, end), (begin, _e)) in enumerate(zip(entries, entries[1:])):
            between = text[end.index : begin.index]
            if between == joint:
                continue
            lines = between.split("\n")
            if not item or lines[0] or lines[-1] != " " * own or "\n\n\n" in between:
                return None  # (a run of blank lines between keys that move: left to ruamel)
            middle = lines[1:-1]
            if any(line.strip() and not line.lstrip(" ").startswith("#") for line in middle):
                return None
            if (
                end.index in self.unlike_a_scalar and end.line not in self.eol
            ):  # after a block scalar or a flow collection, ruamel
                if not middle[0].strip():  # keeps a comment line's column apart from its text and moves the
                    return None  # text alone: the first line (every line after a flow) loses its indentation
                # ...but comment lines after a flow collection that ends a block below the key (ruamel's end
                # comments of that block) keep their column: _take_rest puts it back
                flow = self.flow_ends.get(end.index)
                own_flow = flow == entries[number][0].line
                middle = [
                    line.lstrip(" ") if own_flow or (flow is None and not index) else line for index, line in enumerate(middle)
                ]
            deeper = 0
            while deeper < len(middle) and middle[deeper].strip() and len(middle[deeper]) - len(middle[deeper].lstrip(" ")) > own:
                deeper += 1
            after[number], before[number + 1] = middle[:deeper], middle[deeper:]
        begin, end = entries[0][0], entries[-1][1]
        if text[end.index : end.index + 1] != "\n" or end.index in self.then_comment:
            return None
        stop = text.find("\n", end.index + 1)
        below = text[end.index + 1 : stop if stop >= 0 else len(text)]
        if below.lstrip().startswith("#") and len(below) - len(below.lstrip(" ")) > own:
            return None  # a deeper comment after the item goes with its last key
        if not item:
            above = self.lines[begin.line - 1].strip()
            if not above or above.startswith("#"):
                return None  # comments above a mapping's first key: _reorder may move them
        wanted = sorted(range(len(entries)), key=lambda i: (ranks[i], i))
        above = _above_the_dash(before.get(wanted[0], []))
        inner = self.moves[mark:]
        parts = []
        for position, number in enumerate(wanted):
            parts.append(self.moved(entries[number][0], entries[number][1], inner))
            if position + 1 < len(wanted):
                lines = after.get(number, []) + before.get(wanted[position + 1], [])
                parts.append("".join("\n" + line for line in lines) + "\n" + " " * column)
            elif after.get(number):
                parts.append("".join("\n" + line for line in after[number]))
        self.moves[mark:] = [(begin, end, (_ABOVE + above + _ABOVE if above else "") + "".join(parts))]
        return end

    def sequence(self, node: _Node, path: tuple[str, ...], column: int) -> _At | None:
        """The end of a block list whose dashes the layout puts at `column`, or None."""
        start = node.start
        if start.flow_style or start.anchor is not None or start.tag is not None or not node.children:
            return None
        end = None
        for item in node.children:
            kind = type(item.start)
            flow = kind is not self.scalar and getattr(item.start, "flow_style", None)
            first = item.children[0].start if kind is self.map and item.children and not flow else item.start
            if not self.after_dash(first.start_mark):
                return None
            if end is not None and end.index not in self.unlike_a_scalar:
                self.gap(end.line, first.start_mark.line, True)
            if kind is self.scalar or flow:
                self.moved_by(first.start_mark.line, column + 2 - first.start_mark.column)
                end = self.scalar_end(item.start) if kind is self.scalar else self.flow_end(item, path)
            elif kind is self.map:
                end = self.mapping(item, path, column + 2, item=True)
            else:
                return None
            if end is None:
                return None
        return end

    def scalar_end(self, event: Any) -> _At | None:
        """The end of a one-line scalar that ruamel writes back as it stands (the end of its line when
        an end-of-line comment follows it), or None."""
        if event.start_mark.line != event.end_mark.line:
            return self.joined_end(event)
        if not self.as_it_stands(event):
            written = self.escaped_text(event)
            if written is None:
                return None
            begin, end = event.start_mark, event.end_mark
            self.edits.setdefault(begin.line, []).append((begin.column, end.column, written))
            self.changed.add(begin.line)
        return self.value_end(event.end_mark)

    def escaped_text(self, event: Any) -> str | None:
        """What ruamel writes for a double-quoted scalar with escapes (`"\\u6295\\u8BC9"`, as JSON and
        PyYAML's default dump write Chinese): its value, escaped only where ruamel escapes; None otherwise."""
        if event.style != '"' or event.anchor is not None or event.tag is not None:
            return None
        return '"' + _double_quoted(event.value) + '"'

    def joined_end(self, event: Any) -> _At | None:
        """The end of a plain or quoted scalar continued on the lines below (`do: a long text` then
        `  that goes on`), which ruamel writes on one line: its value, quoted as it was."""
        written = self.joined_text(event)
        if written is None:
            return None
        begin, end = event.start_mark, event.end_mark
        self.joined[begin.line] = (begin.column, end.line, written)
        self.changed.add(begin.line)
        for number in range(begin.line + 1, end.line + 1):
            self.onto[number] = begin.line
        return self.value_end(end)

    def joined_text(self, event: Any) -> str | None:
        """What ruamel writes for a plain or quoted scalar over several lines: its value on one line,
        quoted as it was; None when it is not that simple."""
        value, style = event.value, event.style
        if event.anchor is not None or event.tag is not None or not value or "\n" in value or len(value) > _WIDTH // 2:
            return None
        if style == '"':
            return '"' + _double_quoted(value) + '"'
        if style == "'":
            return "'" + value.replace("'", "''") + "'"
        if style or not self.plain_text(event) or value != value.strip():
            return None
        return value

    def written(self, event: Any) -> str | None:
        """What ruamel writes for a scalar in a flow collection (never empty), or None."""
        begin, end = event.start_mark, event.end_mark
        if begin.index == end.index:
            return None
        if begin.line != end.line:
            return self.joined_text(event)
        return self.text[begin.index : end.index] if self.as_it_stands(event) else None

    def as_it_stands(self, event: Any) -> bool:
        """Whether ruamel writes this one-line scalar back exactly as it stands."""
        if event.anchor is not None or event.tag is not None or event.end_mark.column > _WIDTH // 2:
            return False
        style = event.style
        if style == '"':
            return "\\" not in self.text[event.start_mark.index : event.end_mark.index]
        if style == "'":
            return True
        if style:
            return False
        value = event.value
        return bool(self.plain_text(event) or value in ("true", "false", "null") or _PLAIN_INT.match(value))

    def value_end(self, end: Any) -> _At | None:
        """Where a value ending at `end` ends with what follows it on its line: nothing, or an
        end-of-line comment (noted for ruamel's rule of where it goes); None for anything else."""
        text, index = self.text, end.index
        if text[index : index + 1] in ("\n", ""):
            return _At(index, end.line, end.column)
        line = self.lines[end.line]
        rest = line[end.column :]
        if not rest.strip(" "):  # trailing spaces: ruamel drops them
            self.changed.add(end.line)
            return _At(index + len(rest), end.line, len(line))
        if not rest.lstrip(" ").startswith("#") or not rest.startswith(" "):
            return None
        self.eol[end.line] = end.column
        return _At(index + len(rest), end.line, len(line))

    def flow(self, node: _Node, path: tuple[str, ...]) -> str | None:
        """ruamel's text of a flow list or mapping (`[a, b]`, `{k: v}`; keys in the format's order) on
        one line, or None when it is not that simple."""
        start = node.start
        begin = start.start_mark
        if (
            start.anchor is not None
            or start.tag is not None
            or self.text[begin.index : begin.index + 1] != ("[" if type(start) is self.seq else "{")
        ):
            return None
        parts = []
        if type(start) is self.seq:
            for item in node.children:
                kind = type(item.start)
                if kind is self.scalar:
                    written = self.written(item.start)
                    if written is None:
                        return None
                    parts.append(written)
                elif kind is self.seq:  # (ruamel writes a flow mapping inside a flow list as `k: v`: left to it)
                    inner = self.flow(item, path + ("[]",))
                    if inner is None:
                        return None
                    parts.append(inner)
                else:
                    return None
            return "[" + ", ".join(parts) + "]"
        keys = []
        pairs = node.children
        for key, value in zip(pairs[::2], pairs[1::2]):
            if not self.simple_key(key.start):
                return None
            if key.start.start_mark.line != value.start.start_mark.line:
                return None
            if type(value.start) is self.scalar:
                written = self.written(value.start)
                if written is None:
                    return None
            elif type(value.start) is self.seq:
                written = self.flow(value, path + (key.start.value,))
                if written is None:
                    return None
            else:
                return None
            keys.append(key.start.value)
            parts.append(self.text[key.start.start_mark.index : key.start.end_mark.index] + ": " + written)
        order = self.order.get(path)
        if order is not None:
            rank = {key: i for i, key in enumerate(order)}
            parts = [
                part
                for _r, _i, part in sorted((rank.get(k, len(order)), i, part) for i, (k, part) in enumerate(zip(keys, parts)))
            ]
        return "{" + ", ".join(parts) + "}"

    def flow_end(self, node: _Node, path: tuple[str, ...]) -> _At | None:
        """The end of a one-line flow collection as a value (its text laid out as ruamel writes it)."""
        laid_out = self.flow(node, path)
        if laid_out is None:
            return None
        begin, end = node.start.start_mark, node.end.end_mark
        if begin.line != end.line:  # over several lines: one line, unless a comment stands inside
            if "#" in self.text[begin.index : end.index] or "\n\n" in self.text[begin.index : end.index]:
                return None
            self.joined[begin.line] = (begin.column, end.line, laid_out)
            self.changed.add(begin.line)
            for number in range(begin.line + 1, end.line + 1):
                self.onto[number] = begin.line
        elif laid_out != self.text[begin.index : end.index]:
            self.edits.setdefault(begin.line, []).append((begin.column, end.column, laid_out))
            self.changed.add(begin.line)
        at = self.value_end(end)
        if at is not None:
            self.unlike_a_scalar.add(at.index)
            self.flow_ends[at.index] = begin.line
        return at

    def block_end(self, event: Any, column: int) -> _At | None:
        """The end of a literal or folded block scalar (`|`, `|-`, `>`, `>-`) whose text ruamel writes
        at `column`: its lines move there as they are."""
        start, end = event.start_mark, event.end_mark
        lines = self.lines
        if event.anchor is not None or event.tag is not None or lines[start.line][start.column :] not in ("|", "|-", ">", ">-"):
            return None
        first, last = start.line + 1, end.line - 1
        if end.column != 0 or last < first or not lines[last].strip() or not lines[first].strip():
            return None
        if end.line < len(lines) and lines[end.line].lstrip(" ").startswith("#"):
            # ruamel files the comment lines after a block scalar with it and writes the first one left
            # of the text's new column (where it would be text); moving it is left to ruamel
            self.clamp[end.line] = column - 1
            self.changed.add(end.line)
            self.then_comment.add(end.index - 1)
        indent = len(lines[first]) - len(lines[first].lstrip(" "))
        folded = event.style == ">"
        for number in range(first, last + 1):
            line = lines[number]
            if line[-1:] == " ":
                return None  # trailing spaces are text in a block scalar
            if not line:
                if folded:
                    return None
                continue
            if folded and line[indent : indent + 1] == " ":
                return None
            self.moved_by(number, column - indent)
        self.unlike_a_scalar.add(end.index - 1)
        return _At(end.index - 1, last, len(lines[last]))

    def simple_key(self, event: Any) -> bool:
        """A one-line plain or quoted key that ruamel writes as it stands (and plancraft reads as text)."""
        if (
            type(event) is not self.scalar
            or event.anchor is not None
            or event.tag is not None
            or event.start_mark.line != event.end_mark.line
            or len(event.value) >= _SIMPLE_KEY
        ):
            return False
        if event.style == "'":
            return True
        if event.style == '"':
            return "\\" not in self.text[event.start_mark.index : event.end_mark.index]
        return not event.style and self.plain_text(event)

    def plain_text(self, event: Any) -> bool:
        """A plain scalar both plancraft's loader and ruamel read as text."""
        value = event.value
        known = self.texts.get(value)
        if known is None:
            from plancraft.loader import _scalar
            from ruamel.yaml.nodes import ScalarNode

            tag = self.resolver.resolve(ScalarNode, value, (True, False))
            known = self.texts[value] = (
                isinstance(_scalar(event), str) and str(getattr(tag, "value", tag)) == "tag:yaml.org,2002:str"
            )
        return known


class _At:
    """A position in the source: index, line and column (from a libyaml mark)."""

    __slots__ = ("index", "line", "column")

    def __init__(self, index: int, line: int, column: int) -> None:
        self.index, self.line, self.column = index, line, column

    @classmethod
    def of(cls, mark: Any) -> _At:
        return cls(mark.index, mark.line, mark.column)


def _double_quoted(value: str) -> str:
    """`value` as ruamel's emitter writes it inside double quotes (allow_unicode, no line folding at
    plancraft's width): printable characters as they are, the rest as its escapes."""
    if _NEEDS_ESCAPE.search(value) is None:
        return value
    from ruamel.yaml.emitter import Emitter

    named = Emitter.ESCAPE_REPLACEMENTS

    def escape(match: re.Match) -> str:
        ch = match.group()
        if ch in named:
            return "\\" + named[ch]
        code = ord(ch)
        return f"\\x{code:02X}" if code <= 0xFF else f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}"

    return _NEEDS_ESCAPE.sub(escape, value)


# What ruamel escapes in a double-quoted scalar (Emitter.write_double_quoted with allow_unicode).
_NEEDS_ESCAPE = re.compile('["\\\\\x85\u2028\u2029\ufeff]|[^\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]')
_PLAIN_INT = re.compile(r"^(?:0|-?[1-9][0-9]{0,17})$")
# What ruamel would write differently inside an item: tabs outside comments (tabs_in_comments), lines of spaces, CR,
# and the line separators it escapes in double quotes (\L, \P, \N). (Runs of blank lines: _Settled.blank_runs.)
_UNSETTLED = re.compile("[\r\x85\u2028\u2029]|\n +\n")
_RUN_AFTER = re.compile(r"\n(?:[ \t]*\n){2}")  # two or more blank lines (or lines of spaces) after a line
_SIMPLE_KEY = 120  # ruamel writes a key of 128 characters or more as `? key` (an explicit key)


_PLACEHOLDER = re.compile(r"plancraft-fmt-stand-in-([0-9]+)")
_ABOVE = "\x00"  # a laid-out item's text begins `\0lines\0` when lines go above its `- ` (no plan holds a NUL)


def _above_the_dash(lines: list[str]) -> str:
    """The comment lines above a list item's key that becomes its first key, as _put_before_first puts
    them above the item's `- `: leading blank lines dropped, two columns to the left when all allow."""
    while lines and not lines[0]:
        lines = lines[1:]
    if not lines:
        return ""
    if all(line.startswith("  ") or not line.strip() for line in lines):
        lines = [line[2:] if line.strip() else line for line in lines]
    return "".join(line + "\n" for line in lines)


def _stand_in(text: str, spans: list[tuple[int, int]], instead: dict[int, str] | None = None) -> tuple[str, list[str]]:
    """`text` with the n-th span replaced by the placeholder `plancraft-fmt-stand-in-n`, and the
    texts to put back: each span's own, or its laid-out text from `instead` (by its start)."""
    if "plancraft-fmt-stand-in-" in text:
        raise _NoStandIn
    parts, taken, at = [], [], 0
    for number, (begin, end) in enumerate(spans):
        parts += [text[at:begin], f"plancraft-fmt-stand-in-{number}"]
        taken.append(instead.get(begin, text[begin:end]) if instead else text[begin:end])
        at = end
    parts.append(text[at:])
    return "".join(parts), taken


def _restore(out: str, taken: list[str]) -> str:
    """Put each span back in place of its placeholder; each must come back exactly once (sections
    may have moved)."""
    pieces = _PLACEHOLDER.split(out)
    numbers = [int(number) for number in pieces[1::2]]
    if sorted(numbers) != list(range(len(taken))):
        raise _NoStandIn
    for position, number in enumerate(numbers):
        text = taken[number]
        if text.startswith(_ABOVE):  # comment lines that go above the item's `- `
            _skip, lines, text = text.split(_ABOVE, 2)
            before = pieces[2 * position]
            cut = before.rfind("\n") + 1
            pieces[2 * position] = before[:cut] + lines + before[cut:]
        pieces[2 * position + 1] = text
    return "".join(pieces)


def _ends_in_comment_or_plain(out: str) -> bool:
    # Trailing blank lines after a `|+` block are content; the re-read check would catch a loss,
    # but do not even try: only trim when the last non-blank line is a comment.
    last = out.rstrip("\n").rsplit("\n", 1)[-1]
    return last.lstrip().startswith("#")


def _reorder(node: Any, path: tuple[str, ...], *, top: bool = False, parent: Any = None, slot: Any = None) -> None:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(node, CommentedSeq):
        for index, item in enumerate(node):
            _reorder(item, path + ("[]",), parent=node, slot=index)
        return
    if not isinstance(node, CommentedMap) or not len(node):
        return
    for key in list(node.keys()):
        if isinstance(key, str):
            _reorder(node[key], path + (key,), parent=node, slot=key)
    order = key_order().get(path)
    keys = list(node.keys())
    if order is None:
        wanted = keys
    else:
        rank = {key: i for i, key in enumerate(order)}
        wanted = sorted(keys, key=lambda k: (rank.get(k, len(order)), keys.index(k)))
    if wanted == keys and not top:
        return
    # Take off the comment block that stands before each key (ruamel files it at the end of the
    # previous key's value) and the block after the last key, then rebuild in the new order.
    # Comment lines indented deeper than the keys end the previous value and stay with it.
    column = getattr(getattr(node, "lc", None), "col", 0) or 0
    own: dict[Any, str] = {}
    leading: dict[Any, str] = {}
    if wanted[0] != keys[0]:
        # The first key moves: the comment lines right above it (ruamel files them in front of
        # the mapping) go with it; a block set off from it by a blank line stays at the top.
        leading[keys[0]] = _take_head(node, parent, slot, top) + _take_before(node, keys[0])
    for previous, key in zip(keys, keys[1:]):
        own[previous], leading[key] = _split_rest(_take_rest(node, previous), column)
        leading[key] += _take_before(node, key)
    own[keys[-1]], tail = _split_rest(_take_rest(node, keys[-1]), column)
    if wanted != keys:
        values = [(key, node[key]) for key in wanted]
        items = {key: node.ca.items.get(key) for key in keys}
        for key in keys:
            del node[key]
        for key, value in values:
            node[key] = value
            if items[key] is not None:
                node.ca.items[key] = items[key]
    if wanted[0] != keys[0]:
        _put_before_first(node, wanted[0], leading.get(wanted[0], ""), parent, slot)
    for position, key in enumerate(wanted):
        block = own.get(key, "")
        if position + 1 < len(wanted):
            following = leading.get(wanted[position + 1], "")
            block += _between_sections(following) if top else following
        elif top:
            block += tail.rstrip("\n") + "\n" if tail.strip() else ""
        else:
            block += tail
        if block:
            _append_rest(node, key, block)


def _tokens_text(tokens: Any) -> str:
    """The text of a list of ruamel pre-comment tokens (a token's column is its first line's indent)."""
    text = ""
    for token in tokens or ():
        if token is None:
            continue
        value = token.value
        column = getattr(getattr(token, "start_mark", None), "column", 0) or 0
        if value.strip() and not value.startswith((" ", "\n")):
            value = " " * column + value
        text += value
    return text


def _raw_tokens(text: str) -> list | None:
    """`text` (full lines, indentation included) as one pre-comment token, or None when empty."""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    return [CommentToken(text, CommentMark(0), None)] if text else None


def _split_head(text: str) -> tuple[str, str]:
    """(the lines up to and including the last blank line, the comment lines right after it)."""
    lines = text.splitlines(keepends=True)
    cut = max((i + 1 for i, line in enumerate(lines) if not line.strip()), default=0)
    return "".join(lines[:cut]), "".join(lines[cut:])


def _take_head(node: Any, parent: Any, slot: Any, top: bool) -> str:
    """Remove and return the comment lines right above the first key of `node`, where ruamel files
    them: in front of the document (top level) or in front of the value of `parent[slot]`.
    Comments above the `- ` of a list item are about the item and stay where they are."""
    from ruamel.yaml.comments import CommentedMap

    comment = node.ca.comment
    if top:
        if not comment or len(comment) < 2 or not comment[1]:
            return ""
        header, head = _split_head(_tokens_text(comment[1]))
        comment[1] = _raw_tokens(header)
        return head
    if not isinstance(parent, CommentedMap):
        return ""
    entry = parent.ca.items.get(slot)
    tokens = entry[3] if entry is not None and len(entry) > 3 and entry[3] else None
    if tokens is None and comment and len(comment) > 1:
        tokens = comment[1]
    if not tokens:
        return ""
    header, head = _split_head(_tokens_text(tokens))
    kept = _raw_tokens(header)
    if entry is not None and len(entry) > 3:
        entry[3] = kept
    if comment and len(comment) > 1:
        comment[1] = kept
    return head


def _put_before_first(node: Any, key: Any, block: str, parent: Any, slot: Any) -> None:
    """Put `block` (full comment lines) in front of `key`, now the first key of `node`."""
    from ruamel.yaml.comments import CommentedSeq

    block = block.lstrip("\n")
    if not block.strip():
        return
    tokens = _raw_tokens(block)
    if isinstance(parent, CommentedSeq):  # in front of the item's `- ` (`-` then a comment line is ugly)
        lines = block.splitlines(keepends=True)
        if all(line.startswith("  ") or not line.strip() for line in lines):  # to the column of the `- `
            block = "".join(line[2:] if line.strip() else line for line in lines)
        entry = parent.ca.items.setdefault(slot, [None] * 4)
        entry[1] = (entry[1] or []) + _raw_tokens(block)
        return
    entry = node.ca.items.setdefault(key, [None] * 4)
    entry[1] = (entry[1] or []) + tokens


def _split_rest(rest: str, column: int) -> tuple[str, str]:
    """(comment lines indented deeper than `column` at the start, everything after them)."""
    lines = rest.splitlines(keepends=True)
    count = 0
    for line in lines:
        stripped = line.lstrip(" ")
        if stripped.startswith("#") and len(line) - len(stripped) > column:
            count += 1
        else:
            break
    return "".join(lines[:count]), "".join(lines[count:])


def _between_sections(block: str) -> str:
    """The lines between two top-level sections, canonical: the previous section's own indented
    trailing comments, exactly one blank line, then the comments in front of the next key (a
    blank line that separates them from the key is kept)."""
    lines = block.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    head: list[str] = []
    while lines and lines[0][:1] in (" ", "\t") and lines[0].strip().startswith("#"):
        head.append(lines.pop(0))
    while lines and not lines[0].strip():
        lines.pop(0)
    trailing_blank = bool(lines) and not lines[-1].strip()
    while lines and not lines[-1].strip():
        lines.pop()
    body = _squeeze("\n".join(lines) + "\n").rstrip("\n") if lines else ""
    out = head + [""] + ([body] if body else []) + ([""] if body and trailing_blank else [])
    return "\n".join(out) + "\n"


def _squeeze(block: str) -> str:
    """Runs of blank lines inside a comment block become one blank line."""
    return re.sub(r"\n{3,}", "\n\n", block)


def _end_of(node: Any, key: Any) -> tuple[Any, Any, bool, list[list]]:
    """Where node[key]'s value ends in the text: (owner, last, is_block_scalar, end lists).

    The value's last line belongs to its deepest last scalar (or flow collection) `owner[last]`;
    after it come the end-comment lists of the block collections on the way down, innermost
    first.
    """
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString

    owner, last, ends = node, key, []
    while True:
        value = owner[last]
        if isinstance(value, (CommentedMap, CommentedSeq)) and len(value) and not value.fa.flow_style():
            ends.append(value.ca.end)
            owner, last = value, (list(value.keys())[-1] if isinstance(value, CommentedMap) else len(value) - 1)
        else:
            break
    block = isinstance(owner[last], (FoldedScalarString, LiteralScalarString))
    return owner, last, block, [e for e in reversed(ends) if e]


def _post_index(owner: Any) -> int:
    from ruamel.yaml.comments import CommentedMap

    return 2 if isinstance(owner, CommentedMap) else 0


def _take_rest(node: Any, key: Any) -> str:
    """Remove and return the full-line comments and blank lines that follow node[key]'s value."""
    owner, last, block, ends = _end_of(node, key)
    rest = ""
    entry = owner.ca.items.get(last)
    index = _post_index(owner)
    token = entry[index] if entry is not None and len(entry) > index else None
    if token is not None:
        if block:
            # after a block scalar (`- >-`), comment lines indented deeper than the keys end its value: their text
            # starts at the token's column, which the text must keep or they read as the next key's
            deeper = (getattr(token.start_mark, "column", 0) or 0) > (getattr(getattr(node, "lc", None), "col", 0) or 0)
            rest, token.value = (_tokens_text([token]) if deeper else token.value), ""
            entry[index] = None
        else:
            first, sep, rest = token.value.partition("\n")
            token.value = first + sep
            if not first.strip():
                entry[index] = None
    for end in ends:
        # an end token's text starts at its column (after `duties: []`, ruamel files the comment lines below it
        # with the block list around it): put the indent back, or a deeper comment reads as the next key's
        rest += _tokens_text(end)
        del end[:]
    return rest


def _take_before(node: Any, key: Any) -> str:
    """Remove and return the comment lines ruamel filed in front of node[key] itself."""
    entry = node.ca.items.get(key)
    if entry is None or len(entry) < 2 or not entry[1]:
        return ""
    text = "".join(t.value for t in entry[1] if t is not None)
    entry[1] = None
    return text


def _append_rest(node: Any, key: Any, block_text: str) -> None:
    """Put `block_text` (full-line comments / blank lines) right after node[key]'s value."""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    owner, last, block, _skip = _end_of(node, key)
    index = _post_index(owner)
    entry = owner.ca.items.setdefault(last, [None] * 4)
    token = entry[index]
    if token is None:
        entry[index] = CommentToken(("" if block else "\n") + block_text, CommentMark(0), None)
        return
    if not block and "\n" not in token.value:
        token.value += "\n"
    token.value += block_text


def _tidy_blank_lines(root: Any) -> None:
    """Inside every comment block, runs of blank lines become one."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    def tokens(node: Any):
        if not isinstance(node, (CommentedMap, CommentedSeq)):
            return
        for entry in node.ca.items.values():
            for token in entry or ():
                if isinstance(token, list):
                    yield from (t for t in token if t is not None)
                elif token is not None:
                    yield token
        for token in node.ca.end or ():
            if token is not None:
                yield token
        for child in node.values() if isinstance(node, CommentedMap) else node:
            yield from tokens(child)

    for token in tokens(root):
        if hasattr(token, "value") and isinstance(token.value, str):
            token.value = _squeeze(token.value)


# --------------------------------------------------------------------------- the re-read check


def _check(loaded: LoadedPlan, source: str, out: str) -> None:
    name = loaded.file
    try:
        again = load_bytes(out.encode("utf-8"), name)
    except PlanError as error:
        raise _refused(
            name,
            1,
            _("the formatted text would not read back ({message}); the file is left as it is — please report this").format(
                message=error.diagnostic.message
            ),
        ) from None
    difference = _first_difference(loaded.data, again.data, ())
    if difference is not None:
        line, _skip = loaded.locate(difference)
        where = format_path(difference) or _("the plan")
        raise _refused(
            name, line, _("formatting would change the value at `{where}`; the file is left as it is").format(where=where)
        )
    (before, anchors_before), (after, anchors_after) = _marks(source), _marks(out)
    lost = Counter(text for _skip, text in before) - Counter(text for _skip, text in after)
    if lost:
        missing = next(iter(lost))
        line = next(line for line, text in before if text == missing)
        raise _refused(
            name,
            line,
            _(
                "formatting would lose the comment `{short}` on this line; the file is left as it is — move the comment next to a key or value"
            ).format(short=_short(missing)),
        )
    added = Counter(text for _skip, text in after) - Counter(text for _skip, text in before)
    if added:
        raise _refused(name, 1, _("formatting would duplicate a comment; the file is left as it is"))
    if Counter(a for _skip, a in anchors_before) != Counter(a for _skip, a in anchors_after):
        changed = Counter(a for _skip, a in anchors_before) - Counter(a for _skip, a in anchors_after)
        line = next((ln for ln, a in anchors_before if a in changed), 1)
        raise _refused(name, line, _("formatting would expand or drop an anchor or alias; the file is left as it is"))


def _first_difference(a: Any, b: Any, path: YamlPath) -> YamlPath | None:
    if type(a) is not type(b):
        return path
    if isinstance(a, dict):
        if set(a) != set(b):
            missing = [k for k in a if k not in b]
            return path + (missing[0],) if missing else path
        for key in a:
            found = _first_difference(a[key], b[key], path + (key,))
            if found is not None:
                return found
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return path
        for i, (x, y) in enumerate(zip(a, b)):
            found = _first_difference(x, y, path + (i,))
            if found is not None:
                return found
        return None
    if isinstance(a, float) and math.isnan(a) and math.isnan(b):
        return None
    return None if a == b else path


def _spans_and_anchors(text: str, want_spans: bool) -> tuple[list[tuple[int, int]], list[tuple[int, str]]]:
    """(character spans of every scalar, (line, `&name` / `*name`) of every anchor and alias), from
    libyaml's event parser where it is installed and reads the text, else from ruamel's scanner."""
    try:
        from ruamel.yaml.cyaml import CParser
        from ruamel.yaml.events import AliasEvent, ScalarEvent

        if CParser is None:  # pragma: no cover
            raise ImportError
        parser = CParser(text)
        spans: list[tuple[int, int]] = []
        anchors: list[tuple[int, str]] = []
        while True:
            event = parser.get_event()
            if event is None:
                return spans, anchors
            kind = type(event)
            if kind is AliasEvent:
                anchors.append((event.start_mark.line + 1, "*" + event.anchor))
                continue
            if kind is ScalarEvent and want_spans:
                spans.append((event.start_mark.index, event.end_mark.index))
            anchor = getattr(event, "anchor", None)
            if anchor is not None:
                anchors.append((event.start_mark.line + 1, "&" + anchor))
    except Exception:  # noqa: BLE001 - no C parser, or it refuses the text: the pure scanner decides
        pass
    from ruamel.yaml import YAML
    from ruamel.yaml.tokens import AliasToken, AnchorToken, ScalarToken

    spans, anchors = [], []
    for token in YAML(typ="safe", pure=True).scan(text):
        kind = type(token)
        if kind is ScalarToken:
            if want_spans:
                spans.append((token.start_mark.index, token.end_mark.index))
        elif kind is AnchorToken:
            anchors.append((token.start_mark.line + 1, "&" + token.value))
        elif kind is AliasToken:
            anchors.append((token.start_mark.line + 1, "*" + token.value))
    return spans, anchors


def _comments(text: str) -> list[tuple[int, str]]:
    """(line, text) of every comment, found outside every scalar the YAML parser reports."""
    return _marks(text)[0]


def _marks(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The comments (line, text) and the anchors and aliases (line, `&name` / `*name`) of `text`,
    from one pass of the YAML parser: a `#` is a comment when it is outside every scalar."""
    might_comment = "#" in text
    if not might_comment and "&" not in text and "*" not in text:
        return [], []  # nothing to find: skip the parse
    spans, anchors = _spans_and_anchors(text, might_comment)
    comments: list[tuple[int, str]] = []
    if not might_comment:
        return comments, anchors
    mask = bytearray(len(text) + 1)
    for start, end in spans:
        mask[start:end] = b"\x01" * (end - start)
    for number, (start, line) in enumerate(_line_starts(text), start=1):
        if "#" not in line:
            continue
        for match in re.finditer("#", line):
            if mask[start + match.start()]:
                continue
            if match.start() == 0 or line[match.start() - 1] in " \t":
                comments.append((number, line[match.start() :].rstrip()))
                break
    return comments, anchors


def _line_starts(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _refused(name: str, line: int, message: str) -> FormatRefused:
    return FormatRefused(Diagnostic(name, line, 1, CODE, Severity.ERROR, message))


def write(result: Formatted, path: str | Path) -> None:
    """Write the formatted text atomically, keeping the file's mode."""
    from plancraft.fileio import write_atomic

    write_atomic(path, result.data())


def format_in_place(path: str | Path, *, display: str | None = None, force: bool = False) -> Formatted:
    """Format the plan at `path` and rewrite it when it changed, as one locked transaction.

    A symlink is written through; a read-only file is refused unless `force` (WriteRefused); a file
    changed by someone else meanwhile is left alone (ConcurrentChange). PlanError / FormatRefused
    as for `format_file`."""
    from plancraft.fileio import InPlace
    from plancraft.loader import MAX_BYTES

    name = display if display is not None else str(path)
    InPlace(path).check()  # a device or FIFO is refused before it is read
    read_plan_bytes(path, name)  # a folder, a missing or an oversized file: the loader's own messages
    with InPlace(path, force=force, max_bytes=MAX_BYTES) as place:
        result = format_bytes(read_plan_bytes_from(place.original, name), name)
        if result.changed:
            place.replace(result.data())
    return result


def read_plan_bytes_from(raw: bytes, name: str) -> bytes:
    """The size limit applied to bytes already read (the file may have grown since it was checked)."""
    from plancraft.loader import MAX_BYTES, _error

    if len(raw) > MAX_BYTES:
        raise _error(name, 1, 1, f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB; a plan must be smaller")
    return raw
