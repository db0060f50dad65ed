from tests.conftest import positions, rule_findings

PASSING = """\
document: {id: p, title: 客户投诉应急预案, issuer: 示例银行梁平支行, language: zh-CN}
levels:
  - {id: general, name: 一般投诉}
  - id: major
    name: 重大投诉
    criteria: 客户有过激行为
    thresholds: [{measure: 投诉人数, min: 20, unit: 人}]
"""

FAILING = """\
document: {id: p, title: 客户投诉应急预案, issuer: 示例银行梁平支行, language: zh-CN}
levels:
  - {id: general, name: 一般投诉}
  - {id: major, name: 重大投诉, criteria: 客户有过激行为}
"""


def test_passing():
    assert positions("PC216", PASSING) == []
    assert positions("PC216", FAILING.replace("客户有过激行为", "群体性投诉或客户有过激行为")) == []


def test_failing_points_at_the_top_level():
    found = rule_findings("PC216", FAILING)
    assert [(line, col) for line, col, _ in found] == [(4, 10)]
    assert "投诉办法 第二十九条" in found[0][2]


def test_a_threshold_above_twenty_people():
    text = PASSING.replace("min: 20", "min: 50")
    assert positions("PC216", text) == [(7, 39)]


def test_only_cn_banks_and_insurers():
    assert positions("PC216", FAILING.replace("示例银行梁平支行", "某市人民医院")) == []
    uk = FAILING.replace("language: zh-CN", "language: en, jurisdiction: GB")
    assert positions("PC216", uk) == []


def test_only_an_emergency_plan_is_judged():
    """document.type: the rule judges emergency plans (the default), never a complaint procedure."""
    head = (
        "document:\n  id: p\n  title: 客户投诉应急预案\n  issuer: 示例银行梁平支行\n  language: zh-CN\n  type: emergency-plan\n"
    )
    body = "levels:\n  - {id: general, name: 一般投诉}\n  - {id: major, name: 重大投诉, criteria: 客户有过激行为}\n"
    assert positions("PC216", head + body) == [(9, 10)]
    unstated = head.replace("  type: emergency-plan\n", "") + "x-line-kept-for-the-same-position: 1\n"
    assert positions("PC216", unstated + body) == [(9, 10)]
    assert positions("PC216", head.replace("emergency-plan", "complaint-procedure") + body) == []


def test_a_plan_not_about_complaints_is_not_judged():
    """第二十九条 asks for the plan for major complaints; a bank's IT outage plan is not that plan."""
    text = (
        FAILING.replace("客户投诉应急预案", "网点系统切换应急预案")
        .replace("一般投诉", "一般故障")
        .replace("重大投诉", "重大故障")
    )
    assert positions("PC216", text) == []
    assert positions("PC216", text.replace("language: zh-CN}", "language: zh-CN, type: complaint-procedure}")) == []
    assert positions("PC216", FAILING) == [(4, 10)]


def test_levels_listed_most_severe_first_judge_the_first_as_the_top():
    """Ⅰ级…Ⅲ级 listed gravest first (PC218 reports the order): the finding is at Ⅰ级, the real top level."""
    text = """\
document: {id: p, title: 客户投诉应急预案, issuer: 示例银行梁平支行, language: zh-CN}
levels:
  - {id: level-1, name: Ⅰ级（特别重大）, criteria: 客户有过激行为}
  - {id: level-2, name: Ⅱ级（较大）, criteria: 多次投诉}
  - {id: level-3, name: Ⅲ级（一般）, criteria: 一般投诉}
"""
    assert positions("PC216", text) == [(3, 10)]
