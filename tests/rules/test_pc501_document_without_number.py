import re

from tests.conftest import positions, rule_findings

PASSING = """\
plancraft: 1
document:
  id: branch-complaints
  title: 客户投诉应急预案
  number: 梁农银发〔2024〕12号
"""

FAILING = """\
plancraft: 1
document:
  id: branch-complaints
  title: 客户投诉应急预案
"""


def test_passing():
    assert positions("PC501", PASSING) == []


def test_failing_points_at_document():
    found = rule_findings("PC501", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "no document number" in found[0][2] and "`number`" in found[0][2]


def test_the_example_fits_the_plan_english_for_a_gb_plan_chinese_for_a_chinese_one():
    # chosen by the plan's jurisdiction and language (rules.helpers.for_plan), not by the reader's
    found = rule_findings("PC501", "document: {id: p, title: Complaints procedure, language: en, jurisdiction: GB}\n")
    assert [(line, col) for line, col, _ in found] == [(1, 1)]
    assert not re.search(r"[\u4e00-\u9fff]", found[0][2]), found[0][2]
    assert "`CS-POL-2024-12`" in found[0][2]
    found = rule_findings("PC501", "document: {id: p, title: 客户投诉应急预案, language: zh-CN}\n")
    assert [(line, col) for line, col, _ in found] == [(1, 1)]
    assert "文号" in found[0][2]
    assert "`梁农银发〔2024〕12号`" in found[0][2]
