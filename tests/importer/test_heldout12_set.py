"""The twelfth held-out set, checked without importing it (issue 19: "documents you have not seen").

plans/heldout12/ holds five real published plans and procedures (four Chinese, one English) transcribed blind by
hand, as a compliance officer would, by someone who had not read the importer and ran neither `plancraft import` nor
`plancraft lint` on them. The set measures `plancraft import` only (no lint answer keys). This test checks what needs
no import: every plan validates (the CLI, as a user runs it), each has its source text with the address and the
retrieval date at the top, and its Word document opens with python-docx and holds the text's first heading as a
heading of its own.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from docx import Document

from plancraft.cli import main
from plancraft.loader import load
from tests.conftest import PLANS

HELDOUT12 = PLANS / "heldout12"
NAMES = ["h12-1", "h12-2", "h12-3", "h12-4", "h12-5"]

# The first heading of each source text, as the text numbers it.
FIRST_HEADING = {
    "h12-1": "一、总则",
    "h12-2": "一、总则",
    "h12-3": "第一节 业务突发",
    "h12-4": "(一)东吴期货客户投诉渠道",
    "h12-5": "Complaint Process",
}


def test_five_plans_four_chinese_one_english():
    assert sorted(p.stem for p in HELDOUT12.glob("*.yaml")) == NAMES
    languages = sorted(load(HELDOUT12 / f"{name}.yaml").data["document"]["language"] for name in NAMES)
    assert languages == ["en", "zh-CN", "zh-CN", "zh-CN", "zh-CN"]
    types = sorted(load(HELDOUT12 / f"{name}.yaml").data["document"]["type"] for name in NAMES)
    assert types == ["complaint-procedure", "complaint-procedure", "emergency-plan", "emergency-plan", "emergency-plan"]


def test_every_plan_validates():
    result = CliRunner().invoke(main, ["validate", str(HELDOUT12)])
    assert result.exit_code == 0, result.output
    assert "No problems in 5 files." in result.output


@pytest.mark.parametrize("name", NAMES)
def test_each_plan_validates_on_its_own(name):
    result = CliRunner().invoke(main, ["validate", str(HELDOUT12 / f"{name}.yaml")])
    assert result.exit_code == 0, result.output
    assert "No problems in 1 file." in result.output


@pytest.mark.parametrize("name", NAMES)
def test_each_plan_has_its_source_text_with_address_and_date(name):
    document = load(HELDOUT12 / f"{name}.yaml").data["document"]
    assert document["source"]["publication"] and document["source"]["address"]
    text = (HELDOUT12 / "sources" / f"{name}.txt").read_text(encoding="utf-8")
    head, body = text.split("\n\n", 1)
    if document["language"] == "zh-CN":
        assert text.split("\n", 1)[0] == f"来源地址: {document['source']['address']}"
        assert "取得日期: 2026-12-02" in head
    else:
        assert text.split("\n", 1)[0] == f"Address: {document['source']['address']}"
        assert "Retrieved: 2026-12-02" in head
    assert FIRST_HEADING[name] in body


@pytest.mark.parametrize("name", NAMES)
def test_each_word_document_opens_and_holds_the_first_heading(name):
    doc = Document(str(HELDOUT12 / "sources" / f"{name}.docx"))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert FIRST_HEADING[name] in [p.text for p in doc.paragraphs]
    assert FIRST_HEADING[name] in headings
    # the page's own furniture (address block, share-site notices) is not in the document
    texts = "\n".join(p.text for p in doc.paragraphs)
    assert "来源地址" not in texts and "Retrieved:" not in texts and "版权说明" not in texts


def test_the_credit_union_tables_are_word_tables():
    doc = Document(str(HELDOUT12 / "sources" / "h12-5.docx"))
    rows = [[cell.text for cell in row.cells] for table in doc.tables for row in table.rows]
    assert ["1st Level - Supervisor"] in rows
    assert ["Step 1:", "Determine if complaint is fully or partially justified:"] in rows
    assert ["Credit Union", "Please contact any branch of your cred"] in rows
