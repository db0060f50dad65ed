from tests.conftest import positions, rule_findings

PASSING = """\
document: {id: p, title: 代理保险业务突发事件应急预案, type: emergency-plan, language: zh-CN}
organisation:
  roles:
    - {id: outlet, title: 网点}
    - {id: manager, title: 网点负责人}
levels:
  - {id: general, name: 一般事件, lead: manager}
"""

FAILING = """\
document: {id: p, title: 保险投诉处理流程及应急预案, type: emergency-plan, language: zh-CN}
organisation:
  roles:
    - {id: intake, title: 受理部门, duties: [登记投诉]}
    - {id: outlet, title: 网点}
"""


def test_passing():
    assert positions("PC217", PASSING) == []


def test_failing_points_at_the_organisation():
    # a vague party's duties do not make it an organisation; 网点 is a place, not a post in charge
    found = rule_findings("PC217", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert found[0][2].startswith("the plan has no emergency organisation: no group and no role that is in charge")


def test_a_group_or_a_role_with_duties_and_levels_that_name_a_lead_is_an_organisation():
    group = """\
organisation:
  groups:
    - {id: g, name: 应急领导小组}
  roles:
    - {id: outlet, title: 网点}
"""
    duties = """\
organisation:
  roles:
    - {id: outlet, title: 网点, duties: [报告上级机构]}
levels:
  - {id: general, name: 一般事件, notify: [outlet]}
"""
    assert positions("PC217", group) == [] and positions("PC217", duties) == []


def test_no_organisation_section_at_all_is_reported_at_document():
    text = """\
document: {id: p, title: 突发事件应急预案, language: zh-CN}
levels: []
"""
    assert positions("PC217", text) == [(1, 1)]


def test_the_head_of_whichever_unit_has_the_case_commands_nothing():
    # 责任单位负责人 leads the unit the event happens to fall to; nobody commands the response as a whole
    text = """\
organisation:
  roles:
    - {id: petition-office, title: 分公司信访办}
    - {id: unit-head, title: 责任单位负责人}
    - {id: handler-head, title: Manager of the relevant service}
"""
    found = rule_findings("PC217", text)
    assert [(line, col) for line, col, _ in found] == [(1, 1)]
    text += "levels:\n  - {id: general, name: 一般信访, notify: [petition-office]}\n"
    fixed = text.replace("分公司信访办}", "分公司信访办主任}")
    assert positions("PC217", fixed) == []
    english = text.replace("分公司信访办}", "Petitions office}").replace(
        "Manager of the relevant service", "Head of Customer Services"
    )
    assert positions("PC217", english) == []


# absent4 (#14): posts and departments with duties, but no group and no level that says who leads, form no organisation.


def test_a_commander_and_departments_without_a_group_or_levels_form_no_organisation():
    text = """\
document: {id: p, title: 突发停水应急处理预案, type: emergency-plan, language: zh-CN}
organisation:
  roles:
    - {id: commander, title: 现场总指挥, holder: 工程部经理, duties: [调度公司所有人员]}
    - {id: call-centre, title: 电话中心, duties: [通知各部门]}
    - {id: service, title: 客户服务部, duties: [通知业户]}
levels: []
"""
    found = rule_findings("PC217", text)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert found[0][2].startswith(
        "the plan names posts and departments (现场总指挥; 电话中心; 客户服务部) but no emergency organisation they form: "
        "no group and no level that says who leads it or whom it tells"
    )


def test_levels_that_say_whom_they_tell_grade_the_command():
    # an outage repair plan: the first-class level goes to the general manager, the second to the deputy
    text = """\
document: {id: p, title: 城区重要用户停电抢修服务应急办法, type: emergency-plan, language: zh-CN}
organisation:
  roles:
    - {id: general-manager, title: 公司总经理}
    - {id: deputy-manager, title: 主管副总经理}
    - {id: repair-unit, title: 抢修单位}
levels:
  - {id: second-class, name: 二级用户, notify: [deputy-manager]}
  - {id: first-class, name: 一级用户, notify: [general-manager]}
"""
    assert positions("PC217", text) == []


def test_posts_that_name_the_body_they_form_are_an_organisation():
    # a leading group written into its roles rather than under `groups` (PC208 judges a group's parts)
    text = """\
document: {id: p, title: 营业网点突发事件应急预案, type: emergency-plan, language: zh-CN}
organisation:
  roles:
    - {id: leader, title: 组长(应急领导小组), holder: 行长}
    - {id: deputy, title: 副组长, holder: 副行长, duties: [协助组长指挥处置]}
"""
    assert positions("PC217", text) == []
