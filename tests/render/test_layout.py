"""Page set-up, fonts, headers and footers, fields: GB/T 9704 in Chinese, a formal English layout."""

from __future__ import annotations

import re

from docx.shared import Mm

from .helpers import document, part, parts


def test_a4_and_gb_margins(zh_docx):
    section = document(zh_docx).sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.1) and abs(section.page_height - Mm(297)) < Mm(0.1)
    xml = part(zh_docx, "word/document.xml")
    size = re.search(r"<w:pgSz [^>]*/>", xml).group(0)
    assert 'w:w="11906"' in size and 'w:h="16838"' in size
    margins = re.search(r"<w:pgMar [^>]*/>", xml).group(0)
    # 37 / 28 / 26 / 35 mm in twips (1 mm = 56.69 twips)
    for attr, twips in (("top", 2098), ("left", 1587), ("right", 1474), ("bottom", 1984)):
        value = int(re.search(rf'w:{attr}="(\d+)"', margins).group(1))
        assert abs(value - twips) <= 1, (attr, value)


def test_22_line_grid(zh_docx):
    xml = part(zh_docx, "word/document.xml")
    grid = re.search(r"<w:docGrid [^>]*/>", xml).group(0)
    assert 'w:linePitch="579"' in grid and 'w:type="lines"' in grid
    styles = part(zh_docx, "word/styles.xml")
    normal = re.search(r'<w:style [^>]*w:styleId="Normal".*?</w:style>', styles, re.S).group(0)
    assert 'w:lineRule="exact"' in normal and 'w:line="579"' in normal
    assert 'w:firstLineChars="200"' in normal  # two-character first-line indent
    assert '<w:sz w:val="32"/>' in normal  # 3号 = 16 pt
    assert '<w:spacing w:val="-5"/>' in normal  # 28 characters a line


def _style(styles: str, style_id: str) -> str:
    return re.search(rf'<w:style [^>]*w:styleId="{style_id}".*?</w:style>', styles, re.S).group(0)


def test_east_asian_fonts_and_no_theme(zh_docx):
    styles = part(zh_docx, "word/styles.xml")
    assert "eastAsiaTheme" not in styles and "asciiTheme" not in styles
    defaults = re.search(r"<w:docDefaults>.*?</w:docDefaults>", styles, re.S).group(0)
    assert 'w:eastAsia="仿宋_GB2312"' in defaults
    expected = {
        "Normal": ("仿宋_GB2312", 32),
        "Title": ("方正小标宋简体", 44),
        "Heading1": ("黑体", 32),
        "Heading2": ("楷体_GB2312", 32),
        "Heading3": ("仿宋_GB2312", 32),
    }
    for style_id, (font, size) in expected.items():
        style = _style(styles, style_id)
        assert f'w:eastAsia="{font}"' in style, style_id
        assert f'<w:sz w:val="{size}"/>' in style, style_id
        assert "w:themeColor" not in style
    for name, xml in parts(zh_docx, "word/").items():
        assert "eastAsiaTheme" not in xml, name
    theme = part(zh_docx, "word/theme/theme1.xml")
    assert '<a:ea typeface="仿宋_GB2312"' in theme


def test_heading_styles_are_real_headings(zh_docx):
    styles = part(zh_docx, "word/styles.xml")
    for level in (1, 2, 3):
        style = _style(styles, f"Heading{level}")
        assert f'<w:name w:val="heading {level}"/>' in style
        assert f'<w:outlineLvl w:val="{level - 1}"/>' in style


def test_page_numbers_odd_right_even_left(zh_docx):
    settings = part(zh_docx, "word/settings.xml")
    assert "<w:evenAndOddHeaders/>" in settings
    document_xml = part(zh_docx, "word/document.xml")
    refs = dict(re.findall(r'<w:footerReference w:type="(\w+)" r:id="(\w+)"/>', document_xml))
    assert set(refs) == {"default", "even", "first"}
    rels = part(zh_docx, "word/_rels/document.xml.rels")

    def footer(kind: str) -> str:
        target = re.search(rf'Id="{refs[kind]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="{refs[kind]}"', rels)
        return part(zh_docx, "word/" + (target.group(1) or target.group(2)))

    odd, even, first = footer("default"), footer("even"), footer("first")
    for xml, side in ((odd, "right"), (even, "left")):
        assert '<w:fldChar w:fldCharType="begin"/>' in xml
        assert '<w:instrText xml:space="preserve"> PAGE </w:instrText>' in xml
        assert f'<w:jc w:val="{side}"/>' in xml
        assert ">—\u2002</w:t>" in xml and ">\u2002—</w:t>" in xml  # "— 1 —"
        assert 'w:eastAsia="宋体"' in xml and '<w:sz w:val="28"/>' in xml  # 4号 宋体
    assert "PAGE" not in first  # the cover carries no number


def test_document_number_in_header(zh_docx, zh_plan):
    headers = [x for n, x in parts(zh_docx, "word/header").items()]
    assert sum(zh_plan["document"]["number"] in h for h in headers) >= 2  # odd and even pages


def test_toc_field_lists_headings(zh_docx):
    xml = part(zh_docx, "word/document.xml")
    begin = xml.index('<w:fldChar w:fldCharType="begin" w:dirty="true"/>')
    instr = xml.index('TOC \\o "1-2" \\h \\z \\u', begin)
    separate = xml.index('<w:fldChar w:fldCharType="separate"/>', instr)
    end = xml.index('<w:fldChar w:fldCharType="end"/>', xml.rindex("PAGEREF _Toc"))  # each line has its PAGEREF
    result = xml[separate:end]
    for text in ("一、总则", "（一）编制目的", "五、应急处置", "（一）处理一般客户投诉", "附件1"):
        assert text in result
    assert "1.启动条件" not in result  # two levels: the contents stay about a page long
    assert result.index("一、总则") < result.index("五、应急处置")
    assert '<w:pStyle w:val="TOC1"/>' in result and '<w:pStyle w:val="TOC2"/>' in result
    assert '<w:updateFields w:val="true"/>' in part(zh_docx, "word/settings.xml")


def test_english_layout(en_docx):
    styles = part(en_docx, "word/styles.xml")
    assert 'w:ascii="Times New Roman"' in _style(styles, "Normal")
    assert "eastAsiaTheme" not in styles
    footers = "".join(parts(en_docx, "word/footer").values())
    assert " PAGE " in footers and " NUMPAGES " in footers
    assert ">Page </w:t>" in footers and "> of </w:t>" in footers
    assert "<w:evenAndOddHeaders/>" not in part(en_docx, "word/settings.xml")
