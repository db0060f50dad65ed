from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: p
  basis:
    - 《银行业保险业消费投诉处理管理办法》(原银保监会令2020年第3号)
    - 《突发事件应急预案管理办法》(国办发〔2024〕5号)
    - 《某银行客户投诉处理实施细则》
    - 《**银行业营业网点服务突发事件应急处理工作指引》
    - GB/T 29639-2020 Guidelines for the Preparation of Emergency Response Plans
"""

FAILING = """\
document:
  id: p
  basis:
    - 《中国费者投诉处理管理办法》等相关规定
    - 《突发事件应急预案管理办法》(国办发〔2013〕101号)
"""


def test_passing():
    assert positions("PC551", PASSING) == []


def test_failing_points_at_each_basis_item():
    found = rule_findings("PC551", FAILING)
    assert [(line, col) for line, col, _ in found] == [(4, 7), (5, 7)]
    assert "《中国费者投诉处理管理办法》, which is not the name" in found[0][2]
    assert "did you mean 《保险消费投诉处理管理办法》 or 《银行业保险业消费投诉处理管理办法》?" in found[0][2]
    assert "国办发〔2013〕101号, which was repealed by 国办发〔2024〕5号" in found[1][2]


def test_a_document_number_with_its_year_outside_the_standard_brackets():
    from plancraft import i18n
    from plancraft.diagnostics import Severity
    from plancraft.lint.engine import run_rule
    from plancraft.rules import BY_CODE
    from tests.conftest import snippet_plan

    text = """\
document:
  id: p
  basis:
    - 川保监发(2014)95号关于《市州保险行业协会保险消费投诉处理机制建设工作方案》的文件
    - 《突发事件应急预案管理办法》(国办发[2013]101号)
    - 《某银行客户投诉处理实施细则》(某银发〔2020〕5号)
    - 2014年(第3版)
"""
    plan = snippet_plan(text)
    found = list(run_rule(BY_CODE["PC551"], plan, plan.options))
    assert [(d.line, d.column, d.severity) for d in found] == [
        (4, 7, Severity.INFO),
        (5, 7, Severity.INFO),
        (5, 7, Severity.WARNING),  # the loose number is still read: 国办发〔2013〕101号 is repealed
    ]
    assert found[0].message.startswith(
        "basis item 1 writes the document number “川保监发(2014)95号” with its year outside 〔〕; a document number "
        "reads 川保监发〔2014〕95号"
    )
    with i18n.language("zh-CN"):
        chinese = rule_findings("PC551", text)
    assert chinese[0][2].startswith("编制依据第 1 项的文号“川保监发(2014)95号”年份没有用六角括号〔〕")


def test_other_laws_of_the_country_and_short_or_revised_titles_are_real_names():
    # 《中华人民共和国电力法》 shares eight characters with 《中华人民共和国保险法》 but is another law; 《突发事件应对法》
    # and a revision note name the law itself; a misspelt title is still reported
    text = """\
document:
  basis:
    - 《中华人民共和国安全生产法》
    - 《中华人民共和国电力法》
    - 《中华人民共和国中国人民银行法》
    - 《突发事件应对法》
    - 《中华人民共和国突发事件应对法(2024年修订)》
    - 《中华人民共和国消费者权宜保护法》
"""
    found = rule_findings("PC551", text)
    assert [(line, col) for line, col, _ in found] == [(8, 7)]
    assert "《中华人民共和国消费者权宜保护法》" in found[0][2] and "《中华人民共和国消费者权益保护法》" in found[0][2]


def test_a_complete_title_of_its_own_is_no_near_miss():
    # An issuer's or sector's own document holds a known title whole with its own words (中国人民银行…, 中国银行业…),
    # and a title of another kind of document (示范文本, 实施细则) is not a misspelt 指引 or 办法; a title with
    # characters dropped or swapped, or another word in place of one (医院 for 医疗机构), is still a near miss
    text = """\
document:
  basis:
    - 《中国人民银行突发事件应急预案管理办法》
    - 《中国银行业营业网点服务突发事件应急处理工作指引》
    - 《中国银行业营业网点服务突发事件应急处理预案示范文本》
    - 《银行业营业网点服务突发事件应急处理实施细则》
    - 《医院投诉管理办法》
    - 《银行业营业网点服务突发事件应急处理指引》
    - 《突发事件应急预案管理规定办法》
"""
    found = rule_findings("PC551", text)
    assert [(line, col) for line, col, _ in found] == [(7, 7), (8, 7), (9, 7)]
    assert "did you mean 《医疗机构投诉管理办法》" in found[0][2]
    assert "did you mean 《银行业营业网点服务突发事件应急处理工作指引》" in found[1][2]
