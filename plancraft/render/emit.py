"""Write an Outline into a python-docx Document: cover, document control, TOC, body, annexes,
headers and footers. Raw XML goes through .xml; the look comes from .layout."""

from __future__ import annotations

import zipfile
import zlib
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Pt, Twips
from lxml import etree

from plancraft import words
from plancraft.history import effective_date
from plancraft.i18n import _

from . import xml
from .errors import RenderError, RenderInputError
from .layout import RED, Font, Layout, apply_styles, font_rpr, page_setup, text_width_twips
from .outline import Annex, Block, Heading, Missing, Outline, Para, SubTitle, Table

_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"

TOC_LEVELS = 2  # heading levels listed in the table of contents


def _one_line(exc: BaseException, limit: int = 200) -> str:
    text = " ".join(str(exc).split()) or "no detail"
    return text if len(text) <= limit else text[: limit - 1] + "…"


REFERENCE_MAX_TOTAL = 64 * 1024 * 1024  # bytes, all parts of a --reference-docx unpacked
REFERENCE_MAX_RATIO = 200  # unpacked : packed, for a part over REFERENCE_BIG_PART
REFERENCE_BIG_PART = 1024 * 1024
_TEMPLATE_TYPE = b"wordprocessingml.template.main+xml"


def _reference_error(path: Path, problem: str) -> RenderError:
    return RenderInputError(_("reference document {path} {problem}").format(path=path, problem=problem))


def _check_reference_zip(path: Path) -> None:
    """Refuse what is not a .docx before python-docx reads it: not a zip, a zip bomb, a .dotx."""
    if not zipfile.is_zipfile(path):
        raise _reference_error(
            path, _("cannot be read as a .docx file: it is not a Word .docx file (not a zip archive, or truncated)")
        )
    with zipfile.ZipFile(path) as archive:
        from plancraft.ziplimits import MAX_MEMBERS, ZipLimitError, check_archive

        parts = archive.infolist()
        if len(parts) > MAX_MEMBERS:
            try:
                check_archive(archive)
            except ZipLimitError as exc:
                raise _reference_error(path, str(exc)) from None
        total = sum(part.file_size for part in parts)
        if total > REFERENCE_MAX_TOTAL:
            raise _reference_error(
                path,
                _("would unpack to {total} bytes, more than the limit of {limit} MB; is it a zip bomb?").format(
                    total=f"{total:,}", limit=REFERENCE_MAX_TOTAL // (1024 * 1024)
                ),
            )
        for part in parts:
            if part.file_size > REFERENCE_BIG_PART and part.file_size > REFERENCE_MAX_RATIO * max(part.compress_size, 1):
                raise _reference_error(
                    path,
                    _("has a part {part} that inflates more than {ratio}:1 (the limit); is it a zip bomb?").format(
                        part=part.filename, ratio=REFERENCE_MAX_RATIO
                    ),
                )
        try:
            types = archive.read("[Content_Types].xml")
        except KeyError:
            raise _reference_error(
                path, _("cannot be read as a .docx file: it is not a Word .docx file (it has no [Content_Types].xml)")
            ) from None
    if _TEMPLATE_TYPE in types:
        raise _reference_error(path, _("is a Word template (.dotx); open it in Word and save it as a .docx document"))


