import re

from tests.conftest import positions, rule_findings

PASSING = """\
plancraft: 1
document:
  id: branch-complaints
  issuer: 某银行东城支行
"""

FAILING = """\
plancraft: 1
document:
  id: branch-complaints
  title: 客户投诉应急预案
"""


def test_passing():
    assert positions("PC550", PASSING) == []


def test_failing_points_at_document():
    found = rule_findings("PC550", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "does not say who issues it" in found[0][2] and "`issuer`" in found[0][2]


def test_a_blank_issuer_counts_as_none():
    assert positions("PC550", 'document:\n  id: p\n  issuer: "  "\n') == [(1, 1)]


def test_the_example_fits_the_plan_english_for_a_gb_plan_chinese_for_a_chinese_one():
    # chosen by the plan's jurisdiction and language (rules.helpers.for_plan), not by the reader's
    found = rule_findings("PC550", "document: {id: p, title: Complaints procedure, language: en, jurisdiction: GB}\n")
    assert [(line, col) for line, col, _ in found] == [(1, 1)]
    assert not re.search(r"[\u4e00-\u9fff]", found[0][2]), found[0][2]
    assert "`Northshire Building Society`" in found[0][2]
    found = rule_findings("PC550", "document: {id: p, title: 客户投诉应急预案, language: zh-CN}\n")
    assert [(line, col) for line, col, _ in found] == [(1, 1)]
    assert "(发文单位, e.g. `某银行东城支行`)" in found[0][2]


def test_an_issuer_not_stated_is_reported_once_as_missing():
    from tests.conftest import lint_text

    plan = "plancraft: 1\ndocument:\n  id: p\n  title: 客户投诉应急预案\n  language: zh-CN\n  issuer: 【未载明】\n"
    found = rule_findings("PC550", plan)
    assert found == [
        (
            6,
            11,
            "the plan does not say who issues it (`issuer` is “【未载明】”); write the issuing organisation (发文单位, "
            "e.g. `某银行东城支行`) so that it is clear whose plan it is and whom it binds",
        )
    ]
    assert [d.code for d in lint_text(plan) if d.line == 6] == ["PC550"]  # not also PC513 or PC510
