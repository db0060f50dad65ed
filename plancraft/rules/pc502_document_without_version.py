"""The document carries a version (版本号).

Without a version nobody can tell which copy of a plan is current, which copy the staff
were trained on, or what a revision record refers to. GB/T 29639-2020 附录C puts the
version on the cover of every emergency plan. Quote it, so that `1.10` stays `1.10`.

Passing::

    document:
      id: branch-complaints
      title: 客户投诉应急预案
      version: "1.0"

Failing::

    document:                # no `version`
      id: branch-complaints
      title: 客户投诉应急预案
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import N_, _
from plancraft.model import Plan, get
from plancraft.rules.helpers import for_plan

CODE = "PC502"
NAME = "document-without-version"
GROUP = "document"
SEVERITY = Severity.WARNING
SUMMARY = "The document has a version (版本号)"
SOURCE = "GB/T 29639-2020 附录C (cover: number, version, unit, name, date)"
CLAUSES = ("GB/T 29639-2020 附录C",)
VERIFIED = True
OPTIONS: dict[str, object] = {}


# The message for a Chinese plan (with its term, 版本号) and for any other.
_MESSAGE = {
    "zh": N_(
        'the plan has no version; add `version` under `document` (版本号, quoted, e.g. `version: "1.0"`) '
        "so that readers can tell which copy is current"
    ),
    "en": N_(
        'the plan has no version; add `version` under `document` (quoted, e.g. `version: "1.0"`) '
        "so that readers can tell which copy is current"
    ),
}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if get(plan.data, "document", "version") is None:
        yield plan.finding(("document",), _(for_plan(plan, _MESSAGE)), at_key=True)
