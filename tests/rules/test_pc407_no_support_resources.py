from plancraft.diagnostics import Severity
from plancraft.lint.engine import run_rule
from plancraft.rules import BY_CODE
from tests.conftest import positions, rule_findings, snippet_plan

PASSING = """\
document:
  title: 客户投诉应急预案
  issuer: 示例银行梁平支行
support:
  - {what: 投诉应急专线电话，24小时有人值守, owner: office-head}
  - {what: 配备录音录像设备的客户接待室, owner: branch-head}
"""

FAILING = """\
plancraft: 1
document:
  title: 客户投诉应急预案
  issuer: 示例银行梁平支行
"""

NO_RECORDING = """\
document:
  title: 客户投诉应急预案
  issuer: 示例银行梁平支行
support:
  - {what: 投诉应急专线电话, owner: office-head}
"""


def test_passing():
    assert positions("PC407", PASSING) == []


def test_failing_points_at_document():
    found = rule_findings("PC407", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "lists no support resources" in found[0][2]
    assert "reception room with audio and video recording (投诉办法 第七条)" in found[0][2]


def test_a_bank_complaint_plan_without_a_recorded_room_gets_an_info_hint():
    plan = snippet_plan(NO_RECORDING)
    found = list(run_rule(BY_CODE["PC407"], plan, plan.options))
    assert [(d.line, d.column, d.severity) for d in found] == [(4, 1, Severity.INFO)]
    assert "no support item mentions recording" in found[0].message


def test_no_hint_outside_banking():
    text = "document:\n  title: 地产投诉应急预案\nsupport:\n  - {what: 投诉热线}\n"
    assert positions("PC407", text) == []


def test_only_an_emergency_plan_is_judged():
    """document.type: the rule judges emergency plans (the default), never a complaint procedure."""
    head = (
        "document:\n  id: p\n  title: 客户投诉应急预案\n  issuer: 示例银行梁平支行\n  language: zh-CN\n  type: emergency-plan\n"
    )
    body = "support: []\n"
    assert positions("PC407", head + body) == [(7, 1)]
    unstated = head.replace("  type: emergency-plan\n", "") + "x-line-kept-for-the-same-position: 1\n"
    assert positions("PC407", unstated + body) == [(7, 1)]
    assert positions("PC407", head.replace("emergency-plan", "complaint-procedure") + body) == []
