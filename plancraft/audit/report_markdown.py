"""The audit as Markdown (GitHub flavour), for a wiki page, an issue or a pull request."""

from __future__ import annotations

import re

from plancraft.audit.collect import UNREADABLE_STATUS, Audit, PlanAudit
from plancraft.audit.coverage import COVERED, NOT, PARTLY, UNCHECKED
from plancraft.audit.report_text import coverage_word, headline, status_word
from plancraft.diagnostics import Severity
from plancraft.i18n import _, listing, pgettext
from plancraft.model import kind_word

SYMBOLS = {COVERED: "✅", PARTLY: "🟡", NOT: "❌", UNCHECKED: "⬜"}


def render(result: Audit) -> str:
    out = [_("# Plan portfolio audit"), "", headline(result), ""]
    out += _attention(result)
    out += [_("## Plans"), ""]
    out += table(
        (
            "#",
            _("plan"),
            _("title"),
            _("issuer"),
            _("version"),
            _("status"),
            _("approved on"),
            _("next review"),
            _("errors"),
            _("warnings"),
            _("infos"),
            _("parent"),
        ),
        [_plan_row(n, p) for n, p in enumerate(result.plans, 1)],
    )
    out += [""] + _versions(result) + _portfolio(result) + _coverage(result) + _findings(result)
    return "\n".join(out).rstrip("\n") + "\n"


_MARKUP = re.compile(r"([\\`*_\[\]<>|~])")


def cell(text: object) -> str:
    """Plan text shown as it is: one line, Markdown and HTML characters escaped (`**银行**` stays literal)."""
    return _MARKUP.sub(r"\\\1", " ".join(str(text).split()))


def code(text: object) -> str:
    """Text as a code span (pipes still escaped: GitHub splits table cells before code spans)."""
    text = " ".join(str(text).split()).replace("|", "\\|")
    if not text:
        return ""
    fence = "``" if "`" in text else "`"
    return f"{fence} {text} {fence}" if fence == "``" else f"`{text}`"


def table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    return ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)] + ["| " + " | ".join(r) + " |" for r in rows]


def _plan_row(number: int, plan: PlanAudit) -> tuple[str, ...]:
    if plan.status == UNREADABLE_STATUS:
        return (str(number), code(plan.file), "", "", "", f"**{status_word('unreadable')}**", "", "", "", "", "", "")
    review = plan.next_review.isoformat() if plan.next_review else ""
    if plan.overdue:
        review = "**" + _("{date} overdue").format(date=review) + "**"
    status = f"**{status_word(plan.status)}**" if plan.status == "stale" else status_word(plan.status)
    parent = ""
    if plan.parent:
        parent = code(plan.parent_id) if plan.parent_id else _("{file} (missing)").format(file=code(plan.parent_file))
    return (
        str(number),
        f"{code(plan.id)}<br>{code(plan.file)}",
        cell(plan.title or ""),
        cell(plan.issuer or ""),
        cell(plan.version or ""),
        status,
        plan.approved_on or "",
        review,
        str(plan.errors),
        str(plan.warnings),
        str(plan.infos),
        parent,
    )


def _versions(result: Audit) -> list[str]:
    rows = []
    for plan in result.readable:
        in_force = (
            _("{version} (effective {effective}; approved {approved_on} by {approved_by})").format(
                version=cell(plan.in_force),
                effective=plan.in_force_effective,
                approved_on=plan.in_force_approved_on,
                approved_by=cell(plan.in_force_approved_by),
            )
            if plan.in_force
            else _("none")
        )
        waiting = (
            "**"
            + _("{version} since {since} ({days} days)").format(
                version=cell(plan.version), since=plan.pending_since, days=plan.pending_days
            )
            + "**"
            if plan.pending_overdue
            else ""
        )
        rows.append((code(plan.file), in_force, waiting))
    if not rows:
        return []
    return [_("## Versions in force"), ""] + table((_("plan"), _("in force"), _("awaiting approval")), rows) + [""]


def _attention(result: Audit) -> list[str]:
    flagged = result.attention
    if not flagged:
        return [_("No plan is stale, overdue, unreadable or has errors."), ""]
    out = [_("## Needs attention ({count})").format(count=len(flagged)), ""]
    out += [
        f"- {code(p.file)}{f' ({code(p.id)})' if p.id else ''}: {cell(pgettext('reasons', '; ').join(p.reasons))}"
        for p in flagged
    ]
    return out + [""]


def _portfolio(result: Audit) -> list[str]:
    p = result.portfolio
    none = _("None.")
    out = [_("## Most frequent findings"), ""]
    if p.top_findings:
        out += table(
            (_("rule"), _("severity"), _("findings"), _("plans"), _("summary")),
            [
                (f"{r.code} {r.name}", Severity(r.severity).word, str(r.findings), str(r.plans), cell(r.summary))
                for r in p.top_findings[:10]
            ],
        )
    else:
        out.append(none)
    out += ["", _("## Duplicate plan ids"), ""]
    out += [f"- {code(ident)}: {', '.join(code(f) for f in files)}" for ident, files in p.duplicate_ids] or [none]
    out += ["", _("## Missing parent plans"), ""]
    out += [
        "- " + _("{file}: parent {parent} ({reason})").format(file=code(m.file), parent=code(m.parent), reason=cell(m.reason))
        for m in p.missing_parents
    ] or [none]
    out += ["", _("## Children that exceed their parent"), ""]
    if p.exceeding:
        out += table(
            (_("plan"), _("kind"), "id", _("value"), _("parent's"), _("parent")),
            [
                (
                    code(f"{e.file}:{e.line}"),
                    kind_word(e.kind),
                    code(e.id),
                    cell(e.value),
                    cell(e.parent_value),
                    code(e.parent_file),
                )
                for e in p.exceeding
            ],
        )
    else:
        out.append(none)
    return out + [""]


def _coverage(result: Audit) -> list[str]:
    cov = result.coverage
    legend = listing(f"{SYMBOLS[s]} {coverage_word(s)}" for s in (COVERED, PARTLY, NOT, UNCHECKED))
    out = [
        _("## Standards coverage"),
        "",
        _("{legend}. Columns are the plan numbers of the table above.").format(legend=legend),
        "",
    ]
    if not cov.clauses or not cov.files:
        return out + [_("No clause to show."), ""]
    numbers = {p.file: str(n) for n, p in enumerate(result.plans, 1)}
    out += table(
        (_("clause"), _("rules")) + tuple(numbers[f] for f in cov.files),
        [(cell(c.text), " ".join(c.rules)) + tuple(SYMBOLS[cov.cell(c.text, f).state] for f in cov.files) for c in cov.clauses],
    )
    return out + [""]


def _findings(result: Audit) -> list[str]:
    out = [_("## Findings by plan"), ""]
    for plan in result.plans:
        if not plan.findings:
            continue
        counts = _("{errors} errors, {warnings} warnings, {infos} infos").format(
            errors=plan.errors, warnings=plan.warnings, infos=plan.infos
        )
        out += [f"<details><summary><code>{_html(plan.file)}</code>: {counts}</summary>", ""]
        out += [f"- {code(f'{d.file}:{d.line}:{d.column}')} {d.code} {d.severity.word}: {cell(d.message)}" for d in plan.findings]
        out += ["", "</details>", ""]
    return out


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
