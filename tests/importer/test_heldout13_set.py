"""The thirteenth held-out set (plans/heldout13/) is whole: checks that need no import.

Every hand transcription passes `plancraft validate` (run as the CLI), every plan has its source text and its Word
document, and each Word document opens with python-docx and carries the source's first heading. The set measures
`plancraft import` blind (issue 19); these checks never run the importer.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "plans" / "heldout13"
PLANS = ["h13-1", "h13-2", "h13-3", "h13-4", "h13-5"]

# The first heading of each source as its text has it (h13-5's page has no heading of its own: its title, from the other
# stored copy of the page, is in the .txt header).
FIRST_HEADING = {
    "h13-1": "第一章 总 则",
    "h13-2": "第一章总则",
    "h13-3": "1. 总则",
    "h13-4": "The stages of making a complaint",
    "h13-5": "Complaint acknowledgement and response",
}

# Where each source came from: the address on the .txt's first line, and the same address in the plan's document.source.
ADDRESS = {
    "h13-1": "https://yfs8.com/news/650948.html",
    "h13-2": "https://m.777doc.com/doc-6377653.html",
    "h13-3": "https://m.azee.cn/wenku/rsdrh/1lnE72ZjLb",
    "h13-4": "https://www.thch.org.uk/make-a-complaint",
    "h13-5": "https://westernpower.com.au/issues-enquiries/make-a-claim/complaint-acknowledgement-and-response",
}


def test_the_set_is_the_five_plans():
    assert sorted(p.stem for p in SET.glob("*.yaml")) == PLANS
    assert sorted(p.name for p in (SET / "sources").iterdir()) == sorted(
        f"{name}.{ext}" for name in PLANS for ext in ("txt", "docx")
    )


def test_every_plan_validates():
    paths = [str(SET / f"{name}.yaml") for name in PLANS]
    result = subprocess.run([sys.executable, "-m", "plancraft", "validate", *paths], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No problems in 5 files." in result.stdout


@pytest.mark.parametrize("name", PLANS)
def test_source_text_names_its_address(name):
    text = (SET / "sources" / f"{name}.txt").read_text(encoding="utf-8")
    first_line = text.splitlines()[0]
    assert first_line.endswith(ADDRESS[name])
    assert ADDRESS[name] in (SET / f"{name}.yaml").read_text(encoding="utf-8")
    assert FIRST_HEADING[name] in text


@pytest.mark.parametrize("name", PLANS)
def test_word_document_opens_and_carries_the_first_heading(name):
    doc = Document(str(SET / "sources" / f"{name}.docx"))
    texts = [p.text for p in doc.paragraphs]
    assert FIRST_HEADING[name] in texts
    # the address block at the top of the .txt is not part of the document
    assert not any(ADDRESS[name] in t for t in texts)
