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


# absent2 (#14, held-out misses): a complaint procedure whose steps only take complaints in.

INTAKE_ONLY = """\
document: {id: p, title: 业主投诉处理工作指南, type: complaint-procedure, language: zh-CN}
scenarios:
  - id: front-end
    title: 投诉受理层
    actions:
      - {do: 24小时受理投诉, by: front-desk}
      - {do: 规范记录投诉信息,填写《业主投诉受理登记表》, by: front-desk}
      - {do: 初步响应业主, by: front-desk, within: 15min}
time_limits:
  - {id: done, what: 3日内办结, within: 3d}
"""


def test_a_procedure_for_intake_only_is_a_warning_at_scenarios():
    from plancraft.rules import BY_CODE
    from tests.conftest import run_rule, snippet_plan

    found = rule_findings("PC109", INTAKE_ONLY)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "the steps only take complaints in" in found[0][2]
    plan = snippet_plan(INTAKE_ONLY)
    assert [d.severity.value for d in run_rule(BY_CODE["PC109"], plan, plan.options)] == ["warning"]


def test_an_english_procedure_for_intake_only():
    text = """\
document: {id: p, title: Complaints, type: complaint-procedure, language: en, jurisdiction: IE}
scenarios:
  - id: intake
    title: Making a complaint
    actions:
      - {do: Log the complaint and give it a reference, by: first-contact, within: 1wd}
"""
    assert positions("PC109", text) == [(2, 1)]
    assert positions("PC109", text.replace("give it a reference", "investigate it")) == []


def test_a_step_that_answers_passes():
    assert positions("PC109", INTAKE_ONLY.replace("初步响应业主", "调查核实并答复业主")) == []


def test_an_emergency_plan_is_not_asked_for_handling_steps():
    assert positions("PC109", INTAKE_ONLY.replace("type: complaint-procedure", "type: emergency-plan")) == []
