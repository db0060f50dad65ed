"""The document carries a document number (文号).

The number is how a plan is cited, filed and superseded: a notice that says "replaces
梁农银发〔2022〕7号" only works when every plan has one. GB/T 29639-2020 附录C puts the
number on the cover of every emergency plan, next to the version, the issuing unit and the
date. Write it as issued, with six-sided brackets and no leading zeros: `〔2024〕5号`.

Passing::

    document:
      id: branch-complaints
      title: 客户投诉应急预案
      number: 梁农银发〔2024〕12号

Failing::

    document:                # no `number`
      id: branch-complaints
      title: 客户投诉应急预案
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import N_, _
from plancraft.model import Plan, get
from plancraft.rules.helpers import for_plan

CODE = "PC501"
NAME = "document-without-number"
GROUP = "document"
SEVERITY = Severity.WARNING
SUMMARY = "The document has a document number (文号)"
SOURCE = "GB/T 29639-2020 附录C (cover: number, version, unit, name, date)"
CLAUSES = ("GB/T 29639-2020 附录C",)
VERIFIED = True
OPTIONS: dict[str, object] = {}


# The message for a Chinese plan (its term, 文号, and a number of its kind) and for any other.
_MESSAGE = {
    "zh": N_(
        "the plan has no document number; add `number` under `document` (文号, e.g. `梁农银发〔2024〕12号`) "
        "so that it can be cited, filed and superseded"
    ),
    "en": N_(
        "the plan has no document number; add `number` under `document` (its reference, e.g. `CS-POL-2024-12`) "
        "so that it can be cited, filed and superseded"
    ),
}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if get(plan.data, "document", "number") is None:
        yield plan.finding(("document",), _(for_plan(plan, _MESSAGE)), at_key=True)
