from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: p
privacy:
  - 一项内容
"""

FAILING = """\
plancraft: 1
document:
  id: p
"""


def test_passing():
    assert positions("PC410", PASSING) == []


def test_failing_points_at_document():
    found = rule_findings("PC410", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "the plan says nothing about keeping customer data confidential" in found[0][2]


def test_an_empty_section_points_at_its_key():
    assert positions("PC410", "document:\n  id: p\nprivacy: []\n") == [(3, 1)]
