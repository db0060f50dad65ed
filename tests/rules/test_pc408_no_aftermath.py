from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: p
aftermath:
  - 一项内容
"""

FAILING = """\
plancraft: 1
document:
  id: p
"""


def test_passing():
    assert positions("PC408", PASSING) == []


def test_failing_points_at_document():
    found = rule_findings("PC408", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "the plan says nothing about what happens after the response ends" in found[0][2]


def test_an_empty_section_points_at_its_key():
    assert positions("PC408", "document:\n  id: p\naftermath: []\n") == [(3, 1)]
