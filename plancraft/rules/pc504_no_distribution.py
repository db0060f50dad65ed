"""The plan says who receives controlled copies (分发范围).

A plan only works if the people who must act on it hold the current copy. The
distribution list is what a revision is sent to and what old copies are withdrawn from;
`plancraft render --copies` numbers one controlled copy per copy listed. An empty
`distribution: []` counts as missing.

Passing::

    distribution:
      - {to: 各营业网点, copies: 5}
      - {to: 综合部, copies: 1}

Failing::

    document:                # and no `distribution` anywhere in the plan
      id: branch-complaints
      title: 客户投诉应急预案
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import N_, _
from plancraft.model import Plan, get
from plancraft.rules.helpers import for_plan

CODE = "PC504"
NAME = "no-distribution"
GROUP = "document"
SEVERITY = Severity.WARNING
SUMMARY = "The plan lists who receives controlled copies (分发范围)"
SOURCE = "good practice (document control); ISO 22301:2019 7.5.3.2 (distribution of documented information)"
CLAUSES = ("ISO 22301:2019 7.5.3.2",)
VERIFIED = False
OPTIONS: dict[str, object] = {}


# The messages for a Chinese plan (with its term, 分发范围) and for any other.
_MISSING = {
    "zh": N_(
        "the plan does not say who receives it; add a `distribution` list (分发范围: recipient and number of "
        "copies) so that every revision reaches the people who act on it"
    ),
    "en": N_(
        "the plan does not say who receives it; add a `distribution` list (recipient and number of "
        "copies) so that every revision reaches the people who act on it"
    ),
}
_EMPTY = {
    "zh": N_("`distribution` lists nobody; name each recipient and its number of copies (分发范围)"),
    "en": N_("`distribution` lists nobody; name each recipient and its number of copies"),
}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    distribution = get(plan.data, "distribution")
    if distribution is None:
        yield plan.finding(("document",), _(for_plan(plan, _MISSING)), at_key=True)
    elif isinstance(distribution, list) and not distribution:
        yield plan.finding(("distribution",), _(for_plan(plan, _EMPTY)), at_key=True)
