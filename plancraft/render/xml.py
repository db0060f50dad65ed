"""Every piece of raw WordprocessingML plancraft writes, in one place.

python-docx covers paragraphs, runs, tables and page setup; what it lacks — East Asian font
slots, document grids, complex fields (TOC, PAGE, NUMPAGES), the VML watermark, settings
switches, the theme and custom document properties — lives here, so the renderer itself
never builds elements by hand.
"""

from __future__ import annotations

import copy

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

from plancraft.xmltext import escape, quoteattr

# the serialized-part helpers, where they were before (render.parts needs neither python-docx nor lxml)
from .parts import (  # noqa: F401
    CUSTOM_PROPS_REL,
    CUSTOM_PROPS_TYPE,
    SHAPETYPE,
    WATERMARK_STYLE,
    body_texts,
    custom_properties_xml,
    fill_contents_pages,
    read_custom_properties,
    set_theme_fonts,
    stamp_texts,
    text_as_serialized,
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")

# Schema order of the pPr / rPr children we touch (CT_PPrBase, CT_RPr): Word rejects files
# whose children are out of order, so new children are inserted in place.
_PPR_ORDER = (
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
)
_RPR_ORDER = (
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
)


# ---------------------------------------------------------------- python-docx objects in, XML out
# The renderer hands python-docx objects (Paragraph, Run, Table, _Row, _Cell) to this module; only
# here are their XML elements (`_p`, `_r`, `_tbl`, `_tr`, `_tc`) touched.


def element(obj):
    """The XML element behind a python-docx object (an element is returned as it is)."""
    for attr in ("_p", "_r", "_tbl", "_tr", "_tc"):
        inner = getattr(obj, attr, None)
        if inner is not None:
            return inner
    return obj


def paragraph_properties(paragraph):
    """`w:pPr` of a paragraph (made when missing)."""
    el = element(paragraph)
    return el.get_or_add_pPr() if hasattr(el, "get_or_add_pPr") else el


def run_properties(run):
    """`w:rPr` of a run (made when missing)."""
    el = element(run)
    return el.get_or_add_rPr() if hasattr(el, "get_or_add_rPr") else el


def set_style_id(paragraph, style_id: str) -> None:
    """Point a paragraph at a style by its id (python-docx looks styles up by name).

    A new, empty paragraph gets `<w:pPr><w:pStyle w:val=ID/></w:pPr>` directly: the same elements
    python-docx adds, without its search for each child's place in the schema order (most of a
    render's time went there)."""
    p = element(paragraph)
    if len(p) == 0:
        properties = OxmlElement("w:pPr")
        properties.append(OxmlElement("w:pStyle", attrs={qn("w:val"): style_id}))
        p.append(properties)
        return
    p.style = style_id


def add_run(paragraph, text: str):
    """`paragraph.add_run(text)`: the same `<w:r><w:t>` python-docx writes, made directly for text
    without tabs or line breaks (python-docx feeds the text through its character-by-character
    appender and clears the new run with an XPath query first)."""
    if not text or any(c in text for c in "\t\r\n"):
        return paragraph.add_run(text)
    from docx.text.run import Run

    r = element(paragraph).add_r()
    t = OxmlElement("w:t")
    t.text = text
    if len(text.strip()) < len(text):
        t.set(qn("xml:space"), "preserve")
    r.append(t)
    return Run(r, paragraph)


def detach_run(paragraph, run) -> None:
    """Take a run out of its paragraph (after its properties were read)."""
    element(paragraph).remove(element(run))


def _set_child(parent, tag: str, order: tuple[str, ...]):
    """The child `w:tag` of parent, created at its schema position if missing."""
    found = parent.find(qn(f"w:{tag}"))
    if found is not None:
        return found
    child = OxmlElement(f"w:{tag}")
    later = set(order[order.index(tag) + 1 :])
    for i, sibling in enumerate(parent):
        if sibling.tag.startswith("{" + W_NS + "}") and sibling.tag.split("}")[1] in later:
            parent.insert(i, child)
            return child
    parent.append(child)
    return child


def ppr_child(ppr, tag: str):
    return _set_child(ppr, tag, _PPR_ORDER)


def rpr_child(rpr, tag: str):
    return _set_child(rpr, tag, _RPR_ORDER)


# -- fonts ------------------------------------------------------------------------------


def set_fonts(rpr, latin: str, east_asia: str) -> None:
    """Fonts by slot: Latin text in `latin`, Chinese in `east_asia` (w:eastAsia), no theme fonts."""
    fonts = rpr_child(rpr, "rFonts")
    for attr in _THEME_ATTRS:
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:cs"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:hint"), "eastAsia")


