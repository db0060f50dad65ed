from tests.conftest import lint_text, positions, rule_findings

PASSING = """\
scenarios:
  - id: on-site
    title: 处理现场投诉
    actions:
      - {do: 将客户引导至接待室, by: lobby-manager, within: 10min}
"""

NO_SCENARIOS = """\
document: {id: p, title: 客户投诉应急预案, language: zh-CN}
organisation:
  roles:
    - {id: president, title: 行长}
levels:
  - {id: general, name: 一般投诉, lead: president}
  - {id: severe, name: 重大投诉, lead: president}
scenarios: []
"""

NO_STEPS = """\
scenarios:
  - {id: a, title: 处理一般投诉}
  - id: b
    title: 处理重大投诉
    actions: []
"""


def test_passing():
    assert positions("PC109", PASSING) == []


def test_no_scenarios_is_one_error_at_the_key():
    found = rule_findings("PC109", NO_SCENARIOS)
    assert [(line, col) for line, col, _ in found] == [(8, 1)]
    assert found[0][2].startswith("the plan has no scenarios")


def test_missing_scenarios_key_points_at_document():
    assert positions("PC109", "document: {id: p, title: t, language: zh-CN}\n") == [(1, 1)]


def test_scenarios_without_steps_is_one_error():
    found = rule_findings("PC109", NO_STEPS)
    assert [(line, col) for line, col, _ in found] == [(1, 1)]
    assert found[0][2].startswith("no scenario lists a single step")


def test_one_fault_one_finding():
    codes = sorted(d.code for d in lint_text(NO_SCENARIOS) if d.code in {"PC105", "PC106", "PC107", "PC109", "PC511"})
    assert codes == ["PC109"]
    codes = sorted(d.code for d in lint_text(NO_STEPS) if d.code in {"PC105", "PC106", "PC107", "PC109", "PC511"})
    assert codes == ["PC109"]
