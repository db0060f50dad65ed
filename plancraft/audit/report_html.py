"""The audit as one self-contained HTML page: summary, status chart, sortable plan table,
coverage matrix and every finding with file:line.

The page is a packaged template (plancraft/audit/templates/: report.html.j2, report.css,
report.js). Nothing is fetched: the CSS and the small sorting script are inlined into the page, the chart is CSS bars,
and a Content-Security-Policy forbids any network access, so the file can be mailed as it is.
It reads on a phone (the plan table turns into cards, wide tables scroll) and prints
(@media print: no buttons, every plan's findings opened, colours kept).
"""

from __future__ import annotations

from importlib import resources

from jinja2 import Environment
from markupsafe import Markup, escape

from plancraft import __version__
from plancraft.audit.collect import APPROVED, DRAFT, STALE, UNREADABLE_STATUS, Audit, PlanAudit
from plancraft.audit.coverage import COVERED, NOT, PARTLY, STATES, UNCHECKED

STATE_WORDS = {COVERED: "covered", PARTLY: "partly", NOT: "not covered", UNCHECKED: "not checked"}
STATE_SYMBOLS = {COVERED: "✓", PARTLY: "◐", NOT: "✗", UNCHECKED: "–"}
STATUS_WORDS = {APPROVED: "approved", DRAFT: "draft", STALE: "stale", UNREADABLE_STATUS: "unreadable"}


def _asset(name: str) -> str:
    """A file of the packaged page template (plancraft/audit/templates/)."""
    return resources.files("plancraft.audit").joinpath("templates", name).read_text(encoding="utf-8")


def render(result: Audit) -> str:
    env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["path"] = _path
    template = env.from_string(_asset("report.html.j2"))
    return template.render(
        a=result,
        t=result.portfolio.totals,
        p=result.portfolio,
        cov=result.coverage,
        numbers={plan.file: n for n, plan in enumerate(result.plans, 1)},
        plans=list(enumerate(result.plans, 1)),
        flagged=[(result.plans.index(plan) + 1, plan) for plan in result.attention],
        chart=chart(result),
        groups=_clause_groups(result),
        review=_review,
        lang=_lang,
        version=__version__,
        css=_asset("report.css"),
        js=_asset("report.js"),
        STATE_WORDS=STATE_WORDS,
        STATE_SYMBOLS=STATE_SYMBOLS,
        STATUS_WORDS=STATUS_WORDS,
        STATES=STATES,
    )


def _path(text: object) -> Markup:
    """A file path, escaped, that may wrap after each `/` (a long path never widens the table)."""
    return Markup("/<wbr>").join(escape(part) for part in str(text).split("/"))


def _lang(plan: PlanAudit) -> str:
    return plan.language or "zh-CN"


def _review(plan: PlanAudit) -> tuple[str, str]:
    """(sort key, words) for the next-review cell."""
    if plan.next_review is None:
        if plan.review_every:
            return "9999-12-31", f"every {plan.review_every}; no approval or effective date to count from"
        return "9999-12-31", "no review interval"
    days = plan.days_to_review or 0
    if plan.overdue:
        when = f"overdue by {-days} day{'' if days == -1 else 's'}"
    elif days == 0:
        when = "due today"
    else:
        when = f"in {days} day{'' if days == 1 else 's'}"
    return plan.next_review.isoformat(), when


def _clause_groups(result: Audit) -> list[tuple[str, list]]:
    groups: list[tuple[str, list]] = []
    for clause in result.coverage.clauses:
        if not groups or groups[-1][0] != clause.standard:
            groups.append((clause.standard, []))
        groups[-1][1].append(clause)
    return groups


def chart(result: Audit) -> list[dict]:
    """Bars for the status chart: label, count, css class and length in % of all plans."""
    t = result.portfolio.totals
    bars = [("Approved", t["approved"], "approved"), ("Draft", t["draft"], "draft"),
            ("Stale", t["stale"], "stale"), ("Overdue", t["overdue"], "overdue")]
    if t["unreadable"]:
        bars.append(("Unreadable", t["unreadable"], "unreadable"))
    scale = max(t["plans"], 1)
    return [{"label": label, "count": count, "cls": cls, "pct": f"{100 * count / scale:.1f}"}
            for label, count, cls in bars]
