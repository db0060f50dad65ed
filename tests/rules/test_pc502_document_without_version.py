from tests.conftest import positions, rule_findings

PASSING = """\
plancraft: 1
document:
  id: branch-complaints
  title: 客户投诉应急预案
  version: "1.0"
"""

FAILING = """\
plancraft: 1
document:
  id: branch-complaints
  title: 客户投诉应急预案
"""


def test_passing():
    assert positions("PC502", PASSING) == []


def test_failing_points_at_document():
    found = rule_findings("PC502", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "no version" in found[0][2] and "`version`" in found[0][2]
