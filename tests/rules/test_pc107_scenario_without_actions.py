from tests.conftest import positions, rule_findings

PASSING = """\
scenarios:
  - id: group-complaint
    title: 处理群体性投诉
    actions:
      - {do: 请投诉人推选不超过5名代表到接待室, by: branch-head, within: 15min}
"""

FAILING = """\
scenarios:
  - id: group-complaint
    title: 处理群体性投诉
    key_points: 重在预防
  - id: cross-province
    title: 跨省投诉
    actions: []
    escalation:
      - {when: 跨省, to: upper-office}
  - id: on-site
    title: 现场投诉
    actions: [{do: 听取投诉}]
"""


def test_passing():
    assert positions("PC107", PASSING) == []


def test_failing_points_at_the_scenario_or_its_empty_actions():
    found = rule_findings("PC107", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 5), (7, 5)]
    assert "scenario `group-complaint` (处理群体性投诉) has no actions;" in found[0][2]
    assert "has no actions (it only escalates)" in found[1][2]


def test_quiet_when_no_scenario_has_a_step():
    # that is PC109's one finding (no procedure at all), not one finding per scenario
    assert positions("PC107", FAILING.split("  - id: on-site")[0]) == []
