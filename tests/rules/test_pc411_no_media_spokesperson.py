from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: p
media:
  spokesperson: office-head
"""

FAILING = """\
document:
  id: p
media:
  rules: [网点员工不接受采访]
"""


def test_passing():
    assert positions("PC411", PASSING) == []


def test_failing_points_at_media():
    found = rule_findings("PC411", FAILING)
    assert [(line, col) for line, col, _ in found] == [(3, 1)]
    assert "media handling names no spokesperson; add `media.spokesperson`" in found[0][2]


def test_missing_media_points_at_document():
    found = rule_findings("PC411", "plancraft: 1\ndocument:\n  id: p\n")
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "the plan says nothing about the media" in found[0][2]


def test_only_an_emergency_plan_is_judged():
    """document.type: the rule judges emergency plans (the default), never a complaint procedure."""
    head = (
        "document:\n  id: p\n  title: 客户投诉应急预案\n  issuer: 示例银行梁平支行\n  language: zh-CN\n  type: emergency-plan\n"
    )
    body = "media:\n  rules: [网点员工不接受采访]\n"
    assert positions("PC411", head + body) == [(7, 1)]
    unstated = head.replace("  type: emergency-plan\n", "") + "x-line-kept-for-the-same-position: 1\n"
    assert positions("PC411", unstated + body) == [(7, 1)]
    assert positions("PC411", head.replace("emergency-plan", "complaint-procedure") + body) == []


def test_a_role_charged_as_the_spokesperson_names_one():
    head = "document: {id: p, title: 投诉应急预案, type: emergency-plan, language: zh-CN}\norganisation:\n  roles:\n"
    for role in (
        "    - {id: office, title: 办公室主任, duties: [担任新闻发言人,统一对外口径]}\n",
        "    - {id: comms, title: Head of Communications, duties: [Handles all media enquiries]}\n",
        "    - {id: press, title: 新闻发言人}\n",
    ):
        assert positions("PC411", head + role) == [], role
    # liaising with the media among others names nobody who alone speaks
    liaison = head + "    - {id: office, title: 办公室主任, duties: [对接家长、媒体及相关部门]}\n"
    assert positions("PC411", liaison) == [(1, 1)]
