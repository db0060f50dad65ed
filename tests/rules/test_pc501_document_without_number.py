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
