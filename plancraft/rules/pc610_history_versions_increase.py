"""Versions in the history go up, and the version in the file comes after them.

`history` records the earlier approved versions oldest first; `plancraft revise` only ever
raises the version (dotted numbers, compared number by number: `1.10` comes after `1.9`). A
history entry whose version is not greater than the one before it — or a `document.version`
that is not greater than the last approved one — means the record was edited by hand, and a
reader can no longer tell which text came later. Each entry is reported at its `version`.

Passing::

    document: {id: p, title: 预案, version: "1.10"}
    history:
      - {version: "1.0", approvals: []}
      - {version: "1.9", approvals: []}

Failing::

    document: {id: p, title: 预案, version: "1.1"}
    history:
      - {version: "1.2", approvals: []}
      - {version: "1.1", approvals: []}   # goes down after 1.2
"""

from __future__ import annotations

from collections.abc import Iterator

from plancraft import versions
from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan, get

CODE = "PC610"
NAME = "history-versions-increase"
GROUP = "approvals"
SEVERITY = Severity.ERROR
SUMMARY = "History versions increase, and document.version is greater than the last of them"
SOURCE = "plancraft revision history; good practice (document control: one number per approved text)"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    previous: tuple[str, tuple[int, ...]] | None = None
    entries = [(path + ("version",), item.get("version")) for path, item in plan.items("history")]
    if not entries:
        return
    current = get(plan.data, "document", "version")
    if current is not None:
        entries.append((("document", "version"), current))
    for path, version in entries:
        key = versions.key(version)
        if key is None:
            yield plan.finding(
                path,
                _(
                    "version `{version}` is not a dotted number such as 1.0 or 1.10, so the history cannot be put in order; write it as numbers and dots"
                ).format(version=version),
            )
            continue
        if previous is not None and key <= previous[1]:
            what = "document.version" if path[0] == "document" else _("this history entry's version")
            yield plan.finding(
                path,
                _(
                    "{what} {version} is not greater than the version {previous} before it; versions only go up (start a new version with `plancraft revise`)"
                ).format(what=what, version=version, previous=previous[0]),
            )
        previous = (str(version), key)
