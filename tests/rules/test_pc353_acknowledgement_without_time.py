from tests.conftest import positions, rule_findings

HEAD = "document: {id: p, title: Complaints procedure, type: complaint-procedure, language: en}\n"

PASSING = (
    HEAD
    + """\
scenarios:
  - id: receipt
    title: Receiving a complaint
    actions:
      - {do: Send you an acknowledgement, within: 3wd}
      - {do: Written acknowledgement is only sent for letters and e-mails}   # qualifies the timed one
      - {when: If we can answer within 7 days, do: We may combine the acknowledgement with the answer}
"""
)

FAILING = (
    HEAD
    + """\
scenarios:
  - id: receipt
    title: What happens when you complain
    actions:
      - {do: Your complaint is passed to the service}
      - do: Send you an acknowledgement, explaining when you should expect to receive a final response
  - id: 受理
    title: 受理
    actions:
      - {do: 向投诉人出具受理回执}
"""
)


def test_passing():
    assert positions("PC353", PASSING) == []


def test_failing_points_at_each_untimed_acknowledgement():
    found = rule_findings("PC353", FAILING)
    assert [(line, col) for line, col, _ in found] == [(7, 13), (11, 14)]
    assert found[0][2].startswith("step 2 of scenario `receipt` acknowledges the complaint but says not how soon")


def test_a_plan_not_about_complaints_is_not_judged():
    text = FAILING.replace("title: Complaints procedure, type: complaint-procedure", "title: IT outage plan")
    text = text.replace("What happens when you complain", "Outage").replace("受理\n", "处置\n")
    assert positions("PC353", text) == []


def test_an_acknowledgement_timed_in_the_time_limits_is_timed():
    # the steps say what is done, the time limit how soon; one stage's acknowledgement times that stage only
    text = """\
document: {id: p, title: Complaints, type: complaint-procedure, language: en, jurisdiction: GB}
scenarios:
  - id: s
    title: Stage 1
    actions:
      - {do: We acknowledge your complaint and tell you who is dealing with it, by: team}
      - {do: We send our final response, by: team, within: 8w}
time_limits:
  - {id: ack, what: Acknowledge the complaint, within: 3wd, from: receipt}
"""
    assert positions("PC353", text) == []
    zh = text.replace("We acknowledge your complaint and tell you who is dealing with it", "受理投诉并出具受理回执")
    assert positions("PC353", zh.replace("Acknowledge the complaint", "出具受理回执")) == []
    stage_2 = text.replace("what: Acknowledge the complaint,", "what: Acknowledge the complaint at stage 2,")
    assert positions("PC353", stage_2) == [(6, 14)]


def test_an_acknowledgement_worded_without_the_word():
    text = (
        HEAD
        + """\
scenarios:
  - id: receipt
    title: Receiving a complaint
    actions:
      - {do: We will confirm we've received your complaint}
      - {do: 告知投诉人已收到其投诉}
"""
    )
    assert positions("PC353", text) == [(6, 14), (7, 14)]
    timed = text.replace("your complaint}", "your complaint, within: 2wd}")
    assert positions("PC353", timed) == []
