from tests.conftest import positions, rule_findings

PASSING = """\
organisation:
  groups:
    - {id: leading-group, name: 领导小组, leader: president}
  roles:
    - {id: president, title: 组长, backup: branch-head}
    - {id: branch-head, title: 网点负责人}
external:
  - {id: police, name: 派出所}
levels:
  - {id: general, name: 一般投诉, lead: branch-head, notify: [police, leading-group]}
"""

FAILING = """\
organisation:
  groups:
    - {id: leading-group, name: 领导小组}
  roles:
    - {id: branch-head, title: 网点负责人}
    - id: guard
      title: 保安
      backup: guard
      duties: [维持秩序]
external:
  - {id: police, name: 派出所}
levels:
  - {id: general, name: 一般投诉, lead: branch-head}
  - {id: severe, name: 重大投诉}
scenarios:
  - {id: s, title: 处理, actions: [{do: 听取投诉, by: branch-head}]}
"""


def test_passing():
    assert positions("PC105", PASSING) == []


def test_failing_points_at_each_unused_id():
    found = sorted(rule_findings("PC105", FAILING))
    assert [(line, col) for line, col, _ in found] == [(3, 12), (6, 11), (11, 10)]
    assert found[0][2].startswith("group `leading-group` (领导小组) is defined but nothing in the plan refers to it")
    assert "role `guard` (保安)" in found[1][2]  # being its own backup does not count
    assert "external party `police` (派出所)" in found[2][2]


def test_levels_are_left_to_pc106():
    assert (14, 10) not in positions("PC105", FAILING)


def test_roles_are_not_reported_one_by_one_when_there_is_no_procedure():
    # no scenario has a step: PC109 reports that once; idle roles are its consequence
    text = FAILING.split("scenarios:")[0]
    found = sorted(rule_findings("PC105", text))
    assert [(line, col) for line, col, _ in found] == [(3, 12), (11, 10)]


def test_a_role_without_duties_or_with_a_vague_title_is_left_to_pc210_and_pc212():
    text = """\
organisation:
  roles:
    - {id: branch-head, title: 网点负责人}
    - {id: guard, title: 保安}
    - {id: others, title: 相关部门, duties: [配合处理]}
    - {id: porter, title: 门卫, duties: [看门]}
scenarios:
  - {id: s, title: 处理, actions: [{do: 听取投诉, by: branch-head}]}
"""
    found = rule_findings("PC105", text)
    assert [(line, col) for line, col, _ in found] == [(6, 12)]
    assert "role `porter` (门卫)" in found[0][2]


def test_a_text_that_names_a_group_role_or_party_refers_to_it():
    # by name, or a group by its leader's title; a name nobody writes is still reported
    text = """\
organisation:
  groups:
    - {id: g, name: 专项投诉处理小组, leader: leader, office: 镇党政办}
    - {id: panel, name: Complaints Panel, leader: chair}
    - {id: idle, name: 应急小组}
  roles:
    - {id: leader, title: 组长, duties: [统一指挥]}
    - {id: chair, title: Chair, duties: [Chairs the meetings]}
    - {id: director, title: 办公室主任, holder: 党政办主任李谕, duties: [负责日常工作]}
    - {id: captain, title: 值班队长, duties: [受理投诉]}
    - {id: clerk, title: Complaints Clerk, duties: [Orders the stationery]}
external:
  - {id: regulator, name: Financial Ombudsman Service}
  - {id: bureau, name: 县市场监督管理局}
scenarios:
  - id: s
    title: 受理投诉
    actions:
      - {do: 将情况上报商务投诉处理小组组长启动应急预案, by: captain}
      - {do: Tell the complainant they may refer the complaint to the Financial Ombudsman Service, by: captain}
"""
    found = sorted(rule_findings("PC105", text))
    assert [(line, col) for line, col, _ in found] == [(4, 12), (5, 12), (11, 12), (14, 10)]
    assert "group `panel` (Complaints Panel)" in found[0][2]
    assert "group `idle` (应急小组)" in found[1][2]
    assert "role `clerk` (Complaints Clerk)" in found[2][2]
    assert "external party `bureau` (县市场监督管理局)" in found[3][2]


def test_an_emergency_service_with_its_number_is_there_to_be_called():
    text = """\
organisation:
  roles:
    - {id: head, title: 网点负责人}
external:
  - {id: police, name: 公安报警电话, phone: "110", kind: 公安}
  - {id: ambulance, name: Ambulance, phone: "999"}
  - {id: station, name: 辖区派出所}
  - {id: bank, name: Head office, phone: "0207 000 0000"}
levels:
  - {id: general, name: 一般投诉, lead: head}
scenarios:
  - {id: s, title: 处理, actions: [{do: 听取投诉, by: head}]}
"""
    found = sorted(rule_findings("PC105", text))
    assert [(line, col) for line, col, _ in found] == [(7, 10), (8, 10)]
    assert "external party `station` (辖区派出所)" in found[0][2]