def char_spacing(rpr, points: float) -> None:
    """Condense (negative) or expand the advance of every character, in points."""
    rpr_child(rpr, "spacing").set(qn("w:val"), str(int(round(points * 20))))


def set_lang(rpr, latin: str, east_asia: str) -> None:
    lang = rpr_child(rpr, "lang")
    lang.set(qn("w:val"), latin)
    lang.set(qn("w:eastAsia"), east_asia)


def strip_theme_fonts(root) -> None:
    """Drop asciiTheme / eastAsiaTheme / … everywhere: a theme font overrides the named one."""
    for fonts in root.iter(qn("w:rFonts")):
        for attr in _THEME_ATTRS:
            fonts.attrib.pop(qn(attr), None)


def doc_defaults_rpr(styles_root):
    """w:docDefaults/w:rPrDefault/w:rPr, created when missing."""
    defaults = styles_root.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles_root.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    return rpr


# Fonts the layouts name, each with the font Word should use where it is missing (w:altName) and the
# panose / GB2312 charset Word matches on: 仿宋_GB2312 → 仿宋 → FangSong, 方正小标宋简体 → 华文中宋 → 宋体,
# 黑体 → SimHei, 楷体_GB2312 → 楷体 → KaiTi, 宋体 → SimSun. Windows and macOS machines without the
# GB2312 fonts then keep the layout instead of falling back to a sans face.
FONT_FALLBACKS = (
    ("仿宋_GB2312", "仿宋", "02010609030101010101", "modern", "fixed"),
    ("仿宋", "FangSong", "02010609060101010101", "modern", "fixed"),
    ("方正小标宋简体", "华文中宋", "02000000000000000000", "auto", "variable"),
    ("华文中宋", "宋体", "02010600040101010101", "auto", "variable"),
    ("宋体", "SimSun", "02010600030101010101", "auto", "variable"),
    ("黑体", "SimHei", "02010609060101010101", "modern", "fixed"),
    ("楷体_GB2312", "楷体", "02010609030101010101", "modern", "fixed"),
    ("楷体", "KaiTi", "02010609060101010101", "modern", "fixed"),
)


def font_fallbacks(font_table_xml: bytes) -> bytes:
    """word/fontTable.xml with an entry (w:altName, panose, charset 86) for each font of FONT_FALLBACKS."""
    from lxml import etree

    root = etree.fromstring(font_table_xml)
    w = "{%s}" % W_NS
    for name, alt, panose, family, pitch in FONT_FALLBACKS:
        for old in root.findall(f"{w}font"):
            if old.get(f"{w}name") == name:
                root.remove(old)
        font = etree.SubElement(root, f"{w}font")
        font.set(f"{w}name", name)
        for tag, value in (("altName", alt), ("panose1", panose), ("charset", "86"), ("family", family), ("pitch", pitch)):
            etree.SubElement(font, f"{w}{tag}").set(f"{w}val", value)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# -- paragraphs and sections -------------------------------------------------------------


def indent_chars(ppr, first_line_chars: int, first_line_twips: int) -> None:
    """First-line indent in characters (two characters for Chinese body text), with a twip fallback."""
    ind = ppr_child(ppr, "ind")
    ind.set(qn("w:firstLineChars"), str(first_line_chars * 100))
    ind.set(qn("w:firstLine"), str(first_line_twips))


