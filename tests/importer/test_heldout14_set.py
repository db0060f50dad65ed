"""The fourteenth held-out set (plans/heldout14/): real published plans transcribed blind, for `plancraft import` (issue 19).

The set measures the importer only (no lint answer keys). These checks need no import: every transcription validates,
every plan has its source text (address and retrieval date at the top, in the plan's language) and its Word document,
the Word document opens with python-docx, holds the source's first heading as a heading, and is exactly what
scripts/heldout_docx.py makes from the source text with LAYOUT14 (so a changed .txt cannot leave a stale .docx).
"""

from __future__ import annotations

import importlib.util

import pytest
from click.testing import CliRunner
from docx import Document

from plancraft.cli import main
from plancraft.loader import load
from tests.conftest import PLANS, ROOT

FOLDER = PLANS / "heldout14"
# plan -> (language, type, the first heading of its source text)
PLANS_OF_SET = {
    "h14-1": ("zh-CN", "emergency-plan", "前 言"),
    "h14-2": ("zh-CN", "emergency-plan", "(三)对到市委、市政府或农林局5人以下的集体越级上访的接待程序:"),
    "h14-3": ("zh-CN", "emergency-plan", "一、一级突发事件"),
    "h14-4": ("zh-CN", "complaint-procedure", "第一章总则"),
    "h14-5": ("en", "complaint-procedure", "What is a Dispute?"),
}


def _script():
    spec = importlib.util.spec_from_file_location("heldout_docx", ROOT / "scripts" / "heldout_docx.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_set_holds_exactly_its_plans():
    assert sorted(path.stem for path in FOLDER.glob("*.yaml")) == sorted(PLANS_OF_SET)
    assert sorted(path.name for path in (FOLDER / "sources").iterdir()) == sorted(
        f"{name}.{ext}" for name in PLANS_OF_SET for ext in ("txt", "docx")
    )
    assert sorted(_script().LAYOUT14) == sorted(PLANS_OF_SET)


def test_every_plan_validates():
    result = CliRunner().invoke(main, ["validate", str(FOLDER)])
    assert result.exit_code == 0, result.output
    assert f"No problems in {len(PLANS_OF_SET)} files." in result.output


@pytest.mark.parametrize("name", sorted(PLANS_OF_SET))
def test_each_plan_has_its_source_text(name):
    language, kind, _ = PLANS_OF_SET[name]
    document = load(FOLDER / f"{name}.yaml").data["document"]
    assert (document["id"], document["language"], document["type"]) == (name, language, kind)
    assert document["jurisdiction"] and document["source"]["publication"]
    text = (FOLDER / "sources" / f"{name}.txt").read_text(encoding="utf-8")
    head = text.split("\n\n", 1)[0]
    if language == "zh-CN":
        assert text.split("\n", 1)[0] == f"来源地址: {document['source']['address']}"
        assert "取得日期: 2026-12-02" in head
    else:
        assert text.split("\n", 1)[0] == f"Address: {document['source']['address']}"
        assert "Retrieved: 2026-12-02" in head


@pytest.mark.parametrize("name", sorted(PLANS_OF_SET))
def test_each_word_document_holds_the_first_heading_of_its_source(name):
    first_heading = PLANS_OF_SET[name][2]
    script = _script()
    text = (FOLDER / "sources" / f"{name}.txt").read_text(encoding="utf-8")
    assert first_heading in text
    made = script.paragraphs(name, text, script.LAYOUT14)
    assert first_heading in [value for kind, value in made]
    doc = Document(str(FOLDER / "sources" / f"{name}.docx"))
    styles = {p.text: p.style.name for p in doc.paragraphs}
    assert styles[first_heading].startswith("Heading")
    # the .docx is the one the script makes from the current .txt: same paragraphs, same kinds, same order
    expected = [(kind, value) for kind, value in made if kind != "table"]
    style_of = {"title": "Title", "bullet": "List Bullet", "p": "Normal"}
    got = [(p.style.name, p.text) for p in doc.paragraphs]
    assert got == [(style_of.get(kind, f"Heading {kind[1:]}"), value) for kind, value in expected]
    tables = [value for kind, value in made if kind == "table"]
    assert [[[cell.text for cell in row.cells] for row in table.rows] for table in doc.tables] == tables
