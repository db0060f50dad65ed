from tests.conftest import positions, rule_findings

PASSING = """\
document: {id: p, title: Complaints procedure, language: en, jurisdiction: GB}
time_limits:
  - id: acknowledgement
    what: Acknowledge, define and log the complaint
    within: 5wd
    from: receipt of the complaint
"""

FAILING = """\
document: {id: p, title: Complaints procedure, language: en, jurisdiction: GB}
scenarios:
  - id: s
    title: Stage 1
    actions:
      - do: We acknowledge the complaint     # no within: not a stated time
time_limits:
  - id: stage-1-response
    what: Send the stage 1 response
    within: 10wd
"""


def test_passing():
    assert positions("PC351", PASSING) == []


def test_a_step_with_a_time_counts():
    text = FAILING.replace(
        "      - do: We acknowledge the complaint     # no within: not a stated time\n",
        "      - do: We send an acknowledgement\n        within: 5wd\n",
    )
    assert positions("PC351", text) == []


def test_failing_points_at_time_limits():
    found = rule_findings("PC351", FAILING)
    assert [(line, col) for line, col, _ in found] == [(7, 1)]
    assert "never acknowledges a complaint within a stated time" in found[0][2]
    assert "DISP 1.6.1R" in found[0][2]


def test_without_time_limits_it_points_at_document():
    text = "document: {id: p, title: Complaints procedure, language: en, jurisdiction: GB}\n"
    assert positions("PC351", text) == [(1, 1)]


def test_other_jurisdictions_are_not_judged():
    assert positions("PC351", FAILING.replace("jurisdiction: GB", "jurisdiction: HK")) == []
    zh = "document: {id: p, language: zh-CN}\ntime_limits: []\n"
    assert positions("PC351", zh) == []


def test_a_plan_not_about_complaints_is_not_judged():
    """A council's business continuity plan acknowledges no complaints; the same plan marked as a
    complaint procedure is judged whatever its title."""
    text = (
        "document: {id: p, title: Business continuity plan, language: en, jurisdiction: GB}\n"
        "time_limits:\n  - {id: restore, what: Restore the service, within: 4h}\n"
    )
    assert positions("PC351", text) == []
    procedure = text.replace("jurisdiction: GB}", "jurisdiction: GB, type: complaint-procedure}")
    assert positions("PC351", procedure) == [(2, 1)]


def test_an_acknowledgement_in_substance_counts_without_the_word():
    # DISP 1.6.1R's acknowledgement written as what it tells the complainant: who deals with it and when to
    # expect a response; a reference; or that the complaint was received
    for words in (
        "We will write to you and inform you who is dealing with the complaint and when you can next expect a response",
        "We will email you a complaint reference number",
        "We will contact you to let you know we have received your complaint",
    ):
        text = FAILING.replace(
            "      - do: We acknowledge the complaint     # no within: not a stated time\n",
            f"      - do: {words}\n        within: 2wd\n",
        )
        assert positions("PC351", text) == [], words
    # a limit the plan itself calls the acknowledgement
    named = FAILING.replace("  - id: stage-1-response\n", "  - id: acknowledgement\n")
    assert positions("PC351", named) == []


def test_a_timed_response_that_tells_the_outcome_is_no_acknowledgement():
    text = FAILING.replace(
        "      - do: We acknowledge the complaint     # no within: not a stated time\n",
        "      - do: We will write to you with the outcome of our investigation\n        within: 10wd\n",
    )
    assert positions("PC351", text) == [(8, 1)]
