"""Rule options, declared: a type, a default and one line of documentation each.

A rule module says `OPTIONS = {"drill-interval": Option(DURATION, "1y", "longest time between drills")}`;
the configuration (`[tool.plancraft.options]`) is validated from these declarations, and
`plancraft explain` and docs/rules.md print them. Option names are shared across rules: two rules
that declare the same name must declare it the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from plancraft.durations import parse_duration

DURATION = "duration"  # "15d", "1y", "10wd"
TEXT = "text"
PATTERNS = "patterns"  # a list of regular expressions
KINDS = (DURATION, TEXT, PATTERNS)


@dataclass(frozen=True)
class Option:
    kind: str
    default: Any
    doc: str

    def problem(self, value: Any) -> str | None:
        """What is wrong with `value` for this option (what follows "option `NAME`"), or None."""
        if self.kind == PATTERNS:
            if not isinstance(value, list):
                return " must be a list"
            for pattern in value:
                try:
                    re.compile(str(pattern))
                except re.error as exc:
                    return f": `{pattern}` is not a valid regular expression ({exc})"
            return None
        if not isinstance(value, str):
            return f" must be text such as {self.default!r}"
        if self.kind == DURATION and parse_duration(value) is None:
            return f" must be a duration such as `15d`, not {value!r}"
        return None
