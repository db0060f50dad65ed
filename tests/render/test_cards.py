"""Pocket response cards (issue 16 part 6): one card per acting role with its steps, deadlines,
caps, escalations and numbers; A6 or four to an A4 sheet; draft marking; byte-identical."""

from __future__ import annotations

import copy
import io
import re

import docx
import pytest
from click.testing import CliRunner

from plancraft.cli import main
from plancraft.render.cards import acting_roles, cards_docx

from .helpers import EXAMPLES, part

ZH = EXAMPLES / "bank-branch.zh.yaml"
EN = EXAMPLES / "bank-branch.en.yaml"


def _cards(docx_bytes: bytes) -> dict[str, list[str]]:
    """Card title -> its paragraphs' text (A6 layout: a card starts with its title paragraph)."""
    doc = docx.Document(io.BytesIO(docx_bytes))
    out: dict[str, list[str]] = {}
    current = None
    for p in doc.paragraphs:
        if p.text.startswith(("应急处置卡", "Response card")):
            current = p.text
            out[current] = []
        elif current:
            out[current].append(p.text)
    return out


def test_one_card_per_acting_role_with_steps_deadlines_and_numbers(zh_plan):
    data = cards_docx(zh_plan)
    cards = _cards(data)
    assert len(cards) == len(acting_roles(zh_plan)) >= 3
    lobby = next(v for k, v in cards.items() if "大堂经理" in k)
    assert "处置步骤" in lobby and "联系电话" in lobby
    steps = [t for t in lobby if re.match(r"\d+\.", t)]
    assert steps and all(re.search(r"（\d+(分钟|小时|日)内）", s) for s in steps if "内）" in s)
    assert [int(s.split(".")[0]) for s in steps] == list(range(1, len(steps) + 1))  # in order
    president = next(v for k, v in cards.items() if k.endswith("组长（行长）"))
    assert "审批权限" in president
    assert any("10,000元" in t for t in president)
    # whom the leader escalates to, with the number and whether it answers round the clock
    assert any(t.startswith("☎ 当地派出所：110") for t in president)


def test_cards_are_a6_draft_marked_and_byte_identical(zh_plan):
    first, second = cards_docx(zh_plan), cards_docx(copy.deepcopy(zh_plan))
    assert first == second
    section = docx.Document(io.BytesIO(first)).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (105, 148)
    headers = "".join(v for k, v in _parts(first).items() if "header" in k)
    assert "草稿" in headers and "PowerPlusWaterMarkObject" in headers
    footers = "".join(v for k, v in _parts(first).items() if "footer" in k)
    assert "梁农银发〔2024〕12号" in footers and "版本：1.1" in footers and "校验码" not in footers
    final = cards_docx(zh_plan, draft=False, digest="sha256:" + "ab" * 32)
    assert "草稿" not in "".join(_parts(final).values())
    assert "校验码：abababababab" in "".join(v for k, v in _parts(final).items() if "footer" in k)


def _parts(docx_bytes: bytes) -> dict[str, str]:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")}


def test_a4_sheet_has_four_cards_and_cut_lines(zh_plan):
    data = cards_docx(zh_plan, sheet="a4")
    doc = docx.Document(io.BytesIO(data))
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    table = doc.tables[0]
    assert len(table.columns) == 2
    assert 'w:val="dashed"' in part(data, "word/document.xml")
    titles = [c.paragraphs[0].text for row in table.rows for c in row.cells if c.paragraphs[0].text]
    assert len(titles) == len(acting_roles(zh_plan))


def test_english_cards(en_plan):
    cards = _cards(cards_docx(en_plan))
    assert cards and all(k.startswith("Response card — ") for k in cards)
    text = "\n".join(t for v in cards.values() for t in v)
    assert "Steps" in text and "Numbers to call" in text and re.search(r"\(within \d+ (minutes|hours?)\)", text)
    assert not re.search(r"[\u4e00-\u9fff]", text)


def test_cards_command(tmp_path):
    out = tmp_path / "cards.docx"
    result = CliRunner().invoke(main, ["cards", str(ZH), "-o", str(out), "--role", "lobby-manager"])
    assert result.exit_code == 0, result.output
    cards = _cards(out.read_bytes())
    assert len(cards) == 1 and "大堂经理" in next(iter(cards))
    bad = CliRunner().invoke(main, ["cards", str(ZH), "-o", str(tmp_path / "x.docx"), "--role", "nobody"])
    assert bad.exit_code == 2 and "no role `nobody`" in bad.output and "lobby-manager" in bad.output
    assert not (tmp_path / "x.docx").exists()


@pytest.mark.parametrize("path", sorted((EXAMPLES.parent / "seed").glob("*.yaml")), ids=lambda p: p.stem)
def test_cards_for_every_seed_plan(path):
    from .helpers import load_plan

    plan = load_plan(path)
    cards = _cards(cards_docx(plan))
    assert len(cards) == len(acting_roles(plan))
    text = "\n".join(t for v in cards.values() for t in v)
    assert "None" not in text and "每每" not in text


def test_a_complaint_procedure_gets_procedure_cards(zh_plan, en_plan):
    """document.type: complaint-procedure — the cards are 岗位处理卡 / Procedure cards, not response cards."""
    for plan, title in ((zh_plan, "岗位处理卡"), (en_plan, "Procedure card")):
        plan = copy.deepcopy(plan)
        plan["document"]["type"] = "complaint-procedure"
        doc = docx.Document(io.BytesIO(cards_docx(plan)))
        titles = [p.text for p in doc.paragraphs if p.text.startswith(title)]
        assert len(titles) == len(acting_roles(plan)) >= 3
        assert not any(p.text.startswith(("应急处置卡", "Response card")) for p in doc.paragraphs)
