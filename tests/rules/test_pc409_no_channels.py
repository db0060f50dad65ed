from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: p
channels:
  - {name: 客服热线, kind: phone}
"""

FAILING = """\
plancraft: 1
document:
  id: p
  title: 客户投诉应急预案
"""


def test_passing():
    assert positions("PC409", PASSING) == []


def test_failing_points_at_document():
    found = rule_findings("PC409", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "the plan lists no complaint channels" in found[0][2]


def test_an_empty_section_points_at_its_key():
    assert positions("PC409", "document:\n  id: p\n  title: 客户投诉应急预案\nchannels: []\n") == [(4, 1)]


def test_a_plan_serving_users_is_judged():
    # a utility's outage plan: users report faults through a channel
    text = "document:\n  id: p\n  title: 城区重要用户停电抢修服务应急办法\nscope: 停电故障后的抢修服务\nchannels: []\n"
    assert positions("PC409", text) == [(5, 1)]


def test_a_plan_taking_in_nothing_from_customers_is_not_judged():
    # a regulator's sector plan for natural disasters: events arrive through reporting lines
    text = (
        "document:\n  id: p\n  title: 湖南保险业突发公共事件应急预案\n"
        "scope: 严重影响保险业正常运行的自然灾害、重大意外事故的预防与处置\nchannels: []\n"
    )
    assert positions("PC409", text) == []


def test_a_complaint_procedure_is_judged_whatever_its_title():
    text = "document:\n  id: p\n  title: Customer care\n  type: complaint-procedure\nchannels: []\n"
    assert positions("PC409", text) == [(5, 1)]


# absent4 (#14): a plan whose steps deal with the people it serves; the 投诉办法 article only for banks and insurers.

SCHOOL = """\
document: {id: p, title: 校服工作突发事件应急预案, type: emergency-plan, language: zh-CN, jurisdiction: CN}
purpose: 保障学生健康与合法权益
scenarios:
  - id: quality
    title: 校服质量安全事件
    actions:
      - do: 将出现身体不适学生送医检查治疗,通知家长
"""


def test_a_plan_whose_steps_deal_with_the_people_it_serves_is_judged():
    found = rule_findings("PC409", SCHOOL)
    assert [(line, col) for line, col, _ in found] == [(1, 1)]
    # a school is no bank or insurer: the banking complaints rule is not cited to it
    assert found[0][2] == (
        "the plan lists no complaint channels; add `channels` (hotline, outlets, online, regulator referrals) with "
        "their kind and hours, as published to customers"
    )
    outage = """\
document: {id: p, title: 突发停水应急处理预案, type: emergency-plan, language: zh-CN}
scenarios:
  - id: s
    title: 计划停水
    actions: [{do: 停水日前一天发送短信再次提醒住户, by: service}, {do: 通知业户, by: service}]
"""
    assert positions("PC409", outage) == [(1, 1)]


def test_people_named_only_in_level_criteria_are_not_enough():
    # a property company's major-events levels count residents' losses; nothing in its steps deals with them
    text = """\
document: {id: p, title: 物业管理重大事件应急响应管理规定, type: emergency-plan, language: zh-CN}
levels:
  - {id: one, name: 一级重大事件, criteria: 业户财产损失超过5万元的}
"""
    assert positions("PC409", text) == []


def test_a_bank_is_cited_the_article():
    text = "document: {id: p, title: 某银行客户投诉应急预案, language: zh-CN}\n"
    assert rule_findings("PC409", text)[0][2].endswith("as published to customers (投诉办法 第八条)")


def test_steps_that_only_act_on_the_people_served_are_not_enough():
    # a hospital's fire plan evacuates patients; it takes in no reports or complaints from them
    text = """\
document: {id: p, title: 医院消防应急预案, type: emergency-plan, language: zh-CN}
scenarios:
  - id: fire
    title: 火灾
    actions: [{do: 组织疏散病房患者, by: nurse}]
"""
    assert positions("PC409", text) == []


def test_the_ways_to_complain_written_in_prose_are_channels():
    for extra in (
        "principles:\n  - {title: 畅通渠道, text: 客户可通过95519客服热线、各营业网点、公司官网和微信公众号投诉}\n",
        "principles:\n  - {title: 投诉方式, text: 投诉电话:0571-8888000}\n",
        "scope: You can make a complaint by phone, by email or in writing to our Customer Relations team.\n",
    ):
        assert positions("PC409", FAILING + extra) == [], extra
    # a branch or a hotline named in passing is no way to complain
    passing = FAILING + "principles:\n  - {title: 属地管理, text: 营业网点负责处理本网点发生的投诉}\n"
    assert positions("PC409", passing) == [(2, 1)]


def test_other_words_for_the_people_served():
    # a shop's customers (顾客), a hotel's guests
    for title in ("超市顾客服务突发事件应急预案", "酒店宾客服务突发事件应急预案", "Hotel guest incident plan"):
        text = f"document: {{id: p, title: {title}, type: emergency-plan}}\n"
        assert positions("PC409", text) == [(1, 1)], title
