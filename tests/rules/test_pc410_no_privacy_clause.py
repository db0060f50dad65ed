from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: p
privacy:
  - 一项内容
"""

FAILING = """\
plancraft: 1
document:
  id: p
  title: 客户投诉应急预案
"""


def test_passing():
    assert positions("PC410", PASSING) == []


def test_failing_points_at_document():
    found = rule_findings("PC410", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "the plan says nothing about keeping customer data confidential" in found[0][2]


def test_an_empty_section_points_at_its_key():
    assert positions("PC410", "document:\n  id: p\n  title: 客户投诉应急预案\nprivacy: []\n") == [(4, 1)]


def test_a_financial_firm_is_judged_whatever_the_emergency():
    text = "document:\n  id: p\n  title: 湖南保险业突发公共事件应急预案\nscope: 自然灾害的预防与处置\nprivacy: []\n"
    assert positions("PC410", text) == [(5, 1)]


def test_a_plan_neither_about_complaints_nor_of_a_financial_firm_is_not_judged():
    # a power-repair measure whose title alone names its users: nothing in it handles them
    text = "document:\n  id: p\n  title: 城区重要用户停电抢修服务应急办法\nscope: 停电故障后的抢修服务\nprivacy: []\n"
    assert positions("PC410", text) == []


def test_a_complaint_procedure_is_judged_whatever_its_title():
    text = "document:\n  id: p\n  title: Customer care\n  type: complaint-procedure\nprivacy: []\n"
    assert positions("PC410", text) == [(5, 1)]


# absent2 (#14, held-out misses): a plan whose work touches the people it serves.


def test_an_outage_plan_whose_steps_visit_users_is_judged():
    text = """\
document: {id: p, title: 供电所应急处置状态下优质服务工作方案, language: zh-CN}
scenarios:
  - id: outage
    title: 停电
    actions:
      - do: 与网格员共同开展用户走访工作
"""
    assert positions("PC410", text) == [(1, 1)]
    english = (
        text.replace("供电所应急处置状态下优质服务工作方案", "Outage service plan")
        .replace("与网格员共同开展用户走访工作", "Visit the users affected and answer their calls")
        .replace("language: zh-CN", "language: en")
    )
    assert positions("PC410", english) == [(1, 1)]


def test_levels_that_count_residents_losses_are_judged():
    text = """\
document: {id: p, title: 物业管理重大事件应急响应管理规定, language: zh-CN}
levels:
  - id: major
    name: 一级
    criteria: 业户财产非正常原因损失超过5万元的
privacy: []
"""
    assert positions("PC410", text) == [(6, 1)]


def test_a_plan_that_names_nobody_it_serves_is_still_not_judged():
    text = """\
document: {id: p, title: 消防应急预案, language: zh-CN}
scenarios:
  - id: fire
    title: 火灾
    actions:
      - do: 组织疏散
"""
    assert positions("PC410", text) == []


def test_confidentiality_written_in_another_section_is_enough():
    # a principle, a rule for the media, an accountability item or a step that keeps the data confidential
    for extra in (
        "principles:\n  - {title: 保密原则, text: 对投诉人的个人信息和投诉内容严格保密}\n",
        "media:\n  rules: [对外发布信息时隐去客户姓名、身份证号和保单号]\n",
        "accountability:\n  - 泄露投诉人信息的,追究当事人责任\n",
        "scenarios:\n  - {id: s, title: Complaints, actions: [{do: We handle your personal information in line with the UK GDPR}]}\n",
    ):
        assert positions("PC410", FAILING + extra) == [], extra
    # the document block is about the document, not the customers' data
    classified = FAILING.replace("  title: 客户投诉应急预案\n", "  title: 客户投诉应急预案\n  classification: 保密\n")
    assert positions("PC410", classified) == [(2, 1)]


def test_a_schools_plan_whose_steps_deal_with_pupils_and_parents_is_judged():
    # absent4 (#14): pupils' health records and parents' contacts are personal data the plan handles
    text = """\
document: {id: p, title: 校服工作突发事件应急预案, type: emergency-plan, language: zh-CN}
scenarios:
  - id: quality
    title: 校服质量安全事件
    actions:
      - do: 将出现身体不适学生送医检查治疗,通知家长
"""
    assert positions("PC410", text) == [(1, 1)]
