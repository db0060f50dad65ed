"""Information reporting is laid down: each report has an owner and a frequency or a deadline.

GB/T 29639-2020 6.3.1 asks a plan to settle information reporting: who reports what, to whom,
and how fast. A report line without an owner is made by nobody; one without `every` (a regular
report) or `within` (a one-off report after an event) is made "及时", which is never. The plan
needs a `reporting` section, and each line needs `owner` and `every` or `within`.

Passing::

    reporting:
      - {what: 严重投诉事件报告, to: president, within: 2h, owner: branch-head}
      - {what: 投诉情况月度统计, to: leading-group, every: 1mo, owner: office-head}

Failing::

    reporting:
      - {what: 严重投诉事件报告, to: president}   # no owner, no within
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.rules.presence import cite

CODE = "PC405"
NAME = "reporting-incomplete"
GROUP = "management"
SEVERITY = Severity.WARNING
SUMMARY = "Reporting lines exist, each with an owner and a frequency (every) or deadline (within)"
SOURCE = "GB/T 29639-2020 6.3.1 (information reporting)"
CLAUSES = ("GB/T 29639-2020 6.3.1",)
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    data = plan.data if isinstance(plan.data, dict) else {}
    if not data.get("reporting"):
        where = plan.section_anchor("reporting")
        yield plan.finding(
            where,
            _(
                "the plan lays down no information reporting; add `reporting` lines saying what is reported, "
                "to whom, by whom (`owner`) and how often (`every`) or how fast (`within`)"
            )
            + cite(plan, "GB/T 29639-2020 6.3.1"),
            at_key=True,
        )
        return
    for path, report in plan.items("reporting"):
        missing, fixes = [], []
        if not report.get("owner"):
            missing.append(_("no owner"))
            fixes.append(_("who makes it (`owner`)"))
        if not report.get("every") and not report.get("within"):
            missing.append(_("no `every` or `within`"))
            fixes.append(_("how often (`every`) or by when (`within`)"))
        if not missing:
            continue
        target = report.get("to")
        to = _(" to `{target}` ({name})").format(target=target, name=plan.name_of(target)) if isinstance(target, str) else ""
        yield plan.finding(
            path,
            _('report "{short}"{to} has {items}; say {items2}').format(
                short=_short(report.get("what")), to=to, items=_(" and ").join(missing), items2=_(" and ").join(fixes)
            ),
            at_key=True,
        )


def _short(text: object, limit: int = 30) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
