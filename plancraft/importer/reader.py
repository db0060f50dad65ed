"""Read a .docx, .txt or .md file into a flat list of blocks (paragraphs and tables) in order.

Every block keeps its position in the source (paragraph n, table n) so each value the importer
extracts can say where it came from. Input is bounded: a .docx is checked as a zip (entry count,
expanded size, compression ratio) before python-docx opens it, so a zip bomb or a huge file is
refused in one line instead of filling memory.
"""

from __future__ import annotations

from plancraft.i18n import _

import html
import io
from plancraft.importer import recache as re
import zipfile
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ImportFailed
from .wordnum import Numbering

MAX_FILE_BYTES = 20 * 1024 * 1024  # a plan in Word with a few pictures is well under this
MAX_TEXT_BYTES = 2 * 1024 * 1024  # a .txt / .md plan (a long plan is 100 KB)
MAX_ZIP_ENTRIES = 2000
MAX_EXPANDED_BYTES = 100 * 1024 * 1024  # all parts together, uncompressed
MAX_RATIO = 200  # uncompressed / compressed, for parts over 1 MiB
MAX_BLOCKS = 50_000

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")


@dataclass
class Block:
    """One paragraph or table of the source.

    `number` counts paragraphs (or tables) from 1 in document order; `heading` is a heading level
    the source states outright (Word heading style, Markdown `#`), `listed` a Word/Markdown list level.
    """

    kind: str  # "p" or "table"
    number: int
    text: str = ""
    heading: int | None = None
    title_style: bool = False
    listed: int | None = None
    bullet: bool = False  # a Word list item whose number format is a bullet (•), not a number
    label: str = ""  # the number Word's automatic numbering shows before the text ("一、", "（2）", "1.1 "), not in `text`
    emphasis: bool = False  # set off as a heading is without a heading style: all bold, centred, or larger than the body
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Source:
    path: str
    kind: str  # "docx", "txt", "md"
    blocks: list[Block]
    headers: list[str]  # page header / footer lines of a .docx
    embedded: dict | None = None  # the plan `plancraft render` embedded, while the text is unchanged
    edited: bool = False  # there was an embedded plan, but the text was edited since


