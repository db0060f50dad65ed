from tests.conftest import positions, rule_findings

PASSING = """\
levels:
  - {id: severe, name: 重大投诉, notify: [leading-group, police]}
"""

FAILING = """\
levels:
  - id: general
    name: 一般投诉
  - id: severe
    name: 重大投诉
    notify: []
"""


def test_passing():
    assert positions("PC204", PASSING) == []


def test_failing_points_at_the_level_or_its_empty_list():
    found = rule_findings("PC204", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 5), (6, 5)]
    assert "level `general` (一般投诉) notifies nobody" in found[0][2]


def test_only_an_emergency_plan_is_judged():
    """document.type: the rule judges emergency plans (the default), never a complaint procedure."""
    head = ("document:\n  id: p\n  title: 客户投诉应急预案\n  issuer: 示例银行梁平支行\n  language: zh-CN\n"
            "  type: emergency-plan\n")
    body = "levels:\n  - {id: general, name: 服务态度投诉}\n"
    assert positions("PC204", head + body) == [(8, 5)]
    unstated = head.replace("  type: emergency-plan\n", "") + "x-line-kept-for-the-same-position: 1\n"
    assert positions("PC204", unstated + body) == [(8, 5)]
    assert positions("PC204", head.replace("emergency-plan", "complaint-procedure") + body) == []