def open_base(reference_docx: Path | None):
    """python-docx's default template, or the organisation's Word file with its body emptied."""
    if reference_docx is None:
        doc = Document()
    else:
        path = Path(reference_docx)
        if not path.is_file():
            raise _reference_error(path, _("does not exist"))
        try:
            _check_reference_zip(path)
            doc = Document(str(path))
            body = doc.element.body
            for child in list(body):
                if child.tag != xml.qn("w:sectPr"):
                    body.remove(child)
        except RenderError:
            raise
        except MemoryError:
            raise _reference_error(path, _("is too large to read (out of memory)")) from None
        except OSError as exc:
            raise _reference_error(path, _("cannot be read: {reason}").format(reason=exc.strerror or exc)) from None
        except ValueError as exc:  # e.g. a spreadsheet or a presentation
            raise _reference_error(
                path, _("is not a Word .docx document ({reason}); save it as .docx").format(reason=exc or type(exc).__name__)
            ) from None
        except (zipfile.BadZipFile, zlib.error, KeyError, etree.XMLSyntaxError) as exc:
            raise _reference_error(
                path,
                _("is not a readable Word .docx file: {error_type}: {reason}").format(
                    error_type=type(exc).__name__, reason=_one_line(exc)
                ),
            ) from None
        except Exception as exc:  # python-docx's own errors (missing parts), broken XML trees
            raise _reference_error(
                path,
                _("cannot be read as a .docx file: {error_type}: {reason}").format(
                    error_type=type(exc).__name__, reason=_one_line(exc)
                ),
            ) from None
    # Parts Word 2010 or a file browser would show instead of ours: stale style copies, a blank thumbnail;
    # and a reference document's own custom properties (a plancraft-made one has another plan's digest),
    # which add_custom_properties() replaces: two docProps/custom.xml would make a broken zip.
    for rid, rel in list(doc.part.rels.items()):
        if rel.reltype == _STYLES_WITH_EFFECTS:
            doc.part.drop_rel(rid)
    package_rels = doc.part.package.rels
    for rid, rel in list(package_rels.items()):
        if rel.reltype in (RT.THUMBNAIL, xml.CUSTOM_PROPS_REL):
            package_rels.pop(rid)
    return doc


