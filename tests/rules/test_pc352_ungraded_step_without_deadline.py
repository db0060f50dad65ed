from tests.conftest import positions, rule_findings

PASSING = """\
document: {id: p, language: en, jurisdiction: GB}
organisation:
  roles: [{id: manager, title: Senior manager}]
external: [{id: ombudsman, name: Housing Ombudsman}]
levels: []
scenarios:
  - id: stage-1
    title: Stage 1
    actions:
      - {do: Acknowledge and log the complaint, within: 5wd}
      - {do: Call the resident back immediately}
    escalation:
      - {when: Still not satisfied, to: ombudsman}
"""

FAILING = """\
document: {id: p, language: en, jurisdiction: GB}
organisation:
  roles: [{id: manager, title: Senior manager}]
levels: []
scenarios:
  - id: stage-1
    title: Stage 1
    actions:
      - do: We collect evidence and speak to everyone involved
      - do: Send the stage 1 response
        within: 10wd
    escalation:
      - when: Not happy with the response
        to: manager
"""


def test_passing():
    assert positions("PC352", PASSING) == []


def test_failing_is_one_finding_per_scenario_with_each_step_related():
    found = rule_findings("PC352", FAILING)
    assert [(line, col) for line, col, _ in found] == [(6, 5)]
    assert "gives no time limit for 2 steps (step 1 has no `within`; escalation 1 to `manager` has no `within`)" in found[0][2]


def test_related_locations_point_at_each_step():
    from plancraft.lint.config import Config
    from tests.conftest import lint_text

    [finding] = [d for d in lint_text(FAILING, config=Config()) if d.code == "PC352"]
    assert [(line, col) for line, col, _ in finding.related] == [(9, 9), (13, 9)]


def test_graded_plans_are_left_to_pc305_and_plans_without_any_time_to_pc306():
    graded = FAILING.replace("levels: []", "levels: [{id: a, name: A}, {id: b, name: B}]")
    assert positions("PC352", graded) == []
    untimed = FAILING.replace("        within: 10wd\n", "")
    assert positions("PC352", untimed) == []
