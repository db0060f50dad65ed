"""The fourth held-out set's answer keys, checked without running lint (issue 14 item 8, issue 19: "plans you have not
seen").

plans/heldout4/ holds five real published plans and procedures (two English, from Ireland and an NHS trust in
England; three Chinese, from a hospital, a scenic area and a property-management company) transcribed by someone who
had not read the lint rules or the importer; their keys (tests/fixtures/heldout4/*.faults.yaml) were committed and
landed before lint or import was run on them. Until the lead measures them once, this test checks only what needs no
lint: every plan validates against the schema, every key names a known kind and places that exist in its
transcription, and every plan has its source text and Word document. After the one blind measurement (main at
72ab3e3, plans/heldout4/README.md) it also keeps recall, as for the second held-out set: a listed fault lint found at
72ab3e3 may not be lost, and the number found may not fall below it. It asserts no precision floor (the wrong findings,
reviewed in NAME.review.yaml, are recorded in the README) and does not require every new finding to be reviewed.
"""

from __future__ import annotations

import pytest
from docx import Document

from plancraft.loader import load
from plancraft.schema import validate
from tests.conftest import PLANS
from tests.outside_key import SETS, faults_found, key_faults, lost_faults, names, score, unlisted_misses

HELDOUT4 = PLANS / "heldout4"
HELDOUT4_KEYS = SETS["heldout4"]
NAMES = names(HELDOUT4_KEYS)


def test_five_plans_two_english_three_chinese():
    languages = [load(HELDOUT4 / f"{name}.yaml").data["document"]["language"] for name in NAMES]
    assert len(NAMES) == 5
    assert languages.count("en") == 2 and languages.count("zh-CN") == 3


@pytest.mark.parametrize("name", NAMES)
def test_plan_validates_and_has_its_sources(name):
    plan = load(HELDOUT4 / f"{name}.yaml")
    assert validate(plan) == []
    source = plan.data["document"]["source"]
    assert source["publication"] and source["address"]
    text = (HELDOUT4 / "sources" / f"{name}.txt").read_text(encoding="utf-8")
    assert text.split("\n", 1)[0].startswith(("来源地址:", "Address:"))
    assert source["address"] in text.split("\n", 1)[0]
    doc = Document(str(HELDOUT4 / "sources" / f"{name}.docx"))
    assert len(doc.paragraphs) > 2
    assert any(p.style.name.startswith(("Heading", "Title")) for p in doc.paragraphs)


def test_a_source_table_is_a_word_table():
    doc = Document(str(HELDOUT4 / "sources" / "property-complaints-guide.docx"))
    assert len(doc.tables) == 1
    assert [cell.text for cell in doc.tables[0].rows[0].cells] == ["岗位", "人员构成", "核心职责", "时效要求"]


def test_every_fault_names_a_known_kind_and_a_place_in_its_plan():
    assert key_faults(HELDOUT4, HELDOUT4_KEYS, NAMES) == []


# Listed faults no rule found in the blind measurement (main at 72ab3e3), and why. A fault found then must not join
# this list; one that becomes found may leave it.
KNOWN_MISSES: dict[tuple[str, str], str] = {}
# Measured blind on main at 72ab3e3: 91 of 101 listed faults found (90%). The test keeps at least as many.
MEASURED_FOUND = 91
# Raised as rules for the misses landed (absent2, #14: PC357 slow on-site response at an urgent level, PC552 abbreviations, PC307 first contacts and complaint channels, PC356 acknowledgement, PC350 open extensions and moved schedules, PC352 on a complaint procedure's scenario without a level, PC109 intake-only procedures and PC107 for no-procedure); the test keeps at least as many.
FOUND_FLOOR = 101


@pytest.fixture(scope="module")
def scores():
    return {name: score(name, keys=HELDOUT4_KEYS) for name in NAMES}


@pytest.mark.parametrize("name", NAMES)
def test_no_fault_found_at_the_blind_measurement_is_lost(scores, name):
    lost = lost_faults(name, scores[name], KNOWN_MISSES)
    assert lost == set(), f"listed faults no longer found: {sorted(lost)}"


def test_known_misses_name_listed_faults(scores):
    assert unlisted_misses(scores, KNOWN_MISSES) == set()


def test_recall_does_not_fall_below_the_blind_measurement(scores):
    found = faults_found(scores)
    assert found >= max(MEASURED_FOUND, FOUND_FLOOR), found
