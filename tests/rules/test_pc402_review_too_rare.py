from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: p
review:
  every: 3y
  owner: compliance-head
"""

FAILING = """\
document:
  id: p
review:
  every: 5y
  owner: compliance-head
"""


def test_passing():
    assert positions("PC402", PASSING) == []


def test_failing_points_at_every():
    found = rule_findings("PC402", FAILING)
    assert [(line, col) for line, col, _ in found] == [(4, 10)]
    assert "a review every 5y is too rare; review the plan at least every 3y" in found[0][2]


def test_missing_review_or_interval():
    assert positions("PC402", "document:\n  id: p\n") == [(1, 1)]
    found = rule_findings("PC402", "document:\n  id: p\nreview:\n  owner: x\n")
    assert [(line, col) for line, col, _ in found] == [(3, 1)]
    assert "no regular interval" in found[0][2]


def test_the_interval_is_an_option():
    assert positions("PC402", FAILING, **{"review-interval": "5y"}) == []
