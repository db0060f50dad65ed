"""Staff training is planned, with a frequency.

A plan only works if the people in it know it. "定期培训" without a period is never scheduled;
the plan needs a `training` section with `every` (for example `6mo` or `1y`), and ideally who
is trained, on what, and who organises it.

Passing::

    training:
      every: 6mo
      audience: [全体一线员工]
      owner: compliance-head

Failing::

    training:
      audience: [全体一线员工]   # no every
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.rules.helpers import check_schedule

CODE = "PC404"
NAME = "training-without-frequency"
GROUP = "management"
SEVERITY = Severity.WARNING
SUMMARY = "Training is planned with a frequency (training.every)"
SOURCE = "good practice (training and drills with a frequency)"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    yield from check_schedule(
        plan,
        "training",
        missing=_(
            "the plan has no staff training; add a `training` section with `every` (e.g. `every: 1y`), "
            "the audience, the topics and an owner"
        ),
        no_every=_("training has no frequency; add `every` (e.g. `every: 6mo` or `every: 1y`) so that it is scheduled"),
    )
