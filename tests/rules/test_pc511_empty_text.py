from tests.conftest import positions, rule_findings

PASSING = """\
principles:
  - title: 迅速反应，控制事态
levels:
  - {id: general, name: 一般投诉}
scenarios:
  - {id: s1, title: 处理}
organisation:
  roles:
    - {id: office-head, title: 办公室主任, holder: "***", x-note: ""}
"""

FAILING = """\
principles: []
levels: []
scenarios:
  - id: s1
    title: 处理
    key_points: "  "
organisation:
  roles:
    - {id: office-head, title: 办公室主任, holder: ""}
    - {id: guard, title: 保安, holder: "—"}
"""


def test_passing():
    # `***` is a placeholder (PC510), not an empty text; `x-` keys are not read.
    assert positions("PC511", PASSING) == []


def test_failing_points_at_each_value():
    found = rule_findings("PC511", FAILING)
    # `levels: []` (line 2) is PC201's one finding, not PC511's
    assert sorted((line, col) for line, col, _ in found) == [(1, 13), (6, 17), (9, 47), (10, 38)]
    messages = {(line, col): message for line, col, message in found}
    assert messages[(1, 13)].startswith("`principles` is empty")
    assert messages[(9, 47)].startswith("`organisation.roles[0].holder` is empty;")
    assert "(only “—”)" in messages[(10, 38)]


def test_the_section_is_named_in_the_plan_s_own_terms():
    # a GB plan in English is not shown the Chinese heading; a Chinese plan is
    found = rule_findings("PC511", "document: {id: p, language: en, jurisdiction: GB}\nprinciples: []\n")
    assert [(line, col) for line, col, _ in found] == [(2, 13)]
    assert found[0][2] == "`principles` is empty; a plan that is issued needs its working principles"
    found = rule_findings("PC511", "document: {id: p, language: zh-CN}\nprinciples: []\n")
    assert [(line, col) for line, col, _ in found] == [(2, 13)]
    assert found[0][2] == "`principles` is empty; a plan that is issued needs its working principles (工作原则)"
