from tests.conftest import positions, rule_findings

PASSING = """\
levels:
  - {id: general, name: 一般投诉}
  - {id: severe, name: 重大投诉}
scenarios:
  - {id: general-complaint, title: 处理一般投诉, level: general}
  - {id: violent-complaint, title: 处理过激投诉, level: severe}
"""

FAILING = """\
levels:
  - {id: general, name: 一般投诉}
  - id: severe
    name: 重大投诉
scenarios:
  - {id: general-complaint, title: 处理一般投诉, level: general}
  - {id: other, title: 其他}
"""


def test_passing():
    assert positions("PC106", PASSING) == []


def test_failing_points_at_the_level_id():
    found = rule_findings("PC106", FAILING)
    assert [(line, col) for line, col, _ in found] == [(3, 9)]
    assert "no scenario handles level `severe` (重大投诉)" in found[0][2]
    assert "`level: severe`" in found[0][2]
