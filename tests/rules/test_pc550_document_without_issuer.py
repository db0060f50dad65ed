from tests.conftest import positions, rule_findings

PASSING = """\
plancraft: 1
document:
  id: branch-complaints
  issuer: 某银行东城支行
"""

FAILING = """\
plancraft: 1
document:
  id: branch-complaints
  title: 客户投诉应急预案
"""


def test_passing():
    assert positions("PC550", PASSING) == []


def test_failing_points_at_document():
    found = rule_findings("PC550", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "does not say who issues it" in found[0][2] and "`issuer`" in found[0][2]


def test_a_blank_issuer_counts_as_none():
    assert positions("PC550", 'document:\n  id: p\n  issuer: "  "\n') == [(1, 1)]
