"""`diff` reads the plans as an approver reads the document: a line break YAML folded between Chinese
words (plancraft.cjk) is no space and no change; a change of that kind alone is named for what it is."""

from __future__ import annotations

from click.testing import CliRunner

from plancraft.cli import main
from tests.conftest import PLANS

EXAMPLE = (PLANS / "examples" / "bank-branch.zh.yaml").read_text(encoding="utf-8")
FOLDED = """    criteria: >-
      客户在营业场所无理取闹或长时间滞留，影响其他客户办理业务；
      或扬言向媒体、监管部门反映；或3名以上客户就同一问题投诉
"""
ONE_LINE = "    criteria: 客户在营业场所无理取闹或长时间滞留，影响其他客户办理业务；或扬言向媒体、监管部门反映；或3名以上客户就同一问题投诉\n"


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_refolding_chinese_text_is_not_shown_as_a_change(tmp_path):
    assert FOLDED in EXAMPLE
    old = write(tmp_path, "old.yaml", EXAMPLE)
    new = write(tmp_path, "new.yaml", EXAMPLE.replace(FOLDED, ONE_LINE))
    result = CliRunner().invoke(main, ["diff", old, new, "--lang", "zh-CN"])
    assert result.exit_code == 1  # the digest changed: a signed plan needs signing again
    assert "办理业务； 或扬言" not in result.output
    assert result.output == (
        f"{old} 与 {new} 的文字读起来相同，只是文字中的折行不同（YAML 把折行读成空格）；内容摘要因此不同，已签署的预案需要重新签署。\n"
    )


def test_a_real_change_in_folded_text_is_shown_as_the_document_reads(tmp_path):
    old = write(tmp_path, "old.yaml", EXAMPLE)
    new = write(tmp_path, "new.yaml", EXAMPLE.replace(FOLDED, FOLDED.replace("3名以上", "5名以上")))
    result = CliRunner().invoke(main, ["diff", old, new, "--lang", "zh-CN"])
    assert result.exit_code == 1
    assert "影响其他客户办理业务；或扬言向媒体、监管部门反映；或3名以上客户就同一问题投诉 → " in result.output
    assert "办理业务； 或扬言" not in result.output


def test_the_same_plan_is_still_the_same(tmp_path):
    old = write(tmp_path, "old.yaml", EXAMPLE)
    new = write(tmp_path, "new.yaml", EXAMPLE)
    result = CliRunner().invoke(main, ["diff", old, new, "--lang", "zh-CN"])
    assert result.exit_code == 0 and result.output == f"{old} 与 {new} 内容相同，没有变化。\n"


def test_history_says_where_to_find_an_old_text_in_chinese(tmp_path):
    from plancraft import i18n
    from plancraft.history_report import _

    with i18n.language("zh-CN"):
        assert _("add --git to look for it in the repository's history") == "加上 --git 可在仓库的提交历史中查找"


def test_why_a_value_cannot_be_edited_in_place_is_said_in_chinese():
    import pytest

    from plancraft import i18n
    from plancraft.yamledit import EditError, _scalar_extent

    with i18n.language("zh-CN"), pytest.raises(EditError, match="加引号的值跨了多行"):
        _scalar_extent('  effective: "2027-01-01', 14)
