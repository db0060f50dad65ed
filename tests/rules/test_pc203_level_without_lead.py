from tests.conftest import positions, rule_findings

PASSING = """\
levels:
  - {id: severe, name: 重大投诉, lead: president}
"""

FAILING = """\
levels:
  - {id: general, name: 一般投诉, lead: branch-head}
  - id: severe
    name: 重大投诉
"""


def test_passing():
    assert positions("PC203", PASSING) == []


def test_failing_points_at_the_level():
    found = rule_findings("PC203", FAILING)
    assert [(line, col) for line, col, _ in found] == [(3, 5)]
    assert "level `severe` (重大投诉) has no lead" in found[0][2]


PROCEDURE = """\
document: {{id: p, title: {title}, type: complaint-procedure}}
levels:
  - {{id: ordinary, name: {ordinary}}}
  - {{id: complex, name: {complex}}}
scenarios:
  - {{id: s1, title: {ordinary}, level: ordinary, owner: unit}}
  - {{id: s2, title: {complex}, level: complex}}
"""


def test_a_procedure_category_whose_scenarios_have_an_owner_needs_no_lead():
    # the owner handles the category; the category whose scenario nobody owns is still reported
    zh = PROCEDURE.format(title="投诉处理流程", ordinary="一般投诉案件", complex="案情较为复杂的投诉案件")
    found = rule_findings("PC203", zh)
    assert [(line, col) for line, col, _ in found] == [(4, 5)]
    assert "level `complex` (案情较为复杂的投诉案件) has no lead" in found[0][2]
    en = PROCEDURE.format(title="Complaints procedure", ordinary="Ordinary complaints", complex="Complex complaints")
    found = rule_findings("PC203", en)
    assert [(line, col) for line, col, _ in found] == [(4, 5)]
    assert "level `complex` (Complex complaints) has no lead" in found[0][2]


def test_an_emergency_level_needs_a_lead_whoever_owns_its_scenarios():
    text = PROCEDURE.format(title="投诉应急预案", ordinary="一般投诉", complex="重大投诉").replace(
        "complaint-procedure", "emergency-plan"
    )
    assert positions("PC203", text) == [(3, 5), (4, 5)]


def test_a_level_whose_own_text_names_its_lead_has_one():
    # 由中心支公司总经理负责处置 in the level's criteria, "the Silver Commander leads the response" in its end
    # condition; a role named there only as someone to tell is no lead
    text = """\
organisation:
  roles:
    - {id: branch, title: 中心支公司总经理}
    - {id: silver, title: Silver Commander}
    - {id: office, title: 办公室主任}
levels:
  - {id: l3, name: Ⅲ级, criteria: 5人以上集体投诉，由中心支公司总经理负责处置}
  - {id: l2, name: Level 2, criteria: 500 properties without water, end_when: Supply restored; the Silver Commander leads the response}
  - {id: l1, name: Ⅰ级, criteria: 50人以上集体投诉，报告办公室主任}
"""
    assert positions("PC203", text) == [(9, 5)]
