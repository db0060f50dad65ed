import re

from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: branch-complaints
distribution:
  - {to: 各营业网点, copies: 5}
"""

MISSING = """\
plancraft: 1
document:
  id: branch-complaints
"""

EMPTY = """\
document:
  id: branch-complaints
distribution: []
"""


def test_passing():
    assert positions("PC504", PASSING) == []


def test_missing_points_at_document():
    found = rule_findings("PC504", MISSING)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "add a `distribution` list" in found[0][2]


def test_empty_list_points_at_distribution():
    assert positions("PC504", EMPTY) == [(3, 1)]


def test_the_example_fits_the_plan_english_for_a_gb_plan_chinese_for_a_chinese_one():
    # chosen by the plan's jurisdiction and language (rules.helpers.for_plan), not by the reader's
    found = rule_findings("PC504", "document: {id: p, title: Complaints procedure, language: en, jurisdiction: GB}\n")
    assert [(line, col) for line, col, _ in found] == [(1, 1)]
    assert not re.search(r"[\u4e00-\u9fff]", found[0][2]), found[0][2]
    assert "(recipient and number of copies)" in found[0][2]
    found = rule_findings("PC504", "document: {id: p, title: 客户投诉应急预案, language: zh-CN}\n")
    assert [(line, col) for line, col, _ in found] == [(1, 1)]
    assert "(分发范围: recipient" in found[0][2]
