"""What every blind set's transcriptions must hold before lint or import is run on them (issue 14 item 8, issue 19).

plans/heldout5/ to plans/heldout9/ were each transcribed blind, by someone who had not read the lint rules or the
importer, and their keys landed before lint or import was run (each set's README). These checks need no lint: every
plan validates, every key's fault names a known kind and a place that exists in its transcription, and every plan
has its source text (address and retrieval date at the top, in the plan's language) and its Word document. Each
set's own test file keeps what is particular to it (its plans and languages, a table, its recall).
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from docx import Document

from plancraft.cli import main
from plancraft.loader import load
from tests.conftest import PLANS
from tests.outside_key import SETS, key_faults, names

BLIND_SETS = ["heldout5", "heldout6", "heldout7", "heldout8", "heldout9"]
PLANS_OF_SETS = [(set_name, name) for set_name in BLIND_SETS for name in names(SETS[set_name])]


@pytest.mark.parametrize("set_name", BLIND_SETS)
def test_every_plan_validates(set_name):
    result = CliRunner().invoke(main, ["validate", str(PLANS / set_name)])
    assert result.exit_code == 0, result.output
    assert f"No problems in {len(names(SETS[set_name]))} files." in result.output


@pytest.mark.parametrize("set_name", BLIND_SETS)
def test_every_fault_names_a_known_kind_and_a_place_in_its_plan(set_name):
    assert key_faults(PLANS / set_name, SETS[set_name], names(SETS[set_name])) == []


@pytest.mark.parametrize(("set_name", "name"), PLANS_OF_SETS)
def test_each_plan_has_its_source_text_and_word_document(set_name, name):
    folder = PLANS / set_name
    document = load(folder / f"{name}.yaml").data["document"]
    assert document["source"]["publication"] and document["source"]["address"]
    assert document["type"] in ("emergency-plan", "complaint-procedure") and document["jurisdiction"]
    text = (folder / "sources" / f"{name}.txt").read_text(encoding="utf-8")
    head = text.split("\n\n", 1)[0]
    if document["language"] == "zh-CN":
        assert text.split("\n", 1)[0] == f"来源地址: {document['source']['address']}"
        assert "取得日期:" in head
    else:
        assert text.split("\n", 1)[0] == f"Address: {document['source']['address']}"
        assert "Retrieved:" in head
    doc = Document(str(folder / "sources" / f"{name}.docx"))
    assert any(p.style.name.startswith(("Heading", "Title")) for p in doc.paragraphs) and len(doc.paragraphs) > 2
