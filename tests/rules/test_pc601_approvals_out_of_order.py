from tests.conftest import positions, rule_findings

PASSING = """\
approvals:
  - {step: prepared, name: 张三, role: office-head, date: 2025-01-10}
  - {step: approved, name: 王五, role: president, date: 2025-01-20}
"""

FAILING = """\
approvals:
  - {step: prepared, name: 张三, role: office-head, date: 2025-01-10}
  - {step: approved, name: 王五, role: president, date: 2025-01-20}
  - {step: reviewed, name: 李四, role: vice-president, date: 2025-01-21}
  - {step: approved, name: 王五, role: president, date: 2025-01-22}
"""


def test_passing():
    assert positions("PC601", PASSING) == []


def test_failing_points_at_each_step():
    found = rule_findings("PC601", FAILING)
    assert [(line, col) for line, col, _ in found] == [(4, 12), (5, 12)]
    assert found[0][2].startswith("`reviewed` comes after `approved` (line 3); sign in the order prepared → reviewed")
    assert found[1][2].startswith("`approved` is signed a second time (first at line 3)")
