"""Output formats for a Report, chosen by name from REPORTERS. Each returns the whole text."""

from __future__ import annotations

import json
from typing import Callable

from plancraft.diagnostics import Severity
from plancraft.lint.engine import Report

_COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_RESET = "\033[0m"


def text(report: Report, *, colour: bool = False) -> str:
    """`path:line:col: CODE severity: message`, grouped by file, then a summary line."""
    lines: list[str] = []
    current = None
    for d in report.diagnostics:
        if current is not None and d.file != current:
            lines.append("")
        current = d.file
        severity = d.severity.value
        if colour:
            severity = f"{_COLOURS[d.severity]}{severity}{_RESET}"
        lines.append(f"{d.file}:{d.line}:{d.column}: {d.code} {severity}: {d.message}")
    if lines:
        lines.append("")
    lines.append(summary(report))
    return "\n".join(lines) + "\n"


def summary(report: Report) -> str:
    counts = [(report.count(s), s.value) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)]
    parts = [f"{n} {name}{'' if n == 1 else 's'}" for n, name in counts if n]
    files = len(report.files)
    where = f"{files} file{'' if files == 1 else 's'}"
    if not parts:
        return f"No problems in {where}."
    with_findings = len({d.file for d in report.diagnostics})
    return f"{', '.join(parts)} in {with_findings} of {where}."


def json_(report: Report) -> str:
    return json.dumps([d.as_dict() for d in report.diagnostics], ensure_ascii=False, indent=2) + "\n"


REPORTERS: dict[str, Callable[[Report], str]] = {
    "text": text,
    "json": json_,
}
