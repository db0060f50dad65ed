from tests.conftest import positions, rule_findings

PASSING = """\
scenarios:
  - {id: general-complaint, title: 处理一般投诉, owner: branch-head}
"""

FAILING = """\
scenarios:
  - {id: general-complaint, title: 处理一般投诉, owner: branch-head}
  - id: explanation
    title: 对客户投诉做解释
"""


def test_passing():
    assert positions("PC108", PASSING) == []


def test_failing_points_at_the_scenario():
    found = rule_findings("PC108", FAILING)
    assert [(line, col) for line, col, _ in found] == [(3, 5)]
    assert "scenario `explanation` (对客户投诉做解释) has no owner" in found[0][2]
