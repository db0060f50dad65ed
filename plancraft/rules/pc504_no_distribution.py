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
from plancraft.i18n import _
from plancraft.model import Plan, get

CODE = "PC504"
NAME = "no-distribution"
GROUP = "document"
SEVERITY = Severity.WARNING
SUMMARY = "The plan lists who receives controlled copies (分发范围)"
SOURCE = "good practice (document control); ISO 22301:2019 7.5.3.2 (distribution of documented information)"
CLAUSES = ("ISO 22301:2019 7.5.3.2",)
VERIFIED = False
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    distribution = get(plan.data, "distribution")
    if distribution is None:
        yield plan.finding(
            ("document",),
            _(
                "the plan does not say who receives it; add a `distribution` list (分发范围: recipient and number of "
                "copies) so that every revision reaches the people who act on it"
            ),
            at_key=True,
        )
    elif isinstance(distribution, list) and not distribution:
        yield plan.finding(
            ("distribution",),
            _("`distribution` lists nobody; name each recipient and its number of copies (分发范围)"),
            at_key=True,
        )
