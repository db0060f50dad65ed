import re

from tests.conftest import positions, rule_findings

PASSING = """\
organisation:
  roles:
    - {id: president, title: 组长, backup: vice-president}
    - {id: vice-president, title: 副组长}
levels:
  - {id: severe, name: 重大投诉, lead: president}
"""

FAILING = """\
organisation:
  roles:
    - {id: president, title: 组长}
    - {id: branch-head, title: 网点负责人, backup: president}
    - {id: lobby-manager, title: 大堂经理}
levels:
  - {id: severe, name: 重大投诉, lead: president}
scenarios:
  - {id: violent, title: 处理过激投诉, owner: president}
  - {id: general, title: 处理一般投诉, owner: branch-head}
"""


def test_passing():
    assert positions("PC209", PASSING) == []


def test_failing_points_at_the_role():
    found = rule_findings("PC209", FAILING)
    assert [(line, col) for line, col, _ in found] == [(3, 7)]
    assert ("role `president` (组长) leads level `severe`, owns scenario `violent` but has no backup (B角)") in found[0][2]


def test_a_group_leader_needs_a_backup_too():
    text = """\
organisation:
  groups:
    - {id: leading-group, name: 领导小组, leader: president}
  roles:
    - {id: president, title: 组长}
"""
    found = rule_findings("PC209", text)
    assert [(line, col) for line, col, _ in found] == [(5, 7)]
    assert "leads group `leading-group`" in found[0][2]


def test_a_pool_or_a_vague_party_needs_no_stand_in():
    # whoever is free, or a party PC212 reports as naming nobody: there is no one post to stand in for
    text = """\
organisation:
  roles:
    - {id: reviewer, title: A council officer who was not involved with the original stage 1 investigation}
    - {id: service, title: Someone in the council service that relates to your complaint}
    - {id: handler, title: 受理人}
    - {id: senior-manager, title: A senior manager}
scenarios:
  - {id: s1, title: Stage 1, owner: service}
  - {id: s2, title: Stage 2, owner: reviewer}
  - {id: s3, title: 一般投诉, owner: handler}
  - {id: s4, title: Review, owner: senior-manager}
"""
    found = rule_findings("PC209", text)
    assert [(line, col) for line, col, _ in found] == [(6, 7)]
    assert "role `senior-manager` (A senior manager) owns scenario `s4`" in found[0][2]


def test_an_either_or_post_stands_in_for_itself():
    # two posts, either of whom goes: one is the other's stand-in; a single post is still asked
    text = """\
organisation:
  roles:
    - {id: unit-leader, title: 责任单位分管领导或单位责任人}
    - {id: manager, title: The Complaints Manager or their deputy}
    - {id: unit-head, title: 责任单位负责人}
    - {id: director, title: The Director of Operations}
levels:
  - {id: l2, name: 二级, lead: unit-leader}
  - {id: l3, name: 三级, lead: unit-head}
scenarios:
  - {id: s1, title: Stage 1, owner: manager}
  - {id: s2, title: Stage 2, owner: director}
"""
    found = rule_findings("PC209", text)
    assert [(line, col) for line, col, _ in found] == [(5, 7), (6, 7)]
    assert "role `unit-head` (责任单位负责人) leads level `l3`" in found[0][2]
    assert "role `director` (The Director of Operations) owns scenario `s2`" in found[1][2]


def test_a_post_on_a_duty_rota_needs_no_named_stand_in():
    # whoever is on the rota holds the post: the rota stands in; the group leader is one person
    text = """\
organisation:
  roles:
    - {id: duty-captain, title: 值班队长}
    - {id: duty-manager, title: Duty Manager}
    - {id: leader, title: 组长}
scenarios:
  - {id: s1, title: 受理投诉, owner: duty-captain}
  - {id: s2, title: Out of hours, owner: duty-manager}
  - {id: s3, title: 重大投诉, owner: leader}
"""
    found = rule_findings("PC209", text)
    assert [(line, col) for line, col, _ in found] == [(5, 7)]
    assert "role `leader` (组长) owns scenario `s3`" in found[0][2]


