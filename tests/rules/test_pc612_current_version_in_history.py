from tests.conftest import positions, rule_findings

PASSING = """\
document:
  version: "1.1"
history:
  - {version: "1.0", approvals: []}
"""

FAILING = """\
document:
  version: "1.0"
history:
  - {version: "1.0", approvals: []}
"""


def test_passing():
    assert positions("PC612", PASSING) == []


def test_failing_points_at_document_version():
    found = rule_findings("PC612", FAILING)
    assert found == [
        (
            2,
            12,
            (
                "document.version 1.0 is already in the history (line 4); a new text needs a new "
                'number: `plancraft revise snippet.yaml --version 1.1 --summary "..."`'
            ),
        )
    ]


def test_versions_compare_as_numbers():
    assert positions("PC612", FAILING.replace('version: "1.0"\nhistory', 'version: "1"\nhistory')) == [(2, 12)]
