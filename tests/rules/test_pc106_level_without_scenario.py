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


def test_one_procedure_for_every_level_needs_no_scenario_per_level():
    # no scenario names a level: the one procedure applies at every level (levels differing in timescale)
    text = """\
levels:
  - {id: level-1, name: Level 1}
  - {id: level-2, name: Level 2}
scenarios:
  - {id: complaint, title: How a complaint is handled, actions: [{do: Investigate, by: team}]}
"""
    assert positions("PC106", text) == []
    chinese = """\
levels:
  - {id: general, name: 一般投诉}
  - {id: severe, name: 重大投诉}
scenarios:
  - {id: handling, title: 投诉处理流程, actions: [{do: 调查核实, by: team}]}
"""
    assert positions("PC106", chinese) == []


def test_once_a_scenario_is_for_one_level_every_other_level_needs_its_own():
    text = """\
levels:
  - {id: general, name: 一般投诉}
  - {id: severe, name: 重大投诉}
scenarios:
  - {id: handling, title: 投诉处理流程}
  - {id: general-complaint, title: 处理一般投诉, level: general}
"""
    found = rule_findings("PC106", text)
    assert [(line, col) for line, col, _ in found] == [(3, 10)]
    assert "no scenario handles level `severe` (重大投诉)" in found[0][2]
