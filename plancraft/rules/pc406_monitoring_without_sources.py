"""Early warning is organised: the plan says what is watched and who watches it.

Most complaint emergencies announce themselves: a hot spot on the hotline, a post on social
media, the same complaint at three outlets. Watching for them is part of the response
(GB/T 29639-2020, warning). The plan needs a `monitoring` section with `sources` (what is
watched) and an `owner` (who watches); `every` says how often.

Passing::

    monitoring:
      owner: office-head
      sources: [新闻网站及社交媒体, 客服热线投诉热点]
      every: 1d

Failing::

    monitoring:
      sources: [社交媒体]     # nobody watches
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import EMERGENCY_PLAN, Plan, get

CODE = "PC406"
NAME = "monitoring-without-sources"
GROUP = "management"
SEVERITY = Severity.WARNING
SUMMARY = "Monitoring (early warning) names its sources and an owner"
SOURCE = "GB/T 29639-2020 (warning); good practice"
CLAUSES = ("GB/T 29639-2020 6.3",)
VERIFIED = False
DOUBT = "clause number 6.3 of GB/T 29639-2020 not confirmed from the published text; cited without it"
DOCUMENT_TYPES = (
    EMERGENCY_PLAN,
)  # early warning (预警监测) is part of an emergency plan (GB/T 29639-2020); a complaint procedure starts at receipt
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    data = plan.data if isinstance(plan.data, dict) else {}
    if not isinstance(data.get("monitoring"), dict):
        yield plan.finding(
            ("document",),
            _(
                "the plan has no early warning; add a `monitoring` section with the `sources` watched "
                "(hotline, outlets, social media, regulator referrals) and the `owner` who watches them"
            ),
            at_key=True,
        )
        return
    missing, fixes = [], []
    if not get(data, "monitoring", "sources"):
        missing.append(_("no sources"))
        fixes.append(_("`sources` with what is watched"))
    if not get(data, "monitoring", "owner"):
        missing.append(_("no owner"))
        fixes.append(_("an `owner` with the role that watches the sources"))
    if missing:
        yield plan.finding(
            ("monitoring",),
            _("monitoring has {items}; add {items2}, so that warnings reach someone").format(
                items=_(" and ").join(missing), items2=_(" and ").join(fixes)
            ),
            at_key=True,
        )