def no_indent(ppr) -> None:
    """Cancel an inherited character-based indent (python-docx only clears the twip value)."""
    ppr = paragraph_properties(ppr)
    ind = ppr_child(ppr, "ind")
    ind.set(qn("w:firstLineChars"), "0")
    ind.set(qn("w:firstLine"), "0")


def snap_to_grid(ppr, on: bool) -> None:
    ppr_child(ppr, "snapToGrid").set(qn("w:val"), "1" if on else "0")


def outline_level(ppr, level: int) -> None:
    """Outline level 0-based (Heading 1 -> 0): the navigation pane and the TOC switch \\o use it."""
    ppr = paragraph_properties(ppr)
    ppr_child(ppr, "outlineLvl").set(qn("w:val"), str(level))


def doc_grid(sect_pr, line_pitch: int, char_space: int | None) -> None:
    """The document grid: line pitch in twips; char_space (1/4096 pt, relative to the body size) adds a character grid."""
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect_pr.append(grid)
    grid.attrib.clear()
    grid.set(qn("w:type"), "linesAndChars" if char_space is not None else "lines")
    grid.set(qn("w:linePitch"), str(line_pitch))
    if char_space is not None:
        grid.set(qn("w:charSpace"), str(char_space))


# -- fields -------------------------------------------------------------------------------


def _fld_char(kind: str, dirty: bool = False):
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    if dirty:
        char.set(qn("w:dirty"), "true")
    run.append(char)
    return run


def _instr(text: str):
    run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {text} "
    run.append(instr)
    return run


def field_begin(paragraph, instruction: str, *, dirty: bool = False) -> None:
    """Open a complex field in `paragraph`: begin, instruction, separate. The result follows."""
    p = paragraph._p
    p.append(_fld_char("begin", dirty))
    p.append(_instr(instruction))
    p.append(_fld_char("separate"))


def field_end(paragraph) -> None:
    paragraph._p.append(_fld_char("end"))


def simple_field(paragraph, instruction: str, cached: str, rpr_source=None) -> None:
    """A whole field in one paragraph (PAGE, NUMPAGES), its runs formatted like `rpr_source`."""
    p = paragraph._p
    start = len(p)
    field_begin(paragraph, instruction)
    paragraph.add_run(cached)
    field_end(paragraph)
    if rpr_source is not None:
        for run in list(p)[start:]:
            if run.tag == qn("w:r") and run.find(qn("w:rPr")) is None:
                run.insert(0, _copy(rpr_source))


def bookmark(paragraph, bookmark_id: int, name: str) -> None:
    """A bookmark around the whole paragraph (a heading the contents link to and take its page from)."""
    p = paragraph._p
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bookmark_id))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bookmark_id))
    ppr = p.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


