from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: p
aftermath:
  - 一项内容
"""

FAILING = """\
plancraft: 1
document:
  id: p
"""


def test_passing():
    assert positions("PC408", PASSING) == []


def test_failing_points_at_document():
    found = rule_findings("PC408", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "the plan says nothing about what happens after the response ends" in found[0][2]


def test_an_empty_section_points_at_its_key():
    assert positions("PC408", "document:\n  id: p\naftermath: []\n") == [(3, 1)]


def _procedure(purpose: str, kind: str = "complaint-procedure") -> str:
    return f"plancraft: 1\ndocument:\n  id: p\n  type: {kind}\npurpose: {purpose}\n"


def test_a_procedure_that_says_it_learns_from_complaints_has_its_aftermath():
    for purpose in (
        "We value complaints and use information from them to help us to improve our services.",
        "We look for the root causes of complaints.",
        "定期分析投诉产生的原因，举一反三，改进服务。",
        "利用投诉信息改进产品和服务。",
    ):
        assert positions("PC408", _procedure(purpose)) == [], purpose


def test_an_attitude_or_a_case_investigation_is_not_learning_from_complaints():
    for purpose in (
        "We value your feedback as an opportunity to improve our business.",
        "We recognise that complaints provide a means for improving customer service.",
        "查明原因，判断投诉是否成立，并向投诉人做出答复。",
        "提高服务水平及质量。",
    ):
        assert positions("PC408", _procedure(purpose)) == [(2, 1)], purpose


def test_an_emergency_plan_needs_its_aftermath_written_out():
    # winding down a response (report, follow-up) is more than learning from complaints
    text = _procedure("利用投诉信息改进产品和服务。", kind="emergency-plan")
    assert positions("PC408", text) == [(2, 1)]
    text = _procedure("We use complaints information to improve our services.", kind="emergency-plan")
    assert positions("PC408", text) == [(2, 1)]


def test_an_aftermath_written_in_a_step_or_a_report_counts():
    # any plan: what comes after the response, said where the plan put it; doing the response is not it
    zh = """\
plancraft: 1
document: {id: p, type: emergency-plan}
reporting:
  - {what: 将整个事件情况及处理结果报送发起行，以便总结经验教训, to: bank, within: 3d}
"""
    assert positions("PC408", zh) == []
    en = """\
plancraft: 1
document: {id: p, type: emergency-plan, language: en}
scenarios:
  - {id: s, title: Protest, actions: [{do: Hold a debrief with the staff involved within 5 days, by: manager}]}
"""
    assert positions("PC408", en) == []
    failing = """\
plancraft: 1
document: {id: p, type: emergency-plan, language: en}
scenarios:
  - {id: s, title: Protest, actions: [{do: Call the police and clear the lobby, by: manager}]}
"""
    assert positions("PC408", failing) == [(2, 1)]


def test_a_procedure_that_closes_the_loop_has_its_aftermath():
    # following the complainant up once it is closed, dealing with the problems complaints keep showing at
    # their source: what a complaint procedure owes after the answer
    for purpose in (
        "实现“受理—研判—处置—跟踪—回访—归档”全流程闭环。",
        "定期汇总投诉数据,分析高频问题,针对性优化服务流程,从源头减少投诉发生。",
        "We review complaints every quarter to identify trends and recurring problems.",
        "We fix problems at their source so that they do not happen again.",
        "We follow up with the complainant a month after the complaint is closed.",
    ):
        assert positions("PC408", _procedure(purpose)) == [], purpose
    for purpose in ("全流程留存记录,确保可追溯。", "We will follow up with you by phone."):
        assert positions("PC408", _procedure(purpose)) == [(2, 1)], purpose


def test_the_report_after_the_response_in_a_report_line_or_a_time_limit_is_an_aftermath():
    for extra in (
        "reporting:\n  - {what: 事件处置结束后的总结报告(原因、处置经过、整改措施), to: head-office, within: 5d}\n",
        "time_limits:\n  - {id: summary, what: 处置结束后提交事件总结报告, within: 5wd, from: 响应终止}\n",
        "reporting:\n  - {what: Incident review report after the response has ended, to: board, within: 10wd}\n",
    ):
        assert positions("PC408", FAILING + extra) == [], extra
    # a monthly statistics report says nothing of what follows a response
    monthly = FAILING + "reporting:\n  - {what: 月度投诉统计, to: head-office, every: 1mo}\n"
    assert positions("PC408", monthly) == [(2, 1)]


def test_a_summary_and_evaluation_of_the_response_in_a_groups_duties_is_an_aftermath():
    duty = (
        "organisation:\n  groups:\n    - id: leading-group\n      name: 应急领导小组\n"
        "      duties: [指挥、协调各部门应对投诉事件, 对应急处理情况进行总结和评估。]\n"
    )
    assert positions("PC408", FAILING + duty) == []
    # summing up the month's complaints is no review of a response
    monthly = duty.replace("对应急处理情况进行总结和评估。", "每月对投诉情况进行统计。")
    assert positions("PC408", FAILING + monthly) == [(2, 1)]
