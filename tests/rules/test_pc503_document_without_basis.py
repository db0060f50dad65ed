import re

from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: branch-complaints
  basis:
    - 《银行业保险业消费投诉处理管理办法》
"""

MISSING = """\
plancraft: 1
document:
  id: branch-complaints
"""

EMPTY = """\
document:
  id: branch-complaints
  basis: []
"""


def test_passing():
    assert positions("PC503", PASSING) == []


def test_missing_points_at_document():
    found = rule_findings("PC503", MISSING)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "add `basis` under `document`" in found[0][2]


def test_empty_list_points_at_basis():
    found = rule_findings("PC503", EMPTY)
    assert [(line, col) for line, col, _ in found] == [(3, 3)]
    assert "lists nothing" in found[0][2]


def test_the_example_fits_the_plan_english_for_a_gb_plan_chinese_for_a_chinese_one():
    # chosen by the plan's jurisdiction and language (rules.helpers.for_plan), not by the reader's
    found = rule_findings("PC503", "document: {id: p, title: Complaints procedure, language: en, jurisdiction: GB}\n")
    assert [(line, col) for line, col, _ in found] == [(1, 1)]
    assert not re.search(r"[\u4e00-\u9fff]", found[0][2]), found[0][2]
    assert "listing the laws and rules (e.g. FCA Handbook DISP 1) so that" in found[0][2]
    found = rule_findings("PC503", "document: {id: p, title: 客户投诉应急预案, language: zh-CN}\n")
    assert [(line, col) for line, col, _ in found] == [(1, 1)]
    assert "(编制依据, e.g. 《银行业保险业消费投诉处理管理办法》)" in found[0][2]
