"""The plan's own parts of the .docx written as WordprocessingML text: the body of document.xml, the
headers' and footers' content, the core properties. No python-docx or lxml: every element is written
as python-docx and lxml would serialize it for render.emit.Writer (the same elements, children in
schema order, attributes in the order they are set, the same escaping), so that a document made here
is byte for byte the document python-docx makes (tests/render/test_wml.py compares them). The fixed
parts around it (styles, settings, theme, fonts, numbering, the reference document's parts) come from
render.base.
"""

from __future__ import annotations

import re
from typing import Any

from plancraft import words

from .layout import RED_HEX, Font, Layout, block_width_emu, text_width_twips
from .outline import Annex, Block, Heading, Missing, Outline, Para, SubTitle, Table

TOC_LEVELS = 2  # heading levels listed in the table of contents (as render.emit)

# Schema order of the pPr / rPr children written (CT_PPrBase, CT_RPr)
_PPR = {
    tag: n
    for n, tag in enumerate(
        ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "widowControl", "tabs", "snapToGrid", "spacing", "ind", "jc")
        + ("outlineLvl",)
    )
}
_RPR = {tag: n for n, tag in enumerate(("rFonts", "b", "bCs", "noProof", "color", "spacing", "sz", "szCs", "lang"))}

_XML_ERROR = "All strings must be XML compatible: Unicode or ASCII, no NULL bytes or control characters"
_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _check(text: str) -> str:
    """`text` as lxml accepts it, or lxml's own error: control characters and U+FFFE/U+FFFF refused
    (ValueError), a lone surrogate not encodable (UnicodeEncodeError)."""
    found = _BAD.search(text)
    if found is not None:
        if "\ud800" <= found.group() <= "\udfff":
            text.encode("utf-8")  # the UnicodeEncodeError lxml raises for it
        raise ValueError(_XML_ERROR)
    return text


def text(value: str) -> str:
    """Element text as lxml writes it: & < > escaped, a carriage return as a character reference."""
    if _BAD.search(value) is not None:
        _check(value)
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def attr(value: str) -> str:
    """An attribute value (without its quotes) as lxml writes it."""
    if _BAD.search(value) is not None:
        _check(value)
    return (
        value.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
        .replace("\t", "&#9;")
    )


def _element(tag: str, attrs: dict[str, str]) -> str:
    if not attrs:
        return f"<w:{tag}/>"
    return f"<w:{tag} " + " ".join(f'{name}="{attr(value)}"' for name, value in attrs.items()) + "/>"


class Props:
    """pPr or rPr children by tag (their attributes in the order set), written in schema order."""

    __slots__ = ("kids", "order", "raw")

    def __init__(self, order: dict[str, int]) -> None:
        self.kids: dict[str, dict[str, str]] = {}
        self.order = order
        self.raw: dict[str, str] = {}  # a child written whole (w:tabs)

    def set(self, tag: str, **attrs: str) -> Props:
        kid = self.kids.setdefault(tag, {})
        for name, value in attrs.items():
            kid["w:" + name] = value
        return self

    def replace(self, tag: str, **attrs: str) -> Props:
        """The child made afresh (python-docx removes and adds it: the colour)."""
        self.kids[tag] = {"w:" + name: value for name, value in attrs.items()}
        return self

    def xml(self, wrapper: str) -> str:
        if not self.kids and not self.raw:
            return ""
        tags = sorted([*self.kids, *self.raw], key=self.order.__getitem__)
        inner = "".join(self.raw[tag] if tag in self.raw else _element(tag, self.kids[tag]) for tag in tags)
        return f"<w:{wrapper}>{inner}</w:{wrapper}>"


def font_props(font: Font, props: Props | None = None) -> Props:
    """render.layout.font_rpr: fonts by slot, bold, colour black, size."""
    props = props or Props(_RPR)
    props.set("rFonts", ascii=font.latin, hAnsi=font.latin, cs=font.latin, eastAsia=font.east_asia, hint="eastAsia")
    props.set("b", val="1" if font.bold else "0")
    props.set("bCs", val="1" if font.bold else "0")
    props.set("color", val="000000")
    half_points = str(int(round(font.size * 2)))
    props.set("sz", val=half_points)
    props.set("szCs", val=half_points)
    return props


