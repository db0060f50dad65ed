from plancraft import i18n
from plancraft.lint.engine import run_rule
from plancraft.rules import BY_CODE
from tests.conftest import positions, rule_findings, snippet_plan

PASSING = """\
time_limits:
  - {id: ordinary, what: 一般投诉作出处理决定, within: 15d}
  - {id: complex, what: 情况复杂的投诉延长后作出处理决定, within: 30d}
  - {id: payment, what: Final response to a payment services complaint, within: 15wd}
  - {id: report, what: 向上级报送处理结果, within: 3d}               # a report, not the answer
  - {id: stage-2, what: Give you a full response at stage 2, within: 20wd}   # a later stage
  - {id: ack, what: Acknowledge your complaint, within: 3wd}
  - {id: fos, what: Refer to the ombudsman after our final response, within: 6mo, party: customer}
"""

FAILING = """\
time_limits:
  - id: final
    what: Final response to every complaint
    within: 15wd
  - id: other
    what: Final response letter for any other complaint
    within: 8w
scenarios:
  - id: s
    title: 处理投诉
    actions:
      - {do: 确认收到投诉并出具回执, within: 1d}
      - {do: 书面答复投诉人处理决定, within: 15d}
      - {do: 出具受理回执, within: 2d}
      - {do: 书面答复投诉人, within: 10wd}
"""


def test_passing():
    assert positions("PC355", PASSING) == []


def test_one_finding_per_event_at_the_second_within():
    plan = snippet_plan(FAILING)
    found = list(run_rule(BY_CODE["PC355"], plan, plan.options))
    assert [(d.line, d.column) for d in found] == [(7, 13), (14, 30)]
    assert found[0].message.startswith(
        "time limit `other` gives the final response 8w, but time limit `final` gives it 15wd, and the texts do not "
        "separate the cases each is for"
    )
    assert [(line, col) for line, col, _ in found[0].related] == [(4, 5)]
    assert found[1].message.startswith("step 3 gives the acknowledgement 2d, but step 1 gives it 1d")


def test_a_named_case_answered_faster_keeps_both_promises():
    text = """\
time_limits:
  - {id: all, what: Final response to every complaint, within: 8w}
  - {id: payment, what: Final response for payment services complaints, within: 15wd}
"""
    assert positions("PC355", text) == []
    longer = text.replace("within: 15wd", "within: 10w")
    assert positions("PC355", longer) == [(3, 81)]


def test_extensions_and_other_starts_are_not_rivals():
    text = """\
time_limits:
  - {id: decision, what: 作出处理决定, within: 15d, from: 收到投诉}
  - {id: extended, what: 情况复杂不能按期办结的延长后作出处理决定, within: 30d}
  - {id: after, what: 作出处理决定, within: 30d, after: decision}
  - {id: review, what: 作出处理决定, within: 10d, from: 收到复核申请}
scenarios:
  - id: s
    title: Stage 1
    actions:
      - {do: Give you our decision, within: 5wd}
      - {when: If we cannot meet this, do: Give you our decision, within: 10wd}
"""
    assert positions("PC355", text) == []


def test_steps_of_different_scenarios_are_different_cases():
    text = """\
scenarios:
  - id: ordinary
    title: 一般投诉
    actions: [{do: 书面答复投诉人, within: 15d}]
  - id: complex
    title: 复杂投诉
    actions: [{do: 书面答复投诉人, within: 30d}]
"""
    assert positions("PC355", text) == []


def test_the_message_in_chinese():
    text = """\
time_limits:
  - {id: a, what: 作出处理决定, within: 15d}
  - {id: b, what: 书面答复处理结果, within: 10wd}
"""
    with i18n.language("zh-CN"):
        found = rule_findings("PC355", text)
    assert [(line, col) for line, col, _ in found] == [(3, 37)]
    assert found[0][2].startswith("处置时限 `b` 规定的最终答复期限是 10wd，但处置时限 `a` 规定的是 15d")