def test_a_step_that_says_who_acts_when_the_lead_cannot_is_a_stand_in():
    text = """\
organisation:
  roles:
    - {id: unit-staff, title: 责任单位负责同志}
    - {id: manager, title: Customer Relations Manager}
    - {id: head, title: 责任单位负责人}
levels:
  - {id: l1, name: 一级, lead: unit-staff}
  - {id: l2, name: 二级, lead: head}
scenarios:
  - id: s1
    title: 一级响应
    level: l1
    owner: manager
    actions:
      - {do: 到场接访, by: unit-staff, within: 10min}
      - when: 因故不能按规定到达现场的
        do: 须向分公司领导请假说明情况，并指派具体负责人按时间要求到达现场
        by: unit-staff
      - do: If unavailable, the manager delegates the complaint to a named colleague
        by: manager
  - id: s2
    title: 二级响应
    level: l2
    actions:
      - {do: 责任单位负责人要到场接访, by: head}
"""
    found = rule_findings("PC209", text)
    assert [(line, col) for line, col, _ in found] == [(5, 7)]
    assert "role `head` (责任单位负责人) leads level `l2`" in found[0][2]


def test_a_sentence_naming_the_absence_and_who_acts_instead_is_a_stand_in():
    text = """\
organisation:
  groups:
    - id: g
      name: 领导小组
      leader: leader
      duties: [组长因故不在时，由副组长代行组长职责]
    - id: panel
      name: Complaints Panel
      leader: chair
      duties: [The Chair leads the panel's review of each complaint]
  roles:
    - {id: leader, title: 组长}
    - {id: chair, title: Chair}
"""
    found = rule_findings("PC209", text)
    assert [(line, col) for line, col, _ in found] == [(13, 7)]
    assert "role `chair` (Chair) leads group `panel`" in found[0][2]


def test_the_example_fits_the_plan_english_for_a_gb_plan_chinese_for_a_chinese_one():
    # chosen by the plan's jurisdiction and language (rules.helpers.for_plan), not by the reader's
    found = rule_findings(
        "PC209",
        "document: {id: p, title: Complaints procedure, language: en, jurisdiction: GB}\norganisation:\n  roles:\n    - {id: manager, title: Complaints Manager}\nscenarios:\n  - {id: s, title: Stage 2, owner: manager}\n",
    )
    assert [(line, col) for line, col, _ in found] == [(4, 7)]
    assert not re.search(r"[\u4e00-\u9fff]", found[0][2]), found[0][2]
    assert "owns scenario `s` but has no backup; name the role" in found[0][2]
    found = rule_findings(
        "PC209",
        "document: {id: p, title: 客户投诉应急预案, language: zh-CN}\norganisation:\n  roles:\n    - {id: manager, title: 投诉管理岗}\nscenarios:\n  - {id: s, title: 复杂投诉, owner: manager}\n",
    )
    assert [(line, col) for line, col, _ in found] == [(4, 7)]
    assert "has no backup (B角)" in found[0][2]


def test_a_deputy_named_for_the_absence_in_english_or_chinese_is_a_stand_in():
    text = """\
organisation:
  groups:
    - id: g
      name: 投诉处理小组
      leader: leader
      duties: [组长不在时由副组长负责]
  roles:
    - {id: leader, title: 组长}
    - {id: manager, title: Complaints Manager}
    - {id: director, title: Director}
scenarios:
  - id: s1
    title: Stage 2
    owner: manager
    key_points: In the complaints manager's absence, the deputy complaints manager deals with the review.
  - {id: s2, title: Stage 3, owner: director}
"""
    found = rule_findings("PC209", text)
    assert [(line, col) for line, col, _ in found] == [(10, 7)]
    assert "role `director` (Director) owns scenario `s2`" in found[0][2]


def test_many_people_or_units_each_acting_where_the_complaint_falls_need_no_named_stand_in():
    # one per department, a unit's staff at large, the kind of site complained about: whichever of them the
    # complaint reaches acts; a post that heads one unit, or one office, still needs its B角
    text = """\
organisation:
  roles:
    - {id: receivers, title: 各科室专人}
    - {id: section-staff, title: 科室工作人员}
    - {id: spots, title: 景区景点}
    - {id: ward-leads, title: A named person in each ward}
    - {id: complaint-staff, title: 投诉管理人员}
    - {id: branch-head, title: 网点负责人}
    - {id: manager, title: The Complaints Manager}
scenarios:
  - {id: s1, title: 接收投诉, owner: receivers}
  - {id: s2, title: 受理投诉, owner: section-staff}
  - {id: s3, title: 简单问题, owner: spots}
  - {id: s4, title: Ward complaints, owner: ward-leads}
  - {id: s5, title: 处理投诉, owner: complaint-staff}
  - {id: s6, title: 网点投诉, owner: branch-head}
  - {id: s7, title: Stage 2, owner: manager}
"""
    found = rule_findings("PC209", text)
    assert [(line, col) for line, col, _ in found] == [(7, 7), (8, 7), (9, 7)]
    assert "role `complaint-staff` (投诉管理人员) owns scenario `s5`" in found[0][2]
    assert "role `manager` (The Complaints Manager) owns scenario `s7`" in found[2][2]


