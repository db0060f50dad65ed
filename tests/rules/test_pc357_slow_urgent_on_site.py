from tests.conftest import positions, rule_findings

FAILING = """\
levels:
  - {id: general, name: 一般投诉}
  - {id: urgent, name: 紧急投诉}
scenarios:
  - id: urgent-complaint
    title: 紧急投诉
    level: urgent
    actions:
      - do: 立即上报院领导
      - do: 进行现场处置并报告上级部门
        within: 24h
time_limits:
  - {id: urgent-on-site, what: 紧急投诉进行现场处置并报告上级部门, within: 24h}
"""


def test_a_day_to_act_on_site_at_an_urgent_level():
    found = rule_findings("PC357", FAILING)
    assert [(line, col) for line, col, _ in found] == [(11, 17)]
    assert "gives 24h to act on site at level `urgent` (紧急投诉)" in found[0][2]


def test_a_time_limit_alone_is_reported():
    text = FAILING.replace("        within: 24h\n", "")
    assert positions("PC357", text) == [(12, 59)]


def test_hours_are_enough():
    assert positions("PC357", FAILING.replace("24h", "2h")) == []


def test_an_english_emergency_level():
    text = """\
levels:
  - {id: emergency, name: Emergency complaint}
scenarios:
  - id: s
    title: Emergency
    level: emergency
    actions:
      - {do: Attend the premises and calm the situation, within: 1d}
"""
    assert positions("PC357", text) == [(8, 66)]


def test_a_level_not_called_urgent_is_not_judged():
    assert positions("PC357", FAILING.replace("紧急投诉", "重大投诉")) == []
