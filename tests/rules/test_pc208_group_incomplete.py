from tests.conftest import positions, rule_findings

PASSING = """\
organisation:
  groups:
    - id: leading-group
      name: 客户投诉处理应急领导小组
      leader: president
      deputies: [vice-president]
      members: [office-head, branch-head]
      office: 综合部
"""

FAILING = """\
organisation:
  groups:
    - id: leading-group
      name: 客户投诉处理应急领导小组
      leader: president
      deputies: []
      members: [office-head, branch-head]
"""


def test_passing():
    assert positions("PC208", PASSING) == []


def test_failing_reports_each_missing_part():
    found = rule_findings("PC208", FAILING)
    assert [(line, col) for line, col, _ in found] == [(6, 7), (3, 7)]
    assert "group `leading-group` (客户投诉处理应急领导小组) has no deputy leader (副组长)" in found[0][2]
    assert "has no office (办公室)" in found[1][2]
