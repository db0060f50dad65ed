"""The audit as plain text for a terminal: a headline, the plan table, the portfolio, coverage.

Columns are padded by display width, so Chinese titles (two columns per character) line up.
Only errors are listed finding by finding (they decide the exit code); `plancraft lint`
or `--format html` show every finding.
"""

from __future__ import annotations

import unicodedata

from plancraft.audit.collect import UNREADABLE_STATUS, Audit, PlanAudit
from plancraft.audit.coverage import COVERED, NOT, PARTLY, UNCHECKED
from plancraft.diagnostics import Severity
from plancraft.i18n import N_, _, listing, ngettext, pgettext
from plancraft.model import kind_word

SYMBOLS = {COVERED: "✓", PARTLY: "~", NOT: "✗", UNCHECKED: "·"}


def render(result: Audit) -> str:
    out: list[str] = [headline(result), ""]
    out += _attention(result)
    out += (
        [_("Plans"), ""]
        + table(tuple(_(h) for h in PLAN_HEADERS), [_plan_row(n, p) for n, p in enumerate(result.plans, 1)])
        + [""]
    )
    out += versions_section(result)
    out += _portfolio(result)
    out += _coverage(result)
    out += _errors(result)
    return "\n".join(out).rstrip("\n") + "\n"


def headline(result: Audit) -> str:
    t = result.portfolio.totals
    parts = [
        _("{count} approved").format(count=t["approved"]),
        _("{count} draft").format(count=t["draft"]),
        _("{count} stale").format(count=t["stale"]),
        _("{count} overdue").format(count=t["overdue"]),
        _("{count} with errors").format(count=t["with_errors"]),
    ]
    if t.get("awaiting_approval"):
        parts.append(_("{count} awaiting approval").format(count=t["awaiting_approval"]))
    if t["unreadable"]:
        parts.append(_("{count} unreadable").format(count=t["unreadable"]))
    return ngettext(
        "plancraft audit as of {date}: {count} plan: {parts}.",
        "plancraft audit as of {date}: {count} plans: {parts}.",
        t["plans"],
    ).format(date=result.as_of.isoformat(), count=t["plans"], parts=pgettext("list separator", ", ").join(parts))


def status_word(status: str) -> str:
    """A plan's status as readers see it (the value stays in JSON)."""
    words = {"approved": _("approved"), "draft": _("draft"), "stale": _("stale"), "unreadable": _("unreadable")}
    return words.get(status, status)


PLAN_HEADERS = (
    "#",
    N_("file"),
    "id",
    N_("title"),
    N_("issuer"),
    N_("version"),
    N_("status"),
    N_("approved on"),
    N_("next review"),
    N_("overdue"),
    "E",
    "W",
    "I",
    N_("parent"),
)


def _plan_row(number: int, plan: PlanAudit) -> tuple[str, ...]:
    if plan.status == UNREADABLE_STATUS:
        return (str(number), plan.file, "", "", "", "", _("UNREADABLE"), "", "", "", "", "", "", "")
    parent = ""
    if plan.parent:
        parent = plan.parent_id or _("{file} (missing)").format(file=plan.parent_file)
    return (
        str(number),
        plan.file,
        plan.id or "",
        plan.title or "",
        plan.issuer or "",
        plan.version or "",
        status_word(plan.status),
        plan.approved_on or "",
        plan.next_review.isoformat() if plan.next_review else "",
        _("OVERDUE") if plan.overdue else "",
        str(plan.errors),
        str(plan.warnings),
        str(plan.infos),
        parent,
    )


def version_lines(result: Audit) -> list[str]:
    """Per plan: the version in force on the audit day (approved when, by whom), and a version waiting
    for approval longer than the limit."""
    out = []
    for plan in result.readable:
        bits = []
        if plan.in_force:
            bits.append(
                _(
                    "version {in_force} in force since {in_force_effective} (approved {in_force_approved_on} by {in_force_approved_by})"
                ).format(
                    in_force=plan.in_force,
                    in_force_effective=plan.in_force_effective,
                    in_force_approved_on=plan.in_force_approved_on,
                    in_force_approved_by=plan.in_force_approved_by,
                )
            )
        else:
            bits.append(_("no version in force"))
        if plan.pending_overdue:
            bits.append(
                _("version {version} awaiting approval since {pending_since} ({pending_days} days)").format(
                    version=plan.version, pending_since=plan.pending_since, pending_days=plan.pending_days
                )
            )
        out.append(_("{file}: {reasons}").format(file=plan.file, reasons=pgettext("reasons", "; ").join(bits)))
    return out


