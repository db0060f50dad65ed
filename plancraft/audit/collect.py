"""Gather the audit data: one PlanAudit per plan file, then the portfolio across them.

Every plan is read, schema-checked and linted exactly as `plancraft lint` does (same config
lookup, same rules, same suppressions); the audit adds what a compliance officer asks of a
portfolio: is each plan approved, is the approval still current, when is the next review due,
which plan implements which, and where the plans disagree.

Reading and linting happen once per file in plancraft.audit.facts (cached beside lint's findings);
here the facts become a PlanAudit for the audit day, and the PlanAudits a portfolio.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from plancraft.approval import APPROVED, DRAFT, STALE
from plancraft.diagnostics import Diagnostic, Severity
from plancraft.durations import add_duration, parse_duration
from plancraft.i18n import _, ngettext
from plancraft.lint.config import Config

UNREADABLE_STATUS = "unreadable"
STATUSES = (DRAFT, APPROVED, STALE, UNREADABLE_STATUS)

# Findings that say the plan lacks its core (no procedure, no deadline): heaviest in the ranking.
HOLLOW = frozenset({"PC109", "PC306"})

# Rules reused for "children that exceed their parent" when they are implemented and ran.
PARENT_RULES = {"limits": "PC702", "time_limits": "PC703"}


@dataclass
class PlanAudit:
    """What the audit knows about one plan file."""

    file: str  # as displayed (the path as found under the arguments)
    status: str  # draft, approved, stale or unreadable
    status_detail: str = ""
    id: str | None = None
    title: str | None = None
    issuer: str | None = None
    version: str | None = None
    language: str | None = None
    effective: str | None = None
    approved_on: str | None = None  # date of the `approved` sign-off (current or stale)
    approved_by: str | None = None
    review_every: str | None = None
    review_basis: str | None = None  # "approval" or "effective": what next_review counts from
    next_review: dt.date | None = None
    overdue: bool = False
    days_to_review: int | None = None  # negative when overdue
    in_force: str | None = None  # the version in force on the audit day (plancraft.history)
    in_force_approved_on: str | None = None
    in_force_approved_by: str | None = None
    in_force_effective: str | None = None
    earlier_versions: int = 0  # approved versions kept in `history`
    pending_since: str | None = None  # date of the revision row of an unapproved version in the file
    pending_days: int | None = None
    pending_overdue: bool = False  # unapproved for longer than the audit's --unapproved-after
    parent: str | None = None  # document.parent as written
    parent_file: str | None = None  # document.parent resolved against the plan's folder
    parent_id: str | None = None
    parent_problem: str | None = None  # why the parent cannot be had (no such file, cannot be read)
    findings: list[Diagnostic] = field(default_factory=list)
    schema_valid: bool = False
    rules_run: frozenset[str] = frozenset()  # codes of the rules that ran on this plan
    jurisdiction: str | None = None  # plancraft.model.jurisdiction_of: which statutes' clauses apply
    # evidence pattern -> whether the plan holds content there (plancraft.audit.coverage.has_content)
    content: dict[str, bool] = field(default_factory=dict, repr=False)
    # section -> {"audit": rows compared here, "rule": rows from PC702/PC703's findings} (facts.py)
    exceeding: dict[str, dict[str, list]] = field(default_factory=dict, repr=False)

    def count(self, severity: Severity) -> int:
        return sum(1 for d in self.findings if d.severity is severity)

    @property
    def errors(self) -> int:
        return self.count(Severity.ERROR)

    @property
    def warnings(self) -> int:
        return self.count(Severity.WARNING)

    @property
    def infos(self) -> int:
        return self.count(Severity.INFO)

    @property
    def reasons(self) -> list[str]:
        """Why the plan needs attention (empty when it does not), in words for people."""
        if self.status == UNREADABLE_STATUS:
            return [_("cannot be read: {reason}").format(reason=self.status_detail)]
        out = []
        if self.status == STALE:
            out.append(self.status_detail or _("the approval no longer matches the plan"))
        if self.overdue and self.next_review is not None:
            out.append(_("review overdue since {date}").format(date=self.next_review.isoformat()))
        if self.pending_overdue and self.earlier_versions:
            if self.in_force:
                out.append(
                    ngettext(
                        "version {version} revised on {since} is not approved after {days} day; version "
                        "{in_force} is still in force",
                        "version {version} revised on {since} is not approved after {days} days; version "
                        "{in_force} is still in force",
                        self.pending_days,
                    ).format(version=self.version, since=self.pending_since, days=self.pending_days, in_force=self.in_force)
                )
            else:
                out.append(
                    ngettext(
                        "version {version} revised on {since} is not approved after {days} day",
                        "version {version} revised on {since} is not approved after {days} days",
                        self.pending_days,
                    ).format(version=self.version, since=self.pending_since, days=self.pending_days)
                )
        if self.errors:
            out.append(ngettext("{count} lint error", "{count} lint errors", self.errors).format(count=self.errors))
        return out

    @property
    def needs_attention(self) -> bool:
        return bool(self.reasons)

    @property
    def weight(self) -> int:
        """How much the plan lacks, for ranking "needs attention" (heaviest first): a plan that
        cannot be read, then one with no procedure or no deadline (PC109, PC306), then stale or
        overdue, then by errors and warnings. A hollow plan outranks a complete plan with a style
        warning."""
        if self.status == UNREADABLE_STATUS:
            return 100_000
        total = 0
        for finding in self.findings:
            if finding.code in HOLLOW:
                total += 1_000
            elif finding.severity is Severity.ERROR:
                total += 50
            elif finding.severity is Severity.WARNING:
                total += 1
        if self.status == STALE:
            total += 200
        if self.overdue:
            total += 100
        return total


@dataclass(frozen=True)
class RuleCount:
    code: str
    name: str
    severity: str
    summary: str
    findings: int
    plans: int


@dataclass(frozen=True)
class MissingParent:
    file: str
    parent: str  # as written
    resolved: str
    reason: str


@dataclass(frozen=True)
class Exceedance:
    """A child plan's cap or deadline that is larger than the parent's for the same id."""

    file: str
    parent_file: str
    kind: str  # "limit" or "time limit"
    id: str
    value: str
    parent_value: str
    line: int
    message: str
    source: str  # the rule code whose finding this is, or "audit" when computed here


@dataclass
class Portfolio:
    totals: dict[str, int]
    top_findings: list[RuleCount]
    duplicate_ids: list[tuple[str, list[str]]]
    missing_parents: list[MissingParent]
    exceeding: list[Exceedance]


@dataclass
class Audit:
    as_of: dt.date
    plans: list[PlanAudit]
    portfolio: Portfolio
    coverage: Any  # plancraft.audit.coverage.Coverage

    @property
    def attention(self) -> list[PlanAudit]:
        """The plans that need attention, the one that lacks most first (then in audit order)."""
        flagged = [p for p in self.plans if p.needs_attention]
        return sorted(flagged, key=lambda p: -p.weight)

    @property
    def readable(self) -> list[PlanAudit]:
        return [p for p in self.plans if p.status != UNREADABLE_STATUS]

    @property
    def exit_code(self) -> int:
        from plancraft import exitcodes

        if any(p.status == UNREADABLE_STATUS for p in self.plans):
            return exitcodes.USAGE
        if any(p.needs_attention for p in self.plans):
            return exitcodes.FINDINGS
        return exitcodes.OK


# ------------------------------------------------------------------------------ collecting


UNAPPROVED_AFTER = "30d"


def plan_audit(
    collected: Any, *, as_of: dt.date, unapproved_after: str = UNAPPROVED_AFTER, memo: dict | None = None
) -> PlanAudit:
    """The PlanAudit of one file on the audit day, from what plancraft.audit.facts collected; `memo`:
    a dict shared by the plans of one audit."""
    from plancraft.schema import CODE as SCHEMA

    name, findings = collected.name, collected.findings
    if collected.facts is None:
        return PlanAudit(name, UNREADABLE_STATUS, collected.unreadable or "", findings=list(findings))
    facts = collected.facts
    schema_valid = not any(d.code == SCHEMA for d in findings)
    entry = PlanAudit(name, facts["status"], facts["status_detail"], findings=list(findings), schema_valid=schema_valid)
    entry.id, entry.title = facts["document"]["id"], facts["document"]["title"]
    entry.issuer, entry.language = facts["document"]["issuer"], facts["document"]["language"]
    entry.version, entry.effective = facts["version"], facts["effective"]
    entry.approved_on, entry.approved_by = facts["approved_on"], facts["approved_by"]
    parent = facts["parent"]
    entry.parent, entry.parent_id, entry.parent_problem = parent["written"], parent["id"], parent["problem"]
    if entry.parent:
        entry.parent_file = os.path.normpath(os.path.join(os.path.dirname(name), entry.parent))
    entry.exceeding = parent["exceeding"]
    entry.jurisdiction, entry.content = facts["jurisdiction"], facts["content"]
    entry.rules_run = _rules_run(collected.config, name, facts["document_type"], memo) if schema_valid else frozenset()
    _review(entry, facts["review_every"], as_of)
    _versions(entry, facts, as_of, unapproved_after)
    return entry


def _text(value: Any) -> str | None:
    return None if value is None or isinstance(value, (dict, list)) else str(value)


def _rules_run(config: Config, file: str, kind: str, memo: dict | None = None) -> frozenset[str]:
    """Codes of the implemented rules the config enables for `file` and that judge its kind of
    document (`kind`: plancraft.model.document_type_of; stubs evidence nothing). `memo`: one audit's
    answers, by what they depend on (the selection, the file's ignores, the kind)."""
    from plancraft.rules import RULES, applies_to

    key = (config.select, config.extend_select, config.ignore, config.file_ignores(file), kind)
    found = memo.get(key) if memo is not None else None
    if found is None:
        found = frozenset(r.CODE for r in RULES if implemented(r) and config.enabled(r.CODE, file) and applies_to(r, kind))
        if memo is not None:
            memo[key] = found
    return found


def implemented(rule: Any) -> bool:
    """A rule module still being written says SUMMARY = "STUB"; its silence proves nothing."""
    return getattr(rule, "SUMMARY", "STUB") != "STUB"


def _review(entry: PlanAudit, every: Any, as_of: dt.date) -> None:
    """Next review: final approval date + review.every, else effective date + review.every."""
    entry.review_every = _text(every)
    duration = parse_duration(every)
    if duration is None:
        return
    start, basis = _parse_date(entry.approved_on), "approval"
    if start is None:
        start, basis = _parse_date(entry.effective), "effective"
    if start is None:
        return
    entry.review_basis = basis
    entry.next_review = add_duration(start, duration)
    if entry.next_review is None:  # past 9999-12-31: lint reports it (PC621); there is no date to show
        return
    entry.days_to_review = (entry.next_review - as_of).days
    entry.overdue = entry.next_review < as_of


def _versions(entry: PlanAudit, facts: dict, as_of: dt.date, unapproved_after: str) -> None:
    """The version in force on the audit day, and how long the version in the file has waited for approval."""
    from plancraft import history

    entry.earlier_versions = facts["earlier_versions"]
    approved = [
        history.Version(version, effective, None, approvals=(approval,))
        for version, effective, approval in facts["approved_versions"]
    ]
    in_force = history.in_force_of(approved, as_of.isoformat())
    if in_force is not None:
        entry.in_force, entry.in_force_effective = in_force.version, in_force.effective
        entry.in_force_approved_on = in_force.approved_on
        entry.in_force_approved_by = _text((in_force.approved or {}).get("name"))
    if entry.status == APPROVED or not entry.version:
        return
    dates = [_parse_date(d) for d in facts["revision_dates"]]
    dates = [d for d in dates if d is not None]
    if not dates:
        return
    since = max(dates)
    entry.pending_since, entry.pending_days = since.isoformat(), (as_of - since).days
    limit = parse_duration(unapproved_after)
    try:
        entry.pending_overdue = limit is not None and add_duration(since, limit) < as_of
    except (OverflowError, ValueError):  # a limit beyond the calendar is never reached
        entry.pending_overdue = False


def _date_text(value: Any) -> str | None:
    return None if value is None else str(value)


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


# ------------------------------------------------------------------------------ portfolio


def summarise(plans: list[PlanAudit]) -> Portfolio:
    readable = [p for p in plans if p.status != UNREADABLE_STATUS]
    totals = {"plans": len(plans)}
    totals.update({status: sum(1 for p in plans if p.status == status) for status in STATUSES})
    totals["overdue"] = sum(1 for p in readable if p.overdue)
    totals["awaiting_approval"] = sum(1 for p in readable if p.pending_overdue)
    totals["with_errors"] = sum(1 for p in readable if p.errors)
    totals["needs_attention"] = sum(1 for p in plans if p.needs_attention)
    return Portfolio(
        totals=totals,
        top_findings=_top_findings(readable),
        duplicate_ids=_duplicate_ids(readable),
        missing_parents=[
            MissingParent(p.file, p.parent or "", p.parent_file or "", p.parent_problem)
            for p in readable
            if p.parent and p.parent_problem is not None
        ],
        exceeding=_exceeding(readable),
    )


def _top_findings(plans: list[PlanAudit]) -> list[RuleCount]:
    """Every rule that found something, most findings first (then most plans, then code)."""
    from plancraft.lint.builtin import BY_CODE as BUILTIN_CODES
    from plancraft.rules import BY_CODE

    findings: Counter[str] = Counter()
    in_plans: Counter[str] = Counter()
    severities: dict[str, Counter[str]] = {}
    for plan in plans:
        codes = [d.code for d in plan.findings]
        findings.update(codes)
        in_plans.update(set(codes))
        for d in plan.findings:
            severities.setdefault(d.code, Counter())[d.severity.value] += 1
    rows = []
    for code, count in findings.items():
        rule = BY_CODE.get(code)
        builtin = BUILTIN_CODES.get(code, {})
        name = rule.NAME if rule else builtin.get("name", "")
        if rule is not None and implemented(rule):
            summary = _(rule.SUMMARY)
        else:
            summary = _(builtin["summary"]) if builtin.get("summary") else ""
        severity = sorted(severities[code].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        rows.append(RuleCount(code, name, severity, summary, count, in_plans[code]))
    return sorted(rows, key=lambda r: (-r.findings, -r.plans, r.code))


def _duplicate_ids(plans: list[PlanAudit]) -> list[tuple[str, list[str]]]:
    by_id: dict[str, list[str]] = {}
    for plan in plans:
        if plan.id:
            by_id.setdefault(plan.id, []).append(plan.file)
    return sorted((ident, files) for ident, files in by_id.items() if len(files) > 1)


def _exceeding(plans: list[PlanAudit]) -> list[Exceedance]:
    """Caps and deadlines of a child larger than its parent's for the same id.

    Where the lint rule for the comparison (PC702 caps, PC703 deadlines) is implemented and
    ran on the child, its findings are taken as they are; otherwise the audit's own comparison
    (plancraft.parent, done when the plan was collected).
    """
    from plancraft.rules import BY_CODE

    found: list[Exceedance] = []
    for plan in plans:
        for section, code in PARENT_RULES.items():
            both = plan.exceeding.get(section)
            if both is None:  # no parent, or it cannot be read
                continue
            rule = BY_CODE.get(code)
            ran = rule is not None and implemented(rule) and code in plan.rules_run
            found.extend(Exceedance(*row) for row in both["rule" if ran else "audit"])
    return sorted(found, key=lambda e: (e.file, e.line, e.id))


def _kind(section: str) -> str:
    return "limit" if section == "limits" else "time limit"


def _value(section: str, item: dict | None) -> str:
    if not item:
        return ""
    if section == "limits":
        amount = item.get("max")
        if isinstance(amount, float) and amount.is_integer():
            amount = int(amount)
        return f"{amount} {item.get('currency', '')}".strip()
    return str(item.get("within", ""))
