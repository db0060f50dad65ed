from tests.conftest import lint_text, positions, rule_findings

PASSING = """\
reporting:
  - {what: 重大投诉事件报告, to: president, within: 2h}
"""

FAILING = """\
document: {id: p, title: 客户投诉应急预案, language: zh-CN}
levels:
  - {id: general, name: 一般投诉}
  - {id: severe, name: 重大投诉}
scenarios:
  - id: s
    title: 处理重大投诉
    level: severe
    actions:
      - {do: 及时处理客户诉求}
      - {do: 向行长报告}
"""


def test_passing():
    assert positions("PC306", PASSING) == []
    assert positions("PC306", "scenarios: [{id: s, title: t, actions: [{do: x, within: 1h}]}]\n") == []
    assert positions("PC306", "time_limits: [{id: t, what: x, within: 1d}]\n") == []


def test_failing_is_one_error():
    found = rule_findings("PC306", FAILING)
    assert [(line, col) for line, col, _ in found] == [(1, 1)]
    assert found[0][2].startswith("the plan sets no deadline at all")
    assert positions("PC306", FAILING + "time_limits: []\n") == [(12, 1)]


def test_the_per_step_rules_stay_quiet():
    codes = sorted(d.code for d in lint_text(FAILING) if d.code in {"PC305", "PC306", "PC307", "PC308"})
    assert codes == ["PC306"]
