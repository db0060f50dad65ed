"""Pagination and typesetting (issue 16 parts 4, 5): labels keep with what follows, balanced cover
titles broken between words, aligned copy marks, declared font fallbacks, the 版记, forms."""

from __future__ import annotations

import copy

from plancraft.render import ControlledCopy, RenderOptions, render_docx
from plancraft.words import balanced_lines

from .helpers import all_text, document, part, tables_text


def test_cover_title_breaks_between_words_in_balanced_lines():
    assert balanced_lines("客户投诉应急预案", "zh-CN", 16) == ["客户投诉应急预案"]
    assert balanced_lines("客户投诉应急处理办法实施细则（试行）", "zh-CN", 16) == ["客户投诉应急处理办法", "实施细则（试行）"]
    assert balanced_lines("中国农业银行重庆梁平支行客户投诉应急处理办法", "zh-CN", 16) == [
        "中国农业银行重庆梁平支行",
        "客户投诉应急处理办法",
    ]
    lines = balanced_lines("Example Bank Riverside Branch Customer Complaint Emergency Response Plan", "en", 40)
    assert lines == ["Example Bank Riverside Branch Customer", "Complaint Emergency Response Plan"]
    assert " ".join(lines) == "Example Bank Riverside Branch Customer Complaint Emergency Response Plan"


def test_long_cover_title_is_written_with_line_breaks(zh_plan):
    plan = copy.deepcopy(zh_plan)
    plan["document"]["title"] = "中国农业银行重庆梁平支行客户投诉应急处理办法"
    doc = document(render_docx(plan))
    title = next(p for p in doc.paragraphs if p.text.startswith("中国农业银行"))
    assert title.text == "中国农业银行重庆梁平支行\n客户投诉应急处理办法"


def test_labels_keep_with_the_list_they_introduce(zh_docx):
    doc = document(zh_docx)
    labels = [p for p in doc.paragraphs if p.text in ("触发情形：", "主要职责：", "修订情形：")]
    assert labels and all(p.paragraph_format.keep_with_next for p in labels)


def test_fonts_declare_their_fallbacks(zh_docx):
    fonts = part(zh_docx, "word/fontTable.xml")
    for name, alt in (
        ("仿宋_GB2312", "仿宋"),
        ("仿宋", "FangSong"),
        ("方正小标宋简体", "华文中宋"),
        ("华文中宋", "宋体"),
        ("黑体", "SimHei"),
        ("楷体_GB2312", "楷体"),
        ("楷体", "KaiTi"),
    ):
        assert f'<w:font w:name="{name}"><w:altName w:val="{alt}"/>' in fonts, name
    assert '<w:charset w:val="86"/>' in fonts


def test_copy_marks_are_label_and_value_rows_of_the_cover(zh_plan):
    doc = document(
        render_docx(zh_plan, RenderOptions(final=True, approvals_current=True, copy=ControlledCopy(number=3, recipient="综合部")))
    )
    cover = tables_text(doc)[0]
    assert ["受控副本：", "第3号"] in cover and ["持有人：", "综合部"] in cover


def test_imprint_at_the_end_of_a_chinese_document(zh_plan, en_plan):
    final = render_docx(zh_plan, RenderOptions(final=True, approvals_current=True))
    imprint = tables_text(document(final))[-1]
    assert imprint[0][0] == "抄送：各营业网点，综合部。"
    assert imprint[1] == ["农行重庆梁平支行", "2024年9月15日印发"]
    draft = tables_text(document(render_docx(zh_plan)))[-1]
    assert draft[1] == ["农行重庆梁平支行", ""]  # a draft is not issued: no 印发日期
    assert "Copy to" not in all_text(render_docx(en_plan))


def test_report_form_from_the_reporting_lines(zh_plan):
    plan = copy.deepcopy(zh_plan)
    plan["annexes"] = []
    plan["reporting"][0]["content"] = ["发生时间", "地点", "起因"]
    doc = document(render_docx(plan))
    assert "事件信息报告表" in [p.text for p in doc.paragraphs]
    form = next(t for t in tables_text(doc) if t[0] == ["报告要素", "填写内容"])
    assert [row[0] for row in form[1:]][:3] == ["发生时间", "地点", "起因"]
    assert all(row[1] == "" for row in form[1:])
