"""Word documents whose numbers are not typed (automatic numbering, w:numPr + numbering.xml), and what Word hides or
wraps (tracked insertions, text boxes, content controls, a table of contents): the importer reads the numbers a reader
sees and the text a reader sees, so such a document imports like one whose numbers are typed."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.oxml import parse_xml

from plancraft.cli import main
from plancraft.importer import import_document
from plancraft.importer.outline import segments
from plancraft.importer.reader import read
from plancraft.importer.wordnum import format_number

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _abstract(
    abstract_id: int, levels: list[tuple[str, str]], *, never_restart: tuple[int, ...] = (), suffix: str = "nothing"
) -> str:
    """An abstractNum whose level i has the (format, lvlText) given; levels in `never_restart` run on (lvlRestart 0)."""
    run_on = '<w:lvlRestart w:val="0"/>'
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/>{run_on if i in never_restart else ""}'
        f'<w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:suff w:val="{suffix}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    return f'<w:abstractNum {W} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>'


def _numbering(document, abstracts: list[str], nums: list[tuple[int, int, dict[int, int] | None]]) -> None:
    """Add abstract definitions and lists (numId, abstractNumId, {level: startOverride}) to the numbering part."""
    part = document.part.numbering_part.element
    first_num = part.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    for xml in abstracts:  # abstractNum elements come before every num
        node = parse_xml(xml)
        if first_num is not None:
            first_num.addprevious(node)
        else:
            part.append(node)
    for num_id, abstract_id, overrides in nums:
        extra = "".join(
            f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{value}"/></w:lvlOverride>'
            for lvl, value in (overrides or {}).items()
        )
        part.append(parse_xml(f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{extra}</w:num>'))


def _numbered(document, text: str, num_id: int, level: int = 0, style: str | None = None):
    paragraph = document.add_paragraph(text, style=style)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )
    return paragraph


def _import(path: Path) -> dict:
    out = path.with_suffix(".yaml")
    result = CliRunner().invoke(main, ["import", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    checked = CliRunner().invoke(main, ["validate", "--no-cache", str(out)])
    assert checked.exit_code == 0, checked.output
    return import_document(path).data


@pytest.mark.parametrize(
    ("fmt", "numbers"),
    [
        ("chineseCounting", ["一", "二", "十", "十一", "二十", "一百零五"]),
        ("chineseCountingThousand", ["一", "二", "十", "十一", "二十", "一百零五"]),
        ("chineseLegalSimplified", ["壹", "贰", "壹拾", "壹拾壹", "贰拾", "壹佰零伍"]),
        ("decimal", ["1", "2", "10", "11", "20", "105"]),
        ("decimalZero", ["01", "02", "10", "11", "20", "105"]),
        ("upperRoman", ["I", "II", "X", "XI", "XX", "CV"]),
        ("lowerLetter", ["a", "b", "j", "k", "t", "aaaaa"]),
        ("ideographTraditional", ["甲", "乙", "癸", "11", "20", "105"]),
        ("decimalEnclosedCircleChinese", ["①", "②", "⑩", "⑪", "⑳", "105"]),
        ("decimalEnclosedParen", ["⑴", "⑵", "⑽", "⑾", "⒇", "105"]),
        ("decimalFullWidth", ["１", "２", "１０", "１１", "２０", "１０５"]),
        ("ordinalText", ["First", "Second", "Tenth", "Eleventh", "Twentieth", "105"]),
    ],
)
def test_each_number_format_is_written_as_word_shows_it(fmt: str, numbers: list[str]):
    assert [format_number(n, fmt) for n in (1, 2, 10, 11, 20, 105)] == numbers


def _chinese_plan(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("客户投诉应急预案", style="Title")
    _numbering(
        d,
        [
            _abstract(90, [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")]),
            _abstract(91, [("decimal", "%1.")]),
        ],
        [(90, 90, None), (91, 91, None), (92, 91, {0: 1})],
    )
    _numbered(d, "总则", 90, 0, "Heading 1")
    _numbered(d, "编制目的", 90, 1, "Heading 2")
    d.add_paragraph("为及时妥善处理客户投诉，维护客户合法权益，制定本预案。")
    _numbered(d, "适用范围", 90, 1, "Heading 2")
    d.add_paragraph("本预案适用于本行各营业网点受理的客户投诉。")
    _numbered(d, "组织机构及职责", 90, 0, "Heading 1")
    d.add_paragraph("成立投诉处理领导小组，行长任组长，分管副行长任副组长。")
    _numbered(d, "应急处置", 90, 0, "Heading 1")
    _numbered(d, "现场投诉处置", 90, 1, "Heading 2")
    _numbered(d, "大堂经理接待客户，10分钟内了解投诉事由。", 91, 0)
    _numbered(d, "网点负责人在1小时内作出答复。", 91, 0)
    _numbered(d, "电话投诉处置", 90, 1, "Heading 2")
    _numbered(d, "客服人员登记投诉内容。", 92, 0)  # a list restarted at 1 (startOverride)
    _numbered(d, "客服中心在2个工作日内回复客户。", 92, 0)
    _numbered(d, "附则", 90, 0, "Heading 1")
    d.add_paragraph("本预案由办公室负责解释。")
    d.save(path)
    return path


def test_automatic_numbers_read_as_the_numbers_a_reader_sees(tmp_path: Path):
    segs = segments(read(_chinese_plan(tmp_path / "plan.docx")).blocks)
    assert [(s.marker, s.text) for s in segs if s.marker] == [
        ("一、", "总则"),
        ("（一）", "编制目的"),
        ("（二）", "适用范围"),
        ("二、", "组织机构及职责"),
        ("三、", "应急处置"),
        ("（一）", "现场投诉处置"),  # a level restarts after the level above it
        ("1.", "大堂经理接待客户，10分钟内了解投诉事由。"),
        ("2.", "网点负责人在1小时内作出答复。"),
        ("（二）", "电话投诉处置"),
        ("1.", "客服人员登记投诉内容。"),  # the list that overrides its start restarts at 1
        ("2.", "客服中心在2个工作日内回复客户。"),
        ("四、", "附则"),
    ]


def test_a_plan_numbered_by_word_imports_like_a_typed_one(tmp_path: Path):
    data = _import(_chinese_plan(tmp_path / "plan.docx"))
    assert data["document"]["title"] == "客户投诉应急预案"
    assert data["purpose"] == "为及时妥善处理客户投诉，维护客户合法权益，制定本预案。"
    assert data["scope"] == "本预案适用于本行各营业网点受理的客户投诉。"
    scenarios = {s["title"]: [(a["do"], a.get("within")) for a in s.get("actions") or []] for s in data["scenarios"]}
    assert scenarios == {
        "现场投诉处置": [
            ("大堂经理接待客户", None),
            ("10分钟内了解投诉事由", "10min"),
            ("网点负责人在1小时内作出答复", "1h"),
        ],
        "电话投诉处置": [("客服人员登记投诉内容", None), ("客服中心在2个工作日内回复客户", "2wd")],
    }
    titles = {r["title"] for r in data["organisation"]["roles"]}
    assert {"组长", "副组长"} <= titles


def test_articles_and_decimal_outlines_numbered_by_word(tmp_path: Path):
    d = docx.Document()
    _numbering(
        d,
        [
            _abstract(93, [("chineseCounting", "第%1章"), ("chineseCounting", "第%2条")], never_restart=(1,)),
            _abstract(94, [("decimal", "%1"), ("decimal", "%1.%2")], suffix="tab"),
        ],
        [(93, 93, None), (94, 94, None)],
    )
    _numbered(d, "总则", 93, 0)
    _numbered(d, "为规范投诉处理工作，制定本办法。", 93, 1)
    _numbered(d, "投诉处理", 93, 0)
    _numbered(d, "客服中心收到投诉后，应在1个工作日内登记。", 93, 1)  # articles run on across chapters (lvlRestart 0)
    _numbered(d, "Purpose ", 94, 0)
    _numbered(d, "Scope", 94, 1)
    _numbered(d, "Procedure", 94, 0)
    _numbered(d, "Stage one", 94, 1)
    path = tmp_path / "rules.docx"
    d.save(path)
    segs = segments(read(path).blocks)
    assert [(s.marker, s.family) for s in segs if s.marker] == [
        ("第一章", "chapter"),
        ("第一条", "article"),
        ("第二章", "chapter"),
        ("第二条", "article"),
        ("1", "arsp"),  # "1 Purpose": the number, then Word's tab
        ("1.1", "dec2"),
        ("2", "arsp"),
        ("2.1", "dec2"),
    ]
    assert [s.text for s in segs][-4:] == ["Purpose", "Scope", "Procedure", "Stage one"]


def test_bullets_and_numbering_taken_away_stay_unnumbered(tmp_path: Path):
    d = docx.Document()
    _numbering(d, [_abstract(95, [("bullet", "•")]), _abstract(96, [("decimal", "%1.")])], [(95, 95, None), (96, 96, None)])
    _numbered(d, "We will acknowledge your complaint.", 95, 0)
    _numbered(d, "受理登记", 96, 0)
    _numbered(d, "不再编号的段落", 0, 0)  # numId 0: numbering taken off the paragraph
    _numbered(d, "调查核实", 96, 0)
    path = tmp_path / "lists.docx"
    d.save(path)
    blocks = read(path).blocks
    assert [(b.text, b.label, b.bullet, b.listed) for b in blocks] == [
        ("We will acknowledge your complaint.", "", True, 0),
        ("受理登记", "1.", False, 0),
        ("不再编号的段落", "", False, None),
        ("调查核实", "2.", False, 0),
    ]


def _body_append(document, xml: str) -> None:
    document.element.body.insert(len(document.element.body) - 1, parse_xml(xml))  # before sectPr


def test_text_in_insertions_text_boxes_and_content_controls_is_read_and_a_table_of_contents_is_not(tmp_path: Path):
    d = docx.Document()
    # a title in a text box (a drawing anchored in an empty paragraph), with its fallback copy
    _body_append(
        d,
        f'<w:p {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:r><mc:AlternateContent>'
        '<mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>投诉应急预案</w:t></w:r></w:p>'
        "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>投诉应急预案</w:t>"
        "</w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>",
    )
    # a table of contents in a content control, and one as a field with TOC-styled entries
    _body_append(
        d,
        f'<w:sdt {W}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>'
        "<w:sdtContent><w:p><w:r><w:t>一、总则 1</w:t></w:r></w:p></w:sdtContent></w:sdt>",
    )
    _body_append(
        d,
        f'<w:p {W}><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>一、总则\t1</w:t></w:r></w:p>',
    )
    _body_append(d, f'<w:p {W}><w:r><w:t>二、应急处置\t2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    _body_append(d, f"<w:p {W}><w:r><w:t>三、附则……………………3</w:t></w:r></w:p>")
    # a cover block in a content control, and a paragraph with a tracked insertion and deletion, and a smart tag
    _body_append(d, f"<w:sdt {W}><w:sdtContent><w:p><w:r><w:t>某某银行股份有限公司</w:t></w:r></w:p></w:sdtContent></w:sdt>")
    _body_append(
        d,
        f"<w:p {W}><w:r><w:t>网点负责人应在</w:t></w:r><w:ins><w:r><w:t>2小时</w:t></w:r></w:ins>"
        "<w:del><w:r><w:delText>1天</w:delText></w:r></w:del><w:smartTag><w:r><w:t>内答复客户。</w:t></w:r></w:smartTag></w:p>",
    )
    path = tmp_path / "wrapped.docx"
    d.save(path)
    assert [b.text for b in read(path).blocks] == ["投诉应急预案", "某某银行股份有限公司", "网点负责人应在2小时内答复客户。"]


def test_enclosed_numbers_typed_or_shown_by_word_are_items(tmp_path: Path):
    source = tmp_path / "plan.txt"
    source.write_text("三、处置程序\n⑴受理登记。⑵调查核实。\n⒈ 回访客户。\n", encoding="utf-8")
    segs = segments(read(source).blocks)
    assert [(s.marker, s.family, s.text) for s in segs] == [
        ("三、", "cn", "处置程序"),
        ("⑴", "par", "受理登记。"),
        ("⑵", "par", "调查核实。"),
        ("⒈", "ar", "回访客户。"),
    ]


def test_a_damaged_numbering_definition_leaves_the_text_readable(tmp_path: Path):
    d = docx.Document()
    part = d.part.numbering_part.element
    part.append(
        parse_xml(
            f'<w:abstractNum {W} w:abstractNumId="97"><w:lvl w:ilvl="x"><w:start w:val="one"/>'
            '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%9、"/></w:lvl>'
            '<w:lvl w:ilvl="0"><w:start w:val="-3"/><w:numFmt w:val="nonsense"/><w:lvlText w:val="%1%"/></w:lvl></w:abstractNum>'
        )
    )
    part.append(parse_xml(f'<w:num {W} w:numId="97"><w:abstractNumId w:val="97"/></w:num>'))
    _numbered(d, "受理登记", 97, 0)
    _numbered(d, "调查核实", 97, 5)  # a level the list does not define
    path = tmp_path / "damaged.docx"
    d.save(path)
    assert [(b.label, b.text) for b in read(path).blocks] == [("-3% ", "受理登记"), ("", "调查核实")]
