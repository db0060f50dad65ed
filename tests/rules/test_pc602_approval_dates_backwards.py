from tests.conftest import positions, rule_findings

PASSING = """\
approvals:
  - {step: prepared, name: 张三, role: office-head, date: 2025-01-10}
  - {step: reviewed, name: 李四, role: vice-president, date: 2025-01-10}
  - {step: approved, name: 王五, role: president, date: 2025-01-20}
"""

FAILING = """\
approvals:
  - {step: prepared, name: 张三, role: office-head, date: 2025-01-10}
  - {step: reviewed, name: 李四, role: vice-president, date: 2025-01-15}
  - {step: approved, name: 王五, role: president, date: 2025-01-12}
"""


def test_passing():
    assert positions("PC602", PASSING) == []


def test_failing_points_at_the_date():
    found = rule_findings("PC602", FAILING)
    assert [(line, col) for line, col, _ in found] == [(4, 55)]
    assert found[0][2].startswith("`approved` by 王五 is dated 2025-01-12, before `reviewed` by 李四 on 2025-01-15")


def test_steps_compared_in_step_order_not_list_order():
    # Listed out of order (PC601's business), but the dates follow the steps.
    text = """\
    approvals:
      - {step: approved, name: 王五, role: president, date: 2025-01-20}
      - {step: prepared, name: 张三, role: office-head, date: 2025-01-10}
    """
    assert positions("PC602", text) == []
