"""What the document says: order and numbering, names instead of ids, words instead of codes, tables."""

from __future__ import annotations

import copy
import re


from plancraft.render import render_docx

from .helpers import EXAMPLES, all_text, document, headings, load_plan, tables_text


def test_heading_order_and_numbering(zh_docx):
    doc = document(zh_docx)
    assert headings(doc, 1) == [
        "一、总则",
        "二、组织机构及职责",
        "三、预警监测与投诉渠道",
        "四、分级标准",
        "五、应急处置",
        "六、处理限额与时限",
        "七、信息报告",
        "八、舆情与媒体应对",
        "九、应急保障",
        "十、后期处置",
        "十一、客户信息保护",
        "十二、培训与演练",
        "十三、预案管理",
        "十四、责任追究",
    ]
    all_headings = headings(doc)
    general = all_headings[: all_headings.index("二、组织机构及职责")]
    assert general == ["一、总则", "（一）编制目的", "（二）编制依据", "（三）适用范围", "（四）工作原则"]
    scenarios = all_headings[all_headings.index("五、应急处置") : all_headings.index("六、处理限额与时限")]
    assert scenarios[:6] == ["五、应急处置", "（一）处理一般客户投诉", "1.启动条件", "2.处置步骤", "3.升级报告", "4.处置要点"]
    assert "（二）处理有严重过激行为的客户投诉" in scenarios


def test_numbered_steps_with_who_and_when(zh_docx):
    text = all_text(zh_docx)
    assert "（2）对正确又能解决的意见立即予以解决。责任人：网点负责人（各营业网点负责人）；完成时限：1小时内。" in text
    assert "（1）立即报警并予以劝阻，防止事态扩大。责任人：网点负责人（各营业网点负责人）；完成时限：10分钟内。" in text


def test_references_print_as_names_not_ids(zh_docx, zh_plan):
    text = all_text(zh_docx)
    assert "办公室主任（综合部经理）" in text
    assert "当地派出所" in text  # external party
    assert "客户投诉处理应急领导小组" in text  # group
    assert "处理有严重过激行为的客户投诉" in text  # drills name the scenario
    ids = {r["id"] for r in zh_plan["organisation"]["roles"]} | {lv["id"] for lv in zh_plan["levels"]}
    ids |= {t["id"] for t in zh_plan["time_limits"]} | {"police", "leading-group", "violent-complaint"}
    for ident in ids:
        assert not re.search(rf"(?<![\w-]){re.escape(ident)}(?![\w-])", text), ident


def test_durations_and_frequencies_in_words(zh_docx):
    text = all_text(zh_docx)
    for phrase in ("1小时内", "30分钟内", "3日内", "每6个月", "每年", "每日", "24小时"):
        assert phrase in text, phrase
    assert not re.search(r"\d+(min|wd|mo)\b", text)


def test_limits_table_with_separators(zh_docx):
    tables = tables_text(document(zh_docx))
    limits = next(t for t in tables if t[0][:2] == ["事项", "上限"])
    assert limits[1][:3] == ["紧急用款援助（普通客户）", "5,000元", "每客户"]
    assert limits[2][:3] == ["紧急用款援助（贵宾客户）", "10,000元", "每客户"]
    assert limits[2][3] == "组长（行长）"


def test_time_limits_in_chain_order(zh_plan):
    plan = copy.deepcopy(zh_plan)
    plan["time_limits"] = list(reversed(plan["time_limits"]))  # file order no longer chain order
    tables = tables_text(document(render_docx(plan)))
    limits = next(t for t in tables if t[0][:2] == ["事项", "时限"])
    assert [row[0] for row in limits[1:]] == [
        "事件处理完毕后报送事件情况及处理结果",
        "经办人员到达现场",
        "将处理情况回复客户",
        "将处理结果报本级行投诉处理工作组",
    ]
    assert limits[3][2] == "“经办人员到达现场”完成后"


def test_levels_and_roles_tables(zh_docx):
    tables = tables_text(document(zh_docx))
    levels = next(t for t in tables if t[0][0] == "级别")
    assert [r[0] for r in levels[1:]] == ["一般客户投诉", "影响正常工作秩序的投诉", "有严重过激行为的投诉"]
    assert levels[3][2:] == ["组长（行长）", "当地派出所", "现场秩序恢复且客户离开营业场所"]
    roles = next(t for t in tables if t[0][0] == "岗位" and "职责" in t[0])
    assert roles[1][:2] == ["组长", "行长"]


def test_annexes_on_new_pages(zh_docx):
    doc = document(zh_docx)
    labels = [p for p in doc.paragraphs if re.fullmatch(r"附件\d+", p.text)]
    assert [p.text for p in labels] == ["附件1", "附件2"]
    assert all(p.paragraph_format.page_break_before for p in labels)
    assert 'w:eastAsia="黑体"' in labels[0]._p.xml
    texts = [p.text for p in doc.paragraphs]
    following = [texts[i + 1] for i, t in enumerate(texts) if re.fullmatch(r"附件\d+", t)]
    assert following == ["应急联系人及联系方式", "客户投诉登记簿样式"]
    # the register annex lists its fields: it is rendered as the form itself, with blank rows to fill in
    register = next(t for t in tables_text(doc) if t[0] == ["受理时间", "单位", "姓名", "联系电话", "事由", "要求"])
    assert len(register) == 11 and all(cell == "" for row in register[1:] for cell in row)
    contacts = next(t for t in tables_text(doc) if t[0][:2] == ["岗位", "电话"])
    assert contacts[1][:2] == ["组长（行长）", "023-53221000"]


