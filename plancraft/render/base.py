"""The fixed parts of a rendered .docx, built once per layout and reference document and kept.

Everything in a document that does not depend on the plan — styles, numbering, settings, theme, fonts
table, web settings, app properties, relationships and content types, the reference document's own
parts with `--reference-docx`, the start of document.xml and its section properties, the headers' and
footers' paragraphs around their content — is what python-docx makes of its default template (or of
the reference document) with plancraft's styles and page set-up. It is built here, once, through
python-docx (render.emit and render.layout, the same calls a full render makes), with marks where the
plan's content goes; render.wml writes that content as text. A built base is kept in memory and, through
the Store publish gives (`.plancraft_cache/renders/bases/`), between runs, keyed by plancraft's code, the libraries, the layout,
whether the contents are left for Word to number and the reference document's bytes: a render that
finds it imports neither python-docx nor lxml.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path

from .layout import Layout
from .store import Store, kept_in  # noqa: F401  (Store: where publish keeps what this module builds)

# Marks the built base carries where the plan's content goes (private-use characters: no plan text is
# written into the base, so none can be taken for a mark).
HEADER_MARK = "\ue000plancraft-header\ue001"
FOOTER_MARK = "\ue000plancraft-footer\ue001"
DIGEST_MARK = "\ue000plancraft-digest\ue001"
_CORE_MARKS = {
    name: f"\ue000plancraft-{name}\ue001" for name in ("title", "author", "last_modified_by", "version", "identifier", "category")
}
_WHEN_MARK = "1901-02-03T04:05:06Z"  # a date no plan's core properties carry: the placeholder of `when`

STYLE_NAMES = (
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "Title",
    "Subtitle",
    "TOC Heading",
    "toc 1",
    "toc 2",
    "Table Text",
    "Table Heading",
    "Header",
    "Footer",
)

# The plan's own parts: written by render.wml (and the package) on every render.
DOCUMENT = "word/document.xml"
CORE = "docProps/core.xml"
CUSTOM = "docProps/custom.xml"
PLAN = "customXml/plancraft-plan.xml"
_NAMESPACES = (
    b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
    b'xmlns:v="urn:schemas-microsoft-com:vml"',
    b'xmlns:o="urn:schemas-microsoft-com:office:office"',
    b'xmlns:w10="urn:schemas-microsoft-com:office:word"',
)


_MEMORY: dict[str, Base | None] = {}


@dataclass(frozen=True)
class Base:
    """The fixed parts, and the pieces of the plan's parts around the content render.wml writes."""

    parts: dict[str, bytes]  # every part but document.xml, the headers, footers, core, custom and plan parts
    head: bytes  # document.xml up to and including <w:body>
    tail: bytes  # the section properties and the closing tags
    headers: tuple[tuple[str, str, int, bytes, bytes], ...]  # (part, kind, watermark shape id, before, after)
    footers: tuple[tuple[str, str, bytes, bytes, bytes], ...]  # (part, kind, before, between, after)
    core: bytes  # docProps/core.xml with marks
    style_ids: dict[str, str]

    def core_xml(self, values: dict[str, str]) -> bytes:
        from .wml import text

        out = self.core
        for name, mark in _CORE_MARKS.items():
            out = out.replace(mark.encode("utf-8"), text(values[name]).encode("utf-8"))
        return out.replace(_WHEN_MARK.encode("ascii"), values["when"].encode("ascii"))

    def as_json(self) -> dict:
        def b(data: bytes) -> str:
            return base64.b64encode(data).decode("ascii")

        return {
            "parts": {name: b(data) for name, data in self.parts.items()},
            "head": b(self.head),
            "tail": b(self.tail),
            "headers": [[name, kind, n, b(x), b(y)] for name, kind, n, x, y in self.headers],
            "footers": [[name, kind, b(x), b(y), b(z)] for name, kind, x, y, z in self.footers],
            "core": b(self.core),
            "style_ids": self.style_ids,
        }

    @classmethod
    def from_json(cls, value: object) -> Base | None:
        def b(data: object) -> bytes:
            if not isinstance(data, str):
                raise ValueError("not text")
            return base64.b64decode(data, validate=True)

        try:
            assert isinstance(value, dict)
            style_ids = value["style_ids"]
            if not (isinstance(style_ids, dict) and all(isinstance(style_ids.get(n), str) for n in STYLE_NAMES)):
                return None
            return cls(
                parts={str(name): b(data) for name, data in value["parts"].items()},
                head=b(value["head"]),
                tail=b(value["tail"]),
                headers=tuple((str(n), str(k), int(i), b(x), b(y)) for n, k, i, x, y in value["headers"]),
                footers=tuple((str(n), str(k), b(x), b(y), b(z)) for n, k, x, y, z in value["footers"]),
                core=b(value["core"]),
                style_ids={n: style_ids[n] for n in STYLE_NAMES},
            )
        except (AssertionError, KeyError, TypeError, ValueError, AttributeError):
            return None


