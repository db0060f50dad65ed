"""The one finding type every stage emits and every reporter reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Union

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


@dataclass(frozen=True)
class Diagnostic:
    """A finding at a 1-based line:col of a plan file.

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
    path: tuple[PathPart, ...] = field(default=())
    related: tuple[tuple[int, int, str], ...] = field(default=())

    def sort_key(self) -> tuple:
        return (self.file, self.line, self.column, self.code, self.message)

    def as_text(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.code} {self.severity.value}: {one_line(self.message)}"

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "path": format_path(self.path),
            **({"related": [{"line": line, "column": column, "message": message}
                            for line, column, message in self.related]} if self.related else {}),
        }


@dataclass(frozen=True)
class Finding:
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
    """A message on one line: line breaks in quoted plan text are shown as \\n."""
    return text.replace("\r", "\\r").replace("\n", "\\n")


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
