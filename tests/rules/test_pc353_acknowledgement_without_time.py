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