def base_key(layout: Layout, reference_docx: Path | None, *, toc_dirty: bool, fingerprint: str = "") -> str:
    """What the fixed parts depend on: plancraft's version and code (`fingerprint`), Python and the
    libraries that build them, the layout, whether the contents are left for Word to number, the
    reference document's bytes."""
    import json

    from plancraft import __version__

    from . import libraries

    digest = hashlib.sha256(b"render-base\0")
    setting = {
        "version": __version__,
        "code": fingerprint,
        "libraries": libraries(),
        "lang": layout.lang,
        "toc_dirty": toc_dirty,
    }
    digest.update(json.dumps(setting, sort_keys=True).encode("utf-8") + b"\0")
    if reference_docx is not None:
        digest.update(hashlib.sha256(Path(reference_docx).read_bytes()).digest())
    return digest.hexdigest()


def base_for(layout: Layout, reference_docx: Path | None, *, toc_dirty: bool) -> Base | None:
    """The fixed parts for `layout` and `reference_docx`: from memory, from the store (kept_in), or built
    (and kept). None when the document python-docx makes of the reference document is not shaped as the
    text writer expects (the caller then renders through python-docx). A reference document that cannot
    be read raises what render.emit.open_base raises."""
    store = kept_in.get()
    try:
        key = base_key(layout, reference_docx, toc_dirty=toc_dirty, fingerprint=store.fingerprint if store else "")
    except OSError:
        key = None  # the reference document cannot be read: building it says why
    if key is not None and key in _MEMORY:
        return _MEMORY[key]
    found: Base | None = None
    if key is not None and store is not None:
        value = store.read("base", key)
        found = Base.from_json(value) if value is not None else None
    if found is None:
        found = build_base(layout, reference_docx, toc_dirty=toc_dirty)
        if found is not None and key is not None and store is not None:
            store.write("base", key, found.as_json())
    if key is not None:
        _MEMORY[key] = found
    return found


