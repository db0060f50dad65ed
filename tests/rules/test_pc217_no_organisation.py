from tests.conftest import positions, rule_findings

PASSING = """\
document: {id: p, title: 代理保险业务突发事件应急预案, type: emergency-plan, language: zh-CN}
organisation:
  roles:
    - {id: outlet, title: 网点}
    - {id: manager, title: 网点负责人}
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


def test_a_group_or_a_role_with_duties_is_an_organisation():
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
    fixed = text.replace("分公司信访办}", "分公司信访办主任}")
    assert positions("PC217", fixed) == []
    english = text.replace("分公司信访办}", "Petitions office}").replace(
        "Manager of the relevant service", "Head of Customer Services"
    )
    assert positions("PC217", english) == []
