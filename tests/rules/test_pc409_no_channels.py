from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: p
channels:
  - {name: 客服热线, kind: phone}
"""

FAILING = """\
plancraft: 1
document:
  id: p
"""


def test_passing():
    assert positions("PC409", PASSING) == []


def test_failing_points_at_document():
    found = rule_findings("PC409", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "the plan lists no complaint channels" in found[0][2]


def test_an_empty_section_points_at_its_key():
    assert positions("PC409", "document:\n  id: p\nchannels: []\n") == [(3, 1)]
