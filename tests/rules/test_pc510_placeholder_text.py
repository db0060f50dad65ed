from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: xx-branch
  issuer: 示例银行梁平支行
organisation:
  roles:
    - {id: office-head, title: 办公室主任, holder: 综合部经理}
    - {id: guard, title: XXL号保安服, holder: 接待员, x-note: TODO}
scenarios:
  - id: s1
    title: 耐心等待，待岗培训
"""

FAILING = """\
document:
  issuer: "**银行**分行"
organisation:
  roles:
    - id: office-head
      title: 办公室主任
      holder: 【待补充】
    - id: guard
      title: ××支行保安
      holder: "***"
scenarios:
  - id: s1
    title: 联系XX客户经理
    key_points: TODO 补充要点，时限待定
"""


def test_passing():
    assert positions("PC510", PASSING) == []


def test_failing_points_at_each_scalar():
    found = rule_findings("PC510", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 11), (7, 15), (9, 14), (10, 15), (13, 12), (14, 17)]
    messages = [message for _, _, message in found]
    assert messages[0].startswith("placeholder `**` left in the text (“**银行**分行”)")
    assert "`【待补充】`" in messages[1]
    assert "`××`" in messages[2]
    assert "`***`" in messages[3]
    assert "`XX`" in messages[4]
    assert messages[5].startswith("placeholders `TODO`, `待定`")


def test_configured_patterns():
    text = """\
    organisation:
      roles:
        - {id: office-head, title: 办公室主任, holder: 某某}
    """
    assert positions("PC510", text) == []
    found = rule_findings("PC510", text, **{"placeholder-patterns": ["某某", "[unclosed"]})
    assert [(line, col) for line, col, _ in found] == [(3, 47)]
    assert "`某某`" in found[0][2]
