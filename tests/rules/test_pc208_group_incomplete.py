import re

from tests.conftest import positions, rule_findings

PASSING = """\
organisation:
  groups:
    - id: leading-group
      name: 客户投诉处理应急领导小组
      leader: president
      deputies: [vice-president]
      members: [office-head, branch-head]
      office: 综合部
"""

FAILING = """\
organisation:
  groups:
    - id: leading-group
      name: 客户投诉处理应急领导小组
      leader: president
      deputies: []
      members: [office-head, branch-head]
"""


def test_passing():
    assert positions("PC208", PASSING) == []


def test_failing_reports_the_group_once_with_every_missing_part():
    found = rule_findings("PC208", FAILING)
    assert found == [
        (
            3,
            7,
            "group `leading-group` (客户投诉处理应急领导小组) has no deputy leader (副组长), no office (办公室); "
            "name who stands in for the leader with `deputies:`; say where its office sits with `office:`, e.g. 综合部",
        )
    ]


def test_one_missing_part_is_reported_at_its_empty_key():
    found = rule_findings("PC208", FAILING.replace("members:", "office: 综合部\n      members:"))
    assert [(line, col) for line, col, _ in found] == [(6, 7)]
    assert "group `leading-group` (客户投诉处理应急领导小组) has no deputy leader (副组长); " in found[0][2]


def test_a_group_that_is_the_office_is_not_asked_for_an_office():
    plan = """\
organisation:
  groups:
    - id: leading-group
      name: 客户投诉处理应急领导小组
      leader: president
      deputies: [vice-president]
      members: [office-head]
      office: 综合部
    - id: complaints-office
      name: 投诉处理办公室
      leader: office-head
    - id: g2
      name: 应急办公室
      leader: office-head
      deputies: [vice-president]
      members: [branch-head]
"""
    found = rule_findings("PC208", plan)
    assert [(line, col) for line, col, _ in found] == [(9, 7)]
    assert found[0][2].startswith("group `complaints-office` (投诉处理办公室) has no deputy leader (副组长), no members (成员); ")
    assert "office" not in found[0][2].split(";")[0].split(")", 1)[1]


def test_the_example_fits_the_plan_english_for_a_gb_plan_chinese_for_a_chinese_one():
    # chosen by the plan's jurisdiction and language (rules.helpers.for_plan), not by the reader's
    found = rule_findings(
        "PC208",
        "document: {id: p, title: Complaints procedure, language: en, jurisdiction: GB}\norganisation:\n  groups:\n    - {id: panel, name: Complaints Panel, leader: chair, deputies: [vice], members: [clerk]}\n",
    )
    assert [(line, col) for line, col, _ in found] == [(4, 7)]
    assert not re.search(r"[\u4e00-\u9fff]", found[0][2]), found[0][2]
    assert "has no office; say where its office sits with `office:`, e.g. Customer Services" in found[0][2]
    found = rule_findings(
        "PC208",
        "document: {id: p, title: 客户投诉应急预案, language: zh-CN}\norganisation:\n  groups:\n    - {id: g, name: 领导小组, leader: chair, deputies: [vice], members: [clerk]}\n",
    )
    assert [(line, col) for line, col, _ in found] == [(4, 7)]
    assert "has no office (办公室); say where its office sits with `office:`, e.g. 综合部" in found[0][2]


def test_a_group_that_is_the_whole_unit_keeps_its_office_work_with_its_own_handler():
    # the branch's own group: all its staff are members and the customer-service manager takes complaints in,
    # so the office's work has a post; without that post, or with departments as members, an office is asked
    text = """\
organisation:
  groups:
    - {id: branch-group, name: 投诉厅堂应急领导小组, leader: head, deputies: [service-manager], members: [all-staff]}
    - {id: other-group, name: 应急领导小组, leader: head, deputies: [lobby], members: [all-staff]}
    - {id: bank-group, name: 应急领导小组, leader: head, deputies: [service-manager], members: [ops]}
  roles:
    - {id: head, title: 组长, holder: 网点负责人}
    - {id: service-manager, title: 副组长, holder: 客服经理, duties: [接收和处理客户投诉]}
    - {id: lobby, title: 副组长, holder: 大堂经理, duties: [引导客户至接待区域]}
    - {id: all-staff, title: 成员, holder: 网点全体员工}
    - {id: ops, title: 成员, holder: 运营管理部}
"""
    found = rule_findings("PC208", text)
    assert [(line, col) for line, col, _ in found] == [(4, 7), (5, 7)]
    assert all("no office (办公室)" in message for _l, _c, message in found)
