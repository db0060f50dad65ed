"""Recall kept on the blind sets of 2026-12-02 (heldout6 to heldout9; issue 14).

Each set was measured blind when it landed (the READMEs' "Precision and recall" sections name the commits and the
reviewers' verdicts) and again at 0cd81a0, after the session's last rule change: heldout6 92 of 107, heldout7 81 of
93, heldout8 87 of 99, heldout9 91 of 100. As for the earlier held-out sets, a listed fault found at that
measurement may not be lost and the number found may not fall; the faults no rule found then are listed here (their
reasons are in each set's README). No precision floor is asserted, so that work on the rules never has to look at
these plans to keep the suite green.
"""

from __future__ import annotations

import pytest

from tests.outside_key import SETS, faults_found, lost_faults, names, score, unlisted_misses

FOUND_AT_0CD81A0 = {"heldout6": 92, "heldout7": 81, "heldout8": 87, "heldout9": 91}

KNOWN_MISSES = {
    ("heldout6", "bank-hall-complaints", "no-complaint-deadline"),
    ("heldout6", "hengtai-securities-complaints", "no-decision-deadline"),
    ("heldout6", "hengtai-securities-complaints", "no-acknowledgement"),
    ("heldout6", "hengtai-securities-complaints", "reply-only-if-needed"),
    ("heldout6", "hengtai-securities-complaints", "second-level-no-contact"),
    ("heldout6", "psbc-branch-service-incidents", "vague-owners"),
    ("heldout6", "psbc-branch-service-incidents", "no-contacts"),
    ("heldout6", "psbc-branch-service-incidents", "no-privacy"),
    ("heldout6", "village-bank-wealth-complaints", "vague-owners"),
    ("heldout6", "village-bank-wealth-complaints", "group-named-two-ways"),
    ("heldout6", "village-bank-wealth-complaints", "no-complaint-deadline"),
    ("heldout6", "village-bank-wealth-complaints", "no-police"),
    ("heldout6", "yangjiang-financial-major-complaints", "basis-misnumbered"),
    ("heldout6", "yangjiang-financial-major-complaints", "basis-superseded"),
    ("heldout6", "yangjiang-financial-major-complaints", "no-complaint-deadline"),
    ("heldout7", "anglian-water-complaints", "stage-two-untimed"),
    ("heldout7", "anglian-water-complaints", "eight-weeks-no-start"),
    ("heldout7", "anglian-water-complaints", "let-you-know-untimed"),
    ("heldout7", "anglian-water-complaints", "nobody-named"),
    ("heldout7", "cashlab-complaints", "idr-response-incomplete"),
    ("heldout7", "cashlab-complaints", "no-delay-notice"),
    ("heldout7", "cashlab-complaints", "open-exceptions"),
    ("heldout7", "mianyang-airport-complaints", "vague-departments"),
    ("heldout7", "mianyang-airport-complaints", "undefined-deadlines"),
    ("heldout7", "mianyang-airport-complaints", "duty-manager-no-contact"),
    ("heldout7", "zjgsu-business-school-student-incidents", "vague-members"),
    ("heldout7", "zjgsu-business-school-student-incidents", "no-privacy"),
    ("heldout8", "h8-1", "group-no-duties"),
    ("heldout8", "h8-1", "arrive-hedged"),
    ("heldout8", "h8-1", "vague-local-department"),
    ("heldout8", "h8-2", "long-stay-vague"),
    ("heldout8", "h8-2", "channel-no-contact"),
    ("heldout8", "h8-2", "province-as-city"),
    ("heldout8", "h8-3", "two-titles"),
    ("heldout8", "h8-3", "vague-members"),
    ("heldout8", "h8-3", "no-privacy"),
    ("heldout8", "h8-4", "no-final-response-deadline"),
    ("heldout8", "h8-4", "fos-only-after-outcome"),
    ("heldout8", "h8-4", "written-response-hedged"),
    ("heldout9", "h9-1", "company-unnamed"),
    ("heldout9", "h9-2", "vague-owner"),
    ("heldout9", "h9-3", "examples-left-in"),
    ("heldout9", "h9-3", "level-2-criteria"),
    ("heldout9", "h9-3", "levels-no-scenario"),
    ("heldout9", "h9-4", "no-payment-services-period"),
    ("heldout9", "h9-5", "do-our-best"),
    ("heldout9", "h9-5", "delay-notice-incomplete"),
    ("heldout9", "h9-5", "afca-no-time-limit"),
}


def _known(set_name: str) -> set[tuple[str, str]]:
    return {(plan, fault) for s, plan, fault in KNOWN_MISSES if s == set_name}


@pytest.fixture(scope="module", params=sorted(FOUND_AT_0CD81A0))
def scored(request):
    keys = SETS[request.param]
    return request.param, {name: score(name, keys=keys) for name in names(keys)}


def test_no_fault_found_at_the_measurement_is_lost(scored):
    set_name, scores = scored
    lost = set().union(*(lost_faults(name, s, _known(set_name)) for name, s in scores.items()))
    assert lost == set(), f"{set_name}: listed faults no longer found: {sorted(lost)}"


def test_known_misses_name_listed_faults(scored):
    set_name, scores = scored
    assert unlisted_misses(scores, _known(set_name)) == set()


def test_recall_does_not_fall_below_the_measurement(scored):
    set_name, scores = scored
    assert faults_found(scores) >= FOUND_AT_0CD81A0[set_name]