def test_work_taken_in_turn_or_round_the_clock_needs_no_named_stand_in():
    # 院领导轮流负责接待, a desk answering 24 hours, "in turn": the turn or the shift stands in; a slash names
    # two posts either of whom acts; a leader whose duty is only to be reachable round the clock still needs one
    text = """\
organisation:
  roles:
    - id: leaders
      title: 院领导
      duties: [院领导接待日由院领导轮流负责接待]
    - id: desk
      title: 客服专员/楼栋管家
    - id: stewards
      title: Building stewards
      duties: [Take complaints round the clock by phone or in person]
    - id: director
      title: Director of Nursing
      duties: [Keeps a phone on 24 hours for serious complaints]
    - id: head
      title: 组长
      duties: [保持24小时通讯畅通]
scenarios:
  - {id: s1, title: 接待日, owner: leaders}
  - {id: s2, title: 受理, owner: desk}
  - {id: s3, title: Intake, owner: stewards}
  - {id: s4, title: Serious complaints, owner: director}
  - {id: s5, title: 重大投诉, owner: head}
"""
    found = rule_findings("PC209", text)
    assert [(line, col) for line, col, _ in found] == [(11, 7), (14, 7)]
    assert "role `director` (Director of Nursing) owns scenario `s4` but has no backup" in found[0][2]
    assert "role `head` (组长) owns scenario `s5` but has no backup (B角)" in found[1][2]


def test_a_units_staff_at_large_is_a_pool_but_a_functions_staff_is_not():
    # 科室工作人员 / 窗口工作人员: whoever in the unit takes it; 投诉处理工作人员: the complaint handlers, a post
    text = """\
organisation:
  roles:
    - {id: section-staff, title: 科室工作人员}
    - {id: window-staff, title: 窗口工作人员}
    - {id: handlers, title: 投诉处理工作人员}
scenarios:
  - {id: s1, title: 受理, owner: section-staff}
  - {id: s2, title: 登记, owner: window-staff}
  - {id: s3, title: 处理, owner: handlers}
"""
    found = rule_findings("PC209", text)
    assert [(line, col) for line, col, _ in found] == [(5, 7)]
    assert "role `handlers` (投诉处理工作人员) owns scenario `s3`" in found[0][2]


def test_a_post_held_by_two_posts_or_by_the_duty_officer_needs_no_named_stand_in():
    # the holder says who acts: 工程部经理/当值班 is two posts (one on the rota), "Jane Roe / John Doe" two people;
    # a post held by one post is still asked
    text = """\
organisation:
  roles:
    - {id: site-commander, title: 现场总指挥, holder: 工程部经理/当值班}
    - {id: incident-lead, title: Incident lead, holder: Jane Roe / John Doe}
    - {id: coordinator, title: 总协调, holder: 物业总经理}
    - {id: night-lead, title: 夜间负责人, holder: 值班经理}
scenarios:
  - {id: s1, title: 计划停水, owner: site-commander}
  - {id: s2, title: Burst main, owner: incident-lead}
  - {id: s3, title: 突然停水, owner: coordinator}
  - {id: s4, title: 夜间停水, owner: night-lead}
"""
    found = rule_findings("PC209", text)
    assert [(line, col) for line, col, _ in found] == [(5, 7)]
    assert "role `coordinator` (总协调) owns scenario `s3`" in found[0][2]


def test_whoever_is_given_the_case_is_no_post_to_stand_in_for():
    # "the person investigating your complaint" is whoever is assigned to each complaint (PC212 reports the
    # vagueness once); the Complaints Investigator is one post and is still asked
    text = """\
organisation:
  roles:
    - {id: investigator, title: the person investigating your complaint on your behalf}
    - {id: officer, title: The officer assigned to your complaint}
    - {id: named, title: Complaints Investigator}
scenarios:
  - {id: s1, title: Investigation, owner: investigator}
  - {id: s2, title: Review, owner: officer}
  - {id: s3, title: Final response, owner: named}
"""
    found = rule_findings("PC209", text)
    assert [(line, col) for line, col, _ in found] == [(5, 7)]
    assert "role `named` (Complaints Investigator) owns scenario `s3`" in found[0][2]
    assert [(line, col) for line, col in positions("PC212", text)] == [(3, 33), (4, 28)]


