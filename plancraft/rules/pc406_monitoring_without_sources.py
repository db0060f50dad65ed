"""Early warning is organised: the plan says what is watched and who watches it.

Most complaint emergencies announce themselves: a hot spot on the hotline, a post on social
media, the same complaint at three outlets. Watching for them is part of the response
(GB/T 29639-2020 6.3, warning). The plan needs a `monitoring` section with `sources` (what is
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
from plancraft.model import Plan, get

CODE = "PC406"
NAME = "monitoring-without-sources"
GROUP = "management"
SEVERITY = Severity.WARNING
SUMMARY = "Monitoring (early warning) names its sources and an owner"
SOURCE = "GB/T 29639-2020 6.3 (warning; unverified clause); good practice"
CLAUSES = ("GB/T 29639-2020 6.3",)
VERIFIED = False
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    data = plan.data if isinstance(plan.data, dict) else {}
    if not isinstance(data.get("monitoring"), dict):
        yield plan.finding(
            ("document",),
            "the plan has no early warning; add a `monitoring` section with the `sources` watched "
            "(hotline, outlets, social media, regulator referrals) and the `owner` who watches them",
            at_key=True,
        )
        return
    missing, fixes = [], []
    if not get(data, "monitoring", "sources"):
        missing.append("no sources")
        fixes.append("`sources` with what is watched")
    if not get(data, "monitoring", "owner"):
        missing.append("no owner")
        fixes.append("an `owner` with the role that watches the sources")
    if missing:
        yield plan.finding(
            ("monitoring",),
            f"monitoring has {' and '.join(missing)}; add {' and '.join(fixes)}, so that warnings reach someone",
            at_key=True,
        )
