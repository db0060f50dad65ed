from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: p
training:
  every: 6mo
  audience: [全体一线员工]
"""

FAILING = """\
document:
  id: p
training:
  audience: [全体一线员工]
"""


def test_passing():
    assert positions("PC404", PASSING) == []


def test_failing_points_at_training():
    found = rule_findings("PC404", FAILING)
    assert [(line, col) for line, col, _ in found] == [(3, 1)]
    assert "training has no frequency" in found[0][2]


def test_missing_training_points_at_document():
    found = rule_findings("PC404", "plancraft: 1\ndocument:\n  id: p\n")
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "no staff training" in found[0][2]
