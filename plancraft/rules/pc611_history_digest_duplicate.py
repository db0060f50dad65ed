"""Each version in the history has its own approved text.

A history entry's `digest` identifies the text that version's approvals covered, and
`plancraft verify` uses it to tell which version a rendered document is. Two entries with the
same digest claim that one text was approved twice under two version numbers — the
situation that gives two different approved documents one number, or one document two. The
second entry is reported.

Passing::

    history:
      - {version: "1.0", digest: "sha256:1111111111111111111111111111111111111111111111111111111111111111", approvals: []}
      - {version: "1.1", digest: "sha256:2222222222222222222222222222222222222222222222222222222222222222", approvals: []}

Failing::

    history:
      - {version: "1.0", digest: "sha256:1111111111111111111111111111111111111111111111111111111111111111", approvals: []}
      - {version: "1.1", digest: "sha256:1111111111111111111111111111111111111111111111111111111111111111", approvals: []}
"""

from __future__ import annotations

from collections.abc import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan

CODE = "PC611"
NAME = "history-digest-duplicate"
GROUP = "approvals"
SEVERITY = Severity.ERROR
SUMMARY = "Each history entry's digest is unique (one approved text per version)"
SOURCE = "plancraft revision history"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    seen: dict[str, str] = {}
    for path, entry in plan.items("history"):
        value = entry.get("digest")
        if not isinstance(value, str):
            continue
        if value in seen:
            yield plan.finding(
                path + ("digest",),
                _(
                    "version {get} has the same digest as version {seen}: one text cannot be two approved versions; the history was edited by hand"
                ).format(get=entry.get("version"), seen=seen[value]),
            )
        else:
            seen[value] = str(entry.get("version"))
