"""The audit as JSON, for scripts: every plan with its status, review dates and counts.

    plancraft audit plans/ --format json | jq '.plans[] | select(.overdue or .status == "stale") | .file'

Top level: `format` (this layout's version), `as_of`, `exit_code`, `plans`, `portfolio` and
`coverage`. Dates are YYYY-MM-DD strings or null.
"""

from __future__ import annotations

import json

from plancraft.audit.collect import Audit, PlanAudit
from plancraft.audit.coverage import STATES, Coverage

FORMAT_VERSION = 1


def render(result: Audit) -> str:
    return json.dumps(as_dict(result), ensure_ascii=False, indent=2) + "\n"


def as_dict(result: Audit) -> dict:
    portfolio = result.portfolio
    return {
        "format": FORMAT_VERSION,
        "as_of": result.as_of.isoformat(),
        "exit_code": result.exit_code,
        "plans": [plan_dict(plan, result.coverage) for plan in result.plans],
        "portfolio": {
            "totals": portfolio.totals,
            "top_findings": [vars(row) for row in portfolio.top_findings],
            "duplicate_ids": [{"id": ident, "files": files} for ident, files in portfolio.duplicate_ids],
            "missing_parents": [vars(row) for row in portfolio.missing_parents],
            "exceeding_parent": [vars(row) for row in portfolio.exceeding],
        },
        "coverage": {
            "states": list(STATES),
            "clauses": [
                {
                    "clause": clause.text,
                    "standard": clause.standard,
                    "article": clause.article,
                    "rules": list(clause.rules),
                    "counts": {state: result.coverage.clause_counts(clause.text)[state] for state in STATES},
                }
                for clause in result.coverage.clauses
            ],
        },
    }


def plan_dict(plan: PlanAudit, coverage: Coverage) -> dict:
    return {
        "file": plan.file,
        "id": plan.id,
        "title": plan.title,
        "issuer": plan.issuer,
        "version": plan.version,
        "status": plan.status,
        "status_detail": plan.status_detail,
        "approved_on": plan.approved_on,
        "approved_by": plan.approved_by,
        "effective": plan.effective,
        "in_force": (
            {
                "version": plan.in_force,
                "effective": plan.in_force_effective,
                "approved_on": plan.in_force_approved_on,
                "approved_by": plan.in_force_approved_by,
            }
            if plan.in_force
            else None
        ),
        "earlier_versions": plan.earlier_versions,
        "awaiting_approval": (
            {"version": plan.version, "since": plan.pending_since, "days": plan.pending_days, "overdue": plan.pending_overdue}
            if plan.pending_since
            else None
        ),
        "review_every": plan.review_every,
        "review_basis": plan.review_basis,
        "next_review": plan.next_review.isoformat() if plan.next_review else None,
        "days_to_review": plan.days_to_review,
        "overdue": plan.overdue,
        "errors": plan.errors,
        "warnings": plan.warnings,
        "infos": plan.infos,
        "needs_attention": plan.needs_attention,
        "weight": plan.weight,
        "reasons": plan.reasons,
        "parent": ({"path": plan.parent, "file": plan.parent_file, "id": plan.parent_id} if plan.parent else None),
        "coverage": (
            {clause.text: _cell(coverage, clause.text, plan.file) for clause in coverage.clauses}
            if plan.file in coverage.files
            else {}
        ),
        "findings": [d.as_dict() for d in plan.findings],
    }


def _cell(coverage: Coverage, clause: str, file: str) -> dict:
    cell = coverage.cell(clause, file)
    return {"state": cell.state, "failing": list(cell.failing), "not_run": list(cell.not_run), "empty": list(cell.empty)}
