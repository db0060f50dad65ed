from tests.conftest import positions, rule_findings

PASSING = """\
document:
  effective: 2025-01-20
approvals:
  - {step: prepared, name: 张三, role: office-head, date: 2025-01-10}
  - {step: approved, name: 王五, role: president, date: 2025-01-20}
"""

FAILING = """\
document:
  effective: 2025-01-01
approvals:
  - {step: approved, name: 王五, role: president, date: 2024-12-20}
  - {step: approved, name: 王五, role: president, date: 2025-01-20}
"""


def test_passing():
    assert positions("PC606", PASSING) == []


def test_failing_points_at_effective():
    found = rule_findings("PC606", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 14)]
    assert found[0][2].startswith("the plan takes effect on 2025-01-01, before it was approved by 王五 on 2025-01-20")


def test_history_entry_taking_effect_before_its_approval():
    text = """\
history:
  - version: "1.0"
    effective: 2024-12-01
    approvals:
      - {step: approved, name: 王五, role: president, date: 2024-12-20}
"""
    found = rule_findings("PC606", text)
    assert found == [
        (
            3,
            16,
            "version 1.0 took effect on 2024-12-01, before it was approved by 王五 on 2024-12-20; the history was edited by hand",
        )
    ]


def test_on_approval_passes():
    assert positions("PC606", FAILING.replace("effective: 2025-01-01", "effective: on-approval")) == []
