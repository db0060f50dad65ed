from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: p
review:
  every: 1y
  triggers: [有关法律法规发生变化]
"""

FAILING = """\
document:
  id: p
review:
  every: 1y
"""


def test_passing():
    assert positions("PC403", PASSING) == []


def test_failing_points_at_review():
    found = rule_findings("PC403", FAILING)
    assert [(line, col) for line, col, _ in found] == [(3, 1)]
    assert "the review has no triggers" in found[0][2]
    assert "(生产安全事故应急预案管理办法 第三十六条)" in found[0][2]
    assert "2013" not in found[0][2]


def test_missing_review_points_at_document():
    # a missing review section is PC402's one finding (it asks for the triggers too)
    assert positions("PC403", "plancraft: 1\ndocument:\n  id: p\n") == []
