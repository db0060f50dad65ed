from tests.conftest import positions, rule_findings

PASSING = """\
time_limits:
  - {id: on-site, what: 到达现场, within: 1h}
  - {id: reply-customer, what: 回复客户, within: 4h, after: on-site}
  - {id: report-result, what: 报告处理结果, within: 8h, after: reply-customer}
  - {id: same, what: 同样长, within: 480min, after: report-result}
"""

FAILING = """\
time_limits:
  - id: reply-customer
    what: 回复客户
    within: 12h
  - id: report-result
    what: 报告处理结果
    within: 8h
    after: reply-customer
"""


def test_passing():
    assert positions("PC303", PASSING) == []


def test_failing_points_at_the_later_within():
    found = rule_findings("PC303", FAILING)
    assert [(line, col) for line, col, _ in found] == [(7, 13)]
    assert (
        "time limit `report-result` (报告处理结果, 8h) is shorter than `reply-customer` (回复客户, 12h) "
        "that comes before it" in found[0][2]
    )


def test_loops_and_unknown_links_are_left_to_other_rules():
    text = """\
time_limits:
  - {id: a, what: A, within: 4h, after: b}
  - {id: b, what: B, within: 8h, after: a}
  - {id: c, what: C, within: 1h, after: nowhere}
"""
    assert positions("PC303", text) == [(2, 30)]


def test_extensions_and_links_with_their_own_start_are_not_judged():
    text = """\
time_limits:
  - {id: decision, what: 作出处理决定, within: 15d, from: 收到投诉}
  - {id: extension, what: 情况复杂的延长处理期限, within: 15d, after: decision}
  - {id: further, what: Further extension with approval, within: 10d, after: extension}
  - {id: notify, what: 告知监管部门, within: 1d, from: 作出处理决定, after: decision}
"""
    assert positions("PC303", text) == []
