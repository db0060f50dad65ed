"""Small, comment-preserving edits of a plan's YAML text: every line not edited stays byte for byte.

Each function takes a LoadedPlan (text plus positions) and returns the new text; callers reload
between edits and check the result by its data, so an edit that would change anything else is
never written. Only block-style layout is edited in place; what cannot be edited safely raises
EditError with a sentence saying what to do.
"""

from __future__ import annotations

from plancraft.i18n import _

import json
import re
from typing import Any

from plancraft.loader import LoadedPlan, YamlPath


class EditError(Exception):
    """The file's layout does not allow this edit to be made safely."""


_PLAIN_SAFE = re.compile(r"[\w\u3400-\u9fff\uff00-\uffef·（）〔〕《》、，。；：]+(?: [\w\u3400-\u9fff·]+)*")
_RESOLVES = re.compile(
    r"[-+0-9.]+(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|true|false|null|yes|no|on|off|y|n|~", re.IGNORECASE
)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DIGEST = re.compile(r"sha256:[0-9a-f]{64}")
_ID = re.compile(r"[a-z][a-z0-9-]*")


def scalar(value: Any, *, quote: bool = False) -> str:
    """`value` as a one-line YAML scalar that reads back as the same value (dates stay strings)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    text = str(value)
    if not quote and (_DATE.fullmatch(text) or _DIGEST.fullmatch(text) or _ID.fullmatch(text) and not _RESOLVES.fullmatch(text)):
        return text
    if not quote and _PLAIN_SAFE.fullmatch(text) and not _RESOLVES.fullmatch(text):
        return text
    return json.dumps(text, ensure_ascii=False)


QUOTED_KEYS = {"version"}


def emit(value: Any, indent: int) -> list[str]:
    """Block-style lines (no newlines) for a list or mapping of scalars, lists and mappings."""
    pad = " " * indent
    lines: list[str] = []
    if isinstance(value, list):
        for item in value:
            if isinstance(item, (dict, list)) and item:
                inner = emit(item, indent + 2)
                lines.append(pad + "- " + inner[0][indent + 2 :])
                lines.extend(inner[1:])
            else:
                lines.append(pad + "- " + (scalar(item) if not isinstance(item, (dict, list)) else "[]"))
        return lines
    for key, item in value.items():
        if isinstance(item, (dict, list)):
            if item:
                lines.append(f"{pad}{key}:")
                lines.extend(emit(item, indent + 2))
            else:
                lines.append(f"{pad}{key}: {'{}' if isinstance(item, dict) else '[]'}")
        else:
            lines.append(f"{pad}{key}: {scalar(item, quote=key in QUOTED_KEYS)}")
    return lines


def newline_of(plan: LoadedPlan) -> str:
    return "\r\n" if "\r\n" in plan.text else "\n"


def _lines(plan: LoadedPlan) -> list[str]:
    text = plan.text
    if text and not text.endswith(("\n", "\r")):
        text += newline_of(plan)
    return text.splitlines(keepends=True)


def top_level_span(plan: LoadedPlan, key: str) -> tuple[int, int] | None:
    """0-based [start, end) lines of a top-level key and its value, without the blank lines and
    comments that follow it (they belong to the next section); None when the key is absent."""
    if not isinstance(plan.data, dict) or key not in plan.data:
        return None
    lines = _lines(plan)
    line, column = plan.locate_key((key,))
    if column != 1:
        raise EditError(_("`{key}` is not written as a top-level block; run `plancraft fmt` first").format(key=key))
    start = line - 1
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][0] in " \t#"):
        end += 1
    while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")):
        end -= 1
    return start, end


def replace_top_level(plan: LoadedPlan, key: str, value: Any, *, after: str | None = None) -> str:
    """Replace the block of top-level `key` with `value` written afresh; when the key is absent,
    add it after the block of `after` (if present) or at the end of the file."""
    nl = newline_of(plan)
    if isinstance(value, (list, dict)) and value:
        block = [f"{key}:{nl}"] + [line + nl for line in emit(value, 2)]
    else:
        block = [f"{key}: {'[]' if isinstance(value, list) else scalar(value)}{nl}"]
    lines = _lines(plan)
    span = top_level_span(plan, key)
    if span is not None:
        start, end = span
        return "".join(lines[:start] + block + lines[end:])
    anchor = top_level_span(plan, after) if after else None
    if anchor is not None:
        _skip, end = anchor
        return "".join(lines[:end] + [nl] + block + lines[end:])
    return "".join(lines + [nl] + block)


def append_item(plan: LoadedPlan, key: str, item: dict, *, after: str | None = None) -> str:
    """Append `item` to the top-level list `key`, in the style of its existing items (block or flow
    mappings); the items already there keep their lines and comments."""
    value = plan.data.get(key) if isinstance(plan.data, dict) else None
    if not isinstance(value, list) or not value:
        return replace_top_level(plan, key, [item], after=after)
    span = top_level_span(plan, key)
    assert span is not None
    _skip, end = span
    lines = _lines(plan)
    prefix = block_item_prefix(plan, key)
    if prefix is None:  # a flow list `key: [...]`: write the list afresh
        return replace_top_level(plan, key, value + [item], after=after)
    nl = newline_of(plan)
    item_line, item_col = plan.locate((key, 0))
    if lines[item_line - 1][item_col - 1 :].startswith("{"):
        inner = ", ".join(f"{k}: {scalar(v, quote=k in QUOTED_KEYS)}" for k, v in item.items())
        new = [f"{prefix}{{{inner}}}{nl}"]
    else:
        new = item_lines(item, prefix, nl)
    return "".join(lines[:end] + new + lines[end:])


def block_item_prefix(plan: LoadedPlan, key: str) -> str | None:
    """What stands before each item of the top-level list `key` (`  - `), or None when it is a flow list
    (`key: [...]`); an EditError when its items are not laid out one per line. The list must hold an item."""
    key_line, _skip = plan.locate_key((key,))
    item_line, item_col = plan.locate((key, 0))
    if item_line == key_line:
        return None
    prefix = _lines(plan)[item_line - 1][: item_col - 1]
    if prefix.strip() != "-":
        raise EditError(_("the items of `{key}` are not laid out one per line; run `plancraft fmt` first").format(key=key))
    return prefix


def item_lines(item: dict, prefix: str, nl: str) -> list[str]:
    """The block lines of a mapping written as a list item after `prefix` (`  - `), newlines included."""
    body = emit(item, len(prefix))
    return [prefix + body[0][len(prefix) :] + nl] + [line + nl for line in body[1:]]


def _scalar_extent(line: str, col: int) -> int:
    """0-based index just past the one-line scalar starting at 1-based `col` of `line`."""
    start = col - 1
    quote = line[start : start + 1]
    if quote == '"':
        i = start + 1
        while i < len(line):
            if line[i] == "\\":
                i += 2
                continue
            if line[i] == '"':
                return i + 1
            i += 1
        raise EditError(_("a quoted value spans several lines"))
    if quote == "'":
        i = start + 1
        while i < len(line):
            if line[i] == "'":
                if line[i + 1 : i + 2] == "'":
                    i += 2
                    continue
                return i + 1
            i += 1
        raise EditError(_("a quoted value spans several lines"))
    body = line[start:].rstrip("\r\n")
    comment = re.search(r"\s#", body)
    if comment:
        body = body[: comment.start()]
    if body.rstrip().endswith((",", "}", "]")) or body.strip() in ("|", ">", "|-", ">-"):
        raise EditError(_("the value is not a plain one-line value"))
    return start + len(body.rstrip())


def _block_mapping(plan: LoadedPlan, path: YamlPath) -> None:
    key_line, _skip = plan.locate_key(path)
    value_line, value_col = plan.locate(path)
    line = _lines(plan)[value_line - 1]
    if value_line == key_line or line[value_col - 1 : value_col] == "{":
        where = ".".join(str(p) for p in path)
        raise EditError(
            _("`{where}` is written on one line (flow style); write one key per line or run `plancraft fmt` first").format(
                where=where
            )
        )


def set_scalar(plan: LoadedPlan, path: YamlPath, value: Any, *, after: tuple[str, ...] = ()) -> str:
    """Set mapping key `path` to a one-line scalar: replace the value in place, or add a key line
    after the first sibling in `after` that exists (else after the mapping's first key)."""
    parent, key = path[:-1], path[-1]
    _block_mapping(plan, parent)
    lines = _lines(plan)
    nl = newline_of(plan)
    text = scalar(value, quote=key in QUOTED_KEYS)
    container = plan.data
    for part in parent:
        container = container[part]
    if key in container:
        line, col = plan.locate(path)
        key_line, _skip = plan.locate_key(path)
        if line != key_line:
            raise EditError(_("`{items}` spans several lines; write it on one line").format(items=".".join(map(str, path))))
        source = lines[line - 1]
        end = _scalar_extent(source, col)
        lines[line - 1] = source[: col - 1] + text + source[end:]
        return "".join(lines)
    siblings = [s for s in after if s in container] or [next(iter(container))]
    sibling = parent + (siblings[0],)
    key_line, key_col = plan.locate_key(sibling)
    value_line, _skip = plan.locate(sibling)
    if value_line != key_line:
        raise EditError(_("`{items}` spans several lines; run `plancraft fmt` first").format(items=".".join(map(str, sibling))))
    lines.insert(key_line, " " * (key_col - 1) + f"{key}: {text}{nl}")
    return "".join(lines)


def remove_key(plan: LoadedPlan, path: YamlPath) -> str:
    """Remove a one-line `key: value` from a block mapping (its comment goes with it)."""
    _block_mapping(plan, path[:-1])
    key_line, _skip = plan.locate_key(path)
    value_line, _skip = plan.locate(path)
    if value_line != key_line:
        raise EditError(_("`{items}` spans several lines; remove it by hand").format(items=".".join(map(str, path))))
    lines = _lines(plan)
    del lines[key_line - 1]
    return "".join(lines)
