from tests.conftest import positions, rule_findings

PASSING = """\
levels:
  - {id: severe, name: 重大投诉, end_when: 现场秩序恢复}
"""

FAILING = """\
levels:
  - {id: general, name: 一般投诉, end_when: 客户诉求已答复}
  - id: severe
    name: 重大投诉
"""


def test_passing():
    assert positions("PC205", PASSING) == []


def test_failing_points_at_the_level():
    found = rule_findings("PC205", FAILING)
    assert [(line, col) for line, col, _ in found] == [(3, 5)]
    assert "level `severe` (重大投诉) has no end condition" in found[0][2]
    assert "`end_when:`" in found[0][2]


def test_only_an_emergency_plan_is_judged():
    """document.type: the rule judges emergency plans (the default), never a complaint procedure."""
    head = (
        "document:\n  id: p\n  title: 客户投诉应急预案\n  issuer: 示例银行梁平支行\n  language: zh-CN\n  type: emergency-plan\n"
    )
    body = "levels:\n  - {id: general, name: 服务态度投诉}\n"
    assert positions("PC205", head + body) == [(8, 5)]
    unstated = head.replace("  type: emergency-plan\n", "") + "x-line-kept-for-the-same-position: 1\n"
    assert positions("PC205", unstated + body) == [(8, 5)]
    assert positions("PC205", head.replace("emergency-plan", "complaint-procedure") + body) == []


def test_the_lowest_level_for_the_ordinary_complaint_is_left_alone():
    # 一般投诉 ends with its reply and needs nobody told; as the only level, or above another, it is judged
    text = """\
levels:
  - {id: general, name: 一般投诉案件, lead: handler}
  - {id: major, name: 重大、特别投诉案件}
"""
    assert positions("PC205", text) == [(3, 5)]
    assert positions("PC205", "levels:\n  - {id: general, name: 一般投诉}\n") == [(2, 5)]
    # listed most severe first (PC218 reports the order), 一般投诉 is still the lowest level and left alone
    assert positions("PC205", "levels:\n  - {id: severe, name: 重大投诉}\n  - {id: general, name: 一般投诉}\n") == [(2, 5)]
