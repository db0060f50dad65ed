from tests.conftest import positions, rule_findings

PASSING = """\
document: {id: p, language: en, jurisdiction: GB}
organisation:
  roles: [{id: manager, title: Senior manager}]
external: [{id: ombudsman, name: Housing Ombudsman}]
levels: []
scenarios:
  - id: stage-1
    title: Stage 1
    actions:
      - {do: Acknowledge and log the complaint, within: 5wd}
      - {do: Call the resident back immediately}
    escalation:
      - {when: Still not satisfied, to: ombudsman}
"""

FAILING = """\
document: {id: p, language: en, jurisdiction: GB}
organisation:
  roles: [{id: manager, title: Senior manager}]
levels: []
scenarios:
  - id: stage-1
    title: Stage 1
    actions:
      - do: We collect evidence and speak to everyone involved
      - do: Send the stage 1 response
        within: 10wd
    escalation:
      - when: Not happy with the response
        to: manager
"""


def test_passing():
    assert positions("PC352", PASSING) == []


def test_failing_is_one_finding_per_scenario_with_each_step_related():
    found = rule_findings("PC352", FAILING)
    assert [(line, col) for line, col, _ in found] == [(6, 5)]
    assert "gives no time limit for 2 steps (step 1 has no `within`; escalation 1 to `manager` has no `within`)" in found[0][2]


def test_related_locations_point_at_each_step():
    from plancraft.lint.config import Config
    from tests.conftest import lint_text

    [finding] = [d for d in lint_text(FAILING, config=Config()) if d.code == "PC352"]
    assert [(line, col) for line, col, _ in finding.related] == [(9, 9), (13, 9)]


def test_graded_plans_are_left_to_pc305_and_plans_without_any_time_to_pc306():
    graded = FAILING.replace("levels: []", "levels: [{id: a, name: A}, {id: b, name: B}]")
    assert positions("PC352", graded) == []
    untimed = FAILING.replace("        within: 10wd\n", "")
    assert positions("PC352", untimed) == []


# absent2 (#14, held-out misses): a scenario without a level in a complaint procedure with levels.

GRADED = """\
document: {id: p, title: 游客投诉处理制度, type: complaint-procedure, language: zh-CN}
levels:
  - {id: simple, name: 简单问题}
  - {id: complex, name: 复杂问题}
scenarios:
  - id: intake
    title: 登记与调查
    actions:
      - do: 接到投诉记录投诉内容
      - do: 核查事实
  - id: complex-problem
    title: 处理复杂问题
    level: complex
    actions:
      - {do: 反馈进展, within: 7wd}
"""


def test_a_scenario_without_a_level_in_a_graded_procedure():
    found = rule_findings("PC352", GRADED)
    assert [(line, col) for line, col, _ in found] == [(6, 5)]
    assert "it belongs to no response level, so it applies at every level" in found[0][2]


def test_an_english_procedure_whose_one_procedure_has_no_level():
    text = """\
document: {id: p, title: Complaints, type: complaint-procedure, language: en, jurisdiction: GB}
levels:
  - {id: level-1, name: Level 1}
  - {id: level-2, name: Level 2}
scenarios:
  - id: complaint
    title: How a complaint is handled
    actions:
      - {do: Acknowledge the complaint, within: 3wd}
      - do: Assess the complaint
"""
    assert positions("PC352", text) == [(6, 5)]


def test_a_graded_emergency_plan_is_left_to_pc305():
    assert positions("PC352", GRADED.replace("type: complaint-procedure", "type: emergency-plan")) == []


def test_the_complainants_own_part_is_not_asked_for_a_time():
    text = GRADED.replace("接到投诉记录投诉内容", "通过上述投诉渠道,提供以下信息资料:投诉人的基本情况").replace(
        "      - do: 核查事实\n", ""
    )
    assert positions("PC352", text) == []


def test_taking_the_complaint_in_before_a_timed_first_response_is_bounded_by_it():
    # receiving and logging happen as the complaint arrives, before the 15-minute first response; an intake
    # step after the last timed step, and any other untimed step, still needs a time
    text = """\
levels: []
scenarios:
  - id: front
    title: 投诉受理
    actions:
      - {do: 24小时受理投诉(电话、微信、现场、APP等渠道), by: desk}
      - {do: 规范记录投诉信息,填写《业主投诉受理登记表》, by: desk}
      - {do: 初步响应业主, by: desk, within: 15min}
      - {do: 调查核实, by: desk}
  - id: stage-1
    title: Stage 1
    actions:
      - {do: Log the complaint and its details, by: team}
      - {do: Send the stage 1 response, by: team, within: 10wd}
      - {do: Record the outcome on the complaints form, by: team}
"""
    found = rule_findings("PC352", text)
    assert [(line, col) for line, col, _ in found] == [(3, 5), (10, 5)]
    assert "gives no time limit for 1 step (step 4 has no `within`)" in found[0][2]
    assert "gives no time limit for 1 step (step 3 has no `within`)" in found[1][2]