def test_a_deputy_whose_duties_say_it_takes_over_in_the_leaders_absence_is_a_stand_in():
    # 组长外出期间主持领导小组工作, in the deputy's own duties: the 组长 has a stand-in; the deputy, leading a level
    # with nobody named for it, is still asked
    text = """\
organisation:
  roles:
    - {id: gm, title: 组长}
    - {id: deputy, title: 副组长, duties: [协助组长工作,组长外出期间主持领导小组工作]}
levels:
  - {id: l2, name: 较大, lead: deputy}
  - {id: l1, name: 重大, lead: gm}
"""
    found = rule_findings("PC209", text)
    assert [(line, col) for line, col, _ in found] == [(4, 7)]
    assert "role `deputy` (副组长) leads level `l2`" in found[0][2]


def test_a_post_held_by_whoever_is_on_shift_or_on_the_rota_needs_no_named_stand_in():
    text = """\
organisation:
  roles:
    - {id: bronze, title: Bronze (Operational) Commander, holder: Network supervisor on shift}
    - {id: gold, title: Gold Commander, holder: "Director, from the directors' rota"}
    - {id: silver, title: Silver Commander, holder: Operations manager}
levels:
  - {id: l1, name: Level 1, lead: bronze}
  - {id: l2, name: Level 2, lead: silver}
  - {id: l3, name: Level 3, lead: gold}
"""
    found = rule_findings("PC209", text)
    assert [(line, col) for line, col, _ in found] == [(5, 7)]
    assert "role `silver` (Silver Commander) leads level `l2`" in found[0][2]


def test_who_acts_in_the_absence_said_in_other_words_is_a_stand_in():
    # a post named acting after the absence; "(or a nominated deputy)" in the title; the stand-in in the holder;
    # the one who acts is not stated for itself, and whom to tell is no stand-in
    text = """\
principles:
  - {title: Cover, text: "In the absence of the Complaints Manager, the Customer Services Manager will deal with complaints."}
  - {title: Leave, text: "When the Review Lead is on leave, the Director must be told."}
  - {title: 纪律, text: 组长外出须向院长报告}
organisation:
  roles:
    - {id: cm, title: Complaints Manager}
    - {id: csm, title: Customer Services Manager}
    - {id: hos, title: Head of Service (or a nominated deputy)}
    - {id: president, title: 总指挥, holder: 行长(行长不在时由副行长担任)}
    - {id: review, title: Review Lead}
    - {id: leader, title: 组长}
scenarios:
  - {id: s1, title: Stage 1, owner: cm}
  - {id: s2, title: Stage 2, owner: csm}
  - {id: s3, title: Stage 3, owner: hos}
  - {id: s4, title: 重大投诉, owner: president}
  - {id: s5, title: Review, owner: review}
  - {id: s6, title: 群体投诉, owner: leader}
"""
    found = rule_findings("PC209", text)
    assert [(line, col) for line, col, _ in found] == [(8, 7), (11, 7), (12, 7)]
    assert "role `csm` (Customer Services Manager) owns scenario `s2`" in found[0][2]


def test_two_posts_one_person_holds_are_no_stand_in():
    # 董事长兼总经理 is one person with two posts: nobody stands in; 工程部经理/当值班 is two people
    text = """\
organisation:
  roles:
    - {id: chair, title: 组长, holder: 董事长兼总经理}
    - {id: site, title: 现场负责人, holder: 工程部经理/当值班}
levels:
  - {id: l1, name: 一般, lead: site}
  - {id: l2, name: 重大, lead: chair}
"""
    assert [(line, col) for line, col, _ in rule_findings("PC209", text)] == [(3, 7)]


def test_one_of_a_team_and_the_unit_complained_about_are_no_post_to_stand_in_for():
    # whoever of a team answers the phone, and whichever branch the complaint is about (in the title or the
    # holder), are not one post; a branch named as one unit still is
    text = """\
organisation:
  roles:
    - {id: team, title: one of our friendly team}
    - {id: branch, title: 营业部, holder: 被投诉的营业部}
    - {id: dept, title: 投诉涉及的部门}
    - {id: head-office, title: 营业部, holder: 总部营业部}
scenarios:
  - {id: s1, title: Stage 1, owner: team}
  - {id: s2, title: 第一级, owner: branch}
  - {id: s3, title: 调查, owner: dept}
  - {id: s4, title: 第二级, owner: head-office}
"""
    found = rule_findings("PC209", text)
    assert [(line, col) for line, col, _ in found] == [(6, 7)]
    assert "role `head-office` (营业部) owns scenario `s4`" in found[0][2]
