"""Shared check for sections that must recur: drills, review, training (not a rule itself).

A schedule is a mapping section with `every:`; the three rules that judge one differ only in their
words and in whether a longest interval applies, so the walk is written once here.
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Diagnostic, Severity
from plancraft.durations import Duration, parse_duration
from plancraft.model import Plan, get


def interval_option(options: dict, name: str, default: str) -> Duration:
    """The option `name` as a Duration, or the default when it is missing or not a duration."""
    return parse_duration(options.get(name, default)) or parse_duration(default)  # type: ignore[return-value]


def check_schedule(
    plan: Plan, section: str, *, code: str, severity: Severity, missing: str, no_every: str,
    too_rare: str | None = None, longest: Duration | None = None,
) -> Iterator[Diagnostic]:
    """Findings for `section`: absent (at `document`), without `every` (at the section), or, when
    `longest` is given, recurring less often than that (at `every`; `too_rare` may use {every})."""
    if not isinstance(get(plan.data, section), dict):
        yield plan.diagnostic(("document",), code, severity, missing, at_key=True)
        return
    every = get(plan.data, section, "every")
    if every is None:
        yield plan.diagnostic((section,), code, severity, no_every, at_key=True)
        return
    duration = parse_duration(every)
    if longest is not None and too_rare and duration is not None and duration.minutes > longest.minutes:
        yield plan.diagnostic((section, "every"), code, severity, too_rare.format(every=duration))
