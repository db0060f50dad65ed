from tests.conftest import positions, rule_findings

PASSING = """\
organisation:
  groups: [{id: leading-group, name: 领导小组}]
  roles: [{id: president, title: 组长}]
"""

FAILING = """\
organisation:
  groups: [{id: president, name: 领导小组}]
  roles:
    - id: president
      title: 组长
"""


def test_passing():
    assert positions("PC102", PASSING) == []


def test_failing_points_at_the_second_id():
    found = rule_findings("PC102", FAILING)
    assert [(line, col) for line, col, _ in found] == [(4, 11)]
    assert "already used by a group at line 2" in found[0][2]
