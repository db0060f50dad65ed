"""Controlled copies by stamping: render the document once with placeholder copy marks, then give
each copy its number and recipient by replacing the placeholders in the serialized parts.

A stamped copy is byte-identical to a full render of that copy: the marks are plain text runs (the
cover's copy rows, the header's copy line), the embedded plan's text fingerprint is recomputed from
the body's texts, and the content hash and seal are recomputed over the stamped parts. Where that
cannot be promised, `CopyStamper.fits` says no and the caller renders that copy in full: a
recipient that python-docx would write with other markup (tabs, line breaks, leading or trailing
space) or an empty one; and `stamper()` gives no stamper at all for user templates (they may use
the copy's number or recipient anywhere) or a plan whose text contains a placeholder.
"""

from __future__ import annotations

import io
import zipfile

from . import parts as xml
from .options import ControlledCopy

# Placeholders no plan text contains (checked): a number of nine digits and private-use characters.
PLACEHOLDER = ControlledCopy(number=918_273_645, recipient="\ue000plancraft-recipient\ue001")
_NUMBER = str(PLACEHOLDER.number)
_STAMPED = ("word/document.xml", "word/header", "word/footer")


def placeholders_absent(text: str) -> bool:
    """Whether `text` (the plan's source) contains neither placeholder, so every one found in the
    rendered document is a copy mark."""
    return _NUMBER not in text and PLACEHOLDER.recipient not in text


def with_contents_pages(docx_bytes: bytes, pages: list[int]) -> bytes | None:
    """A document rendered without contents page numbers, with `pages` written in: the bytes a render
    with those `toc_pages` gives (so the layout pass's numbers need no second render). None when the
    document is not shaped as expected; then render again."""
    from plancraft import embedded

    from .package import sealed, zip_parts

    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    plan_part = embedded.PART_NAME.lstrip("/")
    if "word/document.xml" not in parts or "word/settings.xml" not in parts or plan_part not in parts:
        return None
    old = embedded.texts_fingerprint(xml.body_texts(parts["word/document.xml"]))
    filled = xml.fill_contents_pages(parts["word/document.xml"], parts["word/settings.xml"], pages)
    if filled is None:
        return None
    parts["word/document.xml"], parts["word/settings.xml"] = filled
    plan = embedded.with_fingerprint(parts[plan_part], old, embedded.texts_fingerprint(xml.body_texts(filled[0])))
    if plan is None:
        return None
    parts[plan_part] = plan
    return zip_parts(sealed(parts))


class CopyStamper:
    """One render with PLACEHOLDER marks; `stamp(copy)` gives that copy's .docx bytes."""

    def __init__(self, docx_bytes: bytes) -> None:
        from plancraft import embedded

        self.docx = docx_bytes
        with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
            self.parts = {name: z.read(name) for name in z.namelist()}
        self._marks = (_NUMBER.encode("ascii"), xml.text_as_serialized(PLACEHOLDER.recipient))
        self.marked = [name for name, data in self.parts.items() if any(mark in data for mark in self._marks)]
        self.texts = xml.body_texts(self.parts["word/document.xml"])
        self.fingerprint = embedded.texts_fingerprint(self.texts)
        plan_part = embedded.PART_NAME.lstrip("/")
        found = embedded.with_fingerprint(self.parts.get(plan_part, b""), self.fingerprint, self.fingerprint)
        self.plan_part = plan_part if found is not None else None

    @property
    def usable(self) -> bool:
        """The placeholders sit only in the parts stamped (document, headers, footers), at least once,
        and the embedded plan carries the fingerprint that stamping replaces."""
        return bool(self.marked) and all(name.startswith(_STAMPED) for name in self.marked) and self.plan_part is not None

    def with_contents_pages(self, pages: list[int]) -> CopyStamper | None:
        """The same stamper for the document with contents page numbers `pages` (None: render again)."""
        filled = with_contents_pages(self.docx, pages)
        return None if filled is None else CopyStamper(filled)

    @staticmethod
    def fits(copy: ControlledCopy) -> bool:
        """Whether stamping gives exactly what a full render of `copy` gives."""
        recipient = copy.recipient or ""
        return (
            copy.number is not None
            and copy.number >= 0
            and bool(recipient)
            and recipient == recipient.strip()
            and not any(c in recipient for c in "\t\n\r\x0b\x0c")
            and placeholders_absent(recipient)
        )

    def stamp(self, copy: ControlledCopy) -> bytes:
        from plancraft import embedded

        from .package import sealed, zip_parts

        number, recipient = str(copy.number), copy.recipient or ""
        replacements = {self._marks[0]: number.encode("ascii"), self._marks[1]: xml.text_as_serialized(recipient)}
        parts = dict(self.parts)
        for name in self.marked:
            parts[name] = xml.stamp_texts(parts[name], replacements)
        texts = (t.replace(_NUMBER, number).replace(PLACEHOLDER.recipient, recipient) for t in self.texts)
        parts[self.plan_part] = embedded.with_fingerprint(
            parts[self.plan_part], self.fingerprint, embedded.texts_fingerprint(texts)
        )
        return zip_parts(sealed(parts))
