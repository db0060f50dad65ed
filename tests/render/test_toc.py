"""Page-numbered contents (issue 16 part 3): LibreOffice lays the document out once, each heading's
page is written into the TOC field's result, Word is not asked to update fields, and the numbers
are the pages where the headings land in the PDF."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from plancraft.cli import main
from plancraft.render import pdf
from tests.conftest import require_tool

from .helpers import EXAMPLES, document, part

ZH = EXAMPLES / "bank-branch.zh.yaml"
EN = EXAMPLES / "bank-branch.en.yaml"


def _toc(docx: bytes) -> list[tuple[str, str]]:
    """(entry text, page number) of each contents line, from the TOC field's result."""
    doc = document(docx)
    out = []
    for p in doc.paragraphs:
        if p.style is not None and p.style.name.startswith("toc "):
            texts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p._p.xml)
            out.append(("".join(texts[:-1]), texts[-1]) if len(texts) > 1 else ("".join(texts), ""))
    return out


def _render(tmp_path, plan, *args):
    out = tmp_path / f"{plan.stem}.docx"
    result = CliRunner().invoke(main, ["render", str(plan), "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("plan", [ZH, EN], ids=["zh", "en"])
def test_contents_numbers_are_the_pages_of_the_headings_in_the_pdf(tmp_path, monkeypatch, plan):
    require_tool(pdf.find_soffice(), "LibreOffice (soffice) is not installed")
    require_tool(shutil.which("pdftotext"), "pdftotext (poppler-utils) is not installed")
    monkeypatch.delenv("PLANCRAFT_NO_LAYOUT")
    out = _render(tmp_path, plan, "--pdf")
    docx = out.read_bytes()
    entries = _toc(docx)
    assert len(entries) > 10 and all(number.isdigit() for _, number in entries), entries
    settings = part(docx, "word/settings.xml")
    assert "updateFields" not in settings  # Word does not ask to update fields on opening
    body = part(docx, "word/document.xml")
    assert 'TOC \\o "1-2" \\h \\z \\u' in body and "w:dirty" not in body  # the field stays, Word can refresh it
    assert body.count("PAGEREF _Toc") == len(entries)
    pages = subprocess.run(
        ["pdftotext", "-layout", str(out.with_suffix(".pdf")), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    contents_pages = {i for i, page in enumerate(pages, 1) if re.search(r"\.{5,}\s*\d+\s*$", page, re.M)}
    for text, number in entries:
        key = re.sub(r"\s+", "", text.split("　")[-1])  # an annex is found by its title
        where = [i for i, page in enumerate(pages, 1) if i not in contents_pages and key in re.sub(r"\s+", "", page)]
        assert where, text
        assert int(number) == where[0], (text, number, where)
    # the PDF shows the numbers in the contents too
    listed = re.sub(r"[ \t]+", " ", "".join(pages[i - 1] for i in sorted(contents_pages)))
    assert re.search(rf"{re.escape(entries[0][0][:4])}.*?\.+ ?{entries[0][1]}\b", listed)
    # and the same plan gives the same bytes again
    again = _render(tmp_path / "again", plan, "--page-numbers")
    assert again.read_bytes() == docx


def test_without_libreoffice_the_contents_is_a_field_for_word_to_fill(tmp_path, monkeypatch):
    monkeypatch.delenv("PLANCRAFT_NO_LAYOUT")
    monkeypatch.setattr(pdf, "find_soffice", lambda: None)
    out = tmp_path / "plan.docx"
    result = CliRunner().invoke(main, ["render", str(ZH), "-o", str(out), "--page-numbers"])
    assert result.exit_code == 0, result.output
    assert "LibreOffice (soffice) is not installed, so the contents lists the headings without page numbers" in result.output
    docx = out.read_bytes()
    assert all(number == "" for _, number in _toc(docx))
    assert "updateFields" in part(docx, "word/settings.xml")
    assert 'w:dirty="true"' in part(docx, "word/document.xml")


def test_destinations_are_read_from_a_libreoffice_pdf():
    # The shape LibreOffice 7.4 writes: a catalogue with /Pages and /Dests, names with `_` as 5F.
    sample = (
        b"1 0 obj\n<</Type/Catalog/Pages 2 0 R\n/Dests 9 0 R>>\nendobj\n"
        b"2 0 obj\n<</Type/Pages/Kids[3 0 R 4 0 R]/Count 2>>\nendobj\n"
        b"3 0 obj\n<</Type/Page/Parent 2 0 R>>\nendobj\n4 0 obj\n<</Type/Page/Parent 2 0 R>>\nendobj\n"
        b"9 0 obj\n<</5FToc00001[3 0 R/XYZ 1 2 0]\n/5FToc00002[4 0 R/XYZ 1 2 0]\n/other[4 0 R/Fit]>>\nendobj\n"
    )
    assert pdf.pdf_destinations(sample) == {"5FToc00001": 1, "5FToc00002": 2, "other": 2}
