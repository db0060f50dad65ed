from plancraft.diagnostics import Severity
from tests.conftest import positions, rule_findings, snippet_plan

PASSING = """\
document:
  id: p
approvals:
  - {step: approved, name: 王五, role: president, date: 2025-01-20}
"""

FAILING = """\
plancraft: 1
document:
  id: p
"""

NOT_YET_APPROVED = """\
document:
  id: p
approvals:
  - {step: prepared, name: 张三, role: office-head, date: 2025-01-10}
  - {step: reviewed, name: 李四, role: vice-president, date: 2025-01-15}
"""


def test_passing():
    assert positions("PC603", PASSING) == []


def test_failing_is_one_info_at_document():
    from plancraft.lint.engine import run_rule
    from plancraft.rules import BY_CODE

    found = rule_findings("PC603", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "has not been signed off" in found[0][2]
    plan = snippet_plan(FAILING)
    assert [d.severity for d in run_rule(BY_CODE["PC603"], plan, plan.options)] == [Severity.INFO]


def test_prepared_and_reviewed_but_not_approved():
    found = rule_findings("PC603", NOT_YET_APPROVED)
    assert [(line, col) for line, col, _ in found] == [(3, 1)]
    assert "the plan is prepared and reviewed but not approved yet" in found[0][2]
