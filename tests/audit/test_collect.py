"""Per-plan facts and the portfolio: status, review dates, counts, parents, duplicates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from plancraft import exitcodes
from plancraft.audit import audit
from plancraft.audit import collect
from plancraft.durations import add_duration
from plancraft.durations import parse_duration
from plancraft.loader import load
from plancraft.signoff import approvals, current_approval

from .conftest import AS_OF, PORTFOLIO, by_name

SIGNED = ("approved.yaml", "review-overdue.yaml", "head-office.yaml")


@pytest.mark.parametrize("name", SIGNED)
def test_fixture_digests_are_still_current(name):
    """The fixtures were signed with `plancraft sign`; if this fails, the digest changed: sign them again."""
    assert current_approval(load(PORTFOLIO / name).data) is not None


def test_stale_fixture_has_an_approval_that_no_longer_matches():
    data = load(PORTFOLIO / "stale-approval.yaml").data
    assert [a["step"] for a in approvals(data)] == ["prepared", "reviewed", "approved"]
    assert current_approval(data) is None


def test_status_of_each_plan(portfolio_audit):
    status = {p.file.rsplit("portfolio/", 1)[1]: p.status for p in portfolio_audit.plans}
    assert status == {
        "approved.yaml": "approved",
        "draft.yaml": "draft",
        "duplicate-id-a.yaml": "draft",
        "duplicate-id-b.yaml": "draft",
        "head-office.yaml": "approved",
        "missing-parent.yaml": "draft",
        "review-overdue.yaml": "approved",
        "stale-approval.yaml": "stale",
        "branches/exceeds-parent.yaml": "draft",
    }


def test_identity_fields(portfolio_audit):
    plan = by_name(portfolio_audit, "approved.yaml")
    assert (plan.id, plan.title, plan.issuer, plan.version) == (
        "east-branch-complaints",
        "客户投诉应急预案",
        "某银行东城支行",
        "1.0",
    )
    assert (plan.approved_on, plan.approved_by) == ("2025-06-20", "张伟")


def test_next_review_counts_from_the_final_approval(portfolio_audit):
    plan = by_name(portfolio_audit, "approved.yaml")
    assert (plan.review_basis, plan.next_review, plan.overdue) == ("approval", dt.date(2026, 6, 20), False)
    assert plan.days_to_review == (dt.date(2026, 6, 20) - AS_OF).days


def test_overdue_review(portfolio_audit):
    plan = by_name(portfolio_audit, "review-overdue.yaml")
    assert plan.status == "approved"
    assert (plan.next_review, plan.overdue) == (dt.date(2024, 12, 20), True)
    assert plan.days_to_review < 0
    assert plan.reasons == ["review overdue since 2024-12-20"]


def test_stale_approval_still_counts_from_its_date(portfolio_audit):
    plan = by_name(portfolio_audit, "stale-approval.yaml")
    assert (plan.approved_on, plan.next_review) == ("2025-04-20", dt.date(2026, 4, 20))
    assert "changed after" in plan.status_detail
    assert plan.needs_attention


def test_without_approval_the_review_counts_from_the_effective_date(portfolio_audit):
    plan = by_name(portfolio_audit, "draft.yaml")
    assert (plan.approved_on, plan.review_basis, plan.next_review) == (None, "effective", dt.date(2026, 9, 1))
    assert not plan.needs_attention


def test_no_review_date_without_interval_or_start(tmp_path):
    text = (PORTFOLIO / "draft.yaml").read_text(encoding="utf-8")
    (tmp_path / "no-effective.yaml").write_text(text.replace("  effective: 2025-09-01\n", ""), encoding="utf-8")
    (tmp_path / "no-review.yaml").write_text(
        text.replace("  every: 1y\n  owner: office-head\n  triggers", "  owner: office-head\n  triggers"), encoding="utf-8"
    )
    result = audit([str(tmp_path)], as_of=AS_OF)
    for plan in result.plans:
        assert (plan.next_review, plan.overdue, plan.review_basis) == (None, False, None), plan.file
    assert {p.review_every for p in result.plans} == {"1y", None}


def test_counts_come_from_the_full_lint(portfolio_audit):
    stale = by_name(portfolio_audit, "stale-approval.yaml")
    assert stale.errors == sum(1 for d in stale.findings if d.severity.value == "error") >= 1
    assert {d.code for d in stale.findings if d.severity.value == "error"} == {"PC604"}
    approved = by_name(portfolio_audit, "approved.yaml")
    assert (approved.errors, approved.warnings, approved.infos) == (0, 0, 0)


def test_parent_is_resolved_against_the_plan(portfolio_audit):
    child = by_name(portfolio_audit, "branches/exceeds-parent.yaml")
    assert child.parent == "../head-office.yaml"
    assert Path(child.parent_file).resolve() == (PORTFOLIO / "head-office.yaml").resolve()
    assert child.parent_id == "head-office-complaints"


def test_portfolio_totals(portfolio_audit):
    totals = portfolio_audit.portfolio.totals
    assert totals["plans"] == 9
    assert (totals["approved"], totals["draft"], totals["stale"], totals["unreadable"]) == (3, 5, 1, 0)
    assert totals["overdue"] == 1


def test_duplicate_ids(portfolio_audit):
    [(ident, files)] = portfolio_audit.portfolio.duplicate_ids
    assert ident == "twin-branch-complaints"
    assert [f.rsplit("/", 1)[1] for f in files] == ["duplicate-id-a.yaml", "duplicate-id-b.yaml"]


def test_missing_parent(portfolio_audit):
    [missing] = portfolio_audit.portfolio.missing_parents
    assert missing.file.endswith("missing-parent.yaml")
    assert missing.parent == "../regional/head-office.yaml"
    assert missing.reason == "no such file"


def test_children_exceeding_their_parent(portfolio_audit):
    found = {(e.kind, e.id, e.value, e.parent_value) for e in portfolio_audit.portfolio.exceeding}
    assert found == {("limit", "emergency-payout", "20000 CNY", "5000 CNY"), ("time limit", "first-reply", "2d", "1d")}
    assert all(e.file.endswith("branches/exceeds-parent.yaml") and e.line > 1 for e in portfolio_audit.portfolio.exceeding)


def test_exceeding_is_computed_when_the_parent_rules_do_not_run(monkeypatch):
    """With PC702/PC703 not implemented (or disabled), the audit compares caps and deadlines itself."""
    real = collect.implemented
    monkeypatch.setattr(collect, "implemented", lambda rule: rule.CODE not in ("PC702", "PC703") and real(rule))
    result = audit([str(PORTFOLIO)], as_of=AS_OF)
    found = {(e.kind, e.id, e.value, e.parent_value, e.source) for e in result.portfolio.exceeding}
    assert found == {
        ("limit", "emergency-payout", "20000 CNY", "5000 CNY", "audit"),
        ("time limit", "first-reply", "2d", "1d", "audit"),
    }
    lines = {e.id: e.line for e in result.portfolio.exceeding}
    text = (PORTFOLIO / "branches" / "exceeds-parent.yaml").read_text(encoding="utf-8").splitlines()
    assert text[lines["emergency-payout"] - 1].strip() == "max: 20000"
    assert text[lines["first-reply"] - 1].strip() == "within: 2d"


def test_most_frequent_findings_are_sorted(portfolio_audit):
    rows = portfolio_audit.portfolio.top_findings
    assert rows, "the portfolio has findings"
    assert [(-r.findings, -r.plans, r.code) for r in rows] == sorted((-r.findings, -r.plans, r.code) for r in rows)
    pc604 = next(r for r in rows if r.code == "PC604")
    assert (pc604.findings, pc604.plans) == (3, 1)


def test_exit_code_of_the_portfolio(portfolio_audit):
    assert portfolio_audit.exit_code == exitcodes.FINDINGS


def test_clean_plans_exit_ok():
    result = audit([str(PORTFOLIO / "approved.yaml"), str(PORTFOLIO / "draft.yaml")], as_of=AS_OF)
    assert result.exit_code == exitcodes.OK


def test_unreadable_plan_is_listed_and_the_others_reported(tmp_path):
    (tmp_path / "broken.yaml").write_text("plancraft: 1\ndocument: [unclosed\n", encoding="utf-8")
    result = audit([str(tmp_path), str(PORTFOLIO / "approved.yaml"), str(tmp_path / "absent.yaml")], as_of=AS_OF)
    statuses = [(Path(p.file).name, p.status) for p in result.plans]
    assert statuses == [("broken.yaml", "unreadable"), ("approved.yaml", "approved"), ("absent.yaml", "unreadable")]
    assert result.portfolio.totals["unreadable"] == 2
    assert result.exit_code == exitcodes.USAGE
    assert "YAML syntax error" in result.plans[0].status_detail


def test_the_same_file_named_twice_is_audited_once():
    result = audit([str(PORTFOLIO), str(PORTFOLIO / "approved.yaml")], as_of=AS_OF)
    assert len(result.plans) == 9


def test_as_of_defaults_to_today():
    result = audit([str(PORTFOLIO / "approved.yaml")])
    assert result.as_of == dt.date.today()


@pytest.mark.parametrize(
    "start, duration, expected",
    [
        ("2025-01-31", "1mo", "2025-02-28"),
        ("2024-02-29", "1y", "2025-02-28"),
        ("2025-06-20", "1y", "2026-06-20"),
        ("2025-06-20", "6mo", "2025-12-20"),
        ("2025-06-20", "3y", "2028-06-20"),
        ("2025-06-20", "2w", "2025-07-04"),
        ("2025-06-20", "10d", "2025-06-30"),
        ("2025-06-20", "5wd", "2025-06-27"),  # a Friday + 5 working days
        ("2025-06-20", "P1Y2M", "2026-08-20"),
        ("2025-06-20", "48h", "2025-06-22"),
    ],
)
def test_add_duration(start, duration, expected):
    assert add_duration(dt.date.fromisoformat(start), parse_duration(duration)) == dt.date.fromisoformat(expected)


def test_hand_written_approval_without_digest_is_not_approved(tmp_path):
    text = (PORTFOLIO / "draft.yaml").read_text(encoding="utf-8")
    text += "\napprovals:\n  - step: approved\n    name: 张伟\n    role: president\n    date: 2025-08-20\n"
    (tmp_path / "by-hand.yaml").write_text(text, encoding="utf-8")
    [plan] = audit([str(tmp_path)], as_of=AS_OF).plans
    assert plan.status == "stale"
    assert "no digest" in plan.status_detail
    assert plan.approved_on == "2025-08-20"
