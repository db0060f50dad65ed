"""Page set-up and styles per language: GB/T 9704-2012 for Chinese, a formal serif style for English."""

from __future__ import annotations

from dataclasses import dataclass

# The layouts are plain data, read by the text writer (render.wml) without python-docx; the functions
# that set them on a python-docx document (styles, page set-up: the package's fixed parts, render.base)
# import python-docx when they run.


@dataclass(frozen=True)
class Font:
    latin: str
    east_asia: str
    size: float  # points
    bold: bool = False


@dataclass(frozen=True)
class Layout:
    lang: str
    margins: tuple[float, float, float, float]  # top, left, right, bottom (mm)
    header_distance: float  # mm
    footer_distance: float  # mm
    body: Font
    title: Font
    headings: tuple[Font, Font, Font]
    lead_fonts: dict[int, Font]  # font of a numbered lead-in by level (（一） in 楷体)
    table: Font
    table_header: Font
    header: Font
    page_number: Font
    annex_label: Font
    line_pitch: int | None  # twips; exact line spacing and the grid pitch (Chinese)
    char_space: int | None  # w:docGrid charSpace (1/4096 pt); None: a line grid only
    condense: float  # character spacing of body text in points (negative: closer)
    line_multiple: float | None  # English: proportional spacing
    first_line_chars: int  # body first-line indent in characters
    even_odd: bool  # page numbers alternate sides
    justify: bool
    watermark_font: str
    lang_tag: str


# GB/T 9704-2012: 156 × 225 mm text block; 22 lines -> 225 mm / 22 = 28.95 pt (the line grid);
# 28 characters of 3号 in 156 mm -> 15.79 pt a character. A character grid (linesAndChars with
# charSpace -849) does that in Word but LibreOffice then gives every 16 pt character two cells,
# so the grid is lines only and body text is condensed by 0.25 pt: 28 × 15.75 pt fits in both.
ZH = Layout(
    lang="zh-CN",
    margins=(37, 28, 26, 35),
    header_distance=15,
    footer_distance=28,  # page number one line below the text block, 7 mm under it
    body=Font("Times New Roman", "仿宋_GB2312", 16),
    title=Font("Times New Roman", "方正小标宋简体", 22),
    headings=(
        Font("Times New Roman", "黑体", 16),
        Font("Times New Roman", "楷体_GB2312", 16),
        Font("Times New Roman", "仿宋_GB2312", 16),
    ),
    lead_fonts={1: Font("Times New Roman", "黑体", 16), 2: Font("Times New Roman", "楷体_GB2312", 16)},
    table=Font("Times New Roman", "仿宋_GB2312", 12),
    table_header=Font("Times New Roman", "黑体", 12),
    header=Font("Times New Roman", "仿宋_GB2312", 12),
    page_number=Font("宋体", "宋体", 14),
    annex_label=Font("Times New Roman", "黑体", 16),
    line_pitch=579,
    char_space=None,
    condense=-0.25,
    line_multiple=None,
    first_line_chars=2,
    even_odd=True,
    justify=True,
    watermark_font="宋体",
    lang_tag="zh-CN",
)

EN = Layout(
    lang="en",
    margins=(25.4, 25.4, 25.4, 25.4),
    header_distance=12.7,
    footer_distance=12.7,
    body=Font("Times New Roman", "SimSun", 12),
    title=Font("Times New Roman", "SimSun", 20, bold=True),
    headings=(
        Font("Times New Roman", "SimSun", 14, bold=True),
        Font("Times New Roman", "SimSun", 12, bold=True),
        Font("Times New Roman", "SimSun", 12, bold=True),
    ),
    lead_fonts={3: Font("Times New Roman", "SimSun", 12, bold=True)},
    table=Font("Times New Roman", "SimSun", 10.5),
    table_header=Font("Times New Roman", "SimSun", 10.5, bold=True),
    header=Font("Times New Roman", "SimSun", 9),
    page_number=Font("Times New Roman", "SimSun", 10),
    annex_label=Font("Times New Roman", "SimSun", 14, bold=True),
    line_pitch=None,
    char_space=None,
    condense=0,
    line_multiple=1.15,
    first_line_chars=0,
    even_odd=False,
    justify=True,
    watermark_font="Times New Roman",
    lang_tag="en-GB",
)


def layout_for(lang: str) -> Layout:
    return ZH if lang == "zh-CN" else EN


