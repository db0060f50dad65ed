from tests.conftest import positions, rule_findings

PASSING = """\
external:
  - {id: police, name: 派出所}
levels:
  - {id: general, name: 一般投诉}
  - {id: severe, name: 重大投诉, notify: [police]}
"""

PASSING_BY_GUARD = """\
organisation:
  roles:
    - {id: guard, title: 值勤保安}
levels:
  - {id: general, name: 一般投诉}
  - {id: severe, name: 重大投诉}
scenarios:
  - id: violent
    title: 处理过激投诉
    level: severe
    actions:
      - {do: 保护现场, by: guard}
"""

FAILING = """\
external:
  - {id: police, name: 派出所}
levels:
  - {id: general, name: 一般投诉, notify: [police]}
  - id: severe
    name: 重大投诉
    notify: [president]
"""


def test_passing():
    assert positions("PC207", PASSING) == []


def test_a_security_role_acting_at_the_top_level_is_enough():
    assert positions("PC207", PASSING_BY_GUARD) == []


def test_failing_points_at_the_notify_of_the_top_level():
    found = rule_findings("PC207", FAILING)
    assert [(line, col) for line, col, _ in found] == [(7, 5)]
    assert "the most severe level `severe` (重大投诉) involves nobody from outside" in found[0][2]


def test_only_an_emergency_plan_is_judged():
    """document.type: the rule judges emergency plans (the default), never a complaint procedure."""
    head = (
        "document:\n  id: p\n  title: 客户投诉应急预案\n  issuer: 示例银行梁平支行\n  language: zh-CN\n  type: emergency-plan\n"
    )
    body = "levels:\n  - {id: simple, name: 服务态度投诉}\n  - {id: complex, name: 涉及多个科室的投诉}\n"
    assert positions("PC207", head + body) == [(9, 5)]
    unstated = head.replace("  type: emergency-plan\n", "") + "x-line-kept-for-the-same-position: 1\n"
    assert positions("PC207", unstated + body) == [(9, 5)]
    assert positions("PC207", head.replace("emergency-plan", "complaint-procedure") + body) == []


def test_levels_graded_most_severe_first_are_judged_at_the_first():
    # 特别重大 (Ⅰ级) listed first: that is the worst case, whatever its place in the list
    text = """\
levels:
  - {id: grave, name: 特别重大投诉(Ⅰ级)}
  - {id: serious, name: 重大投诉(Ⅱ级)}
  - {id: ordinary, name: 一般投诉(Ⅲ级)}
"""
    found = rule_findings("PC207", text)
    assert [(line, col) for line, col, _ in found] == [(2, 5)]
    assert "the most severe level `grave`" in found[0][2]
