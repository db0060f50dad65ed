"""`plancraft fmt`: the canonical layout of a plan, keeping every comment, quote and value.

The canonical layout: keys in the order of the format (the order of `properties` in the JSON
Schema, so it is written down once; `x-` and other unknown keys follow in their own order),
two-space indentation with indented lists (`key:` then `  - item`), one blank line between
top-level sections, a final newline, no re-wrapping of long lines. CRLF files stay CRLF.

ruamel.yaml's round trip does the layout. It keeps quotes (`"no"`, `"110"`, `"1.10"`), block
scalars, flow collections, anchors and aliases. Comments travel with the keys they belong to:
ruamel files a comment *before* a key under the end of the previous key's value, so before
reordering each such block is taken off the previous key and put back in front of its own key.

Nothing is written on trust: the output is read back with plancraft's own loader, and its data
(exactly equal, types included), its comments (the multiset of comment texts, found by an
independent scan of the text) and its anchors and aliases are compared with the input's. If any
of them would change, `FormatRefused` names the input line and the file is left alone.
"""

from __future__ import annotations

import difflib
import io
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from plancraft.diagnostics import Diagnostic, PlanError, Severity, format_path
from plancraft.loader import MAX_BYTES, LoadedPlan, YamlPath, load_bytes

CODE = "PC003"  # fmt refusals: formatting would lose or change something
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
            _lines(self.before), _lines(self.after), fromfile=self.name, tofile=f"{self.name} (formatted)"
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
    schema = json.loads(resources.files("plancraft").joinpath("data/plan.schema.json").read_text(encoding="utf-8"))
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
    path = Path(path)
    if path.is_dir():
        raise _plain_error(name, "this is a folder, not a plan file")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise _plain_error(name, "no such file") from None
    except OSError as exc:
        raise _plain_error(name, f"the file cannot be read: {exc.strerror or exc}") from None
    if len(raw) > MAX_BYTES:
        raise _plain_error(name, f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB; a plan must be smaller")
    return format_bytes(raw, name)


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
    out = _layout(source)
    _check(loaded, source, out)
    return out.replace("\n", "\r\n") if crlf else out


def _uses_crlf(text: str) -> bool:
    crlf = text.count("\r\n")
    return crlf > 0 and crlf >= text.count("\n") - crlf


def _yaml():
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt", pure=True)
    yaml.preserve_quotes = True
    yaml.width = 1_000_000  # never re-wrap
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.allow_duplicate_keys = False
    return yaml


def _layout(source: str) -> str:
    yaml = _yaml()
    root = yaml.load(source)
    _reorder(root, (), top=True)
    _tidy_blank_lines(root)
    stream = io.StringIO()
    yaml.dump(root, stream)
    out = stream.getvalue()
    return out.rstrip("\n") + "\n" if out.endswith("\n\n") and _ends_in_comment_or_plain(out) else out


def _ends_in_comment_or_plain(out: str) -> bool:
    # Trailing blank lines after a `|+` block are content; the re-read check would catch a loss,
    # but do not even try: only trim when the last non-blank line is a comment.
    last = out.rstrip("\n").rsplit("\n", 1)[-1]
    return last.lstrip().startswith("#")


def _reorder(node: Any, path: tuple[str, ...], *, top: bool = False) -> None:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(node, CommentedSeq):
        for item in node:
            _reorder(item, path + ("[]",))
        return
    if not isinstance(node, CommentedMap):
        return
    for key in list(node.keys()):
        if isinstance(key, str):
            _reorder(node[key], path + (key,))
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
    leading: dict[Any, str] = {}
    for previous, key in zip(keys, keys[1:]):
        leading[key] = _take_rest(node, previous)
    tail = _take_rest(node, keys[-1]) if keys else ""
    if wanted != keys:
        values = [(key, node[key]) for key in wanted]
        items = {key: node.ca.items.get(key) for key in keys}
        for key in keys:
            del node[key]
        for key, value in values:
            node[key] = value
            if items[key] is not None:
                node.ca.items[key] = items[key]
    for previous, key in zip(wanted, wanted[1:]):
        block = leading.get(key, "")
        if top:
            block = "\n" + _squeeze(block).strip("\n") + ("\n" if block.strip("\n") else "")
            block = block if block.strip() else "\n"
        if block:
            _append_rest(node, previous, block)
    if tail and wanted:
        _append_rest(node, wanted[-1], tail.rstrip("\n") + "\n" if top and tail.strip() else ("" if top else tail))


def _squeeze(block: str) -> str:
    """Runs of blank lines inside a comment block become one blank line."""
    return re.sub(r"\n{3,}", "\n\n", block)


def _slots(node: Any, key: Any) -> list[tuple[list, int, bool]]:
    """Every comment slot in the value of node[key], including the slot after the key's value.

    Each is (holder list, index, eol) where eol says whether the slot's first line is the end of
    a content line (a comment there is an end-of-line comment).
    """
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    found: list[tuple[list, int, bool]] = []
    entry = node.ca.items.get(key)
    if entry is not None:
        eol_index = 2 if isinstance(node, CommentedMap) else 0
        found.append((entry, eol_index, True))
    value = node[key]
    if isinstance(value, (CommentedMap, CommentedSeq)):
        if value.ca.comment:
            for i, token in enumerate(value.ca.comment):
                if token is not None and not isinstance(token, list):
                    found.append((value.ca.comment, i, True))
        for child in (value.keys() if isinstance(value, CommentedMap) else range(len(value))):
            found.extend(_slots(value, child))
        if value.ca.end:
            for i in range(len(value.ca.end)):
                found.append((value.ca.end, i, False))
    return found


def _line(token: Any) -> int:
    mark = getattr(token, "start_mark", None)
    return getattr(mark, "line", -1) if mark is not None else -1


def _take_rest(node: Any, key: Any) -> str:
    """Remove and return the full-line comments and blank lines that follow node[key]'s value."""
    slots = [(holder, i, eol) for holder, i, eol in _slots(node, key) if holder[i] is not None]
    if not slots:
        return ""
    holder, index, eol = max(slots, key=lambda s: _line(s[0][s[1]]))
    token = holder[index]
    value = token.value
    if not eol:
        # An end-of-collection comment: it and every end comment after it are full-line comments.
        rest = "".join(t.value for t in holder[index:] if t is not None)
        del holder[index:]
        return rest
    first, sep, rest = value.partition("\n")
    if not rest:
        return ""
    token.value = first + sep
    if not first.strip():
        holder[index] = None
    return rest


def _append_rest(node: Any, key: Any, block: str) -> None:
    """Put `block` (full-line comments / blank lines) right after node[key]'s value."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    slots = [(holder, i, eol) for holder, i, eol in _slots(node, key) if holder[i] is not None]
    if slots:
        holder, index, eol = max(slots, key=lambda s: _line(s[0][s[1]]))
        token = holder[index]
        if eol and "\n" not in token.value:
            token.value += "\n"
        token.value += block
        return
    # No comment anywhere in the value: add one after its last scalar.
    owner, last = node, key
    while True:
        value = owner[last]
        if isinstance(value, CommentedMap) and len(value) and not value.fa.flow_style():
            owner, last = value, list(value.keys())[-1]
        elif isinstance(value, CommentedSeq) and len(value) and not value.fa.flow_style():
            owner, last = value, len(value) - 1
        else:
            break
    size, index = (4, 2) if isinstance(owner, CommentedMap) else (4, 0)
    entry = owner.ca.items.setdefault(last, [None] * size)
    entry[index] = CommentToken("\n" + block, CommentMark(0), None)


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
        for child in (node.values() if isinstance(node, CommentedMap) else node):
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
        raise _refused(name, 1, f"the formatted text would not read back ({error.diagnostic.message}); "
                             "the file is left as it is — please report this") from None
    difference = _first_difference(loaded.data, again.data, ())
    if difference is not None:
        line, _ = loaded.locate(difference)
        where = format_path(difference) or "the plan"
        raise _refused(name, line, f"formatting would change the value at `{where}`; the file is left as it is")
    before, after = _comments(source), _comments(out)
    lost = Counter(text for _, text in before) - Counter(text for _, text in after)
    if lost:
        missing = next(iter(lost))
        line = next(line for line, text in before if text == missing)
        raise _refused(name, line, f"formatting would lose the comment `{_short(missing)}` on this line; "
                                   "the file is left as it is — move the comment next to a key or value")
    added = Counter(text for _, text in after) - Counter(text for _, text in before)
    if added:
        raise _refused(name, 1, "formatting would duplicate a comment; the file is left as it is")
    anchors_before, anchors_after = _anchors(source), _anchors(out)
    if Counter(a for _, a in anchors_before) != Counter(a for _, a in anchors_after):
        changed = Counter(a for _, a in anchors_before) - Counter(a for _, a in anchors_after)
        line = next((ln for ln, a in anchors_before if a in changed), 1)
        raise _refused(name, line, "formatting would expand or drop an anchor or alias; the file is left as it is")


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


def _scan(text: str):
    from ruamel.yaml import YAML

    return YAML(typ="safe", pure=True).scan(text)


def _comments(text: str) -> list[tuple[int, str]]:
    """(line, text) of every comment, found outside every scalar the YAML scanner reports."""
    from ruamel.yaml.tokens import ScalarToken

    mask = bytearray(len(text) + 1)
    for token in _scan(text):
        if isinstance(token, ScalarToken):
            start, end = token.start_mark.index, token.end_mark.index
            mask[start:end] = b"\x01" * (end - start)
    found = []
    for number, (start, line) in enumerate(_line_starts(text), start=1):
        for match in re.finditer("#", line):
            i = start + match.start()
            if mask[i]:
                continue
            if match.start() == 0 or line[match.start() - 1] in " \t":
                found.append((number, line[match.start():].rstrip()))
                break
    return found


def _line_starts(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _anchors(text: str) -> list[tuple[int, str]]:
    from ruamel.yaml.tokens import AliasToken, AnchorToken

    found = []
    for token in _scan(text):
        if isinstance(token, AnchorToken):
            found.append((token.start_mark.line + 1, "&" + token.value))
        elif isinstance(token, AliasToken):
            found.append((token.start_mark.line + 1, "*" + token.value))
    return found


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _refused(name: str, line: int, message: str) -> FormatRefused:
    return FormatRefused(Diagnostic(name, line, 1, CODE, Severity.ERROR, message))


def _plain_error(name: str, message: str) -> PlanError:
    from plancraft.loader import CODE as UNREADABLE

    return PlanError(Diagnostic(name, 1, 1, UNREADABLE, Severity.ERROR, message))


def write(result: Formatted, path: str | Path) -> None:
    """Write the formatted text atomically, keeping the file's mode."""
    from plancraft.fileio import write_atomic

    write_atomic(path, result.data())