def versions_section(result: Audit) -> list[str]:
    lines = version_lines(result)
    return ([_("Versions in force"), ""] + [f"  {line}" for line in lines] + [""]) if lines else []


def _attention(result: Audit) -> list[str]:
    flagged = result.attention
    if not flagged:
        return [_("Nothing needs attention: no plan is stale, overdue, unreadable or has errors."), ""]
    out = [_("Needs attention ({count}):").format(count=len(flagged))]
    out += [
        "  "
        + _("{file}: {reasons}").format(
            file=_("{title} ({id})").format(title=p.file, id=p.id) if p.id else p.file,
            reasons=pgettext("reasons", "; ").join(p.reasons),
        )
        for p in flagged
    ]
    return out + [""]


def _portfolio(result: Audit) -> list[str]:
    p = result.portfolio
    none = "  " + _("none")
    out = [_("Most frequent findings"), ""]
    rows = [
        (
            r.code,
            r.name,
            Severity(r.severity).word,
            str(r.findings),
            ngettext("{count} plan", "{count} plans", r.plans).format(count=r.plans),
            _(r.summary),
        )
        for r in p.top_findings[:10]
    ]
    headers = (_("code"), _("rule"), _("severity"), _("findings"), _("in"), _("summary"))
    out += (table(headers, rows) if rows else [none]) + [""]
    out += [_("Duplicate plan ids"), ""]
    out += [f"  {ident}: {', '.join(files)}" for ident, files in p.duplicate_ids] or [none]
    out += ["", _("Missing parent plans"), ""]
    out += [
        "  "
        + _("{file}: parent {parent} ({resolved}): {reason}").format(
            file=m.file, parent=m.parent, resolved=m.resolved, reason=m.reason
        )
        for m in p.missing_parents
    ] or [none]
    out += ["", _("Children that exceed their parent"), ""]
    out += [
        "  "
        + _("{file}:{line}: {kind} {id} {value} > {parent_value} in {parent_file}").format(
            file=e.file,
            line=e.line,
            kind=kind_word(e.kind),
            id=e.id,
            value=e.value,
            parent_value=e.parent_value,
            parent_file=e.parent_file,
        )
        for e in p.exceeding
    ] or [none]
    return out + [""]


def _coverage(result: Audit) -> list[str]:
    cov = result.coverage
    legend = listing(f"{SYMBOLS[s]} {coverage_word(s)}" for s in (COVERED, PARTLY, NOT, UNCHECKED))
    out = [_("Standards coverage ({legend}; columns are the plan numbers above)").format(legend=legend), ""]
    if not cov.clauses or not cov.files:
        return out + ["  " + (_("no clause is evidenced by any rule") if not cov.clauses else _("no readable plan")), ""]
    numbers = {p.file: str(n) for n, p in enumerate(result.plans, 1)}
    headers = (_("clause"), _("rules")) + tuple(numbers[f] for f in cov.files)
    rows = [(c.text, " ".join(c.rules)) + tuple(SYMBOLS[cov.cell(c.text, f).state] for f in cov.files) for c in cov.clauses]
    return out + table(headers, rows) + [""]


def _errors(result: Audit) -> list[str]:
    lines = [d.as_text() for p in result.plans for d in p.findings if d.severity is Severity.ERROR]
    if not lines:
        return []
    return [_("Errors"), ""] + [" ".join(line.split()) for line in lines] + [""]


def coverage_word(state: str) -> str:
    """covered / partly / not / unchecked as readers see them."""
    words = {COVERED: _("covered"), PARTLY: _("partly"), NOT: _("not covered"), UNCHECKED: _("unchecked")}
    return words.get(state, state)


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    """Left-aligned columns two spaces apart, a dashed rule under the headers."""
    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(c + " " * (w - width(c)) for c, w in zip(cells, widths)).rstrip()

    return [line(headers), line(tuple("-" * w for w in widths))] + [line(r) for r in rows]
