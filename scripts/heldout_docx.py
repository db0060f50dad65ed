"""Make plans/heldout/sources/NAME.docx from NAME.txt: the published text as a Word document.

    python scripts/heldout_docx.py          # (re)writes every sources/NAME.docx

The .docx files are unseen documents for `plancraft import` (issue 19): the text of the source exactly as
published, with the source's own headings as Word headings (at the depth its numbering gives them) and its
bullets as a bulleted list. They are NOT rendered by plancraft. Left out of the .docx are the address
block at the top of NAME.txt and what the hosting web page adds around the document (the upload site's
format/size lines, a preview's page markers, "How is this webpage?"). A stored text that ran paragraphs
together is split only where the document's own numbering starts a new item.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "plans" / "heldout" / "sources"

# Per source: the title (Word's Title style; given where the stored text lost it, taken from the
# same text's other copy named in NAME.txt), heading patterns -> level, lines to leave out, and
# patterns where a run-together paragraph is split before the document's own item numbers.
LAYOUT: dict[str, dict] = {
    "xiamen-cdc-complaints": {
        "title": "行风或工作质量投诉处理流程",
        "skip": [r"^行风或工作质量投诉处理流程:$"],
        "headings": [(r"^受理登记及答复期限:$", 1)],
    },
    "postal-insurance-complaints": {
        "title": "保险投诉处理流程及应急预案",
        "strip": [r"^第1篇:保险公司应急预案 保险投诉 处理流程及应急预案 ", r"\n2、"],
        "split": r" (?=[一二三四五六七八九十]、)| (?=[12]、属于)| (?=\(\d\))| (?=XX年)",
        "headings": [(r"^四、投诉案件的处理程序$", 1)],
    },
    "postal-agency-insurance-emergency": {
        "title": "代理保险业务突发事件应急预案",
        "headings": [(r"^[一二三四五六七八九十]、", 1), (r"^\([一二三四五六七八九十]\)", 2), (r"^\d\. ", 3)],
    },
    "dazhu-hospital-complaints": {
        "title": "人民医院投诉处理制度",
        "skip": [r"^人民医院投诉处理制度$", r"^- (格式|大小|文档页数):"],
        "split": r"(?<=:)(?=一、)",
    },
    "highland-council-complaints": {
        "title": "How to make a complaint",
        "skip": [r"^How to make a complaint$", r"^How is this webpage\?$"],
        "headings": [(r"^What happens when you complain$", 1), (r"^Stage [12] – ", 2)],
    },
    "efg-hk-complaints": {
        "title": "We welcome your feedback",
        "skip": [r"^We welcome your feedback$"],
        "headings": [(r"^Acknowledgment and response of complaints$", 1),
                     (r"^Alternative avenue to Financial Dispute Resolution Centre$", 1)],
    },
    "gv-water-complaints": {
        "title": "Complaints handling",
        "headings": [(r"^Disputes over money$", 1), (r"^Not satisfied with the outcome\?$", 1)],
    },
    "birmingham-council-complaints": {
        "title": "The complaints process",
        "skip": [r"^The complaints process$"],
        "headings": [(r"^Stage [12] – ", 1), (r"^If you are unhappy with our review response$", 1)],
    },
}


ENGLISH = {"highland-council-complaints", "birmingham-council-complaints", "efg-hk-complaints", "gv-water-complaints"}


def body(text: str) -> str:
    """The text after the address block (everything up to the first blank line)."""
    head, _, rest = text.partition("\n\n")
    return rest.strip("\n")


def paragraphs(name: str, text: str) -> list[tuple[str, str]]:
    """[(kind, text)]: kind is `title`, `h1`..`h3`, `bullet` or `p`."""
    layout = LAYOUT[name]
    text = body(text)
    for pattern in layout.get("strip", []):
        text = re.sub(pattern, "", text)
    out: list[tuple[str, str]] = [("title", layout["title"])]
    for raw in text.split("\n"):
        pieces = re.split(layout["split"], raw) if layout.get("split") else [raw]
        for line in pieces:
            line = line.strip()
            if not line or any(re.search(p, line) for p in layout.get("skip", [])):
                continue
            if line.startswith("• "):
                out.append(("bullet", line[2:].strip()))
                continue
            level = next((lvl for p, lvl in layout.get("headings", []) if re.search(p, line)), None)
            out.append((f"h{level}", line) if level else ("p", line))
    return out


def build(name: str, dest: Path) -> None:
    doc = Document()
    zh = name not in ENGLISH
    if zh:  # East Asian font for the Chinese texts, as a Chinese Word document has
        for style in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3"):
            doc.styles[style].element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    doc.core_properties.title = LAYOUT[name]["title"]
    doc.core_properties.author = ""
    for kind, text in paragraphs(name, (SOURCES / f"{name}.txt").read_text(encoding="utf-8")):
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind.startswith("h"):
            doc.add_heading(text, level=int(kind[1:]))
        elif kind == "bullet":
            doc.add_paragraph(text, style="List Bullet")
        else:
            doc.add_paragraph(text)
    doc.save(str(dest))


def main(argv: list[str]) -> int:
    for name in sorted(LAYOUT):
        build(name, SOURCES / f"{name}.docx")
        print(f"wrote plans/heldout/sources/{name}.docx")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
