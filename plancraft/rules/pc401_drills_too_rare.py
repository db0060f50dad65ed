"""The plan is drilled, at least once a year.

A plan nobody has exercised fails on the day: phone numbers are stale, the reception room is
locked, the deputy does not know they are the deputy. 突发事件应急预案管理办法 (国办发〔2024〕5号,
in force in place of the repealed 国办发〔2013〕101号) requires plans to be drilled, and 生产安全事故应急预案管理办法 第三十三条 sets at least one drill a year for
comprehensive and special plans (every six months for on-site plans). The plan needs a
`drills` section whose `every` is no longer than the option `drill-interval` (default `1y`).

Passing::

    drills:
      every: 1y
      owner: office-head
      scenarios: [on-site-complaint]

Failing::

    drills:
      every: 3y          # longer than a year
      owner: office-head
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import EMERGENCY_PLAN, Plan
from plancraft.rules.options import DURATION, Option
from plancraft.rules.helpers import check_schedule, interval_option
from plancraft.rules.presence import cite

CODE = "PC401"
NAME = "drills-too-rare"
GROUP = "management"
SEVERITY = Severity.WARNING
SUMMARY = "Drills are planned, at least once a year (option drill-interval)"
SOURCE = (
    "突发事件应急预案管理办法 (国办发〔2024〕5号, which repealed 国办发〔2013〕101号); "
    "生产安全事故应急预案管理办法 第三十三条 "
    "(at least yearly for comprehensive and special plans)"
)
CLAUSES = ("生产安全事故应急预案管理办法 第三十三条",)
VERIFIED = True
DOUBT = "the article on drills in 突发事件应急预案管理办法 (国办发〔2024〕5号) not yet read, so not cited by number"
DOCUMENT_TYPES = (
    EMERGENCY_PLAN,
)  # drills exercise an emergency response (生产安全事故应急预案管理办法 第三十三条); a complaint procedure is trained, not drilled
OPTIONS = {"drill-interval": Option(DURATION, "1y", "the longest time allowed between drills")}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    interval = interval_option(options, "drill-interval", OPTIONS["drill-interval"].default)
    basis = cite(plan, "生产安全事故应急预案管理办法 第三十三条; 突发事件应急预案管理办法")
    yield from check_schedule(
        plan,
        "drills",
        longest=interval,
        missing=_(
            "the plan has no drills; add a `drills` section with `every: {interval}` or more often, an owner and the scenarios to exercise{basis}"
        ).format(interval=interval, basis=basis),
        no_every=_("drills have no frequency; add `every: {interval}` or more often{basis}").format(
            interval=interval, basis=basis
        ),
        too_rare=_("drills every {{every}} are too rare; drill at least every {interval}{basis}").format(
            interval=interval, basis=basis
        ),
    )
