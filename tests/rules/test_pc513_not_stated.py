from tests.conftest import lint_text, rule_findings

PASSING = """\
document: {id: x, title: 客户投诉应急预案, language: zh-CN}
purpose: 规范客户投诉应急处置。
scope: 适用于本行各营业网点。
levels:
  - {id: general, name: 一般投诉, criteria: 未载明的事项由行长决定}
"""

FAILING = """\
document: {id: x, title: null, language: zh-CN}
purpose: null   # 原文未载明
scope: 【未载明】
scenarios:
  - id: s1
    title: 处理投诉
    actions:
      - {do: "[not stated]", by: branch-head}
"""


def test_passing():
    assert rule_findings("PC513", PASSING) == []


def test_failing_points_at_each_value():
    found = rule_findings("PC513", FAILING)
    assert [(line, col) for line, col, _ in found] == [(1, 26), (2, 10), (3, 8), (8, 14)]
    messages = [message for _, _, message in found]
    assert messages[0].startswith("`document.title` is not stated (null);")
    assert messages[2].startswith("`scope` is not stated (“【未载明】”);")
    assert messages[3].startswith("`scenarios[0].actions[0].do` is not stated (“[not stated]”);")


def test_reported_once_not_as_empty_or_placeholder_text():
    found = [(d.line, d.column, d.code) for d in lint_text(FAILING)]
    at_values = [f for f in found if (f[0], f[1]) in {(1, 26), (2, 10), (3, 8), (8, 14)}]
    assert [code for _, _, code in at_values] == ["PC513"] * 4  # not PC510 (placeholder) nor PC511 (empty)
