from tests.conftest import positions, rule_findings

PASSING = """\
document:
  issuer: 农行重庆梁平支行
  basis:
    - 《中国银行业协会银行业营业网点服务突发事件应急处理工作指引》
    - 中国银行保险监督管理委员会令2020年第3号
    - 中国人民银行有关规定
scenarios:
  - id: praise
    title: 处理表扬
    actions:
      - do: 谢谢客户对农行的支持，其中行长负责答谢
      - do: 中国农业银行员工行为规范
"""

FAILING = """\
document:
  issuer: 农行重庆梁平支行
scenarios:
  - id: praise
    title: 处理表扬
    actions:
      - do: 谢谢他们对中行的支持和关心
      - do: 按中国工商银行和工行的流程办理
"""

# No issuer: the document number says 农行.
BY_NUMBER = """\
document:
  number: 梁农银发〔2024〕12号
purpose: 维护建设银行声誉
"""

# No issuer, no number: the bank named most often is the issuer.
BY_MAJORITY = """\
purpose: 维护农行声誉
scope: 农行各营业网点
principles:
  - title: 对中行客户一视同仁
"""

NOT_A_BANK = """\
document:
  issuer: 某物业服务有限公司
purpose: 业主可在工行或建行缴费
"""


def test_passing():
    assert positions("PC512", PASSING) == []
    assert positions("PC512", NOT_A_BANK) == []


def test_failing_points_at_each_text():
    found = rule_findings("PC512", FAILING)
    assert [(line, col) for line, col, _ in found] == [(7, 13), (8, 13)]
    assert found[0][2].startswith("this text names 中行 (中国银行), but the plan is issued by 农行重庆梁平支行 (农行)")
    assert "names 中国工商银行、工行 (中国工商银行)," in found[1][2]


def test_issuer_from_number_and_majority():
    found = rule_findings("PC512", BY_NUMBER)
    assert [(line, col) for line, col, _ in found] == [(3, 10)]
    assert "the document number 梁农银发〔2024〕12号 is 农行's" in found[0][2]
    found = rule_findings("PC512", BY_MAJORITY)
    assert [(line, col) for line, col, _ in found] == [(4, 12)]
    assert "the plan otherwise names 农行 (2 times)" in found[0][2]


def test_unknown_issuing_bank():
    text = """\
    document:
      issuer: 示例银行梁平支行
    purpose: 参照招商银行做法
    """
    found = rule_findings("PC512", text)
    assert [(line, col) for line, col, _ in found] == [(3, 10)]
    assert "the plan is issued by 示例银行梁平支行;" in found[0][2]


def test_rural_banks_in_english_either_case():
    text = """\
    document:
      issuer: 农行重庆梁平支行
    purpose: Unlike the Rural Commercial Bank, we answer in a day
    scope: branches, not a rural credit cooperative
    """
    found = rule_findings("PC512", text)
    assert [(line, col) for line, col, _ in found] == [(3, 10), (4, 8)]
    assert "names Rural Commercial Bank (农村商业银行)," in found[0][2]
    assert "names rural credit cooperative (农村信用社)," in found[1][2]


def test_every_name_pattern_begins_with_a_plain_character():
    # What lets the regex engine skip to where a bank's name can begin (the rule reads every text of a plan):
    # one pattern beginning with a class (`[Rr]ural`) or a group made the whole search 30 times slower.
    from plancraft.rules.pc512_foreign_bank_name import BANKS

    starts = [pattern[0] for _short, _full, patterns in BANKS for pattern in patterns]
    assert [s for s in starts if s in "[(\\.?*+^$|{"] == []
