"""Standards coverage: the verdict per clause and plan, and the order clauses are shown in."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from plancraft.audit.coverage import (
    COVERED,
    NOT,
    PARTLY,
    UNCHECKED,
    article_key,
    chinese_number,
    clauses,
    judge,
    split_clause,
)

from plancraft.rules import BY_CODE

from .conftest import by_name


@pytest.mark.parametrize(
    "ran, found, state",
    [
        ({"PC1", "PC2"}, set(), COVERED),
        ({"PC1", "PC2"}, {"PC1"}, PARTLY),
        ({"PC1", "PC2"}, {"PC1", "PC2"}, NOT),
        ({"PC1"}, set(), PARTLY),  # PC2 disabled: the evidence is incomplete
        ({"PC1"}, {"PC1"}, NOT),  # every rule that ran found something
        (set(), set(), UNCHECKED),
        ({"PC9"}, {"PC9"}, UNCHECKED),  # other rules do not count
    ],
)
def test_judge(ran, found, state):
    assert judge(("PC1", "PC2"), ran, found).state == state


def test_judge_names_the_rules_behind_the_verdict():
    cell = judge(("PC1", "PC2", "PC3"), {"PC1", "PC2"}, {"PC2"})
    assert (cell.state, cell.failing, cell.not_run) == (PARTLY, ("PC2",), ("PC3",))


def test_split_clause():
    assert split_clause("GB/T 29639-2020 6.1.2") == ("GB/T 29639-2020", "6.1.2")
    assert split_clause("投诉办法 第七条") == ("投诉办法", "第七条")
    assert split_clause("ISO 22301:2019 8.4.2") == ("ISO 22301:2019", "8.4.2")
    assert split_clause("附录") == ("附录", "")


def test_chinese_numbers():
    assert [chinese_number(t) for t in ("七", "十", "十八", "二十五", "三十五", "一百零三")] == [7, 10, 18, 25, 35, 103]
    assert chinese_number("处理时限") is None


def test_articles_sort_as_a_reader_expects():
    articles = ["第十八条", "6.10", "附录C", "第七条", "6.2", "6.1.2"]
    assert sorted(articles, key=article_key) == ["6.1.2", "6.2", "6.10", "第七条", "第十八条", "附录C"]


def _rule(code, clause_list, summary="Something is checked"):
    return SimpleNamespace(CODE=code, SUMMARY=summary, CLAUSES=tuple(clause_list))


def test_clauses_collect_rules_and_ignore_stubs():
    rules = [
        _rule("PC201", ["GB/T 29639-2020 6.1.2", "国办发〔2024〕5号 第十八条"]),
        _rule("PC106", ["GB/T 29639-2020 6.1.2"]),
        _rule("PC999", ["ISO 0000 1"], summary="STUB"),
        _rule("PC205", ["国办发〔2024〕5号 第十八条"]),
        _rule("PC409", ["投诉办法 第八条"]),
        _rule("PC407", ["投诉办法 第七条"]),
    ]
    found = [(c.text, c.rules) for c in clauses(rules)]
    assert found == [
        ("GB/T 29639-2020 6.1.2", ("PC106", "PC201")),
        ("国办发〔2024〕5号 第十八条", ("PC201", "PC205")),
        ("投诉办法 第七条", ("PC407",)),
        ("投诉办法 第八条", ("PC409",)),
    ]


def test_every_clause_named_by_a_rule_is_in_the_matrix(portfolio_audit):
    from plancraft.rules import RULES

    named = {c for r in RULES if r.SUMMARY != "STUB" for c in r.CLAUSES}
    assert {c.text for c in portfolio_audit.coverage.clauses} == named
    readable = [p.file for p in portfolio_audit.plans if p.status != "unreadable"]
    assert portfolio_audit.coverage.files == readable
    for clause in portfolio_audit.coverage.clauses:
        for file in readable:
            assert portfolio_audit.coverage.cell(clause.text, file).state in (COVERED, PARTLY, NOT, UNCHECKED)


def test_a_clean_plan_covers_every_clause_of_its_jurisdiction(portfolio_audit):
    plan = by_name(portfolio_audit, "approved.yaml")
    counts = portfolio_audit.coverage.plan_counts(plan.file)
    assert counts[COVERED] + counts[UNCHECKED] == len(portfolio_audit.coverage.clauses) and counts[COVERED] > 0
    for clause in portfolio_audit.coverage.clauses:  # only the UK clauses are left unchecked in a Chinese plan
        state = portfolio_audit.coverage.cell(clause.text, plan.file).state
        uk_only = all(getattr(BY_CODE[code], "JURISDICTIONS", None) == ("GB",) for code in clause.rules)
        assert state == (UNCHECKED if uk_only else COVERED), clause.text


def test_a_rule_of_another_jurisdiction_evidences_nothing(portfolio_audit):
    # PC351 (a UK procedure acknowledges within a stated time) checks nothing in a Chinese plan: its silence
    # there is no evidence, so DISP 1.6.1R is not checked rather than covered (issue 14)
    plan = by_name(portfolio_audit, "approved.yaml")
    cell = portfolio_audit.coverage.cell("DISP 1.6.1R", plan.file)
    assert cell.state == UNCHECKED and cell.not_run == ("PC351",)


def test_a_finding_lowers_the_clause_it_evidences(portfolio_audit):
    plan = by_name(portfolio_audit, "stale-approval.yaml")
    cov = portfolio_audit.coverage
    hit = [c for c in cov.clauses if "PC604" in c.rules]
    assert hit, "PC604 evidences a clause"
    for clause in hit:
        cell = cov.cell(clause.text, plan.file)
        assert cell.state in (PARTLY, NOT) and "PC604" in cell.failing


def test_a_plan_failing_the_schema_is_unchecked(tmp_path):
    from plancraft.audit import audit

    (tmp_path / "bad.yaml").write_text("plancraft: 1\ndocument: {id: x}\n", encoding="utf-8")
    result = audit([str(tmp_path)])
    [plan] = result.plans
    assert plan.status == "draft" and plan.errors > 0 and not plan.schema_valid
    assert set(result.coverage.plan_counts(plan.file)) == {UNCHECKED}
