from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: p
media:
  spokesperson: office-head
"""

FAILING = """\
document:
  id: p
media:
  rules: [网点员工不接受采访]
"""


def test_passing():
    assert positions("PC411", PASSING) == []


def test_failing_points_at_media():
    found = rule_findings("PC411", FAILING)
    assert [(line, col) for line, col, _ in found] == [(3, 1)]
    assert "media handling names no spokesperson; add `media.spokesperson`" in found[0][2]


def test_missing_media_points_at_document():
    found = rule_findings("PC411", "plancraft: 1\ndocument:\n  id: p\n")
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "the plan says nothing about the media" in found[0][2]
