from plancraft.signoff import digest
from tests.conftest import positions, rule_findings, snippet_plan

CONTENT = """\
document:
  id: p
  title: 预案
"""


def signed(content: str, value: str) -> str:
    return content + (
        "approvals:\n"
        f"  - {{step: prepared, name: 张三, role: office-head, date: 2025-01-10, digest: \"{value}\"}}\n"
        f"  - {{step: approved, name: 王五, role: president, date: 2025-01-20, digest: \"{value}\"}}\n"
    )


CURRENT = digest(snippet_plan(CONTENT).data)
PASSING = signed(CONTENT, CURRENT)
# Signed, then the title was edited.
FAILING = signed(CONTENT, CURRENT).replace("title: 预案", "title: 修改后的预案")


def test_passing():
    assert positions("PC604", PASSING) == []


def test_failing_points_at_each_digest():
    found = rule_findings("PC604", FAILING)
    assert [(line, col) for line, col, _ in found] == [(5, 77), (6, 75)]
    assert found[1][2] == (
        "approved content has changed since approved by 王五 on 2025-01-20; re-sign with `plancraft sign`"
    )


def test_without_digest_is_not_stale():
    assert positions("PC604", CONTENT + "approvals:\n  - {step: approved, name: 王五, role: president, date: 2025-01-20}\n") == []
