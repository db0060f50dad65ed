from tests.conftest import positions, rule_findings

PASSING = """\
organisation:
  groups:
    - {id: leading-group, name: 领导小组, leader: president}
  roles:
    - {id: president, title: 组长, backup: branch-head}
    - {id: branch-head, title: 网点负责人}
external:
  - {id: police, name: 派出所}
levels:
  - {id: general, name: 一般投诉, lead: branch-head, notify: [police, leading-group]}
"""

FAILING = """\
organisation:
  groups:
    - {id: leading-group, name: 领导小组}
  roles:
    - {id: branch-head, title: 网点负责人}
    - id: guard
      title: 保安
      backup: guard
      duties: [维持秩序]
external:
  - {id: police, name: 派出所}
levels:
  - {id: general, name: 一般投诉, lead: branch-head}
  - {id: severe, name: 重大投诉}
scenarios:
  - {id: s, title: 处理, actions: [{do: 听取投诉, by: branch-head}]}
"""


def test_passing():
    assert positions("PC105", PASSING) == []


def test_failing_points_at_each_unused_id():
    found = sorted(rule_findings("PC105", FAILING))
    assert [(line, col) for line, col, _ in found] == [(3, 12), (6, 11), (11, 10)]
    assert found[0][2].startswith("group `leading-group` (领导小组) is defined but nothing in the plan refers to it")
    assert "role `guard` (保安)" in found[1][2]  # being its own backup does not count
    assert "external party `police` (派出所)" in found[2][2]


def test_levels_are_left_to_pc106():
    assert (14, 10) not in positions("PC105", FAILING)


def test_roles_are_not_reported_one_by_one_when_there_is_no_procedure():
    # no scenario has a step: PC109 reports that once; idle roles are its consequence
    text = FAILING.split("scenarios:")[0]
    found = sorted(rule_findings("PC105", text))
    assert [(line, col) for line, col, _ in found] == [(3, 12), (11, 10)]


def test_a_role_without_duties_or_with_a_vague_title_is_left_to_pc210_and_pc212():
    text = """\
organisation:
  roles:
    - {id: branch-head, title: 网点负责人}
    - {id: guard, title: 保安}
    - {id: others, title: 相关部门, duties: [配合处理]}
    - {id: porter, title: 门卫, duties: [看门]}
scenarios:
  - {id: s, title: 处理, actions: [{do: 听取投诉, by: branch-head}]}
"""
    found = rule_findings("PC105", text)
    assert [(line, col) for line, col, _ in found] == [(6, 12)]
    assert "role `porter` (门卫)" in found[0][2]
