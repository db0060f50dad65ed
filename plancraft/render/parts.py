"""Serialized parts as text: custom document properties, the theme's fonts, the texts of document.xml,
and the replacements that stamp copies and contents page numbers into parts already written. No
python-docx or lxml here: the text writer (render.wml), stamping and the package use these on every
render."""

from __future__ import annotations

import re

from plancraft.xmltext import escape, quoteattr


def set_theme_fonts(theme_xml: bytes, major_east_asia: str, minor_east_asia: str, latin: str) -> bytes:
    """Name the theme's East Asian (and Latin) fonts too, for anything that still asks the theme."""
    text = theme_xml.decode("utf-8")

    def fix(block: str, ea: str) -> str:
        block = re.sub(r'<a:latin typeface="[^"]*"', f"<a:latin typeface={quoteattr(latin)}", block, count=1)
        block = re.sub(r'<a:ea typeface="[^"]*"', f"<a:ea typeface={quoteattr(ea)}", block, count=1)
        return re.sub(r'<a:font script="Hans" typeface="[^"]*"/>', f'<a:font script="Hans" typeface={quoteattr(ea)}/>', block)

    text = re.sub(r"<a:majorFont>.*?</a:majorFont>", lambda m: fix(m.group(0), major_east_asia), text, flags=re.S)
    text = re.sub(r"<a:minorFont>.*?</a:minorFont>", lambda m: fix(m.group(0), minor_east_asia), text, flags=re.S)
    return text.encode("utf-8")


# -- custom document properties (docProps/custom.xml) ---------------------------------------

CUSTOM_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_PROPS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the fixed id Word uses for user properties


def custom_properties_xml(props: dict[str, str]) -> bytes:
    items = "".join(
        f'<property fmtid="{_FMTID}" pid="{pid}" name={quoteattr(name)}><vt:lpwstr>{escape(value)}</vt:lpwstr></property>'
        for pid, (name, value) in enumerate(sorted(props.items()), start=2)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT_NS}">{items}</Properties>'
    ).encode("utf-8")


def read_custom_properties(xml: bytes) -> dict[str, str]:
    from xml.etree import ElementTree  # only where a document is read back

    root = ElementTree.fromstring(xml)
    out: dict[str, str] = {}
    for prop in root.findall(f"{{{_CUSTOM_NS}}}property"):
        value = next(iter(prop), None)
        out[prop.get("name", "")] = value.text or "" if value is not None else ""
    return out


# -- stamping serialized parts (controlled copies, render/stamp.py) ----------------------------


def text_as_serialized(text: str) -> bytes:
    """`text` as lxml writes it inside a w:t element of a UTF-8 part (&, < and > escaped)."""
    return escape(text).encode("utf-8")


def stamp_texts(part: bytes, replacements: dict[bytes, bytes]) -> bytes:
    """A serialized part with each placeholder (text_as_serialized of a text run's placeholder)
    replaced: the part a render with the real values gives, when the values need no other markup."""
    for old, new in replacements.items():
        part = part.replace(old, new)
    return part


_SERIALIZED_T = re.compile(rb"<w:t(?:\s[^>]*)?(?:/>|>([^<]*)</w:t>)")


def body_texts(document_xml: bytes) -> list[str]:
    """The text of every w:t of the document body, in order (what embedded.text_fingerprint reads),
    read from document.xml as python-docx serializes it (the `w` prefix, entities for & < >): a
    regular expression instead of a parse, as stamping does it once or twice per document."""
    return [_unescape(m.group(1).decode("utf-8")) if m.group(1) else "" for m in _SERIALIZED_T.finditer(document_xml)]


_REFERENCE = re.compile(r"&(?:#(\d+)|#x([0-9A-Fa-f]+)|(lt|gt|amp|quot|apos));")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


def _unescape(text: str) -> str:
    """Text content as the XML parser would give it: the five named entities and character references
    (all lxml writes); html.unescape would do the same at the cost of importing the HTML entity table."""
    if "&" not in text:
        return text
    return _REFERENCE.sub(
        lambda m: chr(int(m.group(1))) if m.group(1) else chr(int(m.group(2), 16)) if m.group(2) else _NAMED[m.group(3)], text
    )


_DIRTY_BEGIN = b'<w:fldChar w:fldCharType="begin" w:dirty="true"/>'
_UPDATE_FIELDS = b'<w:updateFields w:val="true"/>'
_PAGEREF_RESULT = re.compile(
    rb'(PAGEREF (_Toc\d+) \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>)'
    rb'(<w:r><w:fldChar w:fldCharType="end"/></w:r>)'
)


def fill_contents_pages(document_xml: bytes, settings_xml: bytes, pages: list[int]) -> tuple[bytes, bytes] | None:
    """document.xml and settings.xml of a document rendered without contents page numbers, with
    `pages` written in as toc_entry and build_document write them: each PAGEREF's cached result,
    the TOC field no longer dirty, Word no longer asked to update fields. None when the parts are
    not shaped so (one dirty field, one updateFields, one empty PAGEREF result per page)."""
    if document_xml.count(_DIRTY_BEGIN) != 1 or settings_xml.count(_UPDATE_FIELDS) != 1:
        return None
    if len(_PAGEREF_RESULT.findall(document_xml)) != len(pages):  # contents entries in document order
        return None
    numbers = iter(pages)
    filled = _PAGEREF_RESULT.sub(lambda m: m.group(1) + b"<w:r><w:t>%d</w:t></w:r>" % next(numbers) + m.group(3), document_xml)
    return (filled.replace(_DIRTY_BEGIN, b'<w:fldChar w:fldCharType="begin"/>'), settings_xml.replace(_UPDATE_FIELDS, b""))


# -- the draft watermark's VML, as both writers serialize it ------------------------------------

SHAPETYPE = (  # the VML shape type of a text watermark (render.xml.watermark, render.wml.watermark)
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas>'
    + "".join(
        f'<v:f eqn="{e}"/>'
        for e in (
            "sum #0 0 10800",
            "prod #0 2 1",
            "sum 21600 0 @1",
            "sum 0 0 @2",
            "sum 21600 0 @3",
            "if @0 @3 0",
            "if @0 21600 @1",
            "if @0 0 @2",
            "if @0 @4 21600",
            "mid @5 @6",
            "mid @8 @5",
            "mid @7 @8",
            "mid @6 @7",
            "sum @6 0 @5",
        )
    )
    + '</v:formulas><v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" '
    'o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/>'
    '<v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>'
    '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
)
WATERMARK_STYLE = (
    "position:absolute;margin-left:0;margin-top:0;width:400pt;height:160pt;rotation:315;"
    "z-index:-251655168;mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
    "mso-position-vertical:center;mso-position-vertical-relative:margin"
)
