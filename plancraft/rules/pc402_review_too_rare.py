"""The plan is reviewed regularly, at least every three years.

Roles, phone numbers, regulations and risks change; a plan that is never reviewed drifts away
from the organisation it describes. 生产安全事故应急预案管理办法 第三十五条 requires an assessment
at least every three years. The plan needs a `review` section whose `every` is no longer than
the option `review-interval` (default `3y`). Triggers for an extra review are PC403's concern,
except when the `review` section is missing altogether: then this rule's one finding asks for
both.

Passing::

    review:
      every: 1y
      owner: compliance-head

Failing::

    review:
      every: 5y          # longer than three years
      owner: compliance-head
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.rules.options import DURATION, Option
from plancraft.rules.helpers import check_schedule, interval_option
from plancraft.rules.presence import cite

CODE = "PC402"
NAME = "review-too-rare"
GROUP = "management"
SEVERITY = Severity.WARNING
SUMMARY = "The plan is reviewed at least every three years (option review-interval)"
SOURCE = "生产安全事故应急预案管理办法 第三十五条 (assessment every 3 years)"
CLAUSES = ("生产安全事故应急预案管理办法 第三十五条",)
VERIFIED = True
DOUBT = "article read in a secondary source, not in the primary text"
OPTIONS = {"review-interval": Option(DURATION, "3y", "the longest time allowed between reviews of the plan")}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    interval = interval_option(options, "review-interval", OPTIONS["review-interval"].default)
    basis = cite(plan, "生产安全事故应急预案管理办法 第三十五条")
    yield from check_schedule(
        plan,
        "review",
        longest=interval,
        missing=_(
            "the plan says nothing about its own review; add a `review` section with `every: {interval}` or more often, an owner and the `triggers` that call for an extra review (changes in laws or the upper plan, in the organisation, a major event, problems found in a drill){basis}"
        ).format(interval=interval, basis=basis),
        no_every=_("the review has no regular interval; add `every: {interval}` or more often{basis}").format(
            interval=interval, basis=basis
        ),
        too_rare=_("a review every {{every}} is too rare; review the plan at least every {interval}{basis}").format(
            interval=interval, basis=basis
        ),
    )
