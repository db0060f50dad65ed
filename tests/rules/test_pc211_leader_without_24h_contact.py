import pytest

from tests.conftest import positions, rule_findings

PASSING = """\
organisation:
  groups:
    - {id: leading-group, name: 领导小组, leader: president}
  roles:
    - id: president
      title: 组长
      contact: {mobile: "13800231000", hours: 24h}
"""

FAILING = """\
organisation:
  groups:
    - {id: leading-group, name: 领导小组, leader: president}
    - {id: site-group, name: 现场处置组, leader: branch-head}
  roles:
    - id: president
      title: 组长
      contact:
        phone: "023-53221000"
        hours: 工作日8:30-17:30
    - id: branch-head
      title: 网点负责人
"""


def test_passing():
    assert positions("PC211", PASSING) == []


@pytest.mark.parametrize("hours", ["24h", "24小时", "7x24", "7×24小时", "全天", "24/7", "24 hours"])
def test_round_the_clock_spellings(hours):
    assert positions("PC211", PASSING.replace("hours: 24h", f"hours: {hours}")) == []


def test_failing_points_at_the_hours_or_the_role():
    found = rule_findings("PC211", FAILING)
    assert [(line, col) for line, col, _ in found] == [(10, 16), (11, 7)]
    assert (
        "role `president` (组长), the leader of group `leading-group` (领导小组), is reachable only "
        "`工作日8:30-17:30`; the leader must be reachable round the clock"
    ) in found[0][2]
    assert "role `branch-head` (网点负责人), the leader of group `site-group` (现场处置组), has no contact" in found[1][2]


def test_a_contact_without_number():
    text = PASSING.replace('mobile: "13800231000", ', "")
    found = rule_findings("PC211", text)
    assert [(line, col) for line, col, _ in found] == [(7, 7)]
    assert "has no phone number" in found[0][2]


def test_only_an_emergency_plan_is_judged():
    """document.type: the rule judges emergency plans (the default), never a complaint procedure."""
    head = (
        "document:\n  id: p\n  title: 客户投诉应急预案\n  issuer: 示例银行梁平支行\n  language: zh-CN\n  type: emergency-plan\n"
    )
    body = 'organisation:\n  groups:\n    - {id: committee, name: 投诉处理委员会, leader: head}\n  roles:\n    - {id: head, title: 主任, contact: {phone: "0535-1234567", hours: 工作日}}\n'
    assert positions("PC211", head + body) == [(11, 69)]
    unstated = head.replace("  type: emergency-plan\n", "") + "x-line-kept-for-the-same-position: 1\n"
    assert positions("PC211", unstated + body) == [(11, 69)]
    assert positions("PC211", head.replace("emergency-plan", "complaint-procedure") + body) == []


def test_the_lead_of_each_level_is_asked_too():
    text = """\
organisation:
  roles:
    - {id: branch-head, title: 网点负责人, contact: {phone: "023-53221000", hours: 营业时间}}
    - {id: unit-head, title: 责任单位负责人}
    - {id: duty-manager, title: Duty manager, contact: {mobile: "07700900123", hours: 24h}}
    - {id: either, title: 分管领导或单位责任人}
levels:
  - {id: general, name: 一般投诉, lead: branch-head}      # ordinary complaints: opening hours will do
  - {id: serious, name: 重大投诉, lead: unit-head}
  - {id: crowd, name: 群访事件, lead: unit-head}
  - {id: night, name: Out-of-hours incident, lead: duty-manager}
  - {id: vague, name: 其他, lead: either}              # PC212 asks for the post first
"""
    found = rule_findings("PC211", text)
    assert [(line, col) for line, col, _ in found] == [(4, 7)]
    assert found[0][2].startswith(
        "role `unit-head` (责任单位负责人), the leader of level `serious` (重大投诉) and level `crowd` (群访事件), has no contact"
    )


def test_the_level_lead_message_in_chinese():
    from plancraft import i18n

    text = """\
organisation:
  roles:
    - {id: unit-head, title: 分公司信访办主任}
levels:
  - {id: serious, name: 重大信访事件, lead: unit-head}
"""
    with i18n.language("zh-CN"):
        found = rule_findings("PC211", text)
    assert [(line, col) for line, col, _ in found] == [(3, 7)]
    assert "级别 `serious`（重大信访事件）" in found[0][2]


# absent2 (#14, held-out misses): a plan with no leaders still calls someone out.

CALLED_OUT = """\
organisation:
  roles:
    - id: grid-worker
      title: 网格员
      duties: [重点对特殊敏感用户进行安抚]
    - id: station-head
      title: 站长
      duties: [第一时间到岗,与网格员共同开展用户走访工作]
    - id: deputy-head
      title: 副站长
      duties: [第一时间到岗]
"""


def test_roles_called_out_without_a_phone_give_one_finding():
    found = rule_findings("PC211", CALLED_OUT)
    assert [(line, col) for line, col, _ in found] == [(6, 7)]
    assert "`station-head` (站长), `deputy-head` (副站长)" in found[0][2]


def test_an_english_on_call_manager():
    text = """\
organisation:
  roles:
    - id: duty-manager
      title: Duty manager
      duties: [Is on call outside office hours]
"""
    assert positions("PC211", text) == [(3, 7)]
    with_phone = text + "      contact: {phone: '0300 000 0000', hours: 24h}\n"
    assert positions("PC211", with_phone) == []


def test_timely_work_is_no_call_out():
    text = "organisation:\n  roles:\n    - {id: desk, title: 投诉处理中心, duties: [及时处理投诉]}\n"
    assert positions("PC211", text) == []


def test_without_leaders_the_posts_in_command_need_a_phone():
    # absent4 (#14): a property company's outage plan with a 总协调 and no group or level leads
    text = """\
document: {id: p, title: 突发停水应急处理预案, type: emergency-plan, language: zh-CN}
organisation:
  roles:
    - {id: service, title: 客户服务部, duties: [通知业户]}
    - {id: coordinator, title: 总协调, holder: 物业总经理}
    - {id: commander, title: 现场总指挥, holder: 工程部经理, contact: {mobile: "13800000000", hours: 24h}}
"""
    found = rule_findings("PC211", text)
    assert [(line, col) for line, col, _ in found] == [(5, 7)]
    assert found[0][2].startswith(
        "the plan names no group leader or level lead, and the roles it calls out at once or puts in command have no "
        "phone (`coordinator` (总协调))"
    )
