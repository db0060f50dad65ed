from tests.conftest import positions, rule_findings

ONE = "sha256:" + "1" * 64
TWO = "sha256:" + "2" * 64

PASSING = f"""\
history:
  - {{version: "1.0", digest: "{ONE}", approvals: []}}
  - {{version: "1.1", digest: "{TWO}", approvals: []}}
  - {{version: "1.2", approvals: []}}
"""

FAILING = f"""\
history:
  - version: "1.0"
    digest: {ONE}
    approvals: []
  - version: "1.1"
    digest: {ONE}
    approvals: []
"""


def test_passing():
    assert positions("PC611", PASSING) == []


def test_failing_points_at_the_second_digest():
    found = rule_findings("PC611", FAILING)
    assert found == [
        (
            6,
            13,
            (
                "version 1.1 has the same digest as version 1.0: one text cannot be two approved "
                "versions; the history was edited by hand"
            ),
        )
    ]
