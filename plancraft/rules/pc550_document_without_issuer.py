"""The document names its issuing organisation (发文单位).

A plan that does not say whose it is cannot be owned, approved or enforced: staff do not know
whether it binds them, and a reader of a published procedure cannot tell which bank, hospital or
council made the promises in it. GB/T 29639-2020 附录C puts the issuing unit on the cover of every
emergency plan, next to the number, version and date. An issuer written as the format's "not
stated" placeholder (`【未载明】`, `[not stated]`) is missing too, and reported here once (PC513
asks only for the texts the format requires).

Passing::

    document:
      id: branch-complaints
      title: 客户投诉应急预案
      issuer: 某银行东城支行

Failing::

    document:                # no `issuer`
      id: branch-complaints
      title: 客户投诉应急预案
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import N_, _
from plancraft.model import Plan, get
from plancraft.rules.helpers import for_plan
from plancraft.stated import is_not_stated

CODE = "PC550"
NAME = "document-without-issuer"
GROUP = "text"
SEVERITY = Severity.WARNING
SUMMARY = "The document names its issuing organisation (发文单位)"
SOURCE = "GB/T 29639-2020 附录C (cover: number, version, unit, name, date)"
CLAUSES = ("GB/T 29639-2020 附录C",)
VERIFIED = True
OPTIONS: dict[str, object] = {}


# The message for a Chinese plan (its term, 发文单位, and an issuer of its kind) and for any other.
_MESSAGE = {
    "zh": N_(
        "the plan does not say who issues it; add `issuer` under `document` (发文单位, e.g. "
        "`某银行东城支行`) so that it is clear whose plan it is and whom it binds"
    ),
    "en": N_(
        "the plan does not say who issues it; add `issuer` under `document` (the organisation, e.g. "
        "`Northshire Building Society`) so that it is clear whose plan it is and whom it binds"
    ),
}


# An issuer written as the format's "not stated" placeholder (【未载明】): missing, said at the value.
_NOT_STATED = {
    "zh": N_(
        "the plan does not say who issues it (`issuer` is “{shown}”); write the issuing organisation (发文单位, "
        "e.g. `某银行东城支行`) so that it is clear whose plan it is and whom it binds"
    ),
    "en": N_(
        "the plan does not say who issues it (`issuer` is “{shown}”); write the issuing organisation (e.g. "
        "`Northshire Building Society`) so that it is clear whose plan it is and whom it binds"
    ),
}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    issuer = get(plan.data, "document", "issuer")
    if isinstance(issuer, str) and issuer.strip() and is_not_stated(issuer):
        yield plan.finding(("document", "issuer"), _(for_plan(plan, _NOT_STATED)).format(shown=issuer.strip()))
    elif not (isinstance(issuer, str) and issuer.strip()):
        yield plan.finding(("document",), _(for_plan(plan, _MESSAGE)), at_key=True)
