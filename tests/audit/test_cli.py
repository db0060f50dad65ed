"""`plancraft audit` on the command line: formats, -o, --as-of and exit codes."""

from __future__ import annotations

import json

from click.testing import CliRunner

from plancraft import exitcodes
from plancraft.cli import main

from .conftest import PORTFOLIO


def run(*args):
    return CliRunner().invoke(main, ["audit", *args])


def test_portfolio_with_stale_and_overdue_plans_exits_1():
    result = run(str(PORTFOLIO), "--as-of", "2026-03-01")
    assert result.exit_code == exitcodes.FINDINGS, result.output
    assert "plancraft audit as of 2026-03-01" in result.output


def test_clean_plans_exit_0():
    result = run(str(PORTFOLIO / "approved.yaml"), str(PORTFOLIO / "draft.yaml"), "--as-of", "2026-03-01")
    assert result.exit_code == exitcodes.OK, result.output
    assert "Nothing needs attention" in result.output


def test_an_overdue_review_alone_exits_1():
    result = run(str(PORTFOLIO / "review-overdue.yaml"), "--as-of", "2026-03-01")
    assert result.exit_code == exitcodes.FINDINGS
    # before the review fell due the same plan is fine
    assert run(str(PORTFOLIO / "review-overdue.yaml"), "--as-of", "2024-12-20").exit_code == exitcodes.OK


def test_unreadable_input_exits_2_and_still_reports_the_others(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("plancraft: 1\n\tdocument: x\n", encoding="utf-8")
    result = run(str(broken), str(PORTFOLIO / "approved.yaml"), "--format", "json", "--as-of", "2026-03-01")
    assert result.exit_code == exitcodes.USAGE
    plans = json.loads(result.output)["plans"]
    assert [p["status"] for p in plans] == ["unreadable", "approved"]


def test_missing_path_exits_2(tmp_path):
    assert run(str(tmp_path / "nowhere")).exit_code == exitcodes.USAGE


def test_json_output_to_a_file(tmp_path):
    target = tmp_path / "audit.json"
    result = run(str(PORTFOLIO), "--format", "json", "-o", str(target), "--as-of", "2026-03-01")
    assert result.exit_code == exitcodes.FINDINGS
    assert result.output == ""
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [p["file"].rsplit("/", 1)[1] for p in data["plans"] if p["overdue"]] == ["review-overdue.yaml"]


def test_html_and_markdown_formats(tmp_path):
    for fmt in ("html", "markdown"):
        target = tmp_path / f"audit.{fmt}"
        assert run(str(PORTFOLIO), "--format", fmt, "-o", str(target), "--as-of", "2026-03-01").exit_code == 1
        assert "2026-03-01" in target.read_text(encoding="utf-8")


def test_bad_as_of_is_a_usage_error():
    result = run(str(PORTFOLIO), "--as-of", "01/03/2026")
    assert result.exit_code == exitcodes.USAGE
    assert "--as-of" in result.output


def test_unwritable_output_is_a_usage_error(tmp_path):
    result = run(str(PORTFOLIO / "approved.yaml"), "-o", str(tmp_path / "no" / "such" / "dir" / "a.html"))
    assert result.exit_code == exitcodes.USAGE


def test_rules_lists_the_clauses_each_rule_evidences():
    from plancraft.rules import RULES

    output = CliRunner().invoke(main, ["rules"]).output
    with_clauses = [r for r in RULES if r.CLAUSES]
    assert with_clauses
    for rule in with_clauses:
        line = next(line for line in output.splitlines() if line.startswith(rule.CODE + " "))
        for clause in rule.CLAUSES:
            assert clause in line
