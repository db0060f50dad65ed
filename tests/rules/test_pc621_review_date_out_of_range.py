from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: p
  effective: 2025-07-01
review:
  every: 1y
"""
FAILING = PASSING.replace("2025-07-01", "9999-12-31")


def test_passing():
    assert positions("PC621", PASSING) == []


def test_failing():
    assert rule_findings("PC621", FAILING) == [
        (3, 14, "9999-12-31 + review every 1y is past 9999-12-31, a date no calendar holds; write the real date")
    ]


def test_approval_date_near_the_end():
    text = PASSING + "approvals:\n  - {step: approved, name: 王五, role: president, date: 9999-06-01}\n"
    assert positions("PC621", text) == [(7, 55)]
