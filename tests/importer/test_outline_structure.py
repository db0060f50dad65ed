"""The outline a document is read into (importer/outline.py): headings styled and typed in one document, a table of
contents typed into the text, pieces of a cut paragraph, and where the paragraphs under each heading end up."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from plancraft.cli import main
from plancraft.importer import import_document
from plancraft.importer.outline import build, segments
from plancraft.importer.reader import Block, read
from plancraft.importer.vocab import section_for
from tests.importer.documents import add_table


def _tree(blocks: list[Block]) -> list[tuple[int, str, str]]:
    """(nesting level, number, title) of each heading, the level counted from 0 at the top."""
    root, _ = build(segments(blocks))
    out = []
    for node in list(root.walk())[1:]:
        level, parent = 0, node.parent
        while parent is not None and parent.parent is not None:
            level, parent = level + 1, parent.parent
        out.append((level, node.marker, node.title))
    return out


def _p(number: int, text: str, heading: int | None = None) -> Block:
    return Block("p", number, text, heading=heading)


def test_a_heading_numbered_like_a_styled_one_is_its_sibling_whether_styled_or_typed():
    # the author styled some headings and typed others: (一) in Heading 2, (二) and (三) typed in the text
    blocks = [
        _p(1, "一、突发事件级别和分类", 1),
        _p(2, "按影响程度，划分为三个级别："),
        _p(3, "（一）一般突发事件（D级）", 2),
        _p(4, "指扰乱营业网点业务受理程序的事件，包括："),
        _p(5, "1、客户与工作人员发生争执；"),
        _p(6, "（二）较大突发事件（C级）"),
        _p(7, "指致使营业网点暂时失去对外受理业务能力的事件。"),
        _p(8, "（三）重大突发事件（B级）"),
        _p(9, "指单个营业网点不能正常营业的事件。"),
        _p(10, "二、应急处置", 1),
    ]
    assert _tree(blocks) == [
        (0, "一、", "突发事件级别和分类"),
        (1, "（一）", "一般突发事件（D级）"),
        (1, "（二）", "较大突发事件（C级）"),
        (1, "（三）", "重大突发事件（B级）"),
        (0, "二、", "应急处置"),
    ]


def test_typed_headings_before_the_styled_ones_take_the_level_of_their_styled_siblings():
    # 1.1-1.3 typed, 1.4-1.5 in Heading 3, then 2 in Heading 1 and 2.1 in Heading 3; 1) items under each unit
    blocks = [
        _p(1, "1.1现场总指挥：工程部经理"),
        _p(2, "1.2总协调：物业总经理"),
        _p(3, "1.4电话中心：", 3),
        _p(4, "电话中心在收到停水通知后，应立即通知各相关部门。"),
        _p(5, "1.5客户服务部：", 3),
        _p(6, "1)通知业户"),
        _p(7, "在停水日前三天张贴通告，并每户派发一份书面通知。"),
        _p(8, "2供水突然中断", 1),
        _p(9, "2.1工程维修部：", 3),
        _p(10, "1)察看停水区域"),
        _p(11, "工程部察看停水原因，及时进行抢修。"),
    ]
    assert _tree(blocks) == [
        (0, "1.1", "现场总指挥"),
        (0, "1.2", "总协调"),
        (0, "1.4", "电话中心"),
        (0, "1.5", "客户服务部"),
        (1, "1)", "通知业户"),
        (0, "2", "供水突然中断"),
        (1, "2.1", "工程维修部"),
        (2, "1)", "察看停水区域"),  # under the unit it follows, as under 1.5 before
    ]


def test_a_piece_of_a_cut_paragraph_with_an_open_bracket_is_no_heading():
    blocks = [
        _p(1, "一、总则"),
        _p(2, "2.依据。"),
        _p(3, "（1）《中国人民银行突发事件应急预案管理办法》（银发〔2005〕196号）；"),
        _p(4, "（2）《关于完善银行业金融机构客户投诉处理机制"),  # the title runs on in the next paragraph
        _p(5, "切实做好金融消费者保护工作的通知》（银监发〔2012〕13号）；"),
        _p(6, "3、客户不合理占用银行服务资源(如:长时间占用自助设备);"),
        _p(7, "二、组织机构"),
    ]
    assert _tree(blocks) == [(0, "一、", "总则"), (0, "二、", "组织机构")]
    root, _ = build(segments(blocks))
    assert "客户不合理占用银行服务资源(如:长时间占用自助设备);" in [s.text for s in root.children[0].items]


def test_a_table_of_contents_typed_into_the_text_is_left_out(tmp_path: Path):
    source = tmp_path / "plan.txt"
    source.write_text(
        "客户投诉应急预案\n目 录\n第一部分 总则……1\n第二部分 组织机构……3\n第三部分 应急处置……5\n"
        "第一部分 总则\n为及时妥善处理客户投诉，制定本预案。\n第二部分 组织机构\n成立投诉处理领导小组，行长任组长。\n"
        "第三部分 应急处置\n网点负责人应在1小时内答复客户。\n",
        encoding="utf-8",
    )
    assert _tree(read(source).blocks) == [(0, "第一部分", "总则"), (0, "第二部分", "组织机构"), (0, "第三部分", "应急处置")]
    data = import_document(source).data
    assert [u["text"] for u in data.get("x-unmapped") or []] == []
    assert data["purpose"] == "为及时妥善处理客户投诉，制定本预案。"
    assert [a["do"] for s in data["scenarios"] for a in s["actions"]] == ["网点负责人应在1小时内答复客户"]
    # a line named 目录 that no repeated headings follow is text like any other
    source.write_text("目录\n本预案的内容见各附件。\n一、总则\n为及时妥善处理客户投诉，制定本预案。\n", encoding="utf-8")
    assert [u["text"] for u in import_document(source).data.get("x-unmapped") or []] == ["目录", "本预案的内容见各附件。"]


def test_every_paragraph_is_mapped_or_kept_unmapped_with_its_position(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("客户投诉应急预案", style="Title")
    d.add_heading("一、总则", 1)
    d.add_paragraph("为及时妥善处理客户投诉，制定本预案。")
    d.add_heading("二、工作要求", 1)
    d.add_paragraph("各网点要高度重视，加强协作。")
    d.add_paragraph("本预案未尽事宜按总行规定执行。")
    d.add_heading("三、应急处置", 1)
    d.add_paragraph("网点负责人应在1小时内答复客户。")
    path = tmp_path / "plan.docx"
    d.save(path)
    out = tmp_path / "plan.yaml"
    result = CliRunner().invoke(main, ["import", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = import_document(path).data
    assert [(u["at"], u.get("heading"), u["text"]) for u in data["x-unmapped"]] == [
        ("第5段", "工作要求", "各网点要高度重视，加强协作。"),
        ("第6段", "工作要求", "本预案未尽事宜按总行规定执行。"),
    ]
    text = out.read_text(encoding="utf-8")
    assert "at: 第5段" in text and "各网点要高度重视，加强协作。" in text


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("指导思想", "principles"),
        ("受理条件", "scope"),
        ("联系方式", "channels"),
        ("Who can complain?", "scope"),
        ("What is a complaint?", "scope"),
        ("How to make a complaint", "channels"),
        ("How we will handle your complaint", "scenarios"),
        ("Learning from complaints", "aftermath"),
        ("Review of this policy", "review"),
        # the variants authors use for the usual sections
        ("组织体系", "organisation"),
        ("领导小组及职责", "organisation"),
        ("工作职责", "organisation"),
        ("处置流程", "scenarios"),
        ("应急响应程序", "scenarios"),
        ("善后处理", "aftermath"),
        ("What happens next", "scenarios"),
        ("应急处置报告程序", "scenarios"),  # what is done at each grade, and to whom it is reported
        ("信息报告程序", "reporting"),
        ("How we handle your complaint", "scenarios"),
        ("电梯困人救援方法", "scenarios"),  # the rescue a plan sets out is its procedure
        ("现场救援", "scenarios"),
        ("应急救援队伍", None),  # a team kept ready, no procedure
        # a group the plan sets up, whatever it is to handle; what is done once a warning is given
        ("突发地震灾害应急处置指挥小组", "organisation"),
        ("投诉处理工作小组及职责", "organisation"),
        ("破坏性地震预警后的先期处置", "scenarios"),
        ("预警", "monitoring"),
        # what is done with the equipment is a procedure; the equipment kept ready is support
        ("设备恢复运行", "scenarios"),
        ("设备故障处置", "scenarios"),
        ("应急设备", "support"),
        ("设备保障", "support"),
        # 目的 inside 项目的 is no purpose
        ("退费或转项目的顾客", None),
        ("编制目的", "purpose"),
        # a complaint that comes through the media is a case to handle; how to speak to the media is media
        ("保险监管及新闻媒体类投诉案件", "scenarios"),
        ("新闻媒体投诉", "scenarios"),
        ("新闻发布", "media"),
        # a step of the procedure named first, whatever the words after it name; English words as words
        ("First Step: Immediate Supervisor", "scenarios"),
        ("Final Step: Human Resources", "scenarios"),
        ("Step one – contact us", "channels"),
        ("Immediate Supervisor", None),
        ("Media enquiries", "media"),
    ],
)
def test_section_titles_map_to_the_format(title: str, key: str):
    assert section_for(title) == key


def _bold(document, text: str, *, size: int | None = None, centred: bool = False, bold: bool = True):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if centred:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def test_headings_set_off_by_bold_size_or_centring_without_heading_styles(tmp_path: Path):
    d = docx.Document()
    _bold(d, "客户投诉应急预案", size=18, centred=True)
    _bold(d, "某某银行股份有限公司", centred=True, bold=False)  # the issuer on the cover, centred
    _bold(d, "2025年3月1日", centred=True, bold=False)
    _bold(d, "总  则", centred=True)  # spaced out to fill the line
    d.add_paragraph("为及时妥善处理客户投诉，维护客户合法权益，制定本预案。")
    _bold(d, "组织机构及职责")
    d.add_paragraph("成立投诉处理领导小组，行长任组长，分管副行长任副组长。")
    _bold(d, "应急处置", size=14, bold=False)
    _bold(d, "网点负责人应在1小时内答复客户。")  # a bold sentence is no heading
    d.add_paragraph("客服中心在2个工作日内回访客户。")
    path = tmp_path / "plan.docx"
    d.save(path)
    blocks = read(path).blocks
    assert [b.emphasis for b in blocks] == [True, True, True, True, False, True, False, True, True, False]
    assert _tree(blocks) == [(0, "", "总则"), (0, "", "组织机构及职责"), (0, "", "应急处置")]
    data = import_document(path).data
    assert data["document"]["title"] == "客户投诉应急预案"
    assert data["document"]["issuer"] == "某某银行股份有限公司"
    assert data["purpose"] == "为及时妥善处理客户投诉，维护客户合法权益，制定本预案。"
    assert {"组长", "副组长"} <= {r["title"] for r in data["organisation"]["roles"]}
    assert [(a["do"], a.get("within")) for s in data["scenarios"] for a in s["actions"]] == [
        ("网点负责人应在1小时内答复客户", "1h"),
        ("客服中心在2个工作日内回访客户", "2wd"),
    ]


def test_a_bold_label_or_a_bold_run_of_short_lines_is_no_heading(tmp_path: Path):
    d = docx.Document()
    d.add_heading("一、组织机构", 1)
    _bold(d, "组长：行长")  # a label and its value
    _bold(d, "副组长：分管副行长")
    d.add_heading("二、应急处置", 1)
    _bold(d, "受理登记")  # short bold lines one after another: a list, not headings
    _bold(d, "调查核实")
    _bold(d, "答复客户")
    path = tmp_path / "plan.docx"
    d.save(path)
    assert _tree(read(path).blocks) == [(0, "一、", "组织机构"), (0, "二、", "应急处置")]


def test_a_chapter_number_alone_on_its_line_takes_the_title_on_the_next():
    blocks = [
        _p(1, "第一章"),
        _p(2, "总  则"),
        _p(3, "第一条 为规范投诉处理工作，制定本办法。"),
        _p(4, "第二章", 1),
        _p(5, "投诉处理程序"),
        _p(6, "第二条 客服中心收到投诉后，应在1个工作日内登记。"),
        _p(7, "Part 3"),
        _p(8, "Review"),
        _p(9, "This procedure is reviewed every year by the Head of Compliance."),
    ]
    segs = segments(blocks)
    assert [(s.number, s.marker, s.family, s.heading, s.text) for s in segs if s.family == "chapter"] == [
        (1, "第一章", "chapter", None, "总则"),
        (4, "第二章", "chapter", 1, "投诉处理程序"),
        (7, "Part 3", "chapter", None, "Review"),
    ]
    assert _tree(blocks) == [(0, "第一章", "总则"), (0, "第二章", "投诉处理程序"), (0, "Part 3", "Review")]
    assert [(s.marker, s.text) for s in segments([_p(1, "Part 2: Roles and responsibilities")])] == [
        ("Part 2:", "Roles and responsibilities")
    ]


def test_a_title_block_laid_out_in_a_table_and_a_plan_framed_in_a_one_column_table(tmp_path: Path):
    d = docx.Document()
    layout = add_table(d, [["某某银行股份有限公司文件", "某银发〔2025〕3号"]])  # the title block's layout, before any paragraph
    assert layout is not None
    d.add_paragraph("关于印发《客户投诉应急预案》的通知")  # the notice that issues the plan
    d.add_paragraph("各支行：现将《客户投诉应急预案》印发给你们，请认真贯彻执行。")
    frame = d.add_table(rows=1, cols=1)  # the plan itself in a box of one cell
    cell = frame.rows[0].cells[0]
    cell.paragraphs[0].text = "一、总则"
    cell.add_paragraph("为及时妥善处理客户投诉，制定本预案。")
    cell.add_paragraph("二、应急处置")
    cell.add_paragraph("网点负责人应在1小时内答复客户。")
    add_table(d, [["职务", "姓名", "电话"], ["组长", "张三", "023-53221000"]])  # a table of data stays a table
    path = tmp_path / "plan.docx"
    d.save(path)
    blocks = read(path).blocks
    assert [(b.kind, b.text or b.rows) for b in blocks] == [
        ("p", "某某银行股份有限公司文件"),
        ("p", "某银发〔2025〕3号"),
        ("p", "关于印发《客户投诉应急预案》的通知"),
        ("p", "各支行：现将《客户投诉应急预案》印发给你们，请认真贯彻执行。"),
        ("p", "一、总则"),
        ("p", "为及时妥善处理客户投诉，制定本预案。"),
        ("p", "二、应急处置"),
        ("p", "网点负责人应在1小时内答复客户。"),
        ("table", [["职务", "姓名", "电话"], ["组长", "张三", "023-53221000"]]),
    ]
    data = _import_checked(path)
    assert data["document"]["title"] == "客户投诉应急预案"
    assert data["document"]["number"] == "某银发〔2025〕3号"
    assert data["purpose"] == "为及时妥善处理客户投诉，制定本预案。"
    assert [a["do"] for s in data["scenarios"] for a in s["actions"]] == ["网点负责人应在1小时内答复客户"]
    assert {(r["title"], r.get("holder")) for r in data["organisation"]["roles"]} >= {("组长", "张三")}


def _import_checked(path: Path) -> dict:
    out = path.with_suffix(".yaml")
    result = CliRunner().invoke(main, ["import", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    checked = CliRunner().invoke(main, ["validate", "--no-cache", str(out)])
    assert checked.exit_code == 0, checked.output
    return import_document(path).data


def test_a_number_of_a_higher_kind_ends_typed_headings_of_a_lower_one_in_a_text_that_starts_mid_list():
    blocks = [
        _p(1, "（2）参谋与咨询系统"),  # the stored copy starts in the middle of a list
        _p(2, "这个系统由总公司相关部门负责人组成。"),
        _p(3, "（3）支援和保障系统"),
        _p(4, "主要由总公司客服人员组成。"),
        _p(5, "第十一章 危机事件的处理流程", 1),
        _p(6, "第四十三条 危机事件处理的基本程序为："),
        _p(7, "（1）深入现场，了解事实；"),
        _p(8, "（2）分析情况，确定对策；"),
        _p(9, "第四十四条 客户服务部门接到投诉时，投诉受理人员应向投诉人做好解释工作。"),
        _p(10, "一、附则"),  # typed: 一、 ranks above (3) as well
    ]
    assert _tree(blocks) == [
        (0, "（2）", "参谋与咨询系统"),
        (0, "（3）", "支援和保障系统"),
        (0, "第十一章", "危机事件的处理流程"),
        (1, "一、", "附则"),
    ]
    root, front = build(segments(blocks))
    chapter = root.children[2]
    assert [s.number for s in chapter.items] == [6, 7, 8, 9]
    assert [s.number for s in front] == []


def test_a_line_of_clauses_is_no_heading_and_a_sentence_in_a_heading_style_is_a_paragraph():
    blocks = [
        _p(1, "五、处置措施", 1),
        _p(2, "2、积压快件,调查原因,安排车辆"),  # a cut item: clauses, no heading
        _p(3, "（一）迅速反应，妥善处置"),  # a short motto with a comma is a heading
        _p(4, "发生投诉后，网点负责人立即赶赴现场。"),
        _p(5, "六、为规范投诉处理工作，维护客户合法权益，特制定本预案。", 1),  # a whole sentence in Heading 1
        _p(6, "1. 原因分析：因生产、运输等原因导致校服无法按时供应。", 3),  # a label and its text in Heading 3
    ]
    assert _tree(blocks) == [(0, "五、", "处置措施"), (1, "（一）", "迅速反应，妥善处置"), (2, "1.", "原因分析")]
    segs = segments(blocks)
    assert [(s.number, s.marker, s.heading, s.text) for s in segs][-3:] == [
        (5, "六、", None, "为规范投诉处理工作，维护客户合法权益，特制定本预案。"),
        (6, "1.", 3, "原因分析"),
        (6, "", None, "因生产、运输等原因导致校服无法按时供应。"),
    ]


def test_the_last_line_of_an_address_written_a_part_a_line_is_no_heading(tmp_path: Path):
    source = tmp_path / "page.txt"
    source.write_text(
        "Should you wish to make a complaint, you can do so by writing to:\nCustomer Service Officer,\nCorporate Services,\n"
        "County Council,\nMullingar\nAll complaints received will be acknowledged within 1 week and answered within 3 weeks.\n",
        encoding="utf-8",
    )
    assert _tree(read(source).blocks) == []


def test_a_section_named_for_a_report_that_says_what_is_done_is_a_stage_of_the_procedure(tmp_path: Path):
    source = tmp_path / "plan.txt"
    source.write_text(
        "服务大厅突发事件应急预案\n一、突发事件第一时间报告\n"
        "管理部主任负责开展各项处置工作。服务大厅发生突发事件的，应第一时间向中心应急领导小组报告，各成员迅速响应，启动相应的应急预案。\n"
        "二、突发事件处置完毕报告\n"
        "突发事件处理完毕后，管理部应形成专项报告，向中心应急领导小组报送。\n"
        "三、信息报告\n网点应在30分钟内向支行报告事件发生的时间、地点和已采取的措施。\n",
        encoding="utf-8",
    )
    data = _import_checked(source)
    assert [s["title"] for s in data["scenarios"]] == ["突发事件第一时间报告", "突发事件处置完毕报告"]
    assert len(data["scenarios"][0]["actions"]) >= 2
    assert len(data["reporting"]) == 1  # 信息报告, that only reports, stays a reporting rule


def test_numbers_glued_to_the_text_in_turn_are_a_list_and_a_glued_heading_may_end_in_a_colon():
    blocks = [
        _p(1, "一、适用范围", 2),
        _p(2, "本预案适用于以下工作："),
        _p(3, "1客户投诉信息的收集与分类;"),
        _p(4, "2客户投诉问题的初步评估与处理;"),
        _p(5, "3个工作日内完成初步评估。"),  # 3个工作日: a count, not the third item
        _p(6, "二、响应分级", 2),
        _p(7, "1一级响应:", 3),
        _p(8, "响应条件:客户投诉涉及重点产品质量问题。"),
    ]
    segs = segments(blocks)
    assert [(s.marker, s.family, s.text) for s in segs if s.number in (3, 4, 5, 7)] == [
        ("1", "ar", "客户投诉信息的收集与分类;"),
        ("2", "ar", "客户投诉问题的初步评估与处理;"),
        ("", None, "3个工作日内完成初步评估。"),
        ("1", "arsp", "一级响应:"),
    ]


def test_a_short_listed_item_that_the_next_item_of_a_higher_kind_would_close_at_once_is_no_heading():
    blocks = [
        _p(1, "二、投诉受理", 1),
        _p(2, "2、接待投诉均应积极热情；接到投诉时，应要求投诉人说明下列事项："),
        _p(3, "（1）投诉人的姓名、联系方式。"),
        _p(4, "（2）投诉案件发生的时间、地点、经过。"),
        _p(5, "（3）投诉请求（赔礼道歉或赔偿损失等）"),  # short, no full stop: nothing stands under it
        _p(6, "3、服务台应对投诉进行及时的记录、落实、查处。"),
        _p(7, "三、投诉处理", 1),
    ]
    assert _tree(blocks) == [(0, "二、", "投诉受理"), (0, "三、", "投诉处理")]
    root, _ = build(segments(blocks))
    assert [s.number for s in root.children[0].items] == [2, 3, 4, 5, 6]


def test_an_address_under_a_heading_is_no_heading_and_a_heading_with_nothing_under_it_is_kept(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("Complaints", style="Title")
    d.add_paragraph("We aim to give a full response to a complaint within two weeks.")
    d.add_heading("The Financial Ombudsman Service", 2)
    for line in ("Exchange Tower", "LONDON", "E14 9SR", "www.financial-ombudsman.org.uk"):
        d.add_paragraph(line)
    d.add_paragraph("By phone: 0800 023 4567 (free for people phoning from a fixed line)")
    d.add_heading("Anything else", 1)  # the last line of a copy cut off after it
    path = tmp_path / "page.docx"
    d.save(path)
    data = _import_checked(path)
    kept = [u["text"] for u in data["x-unmapped"]]
    for line in ("E14 9SR", "www.financial-ombudsman.org.uk", "Anything else"):
        assert line in kept


def test_a_postal_address_written_a_part_a_line_is_kept_not_read_as_steps(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("Complaints Procedure", style="Title")
    d.add_heading("Process", 1)
    d.add_paragraph("We will acknowledge your complaint within 5 working days.")
    d.add_paragraph("If you are dissatisfied with the outcome, you may refer your complaint to the Ombudsman:")
    for line in ("Financial Ombudsman Service", "Exchange Tower", "London E14 9SR"):
        d.add_paragraph(line)
    path = tmp_path / "procedure.docx"
    d.save(path)
    data = _import_checked(path)
    steps = [a["do"] for s in data["scenarios"] for a in s["actions"]]
    assert "We will acknowledge your complaint within 5 working days" in steps
    assert not any(line in steps for line in ("Financial Ombudsman Service", "Exchange Tower", "London E14 9SR"))
    kept = [(u["at"], u["text"]) for u in data["x-unmapped"]]
    assert {
        ("paragraph 5", "Financial Ombudsman Service"),
        ("paragraph 6", "Exchange Tower"),
        ("paragraph 7", "London E14 9SR"),
    } <= set(kept)


def test_a_markdown_line_wholly_in_bold_is_a_heading_set_off_by_look(tmp_path: Path):
    source = tmp_path / "page.md"
    source.write_text(
        "# Complaints procedure\n\n**Scope**\n\nThis procedure applies to every complaint made to the company.\n\n"
        "**What happens next**\n\nWe will acknowledge your complaint within **3 working days**.\n",
        encoding="utf-8",
    )
    blocks = read(source).blocks
    assert [(b.text, b.emphasis) for b in blocks][1:3] == [
        ("Scope", True),
        ("This procedure applies to every complaint made to the company.", False),
    ]
    data = _import_checked(source)
    assert data["scope"] == "This procedure applies to every complaint made to the company."
    assert [(s["title"], [a["do"] for a in s["actions"]]) for s in data["scenarios"]] == [
        ("What happens next", ["We will acknowledge your complaint within 3 working days"])
    ]


def test_a_title_only_in_the_page_header_is_the_title(tmp_path: Path):
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "某某银行客户投诉应急预案"
    d.add_paragraph("一、总则")
    d.add_paragraph("为及时妥善处理客户投诉，制定本预案。")
    d.add_paragraph("二、应急处置")
    d.add_paragraph("网点负责人应在1小时内答复客户。")
    path = tmp_path / "plan.docx"
    d.save(path)
    data = _import_checked(path)
    assert data["document"]["title"] == "某某银行客户投诉应急预案"
    assert "页眉" in (tmp_path / "plan.yaml").read_text(encoding="utf-8").split("title:")[1].split("\n")[0]


def test_a_long_paragraph_in_a_heading_style_without_its_full_stop_is_a_paragraph():
    text = "三、营业网点发生服务突发事件后，网点负责人应立即启动本预案，组织人员疏导客户，并在30分钟内向支行报告事件情况"
    segs = segments([_p(1, text, 1)])
    assert [(s.marker, s.heading, s.family) for s in segs] == [("三、", None, "cn")]
    assert [s.heading for s in segments([_p(1, "三、营业网点服务突发事件的应急处置和报告", 1)])] == [1]


def test_a_document_control_table_gives_the_date_number_and_issuer_the_text_does_not_state(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("客户投诉应急预案", style="Title")
    add_table(
        d, [["文件编号", "某银发〔2024〕12号", "版本", "V1.0"], ["发布单位", "某某银行股份有限公司", "生效日期", "2024年3月1日"]]
    )
    d.add_paragraph("一、总则")
    d.add_paragraph("为及时妥善处理客户投诉，制定本预案。")
    d.add_paragraph("二、应急处置")
    d.add_paragraph("网点负责人应在1小时内答复客户。")
    path = tmp_path / "plan.docx"
    d.save(path)
    document = _import_checked(path)["document"]
    assert (document["number"], document["issuer"], document["effective"]) == (
        "某银发〔2024〕12号",
        "某某银行股份有限公司",
        "2024-03-01",
    )
    assert document["title"] == "客户投诉应急预案"


def test_text_from_a_sharing_site_that_marks_paragraphs_with_a_cyrillic_er_is_read_paragraph_by_paragraph(tmp_path: Path):
    """文库 sites show the paragraph mark as Р (…并做好记录。Р八、…; 注意事项x]QaР1. …): each is a line break, and the
    characters around it are kept; a Р in a text with no Chinese is left alone."""
    source = tmp_path / "plan.txt"
    source.write_text(
        "某信用社首问责任制度Р一、首问责任人应热情接待来电来访人员。Р二、处理时限x]QaР1. 属于本人职责范围的事项，"
        "应立即答复。Р2. 属于其他部门职责范围的事项，应在2个工作日内转交相关部门办理。\n",
        encoding="utf-8",
    )
    assert [b.text for b in read(source).blocks] == [
        "某信用社首问责任制度",
        "一、首问责任人应热情接待来电来访人员。",
        "二、处理时限x]Qa",
        "1. 属于本人职责范围的事项，应立即答复。",
        "2. 属于其他部门职责范围的事项，应在2个工作日内转交相关部门办理。",
    ]
    steps = [a["do"] for s in import_document(source).data["scenarios"] for a in s.get("actions", [])]
    assert any("2个工作日内转交相关部门办理" in step for step in steps), steps
    russian = tmp_path / "ru.txt"
    russian.write_text("Отдел Р1 отвечает за жалобы.\n", encoding="utf-8")
    assert [b.text for b in read(russian).blocks] == ["Отдел Р1 отвечает за жалобы."]


def test_text_copied_with_its_web_markup_is_read_without_it(tmp_path: Path):
    """<h3>…<br>一、…</p> from a page's source: line tags break lines, other tags go, entities are characters."""
    source = tmp_path / "plan.txt"
    source.write_text(
        "<h3>某银行网点客户突发疾病应急处置流程</h3><p>一、发现与报告<br>1. 大堂经理发现客户身体不适，应立即上前询问，"
        "并在5分钟内报告网点负责人。<br>2. 网点负责人应拨打<strong>120</strong>急救电话&nbsp;并通知客户家属。</p>\n",
        encoding="utf-8",
    )
    assert [b.text for b in read(source).blocks] == [
        "某银行网点客户突发疾病应急处置流程",
        "一、发现与报告",
        "1. 大堂经理发现客户身体不适，应立即上前询问，并在5分钟内报告网点负责人。",
        "2. 网点负责人应拨打120急救电话 并通知客户家属。",
    ]
    steps = [a["do"] for s in import_document(source).data["scenarios"] for a in s.get("actions", [])]
    assert any("拨打120急救电话" in step for step in steps), steps


