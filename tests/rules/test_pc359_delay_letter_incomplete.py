from tests.conftest import positions, rule_findings

HEAD = "document: {id: p, title: Complaints, type: complaint-procedure, language: en, jurisdiction: GB}\n"
FOS = """\
external:
  - {id: fos, name: Financial Ombudsman Service, phone: "0800 023 4567"}
"""

PASSING = (
    HEAD
    + """\
scenarios:
  - id: complaint
    title: Handling your complaint
    actions:
      - when: If we are unable to deal with your complaint immediately
        do: We will write to you and tell you who is dealing with it    # the acknowledgement, not a delay letter
        within: 2wd
      - when: If there is a delay
        do: We will advise you of the reason and when we expect to reply, and that you may go to the Ombudsman now
      - when: In exceptional circumstances where we cannot issue our final response within 15 business days
        do: We will write to update you on progress and an expected resolution date    # payment services
        within: 35wd
"""
    + FOS
)

FAILING = (
    HEAD
    + """\
scenarios:
  - id: complaint
    title: Handling your complaint
    actions:
      - when: If we have been unable to complete our investigation
        do: We will write to you
      - when: If there is a delay
        do: We will advise you of the reason and the time we anticipate it will take
    escalation:
      - {when: If you are not happy with our response, to: fos}
"""
    + FOS
)

NO_LETTER = (
    HEAD
    + """\
time_limits:
  - {id: final, what: Final response, within: 15wd, from: receipt}
  - {id: maximum, what: Final response when something outside our control causes a delay, within: 35wd, from: receipt}
  - {id: fos-referral, what: Refer to the Financial Ombudsman Service if there is a delay, within: 6mo, party: customer}
"""
    + FOS
)


def test_passing():
    assert positions("PC359", PASSING) == []


def test_failing_names_what_each_delay_letter_lacks():
    found = rule_findings("PC359", FAILING)
    assert [(line, col) for line, col, _ in found] == [(7, 13), (9, 13)]
    assert found[0][2].startswith(
        "step 1 of scenario `complaint` writes to the complainant when the final response is late but does not say "
        "why there is no final response yet, when the final response is expected, that the complainant may now refer"
    )
    assert "does not say that the complainant may now refer the complaint to the Financial Ombudsman Service;" in found[1][2]


def test_an_escalation_that_opens_after_the_period_tells_of_the_ombudsman():
    text = FAILING.replace("If you are not happy with our response", "If your complaint remains unresolved after 8 weeks")
    found = rule_findings("PC359", text)
    assert [(line, col) for line, col, _ in found] == [(7, 13)]
    assert "does not say why there is no final response yet, when the final response is expected;" in found[0][2]


def test_an_extended_period_without_any_delay_letter():
    found = rule_findings("PC359", NO_LETTER)
    assert [(line, col) for line, col, _ in found] == [(4, 25)]
    assert found[0][2].startswith("time limit `maximum` allows longer for a delayed final response")


def test_a_firm_outside_disp_is_not_judged():
    text = FAILING.replace("{id: fos, name: Financial Ombudsman Service", "{id: hos, name: Housing Ombudsman")
    text = text.replace("to: fos", "to: hos")
    assert positions("PC359", text) == []
    assert positions("PC359", FAILING.replace("jurisdiction: GB", "jurisdiction: IE")) == []


ONLY_AFTER_RESPONSE = (
    HEAD
    + """\
scenarios:
  - id: complaint
    title: Handling your complaint
    actions:
      - {do: Send our final response, within: 8w}
    escalation:
      - {when: If you are not satisfied with our final response, to: fos}
"""
    + FOS
)


def test_an_ombudsman_route_that_opens_only_after_the_response():
    found = rule_findings("PC359", ONLY_AFTER_RESPONSE)
    assert [(line, col) for line, col, _ in found] == [(8, 9)]
    assert found[0][2].startswith(
        "the procedure sends complainants to the Financial Ombudsman Service only after its response, and never says "
        "what happens when eight weeks pass without a final response"
    )
    opened = ONLY_AFTER_RESPONSE.replace("with our final response", "with our final response or 8 weeks have passed")
    assert positions("PC359", opened) == []
    said = ONLY_AFTER_RESPONSE.replace(
        "{do: Send our final response, within: 8w}",
        "{do: 'Send our final response; if we have not within 8 weeks, you may go to the Ombudsman', within: 8w}",
    )
    assert positions("PC359", said) == []


def test_a_delay_of_the_complainants_own_is_not_a_late_response():
    text = ONLY_AFTER_RESPONSE.replace(
        "      - {do: Send our final response, within: 8w}\n",
        "      - {do: Send our final response, within: 8w}\n"
        "      - {when: If there is a delay in receiving information from you, do: We will write to remind you}\n",
    )
    found = rule_findings("PC359", text)
    assert [found_text[:60] for _l, _c, found_text in found] == ["the procedure sends complainants to the Financial Ombudsman "]