def mm_twips(mm: float) -> int:
    """python-docx's `Mm(mm).twips`: millimetres to EMU (whole), then to twips (rounded)."""
    return int(round(int(mm * 36000) / 635))


def text_width_twips(layout: Layout) -> int:
    return mm_twips(210 - layout.margins[1] - layout.margins[2])


def block_width_emu(layout: Layout) -> int:
    """python-docx's Document._block_width after page_setup: page width less both margins, in EMU."""
    return int(210 * 36000) - int(layout.margins[1] * 36000) - int(layout.margins[2] * 36000)


def page_setup(section, layout: Layout) -> None:
    from docx.shared import Mm

    from . import xml

    section.page_width, section.page_height = Mm(210), Mm(297)
    top, left, right, bottom = layout.margins
    section.top_margin, section.left_margin = Mm(top), Mm(left)
    section.right_margin, section.bottom_margin = Mm(right), Mm(bottom)
    section.header_distance, section.footer_distance = Mm(layout.header_distance), Mm(layout.footer_distance)
    section.gutter = Mm(0)
    if layout.line_pitch:
        xml.doc_grid(section._sectPr, layout.line_pitch, layout.char_space)


def font_rpr(rpr, font: Font, lang_tag: str | None = None) -> None:
    """Write a Font into an rPr: fonts by slot, size, bold — no colour, no theme."""
    from . import xml

    xml.set_fonts(rpr, font.latin, font.east_asia)
    for tag in ("b", "bCs"):
        xml.rpr_child(rpr, tag).set(xml.qn("w:val"), "1" if font.bold else "0")
    xml.rpr_child(rpr, "color").set(xml.qn("w:val"), "000000")
    half_points = str(int(round(font.size * 2)))
    xml.rpr_child(rpr, "sz").set(xml.qn("w:val"), half_points)
    xml.rpr_child(rpr, "szCs").set(xml.qn("w:val"), half_points)
    if lang_tag:
        xml.set_lang(rpr, "en-US" if lang_tag == "zh-CN" else lang_tag, "zh-CN")


def _reset(style) -> None:
    """Forget the default template's look (blue headings, borders, themes) before setting ours."""
    from . import xml

    for tag in ("w:pPr", "w:rPr"):
        for el in style.element.findall(xml.qn(tag)):
            style.element.remove(el)


def _spacing(pf, layout: Layout, *, before: float = 0, after: float = 0, exact: bool = True) -> None:
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt, Twips

    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if layout.line_pitch and exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Twips(layout.line_pitch)
    elif layout.line_multiple:
        pf.line_spacing = layout.line_multiple
    else:
        pf.line_spacing_rule = WD_LINE_SPACING.SINGLE


def _paragraph_style(doc, name: str, style_id: str | None = None):
    from docx.enum.style import WD_STYLE_TYPE

    from . import xml

    styles = doc.styles
    try:
        return styles[name], False
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        if style_id:
            style.element.set(xml.qn("w:styleId"), style_id)
        return style, True


