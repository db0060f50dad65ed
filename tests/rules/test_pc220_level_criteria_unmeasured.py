from plancraft.rules.pc220_level_criteria_unmeasured import measured
from tests.conftest import positions, rule_findings

FAILING = """\
document: {id: p, title: 校服工作突发事件应急预案, type: emergency-plan, language: zh-CN}
levels:
  - {id: general, name: 一般事件, criteria: 少量学生出现轻微不适反应或发现局部质量瑕疵}
  - {id: major, name: 重大事件, criteria: 多名学生出现过敏、皮疹等身体不适症状}
"""


def test_levels_told_apart_by_adjectives_alone():
    found = rule_findings("PC220", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert found[0][2].startswith("no level's criteria count anything (一般事件; 重大事件): the grade is left to words")


def test_list_numbers_count_nothing():
    text = """\
document: {id: p, title: 营业网点突发事件应急预案, type: emergency-plan, language: zh-CN}
levels:
  - {id: d, name: 一般突发事件(D级), criteria: 包括:1、客户与工作人员发生争执;2、客户插队办理业务引发矛盾}
  - {id: c, name: 较大突发事件(C级), criteria: (一)客户突发疾病;(二)寻衅滋事;三、营业网点客流激增}
"""
    assert positions("PC220", text) == [(2, 1)]


def test_one_level_that_counts_is_enough():
    text = FAILING.replace("多名学生", "5名以上学生")
    assert positions("PC220", text) == []
    media = FAILING.replace("多名学生出现过敏", "被市级以上媒体报道,或学生出现过敏")
    assert positions("PC220", media) == []


def test_thresholds_count():
    text = FAILING + "    thresholds: [{measure: 涉及学生人数, min: 5, unit: 人}]\n"
    text = text.replace(
        "  - {id: major, name: 重大事件, criteria: 多名学生出现过敏、皮疹等身体不适症状}\n",
        "  - id: major\n    name: 重大事件\n    criteria: 多名学生\n",
    )
    assert positions("PC220", text) == []


def test_what_counts():
    assert measured("20名以上投诉人") and measured("涉及金额二十万元") and measured("三人以上聚集")
    assert measured("造成人员死亡") and measured("省级以上媒体曝光") and measured("停电超过24小时")
    assert not measured("1、客户与工作人员发生争执;2、客户插队") and not measured("(三)寻衅滋事")
    assert not measured("情节严重、影响较大的事件") and not measured("多名学生出现过敏")


def test_a_complaint_procedure_and_a_single_level_are_not_asked():
    procedure = FAILING.replace("type: emergency-plan", "type: complaint-procedure")
    assert positions("PC220", procedure) == []
    single = """\
document: {id: p, title: 突发事件应急预案, type: emergency-plan, language: zh-CN}
levels:
  - {id: general, name: 一般事件, criteria: 少量学生出现轻微不适反应}
  - {id: major, name: 重大事件}
"""
    assert positions("PC220", single) == []  # PC202 reports the level without criteria


def test_english_levels():
    text = """\
document: {id: p, title: Incident plan, type: emergency-plan, language: en}
levels:
  - {id: minor, name: Minor incident, criteria: Limited impact on a few customers}
  - {id: major, name: Major incident, criteria: Significant impact on many customers or serious harm}
"""
    assert positions("PC220", text) == [(2, 1)]
    assert positions("PC220", text.replace("many customers", "more than 50 customers")) == []
