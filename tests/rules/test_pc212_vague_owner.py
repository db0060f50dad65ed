from plancraft.rules.pc212_vague_owner import is_vague
from tests.conftest import positions, rule_findings

PASSING = """\
organisation:
  roles:
    - {id: lobby-manager, title: 大堂经理, holder: 各网点大堂经理}
    - {id: staff, title: 工作人员, holder: 网点柜员}
scenarios:
  - {id: s, title: 现场投诉, actions: [{do: 接待客户, by: lobby-manager}, {do: 登记, by: staff}]}
"""

FAILING = """\
organisation:
  roles:
    - {id: staff, title: 工作人员}
    - id: departments
      title: 有关部门
      holder: 相关部门
    - {id: team, title: The relevant department}
scenarios:
  - id: s
    title: 现场投诉
    owner: team
    actions: [{do: 接待客户, by: staff}]
time_limits:
  - {id: t, what: 答复, within: 1d, owner: departments}
"""


def test_passing():
    assert positions("PC212", PASSING) == []


def test_failing_points_at_each_title():
    found = rule_findings("PC212", FAILING)
    assert [(line, col) for line, col, _ in found] == [(3, 26), (5, 14), (7, 25)]
    assert found[0][2].startswith("role `staff` is “工作人员”, which names nobody in particular")


def test_vague_words():
    assert all(
        is_vague(w)
        for w in (
            "工作人员",
            "相关人员",
            "有关部门",
            "各相关部门",
            "staff",
            "an appropriate manager",
            "调查人员",
            "主管领导",
            "相关职能科室",
            "one of our staff",
            "the right person in the Bank to investigate",
            "受理部门",
            "受理人",
            "承办人(经办人员)",
            "相关科室(相关职能科室)",
            "当事科室",
            "The relevant service",
            "The person or team that has previously been handling your matter",
            "职能部门或分公司",  # either-or: neither is the owner
            "责任单位工作人员或分管领导",
            "值班领导或者主要领导",
            "各线办、各村(社区)部门单位",  # a list of units, each taken collectively: no post
            "成员",  # only "a member": the holder must name the posts
            "Staff close to where we provided the service",
            "the officer nearest the complaint",
            "your case handler",  # whoever has the case, as 承办人
            "the investigating officer",  # as 调查人员
            "a different manager",
            # whoever is given the case, named by what they do with it
            "the person investigating your complaint on your behalf",
            "The person carrying out the investigation",
            "the officer assigned to your complaint",
            "a member of staff looking into your concerns",
        )
    )
    assert not any(
        is_vague(w)
        for w in (
            "大堂经理",
            "网点工作人员",
            "complaints manager",
            "综合部",
            None,
            "投诉管理人员",
            "Customer Services team",
            "医患沟通办公室",
            "受理部门负责人",
            "Customer Service",
            "全院各科室",
            "A senior manager",
            "行长或其授权人",  # the post and its delegate
            "值班队长",  # a duty post: one post, held by whoever the rota names
            "各保险机构一把手",
            "Head of Service or their deputy",
            "投诉或信访接待员",  # one post for two kinds of case, not two owners
            "Manager on duty",
            "Complaints Investigator",
            "Case Review Team",
            "Investigating Officer, Legal Services",  # a post with a unit: named
            "Head of Customer Reviewing",
            "Managing Director",
        )
    )


def test_a_step_that_hands_work_to_a_vague_party():
    text = """\
scenarios:
  - id: s
    title: 现场投诉
    actions:
      - {do: 对涉及违法违规行为的投诉，依法移交相关部门处理}
      - {do: 通知有关部门, by: office-head}
      - do: Refer the complaint to the relevant department
"""
    found = rule_findings("PC212", text)
    assert [(line, col) for line, col, _ in found] == [(5, 14), (7, 13)]
    assert found[0][2].startswith("step 1 of scenario `s` hands the work to “相关部门”")


