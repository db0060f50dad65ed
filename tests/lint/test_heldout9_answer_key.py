"""The ninth held-out set's answer keys, checked without running lint (issue 14 item 8, issue 19).

plans/heldout9/ holds real published plans and procedures transcribed blind (by someone who had not read the lint
rules or the importer, and ran neither `plancraft lint` nor `plancraft import` on them); their keys
(tests/fixtures/heldout9/*.faults.yaml) were landed before lint or import was run. This test checks only what needs
no lint: every plan validates, every key's fault names a known kind and a place that exists in its transcription,
and every plan has its source text and Word document.
The checks every blind set shares (plans validate, keys name known kinds and real places, sources and Word
documents present) are in tests/lint/test_heldout_transcriptions.py; this file keeps what is particular to the set.
"""

from __future__ import annotations


from plancraft.loader import load
from tests.conftest import PLANS
from tests.outside_key import SETS, names

HELDOUT9 = PLANS / "heldout9"
HELDOUT9_KEYS = SETS["heldout9"]
NAMES = names(HELDOUT9_KEYS)


def test_five_plans_each_keyed_three_chinese_two_english():
    assert sorted(p.stem for p in HELDOUT9.glob("*.yaml")) == NAMES == [f"h9-{n}" for n in range(1, 6)]
    languages = sorted(load(HELDOUT9 / f"{name}.yaml").data["document"]["language"] for name in NAMES)
    assert languages == ["en", "en", "zh-CN", "zh-CN", "zh-CN"]
