"""What a response card says, read as its holder reads it (found by reading the cards of the examples)."""

from __future__ import annotations

import io

import docx

from plancraft.loader import load
from plancraft.render.cards import cards_docx

from .helpers import EXAMPLES


def _texts(path) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(cards_docx(load(path).readable))).paragraphs]


def test_a_cap_keeps_its_unit_apart_from_the_amount():
    texts = _texts(EXAMPLES / "bank-branch.zh.yaml")
    assert "• 紧急用款援助（贵宾客户）：10,000元（每名客户每次事件）" in texts  # not 10,000元每名客户每次事件
    english = _texts(EXAMPLES / "bank-branch.en.yaml")
    assert any(t.startswith("• ") and "10,000" in t and " per " in t for t in english)
