"""Small pieces every part of the importer shares: a value with where it came from, sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


@dataclass
class Src:
    """A value and where it came from: ("p", 12) paragraph 12, ("t", 2, 3) table 2 row 3."""

    value: Any
    at: tuple | None = None


_SENT_SPLIT = re.compile(
    r"(?<=[。；;！!？?])\s*|(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\betc\.)(?<!\bNo\.)(?<=[a-z0-9)\]][.])\s+(?=[A-Z])|"
    r"(?<=[a-z]{3}[.])(?=[A-Z][a-z])"
)
_STRIP = " \t。；;，,：:、.．"


def sentences(text: str) -> list[str]:
    return [
        s.strip(_STRIP + "”“") if not s.strip().endswith("”") else s.strip(_STRIP)
        for s in _SENT_SPLIT.split(text)
        if s.strip(_STRIP)
    ]


def _clean(text: str) -> str:
    return text.strip().strip(_STRIP).strip()
