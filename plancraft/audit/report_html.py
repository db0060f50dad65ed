"""The audit as one self-contained HTML page: summary, status chart, sortable plan table,
coverage matrix and every finding with file:line.

Nothing is fetched: the CSS and the small sorting script are inline, the chart is CSS bars,
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
from plancraft.audit.report_text import status_word
from plancraft.diagnostics import Severity
from plancraft.i18n import _, current, ngettext, pgettext
from plancraft.model import kind_word

STATE_SYMBOLS = {COVERED: "✓", PARTLY: "◐", NOT: "✗", UNCHECKED: "–"}


def _asset(name: str) -> str:
    """A file of the packaged page template (plancraft/audit/templates/)."""
    return resources.files("plancraft.audit").joinpath("templates", name).read_text(encoding="utf-8")


def render(result: Audit) -> str:
    env = Environment(
        autoescape=True, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, extensions=["jinja2.ext.i18n"]
    )
    env.install_gettext_callables(_, ngettext, newstyle=True)  # texts come from the catalogue; values escaped
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
        STATE_WORDS={s: _state_word(s) for s in STATES},
        STATE_SYMBOLS=STATE_SYMBOLS,
        STATUS_WORDS={s: status_word(s) for s in (APPROVED, DRAFT, STALE, UNREADABLE_STATUS)},
        page_lang=current(),
        sep=pgettext("list separator", "; "),
        end=pgettext("list end", "."),
        reason_sep=pgettext("reasons", "; "),
        severity=lambda value: Severity(value).word,
        kind=kind_word,
        counts=_counts,
        STATES=STATES,
    )


def _path(text: object) -> Markup:
    """A file path, escaped, that may wrap after each `/` (a long path never widens the table)."""
    return Markup("/<wbr>").join(escape(part) for part in str(text).split("/"))


def _lang(plan: PlanAudit) -> str:
    return plan.language or "zh-CN"


def _state_word(state: str) -> str:
    words = {COVERED: _("covered"), PARTLY: _("partly"), NOT: _("not covered"), UNCHECKED: _("not checked")}
    return words[state]


def _counts(plan: PlanAudit) -> str:
    """ "1 error, 2 warnings, 0 infos" for a plan's summary line."""
    return pgettext("list separator", ", ").join(
        (
            ngettext("{count} error", "{count} errors", plan.errors).format(count=plan.errors),
            ngettext("{count} warning", "{count} warnings", plan.warnings).format(count=plan.warnings),
            ngettext("{count} info", "{count} infos", plan.infos).format(count=plan.infos),
        )
    )


def _review(plan: PlanAudit) -> tuple[str, str]:
    """(sort key, words) for the next-review cell."""
    if plan.next_review is None:
        if plan.review_every:
            return "9999-12-31", _("every {interval}; no approval or effective date to count from").format(
                interval=plan.review_every
            )
        return "9999-12-31", _("no review interval")
    days = plan.days_to_review or 0
    if plan.overdue:
        when = ngettext("overdue by {count} day", "overdue by {count} days", -days).format(count=-days)
    elif days == 0:
        when = _("due today")
    else:
        when = ngettext("in {count} day", "in {count} days", days).format(count=days)
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
    bars = [
        (_("Approved"), t["approved"], "approved"),
        (_("Draft"), t["draft"], "draft"),
        (_("Stale"), t["stale"], "stale"),
        (_("Overdue"), t["overdue"], "overdue"),
    ]
    if t["unreadable"]:
        bars.append((_("Unreadable"), t["unreadable"], "unreadable"))
    scale = max(t["plans"], 1)
    return [{"label": label, "count": count, "cls": cls, "pct": f"{100 * count / scale:.1f}"} for label, count, cls in bars]
