"""Inline suppression: `# plancraft: ignore[PC301] reason` on the line or on the line above.

A trailing comment covers its own line; a comment alone on its line covers the next line.
A suppression without a reason (PC901) and one that suppresses nothing (PC902) are
reported themselves, so that suppressions stay few and explained.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plancraft import codes
from plancraft.diagnostics import Diagnostic, Severity

WITHOUT_REASON = codes.SUPPRESSION_WITHOUT_REASON
UNUSED = codes.UNUSED_SUPPRESSION
META_CODES = {
    WITHOUT_REASON: "A suppression comment gives its reason",
    UNUSED: "A suppression comment suppresses something",
}

_COMMENT = re.compile(r"(?:^|\s)#\s*plancraft:\s*ignore\[([^\]]*)\](.*)$")


@dataclass(frozen=True)
class Suppression:
    line: int  # the line it covers
    comment_line: int
    column: int
    codes: tuple[str, ...]
    reason: str


def find_suppressions(text: str) -> list[Suppression]:
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        if "plancraft:" not in line:
            continue
        match = _COMMENT.search(line)
        if not match:
            continue
        column = match.start() + 1 + (0 if line[match.start()] == "#" else 1)
        alone = not line[: column - 1].strip()
        codes = tuple(c.strip() for c in match.group(1).split(",") if c.strip())
        found.append(Suppression(number + 1 if alone else number, number, column, codes, match.group(2).strip()))
    return found


def apply_suppressions(file: str, text: str, diagnostics: list[Diagnostic], *,
                       unsuppressible: frozenset[str] = frozenset()) -> list[Diagnostic]:
    """`diagnostics` less the suppressed ones, plus findings about the suppressions themselves.

    Codes in `unsuppressible` are never suppressed; a comment naming one is reported (PC902)."""
    suppressions = find_suppressions(text)
    if not suppressions:
        return diagnostics
    used: set[tuple[int, str]] = set()
    kept = []
    for diagnostic in diagnostics:
        hit = next(
            (s for s in suppressions if s.line == diagnostic.line and diagnostic.code in s.codes
             and diagnostic.code not in unsuppressible), None
        )
        if hit:
            used.add((hit.comment_line, diagnostic.code))
        else:
            kept.append(diagnostic)
    for s in suppressions:
        if not s.reason:
            kept.append(Diagnostic(file, s.comment_line, s.column, WITHOUT_REASON, Severity.WARNING,
                                   f"suppression of {', '.join(s.codes) or 'nothing'} gives no reason; "
                                   "write why after the closing bracket"))
        for code in s.codes or ("",):
            if code in unsuppressible:
                kept.append(Diagnostic(file, s.comment_line, s.column, UNUSED, Severity.WARNING,
                                       f"`{code}` cannot be suppressed (the sign-off chain); re-sign the plan "
                                       "with `plancraft sign` instead, and remove the suppression"))
            elif (s.comment_line, code) not in used:
                what = f"`{code}`" if code else "no rule code"
                kept.append(Diagnostic(file, s.comment_line, s.column, UNUSED, Severity.WARNING,
                                       f"suppression of {what} suppresses nothing on line {s.line}; remove it"))
    return kept
