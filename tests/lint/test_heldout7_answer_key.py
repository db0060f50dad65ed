"""The seventh held-out set's answer keys, checked without running lint (issue 14 item 8, issue 19).

plans/heldout7/ holds real published plans and procedures (English from the UK and Australia, Chinese from sectors
no earlier set used) transcribed blind (by someone who had not read the lint rules or the importer, and ran neither
`plancraft lint` nor `plancraft import` on them); their keys (tests/fixtures/heldout7/*.faults.yaml) were landed before
lint or import was run. Until the lead measures them, this test checks only what needs no lint: every plan validates,
every key's fault names a known kind and a place that exists in its transcription, and every plan has its source text
and Word document.
The checks every blind set shares (plans validate, keys name known kinds and real places, sources and Word
documents present) are in tests/lint/test_heldout_transcriptions.py; this file keeps what is particular to the set.
"""

from __future__ import annotations

from docx import Document

from plancraft.loader import load
from tests.conftest import PLANS
from tests.outside_key import SETS, names

HELDOUT7 = PLANS / "heldout7"
HELDOUT7_KEYS = SETS["heldout7"]
NAMES = names(HELDOUT7_KEYS)
# The languages of the set's plans, sorted (checked against the transcriptions' document.language).
LANGUAGES = ["en", "en", "zh-CN", "zh-CN", "zh-CN"]


def test_every_plan_is_keyed_and_in_its_language():
    assert sorted(p.stem for p in HELDOUT7.glob("*.yaml")) == NAMES
    languages = sorted(load(HELDOUT7 / f"{name}.yaml").data["document"]["language"] for name in NAMES)
    assert languages == LANGUAGES


def test_a_source_table_is_a_word_table():
    """The importer is measured on these documents: the Australian page's table of response timeframes is a Word
    table with its header and three rows, not lines of text with "|" in them."""
    doc = Document(str(HELDOUT7 / "sources" / "cashlab-complaints.docx"))
    (table,) = doc.tables
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["Type of Complaint", "Maximum Timeframe"]
    assert [row[0] for row in rows[1:]] == [
        "Complaints involving default notices",
        "Hardship notices or enforcement proceedings",
        "All other complaints",
    ]
    assert not any("|" in p.text for p in doc.paragraphs)
