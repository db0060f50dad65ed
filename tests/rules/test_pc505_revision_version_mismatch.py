from tests.conftest import positions, rule_findings

PASSING = """\
document:
  version: "1.1"
revisions:
  - {version: "1.0", date: 2024-01-01, changes: 首次发布}
  - {version: "1.1", date: 2025-03-01, changes: 增加限额}
"""

FAILING = """\
document:
  version: "1.0"
revisions:
  - {version: "1.0", date: 2024-01-01, changes: 首次发布}
  - {version: "1.1", date: 2025-03-01, changes: 增加限额}
"""

# Listed out of order: the newest by date is 1.2 even though it is not last.
BY_DATE = """\
document:
  version: "1.1"
revisions:
  - {version: "1.2", date: 2026-01-01, changes: 修订}
  - {version: "1.1", date: 2025-03-01, changes: 增加限额}
"""

UNDATED = """\
document:
  version: "2.0"
revisions:
  - {version: "1.0", changes: 首次发布}
  - {version: "2.0", changes: 修订}
"""


def test_passing():
    assert positions("PC505", PASSING) == []
    assert positions("PC505", UNDATED) == []


def test_failing_points_at_document_version():
    found = rule_findings("PC505", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 12)]
    assert "document.version is 1.0" in found[0][2]
    assert "revision of 2025-03-01 (line 5) produced version 1.1" in found[0][2]


def test_newest_is_latest_date_not_last_item():
    found = rule_findings("PC505", BY_DATE)
    assert [(line, col) for line, col, _ in found] == [(2, 12)]
    assert "(line 4) produced version 1.2" in found[0][2]
