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
    text = FAILING.replace("      - do: We acknowledge the complaint     # no within: not a stated time\n",
                           "      - do: We send an acknowledgement\n        within: 5wd\n")
    assert positions("PC351", text) == []


def test_failing_points_at_time_limits():
    found = rule_findings("PC351", FAILING)
    assert [(line, col) for line, col, _ in found] == [(7, 1)]
    assert "never acknowledges a complaint within a stated time" in found[0][2]
    assert "DISP 1.6.1R" in found[0][2]


def test_without_time_limits_it_points_at_document():
    text = "document: {id: p, language: en, jurisdiction: GB}\n"
    assert positions("PC351", text) == [(1, 1)]


def test_other_jurisdictions_are_not_judged():
    assert positions("PC351", FAILING.replace("jurisdiction: GB", "jurisdiction: HK")) == []
    zh = "document: {id: p, language: zh-CN}\ntime_limits: []\n"
    assert positions("PC351", zh) == []
