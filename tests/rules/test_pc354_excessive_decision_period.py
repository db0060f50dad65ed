from tests.conftest import positions, rule_findings

HEAD = "document: {id: p, title: 行风投诉处理流程, type: complaint-procedure, language: zh-CN}\n"

PASSING = (
    HEAD
    + """\
time_limits:
  - {id: reply, what: 向投诉人做出答复, within: 30wd}
  - {id: window, what: 投诉人申请复核, within: 90d, party: customer}
  - {id: archive, what: 投诉材料归档, within: 90d}
"""
)

FAILING = (
    HEAD
    + """\
time_limits:
  - {id: reply, what: 行风投诉查明原因并向投诉人做出答复, within: 30wd}
  - {id: other, what: 其他医疗质量投诉查明原因并向投诉人做出答复, within: 60wd}
"""
)


def test_passing():
    assert positions("PC354", PASSING) == []


def test_failing_points_at_the_within():
    found = rule_findings("PC354", FAILING)
    assert [(line, col) for line, col, _ in found] == [(4, 54)]
    assert found[0][2].startswith("time limit `other` (其他医疗质量投诉查明原因并向投诉人做出答复) allows 60wd (about 84 days)")


def test_the_option_and_a_statutory_plan():
    assert positions("PC354", FAILING, **{"longest-decision-period": "90d"}) == []
    bank = FAILING.replace("行风投诉处理流程", "某银行投诉处理流程")  # 投诉办法: PC304's business
    assert positions("PC354", bank) == []
