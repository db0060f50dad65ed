from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: p
time_limits:
  - id: stage-1
    what: Send the stage 1 response
    within: 10wd
  - id: ordinary
    what: 一般投诉作出处理决定
    within: 15d
scenarios:
  - id: s
    title: 处理一般投诉
    actions:
      - do: 一般投诉当场答复          # "一般投诉" is a kind of complaint, not a hedge
        within: 1h
      - do: We usually call the customer back   # no within: nothing to hedge
      - do: Call 110 at once and try to calm the situation   # hedges the outcome, not the time
        within: 5min
      - do: 原则上由网点负责人接待             # no time in the text: not about the deadline
        within: 10min
"""

FAILING = """\
document:
  id: p
time_limits:
  - id: stage-1
    what: You'll usually get a stage 1 response
    within: 10wd
  - id: payment
    what: We aim to resolve a payment services complaint
    within: 15wd
  - id: complex
    what: 情况较复杂的,一般应当向投诉人反馈处理意见
    within: 3wd
scenarios:
  - id: s
    title: 处理投诉
    actions:
      - do: 原则上当日答复客户
        within: 1d
    escalation:
      - when: 力争在一小时内报告行长
        to: president
        within: 1h
"""


def test_passing():
    assert positions("PC350", PASSING) == []


def test_failing_points_at_each_hedged_text():
    found = rule_findings("PC350", FAILING)
    assert [(line, col) for line, col, _ in found] == [(5, 11), (8, 11), (11, 11), (17, 13), (20, 15)]
    assert "“usually”" in found[0][2] and "`stage-1`" in found[0][2]
    assert "“aim to”" in found[1][2]
    assert "“一般应”" in found[2][2]
    assert "step 1 of scenario `s`" in found[3][2] and "“原则上”" in found[3][2]
    assert "escalation 1 of scenario `s`" in found[4][2] and "“力争”" in found[4][2]


def test_more_hedges_and_a_range():
    text = """\
time_limits:
  - id: stage-1
    what: Give you our decision at stage 1 (unless there are exceptional circumstances)
    within: 5wd
  - id: reply
    what: 处理结果在规定时间内(5-10个工作日)反馈给投诉人
    within: 10wd
  - id: written
    what: 一般情况下书面答复投诉人
    within: 15d
  - id: normal
    what: A written response, normally within 20 working days
    within: 20wd
scenarios:
  - id: s
    title: Stage 1
    actions:
      - do: Our decision within 5 working days, unless there are exceptional circumstances
        within: 5wd          # repeats the time limit already reported: not a second finding
"""
    found = rule_findings("PC350", text)
    assert [(line, col) for line, col, _ in found] == [(3, 11), (6, 11), (9, 11), (12, 11)]
    assert "“unless there are exceptional circumstances”" in found[0][2]
    assert found[1][2].startswith("time limit `reply` gives a range (“5-10个工作日”) rather than one period")
    assert "“一般情况下”" in found[2][2]
    assert "“normally”" in found[3][2]


def test_an_open_way_out_of_the_deadline():
    text = """\
time_limits:
  - id: written-response
    what: A written response, or advice when a reply will be received if the complaint is complex
    within: 10wd
  - id: stage-2
    what: A full response; if it takes longer we will agree revised time limits with you
    within: 20wd
"""
    found = rule_findings("PC350", text)
    assert [(line, col) for line, col, _ in found] == [(3, 11), (6, 11)]
    assert "“or advice when”" in found[0][2] and "“agree revised time limits”" in found[1][2]


def test_an_approximate_period():
    text = """\
time_limits:
  - {id: a, what: We will reply in about 10 working days, within: 10wd}
  - {id: b, what: 调查处理一般需15个工作日左右, within: 15wd}
  - {id: c, what: 大约3天内回访客户, within: 3d}
  - {id: d, what: 预约3日内上门核实, within: 3d}
"""
    found = rule_findings("PC350", text)
    assert [(line, col) for line, col, _ in found] == [(2, 19), (3, 19), (4, 19)]
    assert "“about 10 working days”" in found[0][2] and "“15个工作日左右”" in found[1][2] and "“大约3”" in found[2][2]


def test_a_step_without_within_that_replaces_the_deadline_with_no_end():
    text = """\
time_limits:
  - {id: stage-2, what: Give you a full written response, within: 20wd}
scenarios:
  - id: s
    title: Stage 2
    actions:
      - {do: Give you a full written response, within: 20wd}
      - when: If our investigation will take longer than 20 working days
        do: We will tell you. We will try to agree revised time limits with you
      - {when: Where appropriate, do: Try to discuss your complaint with you}   # no time: not a deadline
      - {do: 如需延长期限，与投诉人另行约定处理时限}
      - {do: 双方另行约定处理方式}             # no time in the text
"""
    found = rule_findings("PC350", text)
    assert [(line, col) for line, col, _ in found] == [(9, 13), (11, 14)]
    assert found[0][2].startswith(
        "step 2 of scenario `s` lets the deadline be replaced (“agree revised time limits”) with no limit"
    )
    assert "“另行约定”" in found[1][2]


def test_trying_and_optional_wording_around_a_time():
    text = """\
