from tests.conftest import positions, rule_findings

PASSING = """\
organisation:
  roles:
    - {id: branch-head, title: 网点负责人}
external:
  - {id: police, name: 派出所}
levels:
  - {id: general, name: 一般投诉, lead: branch-head, notify: [police]}
"""

FAILING = """\
organisation:
  roles:
    - {id: branch-head, title: 网点负责人}
levels:
  - id: general
    name: 一般投诉
    lead: branch-haed
scenarios:
  - id: s1
    title: 处理
    level: branch-head
"""


def test_passing():
    assert positions("PC101", PASSING) == []


def test_failing_points_at_each_reference():
    found = rule_findings("PC101", FAILING)
    assert [(line, col) for line, col, _ in found] == [(7, 11), (11, 12)]
    assert "did you mean `branch-head`?" in found[0][2]
    assert "is a role, but scenarios[].level must name a level" in found[1][2]