def test_a_group_or_party_named_by_what_it_is_is_referred_to():
    # the one group whose name ends in 领导小组 / "panel"; a regulator named 监管部门, a head office 上级行;
    # two groups ending alike are not told apart by the noun, and a kind no text names is still reported
    text = """\
organisation:
  groups:
    - {id: g, name: 客户投诉应急领导小组}
    - {id: panel, name: Complaints Review Panel}
    - {id: w1, name: 现场处置工作组}
    - {id: w2, name: 舆情应对工作组}
external:
  - {id: cbirc, name: 重庆银保监局, kind: 监管}
  - {id: hq, name: 重庆分行, kind: 上级行}
  - {id: ombudsman, name: Financial Ombudsman Service}
scenarios:
  - id: s
    title: 重大投诉
    actions:
      - {do: 报领导小组审定后，向监管部门报告, by: g}
      - {do: The panel reviews the file and tells the complainant about the Ombudsman, by: panel}
      - {do: 工作组到场处置, by: g}
"""
    found = sorted(rule_findings("PC105", text))
    assert [(line, col) for line, col, _ in found] == [(5, 12), (6, 12), (9, 10)]
    assert "group `w1` (现场处置工作组)" in found[0][2]
    assert "group `w2` (舆情应对工作组)" in found[1][2]
    assert "external party `hq` (重庆分行)" in found[2][2]


def test_a_group_whose_leader_leads_a_level_or_does_the_work_acts_through_its_leader():
    # the 组长 who leads a level leads it for the group, the chair who does a step does it for the panel; a
    # group whose leader has no work outside the organisation is still reported
    text = """\
organisation:
  groups:
    - {id: hq-team, name: 应急响应领导小组(集团), leader: hq-head}
    - {id: panel, name: Review Panel, leader: chair}
    - {id: idle, name: 应急小组, leader: idle-head}
  roles:
    - {id: hq-head, title: 组长, duties: [启动Ⅰ级应急响应]}
    - {id: chair, title: Chair, duties: [Chairs the panel]}
    - {id: idle-head, title: 副组长, duties: [统一指挥]}
levels:
  - {id: level-1, name: 一级, lead: hq-head}
scenarios:
  - id: s
    title: Stage 2
    actions:
      - {do: Review the complaint, by: chair}
"""
    found = rule_findings("PC105", text)
    assert [(line, col) for line, col, _ in found] == [(5, 12)]
    assert "group `idle` (应急小组)" in found[0][2]


def test_a_role_whose_duty_is_a_part_of_handling_complaints_belongs_to_the_procedure():
    # receiving, logging, keeping the records of complaints: the duty is the role's place in the procedure;
    # helping another post, or a duty outside complaints, is not
    text = """\
organisation:
  roles:
    - {id: window, title: 专人, duties: [受理现场投诉]}
    - {id: office, title: 院长办公室, duties: [保管《院领导接待日记录》,年终归档]}
    - {id: desk, title: Customer Relations Officer, duties: [Logs and acknowledges every complaint]}
    - {id: trainee, title: 见习柜员, duties: [协助大堂经理引导客户]}
    - {id: porter, title: Porter, duties: [Opens the building at 8am]}
    - {id: handler, title: 网点负责人, duties: [处理投诉]}
scenarios:
  - {id: s, title: 处理投诉, actions: [{do: 调查核实, by: handler}]}
"""
    found = rule_findings("PC105", text)
    assert [(line, col) for line, col, _ in found] == [(6, 12), (7, 12)]
    assert "role `trainee` (见习柜员)" in found[0][2]
    assert "role `porter` (Porter)" in found[1][2]


def test_a_party_named_without_its_desk_or_by_a_part_in_brackets_is_referred_to():
    # "the Local Resilience Forum" names the Local Resilience Forum duty officer; 市应急管理局 its 值班室; "CCW" the
    # party written "CCW (the Consumer Council for Water)"; a party named nowhere is still reported
    text = """\
organisation:
  roles:
    - id: gold
      title: Gold Commander
      backup: gold
      duties: [Liaises with the Local Resilience Forum, 向市应急管理局报告, Refers unresolved complaints to CCW]
external:
  - {id: lrf, name: Local Resilience Forum duty officer}
  - {id: city, name: 市应急管理局值班室}
  - {id: ccw, name: CCW (the Consumer Council for Water)}
  - {id: dwi, name: Drinking Water Inspectorate incident line}
levels:
  - {id: l1, name: Level 1, lead: gold}
"""
    found = rule_findings("PC105", text)
    assert [(line, col) for line, col, _ in found] == [(11, 10)]
    assert "external party `dwi`" in found[0][2]
