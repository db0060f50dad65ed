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
