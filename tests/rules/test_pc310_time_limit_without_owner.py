from tests.conftest import positions, rule_findings

PASSING = """\
external: [{id: upper-office, name: 上级行}]
time_limits:
  - {id: decision, what: 作出处理决定, within: 15d, from: 收到投诉, owner: office-head}
  - {id: reply, what: 上级行答复, within: 5d, from: 收到请示, owner: upper-office}
  - {id: review-request, what: 客户申请复核, within: 30d, from: 收到处理决定, party: customer}
"""

FAILING = """\
time_limits:
  - {id: decision, what: 作出处理决定, within: 15d, from: 收到投诉}
  - id: report
    what: 报告处理结果
    within: 3d
    party: organisation
"""


def test_passing():
    assert positions("PC310", PASSING) == []


def test_failing_points_at_each_time_limit():
    found = rule_findings("PC310", FAILING)
    assert [(line, col) for line, col, _ in found] == [(1, 1)]  # the `time_limits` key
    assert found[0][2].startswith(
        "2 time limits (`decision` (作出处理决定), `report` (报告处理结果)) name nobody who must meet it"
    )
    assert positions("PC310", FAILING.split("  - id: report")[0]) == [(1, 1)]


def test_one_handler_whose_duties_carry_a_complaint_to_its_end_meets_its_deadlines():
    # the handler owns every scenario and its duties run to the answer and the filing: who meets the deadlines
    # is stated; a handler whose duties stop at intake, or with no duties, still leaves them ownerless
    def plan(duties):
        return f"""\
organisation:
  roles:
    - {{id: staff, title: 科室工作人员, duties: [{duties}]}}
scenarios:
  - {{id: handling, title: 受理流程, owner: staff}}
time_limits:
  - {{id: reply, what: 答复投诉人并结案归档, within: 5wd}}
"""

    assert positions("PC310", plan("认真做好投诉受理登记、分类、转办、督办、反馈、统计、归档等工作")) == []
    assert positions("PC310", plan("Logs each complaint, investigates it and sends the final response")) == []
    intake = rule_findings("PC310", plan("24小时受理投诉, 规范记录投诉信息"))
    assert [(line, col) for line, col, _ in intake] == [(6, 1)]
    assert "time limit `reply` (答复投诉人并结案归档) names nobody who must meet it" in intake[0][2]
    two = plan("负责反馈、归档") + "  - {id: s2, title: 复核, owner: office}\n"
    two = two.replace("time_limits:", "").replace("  - {id: reply, what: 答复投诉人并结案归档, within: 5wd}\n", "")
    two += "time_limits:\n  - {id: reply, what: 答复, within: 5wd}\n"
    assert [(line, col) for line, col in positions("PC310", two)] == [(8, 1)]
