"""The outside plans' answer keys as a test (issue 14, item 8).

The keys in tests/fixtures/outside/ were written by a reviewer from the source texts before lint
was run on the plans. This test keeps them honest both ways: every listed fault is found (or is a
named known miss, with the reason no rule finds it), and every finding is either a listed fault
or reviewed. The reviewed findings are pinned, line:col and all, in
tests/snapshots/outside-findings.txt (update with PLANCRAFT_UPDATE_SNAPSHOTS=1 and review the diff).
"""

from __future__ import annotations

import os

import pytest

from tests.conftest import PLANS, ROOT
from tests.outside_key import finding_key, kinds, names, score

SNAPSHOT = ROOT / "tests" / "snapshots" / "outside-findings.txt"

# Faults no rule finds today, and why. A fault that becomes found must leave this list.
KNOWN_MISSES: dict[tuple[str, str], str] = {}

# Wrong findings allowed per plan today (the target: at most 2 per plan). A plan may do
# better; doing worse fails. The complaint procedures say `document.type: complaint-procedure`, so
# the rules for emergency plans no longer run on them (README.md).
MAX_WRONG = {
    "alrayan-bank-complaints": 0,
    "bank-complaint-special": 0,
    "bank-major-complaints": 0,
    "hqyy-hospital-complaints": 0,
    "hunan-insurance-emergency": 0,
    "manchester-social-housing": 0,
    "yantai-health-centre-complaints": 0,
    "zhoukou-power-repair": 0,
}

SCORES = {name: score(name) for name in names()}


def test_there_are_at_least_six_outside_plans_each_with_its_source():
    assert len(SCORES) >= 6
    for name in SCORES:
        assert (PLANS / "outside" / f"{name}.yaml").exists()
        assert (PLANS / "outside" / "sources" / f"{name}.txt").exists()


def test_every_fault_names_a_known_kind():
    known = kinds()
    for name, result in SCORES.items():
        for fault in result.faults:
            assert fault.kind in known, f"{name}: {fault.id} has kind {fault.kind!r}, not in kinds.yaml"


@pytest.mark.parametrize("name", sorted(SCORES))
def test_every_listed_fault_is_found(name):
    result = SCORES[name]
    missed = {(name, fault.id) for fault in result.missed}
    known = {key for key in KNOWN_MISSES if key[0] == name}
    assert missed - known == set(), f"listed faults no longer found: {sorted(missed - known)}"
    assert known - missed == set(), f"now found, remove from KNOWN_MISSES: {sorted(known - missed)}"


@pytest.mark.parametrize("name", sorted(SCORES))
def test_every_finding_is_a_listed_fault_or_reviewed(name):
    result = SCORES[name]
    unreviewed = [f"{finding_key(d)}: {d.message[:100]}" for d in result.unreviewed()]
    assert unreviewed == [], f"review these findings in tests/fixtures/outside/{name}.review.yaml"
    stale = set(result.verdicts) - {finding_key(d) for d in result.unmatched}
    assert stale == set(), f"verdicts for findings lint no longer gives: {sorted(stale)}"
    assert len(result.wrong()) <= MAX_WRONG[name], [finding_key(d) for d in result.wrong()]
    assert len(result.wrong()) <= 2, "issue 14: at most two wrong findings per plan"


def test_recall_is_at_least_85_percent_overall():
    listed = sum(len(r.faults) for r in SCORES.values())
    found = sum(len(r.faults) - len(r.missed) for r in SCORES.values())
    assert found / listed >= 0.85, (found, listed)


def test_a_uk_plan_gets_no_chinese_statutory_finding():
    for name in ("alrayan-bank-complaints", "manchester-social-housing"):
        for finding in SCORES[name].findings:
            assert "投诉办法" not in finding.message and "银行业保险业" not in finding.message, finding.as_text()


def outside_findings() -> str:
    lines = []
    for name, result in SCORES.items():
        lines += [d.as_text().replace(str(PLANS), "plans") for d in result.findings]
    return "\n".join(lines) + "\n"


def test_outside_findings_match_the_reviewed_snapshot():
    actual = outside_findings()
    if os.environ.get("PLANCRAFT_UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(actual, encoding="utf-8")
    assert actual == SNAPSHOT.read_text(encoding="utf-8"), (
        "outside findings changed; review `git diff` after PLANCRAFT_UPDATE_SNAPSHOTS=1 pytest tests/lint, "
        "and the verdicts in tests/fixtures/outside/*.review.yaml"
    )
