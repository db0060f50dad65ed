"""The ninth held-out set's answer keys, checked without running lint (issue 14 item 8, issue 19).

plans/heldout9/ holds real published plans and procedures transcribed blind (by someone who had not read the lint
rules or the importer, and ran neither `plancraft lint` nor `plancraft import` on them); their keys
(tests/fixtures/heldout9/*.faults.yaml) were landed before lint or import was run. This test checks only what needs
no lint: every plan validates, every key's fault names a known kind and a place that exists in its transcription,
and every plan has its source text and Word document.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from docx import Document

from plancraft.cli import main
from plancraft.loader import load
from tests.conftest import PLANS
from tests.outside_key import SETS, key_faults, names

HELDOUT9 = PLANS / "heldout9"
HELDOUT9_KEYS = SETS["heldout9"]
NAMES = names(HELDOUT9_KEYS)


def test_five_plans_each_keyed_three_chinese_two_english():
    assert sorted(p.stem for p in HELDOUT9.glob("*.yaml")) == NAMES == [f"h9-{n}" for n in range(1, 6)]
    languages = sorted(load(HELDOUT9 / f"{name}.yaml").data["document"]["language"] for name in NAMES)
    assert languages == ["en", "en", "zh-CN", "zh-CN", "zh-CN"]


def test_every_plan_validates():
    result = CliRunner().invoke(main, ["validate", str(HELDOUT9)])
    assert result.exit_code == 0, result.output
    assert f"No problems in {len(NAMES)} files." in result.output


def test_every_fault_names_a_known_kind_and_a_place_in_its_plan():
    assert key_faults(HELDOUT9, HELDOUT9_KEYS, NAMES) == []


@pytest.mark.parametrize("name", NAMES)
def test_each_plan_has_its_source_text_and_word_document(name):
    plan = load(HELDOUT9 / f"{name}.yaml").data
    document = plan["document"]
    assert document["source"]["publication"] and document["source"]["address"]
    assert document["type"] in ("emergency-plan", "complaint-procedure") and document["jurisdiction"]
    text = (HELDOUT9 / "sources" / f"{name}.txt").read_text(encoding="utf-8")
    head = text.split("\n\n", 1)[0]
    if document["language"] == "zh-CN":
        assert text.split("\n", 1)[0] == f"来源地址: {document['source']['address']}"
        assert "取得日期:" in head
    else:
        assert text.split("\n", 1)[0] == f"Address: {document['source']['address']}"
        assert "Retrieved:" in head
    doc = Document(str(HELDOUT9 / "sources" / f"{name}.docx"))
    assert any(p.style.name.startswith(("Heading", "Title")) for p in doc.paragraphs) and len(doc.paragraphs) > 2
