from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: branch-complaints
  basis:
    - 《银行业保险业消费投诉处理管理办法》
"""

MISSING = """\
plancraft: 1
document:
  id: branch-complaints
"""

EMPTY = """\
document:
  id: branch-complaints
  basis: []
"""


def test_passing():
    assert positions("PC503", PASSING) == []


def test_missing_points_at_document():
    found = rule_findings("PC503", MISSING)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "add `basis` under `document`" in found[0][2]


def test_empty_list_points_at_basis():
    found = rule_findings("PC503", EMPTY)
    assert [(line, col) for line, col, _ in found] == [(3, 3)]
    assert "lists nothing" in found[0][2]
