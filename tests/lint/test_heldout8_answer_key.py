"""The eighth held-out set's answer keys, checked without running lint (issue 14 item 8, issue 19).

plans/heldout8/ holds real published plans and procedures transcribed blind (by someone who had not read the lint
rules or the importer, and ran neither `plancraft lint` nor `plancraft import` on them); their keys
(tests/fixtures/heldout8/*.faults.yaml) were landed before lint or import was run. This test checks only what needs
no lint: every plan validates, every key's fault names a known kind and a place that exists in its transcription, and
every plan has its source text and Word document. It keeps no recall or precision: that is measured by the lead
(`python -m tests.outside_key heldout8`) and recorded in plans/heldout8/README.md.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from docx import Document

from plancraft.cli import main
from plancraft.loader import load
from tests.conftest import PLANS
from tests.outside_key import SETS, key_faults, names

HELDOUT8 = PLANS / "heldout8"
HELDOUT8_KEYS = SETS["heldout8"]
NAMES = names(HELDOUT8_KEYS)


def test_five_plans_each_keyed_three_chinese_two_english():
    assert sorted(p.stem for p in HELDOUT8.glob("*.yaml")) == NAMES == [f"h8-{i}" for i in range(1, 6)]
    languages = sorted(load(HELDOUT8 / f"{name}.yaml").data["document"]["language"] for name in NAMES)
    assert languages == ["en", "en", "zh-CN", "zh-CN", "zh-CN"]


def test_every_plan_validates():
    result = CliRunner().invoke(main, ["validate", str(HELDOUT8)])
    assert result.exit_code == 0, result.output
    assert f"No problems in {len(NAMES)} files." in result.output


def test_every_fault_names_a_known_kind_and_a_place_in_its_plan():
    assert key_faults(HELDOUT8, HELDOUT8_KEYS, NAMES) == []


@pytest.mark.parametrize("name", NAMES)
def test_each_plan_has_its_source_text_and_word_document(name):
    plan = load(HELDOUT8 / f"{name}.yaml").data
    document = plan["document"]
    assert document["source"]["publication"] and document["source"]["address"]
    assert document["type"] in ("emergency-plan", "complaint-procedure") and document["jurisdiction"]
    text = (HELDOUT8 / "sources" / f"{name}.txt").read_text(encoding="utf-8")
    head = text.split("\n\n", 1)[0]
    if document["language"] == "zh-CN":
        assert text.split("\n", 1)[0] == f"来源地址: {document['source']['address']}"
        assert "取得日期:" in head
    else:
        assert text.split("\n", 1)[0] == f"Address: {document['source']['address']}"
        assert "Retrieved:" in head
    doc = Document(str(HELDOUT8 / "sources" / f"{name}.docx"))
    assert any(p.style.name.startswith(("Heading", "Title")) for p in doc.paragraphs) and len(doc.paragraphs) > 2
