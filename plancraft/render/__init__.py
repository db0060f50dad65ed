"""Render a plan into a formal Word document (GB/T 9704-2012 in Chinese, a formal English layout).

    render_plan(plan, options)        -> .docx bytes of a model.Plan (byte-identical for the same plan and version)
    render_docx(data, options)        -> the same from plain plan data
    read_embedded_properties(bytes)   -> the plancraft.* custom properties of a rendered file
    convert_to_pdf(docx, pdf)         -> PDF through LibreOffice

python-docx and jinja2 are imported only when rendering, so `import plancraft.render` stays cheap.
"""

from __future__ import annotations

from plancraft.i18n import _

from typing import TYPE_CHECKING

import plancraft

from .errors import RenderError
from .options import ControlledCopy, RenderOptions

__all__ = [
    "ControlledCopy",
    "RenderError",
    "RenderOptions",
    "convert_to_pdf",
    "layout_key",
    "libraries",
    "office_identity",
    "read_document_parts",
    "read_embedded_properties",
    "render_docx",
    "render_plan",
    "toc_pages",
]

if TYPE_CHECKING:
    from plancraft.model import Plan


def convert_to_pdf(docx_path, pdf_path, **options) -> None:
    """PDF through LibreOffice (render.pdf.convert_to_pdf; subprocess and the profile handling are
    imported only when a PDF is made)."""
    from .pdf import convert_to_pdf as convert

    convert(docx_path, pdf_path, **options)


def render_plan(plan: Plan, options: RenderOptions) -> bytes:
    """The plan (a plancraft.model.Plan) as .docx bytes, rendered as `options` say: draft or final,
    copy marks, templates, reference document, contents page numbers. The document shows the plan's
    readable text (folded Chinese lines joined); `options.digest` is the digest of its data."""
    from .build import render

    return render(plan.readable, options)


def render_docx(data: dict, options: RenderOptions | None = None) -> bytes:
    """The plan `data` (schema-valid plain Python, dates as 'YYYY-MM-DD') as .docx bytes, rendered as
    `options` say (a draft with default options). For a loaded plan use `render_plan`."""
    from .build import render

    return render(data, options or RenderOptions())


def toc_pages(docx_bytes: bytes) -> list[int]:
    """Lay a rendered .docx out once with LibreOffice and return the page of each contents entry.

    Raises RenderError when LibreOffice is missing or fails; `RenderOptions(toc_pages=...)` then
    writes the numbers into the contents. The layout does not depend on the numbers (they sit
    right-aligned after a tab), so one pass is enough.
    """
    from .pdf import heading_pages

    return heading_pages(docx_bytes)


def layout_key(docx_bytes: bytes) -> str:
    """What the contents page numbers of `docx_bytes` depend on, as one key: the digest of the parts
    the layout pass reads (render.package.layout_digest), plancraft's version and the LibreOffice
    installed (its program file's size and time), so another version of either lays out afresh."""
    import hashlib

    from .package import layout_digest

    text = f"layout\0{plancraft.__version__}\0{office_identity()}\0{layout_digest(docx_bytes)}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def office_identity() -> str:
    """The LibreOffice installed, as the caches of laid-out results know it: its program file's real
    path, size and time ("" when there is none)."""
    import os

    from .pdf import find_soffice

    soffice = find_soffice()
    if not soffice:
        return ""
    try:
        info = os.stat(os.path.realpath(soffice))
    except OSError:
        return soffice
    return f"{os.path.realpath(soffice)}:{info.st_size}:{info.st_mtime_ns}"


def read_embedded_properties(docx_bytes: bytes) -> dict[str, str]:
    """The plancraft.* custom document properties of a rendered .docx ({} when there are none)."""
    import zipfile

    from .package import read_custom

    try:
        props = read_custom(docx_bytes)
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise RenderError(_("not a .docx file: {exc}").format(exc=exc)) from None
    return {k: v for k, v in props.items() if k.startswith("plancraft.")}


def read_document_parts(docx_bytes: bytes) -> dict[str, bytes]:
    """Every part of a .docx, refused (RenderError) over the zip caps of plancraft.ziplimits."""
    import zipfile

    from .package import read_parts

    try:
        return read_parts(docx_bytes)
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError, OSError) as exc:
        raise RenderError(_("not a readable .docx file: {reason}").format(reason=exc)) from None


def libraries() -> list[str]:
    """What else the bytes of a document depend on: Python and zlib (the zip's compression) and the
    libraries that build it, each as its installed file's place, size and time (found, not imported)."""
    import os
    import sys
    import zlib
    from importlib.util import find_spec

    found = [sys.version, zlib.ZLIB_RUNTIME_VERSION]
    for name in ("docx", "lxml", "jinja2", "markupsafe", "ruamel.yaml"):
        try:
            origin = find_spec(name).origin
            info = os.stat(origin)
            found.append(f"{origin}:{info.st_size}:{info.st_mtime_ns}")
        except (AttributeError, ImportError, OSError, TypeError, ValueError):
            found.append(f"{name}:?")
    return found
