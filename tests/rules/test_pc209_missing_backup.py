from tests.conftest import positions, rule_findings

PASSING = """\
organisation:
  roles:
    - {id: president, title: 组长, backup: vice-president}
    - {id: vice-president, title: 副组长}
levels:
  - {id: severe, name: 重大投诉, lead: president}
"""

FAILING = """\
organisation:
  roles:
    - {id: president, title: 组长}
    - {id: branch-head, title: 网点负责人, backup: president}
    - {id: lobby-manager, title: 大堂经理}
levels:
  - {id: severe, name: 重大投诉, lead: president}
scenarios:
  - {id: violent, title: 处理过激投诉, owner: president}
  - {id: general, title: 处理一般投诉, owner: branch-head}
"""


def test_passing():
    assert positions("PC209", PASSING) == []


def test_failing_points_at_the_role():
    found = rule_findings("PC209", FAILING)
    assert [(line, col) for line, col, _ in found] == [(3, 7)]
    assert ("role `president` (组长) leads level `severe`, owns scenario `violent` but has no backup (B角)") in found[0][2]


def test_a_group_leader_needs_a_backup_too():
    text = """\
organisation:
  groups:
    - {id: leading-group, name: 领导小组, leader: president}
  roles:
    - {id: president, title: 组长}
"""
    found = rule_findings("PC209", text)
    assert [(line, col) for line, col, _ in found] == [(5, 7)]
    assert "leads group `leading-group`" in found[0][2]


def test_a_pool_or_a_vague_party_needs_no_stand_in():
    # whoever is free, or a party PC212 reports as naming nobody: there is no one post to stand in for
    text = """\
organisation:
  roles:
    - {id: reviewer, title: A council officer who was not involved with the original stage 1 investigation}
    - {id: service, title: Someone in the council service that relates to your complaint}
    - {id: handler, title: 受理人}
    - {id: senior-manager, title: A senior manager}
scenarios:
  - {id: s1, title: Stage 1, owner: service}
  - {id: s2, title: Stage 2, owner: reviewer}
  - {id: s3, title: 一般投诉, owner: handler}
  - {id: s4, title: Review, owner: senior-manager}
"""
    found = rule_findings("PC209", text)
    assert [(line, col) for line, col, _ in found] == [(6, 7)]
    assert "role `senior-manager` (A senior manager) owns scenario `s4`" in found[0][2]
