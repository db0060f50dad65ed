from tests.conftest import positions, rule_findings

PASSING = """\
levels:
  - {id: severe, name: 重大投诉, notify: [leading-group, police]}
"""

FAILING = """\
levels:
  - id: general
    name: 一般投诉
  - id: severe
    name: 重大投诉
    notify: []
"""


def test_passing():
    assert positions("PC204", PASSING) == []


def test_failing_points_at_the_level_or_its_empty_list():
    found = rule_findings("PC204", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 5), (6, 5)]
    assert "level `general` (一般投诉) notifies nobody" in found[0][2]
