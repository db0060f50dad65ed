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