scenarios:
  - id: s
    title: 处理投诉
    actions:
      - {do: We will try to respond within 5 working days, within: 5wd}
      - {do: Where appropriate we will call you within 2 days, within: 2d}
      - {do: 尽量当日回复客户, within: 1d}
      - {do: 视情况在2小时内上报, within: 2h}
      - {do: Call 110 at once and try to calm the situation, within: 5min}
    escalation:
      - {when: If necessary report to the manager within 1 hour, to: manager, within: 1h}   # a condition
"""
    found = rule_findings("PC350", text)
    assert [(line, col) for line, col, _ in found] == [(5, 14), (6, 14), (7, 14), (8, 14)]
    assert "“try to respond within”" in found[0][2] and "“Where appropriate”" in found[1][2]
    assert "“尽量”" in found[2][2] and "“视情况”" in found[3][2]


def test_the_open_extension_message_in_chinese():
    from plancraft import i18n

    text = """\
scenarios:
  - id: s
    title: 处理投诉
    actions:
      - {do: 15日内书面答复, within: 15d}
      - {do: 情况复杂的，与投诉人另行约定处理期限}
"""
    with i18n.language("zh-CN"):
        found = rule_findings("PC350", text)
    assert [(line, col) for line, col, _ in found] == [(6, 14)]
    assert found[0][2].startswith("处置场景 `s` 的步骤 2 允许另定期限（“另行约定”）而不设上限")


def test_an_expectation_is_not_a_duty():
    text = """\
time_limits:
  - {id: reply, what: We expect to respond to you within 10 working days, within: 10wd}
  - {id: fine, what: We respond to you within 10 working days, within: 10wd}
"""
    found = rule_findings("PC350", text)
    assert [(line, col) for line, col, _ in found] == [(2, 23)]
    assert "“expect to”" in found[0][2]


def test_at_discretion_is_a_hedge_of_a_timed_text():
    text = """\
time_limits:
  - {id: a, what: 酌情在3个工作日内回访客户, within: 3wd}
  - {id: b, what: 必要时2小时内上报分管行长, within: 2h}      # a condition, not a hedge
"""
    found = rule_findings("PC350", text)
    assert [(line, col) for line, col, _ in found] == [(2, 19)]
    assert "“酌情”" in found[0][2]


# absent2 (#14, held-out misses): an extension with no end, and a schedule that may be moved.


def test_an_extension_left_to_discretion_is_a_hedge():
    text = "time_limits:\n  - {id: done, what: 3日内办结(重大复杂投诉可适当延长), within: 3d}\n"
    assert positions("PC350", text) == [(2, 22)]
    english = "time_limits:\n  - {id: done, what: Resolve within 3 days; complex ones may be postponed, within: 3d}\n"
    assert positions("PC350", english) == [(2, 22)]


def test_an_extension_asked_for_with_no_length():
    text = """\
scenarios:
  - id: s
    title: 受理
    actions:
      - when: 在规定日之内不能结案的
        do: 请示领导延长办理期限
"""
    found = rule_findings("PC350", text)
    assert [(line, col) for line, col, _ in found] == [(6, 13)]
    assert "延长办理期限" in found[0][2]
    english = text.replace("在规定日之内不能结案的", "If we cannot resolve it in time").replace(
        "请示领导延长办理期限", "The manager may extend the deadline"
    )
    assert positions("PC350", english) == [(6, 13)]


def test_an_extension_with_its_length_is_not_open():
    text = """\
scenarios:
  - id: s
    title: 受理
    actions:
      - when: 情况复杂的
        do: 经负责人批准延长处理期限至30日
"""
    assert positions("PC350", text) == []
    english = text.replace("情况复杂的", "If the case is complex").replace(
        "经负责人批准延长处理期限至30日", "The manager may extend the deadline to 8 weeks"
    )
    assert positions("PC350", english) == []


def test_a_schedule_in_a_trigger_that_may_move():
    text = """\
scenarios:
  - id: reception
    title: 院领导接待日
    triggers:
      - 每周四上午9:30-11:30,如遇特殊情况可以提前或推延
"""
    found = rule_findings("PC350", text)
    assert [(line, col) for line, col, _ in found] == [(5, 9)]
    assert "trigger 1 of scenario `reception`" in found[0][2]
    english = text.replace("每周四上午9:30-11:30,如遇特殊情况可以提前或推延", "Every Thursday 9:30-11:30 am; it may be postponed")
    assert positions("PC350", english) == [(5, 9)]


def test_a_trigger_that_is_not_a_schedule_is_not_read():
    text = """\
scenarios:
  - id: group
    title: 群体投诉
    triggers:
      - 投诉人数一般在20人以上
      - 每周四上午9:30-11:30
"""
    assert positions("PC350", text) == []


def test_a_principle_that_promises_speed_only_as_an_aim():
    text = """\
principles:
  - title: We aim to conclude our investigations promptly.
  - title: 快速响应
    text: 争取最大支援，以便快速响应
  - title: 及时处置
    text: 力争第一时间到达现场
"""
    found = rule_findings("PC350", text)
    assert [(line, col) for line, col, _ in found] == [(2, 12), (6, 11)]
    assert found[0][2].startswith("principle 1 promises speed only as an aim (“aim to … promptly”), so it binds nobody")
    assert "(“力争 … 第一时间”)" in found[1][2]
