"""LibreOffice conversion: the rendered plan as PDF, read back with pdftotext."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from plancraft.render import RenderError, convert_to_pdf, pdf
from tests.conftest import require_tool


def test_pdf_has_title_and_page_numbers(zh_docx, tmp_path):
    require_tool(pdf.find_soffice(), "LibreOffice (soffice) is not installed")
    require_tool(shutil.which("pdftotext"), "pdftotext (poppler-utils) is not installed")
    source = tmp_path / "plan.docx"
    source.write_bytes(zh_docx)
    target = tmp_path / "out" / "plan.pdf"
    convert_to_pdf(source, target)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    flat = re.sub(r"[ \t]+", " ", text)
    assert "客户投诉应急预案" in flat
    assert "— 2 —" in flat and "— 3 —" in flat
    assert "— 1 —" not in flat  # the cover is unnumbered
    pages = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert "A4" in pages


def test_missing_soffice_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "find_soffice", lambda: None)
    with pytest.raises(RenderError, match="install libreoffice-writer-nogui"):
        convert_to_pdf(tmp_path / "a.docx", tmp_path / "a.pdf")


def test_fontconfig_stand_ins(tmp_path):
    conf = pdf.fontconfig_file(tmp_path).read_text(encoding="utf-8")
    assert "<family>仿宋_GB2312</family>" in conf and "Noto Serif CJK SC" in conf
    assert "/etc/fonts/fonts.conf" in conf
