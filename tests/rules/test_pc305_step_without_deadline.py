from tests.conftest import positions, rule_findings

PASSING = """\
organisation:
  roles:
    - {id: branch-head, title: 网点负责人}
    - {id: president, title: 行长}
external:
  - {id: police, name: 派出所}
levels:
  - {id: general, name: 一般投诉}
  - {id: severe, name: 严重投诉}
scenarios:
  - id: calm
    title: 一般投诉
    level: general
    actions:
      - {do: 听取投诉, by: branch-head}
  - id: violent
    title: 处理过激行为
    level: severe
    actions:
      - {do: 拨打110报警, by: branch-head, within: 5min}
    escalation:
      - {when: 有人受伤, to: president, within: 15min}
      - {when: 秩序失控, to: police}
"""

FAILING = """\
organisation:
  roles:
    - {id: president, title: 行长}
levels:
  - {id: general, name: 一般投诉}
  - {id: severe, name: 严重投诉}
scenarios:
  - id: violent
    title: 处理过激行为
    level: severe
    actions:
      - do: 立即赶赴现场
        by: president
    escalation:
      - {when: 有人受伤, to: president}
"""


def test_passing():
    # the lowest level and escalations to an external party need no `within`
    assert positions("PC305", PASSING) == []


def test_failing_points_at_each_step():
    found = rule_findings("PC305", FAILING)
    assert [(line, col) for line, col, _ in found] == [(12, 9), (15, 9)]
    assert "step 1 of scenario `violent` (处理过激行为), at level `severe` (严重投诉), has no time limit" in found[0][2]
    assert "escalation 1 of scenario `violent` (处理过激行为), at level `severe` (严重投诉), to `president` (行长)" in found[1][2]


def test_a_single_level_plan_is_not_judged():
    text = """\
levels:
  - {id: general, name: 一般投诉}
scenarios:
  - {id: s, title: 处理, level: general, actions: [{do: 听取投诉}]}
"""
    assert positions("PC305", text) == []
