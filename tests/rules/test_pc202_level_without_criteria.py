from tests.conftest import positions, rule_findings

PASSING = """\
levels:
  - {id: severe, name: 重大投诉, criteria: 客户有过激行为或引起群众围观}
"""

FAILING = """\
levels:
  - id: general
    name: 一般投诉
  - id: severe
    name: 重大投诉
    criteria:
"""


def test_passing():
    assert positions("PC202", PASSING) == []


def test_failing_points_at_the_level_or_its_empty_key():
    found = rule_findings("PC202", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 5), (6, 5)]
    assert "level `general` (一般投诉) has no criteria" in found[0][2]
