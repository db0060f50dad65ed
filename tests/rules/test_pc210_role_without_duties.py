from tests.conftest import positions, rule_findings

PASSING = """\
organisation:
  roles:
    - id: lobby-manager
      title: 大堂经理
      duties: [首问负责，接待投诉客户并登记投诉事由]
"""

FAILING = """\
organisation:
  roles:
    - {id: lobby-manager, title: 大堂经理}
    - id: guard
      title: 保安
      duties: []
"""


def test_passing():
    assert positions("PC210", PASSING) == []


def test_failing_points_at_the_role_or_its_empty_list():
    found = rule_findings("PC210", FAILING)
    assert [(line, col) for line, col, _ in found] == [(3, 7), (6, 7)]
    assert "role `lobby-manager` (大堂经理) has no duties" in found[0][2]