def build_base(layout: Layout, reference_docx: Path | None, *, toc_dirty: bool) -> Base | None:
    """The fixed parts, through python-docx: the calls render.emit.build_document makes before and after
    writing the body, with marks where render.wml's content goes."""
    import io
    import zipfile
    from datetime import datetime, timezone

    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    from plancraft import embedded

    from . import xml
    from .emit import open_base
    from .layout import apply_styles, page_setup
    from .package import add_custom_properties, deterministic_parts

    doc = open_base(reference_docx)
    apply_styles(doc, layout, keep_existing=reference_docx is not None)
    page_setup(doc.sections[0], layout)
    style_ids = {name: doc.styles[name].style_id for name in STYLE_NAMES}

    def styled(paragraph, name: str):
        xml.set_style_id(paragraph, style_ids[name])
        return paragraph

    # headers and footers as render.emit.Writer.header_footer makes them, their content a mark
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    doc.settings.odd_and_even_pages_header_footer = layout.even_odd
    headers = [(section.header, "odd"), (section.first_page_header, "first")]
    footers = [(section.footer, "odd"), (section.first_page_footer, "first")]
    if layout.even_odd:
        headers.append((section.even_page_header, "even"))
        footers.append((section.even_page_footer, "even"))
    header_parts = []
    for n, (header, kind) in enumerate(headers, start=1):
        header.is_linked_to_previous = False
        xml.add_run(styled(header.paragraphs[0], "Header"), HEADER_MARK)
        header_parts.append((str(header.part.partname).lstrip("/"), kind, n))
    footer_parts = []
    for footer, kind in footers:
        footer.is_linked_to_previous = False
        p = styled(footer.paragraphs[0], "Footer")
        if kind != "first":  # the page number's paragraph (render.emit.Writer.page_number)
            if layout.lang == "zh-CN":
                one_char = Pt(layout.page_number.size)
                if kind == "even":
                    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
                    p.paragraph_format.left_indent = one_char
                else:
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    p.paragraph_format.right_indent = one_char
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        xml.add_run(p, FOOTER_MARK)
        xml.add_run(footer.add_paragraph(), DIGEST_MARK)
        footer_parts.append((str(footer.part.partname).lstrip("/"), kind))
    settings = doc.settings.element
    if toc_dirty:
        xml.update_fields_on_open(settings)
    xml.drop_preview_picture(settings)
    xml.set_theme_font_lang(settings, "zh-CN")
    # core properties as render.emit.core_properties sets them, the plan's values as marks
    cp = doc.core_properties
    cp.title = _CORE_MARKS["title"]
    cp.author = _CORE_MARKS["author"]
    cp.last_modified_by = _CORE_MARKS["last_modified_by"]
    cp.version = _CORE_MARKS["version"]
    cp.identifier = _CORE_MARKS["identifier"]
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.category = _CORE_MARKS["category"]
    cp.language = layout.lang
    cp.revision = 1
    when = datetime(1901, 2, 3, 4, 5, 6, tzinfo=timezone.utc)
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    add_custom_properties(doc, {"plancraft.version": "0"})
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    doc.part.relate_to(Part(PackURI(embedded.PART_NAME), embedded.CONTENT_TYPE, b"", doc.part.package), embedded.RELATIONSHIP)
    buffer = io.BytesIO()
    doc.save(buffer)
    theme = None if reference_docx is not None else (layout.headings[0].east_asia, layout.body.east_asia, layout.body.latin)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as z:
        parts = deterministic_parts(z, theme=theme)
    return _split(parts, header_parts, footer_parts, style_ids)


def _split(parts: dict[str, bytes], header_parts, footer_parts, style_ids: dict[str, str]) -> Base | None:
    """The Base of a saved document with marks, or None when a part is not shaped as expected."""

    def mark(value: str) -> bytes:
        return f"<w:r><w:t>{value}</w:t></w:r>".encode("utf-8")

    document = parts.pop(DOCUMENT, b"")
    head, found, tail = document.partition(b"<w:body>")
    if not found or not all(ns in head for ns in _NAMESPACES[:1]) or not tail.startswith(b"<w:sectPr"):
        return None
    headers = []
    for name, kind, n in header_parts:
        data = parts.pop(name, b"")
        start = data[: data.find(b">", data.find(b"<w:hdr")) + 1]
        if data.count(mark(HEADER_MARK)) != 1 or not all(ns in start for ns in _NAMESPACES):
            return None
        before, _, after = data.partition(mark(HEADER_MARK))
        headers.append((name, kind, n, before, after))
    footers = []
    digest = b"<w:p>" + mark(DIGEST_MARK) + b"</w:p>"
    for name, kind in footer_parts:
        data = parts.pop(name, b"")
        if data.count(mark(FOOTER_MARK)) != 1 or data.count(digest) != 1 or not data.startswith(b"<?xml"):
            return None
        before, _, rest = data.partition(mark(FOOTER_MARK))
        between, _, after = rest.partition(digest)
        footers.append((name, kind, before, between, after))
    core = parts.pop(CORE, b"")
    if any(core.count(m.encode("utf-8")) != 1 for m in _CORE_MARKS.values()) or core.count(_WHEN_MARK.encode()) != 3:
        return None
    parts.pop(CUSTOM, None)
    parts.pop(PLAN, None)
    if any(HEADER_MARK.encode("utf-8") in data or b"\xee\x80\x80plancraft" in data for data in parts.values()):
        return None
    return Base(
        parts=parts,
        head=head + found,
        tail=tail,
        headers=tuple(headers),
        footers=tuple(footers),
        core=core,
        style_ids=style_ids,
    )