def apply_styles(doc, layout: Layout, *, keep_existing: bool) -> None:
    """Define the styles the renderer uses. With a reference document, its own styles win."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Pt, Twips

    from . import xml

    styles_root = doc.styles.element
    if not keep_existing:
        xml.strip_theme_fonts(styles_root)
        defaults = xml.doc_defaults_rpr(styles_root)
        font_rpr(defaults, layout.body, layout.lang_tag)

    def define(name: str, style_id: str | None = None):
        style, created = _paragraph_style(doc, name, style_id)
        if keep_existing and not created:
            return None
        _reset(style)
        return style

    indent = layout.first_line_chars
    body_indent_twips = int(layout.body.size * 20 * indent)

    normal = define("Normal")
    if normal is not None:
        font_rpr(normal.element.get_or_add_rPr(), layout.body, layout.lang_tag)
        if layout.condense:
            xml.char_spacing(normal.element.get_or_add_rPr(), layout.condense)
        pf = normal.paragraph_format
        _spacing(pf, layout, after=0 if layout.line_pitch else 6)
        pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if layout.justify else WD_ALIGN_PARAGRAPH.LEFT
        pf.widow_control = True
        if indent:
            xml.indent_chars(normal.element.get_or_add_pPr(), indent, body_indent_twips)

    title = define("Title")
    if title is not None:
        title.base_style = doc.styles["Normal"]
        font_rpr(title.element.get_or_add_rPr(), layout.title)
        pf = title.paragraph_format
        pf.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _spacing(pf, layout, before=0, after=layout.body.size if layout.line_pitch else 12, exact=False)
        xml.no_indent(title.element.get_or_add_pPr())
        pf.keep_with_next = True

    for level, font in enumerate(layout.headings, start=1):
        style = define(f"Heading {level}")
        if style is None:
            continue
        style.base_style = doc.styles["Normal"]
        style.next_paragraph_style = doc.styles["Normal"]
        font_rpr(style.element.get_or_add_rPr(), font)
        pf = style.paragraph_format
        pf.keep_with_next = True
        if layout.line_pitch:
            _spacing(pf, layout)
        else:
            _spacing(pf, layout, before=(18, 12, 6)[level - 1], after=6)
            xml.no_indent(style.element.get_or_add_pPr())
        pf.alignment = WD_ALIGN_PARAGRAPH.LEFT
        xml.outline_level(style.element.get_or_add_pPr(), level - 1)

    for level in (1, 2, 3):
        style = define(f"toc {level}", f"TOC{level}")
        if style is None:
            continue
        xml.set_style_name(style.element, f"toc {level}")
        xml.style_ui_flags(style.element, 39)
        style.base_style = doc.styles["Normal"]
        style.next_paragraph_style = doc.styles["Normal"]
        pf = style.paragraph_format
        _spacing(pf, layout, after=0 if layout.line_pitch else 3)
        xml.no_indent(style.element.get_or_add_pPr())
        pf.left_indent = Pt(layout.body.size * (2 if layout.line_pitch else 1.5) * (level - 1))
        pf.alignment = WD_ALIGN_PARAGRAPH.LEFT
        pf.tab_stops.add_tab_stop(Twips(text_width_twips(layout)), alignment=WD_TAB_ALIGNMENT.RIGHT, leader=WD_TAB_LEADER.DOTS)

    for name, font, align in (
        ("Table Text", layout.table, WD_ALIGN_PARAGRAPH.LEFT),
        ("Table Heading", layout.table_header, WD_ALIGN_PARAGRAPH.CENTER),
    ):
        style = define(name, name.replace(" ", ""))
        if style is None:
            continue
        style.base_style = doc.styles["Normal"]
        font_rpr(style.element.get_or_add_rPr(), font)
        pf = style.paragraph_format
        pf.space_before, pf.space_after = Pt(1.5), Pt(1.5)
        pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
        pf.alignment = align
        xml.no_indent(style.element.get_or_add_pPr())
        xml.snap_to_grid(style.element.get_or_add_pPr(), False)

    for name in ("Header", "Footer"):
        style = define(name)
        if style is None:
            continue
        font_rpr(style.element.get_or_add_rPr(), layout.header)
        pf = style.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
        pf.space_before = pf.space_after = Pt(0)
        xml.no_indent(style.element.get_or_add_pPr())
        xml.snap_to_grid(style.element.get_or_add_pPr(), False)
        pf.tab_stops.add_tab_stop(Twips(text_width_twips(layout) // 2), alignment=WD_TAB_ALIGNMENT.CENTER)
        pf.tab_stops.add_tab_stop(Twips(text_width_twips(layout)), alignment=WD_TAB_ALIGNMENT.RIGHT)

    subtitle = define("Subtitle")
    if subtitle is not None:
        subtitle.base_style = doc.styles["Normal"]
        font_rpr(subtitle.element.get_or_add_rPr(), layout.headings[0] if layout.line_pitch else layout.headings[1])
        pf = subtitle.paragraph_format
        _spacing(pf, layout, before=0 if layout.line_pitch else 12, after=0 if layout.line_pitch else 6)
        pf.keep_with_next = True
        if not layout.line_pitch:
            xml.no_indent(subtitle.element.get_or_add_pPr())

    toc_heading = define("TOC Heading")
    if toc_heading is not None:
        toc_heading.base_style = doc.styles["Normal"]
        font_rpr(toc_heading.element.get_or_add_rPr(), layout.headings[0] if layout.line_pitch else layout.title)
        pf = toc_heading.paragraph_format
        pf.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _spacing(pf, layout, after=layout.body.size if layout.line_pitch else 12)
        xml.no_indent(toc_heading.element.get_or_add_pPr())


RED_HEX = "C00000"  # the draft mark and a missing section's mark


def __getattr__(name: str):
    """`RED` as python-docx's RGBColor, made when asked (python-docx is not imported with the layouts)."""
    if name == "RED":
        from docx.shared import RGBColor

        return RGBColor.from_string(RED_HEX)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
