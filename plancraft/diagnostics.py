"""The one finding type every stage emits and every reporter reads.

No `from __future__ import annotations` here: the fields of a NamedTuple written as strings become
typing.ForwardRefs, and the first one compiled sets up the interpreter's whole AST machinery (some 10 M
instructions, 1.5 ms: a twentieth of a re-lint, issue 20). The annotations below are evaluated instead.
"""

import re
from enum import Enum
from functools import lru_cache
from typing import NamedTuple, Union

from plancraft.errors import UsageError

PathPart = Union[str, int]


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is more severe; used for --fail-on and sorting."""
        return {"info": 0, "warning": 1, "error": 2}[self.value]

    @property
    def word(self) -> str:
        """The severity as a reader sees it in text output (the value stays in JSON, SARIF, config)."""
        from plancraft.i18n import pgettext

        if self is Severity.ERROR:  # one lookup per finding shown; each msgid written out for extraction
            return pgettext("severity", "error")
        if self is Severity.WARNING:
            return pgettext("severity", "warning")
        return pgettext("severity", "info")


class Diagnostic(NamedTuple):
    """A finding at a 1-based line:col of a plan file: a frozen value (a named tuple rather than a
    dataclass: `dataclasses`, with the `inspect` it loads, was a fifth of a re-lint's time; issue 20).

    `path` is the YAML path of the offending key or value, e.g. ("levels", 2, "lead").
    `related` lists other places that belong to the same fault, as (line, column, message): one
    finding for a scenario whose steps have no times points at each step (SARIF relatedLocations).
    """

    file: str
    line: int
    column: int
    code: str
    severity: Severity
    message: str
    path: tuple[PathPart, ...] = ()
    related: tuple[tuple[int, int, str], ...] = ()

    def sort_key(self) -> tuple:
        return (self.file, self.line, self.column, self.code, self.message)

    def as_text(self) -> str:
        return f"{one_line(self.file)}:{self.line}:{self.column}: {self.code} {self.severity.word}: {one_line(self.message)}"

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "path": format_path(self.path),
            **(
                {"related": [{"line": line, "column": column, "message": message} for line, column, message in self.related]}
                if self.related
                else {}
            ),
        }


@lru_cache(maxsize=1)
def _unsafe_chars() -> re.Pattern:
    """What one_line and safe_text escape. Every such character is unprintable (str.isprintable), so
    printable text, nearly every file name and message, is returned as it is, and this is compiled (a class
    beyond Latin-1: 3 M instructions, half a millisecond of a re-lint) only when some text needs it."""
    return re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r"}


def safe_text(text: str) -> str:
    """Like one_line, but line breaks stay (for formats that escape them their own way)."""
    if text.isprintable():
        return text
    return _unsafe_chars().sub(
        lambda m: (
            m.group()
            if m.group() in "\n\r"
            else (f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}")
        ),
        text,
    )


class Finding(NamedTuple):
    """What a rule found, before the engine names it: where (the YAML path) and what (the message).

    Rules say only what is theirs: the engine (plancraft.lint.engine.run_rule) fills in the rule's
    code and severity and turns the path into a line:col. `severity` is for the rare finding that
    is less severe than its rule's default; `at_key` points at the key instead of its value.
    """

    path: tuple[PathPart, ...]
    message: str
    at_key: bool = False
    severity: Severity | None = None
    related: tuple = ()  # ((path, message), ...): other places of the same fault


def one_line(text: str) -> str:
    """Text safe for one line of a terminal or a CI log: line breaks shown as \\n and \\r; other
    control characters (ESC, BEL, C1) and bidi controls shown as \\xNN / \\uNNNN, so a file name or
    a quoted value can neither break the line nor drive the terminal nor reorder what is shown."""
    if text.isprintable():
        return text
    return _unsafe_chars().sub(
        lambda m: (
            _NAMED_ESCAPES.get(m.group())
            or (f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}")
        ),
        text,
    )


def format_path(path: tuple[PathPart, ...]) -> str:
    """("levels", 2, "lead") -> "levels[2].lead" (0-based list indexes, as in JSON Pointer)."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


class PlanError(UsageError):
    """A plan that cannot be read at all (a usage error); carries its one Diagnostic."""

    def __init__(self, diagnostic: Diagnostic):
        super().__init__(diagnostic.as_text())
        self.diagnostic = diagnostic
