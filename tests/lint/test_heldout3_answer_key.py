"""The third held-out set's answer keys, checked without running lint (issue 14 item 8, issue 19).

plans/heldout3/ holds real published Chinese plans and procedures transcribed blind (by someone who had not read the
lint rules or the importer, and ran neither `plancraft lint` nor `plancraft import` on them); their keys
(tests/fixtures/heldout3/*.faults.yaml) were landed before lint or import was run. Until the lead measures them, this
test checks only what needs no lint: every plan validates, every key's fault names a known kind and a place that
exists in its transcription, and every plan has its source text and Word document. After the one blind measurement
(main at 72ab3e3, plans/heldout3/README.md) it also keeps recall, as for the second held-out set: a listed fault lint
found at 72ab3e3 may not be lost, and the number found may not fall below it. It asserts no precision floor (the wrong
findings, reviewed in NAME.review.yaml, are recorded in the README) and does not require every new finding to be
reviewed, so that work on the rules does not have to look at these plans to keep the suite green.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from docx import Document

from plancraft.cli import main
from plancraft.loader import load
from tests.conftest import PLANS
from tests.outside_key import SETS, faults_found, key_faults, lost_faults, names, score, unlisted_misses

HELDOUT3 = PLANS / "heldout3"
HELDOUT3_KEYS = SETS["heldout3"]
NAMES = names(HELDOUT3_KEYS)


def test_five_or_more_chinese_plans_each_keyed():
    assert len(NAMES) >= 5
    assert sorted(p.stem for p in HELDOUT3.glob("*.yaml")) == NAMES


def test_every_plan_validates():
    result = CliRunner().invoke(main, ["validate", str(HELDOUT3)])
    assert result.exit_code == 0, result.output
    assert f"No problems in {len(NAMES)} files." in result.output


def test_every_fault_names_a_known_kind_and_a_place_in_its_plan():
    assert key_faults(HELDOUT3, HELDOUT3_KEYS, NAMES) == []


@pytest.mark.parametrize("name", NAMES)
def test_each_plan_has_its_source_text_and_word_document(name):
    plan = load(HELDOUT3 / f"{name}.yaml").data
    assert plan["document"]["language"] == "zh-CN"
    assert plan["document"]["source"]["publication"] and plan["document"]["source"]["address"]
    text = (HELDOUT3 / "sources" / f"{name}.txt").read_text(encoding="utf-8")
    assert text.split("\n", 1)[0] == f"来源地址: {plan['document']['source']['address']}"
    assert "取得日期:" in text.split("\n\n", 1)[0]
    doc = Document(str(HELDOUT3 / "sources" / f"{name}.docx"))
    assert any(p.style.name.startswith("Heading") for p in doc.paragraphs) and len(doc.paragraphs) > 2


# Listed faults no rule found in the blind measurement (main at 72ab3e3), and why. A fault found then must not join
# this list; one that becomes found may leave it.
KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("lanling-bus-complaints", "conflicting-deadlines"): "no rule at 72ab3e3 (3-5 working days vs 3 working days)",
}
# Measured blind on main at 72ab3e3: 115 of 131 listed faults found (88%). The test keeps at least as many.
MEASURED_FOUND = 115
# Raised as rules for the misses landed (absent2, #14: PC211 roles called out with no phone, PC108 steps without `by` in a shared scenario, PC452 own reports are no route, PC218 reversed levels and the top level they imply, PC212 a unit's 相关人员, PC307 first contacts and complaint channels, PC356 acknowledgement, PC350 open extensions and moved schedules, PC412 narrow accountability, PC410 on plans that handle the people they serve); the test keeps at least as many.
# absent4 (#14): PC217 power-station's no-organisation (posts with tasks, no group, no level naming a lead).
FOUND_FLOOR = 131


@pytest.fixture(scope="module")
def scores():
    return {name: score(name, keys=HELDOUT3_KEYS) for name in NAMES}


@pytest.mark.parametrize("name", NAMES)
def test_no_fault_found_at_the_blind_measurement_is_lost(scores, name):
    lost = lost_faults(name, scores[name], KNOWN_MISSES)
    assert lost == set(), f"listed faults no longer found: {sorted(lost)}"


def test_known_misses_name_listed_faults(scores):
    assert unlisted_misses(scores, KNOWN_MISSES) == set()


def test_recall_does_not_fall_below_the_blind_measurement(scores):
    found = faults_found(scores)
    assert found >= max(MEASURED_FOUND, FOUND_FLOOR), found