def test_lettered_items_run_into_one_paragraph_are_items_when_they_run_a_b_c(tmp_path: Path):
    """1, 顧客投訴 A …。 B …。 2, 退換貨 A …。 B …: each lettered item its own paragraph, the letters starting again at A
    for the next numbered part; a lone capital in a sentence (A 级, Plan B) cuts nothing."""
    source = tmp_path / "plan.txt"
    source.write_text(
        "某超市顾客服务规范\n一、处理办法\n1, 顾客投诉 A 服务台受理顾客投诉并登记。 B 值班经理应在5分钟内到场处理。 "
        "2, 退换货 A 服务台核对购物小票。 B 值班经理审批退款。\n二、其他\n本店执行 A 级服务标准，门店分为 A 类和 B 类。\n",
        encoding="utf-8",
    )
    texts = [s.text for s in segments(read(source).blocks)]
    assert "服务台受理顾客投诉并登记。" in texts and "服务台核对购物小票。" in texts and "值班经理审批退款。" in texts
    assert any(t.startswith("值班经理应在5分钟内到场处理。") for t in texts)  # "2, 退换货" (a comma, no marker) runs on
    assert "本店执行 A 级服务标准，门店分为 A 类和 B 类。" in texts


def test_a_title_run_into_the_sentence_that_says_why_the_plan_was_made_is_its_own_paragraph(tmp_path: Path):
    """A sharing page that runs the document together (县烟草专卖局举报投诉处理预案为加强…，特制定本预案。一、…): the title is
    cut from the text; 本预案为… (the plan talked about) is not a title."""
    source = tmp_path / "plan.txt"
    source.write_text(
        "某区供水公司停水投诉应急预案为及时处置停水引起的客户投诉，特制定本预案。一、客服中心接到投诉后应立即登记。"
        "二、抢修班应在1小时内到达现场。\n本预案为公司内部文件，自发布之日起施行。\n",
        encoding="utf-8",
    )
    texts = [s.text for s in segments(read(source).blocks)]
    assert texts[0] == "某区供水公司停水投诉应急预案"
    assert texts[1].startswith("为及时处置停水引起的客户投诉")
    assert "本预案为公司内部文件，自发布之日起施行。" in texts
    assert import_document(source).data["document"]["title"] == "某区供水公司停水投诉应急预案"


