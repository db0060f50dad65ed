from tests.conftest import positions, rule_findings

HEAD = "document: {id: p, title: Complaints, type: complaint-procedure, language: en, jurisdiction: GB}\n"
BODY = """\
scenarios:
  - id: complaint
    title: Handling your complaint
    actions:
      - {do: Send our final response, within: 8w}
    escalation:
      - {when: If you are unhappy with our final response, to: fos}
external:
  - {id: fos, name: Financial Ombudsman Service, phone: "0800 023 4567"}
"""

PASSING = (
    HEAD
    + BODY
    + """\
time_limits:
  - {id: fos-referral, what: Refer your complaint to the Ombudsman, within: 6mo, from: our final response, party: customer}
"""
)


def test_passing():
    assert positions("PC361", PASSING) == []


def test_six_months_said_in_a_text_that_names_the_ombudsman():
    text = HEAD + BODY.replace(
        "If you are unhappy with our final response", "You must refer your complaint to the FOS within six months"
    )
    assert positions("PC361", text) == []


def test_failing_no_limit_is_reported_at_the_escalation():
    found = rule_findings("PC361", HEAD + BODY)
    assert [(line, col) for line, col, _ in found] == [(8, 9)]
    assert found[0][2].startswith(
        "the procedure sends complainants to the Financial Ombudsman Service but never says that they must do so "
        "within six months of the final response"
    )


def test_another_period_is_reported_where_it_is_said():
    text = PASSING.replace("within: 6mo", "within: 3mo")
    found = rule_findings("PC361", text)
    assert [(line, col) for line, col, _ in found] == [(12, 77)]
    assert found[0][2].startswith("the procedure gives the complainant “3mo” to go to the Financial Ombudsman Service")
    said = HEAD + BODY.replace("If you are unhappy with our final response", "Refer to the FOS within 12 months")
    assert [(line, col) for line, col, _ in rule_findings("PC361", said)] == [(8, 16)]


def test_plans_outside_disp_are_not_judged():
    assert positions("PC361", (HEAD + BODY).replace("jurisdiction: GB", "jurisdiction: IE")) == []
    housing = (HEAD + BODY).replace("name: Financial Ombudsman Service", "name: Housing Ombudsman").replace("id: fos", "id: hos")
    assert positions("PC361", housing.replace("to: fos", "to: hos")) == []


def test_six_months_said_where_the_text_speaks_of_the_final_response():
    text = HEAD + BODY.replace(
        "If you are unhappy with our final response", "You must do so within 6 months of our final response"
    )
    assert positions("PC361", text) == []


def test_six_months_however_written():
    said = HEAD + BODY.replace(
        "If you are unhappy with our final response", "You have six months from our final response to refer it to the FOS"
    )
    assert positions("PC361", said) == []
    days = PASSING.replace("within: 6mo", "within: 180d")
    assert positions("PC361", days) == []
