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
from plancraft.i18n import N_, _, listing

WITHOUT_REASON = codes.SUPPRESSION_WITHOUT_REASON
UNUSED = codes.UNUSED_SUPPRESSION
META_CODES = {
    WITHOUT_REASON: N_("A suppression comment gives its reason"),
    UNUSED: N_("A suppression comment suppresses something"),
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
    found: list[Suppression] = []
    if "plancraft:" not in text or "ignore[" not in text:  # most plans (`plancraft: 1` is no suppression)
        return found
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


def apply_suppressions(
    file: str, text: str, diagnostics: list[Diagnostic], *, unsuppressible: frozenset[str] = frozenset()
) -> list[Diagnostic]:
    """`diagnostics` less the suppressed ones, plus findings about the suppressions themselves.

    Codes in `unsuppressible` are never suppressed; a comment naming one is reported (PC902)."""
    suppressions = find_suppressions(text)
    if not suppressions:
        return diagnostics
    used: set[tuple[int, str]] = set()
    kept = []
    for diagnostic in diagnostics:
        hit = next(
            (
                s
                for s in suppressions
                if s.line == diagnostic.line and diagnostic.code in s.codes and diagnostic.code not in unsuppressible
            ),
            None,
        )
        if hit:
            used.add((hit.comment_line, diagnostic.code))
        else:
            kept.append(diagnostic)
    for s in suppressions:
        if not s.reason:
            kept.append(
                Diagnostic(
                    file,
                    s.comment_line,
                    s.column,
                    WITHOUT_REASON,
                    Severity.WARNING,
                    (
                        _("suppression of {codes} gives no reason; write why after the closing bracket").format(
                            codes=listing(s.codes)
                        )
                        if s.codes
                        else _("suppression of nothing gives no reason; write why after the closing bracket")
                    ),
                )
            )
        for code in s.codes or ("",):
            if code in unsuppressible:
                kept.append(
                    Diagnostic(
                        file,
                        s.comment_line,
                        s.column,
                        UNUSED,
                        Severity.WARNING,
                        _(
                            "`{code}` cannot be suppressed (the sign-off chain); re-sign the plan "
                            "with `plancraft sign` instead, and remove the suppression"
                        ).format(code=code),
                    )
                )
            elif (s.comment_line, code) not in used:
                if code:
                    text = _("suppression of `{code}` suppresses nothing on line {line}; remove it")
                else:
                    text = _("suppression of no rule code suppresses nothing on line {line}; remove it")
                kept.append(
                    Diagnostic(file, s.comment_line, s.column, UNUSED, Severity.WARNING, text.format(code=code, line=s.line))
                )
    return kept
