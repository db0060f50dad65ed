from tests.conftest import positions, rule_findings

PASSING = """\
scenarios:
  - {id: general-complaint, title: 处理一般投诉, owner: branch-head}
"""

FAILING = """\
scenarios:
  - {id: general-complaint, title: 处理一般投诉, owner: branch-head}
  - id: explanation
    title: 对客户投诉做解释
"""


def test_passing():
    assert positions("PC108", PASSING) == []


def test_failing_points_at_the_scenario():
    found = rule_findings("PC108", FAILING)
    assert [(line, col) for line, col, _ in found] == [(3, 5)]
    assert "scenario `explanation` (对客户投诉做解释) has no owner" in found[0][2]


def test_a_scenario_at_a_level_with_a_lead_is_led_by_that_lead():
    text = """\
levels:
  - {id: general, name: 一般投诉案件, lead: handler}
  - {id: major, name: 重大投诉案件}
scenarios:
  - {id: general-complaint, title: 一般投诉案件, level: general}
  - {id: major-complaint, title: 重大投诉案件, level: major}
"""
    found = rule_findings("PC108", text)
    assert [(line, col) for line, col, _ in found] == [(6, 5)]
    assert "scenario `major-complaint`" in found[0][2]


def test_the_steps_nobody_does_are_listed_with_the_scenario():
    text = """\
scenarios:
  - id: stage-1
    title: Stage 1
    actions:
      - {do: We will acknowledge your complaint, within: 2wd}
      - {do: Assess the complaint, by: complaint-team}
      - {do: We will respond with our decision, within: 15wd}
"""
    found = rule_findings("PC108", text)
    assert [(line, col) for line, col, _ in found] == [(2, 5)]
    assert found[0][2].startswith(
        "scenario `stage-1` (Stage 1) has no owner, and 2 steps name nobody who does them "
        "(step 1 has no `by`; step 3 has no `by`)"
    )


# absent2 (#14, held-out misses): steps without `by` in a scenario that shares its steps.

SHARED = """\
scenarios:
  - id: reception-day
    title: 院领导接待日
    owner: hospital-leaders
    actions:
      - do: 在接待日前将接待领导公开告知群众
      - {do: 接待来访群众, by: hospital-leaders}
      - do: 将来访内容记录在《院领导接待日记录》中
      - {do: 对处理结果的落实进行督办, by: hospital-office}
"""


def test_steps_without_by_in_a_shared_scenario():
    found = rule_findings("PC108", SHARED)
    assert [(line, col) for line, col, _ in found] == [(2, 5)]
    assert "shares its steps between `hospital-leaders` and `hospital-office`, and 2 steps name nobody" in found[0][2]


def test_an_owner_who_does_the_rest_is_enough():
    assert positions("PC108", SHARED.replace("by: hospital-office", "by: hospital-leaders")) == []


def test_an_english_shared_scenario():
    text = """\
scenarios:
  - id: stage-1
    title: Stage 1
    owner: complaints-manager
    actions:
      - {do: Investigate the complaint, by: service-lead}
      - do: Send the response
"""
    assert positions("PC108", text) == [(2, 5)]
