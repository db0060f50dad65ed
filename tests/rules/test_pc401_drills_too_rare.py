from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: p
drills:
  every: 6mo
  owner: office-head
"""

FAILING = """\
document:
  id: p
drills:
  owner: office-head
  every: 3y
"""


def test_passing():
    assert positions("PC401", PASSING) == []


def test_failing_points_at_every():
    found = rule_findings("PC401", FAILING)
    assert [(line, col) for line, col, _ in found] == [(5, 10)]
    assert "drills every 3y are too rare; drill at least every 1y" in found[0][2]
    assert "第三十三条" in found[0][2]


def test_missing_drills_point_at_document():
    found = rule_findings("PC401", "plancraft: 1\ndocument:\n  id: p\n")
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "the plan has no drills" in found[0][2]


def test_drills_without_every_point_at_drills():
    found = rule_findings("PC401", "document:\n  id: p\ndrills: {}\n")
    assert [(line, col) for line, col, _ in found] == [(3, 1)]
    assert "drills have no frequency" in found[0][2]


def test_the_interval_is_an_option():
    assert positions("PC401", FAILING, **{"drill-interval": "3y"}) == []
    assert positions("PC401", PASSING, **{"drill-interval": "3mo"}) == [(4, 10)]


def test_only_an_emergency_plan_is_judged():
    """document.type: the rule judges emergency plans (the default), never a complaint procedure."""
    head = (
        "document:\n  id: p\n  title: 客户投诉应急预案\n  issuer: 示例银行梁平支行\n  language: zh-CN\n  type: emergency-plan\n"
    )
    body = "drills:\n  every: 3y\n"
    assert positions("PC401", head + body) == [(8, 10)]
    unstated = head.replace("  type: emergency-plan\n", "") + "x-line-kept-for-the-same-position: 1\n"
    assert positions("PC401", unstated + body) == [(8, 10)]
    assert positions("PC401", head.replace("emergency-plan", "complaint-procedure") + body) == []
