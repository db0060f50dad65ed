from tests.conftest import positions, rule_findings

PASSING = """\
levels:
  - {id: general, name: 一般投诉}
  - {id: severe, name: 重大投诉}
scenarios:
  - {id: general-complaint, title: 处理一般投诉, level: general}
  - {id: violent-complaint, title: 处理过激投诉, level: severe}
"""

FAILING = """\
levels:
  - {id: general, name: 一般投诉}
  - id: severe
    name: 重大投诉
scenarios:
  - {id: general-complaint, title: 处理一般投诉, level: general}
  - {id: other, title: 其他}
"""


def test_passing():
    assert positions("PC106", PASSING) == []


def test_failing_points_at_the_level_id():
    found = rule_findings("PC106", FAILING)
    assert [(line, col) for line, col, _ in found] == [(3, 9)]
    assert "no scenario handles level `severe` (重大投诉)" in found[0][2]
    assert "`level: severe`" in found[0][2]


def test_one_procedure_for_every_level_needs_no_scenario_per_level():
    # no scenario names a level: the one procedure applies at every level (a complaint procedure's levels differ in
    # timescale; an emergency plan's levels in who leads them)
    text = """\
document: {id: p, type: complaint-procedure, language: en}
levels:
  - {id: level-1, name: Level 1}
  - {id: level-2, name: Level 2}
scenarios:
  - {id: complaint, title: How a complaint is handled, actions: [{do: Investigate, by: team}]}
"""
    assert positions("PC106", text) == []
    chinese = """\
levels:
  - {id: general, name: 一般投诉, lead: branch-head}
  - {id: severe, name: 重大投诉, lead: president}
scenarios:
  - {id: handling, title: 投诉处理流程, actions: [{do: 调查核实, by: team}]}
"""
    assert positions("PC106", chinese) == []


def test_once_a_scenario_is_for_one_level_every_other_level_needs_its_own():
    text = """\
levels:
  - {id: general, name: 一般投诉}
  - {id: severe, name: 重大投诉}
scenarios:
  - {id: handling, title: 投诉处理流程}
  - {id: general-complaint, title: 处理一般投诉, level: general}
"""
    found = rule_findings("PC106", text)
    assert [(line, col) for line, col, _ in found] == [(3, 10)]
    assert "no scenario handles level `severe` (重大投诉)" in found[0][2]


# absent4 (#14): an emergency plan's levels that differ in nothing share one response.

ALIKE = """\
document: {id: p, title: 校服工作突发事件应急预案, type: emergency-plan, language: zh-CN}
levels:
  - {id: general, name: 一般事件, criteria: 少量学生出现轻微不适}
  - {id: major, name: 重大事件, criteria: 多名学生出现过敏}
scenarios:
  - id: quality
    title: 校服质量安全事件
    actions: [{do: 立即暂停问题校服使用}, {do: 通知家长}]
"""


def test_levels_that_differ_in_nothing_share_one_response():
    found = rule_findings("PC106", ALIKE)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert found[0][2].startswith("the levels (一般事件; 重大事件) share one response: no scenario is for one of them")


def test_levels_without_any_scenario_share_one_response():
    text = ALIKE.split("scenarios:")[0] + "scenarios: []\n"
    assert positions("PC106", text) == [(2, 1)]


def test_levels_that_differ_in_lead_notify_or_a_named_time_limit_do_not():
    lead = ALIKE.replace("criteria: 多名学生出现过敏}", "criteria: 多名学生出现过敏, lead: principal}")
    assert positions("PC106", lead) == []
    notify = ALIKE.replace("criteria: 多名学生出现过敏}", "criteria: 多名学生出现过敏, notify: [education-bureau]}")
    assert positions("PC106", notify) == []
    timed = ALIKE + "time_limits:\n  - {id: report, what: 重大事件2小时内报告教育局, within: 2h}\n"
    assert positions("PC106", timed) == []
    step = ALIKE.replace("{do: 通知家长}", "{do: 通知家长, when: 发生重大事件时}")
    assert positions("PC106", step) == []


def test_a_complaint_procedures_alike_levels_are_not_asked():
    procedure = ALIKE.replace("type: emergency-plan", "type: complaint-procedure")
    assert positions("PC106", procedure) == []


def test_without_any_scenario_levels_with_a_lead_are_left_to_pc109():
    # one fault, one finding: the missing procedure is PC109's; levels that name their lead are more than labels
    text = ALIKE.split("scenarios:")[0].replace(
        "criteria: 少量学生出现轻微不适}", "criteria: 少量学生出现轻微不适, lead: principal}"
    )
    text = text.replace("criteria: 多名学生出现过敏}", "criteria: 多名学生出现过敏, lead: principal}") + "scenarios: []\n"
    assert positions("PC106", text) == []


def test_a_step_that_names_a_level_by_its_grade_tells_the_levels_apart():
    text = ALIKE.replace("name: 一般事件,", "name: 一般事件(D级),").replace("name: 重大事件,", "name: 重大事件(B级),")
    assert positions("PC106", text) == [(2, 1)]
    graded = text.replace("{do: 通知家长}", "{do: 通知家长, when: B级事件}")
    assert positions("PC106", graded) == []
