from tests.conftest import positions, rule_findings

PASSING = """\
organisation:
  roles:
    - id: lobby-manager
      title: 大堂经理
      duties: [首问负责，接待投诉客户并登记投诉事由]
"""

FAILING = """\
organisation:
  roles:
    - {id: lobby-manager, title: 大堂经理}
    - id: guard
      title: 保安
      duties: []
"""


def test_passing():
    assert positions("PC210", PASSING) == []


def test_failing_points_at_the_role_or_its_empty_list():
    found = rule_findings("PC210", FAILING)
    assert [(line, col) for line, col, _ in found] == [(3, 7), (6, 7)]
    assert "role `lobby-manager` (大堂经理) has no duties" in found[0][2]


def test_quiet_for_a_role_whose_work_is_written_where_it_acts():
    text = (
        FAILING
        + """\
    - {id: approver, title: 行长}
    - {id: reporter, title: 办公室主任}
    - {id: president, title: 组长}
scenarios:
  - id: s
    title: 处理
    actions: [{do: 维持秩序, by: guard, approval: approver}]
    escalation: [{when: 升级, to: president}]
time_limits:
  - {id: t, what: 报告, within: 1d, from: 事发, owner: reporter}
"""
    )
    assert positions("PC210", text) == [(3, 7)]


def test_quiet_for_a_role_a_step_names_as_doing_something():
    # sent by another role's step, or named by its title (without its unit) in the response of its level;
    # a role that is only reported to is still asked for its duties
    text = """\
organisation:
  roles:
    - {id: office, title: 分公司办公室, duties: [协调]}
    - {id: unit, title: 责任单位, duties: [接访]}
    - {id: security, title: 安保人员}
    - {id: unit-leader, title: 责任单位分管领导或单位责任人}
    - {id: chief, title: 镇主要领导}
levels:
  - {id: l2, name: 二级, lead: unit-leader}
scenarios:
  - id: s
    title: 二级响应
    level: l2
    actions:
      - {do: 安排安保人员到场维护秩序, by: office}
      - {do: 立即安排分管领导或单位责任人到场接访, by: unit}
      - {do: 将情况报告镇主要领导, by: unit}
"""
    found = rule_findings("PC210", text)
    assert [(line, col) for line, col, _ in found] == [(7, 7)]
    assert "role `chief` (镇主要领导) has no duties" in found[0][2]


def test_quiet_for_a_role_an_english_step_sends_or_hands_the_work_to():
    text = """\
organisation:
  roles:
    - {id: handler, title: Complaint Handler, duties: [Handle complaints]}
    - {id: duty-manager, title: Duty Manager}
    - {id: team, title: Customer Relations Team}
    - {id: director, title: Director of Operations}
scenarios:
  - id: s
    title: Serious complaint
    actions:
      - {do: Ask the Duty Manager to attend the branch, by: handler}
      - {do: "Pass the file to the Customer Relations Team, who will investigate", by: handler}
      - {do: Report the complaint to the Director of Operations, by: handler}
"""
    found = rule_findings("PC210", text)
    assert [(line, col) for line, col, _ in found] == [(6, 7)]
    assert "role `director` (Director of Operations) has no duties" in found[0][2]


def test_a_complainant_complaining_to_an_office_gives_the_office_no_work():
    text = """\
scope: 如患者有任何疑问及争议可向中心办公室进行反映
organisation:
  roles:
    - {id: office, title: 中心办公室}
"""
    assert positions("PC210", text) == [(4, 7)]


def test_quiet_for_a_role_whose_own_title_or_holder_says_what_it_does():
    # 负责人 is a post (the person in charge), not a duty
    text = """\
organisation:
  roles:
    - {id: reporter, title: 信息员（负责信息报送）}
    - {id: lobby, title: 大堂经理, holder: 负责接待投诉客户的当班大堂经理}
    - {id: officer, title: "Complaints Officer, responsible for logging every complaint"}
    - {id: manager, title: "Customer Relations Manager, who handles escalated complaints"}
    - {id: head, title: 投诉处理负责人}
    - {id: director, title: Director of Customer Service}
"""
    found = rule_findings("PC210", text)
    assert [(line, col) for line, col, _ in found] == [(7, 7), (8, 7)]
    assert "role `head` (投诉处理负责人) has no duties" in found[0][2]


def test_quiet_for_a_role_the_work_is_passed_to_with_what_it_does():
    text = """\
organisation:
  roles:
    - {id: handler, title: Complaint Handler, duties: [Handle complaints]}
    - {id: team, title: Customer Relations Team}
    - {id: director, title: Director of Operations}
scenarios:
  - id: s
    title: Serious complaint
    actions:
      - {do: Pass the file to the Customer Relations Team to investigate, by: handler}
      - {do: Send a copy to the Director of Operations for information, by: handler}
"""
    found = rule_findings("PC210", text)
    assert [(line, col) for line, col, _ in found] == [(5, 7)]
    assert "role `director` (Director of Operations) has no duties" in found[0][2]


def test_a_name_inside_another_phrase_gives_no_work():
    # 投诉管理部门负责人到场 is the head's work, "Complaints Team contact details" is no work at all
    text = """\
organisation:
  roles:
    - {id: handler, title: 值班经理, duties: [接待]}
    - {id: dept, title: 投诉管理部门}
    - {id: team, title: Complaints Team}
scenarios:
  - id: s
    title: 投诉
    actions:
      - {do: 通知投诉管理部门负责人到场, by: handler}
      - {do: Give the customer the Complaints Team contact details, by: handler}
"""
    assert positions("PC210", text) == [(4, 7), (5, 7)]


def test_roles_a_step_lists_after_a_colon_as_doing_its_work_have_their_duties_there():
    # "We check our responses before they are sent: X, Y" and 审核把关:X、Y say what X and Y do; a list after a
    # word of telling (报告:, "notify the following:") is whom it goes to, and those roles are still reported
    text = """\
organisation:
  roles:
    - {id: dept-head, title: The head of the department}
    - {id: manager, title: The complaints manager}
    - {id: section-chief, title: 科室负责人}
    - {id: officer, title: 投诉管理员}
    - {id: director, title: The Medical Director}
    - {id: president, title: 院长}
scenarios:
  - id: s
    title: Complaint
    actions:
      - {do: "We check our complaint responses before they are sent to you: the head of the department, the complaints manager"}
      - {do: 答复前审核把关:科室负责人、投诉管理员}
      - {do: "Notify the following: the Medical Director"}
      - {do: 报告:院长}
"""
    found = rule_findings("PC210", text)
    assert [(line, col) for line, col, _ in found] == [(7, 7), (8, 7)]
    assert "role `director` (The Medical Director) has no duties" in found[0][2]
    assert "role `president` (院长) has no duties" in found[1][2]


def test_a_charge_given_in_another_text_is_work():
    # a principle that makes the lobby manager the first point of contact and says what he does; a scope that
    # says the Complaints Manager oversees every complaint; a role only reported to still has none
    text = """\
scope: The Complaints Manager oversees every complaint from receipt to closure.
principles:
  - {title: 首问负责, text: 大堂经理为首问责任人，负责接待投诉客户并登记}
  - {title: 报告, text: 重大情况报告行长}
organisation:
  roles:
    - {id: lm, title: 大堂经理}
    - {id: cm, title: Complaints Manager}
    - {id: p, title: 行长}
"""
    assert positions("PC210", text) == [(9, 7)]
