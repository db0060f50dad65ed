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
  - {version: "1.1", date: 2025-06-01, changes: 提高限额}
"""


def test_passing():
    assert positions("PC613", PASSING) == []
    assert positions("PC613", "document:\n  version: '1.0'\n") == []  # no record at all: not this rule


def test_failing_points_at_the_version_without_a_row():
    found = rule_findings("PC613", FAILING)
    assert found == [(4, 15, ("version 1.0 has no row in `revisions`; add one (version, date, changes) saying what it changed"))]


def test_current_version_without_any_row():
    text = FAILING.replace('revisions:\n  - {version: "1.1", date: 2025-06-01, changes: 提高限额}\n', "revisions: []\n")
    assert positions("PC613", text) == [(2, 12), (4, 15)]


def test_current_version_beyond_the_rows_is_pc505s():
    text = FAILING.replace('  - {version: "1.1", date', '  - {version: "1.0", date')
    assert positions("PC613", text) == []
