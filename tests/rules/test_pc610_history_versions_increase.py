from tests.conftest import positions, rule_findings

PASSING = """\
document:
  version: "1.10"
history:
  - {version: "1.0", approvals: []}
  - {version: "1.9", approvals: []}
"""

FAILING = """\
document:
  version: "1.1"
history:
  - {version: "1.2", approvals: []}
  - {version: "1.1", approvals: []}
  - {version: "第三版", approvals: []}
"""


def test_passing():
    assert positions("PC610", PASSING) == []
    assert positions("PC610", "document:\n  version: '1.0'\n") == []  # no history, nothing to order


def test_failing_points_at_each_version_out_of_order():
    found = rule_findings("PC610", FAILING)
    assert [(line, col) for line, col, _ in found] == [(5, 15), (6, 15), (2, 12)]
    assert found[0][2] == (
        "this history entry's version 1.1 is not greater than the version 1.2 before it; "
        "versions only go up (start a new version with `plancraft revise`)"
    )
    assert found[1][2].startswith("version `第三版` is not a dotted number")
    assert found[2][2].startswith("document.version 1.1 is not greater than the version 1.1 before it")
