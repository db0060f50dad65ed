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

SYMBOLS = {COVERED: "✓", PARTLY: "~", NOT: "✗", UNCHECKED: "·"}


def render(result: Audit) -> str:
    out: list[str] = [headline(result), ""]
    out += _attention(result)
    out += ["Plans", ""] + table(PLAN_HEADERS, [_plan_row(n, p) for n, p in enumerate(result.plans, 1)]) + [""]
    out += versions_section(result)
    out += _portfolio(result)
    out += _coverage(result)
    out += _errors(result)
    return "\n".join(out).rstrip("\n") + "\n"


def headline(result: Audit) -> str:
    t = result.portfolio.totals
    parts = [f"{t['approved']} approved", f"{t['draft']} draft", f"{t['stale']} stale", f"{t['overdue']} overdue",
             f"{t['with_errors']} with errors"]
    if t.get("awaiting_approval"):
        parts.append(f"{t['awaiting_approval']} awaiting approval")
    if t["unreadable"]:
        parts.append(f"{t['unreadable']} unreadable")
    plans = f"{t['plans']} plan{'' if t['plans'] == 1 else 's'}"
    return f"plancraft audit as of {result.as_of.isoformat()}: {plans}: {', '.join(parts)}."


PLAN_HEADERS = ("#", "file", "id", "title", "issuer", "version", "status", "approved", "next review", "overdue",
                "E", "W", "I", "parent")


def _plan_row(number: int, plan: PlanAudit) -> tuple[str, ...]:
    if plan.status == UNREADABLE_STATUS:
        return (str(number), plan.file, "", "", "", "", "UNREADABLE", "", "", "", "", "", "", "")
    parent = ""
    if plan.parent:
        parent = plan.parent_id or f"{plan.parent_file} (missing)"
    return (
        str(number), plan.file, plan.id or "", plan.title or "", plan.issuer or "", plan.version or "",
        plan.status, plan.approved_on or "", plan.next_review.isoformat() if plan.next_review else "",
        "OVERDUE" if plan.overdue else "", str(plan.errors), str(plan.warnings), str(plan.infos), parent,
    )


def version_lines(result: Audit) -> list[str]:
    """Per plan: the version in force on the audit day (approved when, by whom), and a version waiting
    for approval longer than the limit."""
    out = []
    for plan in result.readable:
        bits = []
        if plan.in_force:
            bits.append(f"version {plan.in_force} in force since {plan.in_force_effective} (approved "
                        f"{plan.in_force_approved_on} by {plan.in_force_approved_by})")
        else:
            bits.append("no version in force")
        if plan.pending_overdue:
            bits.append(f"version {plan.version} awaiting approval since {plan.pending_since} "
                        f"({plan.pending_days} days)")
        out.append(f"{plan.file}: {'; '.join(bits)}")
    return out


def versions_section(result: Audit) -> list[str]:
    lines = version_lines(result)
    return (["Versions in force", ""] + [f"  {line}" for line in lines] + [""]) if lines else []


def _attention(result: Audit) -> list[str]:
    flagged = result.attention
    if not flagged:
        return ["Nothing needs attention: no plan is stale, overdue, unreadable or has errors.", ""]
    out = [f"Needs attention ({len(flagged)}):"]
    out += [f"  {p.file}{f' ({p.id})' if p.id else ''}: {'; '.join(p.reasons)}" for p in flagged]
    return out + [""]


def _portfolio(result: Audit) -> list[str]:
    p = result.portfolio
    out = ["Most frequent findings", ""]
    rows = [(r.code, r.name, r.severity, str(r.findings), f"{r.plans} plan{'' if r.plans == 1 else 's'}", r.summary)
            for r in p.top_findings[:10]]
    out += (table(("code", "rule", "severity", "findings", "in", "summary"), rows) if rows else ["  none"]) + [""]
    out += ["Duplicate plan ids", ""]
    out += [f"  {ident}: {', '.join(files)}" for ident, files in p.duplicate_ids] or ["  none"]
    out += ["", "Missing parent plans", ""]
    out += [f"  {m.file}: parent {m.parent} ({m.resolved}): {m.reason}" for m in p.missing_parents] or ["  none"]
    out += ["", "Children that exceed their parent", ""]
    out += [f"  {e.file}:{e.line}: {e.kind} {e.id} {e.value} > {e.parent_value} in {e.parent_file}"
            for e in p.exceeding] or ["  none"]
    return out + [""]


def _coverage(result: Audit) -> list[str]:
    cov = result.coverage
    legend = ", ".join(f"{SYMBOLS[s]} {s}" for s in (COVERED, PARTLY, NOT, UNCHECKED))
    out = [f"Standards coverage ({legend}; columns are the plan numbers above)", ""]
    if not cov.clauses or not cov.files:
        return out + ["  no clause is evidenced by any rule" if not cov.clauses else "  no readable plan", ""]
    numbers = {p.file: str(n) for n, p in enumerate(result.plans, 1)}
    headers = ("clause", "rules") + tuple(numbers[f] for f in cov.files)
    rows = [(c.text, " ".join(c.rules)) + tuple(SYMBOLS[cov.cell(c.text, f).state] for f in cov.files)
            for c in cov.clauses]
    return out + table(headers, rows) + [""]


def _errors(result: Audit) -> list[str]:
    lines = [d.as_text() for p in result.plans for d in p.findings if d.severity is Severity.ERROR]
    if not lines:
        return []
    return ["Errors", ""] + [" ".join(line.split()) for line in lines] + [""]


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    """Left-aligned columns two spaces apart, a dashed rule under the headers."""
    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(c + " " * (w - width(c)) for c, w in zip(cells, widths)).rstrip()

    return [line(headers), line(tuple("-" * w for w in widths))] + [line(r) for r in rows]
