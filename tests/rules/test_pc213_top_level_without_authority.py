from tests.conftest import positions, rule_findings

PASSING = """\
external:
  - {id: regulator, name: 国家金融监督管理总局梁平监管支局, kind: 监管机构}
  - {id: ombudsman, name: Housing Ombudsman}
levels:
  - {id: general, name: 一般投诉}
  - {id: major, name: 重大投诉}
reporting:
  - {what: 重大投诉事件报告, to: regulator, within: 24h}
"""

FAILING = """\
external:
  - {id: police, name: 辖区派出所}
levels:
  - {id: general, name: 一般投诉, notify: [regulator]}
  - {id: major, name: 重大投诉, notify: [police]}
"""


def test_passing():
    assert positions("PC213", PASSING) == []
    escalation = PASSING.replace("reporting:\n  - {what: 重大投诉事件报告, to: regulator, within: 24h}\n", "") + (
        "scenarios:\n  - {id: s, title: 重大投诉, level: major, escalation: [{when: 群体投诉, to: ombudsman}]}\n"
    )
    assert positions("PC213", escalation) == []


def test_failing_points_at_the_top_level():
    found = rule_findings("PC213", FAILING)
    assert [(line, col) for line, col, _ in found] == [(5, 10)]
    assert found[0][2].startswith("the most severe level `major` (重大投诉) tells no regulator or authority")


def test_only_an_emergency_plan_is_judged():
    """document.type: the rule judges emergency plans (the default), never a complaint procedure."""
    head = (
        "document:\n  id: p\n  title: 客户投诉应急预案\n  issuer: 示例银行梁平支行\n  language: zh-CN\n  type: emergency-plan\n"
    )
    body = "levels:\n  - {id: simple, name: 服务态度投诉}\n  - {id: complex, name: 涉及多个科室的投诉}\n"
    assert positions("PC213", head + body) == [(9, 10)]
    unstated = head.replace("  type: emergency-plan\n", "") + "x-line-kept-for-the-same-position: 1\n"
    assert positions("PC213", unstated + body) == [(9, 10)]
    assert positions("PC213", head.replace("emergency-plan", "complaint-procedure") + body) == []


def test_a_plan_without_levels_is_judged_as_a_whole():
    from plancraft import i18n

    text = """\
external:
  - {id: police, name: 辖区派出所}
scenarios:
  - id: s
    title: 群体投诉
    escalation: [{when: 聚集, to: police}]
"""
    found = rule_findings("PC213", text)
    assert [(line, col) for line, col, _ in found] == [(1, 1)]
    assert found[0][2].startswith("nothing in the plan tells a regulator or authority of a serious event")
    with i18n.language("zh-CN"):
        assert rule_findings("PC213", text)[0][2].startswith("预案中没有任何内容向监管机构或主管部门报告严重事件")
    reported = (
        text
        + """\
reporting:
  - {what: 报告重大投诉, to: regulator, within: 2h}
"""
    )
    regulator = reported.replace(
        "  - {id: police, name: 辖区派出所}", "  - {id: police, name: 辖区派出所}\n  - {id: regulator, name: 金融监管分局}"
    )
    assert positions("PC213", regulator) == []
    english = """\
document: {id: p, title: Major incident plan, language: en}
external: []
scenarios:
  - {id: s, title: Outage, actions: [{do: Restore the service, within: 4h}]}
"""
    assert positions("PC213", english) == [(2, 1)]


def test_levels_whose_names_grade_them_most_severe_first_are_judged_at_the_first():
    # 一级…三级 with Ⅰ级应急响应 first (the national convention: Ⅰ is the most severe), listed in the source's
    # order: the most severe level is the first; "Level 1…3", which carry no such grade, keep the format's order
    text = """\
external:
  - {id: regulator, name: 市住房和城乡建设局, kind: regulator}
levels:
  - {id: level-1, name: 一级重大事件(Ⅰ级应急响应)}
  - {id: level-2, name: 二级重大事件(Ⅱ级应急响应)}
  - {id: level-3, name: 三级重大事件(Ⅲ级应急响应)}
"""
    found = rule_findings("PC213", text)
    assert [(line, col) for line, col, _ in found] == [(4, 10)]
    assert "the most severe level `level-1` (一级重大事件(Ⅰ级应急响应)) tells no regulator" in found[0][2]
    told = text.replace(
        "  - {id: level-1, name: 一级重大事件(Ⅰ级应急响应)}",
        "  - {id: level-1, name: 一级重大事件(Ⅰ级应急响应), notify: [regulator]}",
    )
    assert positions("PC213", told) == []
    english = """\
external:
  - {id: regulator, name: Care Quality Commission, kind: regulator}
levels:
  - {id: level-1, name: Level 1, notify: [regulator]}
  - {id: level-2, name: Level 2}
"""
    found = rule_findings("PC213", english)
    assert [(line, col) for line, col, _ in found] == [(5, 10)]
    assert "the most severe level `level-2` (Level 2)" in found[0][2]


def test_the_bureau_or_inspectorate_a_sector_answers_to_is_an_authority():
    # a school's 教育局, a water company's Drinking Water Inspectorate or Environment Agency, Ofwat; a private
    # security firm or the company's own HSE department is none
    for name in ("区教育局", "市水务局", "县文化和旅游局", "Drinking Water Inspectorate", "Environment Agency", "Ofwat"):
        text = FAILING.replace("- {id: police, name: 辖区派出所}", f"- {{id: police, name: {name}}}")
        assert positions("PC213", text) == [], name
    for name in ("Vale Security Agency Ltd", "HSE部"):
        text = FAILING.replace("- {id: police, name: 辖区派出所}", f"- {{id: police, name: {name}}}")
        assert positions("PC213", text) == [(5, 10)], name


def test_english_grades_listed_most_severe_first_are_judged_at_the_first():
    # Critical > High > Low, listed gravest first: Critical tells the Drinking Water Inspectorate, so nothing is
    # missing; the same plan telling it only at Low is reported at Critical
    text = """\
external:
  - {id: dwi, name: Drinking Water Inspectorate}
levels:
  - {id: l1, name: Critical, notify: [dwi]}
  - {id: l2, name: High}
  - {id: l3, name: Low}
"""
    assert positions("PC213", text) == []
    moved = text.replace("name: Critical, notify: [dwi]}", "name: Critical}").replace("name: Low}", "name: Low, notify: [dwi]}")
    assert positions("PC213", moved) == [(4, 10)]


def test_a_unit_under_its_parents_overall_plan_reports_upward():
    # a college whose basis is its university's overall plan reports to the university's command centre: the
    # university tells the authorities; the national overall plan, or another organisation's, makes no parent
    text = """\
document:
  id: p
  type: emergency-plan
  issuer: 某某大学管理学院
  basis:
    - 《某某大学突发公共事件总体应急预案》
reporting:
  - {what: 突发事件, to: command-centre}
external:
  - {id: command-centre, name: 学工部指挥中心, kind: 学校职能部门}
"""
    assert positions("PC213", text) == []
    national = text.replace("《某某大学突发公共事件总体应急预案》", "《国家突发公共事件总体应急预案》")
    assert positions("PC213", national) == [(9, 1)]
