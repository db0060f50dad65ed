"""The plan a rendered .docx carries, so that `plancraft import` can give it back exactly.

`plancraft render` stores the plan data (as JSON) in a custom XML part of the document, together
with a fingerprint of the document's text. `plancraft import` takes the plan back only while the
text still has that fingerprint: a document edited in Word after rendering is imported from its
text instead, so no edit is silently lost. One home for the part's name, format and fingerprint;
the renderer and the importer both use this module.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from plancraft.xmltext import escape, quoteattr

PART_NAME = "/customXml/plancraft-plan.xml"
CONTENT_TYPE = "application/xml"
RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
NAMESPACE = "https://plancraft.dev/ns/embedded-plan"
_W_T = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
MAX_BYTES = 4 * 1024 * 1024


def text_fingerprint(body: Any) -> str:
    """sha256 of every text run of the document body (an lxml/ElementTree element), in order."""
    return texts_fingerprint(node.text or "" for node in body.iter(_W_T))


def texts_fingerprint(texts: Any) -> str:
    """The fingerprint of text_fingerprint, from the texts of the body's runs in order."""
    digest = hashlib.sha256()
    for text in texts:
        digest.update(text.encode("utf-8"))
        digest.update(b"\x1f")
    return "sha256:" + digest.hexdigest()


def plan_xml(data: dict, fingerprint: str) -> bytes:
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<plan xmlns="{NAMESPACE}" text={quoteattr(fingerprint)}>{escape(payload)}</plan>'
    ).encode()


def with_fingerprint(blob: bytes, old: str, new: str) -> bytes | None:
    """The part made by plan_xml(data, old) as plan_xml(data, new) makes it (the plan's text unchanged,
    another text fingerprint), without decoding the plan again; None when `blob` does not carry `old`."""
    before, after = f"text={quoteattr(old)}>".encode("utf-8"), f"text={quoteattr(new)}>".encode("utf-8")
    if blob.count(before) != 1:
        return None
    return blob.replace(before, after)


def read_plan_xml(blob: bytes) -> tuple[dict, str] | None:
    """(plan data, text fingerprint) from the part, or None when it is not a plancraft plan part."""
    if len(blob) > MAX_BYTES or b"<!DOCTYPE" in blob or b"<!ENTITY" in blob:
        return None
    from xml.etree import ElementTree  # only where a document is read back: not on every render

    try:
        root = ElementTree.fromstring(blob)
        if root.tag != f"{{{NAMESPACE}}}plan":
            return None
        data = json.loads(root.text or "")
    except (ElementTree.ParseError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    return data, root.get("text", "")
