from tests.conftest import positions, rule_findings

HEAD = "document: {id: p, title: Complaints procedure, type: complaint-procedure, language: en}\n"

PASSING = (
    HEAD
    + """\
scenarios:
  - id: receipt
    title: Receiving a complaint
    actions:
      - {do: Acknowledge every complaint in writing, however it was made, within: 5wd}
      - {do: Only complaints about payments go to the payments team}
"""
)

FAILING = (
    HEAD
    + """\
scenarios:
  - id: receipt
    title: Receiving a complaint
    actions:
      - {do: Send an acknowledgement, within: 7d}
      - {do: Written acknowledgement will only be provided for complaints received by letter or email}
  - id: 受理
    title: 受理投诉
    actions:
      - {do: 电话投诉不出具受理回执}
time_limits:
  - {id: ack, what: Acknowledge complaints made in writing only by letter, within: 5wd}
"""
)


def test_passing():
    assert positions("PC363", PASSING) == []


def test_failing_points_at_each_limited_acknowledgement():
    found = rule_findings("PC363", FAILING)
    assert [(line, col) for line, col, _ in found] == [(13, 21), (7, 14), (11, 14)]
    assert found[1][2] == (
        "step 2 of scenario `receipt` acknowledges only the complaints made some ways (“only be provided for "
        "complaints received by letter or email”); a complaint made another way is never acknowledged — acknowledge every "
        "complaint, whatever the channel"
    )


def test_a_plan_not_about_complaints_is_not_judged():
    text = FAILING.replace("title: Complaints procedure, type: complaint-procedure", "title: IT outage plan")
    text = text.replace("Receiving a complaint", "Outage").replace("受理投诉", "处置")
    assert positions("PC363", text) == []
