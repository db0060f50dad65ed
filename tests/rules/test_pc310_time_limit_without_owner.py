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