def test_a_vague_role_nothing_refers_to_is_reported_too():
    # the organisation chapter prints it: a reader learns nothing from it, whether or not a step names it
    text = """\
organisation:
  roles:
    - {id: intake, title: 受理部门}
    - id: handler
      title: The person or team that has previously been handling your matter
    - {id: lobby-manager, title: 大堂经理}
"""
    found = rule_findings("PC212", text)
    assert [(line, col) for line, col, _ in found] == [(3, 27), (5, 14)]
    assert found[0][2].startswith("role `intake` is “受理部门”, which names nobody in particular; name the post")


def test_either_or_collective_and_qualified_titles():
    text = """\
organisation:
  roles:
    - {id: handling-unit, title: 职能部门或分公司}
    - {id: members, title: 成员, holder: 各线办、各村(社区)部门单位}
    - {id: frontline, title: Staff close to where we provided the service}
    - {id: named-members, title: 成员, holder: 各支行行长}
    - {id: duty-captain, title: 值班队长}
"""
    found = rule_findings("PC212", text)
    assert [(line, col) for line, col, _ in found] == [(3, 34), (4, 28), (5, 30)]
    assert found[0][2].startswith("role `handling-unit` is “职能部门或分公司”, which names nobody in particular")
    assert found[1][2].startswith("role `members` is “成员 (各线办、各村(社区)部门单位)”, which names nobody")


def test_a_step_handing_work_to_the_unit_that_has_the_case():
    text = """\
scenarios:
  - id: s
    title: 信访接待
    actions:
      - {do: 通知责任单位到场接访}
      - {do: 移交职能部门处理}
      - {do: 明确责任单位和责任人}            # assigns the unit: that is the step's point
      - {do: 由责任单位负责人到场}            # a post, if of a unit that varies
      - do: Pass it to the department concerned
"""
    found = rule_findings("PC212", text)
    assert [(line, col) for line, col, _ in found] == [(5, 14), (6, 14), (9, 13)]
    assert "“责任单位”" in found[0][2] and "“职能部门”" in found[1][2] and "“department concerned”" in found[2][2]


def test_the_example_posts_fit_the_plan():
    # a GB plan in English is shown English posts; a Chinese plan its own
    en = "document: {id: p, language: en, jurisdiction: GB}\norganisation:\n  roles:\n    - {id: r, title: relevant staff}\n"
    found = rule_findings("PC212", en)
    assert [(line, col) for line, col, _ in found] == [(4, 22)]
    assert "(e.g. the complaints manager, Customer Services)" in found[0][2]
    zh = "document: {id: p, language: zh-CN}\norganisation:\n  roles:\n    - {id: r, title: 相关人员}\n"
    found = rule_findings("PC212", zh)
    assert [(line, col) for line, col, _ in found] == [(4, 22)]
    assert "(e.g. 大堂经理, 综合部, the complaints manager)" in found[0][2]


# absent2 (#14, held-out misses): a group's member held by a named unit's "relevant people".


def test_a_member_held_by_a_units_relevant_people_is_vague():
    text = """\
organisation:
  roles:
    - id: retail-staff
      title: 组员(业务处理小组)
      holder: 零售业务部相关人员
"""
    found = rule_findings("PC212", text)
    assert [(line, col) for line, col, _ in found] == [(4, 14)]
    assert "零售业务部相关人员" in found[0][2]
    english = text.replace("组员(业务处理小组)", "Members of the business team").replace(
        "零售业务部相关人员", "relevant staff in Retail"
    )
    assert positions("PC212", english) == [(4, 14)]


def test_a_member_held_by_named_posts_is_not_vague():
    text = """\
organisation:
  roles:
    - id: retail-staff
      title: 组员(业务处理小组)
      holder: 零售业务部客户经理、柜员主管
"""
    assert positions("PC212", text) == []


# absent4 (#14, recall on Chinese plans): a placeholder unit's staff, an English participle, a command held by two
# posts joined by a slash, and sister units a step notifies.