class Writer:
    def __init__(self, doc, layout: Layout, outline: Outline, texts) -> None:
        self.doc = doc
        self.layout = layout
        self.outline = outline
        self.t = texts
        self.zh = layout.lang == "zh-CN"
        self.width = text_width_twips(layout)
        self._style_ids: dict[str, str] = {}
        self.toc_pages: list[int] | None = None  # page of each contents entry, from a layout pass
        self._marks = 0

    def mark(self, paragraph) -> None:
        """Bookmark _Toc<n> on the n-th paragraph the contents list (see toc_entries)."""
        self._marks += 1
        xml.bookmark(paragraph, self._marks, toc_anchor(self._marks))

    def styled(self, paragraph, name: str):
        """Apply a paragraph style by id: python-docx's own look-up scans every style on every call,
        which made the style setter the slowest part of a render."""
        if name not in self._style_ids:
            self._style_ids[name] = self.doc.styles[name].style_id
        xml.set_style_id(paragraph, self._style_ids[name])
        return paragraph

    def title_lines(self, title: str, size: float) -> str:
        """A title in balanced lines broken between words (GB/T 9704 7.3.3), as text with line breaks."""
        width = self.width / 20  # points
        capacity = int(width / size) - 1 if self.zh else int(width / (size * 0.55))
        return "\n".join(words.balanced_lines(title, self.layout.lang, capacity))

    def new_paragraph(self, style: str | None = None, container=None):
        p = (container or self.doc).add_paragraph()
        return self.styled(p, style) if style else p

    # -- runs and paragraphs -----------------------------------------------------------

    def run(self, paragraph, text: str, font: Font | None = None, *, color=None, size: float | None = None):
        run = xml.add_run(paragraph, text)
        if font is not None:
            font_rpr(xml.run_properties(run), font)
        if size is not None:
            run.font.size = Pt(size)
        if color is not None:
            run.font.color.rgb = color
        return run

    def paragraph(self, text: str = "", style: str | None = None, *, indent: bool = True, align=None, font: Font | None = None):
        p = self.new_paragraph(style)
        if not indent:
            xml.no_indent(p)
        if align is not None:
            p.alignment = align
        if text:
            self.run(p, text, font)
        return p

    def page_break(self) -> None:
        p = self.doc.add_paragraph()
        xml.no_indent(p)
        p.add_run().add_break(WD_BREAK.PAGE)

    # -- blocks ------------------------------------------------------------------------

    def block(self, b: Block) -> None:
        if isinstance(b, Heading):
            p = self.paragraph(b.text, f"Heading {b.level}")
            if b.level <= TOC_LEVELS:
                self.mark(p)
        elif isinstance(b, Para):
            p = self.doc.add_paragraph()
            if not b.indent:
                xml.no_indent(p)
            if b.keep:
                p.paragraph_format.keep_with_next = True
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
            self.run(p, b.text, self.layout.headings[0], color=RED)
        elif isinstance(b, Annex):
            label = self.paragraph(b.label, indent=False, font=self.layout.annex_label)
            label.paragraph_format.page_break_before = True
            title = self.paragraph(b.title, "Title")
            xml.outline_level(title, 0)  # listed in the TOC (\u) like a chapter
            self.mark(title)

    def table(self, b: Table) -> None:
        table = self.doc.add_table(rows=1 + len(b.rows), cols=len(b.header))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        xml.table_borders(table)
        total = sum(b.widths)
        widths = [Twips(self.width * w // total) for w in b.widths]
        for col, width in zip(table.columns, widths):
            col.width = width
        rows = table.rows
        xml.repeat_header_row(rows[0])
        for cell, text, width in zip(rows[0].cells, b.header, widths):
            cell.width = width
            if b.blank_rows:  # a many-column form: narrow inner margins keep each header word whole
                xml.cell_margins(cell, 40)
            p = self.styled(cell.paragraphs[0], "Table Heading")
            run = xml.add_run(p, text)
            if b.blank_rows and len(b.header) > 6:  # ten or so columns on a portrait page
                run.font.size = Pt(self.layout.table.size - (1.5 if self.zh else 2.5))
            xml.cell_shading(cell, "F2F2F2")
        for row, values in zip(rows[1:], b.rows):
            xml.no_split(row)
            if b.blank_rows == 0 and any(not v for v in values):  # a form's row: room to write
                xml.min_row_height(row, 680)
            for cell, text, width in zip(row.cells, values, widths):
                cell.width = width
                p = self.styled(cell.paragraphs[0], "Table Text")
                xml.add_run(p, text)
        for _page in range(b.blank_rows):
            row = table.add_row()
            xml.min_row_height(row, 567)  # 1 cm: a line of handwriting
            for cell, width in zip(row.cells, widths):
                cell.width = width
                self.styled(cell.paragraphs[0], "Table Text")
        # A little air after the table before the next paragraph.
        spacer = self.doc.add_paragraph()
        spacer.paragraph_format.space_after = Pt(0)
        if self.layout.line_pitch is None:
            spacer.paragraph_format.space_before = Pt(0)

    # -- front matter ------------------------------------------------------------------

    def cover(self) -> None:
        c, lay = self.outline.cover, self.layout
        top = self.paragraph(indent=False)
        if c.classification:
            self.run(top, f"{c.classification[0]}{'：' if self.zh else ': '}{c.classification[1]}", lay.headings[0])
        if c.number:
            top.add_run("\t")
            self.run(top, c.number)
            top.paragraph_format.tab_stops.add_tab_stop(Twips(self.width), alignment=WD_TAB_ALIGNMENT.RIGHT)
        for _line in range(5 if self.zh else 6):
            self.paragraph(indent=False)
        title = self.paragraph(style="Title")
        # the cover title a size up (一号 / 24 pt), broken between words into balanced lines
        self.run(title, self.title_lines(c.title, lay.title.size + 4), size=lay.title.size + 4)
        title.paragraph_format.space_after = Pt(0)
        if c.draft:
            p = self.paragraph(indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
            self.run(p, f"（{c.draft}）" if self.zh else f"— {c.draft} —", lay.headings[0], color=RED)
        for _skip in range(2):
            self.paragraph(indent=False)
        fields = list(c.fields) + list(self.outline.copy_fields)  # 受控副本：第 3 号 aligned like the other rows
        if fields:
            table = self.doc.add_table(rows=len(fields), cols=2)
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            xml.no_table_borders(table)
            widths = (Twips(self.width * 4 // 10), Twips(self.width * 5 // 10))
            for col, width in zip(table.columns, widths):
                col.width = width
            for row, (label, value) in zip(table.rows, fields):
                left, right = row.cells
                left.width, right.width = widths
                lp = left.paragraphs[0]
                xml.no_indent(lp)
                lp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                self.run(
                    lp,
                    f"{label}{'：' if self.zh and value else ''}{': ' if not self.zh and value else ''}",
                    lay.headings[0] if self.zh else Font(lay.body.latin, lay.body.east_asia, lay.body.size, True),
                )
                rp = right.paragraphs[0]
                xml.no_indent(rp)
                self.run(rp, value)
        for _skip in range(3 if self.zh else 4):
            self.paragraph(indent=False)
        if c.issuer:
            self.paragraph(c.issuer, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=lay.headings[0] if self.zh else None)
        if c.date_line:
            self.paragraph(c.date_line, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)

    def control(self) -> None:
        if not self.outline.control:
            return
        self.page_break()
        self.paragraph(self.t.section("control"), "TOC Heading")
        for b in self.outline.control:
            self.block(b)

    def toc(self) -> None:
        """A real TOC field whose cached result lists the headings, each linked to its bookmark with a
        PAGEREF page number: the numbers LibreOffice laid out (`toc_pages`), or none, for Word to fill
        in when it opens the file (then the field is marked dirty and Word offers to update it)."""
        self.page_break()
        self.paragraph(self.t.section("toc"), "TOC Heading")
        # Two levels keep the contents to about a page; level-3 headings stay in the navigation pane.
        entries = toc_entries(self.outline, self.zh)
        pages = self.toc_pages
        for i, (level, text, anchor) in enumerate(entries):
            p = self.new_paragraph(f"toc {level}")
            if i == 0:
                xml.field_begin(p, f'TOC \\o "1-{TOC_LEVELS}" \\h \\z \\u', dirty=pages is None)
            xml.toc_entry(p, anchor, text, str(pages[i]) if pages is not None and i < len(pages) else "")
            if i == len(entries) - 1:
                xml.field_end(p)

    def body(self) -> None:
        self.page_break()
        self.paragraph(self.title_lines(self.outline.title, self.layout.title.size), "Title")
        for b in self.outline.body:
            self.block(b)
        for b in self.outline.annexes:
            self.block(b)
        self.imprint()

    def imprint(self) -> None:
        """版记 at the end of a Chinese document (GB/T 9704 7.4): 抄送 above, 印发机关 and 印发日期
        below, between a thick line at top and bottom and a thin one between (only what the plan says)."""
        cc, issuer, date = self.outline.imprint
        rows = []
        if cc:
            rows.append((f"{self.t.label('imprint_cc')}：{cc}。", ""))
        if issuer or date:
            rows.append((issuer, f"{date}{self.t.label('imprint_issued')}" if date else ""))
        if not rows:
            return
        spacer = self.paragraph(indent=False)
        spacer.paragraph_format.keep_with_next = True
        table = self.doc.add_table(rows=len(rows), cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        xml.imprint_borders(table)
        half = Twips(self.width // 2)
        for row, (left, right) in zip(table.rows, rows):
            xml.no_split(row)
            for cell, text, align in zip(row.cells, (left, right), (WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT)):
                cell.width = half
                p = cell.paragraphs[0]
                xml.no_indent(p)
                p.alignment = align
                p.paragraph_format.keep_with_next = True
                # one character in from each side, 4号 仿宋 (GB/T 9704 7.4.1)
                p.paragraph_format.left_indent = p.paragraph_format.right_indent = Pt(14)
                if text:
                    self.run(p, text, size=14)
        if len(rows) == 2:
            xml.merge_row(table.rows[0])

    # -- headers and footers -----------------------------------------------------------

    def header_footer(self) -> None:
        section = self.doc.sections[0]
        section.different_first_page_header_footer = True
        self.doc.settings.odd_and_even_pages_header_footer = self.layout.even_odd
        headers = [(section.header, "odd"), (section.first_page_header, "first")]
        footers = [(section.footer, "odd"), (section.first_page_footer, "first")]
        if self.layout.even_odd:
            headers.append((section.even_page_header, "even"))
            footers.append((section.even_page_footer, "even"))
        for n, (header, kind) in enumerate(headers, start=1):
            header.is_linked_to_previous = False
            p = self.styled(header.paragraphs[0], "Header")
            right = (
                "　".join(x for x in (self.outline.draft, self.outline.copy_line) if x)
                if self.zh
                else " — ".join(x for x in (self.outline.draft, self.outline.copy_line) if x)
            )
            if self.outline.number and kind != "first":  # the cover shows it already
                p.add_run(self.outline.number)
            if right:
                p.add_run("\t\t")
                run = p.add_run(right)
                if self.outline.draft:
                    run.font.bold = True
            if self.outline.draft:
                xml.watermark(p, self.outline.draft, self.layout.watermark_font, shape_id=n)
        for footer, kind in footers:
            footer.is_linked_to_previous = False
            p = self.styled(footer.paragraphs[0], "Footer")
            if kind != "first":
                self.page_number(p, kind)
            if self.outline.digest_line:
                d = self.styled(footer.add_paragraph(), "Footer")
                d.alignment = WD_ALIGN_PARAGRAPH.CENTER
                self.run(d, self.outline.digest_line, size=8)

    def page_number(self, p, kind: str) -> None:
        lay = self.layout
        holder = p.add_run()
        rpr = xml.run_properties(holder)  # the page number's font, built on a run then taken out
        font_rpr(rpr, lay.page_number)
        xml.detach_run(p, holder)
        if self.zh:
            # GB/T 9704: "— 1 —" in 4号 宋体, odd pages right and even pages left, one character in.
            one_char = Pt(lay.page_number.size)
            if kind == "even":
                p.alignment = WD_ALIGN_PARAGRAPH.LEFT
                p.paragraph_format.left_indent = one_char
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.paragraph_format.right_indent = one_char
            # An en space is the half-width 宋体 space of Word templates in any font; the stand-in
            # fonts' ASCII space is so narrow that the number would read as "—2—".
            self.run(p, "—\u2002", lay.page_number)
            xml.simple_field(p, "PAGE", "1", rpr)
            self.run(p, "\u2002—", lay.page_number)
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self.run(p, f"{self.t.label('page')} ", lay.page_number)
            xml.simple_field(p, "PAGE", "1", rpr)
            self.run(p, f" {self.t.label('page_of')} ", lay.page_number)
            xml.simple_field(p, "NUMPAGES", "1", rpr)


def toc_anchor(n: int) -> str:
    return f"_Toc{n:05d}"


def toc_entries(outline: Outline, zh: bool) -> list[tuple[int, str, str]]:
    """(level, text, bookmark) of each contents line: headings to TOC_LEVELS, then the annexes."""
    entries = [(h.level, h.text) for h in outline.headings if h.level <= TOC_LEVELS]
    entries += [(1, f"{a.label}{'　' if zh else ' '}{a.title}") for a in outline.annexes if isinstance(a, Annex)]
    return [(level, text, toc_anchor(n)) for n, (level, text) in enumerate(entries, start=1)]


CORE_PROPERTY_LIMIT = 255  # characters: python-docx (and Word) refuse longer core properties


def _core(value: Any) -> str:
    """A core property: the text, cut to 255 characters (the body keeps it whole)."""
    text = "" if value is None else str(value)
    return text if len(text) <= CORE_PROPERTY_LIMIT else text[: CORE_PROPERTY_LIMIT - 1] + "…"


def core_properties(doc, plan: dict[str, Any], lang: str) -> None:
    """Title, author = issuer, version and dates from the plan — never the clock."""
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
    cp = doc.core_properties
    cp.title = _core(d.get("title"))
    cp.author = _core(d.get("issuer"))
    cp.last_modified_by = _core(d.get("issuer"))
    cp.version = _core(d.get("version"))
    cp.identifier = _core(d.get("number") or d.get("id"))
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.category = _core(d.get("classification"))
    cp.language = lang
    cp.revision = 1
    cp.created = when
    cp.modified = when
    cp.last_printed = when


def build_document(
    outline: Outline, layout: Layout, texts, plan: dict[str, Any], reference_docx: Path | None, toc_pages: list[int] | None = None
):
    """The python-docx Document of a plan, in memory (publish.write_document is what writes files)."""
    doc = open_base(reference_docx)
    apply_styles(doc, layout, keep_existing=reference_docx is not None)
    page_setup(doc.sections[0], layout)
    writer = Writer(doc, layout, outline, texts)
    writer.toc_pages = toc_pages
    writer.cover()
    writer.control()
    writer.toc()
    writer.body()
    writer.header_footer()
    settings = doc.settings.element
    if toc_pages is None:  # no page numbers laid out: Word offers to fill them in on opening
        xml.update_fields_on_open(settings)
    xml.drop_preview_picture(settings)
    xml.set_theme_font_lang(settings, "zh-CN")
    core_properties(doc, plan, layout.lang)
    return doc
