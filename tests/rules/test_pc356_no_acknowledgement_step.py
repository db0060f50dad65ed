from tests.conftest import positions, rule_findings

FAILING = """\
document: {id: p, title: 游客投诉处理制度, type: complaint-procedure, language: zh-CN}
scenarios:
  - id: s
    title: 受理投诉
    actions:
      - do: 登记投诉内容
      - do: 5个工作日内答复投诉人
        within: 5wd
"""

ENGLISH = """\
document: {id: p, title: How to make a complaint, type: complaint-procedure, language: en, jurisdiction: IE}
scenarios:
  - id: retail
    title: Retail complaints
    actions:
      - do: We will get back to you to resolve this issue within 3 working days
        within: 3wd
"""


def test_failing_points_at_scenarios():
    found = rule_findings("PC356", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "tells the complainant that the complaint was received" in found[0][2]


def test_an_english_procedure_outside_gb():
    assert positions("PC356", ENGLISH) == [(2, 1)]


def test_a_receipt_passes():
    text = FAILING.replace("登记投诉内容", "登记投诉内容,当场出具受理回执")
    assert positions("PC356", text) == []
    text = ENGLISH.replace("We will get back", "We acknowledge your complaint in writing and get back")
    assert positions("PC356", text) == []


def test_a_first_response_passes():
    assert positions("PC356", FAILING.replace("登记投诉内容", "15分钟内初步响应业主")) == []
    assert positions("PC356", FAILING.replace("登记投诉内容", "响应客户")) == []
    assert positions("PC356", ENGLISH.replace("We will get back", "We will respond promptly and get back")) == []


def test_an_emergency_response_is_not_a_first_response():
    assert positions("PC356", FAILING.replace("登记投诉内容", "启动应急响应")) == [(2, 1)]


def test_without_scenarios_it_points_at_document():
    assert positions("PC356", "document: {id: p, title: 投诉处理办法, type: complaint-procedure, language: zh-CN}\n") == [(1, 1)]


def test_gb_is_left_to_pc351_and_emergency_plans_are_not_judged():
    assert positions("PC356", ENGLISH.replace("jurisdiction: IE", "jurisdiction: GB")) == []
    assert positions("PC356", FAILING.replace("type: complaint-procedure", "type: emergency-plan")) == []


def test_the_document_block_does_not_count():
    text = FAILING.replace("language: zh-CN}", "language: zh-CN, source: {publication: 受理回执样张}}")
    assert positions("PC356", text) == [(2, 1)]


def test_an_acknowledgement_in_substance_passes_but_telling_the_outcome_does_not():
    # telling the complainant who handles the complaint, its number or when the answer is due acknowledges it
    assert positions("PC356", FAILING.replace("登记投诉内容", "登记投诉内容,告知投诉人承办人员及联系方式")) == []
    assert positions("PC356", FAILING.replace("登记投诉内容", "登记投诉内容并告知答复期限")) == []
    assert positions("PC356", FAILING.replace("登记投诉内容", "填写《业主投诉登记表》,向业主说明处理时限")) == []
    text = ENGLISH.replace("We will get back", "We will email you your complaint reference number and get back")
    assert positions("PC356", text) == []
    # the outcome is the response, not an acknowledgement
    assert positions("PC356", FAILING.replace("登记投诉内容", "登记投诉内容,告知投诉人处理结果")) == [(2, 1)]
    assert positions("PC356", ENGLISH.replace("We will get back", "We will tell you the outcome and get back")) == [(2, 1)]


def test_a_timed_first_reply_before_the_answer_is_an_acknowledgement():
    # a named handler replying within 2 business days where complaints are resolved in 10 tells the complainant the
    # complaint arrived; a reply whose time is the procedure's only or longest period is the answer itself
    text = """\
document: {id: p, title: Complaints process, type: complaint-procedure, language: en, jurisdiction: NZ}
organisation:
  roles:
    - {id: manager, title: Complaints manager, holder: Perry Bell}
    - {id: handlers, title: Our complaints handlers}
scenarios:
  - id: s
    title: Internal complaints process
    actions:
      - {do: Perry will reply to you, by: manager, within: 2wd}
      - {do: We aim to resolve complaints, within: 10wd}
"""
    assert positions("PC356", text) == []
    answer_only = text.replace("      - {do: Perry will reply to you, by: manager, within: 2wd}\n", "").replace(
        "We aim to resolve complaints", "We will reply to you with our decision"
    )
    assert positions("PC356", answer_only) == [(6, 1)]
    # a team without a named holder, or a reply only in some case, is no first reply to every complainant
    team = text.replace("by: manager", "by: handlers")
    assert positions("PC356", team) == [(6, 1)]
    some = text.replace("{do: Perry will reply", "{when: If we cannot resolve it at once, do: Perry will reply")
    assert positions("PC356", some) == [(6, 1)]
