from tests.conftest import positions, rule_findings

PASSING = """\
document:
  version: "1.1"
history:
  - {version: "1.0", approvals: []}
revisions:
  - {version: "1.0", date: 2025-01-01, changes: 首次发布}
  - {version: "1.1", date: 2025-06-01, changes: 提高限额}
"""

FAILING = """\
document:
  version: "1.1"
history:
  - {version: "1.0", approvals: []}
revisions:
  - {version: "1.0", date: 2025-01-01, changes: 首次发布}
"""


def test_passing():
    assert positions("PC613", PASSING) == []
    assert positions("PC613", "document:\n  version: '1.0'\n") == []  # no record at all: not this rule


def test_failing_points_at_the_version_without_a_row():
    found = rule_findings("PC613", FAILING)
    assert found == [(2, 12, ("version 1.1 has no row in `revisions`; add one (version, date, changes) saying "
                             "what it changed"))]


def test_history_version_without_row():
    text = FAILING.replace('  - {version: "1.0", date', '  - {version: "1.1", date')
    assert positions("PC613", text) == [(4, 15)]
