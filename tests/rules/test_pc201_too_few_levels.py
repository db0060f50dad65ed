import re

from tests.conftest import positions, rule_findings

PASSING = """\
levels:
  - {id: general, name: 一般投诉}
  - {id: severe, name: 重大投诉}
"""

ONE_LEVEL = """\
document:
  id: x
levels:
  - {id: major, name: 重大投诉}
"""

NO_SECTION = """\
plancraft: 1
document:
  id: x
"""


def test_passing():
    assert positions("PC201", PASSING) == []


def test_one_level_is_reported_at_the_levels_key():
    found = rule_findings("PC201", ONE_LEVEL)
    assert [(line, col) for line, col, _ in found] == [(3, 1)]
    assert "only one response level (`major`, 重大投诉)" in found[0][2]


def test_empty_levels():
    found = rule_findings("PC201", "levels: []\n")
    assert [(line, col) for line, col, _ in found] == [(1, 1)]
    assert "no response levels" in found[0][2]


def test_missing_section_is_reported_at_document():
    found = rule_findings("PC201", NO_SECTION)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "no `levels` section" in found[0][2]


def test_the_example_fits_the_plan_english_for_a_gb_plan_chinese_for_a_chinese_one():
    # chosen by the plan's jurisdiction and language (rules.helpers.for_plan), not by the reader's
    found = rule_findings("PC201", "document: {id: p, title: Complaints procedure, language: en, jurisdiction: GB}\nlevels: []\n")
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert not re.search(r"[\u4e00-\u9fff]", found[0][2]), found[0][2]
    assert "(e.g. ordinary and serious)" in found[0][2]
    found = rule_findings("PC201", "document: {id: p, title: 客户投诉应急预案, language: zh-CN}\nlevels: []\n")
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "(e.g. 一般 and 重大)" in found[0][2]
