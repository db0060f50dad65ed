"""The approvals kept in the history still belong to the text they approved.

`plancraft revise` moves a version's approvals into `history` exactly as they were signed,
with the content digest of that version's text. Each approval's digest chains from that
content digest (plancraft.digest), so a history entry whose approvals no longer match its
digest was edited afterwards — a signer's name, a date, a step — and no longer says who
approved what. Reported at the entry's `digest`.

Passing::

    history:                         # exactly as `plancraft revise` wrote it
      - version: "1.0"
        digest: "sha256:…"
        approvals: [...]             # digests chained from that content digest

Failing::

    history:
      - version: "1.0"
        digest: "sha256:…"
        approvals:
          - {step: approved, name: 另一个人, role: president, date: 2025-01-20, digest: "sha256:…"}   # name changed
"""

from __future__ import annotations

from collections.abc import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.history import bound_to
from plancraft.i18n import _
from plancraft.model import Plan

CODE = "PC615"
NAME = "history-approvals-unbound"
GROUP = "approvals"
SEVERITY = Severity.ERROR
SUMMARY = "The approvals in each history entry match that entry's content digest"
SOURCE = "plancraft sign-off chain and revision history"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    for path, entry in plan.items("history"):
        value = entry.get("digest")
        approvals = [a for a in entry.get("approvals") or [] if isinstance(a, dict)]
        if not isinstance(value, str) or not approvals:
            continue
        if not bound_to(value, approvals):
            yield plan.finding(
                path + ("digest",),
                _(
                    "the approvals of version {get} do not match its digest: the history was changed after `plancraft revise` wrote it; restore it from the repository (`plancraft history --git` shows the versions it can find)"
                ).format(get=entry.get("version")),
            )
