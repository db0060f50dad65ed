"""Write draft data as YAML 1.2 text, with a source comment on every extracted value.

A small writer of its own rather than a YAML library's dumper: the comments go exactly on the
line of the value they describe, and every string is written so that YAML reads back the same
string (plain where that is safe, otherwise double-quoted with escapes).
"""

from __future__ import annotations

import json
from plancraft.importer import recache as re
from typing import Any

from .extract import Src

_PLAIN_OK = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`~=<][^\n\t]*$")
_CORE_SCALAR = re.compile(
    r"^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9][0-9_,.:eE+-]*|[-+]?\.[0-9][0-9_eE+-]*|0o[0-7]+|0x[0-9a-fA-F]+|"
    r"[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|y|Y|n|N|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$"
)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\u2028\u2029\ufeff]")


def where(at: tuple | None, lang: str) -> str | None:
    if not at:
        return None
    zh = lang == "zh-CN"
    if at[0] == "p":
        return f"原文：第{at[1]}段" if zh else f"source: paragraph {at[1]}"
    if at[0] == "t":
        row = f"第{at[2]}行" if zh else f", row {at[2]}"
        return f"原文：表{at[1]}{row}" if zh else f"source: table {at[1]}{row}"
    if at[0] == "h":
        return "原文：页眉页脚" if zh else "source: page header or footer"
    return None


def plain(value: Any) -> Any:
    """The data without the source wrappers (what a YAML reader will get back)."""
    if isinstance(value, Src):
        return plain(value.value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def dump(data: dict, lang: str, *, header: list[str] | None = None) -> str:
    lines: list[str] = [f"# {h}" for h in header or []]
    _mapping(data, 0, lines, lang, first_prefix=None)
    return "\n".join(lines) + "\n"


def _comment(value: Any, lang: str) -> str:
    if isinstance(value, Src):
        text = where(value.at, lang)
        return f"  # {text}" if text else ""
    return ""


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if value is None:
        return "null"
    text = str(value)
    if (
        _PLAIN_OK.match(text)
        and not _CORE_SCALAR.match(text)
        and ": " not in text
        and " #" not in text
        and not text.endswith((":", " "))
        and not _CONTROL.search(text)
        and len(text) < 400
    ):
        return text
    return json.dumps(text, ensure_ascii=False)


def _block_ok(text: str) -> bool:
    lines = text.split("\n")
    return (
        len(lines) > 1 and all(line.strip() == line and line for line in lines) and not _CONTROL.search(text) and "\t" not in text
    )


def _mapping(data: dict, indent: int, lines: list[str], lang: str, *, first_prefix: str | None) -> None:
    pad = " " * indent
    for n, (key, value) in enumerate(data.items()):
        prefix = first_prefix if (n == 0 and first_prefix is not None) else pad
        _entry(f"{prefix}{key}:", value, indent, lines, lang)


def _entry(head: str, value: Any, indent: int, lines: list[str], lang: str) -> None:
    comment = _comment(value, lang)
    inner = value.value if isinstance(value, Src) else value
    if isinstance(inner, dict):
        if not inner:
            lines.append(f"{head} {{}}{comment}")
            return
        lines.append(head + comment)
        _mapping(inner, indent + 2, lines, lang, first_prefix=None)
    elif isinstance(inner, list):
        if not inner:
            lines.append(f"{head} []{comment}")
            return
        lines.append(head + comment)
        _sequence(inner, indent + 2, lines, lang)
    elif isinstance(inner, str) and _block_ok(inner):
        lines.append(f"{head} |-{comment}")
        for line in inner.split("\n"):
            lines.append(" " * (indent + 2) + line)
    else:
        lines.append(f"{head} {_scalar(inner)}{comment}")


def _sequence(items: list, indent: int, lines: list[str], lang: str) -> None:
    pad = " " * indent
    for item in items:
        inner = item.value if isinstance(item, Src) else item
        if isinstance(inner, dict) and inner:
            _mapping(inner, indent + 2, lines, lang, first_prefix=f"{pad}- ")
        elif isinstance(inner, str) and _block_ok(inner):
            lines.append(f"{pad}- |-{_comment(item, lang)}")
            for line in inner.split("\n"):
                lines.append(" " * (indent + 2) + line)
        elif isinstance(inner, (dict, list)) and not inner:
            lines.append(f"{pad}- {'{}' if isinstance(inner, dict) else '[]'}{_comment(item, lang)}")
        elif isinstance(inner, list):
            lines.append(f"{pad}-{_comment(item, lang)}")
            _sequence(inner, indent + 2, lines, lang)
        else:
            lines.append(f"{pad}- {_scalar(inner)}{_comment(item, lang)}")