def test_a_step_against_the_time_limits():
    text = """\
time_limits:
  - {id: final, what: Final response, within: 15wd}
scenarios:
  - id: complaint
    title: Complaints
    actions:
      - {do: Send you our final response, within: 8w}
"""
    found = rule_findings("PC355", text)
    assert [(line, col) for line, col, _ in found] == [(7, 51)]
    assert found[0][2].startswith("step 1 gives the final response 8w, but time limit `final` gives it 15wd")
    several = """\
time_limits:
  - {id: final, what: Final response, within: 15wd}
scenarios:
  - id: payments
    title: Payment services complaints
    actions:
      - {do: Send you our final response, within: 10wd}   # a case answered faster than every case: fine
  - id: stage-2
    title: Stage 2 review
    actions:
      - {do: Send you our final response, within: 40wd}   # another stage: not the time limit's event
"""
    assert positions("PC355", several) == []
    slower = several.replace("within: 10wd}", "within: 20wd}")
    assert positions("PC355", slower) == [(7, 51)]


def test_the_first_response_is_a_deadline_of_its_own():
    text = """\
time_limits:
  - {id: first, what: 首次响应客户, within: 1d}
  - {id: again, what: 首次联系投诉人, within: 2d}
  - {id: final, what: 作出处理决定, within: 15d}
"""
    found = rule_findings("PC355", text)
    assert [(line, col) for line, col, _ in found] == [(3, 40)]
    assert found[0][2].startswith("time limit `again` gives the first response 2d, but time limit `first` gives it 1d")


def test_every_complaint_then_any_other_in_chinese():
    text = """\
time_limits:
  - {id: all, what: 所有投诉均在收到后作出处理决定, within: 15d}
  - {id: other, what: 其他投诉作出处理决定, within: 30d}
"""
    found = rule_findings("PC355", text)
    assert [(line, col) for line, col, _ in found] == [(3, 43)]
    faster = text.replace("within: 30d", "within: 10d")  # the named case is answered faster: both promises hold
    assert positions("PC355", faster) == []


def test_a_department_proposing_its_opinion_is_not_the_reply_to_the_complainant():
    # 提出处理意见 (3 working days, the department's work) and 告知投诉人 (5 working days) are two events;
    # the opinion told to the complainant in two periods is still one event given twice
    text = """\
scenarios:
  - id: complaint
    title: 投诉处理
    actions:
      - {do: 调查核实并提出书面处理意见, by: dept-head, within: 3wd}
      - {do: 将处理意见书面或电话告知投诉人, by: office, within: 5wd}
"""
    assert positions("PC355", text) == []
    twice = text.replace("调查核实并提出书面处理意见", "向投诉人反馈处理意见")
    assert positions("PC355", twice) == [(6, 51)]


TWO_STARTS = """\
scenarios:
  - id: complaint
    title: Your complaint
    actions:
      - {do: We will write to you within 8 weeks of receipt of your original complaint, within: 8w}
    escalation:
      - {when: If your complaint remains unresolved after 8 weeks of initially telling us, to: fos}
time_limits:
  - {id: final-response, what: Final response, within: 8w, from: receipt of your original complaint}
  - {id: ack, what: Acknowledge the complaint, within: 5wd, from: the date you complained}
external:
  - {id: fos, name: Financial Ombudsman Service, phone: "0800 023 4567"}
"""


def test_one_period_with_two_starts():
    found = rule_findings("PC355", TWO_STARTS)
    assert [(line, col) for line, col, _ in found] == [(7, 16)]
    assert found[0][2] == (
        "escalation 1 of scenario `complaint` gives a period as “8 weeks of initially telling us”, time limit "
        "`final-response` the same period as “receipt of your original complaint”: one counts from the receipt of "
        "the complaint, the other from when the complainant made it; say one start for the period"
    )
    same = TWO_STARTS.replace("8 weeks of initially telling us", "8 weeks of our receipt of it")
    assert positions("PC355", same) == []
