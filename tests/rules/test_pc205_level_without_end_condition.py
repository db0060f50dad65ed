from tests.conftest import positions, rule_findings

PASSING = """\
levels:
  - {id: severe, name: 重大投诉, end_when: 现场秩序恢复}
"""

FAILING = """\
levels:
  - {id: general, name: 一般投诉, end_when: 客户诉求已答复}
  - id: severe
    name: 重大投诉
"""


def test_passing():
    assert positions("PC205", PASSING) == []


def test_failing_points_at_the_level():
    found = rule_findings("PC205", FAILING)
    assert [(line, col) for line, col, _ in found] == [(3, 5)]
    assert "level `severe` (重大投诉) has no end condition" in found[0][2]
    assert "`end_when:`" in found[0][2]
