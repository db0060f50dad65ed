"""Folded Chinese lines join without a space; a space the author wrote stays (plancraft.cjk)."""

from __future__ import annotations

from plancraft.cjk import join_folds, join_lines, joins_tight
from plancraft.loader import load_bytes

PLAN = """\
purpose: >-
  为及时、有效处理客户投诉，防范风险隐患，
  降低损失。Keep the
  customer informed.
basis:
  - GB/T 19012-2019《质量管理 顾客满意 组织投诉处理指南》
scope: 适用于本行各营业网点
  受理的投诉。 转办投诉
  同样适用
quoted: "第一行
  第二行"
escaped: "\\u4e00
  二"
literal: |
  第一行
  第二行
"""


def test_join_lines_is_chinese_between_chinese_and_english_between_words():
    assert join_lines(["风险隐患，", "降低损失", "and keep", "going"]) == "风险隐患，降低损失 and keep going"
    assert join_lines(["投诉。", "转办投诉"]) == "投诉。转办投诉"
    assert join_lines(["使用", "App", "办理"]) == "使用 App 办理"  # Latin next to Chinese keeps its space
    assert join_lines(["“投诉”", "处理"]) == "“投诉”处理"
    assert not joins_tight("—", "a") and joins_tight("，", "a")


def test_loader_records_folds_and_readable_rejoins_only_them():
    plan = load_bytes(PLAN.encode("utf-8"), "plan.yaml")
    assert plan.data["purpose"] == "为及时、有效处理客户投诉，防范风险隐患， 降低损失。Keep the customer informed."
    shown = plan.readable
    assert shown["purpose"] == "为及时、有效处理客户投诉，防范风险隐患，降低损失。Keep the customer informed."
    assert shown["basis"] == ["GB/T 19012-2019《质量管理 顾客满意 组织投诉处理指南》"]  # written spaces stay
    # a multi-line plain scalar: the fold goes, the space the author typed after 。 is the author's own
    assert shown["scope"] == "适用于本行各营业网点受理的投诉。 转办投诉同样适用"
    assert shown["quoted"] == "第一行第二行"
    assert shown["escaped"] == "一 二"  # an escape stops the walk: no guess about that space
    assert shown["literal"] == "第一行\n第二行\n"


def test_join_folds_ignores_indices_that_are_not_spaces():
    assert join_folds("甲 乙", [1, 7, -1]) == "甲乙"
    assert join_folds("甲乙", [1]) == "甲乙"


def test_audit_and_render_show_the_joined_text(tmp_path):
    from click.testing import CliRunner

    from plancraft.cli import main
    from tests.conftest import PLANS

    plan = tmp_path / "plan.yaml"
    text = (PLANS / "examples" / "bank-branch.zh.yaml").read_text(encoding="utf-8")
    start = text.index("  title: ")
    end = text.index("\n", start)
    plan.write_text(text[:start] + "  title: >-\n    示例银行客户投诉\n    应急预案" + text[end:], encoding="utf-8")
    result = CliRunner().invoke(main, ["audit", str(plan), "--format", "json"])
    assert '"示例银行客户投诉应急预案"' in result.output, result.output[:500]
    out = tmp_path / "plan.docx"
    assert CliRunner().invoke(main, ["render", str(plan), "-o", str(out)]).exit_code == 0
    import docx

    assert "示例银行客户投诉应急预案" in [p.text for p in docx.Document(str(out)).paragraphs]
