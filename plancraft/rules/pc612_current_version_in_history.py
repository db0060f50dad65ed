"""The version in the file is not one the history already records.

After `plancraft revise`, the history holds the earlier approved versions and
`document.version` names the new one. When `document.version` equals a version in the
history, two different texts carry one number: a reader holding "version 1.0" cannot tell
which of them it is. Raise the version with `plancraft revise`.

Passing::

    document: {id: p, title: 预案, version: "1.1"}
    history:
      - {version: "1.0", approvals: []}

Failing::

    document: {id: p, title: 预案, version: "1.0"}   # 1.0 is already in the history
    history:
      - {version: "1.0", approvals: []}
"""

from __future__ import annotations

from collections.abc import Iterator

from plancraft import versions
from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan, get

CODE = "PC612"
NAME = "current-version-in-history"
GROUP = "approvals"
SEVERITY = Severity.ERROR
SUMMARY = "document.version is not a version already recorded in the history"
SOURCE = "plancraft revision history; good practice (document control: one number per approved text)"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    current = get(plan.data, "document", "version")
    if current is None:
        return
    key = versions.key(current)
    for path, entry in plan.items("history"):
        version = entry.get("version")
        same = versions.key(version) == key if key is not None else str(version).strip() == str(current).strip()
        if same:
            line, _skip = plan.loaded.locate(path + ("version",))
            yield plan.finding(
                ("document", "version"),
                _(
                    'document.version {current} is already in the history (line {line}); a new text needs a new number: `plancraft revise {file} --version {next_version} --summary "..."`'
                ).format(current=current, line=line, file=plan.file, next_version=versions.next_version(current)),
            )
            return
