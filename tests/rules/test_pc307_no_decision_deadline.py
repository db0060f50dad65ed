from tests.conftest import positions, rule_findings

PASSING = """\
document: {id: p, title: 客户投诉应急预案, issuer: 示例银行梁平支行, language: zh-CN}
time_limits:
  - {id: first-reply, what: 首次回复客户, within: 1d, from: 收到投诉}
  - {id: decision, what: 作出处理决定并告知投诉人, within: 15d, from: 收到投诉}
"""

FAILING = """\
document: {id: p, title: 客户投诉应急预案, issuer: 示例银行梁平支行, language: zh-CN}
time_limits:
  - {id: first-reply, what: 首次回复客户, within: 1d, from: 收到投诉}
  - {id: review-request, what: 客户申请复核并获答复, within: 30d, party: customer}
"""


def test_passing():
    assert positions("PC307", PASSING) == []


def test_failing_points_at_time_limits():
    found = rule_findings("PC307", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert found[0][2].startswith(
        "the plan sets no deadline for deciding a complaint; the statutory period for "
        "deciding a complaint (银行业保险业消费投诉处理管理办法 第十八条); add a time limit"
    )
    assert "within: 15d" in found[0][2]


def test_only_complaint_plans():
    assert positions("PC307", FAILING.replace("客户投诉应急预案", "信息系统切换应急预案")) == []


def test_a_uk_plan_is_told_the_fca_period():
    text = """\
document: {id: p, title: Complaints procedure, issuer: Example Bank plc, language: en, jurisdiction: GB}
time_limits:
  - {id: ack, what: Acknowledge the complaint, within: 5wd, from: receipt}
"""
    found = rule_findings("PC307", text)
    assert "8 weeks from receipt (FCA DISP 1.6.2R)" in found[0][2] and "within: 8w" in found[0][2]
    assert "办法" not in found[0][2].split("add a time limit")[0]


def test_no_deadline_at_all_is_pc306s():
    assert positions("PC307", "document: {id: p, title: 投诉预案, language: zh-CN}\n") == []


def test_a_plan_outside_the_statutes_is_asked_without_a_citation():
    found = rule_findings("PC307", FAILING.replace("issuer: 示例银行梁平支行", "issuer: 某市人民医院"))
    assert found[0][2].startswith("the plan sets no deadline for deciding a complaint; add a time limit")