def half_points(points: float) -> str:
    """python-docx's `Pt(points)` as a w:sz value."""
    return str(int(int(points * 12700) / 12700 * 2))


def twips(points: float) -> str:
    """python-docx's `Pt(points)` as a twips value (spacing, indents)."""
    return str(int(round(int(points * 12700) / 635)))


class Runs:
    """The content of one paragraph (runs, fields, links), and the texts of its w:t in order."""

    __slots__ = ("out", "texts")

    def __init__(self, texts: list[str]) -> None:
        self.out: list[str] = []
        self.texts = texts

    def run(self, value: str, props: Props | None = None) -> None:
        """python-docx's add_run(value): w:t for text, w:tab for a tab, w:br for a line break."""
        rpr = props.xml("rPr") if props is not None else ""
        self.out.append(f"<w:r>{rpr}{self.content(value)}</w:r>" if (value or rpr) else "<w:r/>")

    def content(self, value: str) -> str:
        if "\t" not in value and "\n" not in value and "\r" not in value:
            return self.t(value) if value else ""
        out = []
        for piece in re.split(r"([\t\r\n])", value):
            if piece == "\t":
                out.append("<w:tab/>")
            elif piece in ("\r", "\n"):
                out.append("<w:br/>")
            elif piece:
                out.append(self.t(piece))
        return "".join(out)

    def t(self, value: str) -> str:
        self.texts.append(value)
        if len(value.strip()) < len(value):
            return f'<w:t xml:space="preserve">{text(value)}</w:t>'
        return f"<w:t>{text(value)}</w:t>"

    def raw(self, xml: str) -> None:
        self.out.append(xml)


def _fld(kind: str, rpr: str = "", dirty: bool = False) -> str:
    extra = ' w:dirty="true"' if dirty else ""
    return f'<w:r>{rpr}<w:fldChar w:fldCharType="{kind}"{extra}/></w:r>'


def _instr(instruction: str, rpr: str = "") -> str:
    return f'<w:r>{rpr}<w:instrText xml:space="preserve"> {text(instruction)} </w:instrText></w:r>'


class Paragraph:
    __slots__ = ("ppr", "runs", "bookmark")

    def __init__(self, texts: list[str], style_id: str | None = None) -> None:
        self.ppr = Props(_PPR)
        if style_id is not None:
            self.ppr.set("pStyle", val=style_id)
        self.runs = Runs(texts)
        self.bookmark: tuple[int, str] | None = None

    def no_indent(self) -> Paragraph:
        self.ppr.set("ind", firstLineChars="0", firstLine="0")
        return self

    def xml(self) -> str:
        ppr = self.ppr.xml("pPr")
        body = "".join(self.runs.out)
        if self.bookmark is not None:
            number, name = self.bookmark
            body = f'<w:bookmarkStart w:id="{number}" w:name="{attr(name)}"/>{body}<w:bookmarkEnd w:id="{number}"/>'
        if not ppr and not body:
            return "<w:p/>"
        return f"<w:p>{ppr}{body}</w:p>"


_ALIGN = {"left": "left", "center": "center", "right": "right"}
_TBL_LOOK = (
    '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/>'
)


def _borders(edges: dict[str, tuple[str, str]]) -> str:
    """w:tblBorders: (val, size) per side, in table_borders' order."""
    return (
        "<w:tblBorders>"
        + "".join(f'<w:{side} w:val="{val}" w:sz="{size}" w:space="0" w:color="000000"/>' for side, (val, size) in edges.items())
        + "</w:tblBorders>"
    )


_SIDES = ("top", "left", "bottom", "right", "insideH", "insideV")
_GRID = _borders({side: ("single", "4") for side in _SIDES})
_NO_BORDERS = _borders({side: ("nil", "4") for side in _SIDES})
_IMPRINT = _borders(
    {
        side: ("nil", "4") if side in ("left", "right", "insideV") else ("single", "8" if side in ("top", "bottom") else "6")
        for side in _SIDES
    }
)


