from tests.conftest import positions, rule_findings

PASSING = """\
document: {id: p, title: 客户投诉应急预案, issuer: 示例银行梁平支行, language: zh-CN}
time_limits:
  - {id: first-reply, what: 首次回复客户, within: 1d, from: 收到投诉}
  - {id: final-reply, what: 作出处理决定并告知客户, within: 15d, from: 收到投诉, after: first-reply}
  - {id: complex, what: 复杂投诉作出处理决定, within: 30d, from: 收到投诉}
  - {id: review-request, what: 客户申请复核并答复, within: 30d, party: customer}
  - {id: rectify, what: 整改落实, within: 60d, from: 处理决定作出}
scenarios:
  - id: s
    title: 处理投诉
    actions:
      - {do: 核实情况, within: 15d}
"""

FAILING = """\
document: {id: p, title: 客户投诉应急预案, issuer: 示例银行梁平支行, language: zh-CN}
time_limits:
  - id: final-reply
    what: 作出处理决定并告知客户
    within: 20d
  - {id: first, what: 核实情况, within: 10d}
  - {id: second, what: 作出处理决定, within: 10d, after: first}
scenarios:
  - id: s
    title: 处理投诉
    actions:
      - {do: 核实情况, within: 3w}
    escalation:
      - {when: 无法解决, to: president, within: 1mo}
"""


def test_passing():
    assert positions("PC304", PASSING) == []


def test_failing_points_at_each_within():
    found = rule_findings("PC304", FAILING)
    assert [(line, col) for line, col, _ in found] == [(5, 13), (7, 40), (12, 28), (14, 45)]
    assert found[0][2].startswith(
        "time limit `final-reply` (作出处理决定并告知客户) allows 20d, beyond 15d, the "
        "statutory period for deciding a complaint (银行业保险业消费投诉处理管理办法 第十八条)"
    )
    assert "unconfirmed" not in found[0][2]
    assert "ends 20d after its chain starts (`first` 10d + `second` 10d" in found[1][2]
    assert "step 1 of scenario `s` (处理投诉) allows 3w" in found[2][2]
    assert "escalation 1 of scenario `s` (处理投诉) allows 1mo" in found[3][2]


def test_from_and_after_is_not_added_up():
    text = """\
document: {id: p, title: 客户投诉应急预案, issuer: 示例银行梁平支行, language: zh-CN}
time_limits:
  - {id: first-reply, what: 首次回复客户, within: 1h, from: 收到投诉}
  - {id: reply, what: 回复客户处理情况, within: 24h, after: first-reply}
  - {id: decision, what: 作出处理决定, within: 15d, from: 收到投诉, after: reply}
"""
    assert positions("PC304", text) == []


def test_the_period_is_an_option():
    assert positions("PC304", FAILING, **{"decision-period": "20d"}) == [(12, 28), (14, 45)]


GB = """\
document: {id: p, title: Complaints procedure, issuer: Example Bank plc, language: en, jurisdiction: GB}
time_limits:
  - {id: final, what: Send the final response, within: 10w, from: receipt of the complaint}
  - {id: ack, what: Acknowledge the complaint, within: 5wd, from: receipt of the complaint}
"""


def test_a_uk_plan_is_judged_against_disp_not_the_chinese_period():
    found = rule_findings("PC304", GB)
    assert [(line, col) for line, col, _ in found] == [(3, 56)]
    assert "beyond 8w, the period for a final response, 8 weeks from receipt (FCA DISP 1.6.2R)" in found[0][2]
    assert "办法" not in found[0][2]
    assert positions("PC304", GB.replace("within: 10w", "within: 8w")) == []
    assert positions("PC304", GB.replace("within: 10w", "within: 20d")) == []  # 20 days is fine under DISP


def test_a_firm_that_sends_complainants_to_the_financial_ombudsman_is_under_disp():
    """A page that never says what the firm is, but refers complainants to the Financial Ombudsman Service, is
    a firm's under FCA DISP 1 (statutory.under_disp)."""
    unnamed = GB.replace("issuer: Example Bank plc", "issuer: Example Ltd")
    assert positions("PC304", unnamed) == []
    fos = unnamed + 'external:\n  - {id: fos, name: Financial Ombudsman Service, phone: "0800 023 4567"}\n'
    assert positions("PC304", fos) == [(3, 56)]


def test_payment_services_get_15_business_days():
    text = GB.replace("title: Complaints procedure", "title: Payment services complaints procedure")
    found = rule_findings("PC304", text.replace("within: 10w", "within: 20wd"))
    assert "15 business days (FCA DISP 1.6.2AR)" in found[0][2]
    assert positions("PC304", text.replace("within: 10w", "within: 15wd")) == []


def test_other_jurisdictions_only_with_the_option():
    text = GB.replace("jurisdiction: GB", "jurisdiction: HK").replace("within: 10w", "within: 90d")
    assert positions("PC304", text) == []
    assert positions("PC304", text, **{"decision-period": "30d"}) == [(3, 56)]
    english_without_jurisdiction = text.replace(", jurisdiction: HK", "")
    assert positions("PC304", english_without_jurisdiction) == []


def test_the_statutes_bind_financial_firms_only():
    hospital = FAILING.replace("issuer: 示例银行梁平支行", "issuer: 某市人民医院")
    assert positions("PC304", hospital) == []
    assert positions("PC304", hospital, **{"decision-period": "15d"}) == [(5, 13), (7, 40), (12, 28), (14, 45)]
    housing = GB.replace("issuer: Example Bank plc", "issuer: Example Housing Association")
    assert positions("PC304", housing) == []


def test_a_plan_not_about_complaints_is_not_judged():
    """投诉办法 第十八条 times the decision on a complaint; an insurer's disaster plan that answers
    claims within 30 days is not judged against it."""
    text = (
        "document: {id: p, title: 保险业突发公共事件应急预案, issuer: 示例保险公司, language: zh-CN}\n"
        "time_limits:\n  - {id: claims, what: 理赔处理结果回复被保险人, within: 30d, from: 收到理赔申请}\n"
    )
    assert positions("PC304", text) == []
    complaint = text.replace("保险业突发公共事件应急预案", "保险业客户投诉应急预案")
    assert positions("PC304", complaint) == [(3, 46)]  # the `within` value


def test_a_hospital_that_deals_in_medical_insurance_is_not_an_insurer():
    text = (
        "document: {id: p, title: 投诉处理程序, issuer: 某县人民医院, language: zh-CN}\n"
        "scope: 患者对医疗服务、医疗保险报销的投诉\n"
        "time_limits:\n  - {id: reply, what: 作出处理决定并答复投诉人, within: 30d, from: 收到投诉}\n"
    )
    assert positions("PC304", text) == []
    bank = text.replace("某县人民医院", "某银行某支行")
    assert positions("PC304", bank) == [(4, 45)]


def test_a_council_that_mentions_payments_is_not_an_fca_firm():
    text = (
        "document: {id: p, title: Complaints procedure, issuer: Example City Council, language: en, "
        "jurisdiction: GB}\n"
        "scope: Complaints about our services, including rent payments and financial hardship support\n"
        "time_limits:\n  - {id: final, what: Send the final response, within: 12w, from: receipt}\n"
    )
    assert positions("PC304", text) == []
    firm = text.replace("Example City Council", "Example Building Society")
    assert positions("PC304", firm) == [(4, 56)]  # 12w beyond 8 weeks (DISP 1.6.2R)
