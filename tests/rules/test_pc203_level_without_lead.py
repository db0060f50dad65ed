from tests.conftest import positions, rule_findings

PASSING = """\
levels:
  - {id: severe, name: 重大投诉, lead: president}
"""

FAILING = """\
levels:
  - {id: general, name: 一般投诉, lead: branch-head}
  - id: severe
    name: 重大投诉
"""


def test_passing():
    assert positions("PC203", PASSING) == []


def test_failing_points_at_the_level():
    found = rule_findings("PC203", FAILING)
    assert [(line, col) for line, col, _ in found] == [(3, 5)]
    assert "level `severe` (重大投诉) has no lead" in found[0][2]
