from plancraft.lint.engine import run_rule
from plancraft.rules import BY_CODE
from tests.conftest import positions, rule_findings, snippet_plan

PASSING = """\
scenarios:
  - id: violent
    title: 处理过激行为
    actions:
      - {do: 立即报警, by: branch-head, within: 5min}
      - {do: 安抚其他客户, by: lobby-manager}
"""

FAILING = """\
scenarios:
  - id: calm
    title: 一般投诉
    actions:
      - {do: 听取投诉, within: 30min}
  - id: violent
    title: 处理过激行为
    actions:
      - {do: 劝阻客户, within: 5min}
      - {do: 立即报警, by: branch-head}
      - do: Report to the duty manager promptly
      - {do: 及时向行长报告, by: branch-head}
"""


def test_passing():
    assert positions("PC308", PASSING) == []


def test_one_finding_per_scenario_at_its_actions():
    plan = snippet_plan(FAILING)
    found = list(run_rule(BY_CODE["PC308"], plan, plan.options))
    assert [(d.line, d.column) for d in found] == [(8, 5)]  # the scenario's `actions`
    assert found[0].message.startswith(
        "scenario `violent` (处理过激行为): steps 2, 3, 4 say “立即、promptly、及时” but give no time"
    )
    assert [(line, col) for line, col, _ in found[0].related] == [(10, 9), (11, 9), (12, 9)]


def test_quiet_without_any_deadline():
    assert positions("PC308", FAILING.replace(", within: 30min", "").replace(", within: 5min", "")) == []


def test_the_adjective_forms_promise_speed_too():
    text = """\
time_limits:
  - {id: t, what: 答复, within: 15d}
scenarios:
  - id: frontline
    title: Front line
    actions:
      - do: We will try to take immediate action to resolve the problem
      - do: Give a prompt reply to the customer
      - do: Deal with urgent complaints first        # a kind of complaint, not a promise of speed
  - id: onsite
    title: 现场处置
    actions:
      - {do: 即刻赶赴现场}
      - {do: 组织紧急处置, by: branch-head}
      - {do: 设立紧急处置小组, by: branch-head, within: 1h}
  - id: start
    title: 启动预案
    actions:
      - {do: 启动紧急处置预案, by: branch-head}      # names the plan, promises no speed
"""
    plan = snippet_plan(text)
    found = list(run_rule(BY_CODE["PC308"], plan, plan.options))
    assert [(d.line, d.column) for d in found] == [(6, 5), (12, 5)]
    assert found[0].message.startswith(
        "scenario `frontline` (Front line): steps 1, 2 say “immediate action、prompt reply” but give no time"
    )
    assert found[1].message.startswith("scenario `onsite` (现场处置): steps 1, 2 say “即刻、紧急处置” but give no time")


def test_more_words_that_promise_speed():
    text = """\
time_limits:
  - {id: t, what: 答复, within: 15d}
scenarios:
  - id: s
    title: Serious complaint
    actions:
      - do: Refer it to the director as a matter of urgency
      - do: Tell the regulator without undue delay
      - do: 尽早通知客户
      - do: 快速处理客户诉求
      - do: 随时接听客户电话      # "at any time" is availability, not speed
"""
    plan = snippet_plan(text)
    found = list(run_rule(BY_CODE["PC308"], plan, plan.options))
    assert [(d.line, d.column) for d in found] == [(6, 5)]
    assert found[0].message.startswith(
        "scenario `s` (Serious complaint): steps 1, 2, 3, 4 say “as a matter of urgency、without undue delay、尽早、快速处理”"
    )


def test_what_is_done_with_the_complainant_still_there_is_a_time_they_can_check():
    # 当场解决 / "resolved on the spot": before the complainant leaves; 当场报警 and "immediately" still promise speed
    text = """\
time_limits:
  - {id: reply, what: 答复, within: 15d}
scenarios:
  - id: simple
    title: 处理简单问题
    actions:
      - {do: 简单问题当场解决(如退款、道歉), by: spot}
      - {do: Minor complaints are resolved on the spot, by: spot}
  - id: violent
    title: 处理过激行为
    actions:
      - {do: 当场报警, by: guard}
      - {do: Tell the duty manager immediately, by: guard}
"""
    found = rule_findings("PC308", text)
    assert [(line, col) for line, col, _ in found] == [(11, 5)]
    assert "steps 1, 2 say “当场、immediately” but give no time" in found[0][2]


def test_what_can_be_settled_there_and_then_is_settled_there_and_then():
    # 当场能够解决的,当场予以解决: both 当场 are done with the complainant there; 当场报警 still promises speed
    text = """\
time_limits:
  - {id: reply, what: 答复, within: 15d}
scenarios:
  - id: s
    title: 投诉处理
    actions:
      - {do: 当场能够解决的,当场予以解决, by: first-contact}
      - {do: 当场可以答复的当场答复, by: first-contact}
      - {do: 发生冲突时当场报警, by: guard}
"""
    found = rule_findings("PC308", text)
    assert [(line, col) for line, col, _ in found] == [(6, 5)]
    assert "scenario `s` (投诉处理): step 3 says “当场” but gives no time" in found[0][2]
