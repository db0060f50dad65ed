from tests.conftest import positions, rule_findings

PASSING = """\
limits:
  - {id: emergency-payout, what: 紧急用款援助（普通客户）, max: 5000, currency: CNY}
  - {id: emergency-payout-vip, what: 紧急用款援助（贵宾客户）, max: 10000, currency: CNY}
  - {id: fee-refund, what: Fee refund, per: ordinary customer, max: 800, currency: CNY}
  - {id: fee-refund-premier, what: Fee refund, per: premier customer, max: 800, currency: CNY}
  - {id: hkd-payout-vip, what: 紧急用款援助（贵宾客户）, max: 100, currency: HKD}
"""

FAILING = """\
limits:
  - id: emergency-payout
    what: 紧急用款援助（普通客户）
    max: 5000
    currency: CNY
  - id: emergency-payout-vip
    what: 紧急用款援助（贵宾客户）
    max: 1000
    currency: CNY
  - id: refund-a
    what: Fee refund
    per: ordinary customer
    max: 800
    currency: CNY
  - id: refund-b
    what: Fee refund
    per: VIP customer
    max: 500
    currency: CNY
"""


def test_passing():
    # equal caps are allowed; a cap in another currency is not compared
    assert positions("PC301", PASSING) == []


def test_failing_points_at_the_vip_max():
    found = rule_findings("PC301", FAILING)
    assert [(line, col) for line, col, _ in found] == [(8, 10), (18, 10)]
    assert "`emergency-payout-vip` (紧急用款援助（贵宾客户）) is 1000 CNY" in found[0][2]
    assert "ordinary cap `emergency-payout` (紧急用款援助（普通客户）) of 5000 CNY" in found[0][2]
    assert "VIP cap `refund-b` (Fee refund, per VIP customer) is 500 CNY" in found[1][2]


def test_unrelated_caps_are_not_paired():
    text = """\
limits:
  - {id: payout, what: 紧急用款援助（普通客户）, max: 5000, currency: CNY}
  - {id: gift, what: 贵宾客户纪念品, max: 200, currency: CNY}
"""
    assert positions("PC301", text) == []
