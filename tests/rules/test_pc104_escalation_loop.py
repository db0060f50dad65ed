from tests.conftest import positions, rule_findings

PASSING = """\
organisation:
  roles:
    - {id: branch-head, title: 网点负责人}
    - {id: vice-president, title: 副组长}
    - {id: president, title: 组长}
external:
  - {id: police, name: 派出所}
levels:
  - {id: general, name: 一般投诉, lead: branch-head, notify: [vice-president]}
  - {id: severe, name: 重大投诉, lead: president, notify: [police]}
scenarios:
  - id: general-complaint
    title: 处理一般投诉
    owner: branch-head
    escalation:
      - {when: 超出网点权限, to: vice-president}
  - id: disorder-complaint
    title: 处理影响秩序的投诉
    owner: vice-president
    escalation:
      - {when: 出现过激行为, to: president}
      - {when: 出现过激行为, to: police}
"""

FAILING = """\
organisation:
  roles:
    - {id: branch-head, title: 网点负责人}
    - {id: vice-president, title: 副组长}
    - {id: president, title: 组长}
scenarios:
  - id: severe-complaint
    title: 处理重大投诉
    owner: president
    escalation:
      - {when: 需要网点配合, to: branch-head}
  - id: general-complaint
    title: 处理一般投诉
    owner: branch-head
    escalation:
      - {when: 超出网点权限, to: vice-president}
  - id: disorder-complaint
    title: 处理影响秩序的投诉
    owner: vice-president
    escalation:
      - when: 出现过激行为
        to: president
  - id: self
    title: 自己升级给自己
    owner: vice-president
    escalation:
      - {when: 任何情况, to: vice-president}
"""


def test_passing():
    assert positions("PC104", PASSING) == []


def test_failing_reports_the_link_that_closes_each_loop():
    found = sorted(rule_findings("PC104", FAILING))
    assert [(line, col) for line, col, _ in found] == [(22, 13), (27, 26)]
    assert (
        "escalation goes round in a loop: `president` (组长) escalates to `branch-head` (网点负责人) "
        "(scenario `severe-complaint`), who escalates to `vice-president` (副组长) (scenario `general-complaint`), "
        "who escalates to `president` (组长) (scenario `disorder-complaint`)"
    ) in found[0][2]
    assert "scenario `self` escalates to its own owner `vice-president` (副组长)" in found[1][2]


def test_a_level_notifying_upwards_is_not_a_loop():
    text = FAILING.replace("- {when: 需要网点配合, to: branch-head}", "- {when: 需要网点配合, to: police}")
    text += "levels:\n  - {id: severe, name: 重大, lead: president, notify: [branch-head, president]}\n"
    assert [m for _, _, m in rule_findings("PC104", text) if "loop" in m] == []


def test_the_people_doing_the_steps_escalate_to_the_one_in_charge():
    # others do the steps, and go to the scenario's owner when stuck: no circle; the owner doing every step
    # itself and escalating to itself is still one
    text = """\
organisation:
  roles:
    - {id: commander, title: 现场总指挥}
    - {id: customer-service, title: 客服部}
    - {id: duty-manager, title: Duty manager}
scenarios:
  - id: outage
    title: 计划停水
    owner: commander
    actions:
      - {do: 通知业户, by: customer-service}
    escalation:
      - {when: 如工作过程中遇到任何问题, to: commander}
  - id: alarm
    title: Fire alarm
    owner: duty-manager
    actions:
      - {do: Check the panel, by: duty-manager}
    escalation:
      - {when: the alarm is confirmed, to: duty-manager}
"""
    found = rule_findings("PC104", text)
    assert [(line, col) for line, col, _ in found] == [(20, 44)]
    assert "scenario `alarm` escalates to its own owner `duty-manager` (Duty manager)" in found[0][2]
