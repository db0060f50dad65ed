"""The fifth held-out set's answer keys, checked without running lint (issue 14 item 8, issue 19).

plans/heldout5/ holds real published plans and procedures (four Chinese, two English) transcribed blind (by someone
who had not read the lint rules or the importer, and ran neither `plancraft lint` nor `plancraft import` on them);
their keys (tests/fixtures/heldout5/*.faults.yaml) were landed before lint or import was run. This test checks what
needs no lint: every plan validates, every key's fault names a known kind and a place
that exists in its transcription, and every plan has its source text and Word document. After the one blind
measurement (main at 147141f) and the final one (main at 6a8df0b, after the rule work of the session; both in
plans/heldout5/README.md) it also keeps recall, as for the earlier held-out sets: a listed fault lint found at the
final measurement may not be lost, and the number found may not fall below it. It asserts no precision floor (the
wrong findings, reviewed in NAME.review.yaml, are recorded in the README) and does not require every new finding to
be reviewed, so that work on the rules does not have to look at these plans to keep the suite green.
The checks every blind set shares (plans validate, keys name known kinds and real places, sources and Word
documents present) are in tests/lint/test_heldout_transcriptions.py; this file keeps what is particular to the set.
"""

from __future__ import annotations

import pytest

from plancraft.loader import load
from tests.conftest import PLANS
from tests.outside_key import SETS, faults_found, lost_faults, names, score, unlisted_misses

HELDOUT5 = PLANS / "heldout5"
HELDOUT5_KEYS = SETS["heldout5"]
NAMES = names(HELDOUT5_KEYS)


def test_six_plans_each_keyed_four_chinese_two_english():
    assert sorted(p.stem for p in HELDOUT5.glob("*.yaml")) == NAMES
    languages = sorted(load(HELDOUT5 / f"{name}.yaml").data["document"]["language"] for name in NAMES)
    assert languages == ["en", "en", "zh-CN", "zh-CN", "zh-CN", "zh-CN"]


# Listed faults no rule found at the final measurement (main at 6a8df0b), and why. A fault found then must not
# join this list; one that becomes found may leave it (absent4's PC212 found vague-members, vague-investigator,
# vague-commander and wrong-notice after the measurement; PC220 the two vague-criteria; PC106 daqing's levels-no-scenario and school's
# levels-same-response; PC409/PC410 the plans whose steps deal with 业户, pupils and parents; PC217 property's no-group;
# PC211 its no-contacts; absent3's PC353 mapping, PC359, PC361, PC350, PC214 and PC355 the UK pages' DISP, hedge, FOS
# and two-starts faults).
KNOWN_MISSES: dict[tuple[str, str], str] = {
    (
        "pantaenius-complaints",
        "fos-contact-cut",
    ): "the FOS phone is whole and its name full; the e-mail cut off in the source has no field in the format",
}
# Blind at 147141f: 113 of 134 listed faults found (84%). At the final measurement (6a8df0b): 113 of 134.
# The test keeps at least as many as the final measurement.
MEASURED_FOUND = 113


@pytest.fixture(scope="module")
def scores():
    return {name: score(name, keys=HELDOUT5_KEYS) for name in NAMES}


@pytest.mark.parametrize("name", NAMES)
def test_no_fault_found_at_the_final_measurement_is_lost(scores, name):
    lost = lost_faults(name, scores[name], KNOWN_MISSES)
    assert lost == set(), f"listed faults no longer found: {sorted(lost)}"


def test_known_misses_name_listed_faults(scores):
    assert unlisted_misses(scores, KNOWN_MISSES) == set()


def test_recall_does_not_fall_below_the_final_measurement(scores):
    found = faults_found(scores)
    assert found >= MEASURED_FOUND, found
