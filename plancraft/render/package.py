"""The .docx package around the document: custom properties and a byte-identical zip."""

from __future__ import annotations

import io
import zipfile

from docx.opc.packuri import PackURI
from docx.opc.part import Part

from . import xml

CUSTOM_PART = "/docProps/custom.xml"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the zip format's epoch: no clock in the output


def add_custom_properties(doc, props: dict[str, str]) -> None:
    """docProps/custom.xml with plancraft.digest / plancraft.version, so `verify` can read them back."""
    package = doc.part.package
    part = Part(PackURI(CUSTOM_PART), xml.CUSTOM_PROPS_TYPE, xml.custom_properties_xml(props), package)
    package.relate_to(part, xml.CUSTOM_PROPS_REL)


def embed_plan(doc, data: dict) -> None:
    """The plan itself as a custom XML part, with the fingerprint of the text it was rendered into,
    so that `plancraft import` of this document gives back exactly this plan (see plancraft.embedded)."""
    from plancraft import embedded

    blob = embedded.plan_xml(data, embedded.text_fingerprint(doc.element.body))
    part = Part(PackURI(embedded.PART_NAME), embedded.CONTENT_TYPE, blob, doc.part.package)
    doc.part.relate_to(part, embedded.RELATIONSHIP)


def _order(name: str) -> tuple[int, str]:
    first = {"[Content_Types].xml": 0, "_rels/.rels": 1, "word/document.xml": 2}
    return (first.get(name, 3), name)


def deterministic_zip(docx_bytes: bytes, *, theme: tuple[str, str, str] | None = None) -> bytes:
    """Re-zip with fixed timestamps, attributes and entry order; patch the theme's fonts on the way."""
    source = zipfile.ZipFile(io.BytesIO(docx_bytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in sorted(source.namelist(), key=_order):
            data = source.read(name)
            if theme is not None and name.startswith("word/theme/") and name.endswith(".xml"):
                data = xml.set_theme_fonts(data, *theme)
            if name == "word/fontTable.xml":
                data = xml.font_fallbacks(data)
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0o600 << 16
            target.writestr(info, data, compresslevel=6)
    return out.getvalue()


def read_custom(docx_bytes: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        try:
            data = z.read(CUSTOM_PART.lstrip("/"))
        except KeyError:
            return {}
    return xml.read_custom_properties(data)
