"""The tenth held-out set (plans/heldout10/): what its plans must hold before the importer is run on them (issue 19).

The set measures `plancraft import` only (no lint answer keys): five real published texts, transcribed by hand by
someone who had not read the importer. These checks need no import: every plan validates, every plan has its source
text (address and retrieval date at the top) and its Word document, and the Word document opens and carries the source
text's first heading as a heading (or, where the text has no heading of its own, as its title).
"""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from docx import Document

from plancraft.cli import main
from plancraft.loader import load
from tests.conftest import PLANS

FOLDER = PLANS / "heldout10"

# name -> (language, document.type, jurisdiction, the first heading of sources/NAME.txt exactly as the text has it)
PLANS_OF_SET = {
    "h10-1": ("zh-CN", "emergency-plan", "CN", "第十一章 危机事件 的处理流程"),
    "h10-2": ("zh-CN", "emergency-plan", "CN", "一、组织架构与职责分工"),
    "h10-3": ("zh-CN", "emergency-plan", "CN", "第一部分总则"),
    "h10-4": ("zh-CN", "complaint-procedure", "CN", "首问责任制"),
    "h10-5": ("en", "complaint-procedure", "GB", "Stage One - Investigation and response"),
}


def _bare(text: str) -> str:
    """The text without whitespace: the sharing site of h10-1 set spaces around highlighted words."""
    return re.sub(r"\s+", "", text)


def test_the_set_is_these_five_plans_and_every_one_validates():
    assert sorted(path.stem for path in FOLDER.glob("*.yaml")) == sorted(PLANS_OF_SET)
    result = CliRunner().invoke(main, ["validate", str(FOLDER)])
    assert result.exit_code == 0, result.output
    assert "No problems in 5 files." in result.output


@pytest.mark.parametrize("name", sorted(PLANS_OF_SET))
def test_each_plan_validates_on_its_own(name):
    result = CliRunner().invoke(main, ["validate", str(FOLDER / f"{name}.yaml")])
    assert result.exit_code == 0, result.output
    assert "No problems in 1 file." in result.output


@pytest.mark.parametrize("name", sorted(PLANS_OF_SET))
def test_each_plan_says_what_it_is_and_where_its_text_came_from(name):
    language, kind, jurisdiction, _ = PLANS_OF_SET[name]
    document = load(FOLDER / f"{name}.yaml").data["document"]
    assert (document["id"], document["language"], document["type"], document["jurisdiction"]) == (
        name,
        language,
        kind,
        jurisdiction,
    )
    text = (FOLDER / "sources" / f"{name}.txt").read_text(encoding="utf-8")
    first_line, head = text.split("\n", 1)[0], text.split("\n\n", 1)[0]
    if language == "zh-CN":
        assert first_line == f"来源地址: {document['source']['address']}"
        assert "取得日期: 2026-12-02" in head
    else:
        assert first_line == f"Address: {document['source']['address']}"
        assert "Retrieved: 2026-12-02" in head


@pytest.mark.parametrize("name", sorted(PLANS_OF_SET))
def test_each_word_document_opens_and_carries_the_first_heading_of_its_text(name):
    heading = PLANS_OF_SET[name][3]
    text = (FOLDER / "sources" / f"{name}.txt").read_text(encoding="utf-8")
    body = text.split("\n\n", 1)[1]
    assert heading in body
    doc = Document(str(FOLDER / "sources" / f"{name}.docx"))
    styled = [(p.style.name, p.text) for p in doc.paragraphs]
    assert len(styled) > 5
    hits = [style for style, words in styled if _bare(words) == _bare(heading)]
    assert hits and hits[0].startswith(("Heading", "Title")), styled[:3]
    # the address block of the .txt is not part of the Word document
    assert not any(words.startswith(("来源地址:", "Address:", "取得日期:", "Retrieved:")) for _, words in styled)
