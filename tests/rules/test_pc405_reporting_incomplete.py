from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: p
reporting:
  - {what: 严重投诉事件报告, to: president, within: 2h, owner: branch-head}
  - {what: 投诉情况月度统计, to: leading-group, every: 1mo, owner: office-head}
"""

FAILING = """\
organisation:
  roles:
    - {id: president, title: 行长}
reporting:
  - what: 严重投诉事件报告
    to: president
  - {what: 月度统计, to: president, every: 1mo}
"""


def test_passing():
    assert positions("PC405", PASSING) == []


def test_failing_points_at_each_line():
    found = rule_findings("PC405", FAILING)
    assert [(line, col) for line, col, _ in found] == [(5, 5), (7, 5)]
    assert 'report "严重投诉事件报告" to `president` (行长) has no owner and no `every` or `within`' in found[0][2]
    assert found[1][2].endswith("has no owner; say who makes it (`owner`)")


def test_missing_reporting():
    assert positions("PC405", "plancraft: 1\ndocument:\n  id: p\n") == [(2, 1)]
    assert positions("PC405", "document:\n  id: p\nreporting: []\n") == [(3, 1)]