def test_cover_and_document_control(zh_docx):
    doc = document(zh_docx)
    first = [p.text for p in doc.paragraphs[:20] if p.text]
    assert "客户投诉应急预案" in first and "（草稿）" in first and "农行重庆梁平支行" in first
    cover = tables_text(doc)[0]
    assert ["文件编号：", "梁农银发〔2024〕12号"] in cover and ["版本：", "1.1"] in cover
    assert ["生效日期：", "2024年9月19日"] in cover
    approvals = next(t for t in tables_text(doc) if t[0][0] == "环节")
    assert approvals[1] == ["编制", "李明", "办公室主任（综合部经理）", "2024年9月10日"]


def test_empty_sections_left_out_and_numbering_closes_up(zh_plan):
    plan = copy.deepcopy(zh_plan)
    for key in ("monitoring", "channels", "media", "privacy"):
        del plan[key]
    plan["principles"] = []
    plan["training"] = {}
    doc = document(render_docx(plan))
    assert headings(doc, 1)[:4] == ["一、总则", "二、组织机构及职责", "三、分级标准", "四、应急处置"]
    # The format requires principles: the draft keeps their heading with a mark that they are not written yet.
    assert "（四）工作原则" in headings(doc, 2)
    # A heading names only what is there: drills without training are "演练", not "培训与演练".
    assert headings(doc, 1)[6:] == ["七、应急保障", "八、后期处置", "九、演练", "十、预案管理", "十一、责任追究"]
    assert "（一）演练" not in headings(doc, 2)
    paragraphs = [p.text for p in doc.paragraphs]
    assert paragraphs[paragraphs.index("【未编写：工作原则】") - 1] == "（四）工作原则"


def test_minimal_seed_plan_renders():
    seed = EXAMPLES.parent / "seed" / "01-bank-essay.yaml"
    doc = document(render_docx(load_plan(seed)))
    h1 = headings(doc, 1)
    # a draft: the levels the format requires stand under their own heading, marked as not written
    assert h1[0] == "一、总则" and "四、分级标准" in h1
    paragraphs = [p.text for p in doc.paragraphs]
    assert paragraphs[paragraphs.index("四、分级标准") + 1] == "【未编写：分级标准】"
    assert all(h.startswith(n) for h, n in zip(h1, ("一、", "二、", "三、", "四、", "五、", "六、")))


def test_markup_characters_appear_literally(zh_plan):
    plan = copy.deepcopy(zh_plan)
    plan["purpose"] = "A & B < C > D </w:t> \"引号\" '单'"
    plan["scenarios"][0]["actions"][0]["do"] = "<w:p>注入</w:p>&amp;"
    docx = render_docx(plan)
    text = all_text(docx)
    assert "A & B < C > D </w:t> \"引号\" '单'" in text
    assert "<w:p>注入</w:p>&amp;" in text
    assert document(docx).paragraphs  # still a valid document


def test_english_plan_reads_in_english(en_docx):
    text = all_text(en_docx)
    assert not re.search(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]", text), "Chinese text in the English document"
    doc = document(en_docx)
    h1 = headings(doc, 1)
    assert h1[:2] == ["1 General provisions", "2 Organisation and responsibilities"]
    assert "1.1 Purpose" in headings(doc, 2)
    assert any(h.endswith("Steps") and re.match(r"5\.\d\.\d ", h) for h in headings(doc, 3))
    for phrase in ("DRAFT", "Document control", "Contents", "Annex 1", "Effective date:", "Response ends when"):
        assert phrase in text, phrase
    assert re.search(r"CNY \d{1,3}(,\d{3})+", text)
    assert re.search(r"within \d+ (minutes|hours?|days?|working days)", text)


def test_english_durations_and_money(en_plan):
    plan = copy.deepcopy(en_plan)
    plan["limits"] = [{"id": "cap", "what": "Emergency cash", "max": 5000, "currency": "CNY", "per": "customer"}]
    plan["time_limits"] = [
        {"id": "t", "what": "Decision", "within": "10wd"},
        {"id": "u", "what": "Reply", "within": "1h", "after": "t"},
    ]
    tables = tables_text(document(render_docx(plan)))
    limits = next(t for t in tables if t[0][:2] == ["Item", "Maximum"])
    assert limits[1][:3] == ["Emergency cash", "CNY 5,000", "per customer"]
    times = next(t for t in tables if t[0][:2] == ["Item", "Time limit"])
    assert times[1][:2] == ["Decision", "within 10\u00a0working\u00a0days"]  # never wrapped inside the number
    assert times[2][:3] == ["Reply", "within 1\u00a0hour", "completion of “Decision”"]