def read(path: str | Path) -> Source:
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImportFailed(_("{name}: no such file").format(name=name)) from None
    except OSError as exc:
        raise ImportFailed(_("{name}: cannot read: {value}").format(name=name, value=exc.strerror or exc)) from None
    if path.is_dir():
        raise ImportFailed(_("{name}: is a folder, not a document").format(name=name))
    if size > MAX_FILE_BYTES:
        raise ImportFailed(
            _("{name}: {size:,} bytes is over the {value} MiB limit for a document").format(
                name=name, size=size, value=MAX_FILE_BYTES // (1024 * 1024)
            )
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(_("{name}: cannot read: {value}").format(name=name, value=exc.strerror or exc)) from None
    suffix = path.suffix.lower()
    if suffix == ".doc" or raw[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ImportFailed(
            _("{name}: an old binary Word file (.doc); open it in Word or LibreOffice and save it as .docx").format(name=name)
        )
    if suffix == ".docx" or (suffix not in TEXT_SUFFIXES and raw[:4] == b"PK\x03\x04"):
        return _with_text(_read_docx(raw, name), name)
    if suffix in TEXT_SUFFIXES or suffix == "":
        return _with_text(_read_text(raw, name, markdown=suffix in (".md", ".markdown")), name)
    raise ImportFailed(
        _("{name}: cannot import `{suffix}` files; give a .docx, .txt or .md document").format(name=name, suffix=suffix)
    )


def _with_text(source: Source, name: str) -> Source:
    """The source, refused when it holds no text at all (an empty file, a document of blank paragraphs):
    a draft of nothing but placeholders would be written and reported as an import."""
    if source.embedded is None and not any(
        block.text.strip() or any(cell.strip() for row in block.rows for cell in row) for block in source.blocks
    ):
        raise ImportFailed(_("{name}: the document holds no text; there is nothing to import").format(name=name))
    return source


# ---------------------------------------------------------------- text and markdown


def _decode(raw: bytes, name: str) -> str:
    if len(raw) > MAX_TEXT_BYTES:
        raise ImportFailed(
            _("{name}: {count:,} bytes is over the {value} MiB limit for a text document").format(
                name=name, count=len(raw), value=MAX_TEXT_BYTES // (1024 * 1024)
            )
        )
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFailed(
            _("{name}: not a text document (it holds binary data); give a .docx, .txt or .md file").format(name=name)
        )
    for encoding in ("utf-8-sig", "utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ImportFailed(_("{name}: not readable as UTF-8 or GB18030 text").format(name=name))
    if sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\r\n\f") > 8:
        raise ImportFailed(_("{name}: not a text document (it holds control characters)").format(name=name))
    return _UNWRITABLE.sub(" ", text)


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LIST = re.compile(r"^(\s*)(?:[-*+]|\d+[.)])\s+")
_MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


# Chinese document-sharing sites (文库) give their text with the paragraph mark shown as a Cyrillic Р (…并做好记录。Р八、
# 对事件发起人…, 注意事项r]MaР1. …): before Chinese text or a number it is a line break, as the page meant; the characters
# around it are kept
_SITE_PARAGRAPH_MARK = re.compile(r"(?<=\S)\s*Р\s*(?=[\u4e00-\u9fff0-9（(])")


# Text copied from a web page's source or a site editor keeps its markup (<h3>…<br>一、…</p>): a tag that breaks a line
# or closes a block is a line break, any other tag is left out, and entities (&nbsp;, &lt;) are read as characters
_LINE_TAG = re.compile(r"<\s*(?:br|/?p|/?h[1-6]|/?li|/?div|/?tr|/?ul|/?ol)\b[^<>]{0,200}>", re.IGNORECASE)
_ANY_TAG = re.compile(
    r"</?\s*(?:span|strong|b|i|em|u|font|a|section|article|td|th|table|tbody|thead|img|sup|sub)\b[^<>]{0,300}>", re.IGNORECASE
)


def _without_markup(text: str) -> str:
    if not _LINE_TAG.search(text):
        return text
    return html.unescape(_ANY_TAG.sub("", _LINE_TAG.sub("\n", text))).replace("\xa0", " ")


def _read_text(raw: bytes, name: str, *, markdown: bool) -> Source:
    text = _decode(raw, name).replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    if not markdown:
        text = _without_markup(text)
    if re.search(r"[\u4e00-\u9fff]", text):
        text = _SITE_PARAGRAPH_MARK.sub("\n", text)
    blocks: list[Block] = []
    paragraphs = tables = 0
    table: list[list[str]] | None = None

    def flush_table() -> None:
        nonlocal table, tables
        if table:
            tables += 1
            blocks.append(Block("table", tables, rows=table))
        table = None

    for line in text.split("\n"):
        stripped = line.strip()
        cells = _table_cells(stripped, markdown=markdown)
        if cells is not None:
            if cells:
                table = (table or []) + [cells]
            continue
        flush_table()
        if not stripped:
            continue
        heading = listed = None
        emphasis = bullet = False
        if markdown:
            emphasis = bool(re.fullmatch(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1[:：]?", stripped))  # **Procedure**: a heading in bold
            m = _MD_HEADING.match(stripped)
            if m:
                heading, stripped = len(m.group(1)), m.group(2)
            elif _MD_LIST.match(line):
                listed = len(_MD_LIST.match(line).group(1)) // 2
                if re.match(r"\s*[-*+]\s", line):
                    stripped = _MD_LIST.sub("", line, count=1).strip()
                    bullet = True  # - item: a bulleted item, never a heading however short
            stripped = _MD_EMPHASIS.sub(r"\2", stripped)
        paragraphs += 1
        blocks.append(
            Block("p", paragraphs, stripped, heading=heading, listed=listed, emphasis=emphasis and heading is None, bullet=bullet)
        )
        if len(blocks) > MAX_BLOCKS:
            raise ImportFailed(
                _("{name}: more than {max_blocks:,} paragraphs; split the document").format(name=name, max_blocks=MAX_BLOCKS)
            )
    flush_table()
    return Source(name, "md" if markdown else "txt", blocks, [])


def _table_cells(line: str, *, markdown: bool) -> list[str] | None:
    """Cells of a table row (`| a | b |` in Markdown and in plain text too, `a | b | c`, tab-separated); [] for a
    rule row (|---|---|, +----+----+)."""
    line = line.replace("｜", "|")
    if re.fullmatch(r"[+|:=\s-]*[-=]{2,}[+|:=\s-]*", line) and re.search(r"[+|]", line):
        return []
    if line.startswith("|") and line.count("|") >= 2 or not markdown and line.count("|") >= 2:
        if _MD_RULE.match(line):
            return []
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") or len([c for c in cells if c]) >= 3:
            return cells
    if "\t" in line and line.count("\t") >= 1 and len([c for c in line.split("\t") if c.strip()]) >= 2:
        return [c.strip() for c in line.split("\t")]
    return None


# ---------------------------------------------------------------- docx


def _check_zip(raw: bytes, name: str) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise ImportFailed(
            # what the zip reader says (File is not a zip file) is in English: the reader is told what it means
            _("{name}: not a readable .docx (damaged, or not a Word file)").format(name=name)
        ) from None
    if len(infos) > MAX_ZIP_ENTRIES:
        raise ImportFailed(
            _("{name}: {count:,} parts inside the .docx is over the limit of {max_zip_entries:,}").format(
                name=name, count=len(infos), max_zip_entries=MAX_ZIP_ENTRIES
            )
        )
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ImportFailed(
                _("{name}: `{filename}` expands {value:,} times; refusing what looks like a zip bomb").format(
                    name=name, filename=info.filename, value=info.file_size // max(info.compress_size, 1)
                )
            )
    if total > MAX_EXPANDED_BYTES:
        raise ImportFailed(
            _("{name}: the .docx expands to {total:,} bytes, over the {value} MiB limit").format(
                name=name, total=total, value=MAX_EXPANDED_BYTES // (1024 * 1024)
            )
        )
    if "word/document.xml" not in archive.namelist():
        raise ImportFailed(_("{name}: not a Word document (a zip without word/document.xml)").format(name=name))
    return archive


def _read_docx(raw: bytes, name: str) -> Source:
    _check_zip(raw, name)
    try:
        import docx  # python-docx, imported only when a .docx is read
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(raw))
        blocks = _docx_blocks(document, Paragraph, Table, name)
        headers = _docx_headers(document)
        embedded, edited = _embedded_plan(document)
    except ImportFailed:
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx and lxml raise many kinds on a damaged file
        detail = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
        raise ImportFailed(_("{name}: not a readable .docx ({detail})").format(name=name, detail=detail)) from None
    return Source(name, "docx", blocks, headers, embedded, edited)


def _embedded_plan(document) -> tuple[dict | None, bool]:
    """The plan plancraft render stored in the document, if its text is still the rendered text."""
    from plancraft import embedded

    for rel in document.part.rels.values():
        if rel.reltype != embedded.RELATIONSHIP or rel.is_external:
            continue
        if str(rel.target_part.partname) != embedded.PART_NAME:
            continue
        found = embedded.read_plan_xml(rel.target_part.blob)
        if found is None:
            return None, False
        data, fingerprint = found
        if fingerprint == embedded.text_fingerprint(document.element.body):
            return data, False
        return None, True
    return None, False


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
# A table of contents: its entries repeat the headings (with page numbers) and are no part of the plan.
_TOC_STYLE = re.compile(r"^(?:toc|目录|table of contents)\s*\d*$|^(?:toc heading|目录标题)$", re.IGNORECASE)
_TOC_FIELD = re.compile(r"^\s*TOC\b")
# A contents line typed by hand: 一、总则……………1, 1 Purpose ........ 3
_TOC_LINE = re.compile(r"(?:\.{4,}|…{2,}|·{4,}|－{3,}|-{6,}|_{6,})\s*\d{1,3}\s*$")
# What is not text a reader sees: deleted or moved-away runs, a text box (read as paragraphs of its own), the
# fallback copy of a drawing, the properties of a run or paragraph.
_HIDDEN = {_W + "del", _W + "moveFrom", _W + "txbxContent", _W + "pPr", _W + "rPr", _MC + "Fallback"}


def _text_of(element) -> str:
    """The text a reader sees in a paragraph: runs anywhere inside it (inserted, in a hyperlink, a field result, a smart
    tag, a content control), tabs and breaks as spaces; not deleted text, not a text box's."""
    out: list[str] = []

    def walk(node) -> None:
        for child in node:
            tag = child.tag
            if not isinstance(tag, str) or tag in _HIDDEN:
                continue
            if tag == _W + "t":
                out.append(child.text or "")
            elif tag in (_W + "tab", _W + "ptab"):
                out.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                out.append("\n")
            elif tag == _W + "noBreakHyphen":
                out.append("-")
            else:
                walk(child)

    walk(element)
    return "".join(out)


def _text_boxes(paragraph) -> list:
    """The paragraphs of the text boxes anchored in a paragraph (a title or 文号 often sits in one), once each."""
    out = []
    for box in paragraph.iter(_W + "txbxContent"):
        if any(a.tag in (_MC + "Fallback", _W + "txbxContent") for a in box.iterancestors()):
            continue
        out += [p for p in box.iter(_W + "p") if not any(a.tag == _W + "txbxContent" for a in p.iterancestors() if a is not box)]
    return out


def _body_elements(body):
    """Paragraphs and tables of the body in order, inside content controls (a cover page) and custom XML too; a table of
    contents in a content control is left out."""
    for child in body.iterchildren():
        if child.tag in (_W + "p", _W + "tbl"):
            yield child
        elif child.tag == _W + "sdt":
            gallery = child.find(f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery")
            if gallery is not None and "contents" in str(gallery.get(f"{_W}val", "")).lower():
                continue
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _body_elements(content)
        elif child.tag == _W + "customXml":
            yield from _body_elements(child)


def _cells(table) -> list[list]:
    """The cells (w:tc) of each row of a table, a nested table's cells not among them."""
    return [row.findall(f"{_W}tc") for row in table.findall(f"{_W}tr")]


def _is_frame(table) -> bool:
    """A table of one column: a box drawn around text (a whole plan pasted into one cell, a note), not a table of data."""
    rows = _cells(table)
    return bool(rows) and all(len(cells) == 1 for cells in rows)


def _is_title_block(table) -> bool:
    """A small table of short cells before any paragraph: the layout of a title block (issuer | 文号, title | date)."""
    rows = _cells(table)
    texts = [_clean(" ".join(_text_of(p) for p in tc.iter(_W + "p"))) for cells in rows for tc in cells]
    return 0 < len(rows) <= 3 and any(texts) and all(len(t) <= 40 for t in texts)


def _docx_blocks(document, Paragraph, Table, name: str) -> list[Block]:
    blocks: list[Block] = []
    paragraphs = tables = 0
    try:
        numbering = _numbering(document)
    except (ValueError, TypeError, AttributeError, KeyError):  # a damaged numbering part: the text is still read
        numbering = Numbering(None)
    looks = _Looks(document)
    styles: dict = {}  # a paragraph's style id -> its style, as python-docx resolves it
    toc_depth = 0  # inside a TOC field: the paragraphs until the field ends are its entries

    def add(block: Block) -> None:
        blocks.append(block)
        if len(blocks) > MAX_BLOCKS:
            raise ImportFailed(
                _("{name}: more than {max_blocks:,} paragraphs; split the document").format(name=name, max_blocks=MAX_BLOCKS)
            )

    queue = deque(_body_elements(document.element.body))
    while queue:
        child = queue.popleft()
        if child.tag == _W + "tbl" and (_is_frame(child) or (not blocks and _is_title_block(child))):
            # a table used as a frame (one column: the text in a box) or as the layout of the title block at the top:
            # its cells' paragraphs are paragraphs
            queue.extendleft(reversed([e for tc in child.iter(_W + "tc") for e in _body_elements(tc)]))
            continue
        if child.tag == _W + "p":
            codes = [c.text or "" for c in child.iter(_W + "instrText")] + [
                c.get(f"{_W}instr", "") for c in child.iter(_W + "fldSimple")
            ]
            ends = sum(1 for c in child.iter(_W + "fldChar") if c.get(f"{_W}fldCharType") == "end")
            begins = sum(1 for c in child.iter(_W + "fldChar") if c.get(f"{_W}fldCharType") == "begin")
            if toc_depth or any(_TOC_FIELD.match(code) for code in codes):
                toc_depth = max(toc_depth + begins - ends, 0)
                continue
            for box in _text_boxes(child):
                text = _clean(_text_of(box))
                if text:
                    paragraphs += 1
                    add(Block("p", paragraphs, text))
            text = _clean(_text_of(child))
            if not text:
                continue
            # python-docx finds a paragraph's style by reading every style of the document each time (a third of an
            # import's time): asked once per style id
            style_id = child.style
            if style_id not in styles:
                styles[style_id] = Paragraph(child, document).style
            paragraph_style = styles[style_id]
            style = (paragraph_style.name if paragraph_style is not None else "") or ""
            if _TOC_STYLE.match(style.strip()) or _TOC_LINE.search(text):
                continue
            heading = None
            m = _HEADING_STYLE.match(style.strip())
            if m:
                heading = int(m.group(1))
            listed = None
            bullet = False
            label = ""
            num = child.find(f"{_W}pPr/{_W}numPr")
            if num is None or num.find(f"{_W}numId") is None:
                num = _style_numbering(paragraph_style, num)
            num_id = num.find(f"{_W}numId") if num is not None else None
            num_id = str(num_id.get(f"{_W}val")) if num_id is not None else None
            if num is not None and (numbering.is_list(num_id) or (num_id is not None and num_id != "0" and not numbering.lists)):
                level = num.find(f"{_W}ilvl")
                value = str(level.get(f"{_W}val", "0")) if level is not None else "0"
                listed = int(value) if value.isdigit() else 0
                bullet = numbering.fmt(num_id, listed) == "bullet"
                label = numbering.label(num_id, listed) or ""
            outline = child.find(f"{_W}pPr/{_W}outlineLvl")
            if heading is None and outline is not None and str(outline.get(f"{_W}val", "")).isdigit():
                value = int(outline.get(f"{_W}val"))
                heading = value + 1 if value < 9 else None
            paragraphs += 1
            add(
                Block(
                    "p",
                    paragraphs,
                    text,
                    heading=heading,
                    listed=listed,
                    bullet=bullet,
                    title_style=style.strip().lower() in ("title", "标题"),
                    label=label,
                    emphasis=heading is None and looks.emphasised(child, paragraph_style),
                )
            )
        elif child.tag == _W + "tbl":
            tables += 1
            rows = []
            for row in Table(child, document).rows:
                cells: list[str] = []
                previous = None
                for cell in row.cells:
                    if cell._tc is previous:  # a merged cell repeats; keep it once
                        continue
                    previous = cell._tc
                    cells.append(_clean(" ".join(t for p in cell._tc.iter(_W + "p") if (t := _text_of(p).strip()))))
                rows.append(cells)
            if rows:
                add(Block("table", tables, rows=rows))
    return blocks


class _Looks:
    """How a paragraph looks (bold, centred, its size) from its own formatting, its runs' and its styles'."""

    def __init__(self, document) -> None:
        self.body_size = None
        try:
            self.body_size = self._style_value(document.styles["Normal"], "size")
        except (KeyError, AttributeError):
            pass
        if self.body_size is None:
            try:
                sz = document.styles.element.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}sz")
                self.body_size = int(sz.get(f"{_W}val")) if sz is not None else 21  # 10.5 pt, Word's default for Chinese
            except (AttributeError, ValueError, TypeError):
                self.body_size = 21

    @staticmethod
    def _flag(rpr, tag: str) -> bool | None:
        found = rpr.find(f"{_W}{tag}") if rpr is not None else None
        if found is None:
            return None
        return found.get(f"{_W}val", "true") not in ("0", "false", "off")

    def _style_value(self, style, what: str):
        """bold (bool), size (half-points) or centred (bool) a style gives, following its base styles."""
        for _skip in range(6):
            if style is None:
                return None
            element = style.element
            if what == "bold":
                value = self._flag(element.find(f"{_W}rPr"), "b")
            elif what == "size":
                sz = element.find(f"{_W}rPr/{_W}sz")
                value = int(sz.get(f"{_W}val")) if sz is not None and str(sz.get(f"{_W}val", "")).isdigit() else None
            else:
                jc = element.find(f"{_W}pPr/{_W}jc")
                value = jc.get(f"{_W}val") in ("center", "centre") if jc is not None else None
            if value is not None:
                return value
            style = style.base_style
        return None

    def emphasised(self, p, style) -> bool:
        jc = p.find(f"{_W}pPr/{_W}jc")
        centred = jc.get(f"{_W}val") in ("center", "centre") if jc is not None else bool(self._style_value(style, "centred"))
        runs = [r for r in p.iter(f"{_W}r") if "".join(t.text or "" for t in r.findall(f"{_W}t")).strip()]
        if not runs:
            return False
        style_bold = bool(self._style_value(style, "bold"))
        style_size = self._style_value(style, "size") or self.body_size
        bold = larger = True
        for run in runs:
            rpr = run.find(f"{_W}rPr")
            own = self._flag(rpr, "b")
            bold = bold and (own if own is not None else style_bold)
            sz = rpr.find(f"{_W}sz") if rpr is not None else None
            size = int(sz.get(f"{_W}val")) if sz is not None and str(sz.get(f"{_W}val", "")).isdigit() else style_size
            larger = larger and size is not None and self.body_size is not None and size >= self.body_size + 4
        return bool(centred or bold or larger)


def _numbering(document) -> Numbering:
    try:
        part = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        part = None
    try:
        styles = document.part.styles.element
    except (KeyError, NotImplementedError, AttributeError):
        styles = None
    return Numbering(part, styles)


def _style_numbering(style, own=None):
    """The numbering a paragraph gets from its style (List Number, a house style), if any; a level the paragraph
    states itself (`own`: numPr with only ilvl) is kept."""
    for _skip in range(4):
        if style is None:
            return own
        found = style.element.find(f"{_W}pPr/{_W}numPr")
        if found is not None:
            if own is not None and own.find(f"{_W}ilvl") is not None:
                from copy import deepcopy

                merged = deepcopy(found)
                for old in merged.findall(f"{_W}ilvl"):
                    merged.remove(old)
                merged.insert(0, deepcopy(own.find(f"{_W}ilvl")))
                return merged
            return found
        style = style.base_style
    return own


def _docx_headers(document) -> list[str]:
    lines: list[str] = []
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.footer):
            try:
                if part.is_linked_to_previous:
                    continue
                for paragraph in part.paragraphs:
                    text = _clean(paragraph.text)
                    if text and text not in lines:
                        lines.append(text)
            except Exception:  # noqa: BLE001, S112 - a header python-docx cannot follow is not worth failing over
                continue
    return lines


# What a plan (and Word) cannot hold: control characters, lone surrogates, stray byte order marks.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufeff\ufffe\uffff]")


def _clean(text: str) -> str:
    text = _UNWRITABLE.sub(" ", text)
    return re.sub(r"[ \t\u00a0\u3000]+", " ", text.replace("\x0b", " ").replace("\n", " ")).strip()