def toc_entry(paragraph, anchor: str, text: str, page: str) -> None:
    """One line of the contents as Word writes it: a link to the heading's bookmark, a tab (dot
    leader from the style) and a PAGEREF field whose cached result is the page number."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")

    def run(child):
        r = OxmlElement("w:r")
        r.append(child)
        link.append(r)

    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run(t)
    run(OxmlElement("w:tab"))
    link.append(_fld_char("begin"))
    link.append(_instr(f"PAGEREF {anchor} \\h"))
    link.append(_fld_char("separate"))
    if page:
        t = OxmlElement("w:t")
        t.text = page
        run(t)
    link.append(_fld_char("end"))
    paragraph._p.append(link)


def _copy(element):
    return copy.deepcopy(element)


# -- watermark ----------------------------------------------------------------------------


def watermark(paragraph, text: str, font: str, *, shape_id: int = 1) -> None:
    """A light grey diagonal text behind the page (Word's own 'PowerPlusWaterMarkObject' form).

    It sits in a header, so it shows on every page that header serves.
    """
    style = WATERMARK_STYLE
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        f'xmlns:w10="urn:schemas-microsoft-com:office:word"><w:rPr><w:noProof/></w:rPr><w:pict>{SHAPETYPE}'
        f'<v:shape id="PowerPlusWaterMarkObject{shape_id}" o:spid="_x0000_s{1024 + shape_id}" type="#_x0000_t136" '
        f'style="{style}" o:allowincell="f" fillcolor="#d8d8d8" stroked="f">'
        f'<v:fill opacity=".5"/>'
        f'<v:textpath style="font-family:{escape(quoteattr(font)[1:-1])};font-size:1pt" string={quoteattr(text)}/>'
        f'<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>'
    )
    paragraph._p.append(parse_xml(xml))


# -- settings -----------------------------------------------------------------------------


def update_fields_on_open(settings_root) -> None:
    """w:updateFields: Word offers to refresh the TOC page numbers when the file is opened."""
    if settings_root.find(qn("w:updateFields")) is not None:
        return
    element = OxmlElement("w:updateFields")
    element.set(qn("w:val"), "true")
    # CT_Settings order: updateFields comes before hdrShapeDefaults, footnotePr, endnotePr, compat, ...
    for tag in (
        "w:hdrShapeDefaults",
        "w:footnotePr",
        "w:endnotePr",
        "w:compat",
        "w:docVars",
        "w:rsids",
        "m:mathPr",
        "w:attachedSchema",
        "w:themeFontLang",
        "w:clrSchemeMapping",
    ):
        following = settings_root.find(qn(tag))
        if following is not None:
            following.addprevious(element)
            return
    settings_root.append(element)


def drop_preview_picture(settings_root) -> None:
    """No saved thumbnail: it would show python-docx's blank page, not this document."""
    for tag in ("w:savePreviewPicture", "w:rsids"):
        for el in settings_root.findall(qn(tag)):
            settings_root.remove(el)


def set_theme_font_lang(settings_root, east_asia: str) -> None:
    lang = settings_root.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), east_asia)


# -- tables -------------------------------------------------------------------------------


def table_borders(tbl, size_eighths: int = 4) -> None:
    """Single black lines round and inside every cell (0.5 pt by default)."""
    tbl = element(tbl)
    tbl_pr = tbl.tblPr
    borders = tbl_pr.find(qn("w:tblBorders"))
    if borders is None:
        borders = OxmlElement("w:tblBorders")
        # CT_TblPr order: ... tblW, jc, tblCellSpacing, tblInd, tblBorders, shd, tblLayout, tblCellMar, tblLook
        anchor = None
        for tag in ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription"):
            anchor = tbl_pr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(borders)
        else:
            tbl_pr.append(borders)
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = borders.find(qn(f"w:{side}"))
        if edge is None:
            edge = OxmlElement(f"w:{side}")
            borders.append(edge)
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), str(size_eighths))
        edge.set(qn("w:space"), "0")
        edge.set(qn("w:color"), "000000")


def imprint_borders(tbl) -> None:
    """The 版记's lines: thick (0.35 mm) at top and bottom, thin (0.25 mm) between rows, none at the sides."""
    tbl = element(tbl)
    table_borders(tbl)
    for edge in tbl.tblPr.find(qn("w:tblBorders")):
        side = edge.tag.split("}")[1]
        if side in ("left", "right", "insideV"):
            edge.set(qn("w:val"), "nil")
        else:
            edge.set(qn("w:sz"), "8" if side in ("top", "bottom") else "6")


def merge_row(tr) -> None:
    """The first cell of the row spans both columns (the 抄送 line); the second cell goes."""
    tr = element(tr)
    cells = tr.findall(qn("w:tc"))
    if len(cells) < 2:
        return
    tc_pr = cells[0].get_or_add_tcPr()
    span = OxmlElement("w:gridSpan")
    span.set(qn("w:val"), "2")
    width = tc_pr.find(qn("w:tcW"))
    if width is not None:
        width.addnext(span)
        width.set(qn("w:w"), str(int(width.get(qn("w:w"), "0")) * 2))
    else:
        tc_pr.insert(0, span)
    tr.remove(cells[1])


