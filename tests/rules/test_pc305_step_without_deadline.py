from plancraft.lint.engine import run_rule
from plancraft.rules import BY_CODE
from tests.conftest import positions, snippet_plan

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
      - do: 赶赴现场
        by: president
      - {do: 拨打110报警, by: president, within: 5min}
      - {do: 安抚客户情绪, by: president}
      - {do: 立即报告上级, by: president}
    escalation:
      - {when: 有人受伤, to: president}
"""


def test_passing():
    # the lowest level and escalations to an external party need no `within`
    assert positions("PC305", PASSING) == []


def test_one_finding_per_scenario_listing_the_untimed_steps():
    found = snippet_plan(FAILING)
    diagnostics = list(run_rule(BY_CODE["PC305"], found, found.options))
    assert [(d.line, d.column) for d in diagnostics] == [(8, 5)]  # the scenario
    message = diagnostics[0].message
    assert message.startswith(
        "scenario `violent` (处理过激行为), at level `severe` (严重投诉), gives no time limit "
        "for 3 steps (step 1 has no `within`; step 3 has no `within`; escalation 1 to "
        "`president` has no `within`)"
    )
    assert "step 4" not in message  # “立即” with no time is PC308's
    assert [(line, col) for line, col, _ in diagnostics[0].related] == [(12, 9), (15, 9), (18, 9)]


def test_quiet_when_the_plan_has_no_deadline_at_all():
    assert positions("PC305", FAILING.replace(", within: 5min", "")) == []  # PC306's one finding


def test_a_single_level_plan_is_not_judged():
    text = """\
levels:
  - {id: general, name: 一般投诉}
scenarios:
  - {id: s, title: 处理, level: general, actions: [{do: 听取投诉}]}
"""
    assert positions("PC305", text) == []
