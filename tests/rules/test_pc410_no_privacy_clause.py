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
    # a power-repair measure handles no customer data worth a confidentiality clause
    text = "document:\n  id: p\n  title: 城区重要用户停电抢修服务应急办法\nscope: 停电故障后的抢修服务\nprivacy: []\n"
    assert positions("PC410", text) == []


def test_a_complaint_procedure_is_judged_whatever_its_title():
    text = "document:\n  id: p\n  title: Customer care\n  type: complaint-procedure\nprivacy: []\n"
    assert positions("PC410", text) == [(5, 1)]