def no_table_borders(tbl) -> None:
    tbl = element(tbl)
    table_borders(tbl)
    for edge in tbl.tblPr.find(qn("w:tblBorders")):
        edge.set(qn("w:val"), "nil")


def repeat_header_row(tr) -> None:
    """The header row repeats at the top of every page the table spans; rows do not split."""
    tr = element(tr)
    tr_pr = tr.get_or_add_trPr()
    for tag in ("w:cantSplit", "w:tblHeader"):
        if tr_pr.find(qn(tag)) is None:
            el = OxmlElement(tag)
            tr_pr.append(el)


def min_row_height(tr, twips: int) -> None:
    """A row at least `twips` high (a card cell of the A4 sheet), never split across pages."""
    tr = element(tr)
    tr_pr = tr.get_or_add_trPr()
    if tr_pr.find(qn("w:cantSplit")) is None:
        tr_pr.append(OxmlElement("w:cantSplit"))
    height = OxmlElement("w:trHeight")
    height.set(qn("w:val"), str(twips))
    height.set(qn("w:hRule"), "atLeast")
    tr_pr.append(height)


def cut_lines(tbl) -> None:
    """Dashed grey lines round and between the cells: where to cut the cards of an A4 sheet."""
    tbl = element(tbl)
    table_borders(tbl)
    for edge in tbl.tblPr.find(qn("w:tblBorders")):
        edge.set(qn("w:val"), "dashed")
        edge.set(qn("w:color"), "808080")
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    borders = tbl.tblPr.find(qn("w:tblBorders"))
    borders.addnext(layout)


def cell_margins(tc, twips: int) -> None:
    """Inner margins of one cell on all four sides."""
    tc = element(tc)
    tc_pr = tc.get_or_add_tcPr()
    mar = OxmlElement("w:tcMar")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(twips))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    anchor = None
    for tag in ("w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"):
        anchor = tc_pr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(mar)
    else:
        tc_pr.append(mar)


def no_split(tr) -> None:
    tr = element(tr)
    tr_pr = tr.get_or_add_trPr()
    if tr_pr.find(qn("w:cantSplit")) is None:
        tr_pr.insert(0, OxmlElement("w:cantSplit"))


def cell_shading(tc, fill: str) -> None:
    tc = element(tc)
    tc_pr = tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    # CT_TcPr order: cnfStyle, tcW, gridSpan, hMerge, vMerge, tcBorders, shd, noWrap, tcMar, textDirection, tcFitText, vAlign
    anchor = None
    for tag in ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"):
        anchor = tc_pr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(shd)
    else:
        tc_pr.append(shd)


# -- styles -------------------------------------------------------------------------------


def set_style_name(style_element, name: str) -> None:
    """Word's built-in names are lower case ('toc 1'); python-docx would write 'TOC 1'."""
    name_el = style_element.find(qn("w:name"))
    name_el.set(qn("w:val"), name)


def style_ui_flags(style_element, priority: int) -> None:
    priority_el = style_element.find(qn("w:uiPriority"))
    if priority_el is None:
        priority_el = OxmlElement("w:uiPriority")
        # after w:name/aliases/basedOn/next/link/autoRedefine/hidden
        anchor = None
        for tag in (
            "w:semiHidden",
            "w:unhideWhenUsed",
            "w:qFormat",
            "w:locked",
            "w:personal",
            "w:rsid",
            "w:pPr",
            "w:rPr",
            "w:tblPr",
        ):
            anchor = style_element.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(priority_el)
        else:
            style_element.append(priority_el)
    priority_el.set(qn("w:val"), str(priority))