def test_a_last_line_taken_for_a_heading_with_nothing_under_it_is_kept(tmp_path: Path):
    """The last line of a cut copy, numbered like the items before it (5.信息技术部接到故障报告后协调…), read as a heading
    with nothing under it: its words are kept with its position, never lost."""
    source = tmp_path / "plan.txt"
    source.write_text(
        "交易系统故障应急预案\n事件处置流程\n1.信息技术部负责人接到事件报告后,应立即组织运维人员赶到故障现场。\n"
        "2.运维人员应及时启用备份系统。\n5.信息技术部接到故障报告后协调公司本部各相关部门\n",
        encoding="utf-8",
    )
    data = import_document(source).data
    texts = [u["text"] for u in data.get("x-unmapped", [])] + [s["do"] for sc in data["scenarios"] for s in sc.get("actions", [])]
    assert any("协调公司本部各相关部门" in t for t in texts), texts


def test_numbered_items_of_a_set_of_rules_are_sections_with_their_titles(tmp_path: Path):
    # 第一项：首问责任制度 / 第二项：责任追究 in a text pasted from Word: each a heading, its items under it
    text = (
        "某镇信访工作机制\n第一项：首问责任制度\n一、信访接待人为首问责任人，负责群众来信来访的接待、转办、回复等工作。\n"
        "二、对反映本辖区范围内的问题，要及时送交分管领导审批，迅速组织调查、答复。\n"
        "第二项：责任追究\n一、对推诿扯皮的，追究相关人员责任。\n"
    )
    source = tmp_path / "rules.txt"
    source.write_text(text, encoding="utf-8")
    data = import_document(source).data
    assert [s["title"] for s in data["scenarios"]] == ["首问责任制度"]
    assert data["accountability"] == ["对推诿扯皮的，追究相关人员责任。"]


