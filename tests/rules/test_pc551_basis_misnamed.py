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
