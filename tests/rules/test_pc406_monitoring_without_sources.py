from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: p
monitoring:
  owner: office-head
  sources: [新闻网站及社交媒体]
"""

FAILING = """\
document:
  id: p
monitoring:
  every: 1d
"""


def test_passing():
    assert positions("PC406", PASSING) == []


def test_failing_points_at_monitoring():
    found = rule_findings("PC406", FAILING)
    assert [(line, col) for line, col, _ in found] == [(3, 1)]
    assert "monitoring has no sources and no owner" in found[0][2]


def test_missing_monitoring_points_at_document():
    found = rule_findings("PC406", "plancraft: 1\ndocument:\n  id: p\n")
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "no early warning" in found[0][2]


def test_only_an_emergency_plan_is_judged():
    """document.type: the rule judges emergency plans (the default), never a complaint procedure."""
    head = (
        "document:\n  id: p\n  title: 客户投诉应急预案\n  issuer: 示例银行梁平支行\n  language: zh-CN\n  type: emergency-plan\n"
    )
    body = "monitoring:\n  every: 1d\n"
    assert positions("PC406", head + body) == [(7, 1)]
    unstated = head.replace("  type: emergency-plan\n", "") + "x-line-kept-for-the-same-position: 1\n"
    assert positions("PC406", unstated + body) == [(7, 1)]
    assert positions("PC406", head.replace("emergency-plan", "complaint-procedure") + body) == []
