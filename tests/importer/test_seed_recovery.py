"""The twelve seed texts (split from ../shared/reference/) imported and compared with plans/seed/ by hand,
and the outside and held-out plans (plans/outside/, plans/heldout/: sources/NAME.* + NAME.yaml).

The per-plan shares are in benchmarks/import-recovery.md; this test keeps floors under recall (what of
the transcription was recovered) and precision (what of the import the transcription has), so that a
change that loses either fails. Every draft must validate and keep each unmapped paragraph's position.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from plancraft.importer import import_document
from plancraft.importer.compare import precision, recovery, share
from plancraft.loader import load, load_bytes
from plancraft.schema import validate

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("import_recovery", ROOT / "benchmarks" / "import_recovery.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

# Floors: the measured share minus a small margin (see benchmarks/import-recovery.md).
FLOOR_TOTAL = 0.85
FLOOR_OUTSIDE = 0.85
# Levels 0.80 -> 0.70 and 0.85 -> 0.75 (grades2): one graded case named in passing (对于一些重大或复杂的投诉案件，…) is
# no longer a level on its own — a grading sets two grades side by side. Two of the seed and outside transcriptions
# took such a case as a level; on the guidance sets every such single was wrong (levels precision 12/22 -> 18/23).
FLOOR_PER_CATEGORY = {"roles": 0.92, "levels": 0.70, "limits": 1.0, "time_limits": 1.0, "steps": 0.80}
FLOOR_OUTSIDE_PER_CATEGORY = {"roles": 0.90, "levels": 0.75, "time_limits": 0.90, "steps": 0.90}
# Precision over the seed and outside plans together (the held-out plans are reported, not floored). Steps 0.75 ->
# 0.74 (acts6): parting at every comma cuts the essay-like seed plans' wrong sentences into several wrong pieces
# (219/295), the price of one step per act on plans nobody fitted the importer to (guidance steps recall +3.9 points).
# Steps 0.74 -> 0.72 (duties as the procedure): the outside plan hunan-insurance-emergency states no procedure, and its
# posts' charges now make 7 steps its transcription keeps as duties only (234/317 -> 234/324).
# Levels 0.85 -> 0.80: the stages of a complaint procedure a dissatisfied complainant is taken on through are levels
# (docs/plan-format.md); two outside transcriptions kept them as steps only (birmingham, manchester: 11/11 -> 11/13).
# roles 0.85 -> 0.84 (session 41): a council that gives itself work as "we" is a role, which Birmingham's transcription
# does not list (51 more found, 29 more made over the held-out sets)
FLOOR_PRECISION = {"roles": 0.84, "levels": 0.80, "limits": 1.0, "time_limits": 0.95, "steps": 0.72}


# The seed texts are split from ../shared/reference/; a checkout without it beside (a bare clone elsewhere) still runs
# the outside and held-out measures, and skips these
needs_seeds = pytest.mark.skipif(not bench.seed_texts(), reason="the seed texts are in ../shared/reference/, not beside")


@pytest.fixture(scope="module")
def measured():
    pairs = bench.pairs(ROOT)
    if not pairs:
        pytest.skip("../shared/reference/ is not beside the checkout")
    out = []
    for name, source, hand in pairs:
        result = import_document(source)
        reference = load(hand).data
        out.append((name, result, recovery(result.data, reference), precision(result.data, reference)))
    return out


@needs_seeds
def test_all_twelve_seed_texts_are_found(measured):
    assert len([name for name, *_ in measured if not name.startswith(("outside/", "heldout/"))]) == 12


def test_every_draft_validates_and_keeps_unmapped_positions(measured):
    for name, result, *_ in measured:
        loaded = load_bytes(result.text.encode("utf-8"), name)
        assert [d for d in validate(loaded) if d.severity.name == "ERROR"] == [], name
        for entry in result.data.get("x-unmapped", []):
            assert entry["at"].startswith(("第", "paragraph", "表", "table")), (name, entry)


def _totals(measured, *, outside: bool, index: int = 2) -> dict[str, list[int]]:
    totals: dict[str, list[int]] = {}
    for row in measured:
        name, counts = row[0], row[index]
        if name.startswith("heldout/") or name.startswith("outside/") != outside:
            continue
        for category, (found, total) in counts.items():
            totals.setdefault(category, [0, 0])
            totals[category][0] += found
            totals[category][1] += total
    return totals


def test_outside_plans_recovery_stays_above_its_floor(measured):
    """Documents written elsewhere and transcribed by the corpus engineer, not used to build the importer."""
    totals = _totals(measured, outside=True)
    if not totals:
        pytest.skip("no outside plans with sources yet")
    overall = share({k: tuple(v) for k, v in totals.items()})
    assert overall is not None and overall >= FLOOR_OUTSIDE, totals
    for category, floor in FLOOR_OUTSIDE_PER_CATEGORY.items():
        found, total = totals[category]
        assert total == 0 or found / total >= floor, (category, found, total)


@needs_seeds
def test_precision_stays_above_its_floor(measured):
    """Of what import extracted, the share the hand transcriptions have (wrong roles, levels, steps… count against)."""
    seed, outside = _totals(measured, outside=False, index=3), _totals(measured, outside=True, index=3)
    for category, floor in FLOOR_PRECISION.items():
        right = seed[category][0] + outside.get(category, [0, 0])[0]
        extracted = seed[category][1] + outside.get(category, [0, 0])[1]
        assert extracted == 0 or right / extracted >= floor, (category, right, extracted)


@needs_seeds
def test_recovery_stays_above_the_floor(measured):
    totals = _totals(measured, outside=False)
    overall = share({k: tuple(v) for k, v in totals.items()})
    assert overall is not None and overall >= FLOOR_TOTAL, totals
    for category, floor in FLOOR_PER_CATEGORY.items():
        found, total = totals[category]
        assert total == 0 or found / total >= floor, (category, found, total)


OUTSIDE_SOURCES = sorted(
    p
    for folder in ("outside", "heldout")
    for p in (ROOT / "plans" / folder / "sources").glob("*")
    if p.suffix.lower() in (".txt", ".md", ".docx")
)


@pytest.mark.parametrize("source", OUTSIDE_SOURCES, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_outside_sources_import_into_plans_that_validate(source: Path):
    result = import_document(source)
    loaded = load_bytes(result.text.encode("utf-8"), source.name)
    assert [d for d in validate(loaded) if d.severity.name == "ERROR"] == []
    kept = result.data.get("x-unmapped", [])
    assert all(entry["at"] for entry in kept)
    assert result.counts["unmapped"] == len(kept)
