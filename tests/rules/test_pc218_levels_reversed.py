from tests.conftest import positions, rule_findings

FAILING = """\
document: {id: p, title: 物业管理重大事件应急响应管理规定, language: zh-CN}
levels:
  - {id: level-1, name: 一级重大事件(Ⅰ级应急响应)}
  - {id: level-2, name: 二级重大事件(Ⅱ级应急响应)}
  - {id: level-3, name: 三级重大事件(Ⅲ级应急响应)}
"""


def test_levels_listed_gravest_first():
    found = rule_findings("PC218", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "from the most severe (“一级重大事件(Ⅰ级应急响应)”) to the least (“三级重大事件(Ⅲ级应急响应)”)" in found[0][2]


def test_english_levels_by_roman_grade():
    text = """\
document: {id: p, title: Incident plan, language: en}
levels:
  - {id: a, name: Major incident (Level I)}
  - {id: b, name: Serious incident (Level II)}
"""
    assert positions("PC218", text) == [(2, 1)]


def test_rising_levels_pass():
    text = """\
levels:
  - {id: iii, name: 一般投诉(Ⅲ级)}
  - {id: ii, name: 较大投诉(Ⅱ级)}
  - {id: i, name: 重大投诉(Ⅰ级)}
"""
    assert positions("PC218", text) == []


def test_a_plans_own_chinese_numerals_are_not_read():
    text = """\
levels:
  - {id: level-1, name: 一级应急预案}
  - {id: level-2, name: 二级应急预案}
"""
    assert positions("PC218", text) == []


def test_severity_words_falling():
    text = "levels:\n  - {id: a, name: 特别重大事件}\n  - {id: b, name: 一般事件}\n"
    assert positions("PC218", text) == [(1, 1)]


def test_pc213_judges_the_first_level_when_reversed():
    text = FAILING + "external:\n  - {id: police, name: 公安机关, kind: authority}\n"
    found = rule_findings("PC213", text)
    assert [(line, col) for line, col, _ in found] == [(3, 10)]


def test_english_severity_words_falling():
    text = "levels:\n  - {id: a, name: Critical}\n  - {id: b, name: High}\n  - {id: c, name: Medium}\n  - {id: d, name: Low}\n"
    assert positions("PC218", text) == [(1, 1)]
    rising = (
        "levels:\n  - {id: a, name: Minor incident}\n  - {id: b, name: Serious incident}\n  - {id: c, name: Major incident}\n"
    )
    assert positions("PC218", rising) == []
