"""The .docx package around the document: custom properties and a byte-identical zip."""

from __future__ import annotations

import io
import zipfile

from . import parts as xml

CUSTOM_PART = "/docProps/custom.xml"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the zip format's epoch: no clock in the output


def add_custom_properties(doc, props: dict[str, str]) -> None:
    """docProps/custom.xml with plancraft.digest / plancraft.version, so `verify` can read them back."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    package = doc.part.package
    part = Part(PackURI(CUSTOM_PART), xml.CUSTOM_PROPS_TYPE, xml.custom_properties_xml(props), package)
    package.relate_to(part, xml.CUSTOM_PROPS_REL)


def embed_plan(doc, data: dict) -> None:
    """The plan itself as a custom XML part, with the fingerprint of the text it was rendered into,
    so that `plancraft import` of this document gives back exactly this plan (see plancraft.embedded)."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    from plancraft import embedded

    blob = embedded.plan_xml(data, embedded.text_fingerprint(doc.element.body))
    part = Part(PackURI(embedded.PART_NAME), embedded.CONTENT_TYPE, blob, doc.part.package)
    doc.part.relate_to(part, embedded.RELATIONSHIP)


def _order(name: str) -> tuple[int, str]:
    first = {"[Content_Types].xml": 0, "_rels/.rels": 1, "word/document.xml": 2}
    return (first.get(name, 3), name)


def deterministic_zip(docx_bytes: bytes, *, theme: tuple[str, str, str] | None = None) -> bytes:
    """Re-zip with fixed timestamps, attributes and entry order; patch the theme's fonts on the way.

    When the document has plancraft's custom properties, they gain `plancraft.content` (a hash of
    every other part) and `plancraft.seal` (that hash bound to `plancraft.digest`), so `verify` can
    tell an edited body from the one rendered."""
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as source:
        return zip_parts(sealed(deterministic_parts(source, theme=theme)))


def deterministic_parts(source: zipfile.ZipFile, *, theme: tuple[str, str, str] | None = None) -> dict[str, bytes]:
    """The parts of a package python-docx saved, the theme's fonts named (`theme`) and the fonts table
    given its fallbacks."""
    parts: dict[str, bytes] = {}
    for name in source.namelist():
        data = source.read(name)
        if theme is not None and name.startswith("word/theme/") and name.endswith(".xml"):
            data = xml.set_theme_fonts(data, *theme)
        if name == "word/fontTable.xml":
            from .xml import font_fallbacks  # lxml: only where python-docx wrote the package

            data = font_fallbacks(data)
        parts[name] = data
    return parts


def sealed(parts: dict[str, bytes]) -> dict[str, bytes]:
    """The parts with `plancraft.content` / `plancraft.seal` (re)computed, when the document has
    plancraft's custom properties with a digest."""
    from plancraft.digest import CUSTOM_PART as CUSTOM_NAME, parts_digest, seal

    if CUSTOM_NAME in parts:
        props = xml.read_custom_properties(parts[CUSTOM_NAME])
        if "plancraft.digest" in props:
            props.pop("plancraft.content", None)
            props.pop("plancraft.seal", None)
            props["plancraft.content"] = parts_digest(parts)
            props["plancraft.seal"] = seal(props["plancraft.digest"], props["plancraft.content"])
            parts = {**parts, CUSTOM_NAME: xml.custom_properties_xml(props)}
    return parts


def zip_parts(parts: dict[str, bytes]) -> bytes:
    """The parts as a .docx with fixed timestamps, attributes and entry order."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in sorted(parts, key=_order):
            data = parts[name]
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0o600 << 16
            target.writestr(info, data, compresslevel=6)
    return out.getvalue()


def read_custom(docx_bytes: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        from plancraft.ziplimits import check_archive, read_member

        check_archive(z)
        try:
            data = read_member(z, CUSTOM_PART.lstrip("/"))
        except KeyError:
            return {}
    return xml.read_custom_properties(data)


def read_parts(docx_bytes: bytes) -> dict[str, bytes]:
    """Every part of a .docx, within plancraft.ziplimits' caps (ZipLimitError beyond them)."""
    from plancraft.ziplimits import check_archive, read_member

    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        check_archive(z)
        return {name: read_member(z, name) for name in z.namelist()}


# What the LibreOffice layout pass does not read: document properties and the embedded plan.
_NOT_LAID_OUT = ("docProps/", "customXml/")


def layout_digest(docx_bytes: bytes) -> str:
    """sha256 over the parts that decide where the pages break (every part but docProps/ and
    customXml/), by name and bytes in name order."""
    import hashlib

    h = hashlib.sha256()
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        for name in sorted(z.namelist()):
            if name.startswith(_NOT_LAID_OUT):
                continue
            data = z.read(name)
            h.update(name.encode("utf-8") + b"\0" + str(len(data)).encode("ascii") + b"\0")
            h.update(data)
    return h.hexdigest()
