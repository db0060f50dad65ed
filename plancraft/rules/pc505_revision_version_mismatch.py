"""The newest revision produced the version the document states.

The revision record (修订记录) and `document.version` describe the same thing; when they
disagree, one of them was not updated and readers cannot tell which copy they hold. The
newest revision is the one with the highest version number (1.10 comes after 1.9; a revision
dated on its effective day, after a later draft was started, does not hide the draft); without
dotted version numbers, the one with the latest date, else the last in the list. Its `version`
must equal `document.version`.

Passing::

    document: {id: p, title: 预案, version: "1.1"}
    revisions:
      - {version: "1.0", date: 2024-01-01, changes: 首次发布}
      - {version: "1.1", date: 2025-03-01, changes: 增加限额}

Failing::

    document: {id: p, title: 预案, version: "1.0"}   # the newest revision says 1.1
    revisions:
      - {version: "1.0", date: 2024-01-01, changes: 首次发布}
      - {version: "1.1", date: 2025-03-01, changes: 增加限额}
"""

from __future__ import annotations

import re
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan, get

CODE = "PC505"
NAME = "revision-version-mismatch"
GROUP = "document"
SEVERITY = Severity.ERROR
SUMMARY = "The newest revision's version equals document.version"
SOURCE = "good practice (document control); GB/T 29639-2020 附录C (the version on the cover)"
CLAUSES = ("GB/T 29639-2020 附录C",)
VERIFIED = True
OPTIONS: dict[str, object] = {}

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def newest_revision(plan: Plan) -> tuple[tuple, dict] | None:
    """(path, item) of the newest revision: highest version, else latest date (last among equals), else
    the last one."""
    from plancraft import versions

    revisions = list(plan.items("revisions"))
    if not revisions:
        return None
    numbered = [(versions.key(r.get("version")), i) for i, (_, r) in enumerate(revisions)]
    numbered = [(k, i) for k, i in numbered if k is not None]
    if numbered:
        return revisions[max(numbered)[1]]
    dated = [(str(r.get("date")), i) for i, (_, r) in enumerate(revisions) if _DATE.match(str(r.get("date")))]
    if dated:
        return revisions[max(dated)[1]]
    return revisions[-1]


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    version = get(plan.data, "document", "version")
    newest = newest_revision(plan)
    if version is None or newest is None:
        return
    path, revision = newest
    if revision.get("version") is None or str(revision["version"]).strip() == str(version).strip():
        return
    line, _skip = plan.loaded.locate(path + ("version",))
    when = _(" of {date}").format(date=revision["date"]) if revision.get("date") else ""
    yield plan.finding(
        ("document", "version"),
        _(
            "document.version is {version}, but the newest revision{when} (line {line}) produced version {version2}; update one of them so that they agree"
        ).format(version=version, when=when, line=line, version2=revision["version"]),
    )
