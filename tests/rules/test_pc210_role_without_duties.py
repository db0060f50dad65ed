from tests.conftest import positions, rule_findings

PASSING = """\
organisation:
  roles:
    - id: lobby-manager
      title: 大堂经理
      duties: [首问负责，接待投诉客户并登记投诉事由]
"""

FAILING = """\
organisation:
  roles:
    - {id: lobby-manager, title: 大堂经理}
    - id: guard
      title: 保安
      duties: []
"""


def test_passing():
    assert positions("PC210", PASSING) == []


def test_failing_points_at_the_role_or_its_empty_list():
    found = rule_findings("PC210", FAILING)
    assert [(line, col) for line, col, _ in found] == [(3, 7), (6, 7)]
    assert "role `lobby-manager` (大堂经理) has no duties" in found[0][2]


def test_quiet_for_a_role_whose_work_is_written_where_it_acts():
    text = (
        FAILING
        + """\
    - {id: approver, title: 行长}
    - {id: reporter, title: 办公室主任}
    - {id: president, title: 组长}
scenarios:
  - id: s
    title: 处理
    actions: [{do: 维持秩序, by: guard, approval: approver}]
    escalation: [{when: 升级, to: president}]
time_limits:
  - {id: t, what: 报告, within: 1d, from: 事发, owner: reporter}
"""
    )
    assert positions("PC210", text) == [(3, 7)]