def _table_start(borders: str, grid: list[int]) -> str:
    cols = "".join(f'<w:gridCol w:w="{w}"/>' for w in grid)
    return (
        f'<w:tbl><w:tblPr><w:tblW w:type="auto" w:w="0"/><w:jc w:val="center"/>{borders}{_TBL_LOOK}</w:tblPr>'
        f"<w:tblGrid>{cols}</w:tblGrid>"
    )


def _cell(width: int, paragraph: str, extra: str = "") -> str:
    return f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>{extra}</w:tcPr>{paragraph}</w:tc>'


class BodyWriter:
    """render.emit.Writer as text: the same blocks in the same order, written as strings."""

    def __init__(self, layout: Layout, outline: Outline, texts, style_ids: dict[str, str], toc_pages: list[int] | None) -> None:
        self.layout = layout
        self.outline = outline
        self.t = texts
        self.zh = layout.lang == "zh-CN"
        self.width = text_width_twips(layout)
        self.style_ids = style_ids
        self.toc_pages = toc_pages
        self.out: list[str] = []
        self.texts: list[str] = []  # every w:t of the body in order: the embedded plan's text fingerprint
        self._marks = 0

    # -- paragraphs ---------------------------------------------------------------------------

    def new(self, style: str | None = None) -> Paragraph:
        return Paragraph(self.texts, self.style_ids[style] if style else None)

    def add(self, p: Paragraph) -> Paragraph:
        self.out.append(p)  # type: ignore[arg-type]  # written at the end: a bookmark may still come
        return p

    def run(self, p: Paragraph, value: str, font: Font | None = None, *, color: str | None = None, size: float | None = None):
        props = font_props(font) if font is not None else None
        if size is not None:
            props = props or Props(_RPR)
            props.set("sz", val=half_points(size))
        if color is not None:
            props = props or Props(_RPR)
            props.replace("color", val=color)
        p.runs.run(value, props)

    def paragraph(
        self,
        value: str = "",
        style: str | None = None,
        *,
        indent: bool = True,
        align: str | None = None,
        font: Font | None = None,
    ) -> Paragraph:
        p = self.add(self.new(style))
        if not indent:
            p.no_indent()
        if align is not None:
            p.ppr.set("jc", val=align)
        if value:
            self.run(p, value, font)
        return p

    def page_break(self) -> None:
        p = self.add(self.new()).no_indent()
        p.runs.raw('<w:r><w:br w:type="page"/></w:r>')

    def mark(self, p: Paragraph) -> None:
        self._marks += 1
        p.bookmark = (self._marks, toc_anchor(self._marks))

    def title_lines(self, title: str, size: float) -> str:
        width = self.width / 20
        capacity = int(width / size) - 1 if self.zh else int(width / (size * 0.55))
        return "\n".join(words.balanced_lines(title, self.layout.lang, capacity))

    # -- blocks ---------------------------------------------------------------------------------

    def block(self, b: Block) -> None:
        if isinstance(b, Heading):
            p = self.paragraph(b.text, f"Heading {b.level}")
            if b.level <= TOC_LEVELS:
                self.mark(p)
        elif isinstance(b, Para):
            p = self.add(self.new())
            if not b.indent:
                p.no_indent()
            if b.keep:
                p.ppr.set("keepNext")
            if b.lead:
                self.run(p, b.lead, self.layout.lead_fonts.get(b.lead_level))
            if b.text:
                self.run(p, b.text)
        elif isinstance(b, Table):
            self.table(b)
        elif isinstance(b, SubTitle):
            self.paragraph(b.text, "Subtitle")
        elif isinstance(b, Missing):
            p = self.paragraph(indent=False)
            self.run(p, b.text, self.layout.headings[0], color=RED_HEX)
        elif isinstance(b, Annex):
            label = self.paragraph(b.label, indent=False, font=self.layout.annex_label)
            label.ppr.set("pageBreakBefore")
            title = self.paragraph(b.title, "Title")
            title.ppr.set("outlineLvl", val="0")
            self.mark(title)

    def table(self, b: Table) -> None:
        total = sum(b.widths)
        widths = [self.width * w // total for w in b.widths]
        out = [_table_start(_GRID, widths)]
        narrow = b.blank_rows and len(b.header) > 6
        cells = []
        for value, width in zip(b.header, widths):
            p = self.new("Table Heading")
            p.runs.run(
                value,
                Props(_RPR).set("sz", val=half_points(self.layout.table.size - (1.5 if self.zh else 2.5))) if narrow else None,
            )
            margins = (
                "<w:tcMar>"
                + "".join(f'<w:{side} w:w="40" w:type="dxa"/>' for side in ("top", "left", "bottom", "right"))
                + "</w:tcMar>"
                if b.blank_rows
                else ""
            )
            cells.append(_cell(width, p.xml(), '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>' + margins))
        out.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" + "".join(cells) + "</w:tr>")
        for values in b.rows:
            high = '<w:trHeight w:val="680" w:hRule="atLeast"/>' if b.blank_rows == 0 and any(not v for v in values) else ""
            cells = []
            for value, width in zip(values, widths):
                p = self.new("Table Text")
                p.runs.run(value)
                cells.append(_cell(width, p.xml()))
            out.append(f"<w:tr><w:trPr><w:cantSplit/>{high}</w:trPr>" + "".join(cells) + "</w:tr>")
        blank = self.new("Table Text").xml()
        for _page in range(b.blank_rows):
            row = "".join(_cell(width, blank) for width in widths)
            out.append(f'<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="567" w:hRule="atLeast"/></w:trPr>{row}</w:tr>')
        self.out.append("".join(out) + "</w:tbl>")
        spacer = self.add(self.new())
        spacer.ppr.set("spacing", after="0")
        if self.layout.line_pitch is None:
            spacer.ppr.set("spacing", before="0")

    # -- front matter ---------------------------------------------------------------------------

    def cover(self) -> None:
        c, lay = self.outline.cover, self.layout
        top = self.paragraph(indent=False)
        if c.classification:
            self.run(top, f"{c.classification[0]}{'：' if self.zh else ': '}{c.classification[1]}", lay.headings[0])
        if c.number:
            top.runs.run("\t")
            self.run(top, c.number)
            top.ppr.raw["tabs"] = f'<w:tabs><w:tab w:pos="{self.width}" w:val="right"/></w:tabs>'
        for _line in range(5 if self.zh else 6):
            self.paragraph(indent=False)
        title = self.paragraph(style="Title")
        self.run(title, self.title_lines(c.title, lay.title.size + 4), size=lay.title.size + 4)
        title.ppr.set("spacing", after="0")
        if c.draft:
            p = self.paragraph(indent=False, align="center")
            self.run(p, f"（{c.draft}）" if self.zh else f"— {c.draft} —", lay.headings[0], color=RED_HEX)
        for _skip in range(2):
            self.paragraph(indent=False)
        fields = list(c.fields) + list(self.outline.copy_fields)
        if fields:
            widths = (self.width * 4 // 10, self.width * 5 // 10)
            out = [_table_start(_NO_BORDERS, list(widths))]
            bold = lay.headings[0] if self.zh else Font(lay.body.latin, lay.body.east_asia, lay.body.size, True)
            for label, value in fields:
                left = self.new().no_indent()
                left.ppr.set("jc", val="right")
                self.run(left, f"{label}{'：' if self.zh and value else ''}{': ' if not self.zh and value else ''}", bold)
                right = self.new().no_indent()
                self.run(right, value)
                out.append("<w:tr>" + _cell(widths[0], left.xml()) + _cell(widths[1], right.xml()) + "</w:tr>")
            self.out.append("".join(out) + "</w:tbl>")
        for _skip in range(3 if self.zh else 4):
            self.paragraph(indent=False)
        if c.issuer:
            self.paragraph(c.issuer, indent=False, align="center", font=lay.headings[0] if self.zh else None)
        if c.date_line:
            self.paragraph(c.date_line, indent=False, align="center")

    def control(self) -> None:
        if not self.outline.control:
            return
        self.page_break()
        self.paragraph(self.t.section("control"), "TOC Heading")
        for b in self.outline.control:
            self.block(b)

    def toc(self) -> None:
        self.page_break()
        self.paragraph(self.t.section("toc"), "TOC Heading")
        entries = toc_entries(self.outline, self.zh)
        pages = self.toc_pages
        for i, (level, value, anchor) in enumerate(entries):
            p = self.add(self.new(f"toc {level}"))
            if i == 0:
                p.runs.raw(
                    _fld("begin", dirty=pages is None) + _instr(f'TOC \\o "1-{TOC_LEVELS}" \\h \\z \\u') + _fld("separate")
                )
            page = str(pages[i]) if pages is not None and i < len(pages) else ""
            link = [f'<w:hyperlink w:anchor="{attr(anchor)}" w:history="1">']
            self.texts.append(value)
            link.append(f'<w:r><w:t xml:space="preserve">{text(value)}</w:t></w:r><w:r><w:tab/></w:r>')
            link.append(_fld("begin") + _instr(f"PAGEREF {anchor} \\h") + _fld("separate"))
            if page:
                self.texts.append(page)
                link.append(f"<w:r><w:t>{text(page)}</w:t></w:r>")
            link.append(_fld("end") + "</w:hyperlink>")
            p.runs.raw("".join(link))
            if i == len(entries) - 1:
                p.runs.raw(_fld("end"))

    def body(self) -> None:
        self.page_break()
        self.paragraph(self.title_lines(self.outline.title, self.layout.title.size), "Title")
        for b in self.outline.body:
            self.block(b)
        for b in self.outline.annexes:
            self.block(b)
        self.imprint()

    def imprint(self) -> None:
        cc, issuer, date = self.outline.imprint
        rows = []
        if cc:
            rows.append((f"{self.t.label('imprint_cc')}：{cc}。", ""))
        if issuer or date:
            rows.append((issuer, f"{date}{self.t.label('imprint_issued')}" if date else ""))
        if not rows:
            return
        spacer = self.paragraph(indent=False)
        spacer.ppr.set("keepNext")
        half = self.width // 2
        grid = int(round((block_width_emu(self.layout) // 2) / 635))
        out = [_table_start(_IMPRINT, [grid, grid])]
        indent = twips(14)
        for n, (left, right) in enumerate(rows):
            cells = []
            for value, align in ((left, "left"), (right, "right")):
                p = self.new().no_indent()
                p.ppr.set("jc", val=align)
                p.ppr.set("keepNext")
                p.ppr.set("ind", left=indent, right=indent)
                if value:
                    self.run(p, value, size=14)
                cells.append((value, p.xml()))
            if n == 0 and len(rows) == 2:  # 抄送 spans both columns; its second cell goes
                row = _cell(half * 2, cells[0][1], '<w:gridSpan w:val="2"/>')
            else:
                row = _cell(half, cells[0][1]) + _cell(half, cells[1][1])
            out.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{row}</w:tr>")
        self.out.append("".join(out) + "</w:tbl>")

    def document_body(self) -> str:
        self.cover()
        self.control()
        self.toc()
        self.body()
        return "".join(item if isinstance(item, str) else item.xml() for item in self.out)

    # -- headers and footers --------------------------------------------------------------------

    def header_runs(self, kind: str, shape_id: int) -> str:
        """The runs of a header's first paragraph (after its style): number, copy line, draft mark, watermark."""
        runs = Runs([])
        o = self.outline
        right = ("　" if self.zh else " — ").join(x for x in (o.draft, o.copy_line) if x)
        if o.number and kind != "first":
            runs.run(o.number)
        if right:
            runs.run("\t\t")
            runs.run(right, Props(_RPR).set("b") if o.draft else None)
        if o.draft:
            runs.raw(watermark(o.draft, self.layout.watermark_font, shape_id))
        return "".join(runs.out)

    def footer_runs(self, kind: str) -> str:
        """The runs of a footer's first paragraph: the page number (its paragraph's alignment and indent
        are in the fixed part, render.base)."""
        if kind == "first":
            return ""
        lay = self.layout
        runs = Runs([])
        number = font_props(lay.page_number)
        rpr = number.xml("rPr")

        def field(instruction: str) -> None:
            runs.raw(_fld("begin", rpr) + _instr(instruction, rpr) + _fld("separate", rpr))
            runs.raw(f"<w:r>{rpr}<w:t>1</w:t></w:r>" + _fld("end", rpr))

        if self.zh:
            runs.run("—\u2002", number)
            field("PAGE")
            runs.run("\u2002—", number)
        else:
            runs.run(f"{self.t.label('page')} ", number)
            field("PAGE")
            runs.run(f" {self.t.label('page_of')} ", number)
            field("NUMPAGES")
        return "".join(runs.out)

    def footer_digest(self) -> str:
        """The digest line under a final document's page number (a paragraph of its own), or ""."""
        if not self.outline.digest_line:
            return ""
        p = Paragraph([], self.style_ids["Footer"])  # not the body's text
        p.ppr.set("jc", val="center")
        self.run(p, self.outline.digest_line, size=8)
        return p.xml()


def watermark(value: str, font: str, shape_id: int) -> str:
    """render.xml.watermark as serialized: a light grey diagonal text behind the page."""
    from .parts import SHAPETYPE, WATERMARK_STYLE

    return (
        f"<w:r><w:rPr><w:noProof/></w:rPr><w:pict>{SHAPETYPE}"
        f'<v:shape id="PowerPlusWaterMarkObject{shape_id}" o:spid="_x0000_s{1024 + shape_id}" type="#_x0000_t136" '
        f'style="{WATERMARK_STYLE}" o:allowincell="f" fillcolor="#d8d8d8" stroked="f">'
        f'<v:fill opacity=".5"/>'
        f'<v:textpath style="font-family:{attr(font)};font-size:1pt" string="{attr(value)}"/>'
        f'<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>'
    )


def toc_anchor(n: int) -> str:
    return f"_Toc{n:05d}"


def toc_entries(outline: Outline, zh: bool) -> list[tuple[int, str, str]]:
    """(level, text, bookmark) of each contents line: headings to TOC_LEVELS, then the annexes."""
    entries = [(h.level, h.text) for h in outline.headings if h.level <= TOC_LEVELS]
    entries += [(1, f"{a.label}{'　' if zh else ' '}{a.title}") for a in outline.annexes if isinstance(a, Annex)]
    return [(level, value, toc_anchor(n)) for n, (level, value) in enumerate(entries, start=1)]


CORE_PROPERTY_LIMIT = 255


def _core(value: Any) -> str:
    value = "" if value is None else str(value)
    return value if len(value) <= CORE_PROPERTY_LIMIT else value[: CORE_PROPERTY_LIMIT - 1] + "…"


def core_values(plan: dict[str, Any]) -> dict[str, str]:
    """The core properties render.emit.core_properties sets, by name, as text; `when` as python-docx
    writes a date (the effective date, else the latest revision's, else 1980-01-01 — never the clock)."""
    from datetime import datetime, timezone

    from plancraft.history import effective_date

    d = plan.get("document") or {}
    stamp = (
        effective_date(plan)
        or max([str(r.get("date")) for r in plan.get("revisions") or [] if r.get("date")], default="")
        or "1980-01-01"
    )
    try:
        when = datetime.fromisoformat(str(stamp)).replace(tzinfo=timezone.utc)
    except ValueError:
        when = datetime(1980, 1, 1, tzinfo=timezone.utc)
    return {
        "title": _core(d.get("title")),
        "author": _core(d.get("issuer")),
        "last_modified_by": _core(d.get("issuer")),
        "version": _core(d.get("version")),
        "identifier": _core(d.get("number") or d.get("id")),
        "category": _core(d.get("classification")),
        "when": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
