import re

from tests.conftest import positions, rule_findings

PASSING = """\
organisation:
  groups:
    - id: leading-group
      name: 客户投诉处理应急领导小组
      leader: president
      deputies: [vice-president]
      members: [office-head, branch-head]
      office: 综合部
"""

FAILING = """\
organisation:
  groups:
    - id: leading-group
      name: 客户投诉处理应急领导小组
      leader: president
      deputies: []
      members: [office-head, branch-head]
"""


def test_passing():
    assert positions("PC208", PASSING) == []


def test_failing_reports_each_missing_part():
    found = rule_findings("PC208", FAILING)
    assert [(line, col) for line, col, _ in found] == [(6, 7), (3, 7)]
    assert "group `leading-group` (客户投诉处理应急领导小组) has no deputy leader (副组长)" in found[0][2]
    assert "has no office (办公室)" in found[1][2]


def test_the_example_fits_the_plan_english_for_a_gb_plan_chinese_for_a_chinese_one():
    # chosen by the plan's jurisdiction and language (rules.helpers.for_plan), not by the reader's
    found = rule_findings(
        "PC208",
        "document: {id: p, title: Complaints procedure, language: en, jurisdiction: GB}\norganisation:\n  groups:\n    - {id: panel, name: Complaints Panel, leader: chair, deputies: [vice], members: [clerk]}\n",
    )
    assert [(line, col) for line, col, _ in found] == [(4, 7)]
    assert not re.search(r"[\u4e00-\u9fff]", found[0][2]), found[0][2]
    assert "has no office; say where its office sits with `office:`, e.g. Customer Services" in found[0][2]
    found = rule_findings(
        "PC208",
        "document: {id: p, title: 客户投诉应急预案, language: zh-CN}\norganisation:\n  groups:\n    - {id: g, name: 领导小组, leader: chair, deputies: [vice], members: [clerk]}\n",
    )
    assert [(line, col) for line, col, _ in found] == [(4, 7)]
    assert "has no office (办公室); say where its office sits with `office:`, e.g. 综合部" in found[0][2]
