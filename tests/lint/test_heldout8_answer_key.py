"""The eighth held-out set's answer keys, checked without running lint (issue 14 item 8, issue 19).

plans/heldout8/ holds real published plans and procedures transcribed blind (by someone who had not read the lint
rules or the importer, and ran neither `plancraft lint` nor `plancraft import` on them); their keys
(tests/fixtures/heldout8/*.faults.yaml) were landed before lint or import was run. This test checks only what needs
no lint: every plan validates, every key's fault names a known kind and a place that exists in its transcription, and
every plan has its source text and Word document. It keeps no recall or precision: that is measured by the lead
(`python -m tests.outside_key heldout8`) and recorded in plans/heldout8/README.md.
The checks every blind set shares (plans validate, keys name known kinds and real places, sources and Word
documents present) are in tests/lint/test_heldout_transcriptions.py; this file keeps what is particular to the set.
"""

from __future__ import annotations


from plancraft.loader import load
from tests.conftest import PLANS
from tests.outside_key import SETS, names

HELDOUT8 = PLANS / "heldout8"
HELDOUT8_KEYS = SETS["heldout8"]
NAMES = names(HELDOUT8_KEYS)


def test_five_plans_each_keyed_three_chinese_two_english():
    assert sorted(p.stem for p in HELDOUT8.glob("*.yaml")) == NAMES == [f"h8-{i}" for i in range(1, 6)]
    languages = sorted(load(HELDOUT8 / f"{name}.yaml").data["document"]["language"] for name in NAMES)
    assert languages == ["en", "en", "zh-CN", "zh-CN", "zh-CN"]
