"""Every version has a row in the revision record.

The revision record (修订记录) is the reader's list of versions: what each changed and when.
Each version the plan has had — every entry of `history` and the current `document.version`
— needs its row there. `plancraft revise` writes the row; a missing one means the version
was changed by hand. Reported at the version that has no row. (When `revisions` has rows but
none for `document.version`, PC505 already reports that the newest row disagrees with it.)

Passing::

    document: {id: p, title: 预案, version: "1.1"}
    history:
      - {version: "1.0", approvals: []}
    revisions:
      - {version: "1.0", date: 2025-01-01, changes: 首次发布}
      - {version: "1.1", date: 2025-06-01, changes: 提高限额}

Failing::

    document: {id: p, title: 预案, version: "1.1"}
    history:
      - {version: "1.0", approvals: []}     # no row for 1.0
    revisions:
      - {version: "1.1", date: 2025-06-01, changes: 提高限额}
"""

from __future__ import annotations

from collections.abc import Iterator

from plancraft import versions
from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan, get

CODE = "PC613"
NAME = "version-without-revision-row"
GROUP = "approvals"
SEVERITY = Severity.ERROR
SUMMARY = "Every version (in the history and document.version) has a revisions row"
SOURCE = "good practice (document control); GB/T 29639-2020 附录C (the version on the cover)"
CLAUSES = ("GB/T 29639-2020 附录C",)
VERIFIED = True
OPTIONS: dict[str, object] = {}


def _same(a: object, b: object) -> bool:
    ka, kb = versions.key(a), versions.key(b)
    return ka == kb if ka is not None and kb is not None else str(a).strip() == str(b).strip()


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if not list(plan.items("history")) and get(plan.data, "revisions") is None:
        return  # a plan without a revision record at all is PC502/PC505's business
    rows = [r.get("version") for _, r in plan.items("revisions")]
    wanted = [(path + ("version",), entry.get("version")) for path, entry in plan.items("history")]
    current = get(plan.data, "document", "version")
    if current is not None and not rows:  # with rows, PC505 reports a current version they do not reach
        wanted.append((("document", "version"), current))
    for path, version in wanted:
        if version is not None and not any(_same(version, row) for row in rows):
            yield plan.finding(
                path,
                _("version {version} has no row in `revisions`; add one (version, date, changes) saying what it changed").format(
                    version=version
                ),
            )
