"""Loading fixture plans and looking inside rendered .docx files."""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from pathlib import Path
from typing import Any


HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "fixtures" / "render"
EXAMPLES = HERE.parent.parent / "plans" / "examples"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _plain(value: Any) -> Any:
    """What the project loader gives: plain containers, dates as 'YYYY-MM-DD' strings."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def load_plan(path: Path) -> dict[str, Any]:
    """The plan as `plancraft render` passes it on: plancraft's loader, folded lines joined (plancraft.cjk)."""
    from plancraft.loader import load

    return load(path).readable


def part(docx: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        return z.read(name).decode("utf-8")


def parts(docx: bytes, prefix: str) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.startswith(prefix)}


def document(docx: bytes):
    import docx as python_docx

    return python_docx.Document(io.BytesIO(docx))


def all_text(docx: bytes) -> str:
    """Every w:t of the body, headers and footers, joined by newlines per paragraph."""
    out = []
    for name, xml in sorted(parts(docx, "word/").items()):
        if not name.endswith(".xml"):
            continue
        for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
            texts = re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", p, flags=re.S)
            if texts:
                out.append("".join(texts))
    import html

    return html.unescape("\n".join(out))


def headings(doc, level: int | None = None) -> list[str]:
    names = {f"Heading {n}" for n in (1, 2, 3)} if level is None else {f"Heading {level}"}
    return [p.text for p in doc.paragraphs if p.style is not None and p.style.name in names]


def tables_text(doc) -> list[list[list[str]]]:
    return [[[c.text for c in row.cells] for row in t.rows] for t in doc.tables]
