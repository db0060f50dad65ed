"""The sixth held-out set's answer keys, checked without running lint (issue 14 item 8, issue 19).

plans/heldout6/ holds real published Chinese plans and procedures of financial institutions (a rural bank, bank
branches of a big state bank and of an unnamed bank, a securities company, a financial consumer association) transcribed blind (by someone who had not read the
lint rules or the importer, and ran neither `plancraft lint` nor `plancraft import` on them); their keys
(tests/fixtures/heldout6/*.faults.yaml) were landed before lint or import was run. Until the lead measures them, this
test checks only what needs no lint: every plan validates, every key's fault names a known kind and a place that
exists in its transcription, and every plan has its source text and Word document.
The checks every blind set shares (plans validate, keys name known kinds and real places, sources and Word
documents present) are in tests/lint/test_heldout_transcriptions.py; this file keeps what is particular to the set.
"""

from __future__ import annotations


from plancraft.loader import load
from tests.conftest import PLANS
from tests.outside_key import SETS, names

HELDOUT6 = PLANS / "heldout6"
HELDOUT6_KEYS = SETS["heldout6"]
NAMES = names(HELDOUT6_KEYS)


def test_five_plans_each_keyed_all_chinese():
    assert sorted(p.stem for p in HELDOUT6.glob("*.yaml")) == NAMES
    assert len(NAMES) == 5
    languages = {load(HELDOUT6 / f"{name}.yaml").data["document"]["language"] for name in NAMES}
    assert languages == {"zh-CN"}
