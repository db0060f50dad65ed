"""The four formats: what a script can pick out of the JSON, and that every format is stable."""

from __future__ import annotations

import json
import re

import pytest

from plancraft.audit import FORMATS, audit, render

from .conftest import AS_OF, PORTFOLIO


@pytest.fixture(scope="module")
def report(portfolio_audit):
    return json.loads(render(portfolio_audit, "json"))


def test_json_lets_a_script_pick_every_overdue_or_stale_plan(report):
    picked = sorted(p["file"].rsplit("/", 1)[1] for p in report["plans"] if p["overdue"] or p["status"] == "stale")
    assert picked == ["review-overdue.yaml", "stale-approval.yaml"]


def test_json_plan_fields(report):
    plan = next(p for p in report["plans"] if p["file"].endswith("/approved.yaml"))
    assert {
        k: plan[k]
        for k in (
            "id",
            "title",
            "issuer",
            "version",
            "status",
            "approved_on",
            "next_review",
            "overdue",
            "errors",
            "warnings",
            "infos",
            "parent",
            "needs_attention",
        )
    } == {
        "id": "east-branch-complaints",
        "title": "客户投诉应急预案",
        "issuer": "某银行东城支行",
        "version": "1.0",
        "status": "approved",
        "approved_on": "2025-06-20",
        "next_review": "2026-06-20",
        "overdue": False,
        "errors": 0,
        "warnings": 0,
        "infos": 0,
        "parent": None,
        "needs_attention": False,
    }
    assert plan["review_every"] == "1y" and plan["review_basis"] == "approval"
    assert plan["coverage"] and all(
        c["state"] == ("unchecked" if clause.startswith(("DISP 1.6", "Complaint Handling Code")) else "covered")
        for clause, c in plan["coverage"].items()
    )


def test_json_parent_and_findings(report):
    child = next(p for p in report["plans"] if p["file"].endswith("branches/exceeds-parent.yaml"))
    assert child["parent"]["path"] == "../head-office.yaml"
    assert child["parent"]["id"] == "head-office-complaints"
    assert child["parent"]["file"].endswith("portfolio/head-office.yaml")
    for finding in child["findings"]:
        assert set(finding) >= {"file", "line", "column", "code", "severity", "message"}
        assert finding["file"] == child["file"] and finding["line"] >= 1


def test_json_portfolio_and_coverage(report):
    assert report["as_of"] == AS_OF.isoformat()
    assert report["exit_code"] == 1
    portfolio = report["portfolio"]
    assert portfolio["totals"]["stale"] == 1 and portfolio["totals"]["overdue"] == 1
    assert portfolio["duplicate_ids"][0]["id"] == "twin-branch-complaints"
    assert portfolio["missing_parents"][0]["reason"] == "no such file"
    assert {e["id"] for e in portfolio["exceeding_parent"]} == {"emergency-payout", "first-reply"}
    assert portfolio["top_findings"][0]["findings"] >= portfolio["top_findings"][-1]["findings"]
    clauses = report["coverage"]["clauses"]
    assert clauses and all(sum(c["counts"].values()) == 9 for c in clauses)
    assert report["coverage"]["states"] == ["covered", "partly", "not", "unchecked"]


def test_unreadable_plans_are_listed_in_json(tmp_path):
    (tmp_path / "broken.yaml").write_bytes(b"\xff\xfeplancraft: 1\n")
    report = json.loads(render(audit([str(tmp_path)], as_of=AS_OF), "json"))
    [plan] = report["plans"]
    assert plan["status"] == "unreadable" and plan["needs_attention"]
    assert "UTF-16" in plan["reasons"][0]
    assert report["exit_code"] == 2


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_is_deterministic(fmt):
    first = render(audit([str(PORTFOLIO)], as_of=AS_OF), fmt)
    second = render(audit([str(PORTFOLIO)], as_of=AS_OF), fmt)
    assert first == second
    assert AS_OF.isoformat() in first


def test_text_report(portfolio_audit):
    text = render(portfolio_audit, "text")
    assert text.startswith("plancraft audit as of 2026-03-01: 9 plans: 3 approved, 5 draft, 1 stale, 1 overdue")
    header = next(line for line in text.splitlines() if line.startswith("#  file"))
    for column in ("id", "title", "issuer", "version", "status", "approved", "next review", "overdue", "parent"):
        assert column in header
    row = next(line for line in text.splitlines() if line[:1].isdigit() and "review-overdue.yaml" in line)
    assert "2024-12-20" in row and "OVERDUE" in row
    assert "twin-branch-complaints: " in text
    assert "Standards coverage" in text and "投诉办法 第八条" in text


def test_text_columns_line_up_with_chinese_text(portfolio_audit):
    from plancraft.audit.report_text import width

    lines = render(portfolio_audit, "text").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("#  file"))
    rows = lines[start + 2 : start + 11]
    assert len(rows) == 9 and all(row[:1].isdigit() for row in rows)
    header_col = width(lines[start][: lines[start].index("  status  ") + 2])
    for row in rows:  # the issuer column before it holds Chinese text (two columns per character)
        status = next(s for s in ("approved", "draft", "stale") if f"  {s}  " in row)
        assert width(row[: row.index(f"  {status}  ") + 2]) == header_col, row


def test_markdown_report(portfolio_audit):
    text = render(portfolio_audit, "markdown")
    assert text.startswith("# Plan portfolio audit\n")
    assert "| # | plan | title |" in text
    assert "## Standards coverage" in text and "## Findings by plan" in text
    # every table row has the same number of cells as its header
    for block in re.findall(r"(?:^\|.*\|\n)+", text, flags=re.M):
        rows = block.strip().splitlines()
        counts = {len(re.split(r"(?<!\\)\|", r)) for r in rows}
        assert len(counts) == 1, rows[:3]


def test_html_is_self_contained(portfolio_audit):
    page = render(portfolio_audit, "html")
    assert page.startswith("<!DOCTYPE html>")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"<link\b|\bsrc=|@import|url\(", page)
    assert not re.search(r"https?://", page)
    assert '<meta name="viewport"' in page and "@media print" in page and "@media screen and (max-width" in page


def test_html_shows_every_plan_and_finding_with_file_and_line(portfolio_audit):
    page = render(portfolio_audit, "html").replace("<wbr>", "")  # paths may wrap after each /
    for plan in portfolio_audit.plans:
        assert plan.file in page
        for d in plan.findings:
            assert f"{d.file}:{d.line}:{d.column}" in page
    assert 'class="plans sortable"' in page and 'class="matrix"' in page
    for label in ("Approved", "Draft", "Stale", "Overdue"):
        assert f'<span class="bar-label">{label}</span>' in page


def test_html_escapes_plan_text(tmp_path):
    text = (PORTFOLIO / "draft.yaml").read_text(encoding="utf-8")
    text = text.replace("title: 客户投诉应急预案", 'title: "<script>alert(1)</script>预案"', 1)
    (tmp_path / "x.yaml").write_text(text, encoding="utf-8")
    page = render(audit([str(tmp_path)], as_of=AS_OF), "html")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;预案" in page


def test_markdown_keeps_plan_text_literal(tmp_path):
    text = (PORTFOLIO / "draft.yaml").read_text(encoding="utf-8")
    text = text.replace("issuer: 某银行南城支行", 'issuer: "**银行**分行 | <b>x</b>"', 1)
    (tmp_path / "x.yaml").write_text(text, encoding="utf-8")
    page = render(audit([str(tmp_path)], as_of=AS_OF), "markdown")
    assert r"\*\*银行\*\*分行 \| \<b\>x\</b\>" in page
