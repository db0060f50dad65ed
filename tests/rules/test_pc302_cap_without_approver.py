from tests.conftest import positions, rule_findings

PASSING = """\
limits:
  - {id: emergency-payout, what: 紧急用款援助, max: 5000, currency: CNY, approver: branch-head}
"""

FAILING = """\
limits:
  - id: emergency-payout
    what: 紧急用款援助
    max: 5000
    currency: CNY
    approver: branch-head
  - id: emergency-payout-vip
    what: 紧急用款援助（贵宾客户）
    max: 10000
    currency: CNY
"""


def test_passing():
    assert positions("PC302", PASSING) == []


def test_failing_points_at_the_cap():
    found = rule_findings("PC302", FAILING)
    assert [(line, col) for line, col, _ in found] == [(7, 5)]
    assert "cap `emergency-payout-vip` (紧急用款援助（贵宾客户）) has no approver" in found[0][2]