def test_emoji_before_a_heading_are_left_out_and_a_keycap_digit_numbers_it():
    blocks = [_p(1, "📌 一、总则"), _p(2, "本预案适用于本公司。"), _p(3, "1️⃣ 受理投诉"), _p(4, "2️⃣ 调查核实")]
    segs = segments(blocks)
    assert [(s.marker, s.text) for s in segs] == [
        ("一、", "总则"),
        ("", "本预案适用于本公司。"),
        ("1.", "受理投诉"),
        ("2.", "调查核实"),
    ]
    # a star or a check mark a text uses as its bullet stays its bullet
    assert [(s.family, s.text) for s in segments([_p(1, "✓ 现场安抚"), _p(2, "● 报告领导")])] == [
        ("bullet", "现场安抚"),
        ("bullet", "报告领导"),
    ]


def test_a_line_inside_a_numbered_list_that_counts_on_after_it_heads_nothing(tmp_path: Path):
    """1. …you may write to: / Our address is: / 2. We will acknowledge… : the line between items 1 and 2 belongs to item
    1 (an address the page lost), not a heading over items 2 and 3. Here the first stage's steps stay under it, and the
    two headed stages, the second taking the dissatisfied complainant on, are the procedure's two tiers."""
    document = docx.Document()
    document.add_heading("STEP 1: Internal Complaints Procedure", level=1)
    document.add_paragraph("1. If you have a complaint about our service, you may write to the Practice Manager.")
    document.add_paragraph("Our address is:")
    document.add_paragraph("2. We will acknowledge your complaint in writing within two working days.")
    document.add_paragraph("3. We will reply to your complaint within 10 working days.")
    document.add_heading("STEP 2: External Complaints Procedure", level=1)
    document.add_paragraph("1. If you are not happy with our response in STEP 1, you may complain to the Ombudsman.")
    document.add_paragraph("2. The Ombudsman will tell you how your complaint will be handled.")
    source = tmp_path / "procedure.docx"
    document.save(source)
    data = import_document(source).data
    titles = [scenario["title"] for scenario in data["scenarios"]]
    assert "Our address is" not in titles
    first = next(s for s in data["scenarios"] if s["title"].startswith("STEP 1"))
    assert any("within two working days" in a["do"] or a.get("within") == "2wd" for a in first["actions"])
    assert [level["name"] for level in data["levels"]] == [
        "STEP 1: Internal Complaints Procedure",
        "STEP 2: External Complaints Procedure",
    ]


