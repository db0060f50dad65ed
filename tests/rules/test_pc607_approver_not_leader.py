from tests.conftest import positions, rule_findings

PASSING = """\
organisation:
  groups: [{id: leading-group, name: 领导小组, leader: president}]
  roles: [{id: president, title: 组长}, {id: office-head, title: 办公室主任}]
approvals:
  - {step: prepared, name: 赵六, role: office-head, date: 2025-01-10}
  - {step: approved, name: 王五, role: president, date: 2025-01-20}
"""

FAILING = """\
organisation:
  groups: [{id: leading-group, name: 领导小组, leader: president}]
  roles: [{id: president, title: 组长}, {id: office-head, title: 办公室主任}]
approvals:
  - {step: approved, name: 赵六, role: office-head, date: 2025-01-20}
"""


def test_passing():
    assert positions("PC607", PASSING) == []


def test_failing_points_at_the_role():
    found = rule_findings("PC607", FAILING)
    assert [(line, col) for line, col, _ in found] == [(5, 38)]
    assert found[0][2].startswith("the plan is approved in the role `office-head` (办公室主任), which leads no group")
    assert "the leader of 领导小组 is `president` (组长)" in found[0][2]
