from tests.conftest import positions, rule_findings

PASSING = """\
time_limits:
  - {id: on-site, what: 到达现场, within: 1h, from: 受理投诉}
  - {id: reply-customer, what: 回复客户, within: 4h, after: on-site}
  - {id: report-result, what: 报告处理结果, within: 8h, after: reply-customer}
  - {id: follow-up, what: 回访, within: 3d, after: report-result}
"""

FAILING = """\
time_limits:
  - id: on-site
    what: 到达现场
    within: 1h
    after: report-result
  - id: reply-customer
    what: 回复客户
    within: 4h
    after: on-site
  - id: report-result
    what: 报告处理结果
    within: 8h
    after: reply-customer
  - id: follow-up
    what: 回访
    within: 3d
    after: report-result
  - {id: alone, what: 自循环, within: 1d, after: alone}
"""


def test_passing():
    assert positions("PC103", PASSING) == []


def test_failing_reports_each_loop_once_at_the_after_of_its_first_deadline():
    found = rule_findings("PC103", FAILING)
    assert [(line, col) for line, col, _ in found] == [(5, 12), (18, 47)]
    assert (
        "`on-site` (到达现场) comes after `report-result` (报告处理结果), which comes after "
        "`reply-customer` (回复客户), which comes after `on-site`"
    ) in found[0][2]
    assert "`follow-up`" not in found[0][2]
    assert "`alone` (自循环) comes after itself" in found[1][2]


def test_an_after_that_names_no_time_limit_is_left_to_pc101():
    assert positions("PC103", "time_limits:\n  - {id: a, what: x, within: 1h, after: nowhere}\n") == []
