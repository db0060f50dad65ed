from tests.conftest import positions, rule_findings

PASSING = """\
scenarios:
  - {id: general-complaint, title: 处理一般投诉, owner: branch-head}
"""

FAILING = """\
scenarios:
  - {id: general-complaint, title: 处理一般投诉, owner: branch-head}
  - id: explanation
    title: 对客户投诉做解释
"""


def test_passing():
    assert positions("PC108", PASSING) == []


def test_failing_points_at_the_scenario():
    found = rule_findings("PC108", FAILING)
    assert [(line, col) for line, col, _ in found] == [(3, 5)]
    assert "scenario `explanation` (对客户投诉做解释) has no owner" in found[0][2]


def test_a_scenario_at_a_level_with_a_lead_is_led_by_that_lead():
    text = """\
levels:
  - {id: general, name: 一般投诉案件, lead: handler}
  - {id: major, name: 重大投诉案件}
scenarios:
  - {id: general-complaint, title: 一般投诉案件, level: general}
  - {id: major-complaint, title: 重大投诉案件, level: major}
"""
    found = rule_findings("PC108", text)
    assert [(line, col) for line, col, _ in found] == [(6, 5)]
    assert "scenario `major-complaint`" in found[0][2]


def test_the_steps_nobody_does_are_listed_with_the_scenario():
    text = """\
scenarios:
  - id: stage-1
    title: Stage 1
    actions:
      - {do: We will acknowledge your complaint, within: 2wd}
      - {do: Assess the complaint, by: complaint-team}
      - {do: We will respond with our decision, within: 15wd}
"""
    found = rule_findings("PC108", text)
    assert [(line, col) for line, col, _ in found] == [(2, 5)]
    assert found[0][2].startswith(
        "scenario `stage-1` (Stage 1) has no owner, and 2 steps name nobody who does them "
        "(step 1 has no `by`; step 3 has no `by`)"
    )


# absent2 (#14, held-out misses): steps without `by` in a scenario that shares its steps.

SHARED = """\
scenarios:
  - id: reception-day
    title: 院领导接待日
    owner: hospital-leaders
    actions:
      - do: 在接待日前将接待领导公开告知群众
      - {do: 接待来访群众, by: hospital-leaders}
      - do: 将来访内容记录在《院领导接待日记录》中
      - {do: 对处理结果的落实进行督办, by: hospital-office}
"""


def test_steps_without_by_in_a_shared_scenario():
    found = rule_findings("PC108", SHARED)
    assert [(line, col) for line, col, _ in found] == [(2, 5)]
    assert "shares its steps between `hospital-leaders` and `hospital-office`, and 2 steps name nobody" in found[0][2]


def test_an_owner_who_does_the_rest_is_enough():
    assert positions("PC108", SHARED.replace("by: hospital-office", "by: hospital-leaders")) == []


def test_an_english_shared_scenario():
    text = """\
scenarios:
  - id: stage-1
    title: Stage 1
    owner: complaints-manager
    actions:
      - {do: Investigate the complaint, by: service-lead}
      - do: Send the response
"""
    assert positions("PC108", text) == [(2, 5)]


LINES = """\
organisation:
  roles:
    - {id: service-manager, title: 副组长, holder: 客服经理, duties: [接收和处理客户投诉]}
    - {id: lobby-manager, title: 副组长, holder: 大堂经理, duties: [协助客服经理处理投诉事件]}
    - {id: duty-officer, title: 值班人员}
    - {id: enforcement-head, title: 执法部门负责人}
    - {id: liaison, title: 联络组}
    - {id: logistics, title: 后勤组}
scenarios:
  - id: hall
    title: 发现投诉
    actions:
      - {do: 引导客户至接待区域, by: lobby-manager}
      - {do: 了解情况, by: service-manager}
  - id: scenic-spot
    title: 游客滞留
    escalation: [{when: 僵持时间较长, to: enforcement-head}]
    actions:
      - {do: 电话联系劝说游客, by: duty-officer}
      - {do: 派出2名以上工作人员赶到现场, by: enforcement-head}
  - id: prose
    title: 游客在外地滞留
    escalation: [{when: 僵持时间较长, to: enforcement-head}]
    actions:
      - {do: 值班人员将情况报告执法部门负责人}
      - {do: 派出工作人员赶到现场, by: enforcement-head}
  - id: supply-delay
    title: 供货延误
    actions:
      - {do: 通知家长, by: liaison}
      - {do: 调配货源, by: logistics}
"""


def test_doers_along_one_line_are_in_charge_of_the_case():
    # the lobby manager's duties say it assists the service manager; the duty officer's case goes up to the
    # enforcement head, who acts in it; a step that begins with a post's name is that post's. Two teams with no
    # relation stated are nobody in charge
    found = rule_findings("PC108", LINES)
    assert [(line, col) for line, col, _ in found] == [(27, 5)]
    assert "scenario `supply-delay` (供货延误) has no owner" in found[0][2]


def test_a_step_where_nothing_is_done_and_a_broken_off_fragment_need_no_doer():
    text = """\
scenarios:
  - id: phone
    title: 电话投诉
    owner: duty-manager
    actions:
      - {do: 将投诉内容报告总值班经理, by: operations}
      - {when: 如投诉方的问题得到解决, do: 该电话投诉不移交安质部。}
      - {when: 如果是有效投诉的, do: 责任人与直接}
  - id: counter
    title: 柜面投诉
    owner: duty-manager
    actions:
      - {do: 将投诉内容报告总值班经理, by: operations}
      - {when: 能够当场答复, do: 当场答复投诉人,并将《投诉处理情况表》存档}
      - {do: 做好记录}
"""
    found = rule_findings("PC108", text)
    assert [(line, col) for line, col, _ in found] == [(9, 5)]
    assert "(step 2 has no `by`; step 3 has no `by`)" in found[0][2]


def test_a_refusal_that_still_does_work_needs_its_doer():
    text = """\
scenarios:
  - id: phone
    title: 电话投诉
    owner: duty-manager
    actions:
      - {do: 将投诉内容报告总值班经理, by: operations}
      - {do: 不予受理的投诉告知投诉人理由}
      - {do: 无需上报。}
"""
    found = rule_findings("PC108", text)
    assert [(line, col) for line, col, _ in found] == [(2, 5)]
    assert "(step 2 has no `by`)" in found[0][2]
