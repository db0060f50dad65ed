from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: p
accountability:
  - 一项内容
"""

FAILING = """\
plancraft: 1
document:
  id: p
"""


def test_passing():
    assert positions("PC412", PASSING) == []


def test_failing_points_at_document():
    found = rule_findings("PC412", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "the plan says nothing about accountability" in found[0][2]


def test_an_empty_section_points_at_its_key():
    assert positions("PC412", "document:\n  id: p\naccountability: []\n") == [(3, 1)]
