from tests.conftest import positions, rule_findings

ORGANISATION = """\
organisation:
  groups:
    - id: leading-group
      name: 领导小组
      leader: president
      deputies: [vice-president]
      members: [branch-head]
  roles:
    - {id: president, title: 组长}
    - {id: vice-president, title: 副组长}
    - {id: branch-head, title: 网点负责人, backup: ops-supervisor}
    - {id: ops-supervisor, title: 运营主管}
    - {id: lobby-manager, title: 大堂经理}
    - {id: guard, title: 保安}
"""

PASSING = (
    ORGANISATION
    + """\
levels:
  - {id: general, name: 一般投诉, lead: branch-head}
  - {id: disorder, name: 较大投诉, lead: vice-president}
  - {id: severe, name: 重大投诉, lead: president}
  - {id: extreme, name: 特别重大, lead: president}
"""
)

FAILING = (
    ORGANISATION
    + """\
levels:
  - {id: general, name: 一般投诉, lead: branch-head}
  - {id: disorder, name: 较大投诉, lead: president}
  - {id: severe, name: 重大投诉, lead: vice-president}
  - {id: extreme, name: 特别重大, lead: ops-supervisor}
"""
)

UNKNOWN = (
    ORGANISATION
    + """\
levels:
  - {id: general, name: 一般投诉, lead: lobby-manager}
  - {id: severe, name: 重大投诉, lead: guard}
"""
)


def test_passing():
    assert positions("PC206", PASSING) == []


def test_failing_points_at_each_lead_that_falls():
    found = rule_findings("PC206", FAILING)
    assert [(line, col) for line, col, _ in found] == [(18, 36), (19, 37)]
    assert (
        "level `severe` (重大投诉) is led by `vice-president` (副组长), who is junior to `president` (组长), "
        "the lead of the less severe level `disorder` (较大投诉): in group `leading-group` (领导小组) "
        "`president` is the leader and `vice-president` a deputy"
    ) in found[0][2]
    # ops-supervisor is in no group, vice-president is: compared with the nearest more senior lead
    assert "the lead of the less severe level `severe`" in found[1][2]
    assert "`vice-president` has a place in a group and `ops-supervisor` has none" in found[1][2]


def test_backup_is_junior_to_the_role_it_stands_in_for():
    text = (
        ORGANISATION.replace("members: [branch-head]", "members: []")
        + """\
levels:
  - {id: general, name: 一般投诉, lead: branch-head}
  - {id: severe, name: 重大投诉, lead: ops-supervisor}
"""
    )
    found = rule_findings("PC206", text)
    assert [(line, col) for line, col, _ in found] == [(17, 36)]
    assert "`ops-supervisor` is the backup (B角) of `branch-head`" in found[0][2]


def test_roles_of_unknown_order_are_not_compared():
    assert positions("PC206", UNKNOWN) == []


def test_an_english_plan_is_not_told_the_chinese_term_for_a_backup():
    text = (
        "document: {id: p, language: en, jurisdiction: GB}\n"
        + ORGANISATION.replace("members: [branch-head]", "members: []")
        + """\
levels:
  - {id: general, name: Ordinary, lead: branch-head}
  - {id: severe, name: Serious, lead: ops-supervisor}
"""
    )
    found = rule_findings("PC206", text)
    assert [(line, col) for line, col, _ in found] == [(18, 39)]
    assert "`ops-supervisor` is the backup of `branch-head`" in found[0][2]


def test_levels_listed_most_severe_first_are_read_rising():
    # Ⅰ级 led by the 组长, Ⅱ级 by the 副组长, Ⅲ级 by a branch head, listed gravest first as most Chinese plans print
    # them: the lead does not fall with severity (PC218 reports the order)
    text = """\
organisation:
  groups:
    - {id: g, name: 领导小组, leader: gm, deputies: [deputy]}
  roles:
    - {id: gm, title: 组长}
    - {id: deputy, title: 副组长}
    - {id: branch, title: 中心支公司总经理}
levels:
  - {id: l1, name: Ⅰ级(重大), lead: gm}
  - {id: l2, name: Ⅱ级(较大), lead: deputy}
  - {id: l3, name: Ⅲ级(一般), lead: branch}
"""
    assert positions("PC206", text) == []
    swapped = text.replace("lead: gm}", "lead: DEPUTY}").replace("name: Ⅱ级(较大), lead: deputy}", "name: Ⅱ级(较大), lead: gm}")
    assert positions("PC206", swapped.replace("DEPUTY", "deputy")) == [(9, 34)]
