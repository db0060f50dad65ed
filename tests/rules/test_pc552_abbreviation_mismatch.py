from tests.conftest import positions, rule_findings

FAILING = """\
document: {id: p, title: How to make a complaint, language: en, jurisdiction: IE}
external:
  - id: fspo
    name: Financial Services and Pensions Ombudsman (FPSO)
    kind: ombudsman
"""


def test_an_abbreviation_whose_letters_are_reordered():
    found = rule_findings("PC552", FAILING)
    assert [(line, col) for line, col, _ in found] == [(4, 11)]
    assert "“FPSO” stands for “Financial Services and Pensions Ombudsman”, whose initials are FSPO" in found[0][2]


def test_the_right_abbreviation_passes():
    assert positions("PC552", FAILING.replace("(FPSO)", "(FSPO)")) == []


def test_an_abbreviation_of_its_own_is_left_alone():
    text = FAILING.replace("Financial Services and Pensions Ombudsman (FPSO)", "Her Majesty's Revenue and Customs (HMRC)")
    assert positions("PC552", text) == []


def test_two_spellings_in_a_chinese_plan():
    text = """\
document: {id: p, title: 投诉处理办法, language: zh-CN}
purpose: 对答复不满意的,可以向FSPO投诉
external:
  - {id: fspo, name: 金融服务和养老金申诉专员(FPSO), kind: ombudsman}
"""
    found = rule_findings("PC552", text)
    assert [(line, col) for line, col, _ in found] == [(4, 22)]
    assert "“FPSO” and “FSPO” differ only by two letters swapped" in found[0][2]


def test_one_pair_is_reported_once():
    text = FAILING + "time_limits:\n  - {id: refer, what: Refer it to the FSPO, within: 6mo, party: customer}\n"
    assert positions("PC552", text) == [(4, 11)]


def test_different_abbreviations_are_left_alone():
    text = "document: {id: p, title: Complaints, language: en}\npurpose: The FOS and the FCA and the PRA\n"
    assert positions("PC552", text) == []
