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
