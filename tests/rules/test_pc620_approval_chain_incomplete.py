from tests.conftest import positions, rule_findings

HEAD = """\
document:
  id: p
  title: 预案
approvals:
"""
PREPARED = "  - {step: prepared, name: 张三, role: office-head, date: 2025-01-10}\n"
REVIEWED = "  - {step: reviewed, name: 李四, role: vice-president, date: 2025-01-15}\n"
APPROVED = "  - {step: approved, name: 王五, role: president, date: 2025-01-20}\n"


def test_passing():
    assert positions("PC620", HEAD + PREPARED + REVIEWED + APPROVED) == []
    assert positions("PC620", HEAD + PREPARED + REVIEWED) == []  # not approved yet: PC603's business


def test_approved_alone():
    found = rule_findings("PC620", HEAD + APPROVED)
    message = (
        "`approved` has no `prepared` and `reviewed` sign-off before it; sign the plan "
        "prepared → reviewed → approved with `plancraft sign`"
    )
    assert found == [(5, 12, message)]


def test_review_skipped():
    assert positions("PC620", HEAD + PREPARED + APPROVED) == [(6, 12)]