def test_a_placeholder_units_relevant_people_and_a_participle_are_vague():
    assert is_vague("XX部相关人员") and is_vague("××部有关人员")
    assert is_vague("the person investigating your complaint on your behalf")
    assert is_vague("The person carrying out the investigation")
    # a post's own name keeps its capitalised -ing word; a named post with a participle stays a post
    assert not is_vague("Staff Training Officer") and not is_vague("XX部负责人")
    assert not is_vague("the Complaints Manager handling your case")


def test_a_command_held_by_two_posts_joined_by_a_slash():
    text = """\
organisation:
  roles:
    - id: site-commander
      title: 现场总指挥
      holder: 工程部经理/当值班
    - {id: front-desk, title: 客服专员/楼栋管家}
    - {id: leader, title: 组长, holder: 行长}
    - {id: duty, title: 值班队长}
"""
    found = rule_findings("PC212", text)
    assert [(line, col) for line, col, _ in found] == [(5, 15)]
    assert found[0][2] == (
        "role `site-commander` (现场总指挥) is in command, but it is held by “工程部经理/当值班”, two posts either of "
        "whom may act; say which post commands and when the other stands in"
    )


def test_a_command_held_by_two_posts_is_not_asked_for_a_stand_in():
    # PC212 asks which post commands; PC209 then stays quiet (the other post is the stand-in the plan names)
    text = """\
organisation:
  roles:
    - {id: site-commander, title: 现场总指挥, holder: 工程部经理/当值班}
scenarios:
  - {id: s, title: 停水, owner: site-commander, actions: [{do: 抢修, by: site-commander, within: 1h}]}
"""
    assert positions("PC209", text) == []
    assert positions("PC212", text) == [(3, 50)]


def test_a_step_that_notifies_sister_units():
    text = """\
scenarios:
  - id: s
    title: 计划停水
    actions:
      - {do: 应立即通知公司各相关部门以及兄弟单位, by: call-centre}
      - {do: 通知自来水公司, by: call-centre}
"""
    found = rule_findings("PC212", text)
    assert [(line, col) for line, col, _ in found] == [(5, 14)]
    assert found[0][2] == (
        "step 1 of scenario `s` tells or calls in “兄弟单位”, which names no one: say which organisations, and define "
        "them under `external:` with a contact"
    )


def test_a_relevant_post_or_the_specific_handler_is_vague():
    assert all(is_vague(w) for w in ("相关岗位", "有关岗位人员", "相关同事", "具体经办人", "具体负责人"))
    assert not any(is_vague(w) for w in ("投诉岗负责人", "值班人员", "受理部门负责人"))


def test_the_top_posts_of_one_organisation_joined_by_a_slash_are_one_holder():
    # 董事长/总经理, 党委书记/行长: often one person holding both posts; 行长/副行长 are two people
    text = """\
organisation:
  roles:
    - {id: commander, title: 总指挥, holder: 董事长/总经理}
    - {id: leader, title: 组长, holder: 党委书记/行长}
    - {id: other, title: 组长, holder: 行长/副行长}
"""
    assert positions("PC212", text) == [(5, 38)]


def test_english_owners_named_by_the_case_or_by_a_pool():
    assert all(
        is_vague(w)
        for w in ("the appropriate member of staff", "the investigating manager", "whoever is dealing with your complaint")
    )
    assert not any(is_vague(w) for w in ("Board member", "a member of our complaints team", "Complaints Investigator"))


def test_bodies_reached_through_someone_else_are_not_who_acts():
    # 有关机构 reached through the national bureau depend on the country; a step that hands the work to the
    # relevant departments is still reported
    text = """\
scenarios:
  - id: abroad
    title: 境外滞留
    actions:
      - {do: 报告上一级旅游行政管理部门,通过国家旅游局联络所在国家或地区的旅游管理部门或有关机构}
      - {do: Through the embassy we contact the relevant service}
      - {do: 移交相关部门处理}
"""
    assert positions("PC212", text) == [(7, 14)]
