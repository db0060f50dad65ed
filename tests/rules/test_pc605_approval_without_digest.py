from tests.conftest import positions, rule_findings

PASSING = """\
approvals:
  - step: approved
    name: 王五
    role: president
    date: 2025-01-20
    digest: "sha256:0000000000000000000000000000000000000000000000000000000000000000"
"""

FAILING = """\
approvals:
  - step: prepared
    name: 张三
    role: office-head
    date: 2025-01-10
    digest: "sha256:0000000000000000000000000000000000000000000000000000000000000000"
  - step: approved
    name: 王五
    role: president
    date: 2025-01-20
"""


def test_passing():
    assert positions("PC605", PASSING) == []


def test_failing_points_at_the_approval():
    found = rule_findings("PC605", FAILING)
    assert [(line, col) for line, col, _ in found] == [(7, 5)]
    assert found[0][2].startswith("the `approved` approval by 王五 has no digest")
    assert "`plancraft sign`" in found[0][2]
