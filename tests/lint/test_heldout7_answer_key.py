"""The seventh held-out set's answer keys, checked without running lint (issue 14 item 8, issue 19).

plans/heldout7/ holds real published plans and procedures (English from the UK and Australia, Chinese from sectors
no earlier set used) transcribed blind (by someone who had not read the lint rules or the importer, and ran neither
`plancraft lint` nor `plancraft import` on them); their keys (tests/fixtures/heldout7/*.faults.yaml) were landed before
lint or import was run. Until the lead measures them, this test checks only what needs no lint: every plan validates,
every key's fault names a known kind and a place that exists in its transcription, and every plan has its source text
and Word document.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from docx import Document

from plancraft.cli import main
from plancraft.loader import load
from tests.conftest import PLANS
from tests.outside_key import SETS, key_faults, names

HELDOUT7 = PLANS / "heldout7"
HELDOUT7_KEYS = SETS["heldout7"]
NAMES = names(HELDOUT7_KEYS)
# The languages of the set's plans, sorted (checked against the transcriptions' document.language).
LANGUAGES = ["en", "en", "zh-CN", "zh-CN", "zh-CN"]


def test_every_plan_is_keyed_and_in_its_language():
    assert sorted(p.stem for p in HELDOUT7.glob("*.yaml")) == NAMES
    languages = sorted(load(HELDOUT7 / f"{name}.yaml").data["document"]["language"] for name in NAMES)
    assert languages == LANGUAGES


def test_every_plan_validates():
    result = CliRunner().invoke(main, ["validate", str(HELDOUT7)])
    assert result.exit_code == 0, result.output
    assert f"No problems in {len(NAMES)} files." in result.output


def test_every_fault_names_a_known_kind_and_a_place_in_its_plan():
    assert key_faults(HELDOUT7, HELDOUT7_KEYS, NAMES) == []


@pytest.mark.parametrize("name", NAMES)
def test_each_plan_has_its_source_text_and_word_document(name):
    plan = load(HELDOUT7 / f"{name}.yaml").data
    document = plan["document"]
    assert document["source"]["publication"] and document["source"]["address"]
    assert document["type"] in ("emergency-plan", "complaint-procedure") and document["jurisdiction"]
    text = (HELDOUT7 / "sources" / f"{name}.txt").read_text(encoding="utf-8")
    head = text.split("\n\n", 1)[0]
    if document["language"] == "zh-CN":
        assert text.split("\n", 1)[0] == f"来源地址: {document['source']['address']}"
        assert "取得日期:" in head
    else:
        assert text.split("\n", 1)[0] == f"Address: {document['source']['address']}"
        assert "Retrieved:" in head
    doc = Document(str(HELDOUT7 / "sources" / f"{name}.docx"))
    assert any(p.style.name.startswith(("Heading", "Title")) for p in doc.paragraphs) and len(doc.paragraphs) > 2


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