def test_contents_numbered_before_headings_styled_without_their_numbers_are_left_out(tmp_path: Path):
    """目录 / 1、在厂水质异常处理流程 31 / 2、供水管道事故应急处置细则 57, then the same headings styled Heading 1 with no
    number: the contents lines are no part of the plan (they had become empty scenarios named with a page number)."""
    document = docx.Document()
    document.add_paragraph("供排水突发事故应急预案操作手册")
    document.add_paragraph("目录")
    document.add_paragraph("1、在厂水质异常处理流程 31")
    document.add_paragraph("2、供水管道事故应急处置细则 57")
    document.add_paragraph("3、液氯泄漏事故应急处置细则 67")
    for title, step in (
        ("在厂水质异常处理流程", "1. 化验室发现水质异常，立即报告当班调度员。"),
        ("供水管道事故应急处置细则", "1. 调度中心接报后，立即通知抢修队到场关阀。"),
        ("液氯泄漏事故应急处置细则", "1. 值班人员立即启动漏氯吸收装置。"),
    ):
        document.add_heading(title, level=1)
        document.add_paragraph(step)
    source = tmp_path / "manual.docx"
    document.save(source)
    data = import_document(source).data
    titles = [scenario["title"] for scenario in data["scenarios"]]
    assert not any(re.search(r"\d+$", title) for title in titles), titles
    assert all(scenario.get("actions") for scenario in data["scenarios"]), titles
    assert not any("31" in str(entry) for entry in data.get("x-unmapped") or [])
