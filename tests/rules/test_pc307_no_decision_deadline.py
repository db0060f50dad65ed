from tests.conftest import positions, rule_findings

PASSING = """\
document: {id: p, title: 客户投诉应急预案, issuer: 示例银行梁平支行, language: zh-CN}
time_limits:
  - {id: first-reply, what: 首次回复客户, within: 1d, from: 收到投诉}
  - {id: decision, what: 作出处理决定并告知投诉人, within: 15d, from: 收到投诉}
"""

FAILING = """\
document: {id: p, title: 客户投诉应急预案, issuer: 示例银行梁平支行, language: zh-CN}
time_limits:
  - {id: first-reply, what: 首次回复客户, within: 1d, from: 收到投诉}
  - {id: review-request, what: 客户申请复核并获答复, within: 30d, party: customer}
"""


def test_passing():
    assert positions("PC307", PASSING) == []


def test_failing_points_at_time_limits():
    found = rule_findings("PC307", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert found[0][2].startswith(
        "the plan sets no deadline for deciding a complaint; the statutory period for "
        "deciding a complaint (银行业保险业消费投诉处理管理办法 第十八条); add a time limit"
    )
    assert "within: 15d" in found[0][2]


def test_only_complaint_plans():
    assert positions("PC307", FAILING.replace("客户投诉应急预案", "信息系统切换应急预案")) == []


def test_a_uk_plan_is_told_the_fca_period():
    text = """\
document: {id: p, title: Complaints procedure, issuer: Example Bank plc, language: en, jurisdiction: GB}
time_limits:
  - {id: ack, what: Acknowledge the complaint, within: 5wd, from: receipt}
"""
    found = rule_findings("PC307", text)
    assert "8 weeks from receipt (FCA DISP 1.6.2R)" in found[0][2] and "within: 8w" in found[0][2]
    assert "办法" not in found[0][2].split("add a time limit")[0]


def test_no_deadline_at_all_is_pc306s():
    assert positions("PC307", "document: {id: p, title: 投诉预案, language: zh-CN}\n") == []


def test_a_plan_outside_the_statutes_is_asked_without_a_citation():
    found = rule_findings("PC307", FAILING.replace("issuer: 示例银行梁平支行", "issuer: 某市人民医院"))
    assert found[0][2].startswith("the plan sets no deadline for deciding a complaint; add a time limit")


# absent2 (#14, held-out misses): a first contact or an update is no decision; a plan that takes complaints in.


def test_getting_back_to_the_customer_is_not_the_decision():
    text = """\
document: {id: p, title: How to make a complaint, type: complaint-procedure, language: en, jurisdiction: IE}
time_limits:
  - {id: first, what: We will get back to you to resolve this issue, within: 3wd}
  - {id: update, what: Write to you with an update if your complaint is not resolved by then, within: 20wd}
"""
    assert positions("PC307", text) == [(2, 1)]
    decided = text.replace("to resolve this issue", "with our final response")
    assert positions("PC307", decided) == []


def test_a_progress_report_is_not_the_decision():
    text = """\
document: {id: p, title: 游客投诉处理制度, type: complaint-procedure, language: zh-CN}
time_limits:
  - {id: progress, what: 反馈处理进展, within: 7wd}
"""
    assert positions("PC307", text) == [(2, 1)]


def test_an_outage_plan_with_a_complaints_channel_is_asked():
    text = """\
document: {id: p, title: 供电所应急处置状态下优质服务工作方案, language: zh-CN}
channels:
  - {name: 意见及投诉工单, kind: other}
time_limits:
  - {id: notice, what: 发布停电信息, within: 15min}
"""
    found = rule_findings("PC307", text)
    assert [(line, col) for line, col, _ in found] == [(4, 1)]
    no_channel = text.replace("意见及投诉工单", "用户电话")
    assert positions("PC307", no_channel) == []


def test_a_start_written_into_the_text_is_not_the_event_timed():
    # 自受理之日起 / "from receipt" says where the clock starts; the event is the reply or decision that follows
    for what in (
        "自受理之日起答复旅客",
        "自受理之日起15日内作出处理决定",
        "受理后10个工作日内办结",
        "Full reply from receipt of the complaint",
    ):
        text = FAILING.replace("what: 首次回复客户, within: 1d", f"what: {what}, within: 10wd")
        assert positions("PC307", text) == [], what
    # intake itself is still no decision
    assert positions("PC307", FAILING.replace("what: 首次回复客户", "what: 受理登记")) == [(2, 1)]


# A plan imported from prose keeps "we have 8 weeks to issue a final response" as a timed step: that is its
# decision deadline, and the plan must not be told it has none.


def test_a_timed_step_that_decides_is_the_decision_deadline():
    text = """\
document: {id: p, title: Complaints procedure, issuer: Example Bank plc, language: en, jurisdiction: GB}
time_limits:
  - {id: ack, what: Acknowledge the complaint, within: 5wd, from: receipt}
scenarios:
  - id: complaint
    title: Complaint
    actions:
      - do: We acknowledge your complaint
        within: 5wd
      - do: We have 8 weeks to issue a final response
        within: 8w
"""
    assert positions("PC307", text) == []
    untimed = text.replace("        within: 8w\n", "")
    assert positions("PC307", untimed) == [(2, 1)]
    acknowledging = text.replace("issue a final response", "acknowledge it again")
    assert positions("PC307", acknowledging) == [(2, 1)]
    # a step that reports the outcome to others, timed from the end of the handling, decides nothing
    reporting = text.replace("We have 8 weeks to issue a final response", "We report the outcome to head office")
    assert positions("PC307", reporting) == [(2, 1)]
    chinese = (
        "document: {id: p, title: 客户投诉应急预案, issuer: 示例银行梁平支行, language: zh-CN}\n"
        "time_limits:\n  - {id: ack, what: 确认收到投诉, within: 1d, from: 收到投诉}\n"
        "scenarios:\n  - id: c\n    title: 投诉\n    actions:\n"
        "      - do: 应在事件处理完的三日内，将整个事件情况及处理结果报送发起行\n        within: 3d\n"
    )
    assert positions("PC307", chinese) == [(2, 1)]
    assert (
        positions(
            "PC307", chinese.replace("应在事件处理完的三日内，将整个事件情况及处理结果报送发起行", "作出处理决定并告知投诉人")
        )
        == []
    )
    # handled within 3 days is the decision; "within 8 weeks of reporting" counts from receipt, it reports nothing
    handled = chinese.replace("应在事件处理完的三日内，将整个事件情况及处理结果报送发起行", "原则上3天内处理完毕")
    assert positions("PC307", handled) == []
    resolving = text.replace(
        "We have 8 weeks to issue a final response", "We resolve every complaint within 8 weeks of reporting"
    )
    assert positions("PC307", resolving) == []
