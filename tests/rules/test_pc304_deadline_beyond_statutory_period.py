from tests.conftest import positions, rule_findings

PASSING = """\
time_limits:
  - {id: first-reply, what: 首次回复客户, within: 1d}
  - {id: final-reply, what: 作出处理决定并告知客户, within: 14d, after: first-reply}
  - {id: ten-working-days, what: 十个工作日, within: 10wd}
scenarios:
  - id: s
    title: 处理投诉
    actions:
      - {do: 核实情况, within: 15d}
"""

FAILING = """\
time_limits:
  - id: final-reply
    what: 作出处理决定并告知客户
    within: 20d
  - {id: first, what: 初查, within: 10d}
  - {id: second, what: 复查, within: 10d, after: first}
scenarios:
  - id: s
    title: 处理投诉
    actions:
      - {do: 核实情况, within: 3w}
    escalation:
      - {when: 无法解决, to: president, within: 1mo}
"""


def test_passing():
    assert positions("PC304", PASSING) == []


def test_failing_points_at_each_within():
    found = rule_findings("PC304", FAILING)
    assert [(line, col) for line, col, _ in found] == [(4, 13), (6, 36), (11, 28), (13, 45)]
    assert "time limit `final-reply` (作出处理决定并告知客户) allows 20d, beyond 15d" in found[0][2]
    assert "(银行业保险业消费投诉处理管理办法);" in found[0][2] and "unconfirmed" not in found[0][2]
    assert "ends 20d after its chain starts (`first` 10d + `second` 10d)" in found[1][2]
    assert "step 1 of scenario `s` (处理投诉) allows 3w" in found[2][2]
    assert "escalation 1 of scenario `s` (处理投诉) to `president` allows 1mo" in found[3][2]


def test_the_period_is_an_option():
    assert positions("PC304", FAILING, **{"decision-period": "20d"}) == [(11, 28), (13, 45)]
