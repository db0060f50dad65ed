"""Who a Chinese sentence gives work to, read from the grammar of its clauses (roles.clause_actors, roles.post_spans),
on sentences written for these tests: the subject of an act clause is a role; a victim, an object, a body outside the
organisation or a fragment of the clause is not."""

from __future__ import annotations

from pathlib import Path

from plancraft.importer import import_document
from plancraft.importer.roles import agent_posts, clause_actors, post_spans


def _titles(tmp_path: Path, *lines: str) -> list[str]:
    source = tmp_path / "plan.txt"
    body = "\n".join(f"{n}. {line}" for n, line in enumerate(lines, 1))
    source.write_text(f"某公司客户投诉处理办法\n一、处理程序\n{body}\n", encoding="utf-8")
    return [r["title"] for r in import_document(source).data["organisation"].get("roles", [])]


def test_the_unit_in_charge_named_by_what_it_is_in_charge_of_acts():
    """负责部门 is a noun (the unit in charge), not the act 负责: the whole phrase before the act is the subject."""
    assert clause_actors("投诉事项的负责部门负责调查核实。") == ["投诉事项的负责部门"]
    assert clause_actors("涉事网点的负责部门应在两日内答复。") == ["涉事网点的负责部门"]


def test_the_regulator_and_the_governments_leaders_are_outside_a_companys_plan(tmp_path: Path):
    assert _titles(tmp_path, "发生重大事件时，应立即报告县领导和银行业监管机构。", "值班经理应立即赶到现场。") == ["值班经理"]


def test_a_post_whose_name_ends_in_another_posts_word_is_one_post(tmp_path: Path):
    """保安主管 is one post (not 保安 and a 主管), and 立即带领 (an adverb and a verb) opens no post's name."""
    assert _titles(tmp_path, "保安主管接到报警后立即带领保安赶到现场。") == ["保安主管"]


def test_people_a_harm_befalls_and_the_staff_a_complaint_is_about_are_no_posts(tmp_path: Path):
    """辱骂、威胁工作人员: the victims; 所涉柜员: the staff concerned (所 + verb); 本部门: whoever's own unit."""
    assert _titles(
        tmp_path,
        "对辱骂、威胁工作人员的，值班经理应立即制止。",
        "营业员应尽量提供所涉柜员的工号。",
        "会计主管负责办理本部门的差错更正。",
    ) == ["值班经理", "营业员", "会计主管"]


def test_a_step_whose_actor_is_a_member_named_with_ge_is_that_members(tmp_path: Path):
    """成员：各热力站站长 names each station's head; a step of 热力站站长 (without 各) is that member's."""
    source = tmp_path / "plan.txt"
    source.write_text(
        "某热力公司供热投诉应急预案\n一、组织机构\n成立投诉处理领导小组。\n组长：总经理\n成员：各热力站站长、客服中心主任\n"
        "二、处置程序\n1. 热力站站长接到投诉后应立即组织人员处理。\n2. 客服中心主任应在2小时内回复客户。\n",
        encoding="utf-8",
    )
    data = import_document(source).data
    members = {r["holder"]: r["id"] for r in data["organisation"]["roles"] if r["title"] == "成员"}
    steps = data["scenarios"][0]["actions"]
    assert [step.get("by") for step in steps] == [members["各热力站站长"], members["客服中心主任"]]


def test_minutes_and_posts_in_traditional_characters(tmp_path: Path):
    """分鐘 is minutes and 櫃員 / 駕駛員 posts, read as 分钟, 柜员, 驾驶员 and written back as the document writes them."""
    source = tmp_path / "plan.txt"
    source.write_text(
        "門市顧客投訴處理辦法\n一、處理程序\n1. 櫃員應在30分鐘內將投訴報告門市經理。\n2. 駕駛員應立即停車並協助處理。\n",
        encoding="utf-8",
    )
    data = import_document(source).data
    assert [r["title"] for r in data["organisation"]["roles"]][:2] == ["櫃員", "門市經理"]
    assert "駕駛員" in [r["title"] for r in data["organisation"]["roles"]]
    assert data["scenarios"][0]["actions"][0]["within"] == "30min"


def test_the_one_whose_approval_an_act_waits_for_acts():
    """经X批准, 报X同意, 须经X签字: X approves, an act of the plan."""
    assert clause_actors("退款申请须经门店经理签字后办理。") == ["门店经理"]
    assert clause_actors("超过500元的赔偿，报区域总监批准。") == ["区域总监"]
    assert clause_actors("赔偿方案经分管副总同意后实施。") == ["分管副总"]


def test_a_standing_team_or_section_that_acts_is_a_role(tmp_path: Path):
    """市场监督组 and 综合股 act as units (roles); a working group the plan sets up acts as that group; 一组 is a count."""
    assert clause_actors("市场监督组应每周抽查投诉办理情况。") == ["市场监督组"]
    assert clause_actors("由办公股负责登记。") == ["办公股"]
    assert clause_actors("值班人员分为两组，一组负责接听电话。") == []
    source = tmp_path / "plan.txt"
    source.write_text(
        "某公司投诉应急预案\n一、组织机构\n现场处置组：由保卫部牵头，负责现场秩序维护。\n"
        "二、处置程序\n1. 现场处置组应立即赶赴现场。\n2. 市场监督组应每周抽查投诉办理情况。\n",
        encoding="utf-8",
    )
    org = import_document(source).data["organisation"]
    assert [g["name"] for g in org["groups"]] == ["现场处置组"]
    assert [r["title"] for r in org["roles"]] == ["保卫部", "市场监督组"]


def test_a_part_of_a_unit_is_named_with_the_unit(tmp_path: Path):
    """业务部门合规专员, 客服中心监督股, 客户中心质检组: the unit and its part, one name, not the unit alone."""
    assert clause_actors("由客服中心监督股负责督办。") == ["客服中心监督股"]
    assert _titles(
        tmp_path,
        "业务部门合规专员应对处理意见进行合规审查。",
        "客户中心质检组负责回访。",
        "由客服部经理审核。",
    ) == ["业务部门合规专员", "客户中心质检组", "客服部经理"]


def test_a_units_staff_is_another_post_than_the_unit(tmp_path: Path):
    """保卫科 and 保卫科工作人员 are each given work: two posts, in either order."""
    assert _titles(tmp_path, "保卫科应立即派人到场。", "保卫科工作人员负责维持现场秩序。") == ["保卫科", "保卫科工作人员"]
    assert _titles(tmp_path, "保卫科工作人员负责维持现场秩序。", "保卫科应立即派人到场。") == ["保卫科工作人员", "保卫科"]


def test_the_issuer_of_a_law_the_plan_cites_is_no_post(tmp_path: Path):
    source = tmp_path / "plan.txt"
    source.write_text(
        "某市金融投诉应急预案\n一、编制依据\n《证券期货投资者适当性管理办法》（中国证券监督管理委员会令第130号）。\n"
        "二、处置程序\n1. 市金融工作局应立即组织核查。\n",
        encoding="utf-8",
    )
    assert [r["title"] for r in import_document(source).data["organisation"]["roles"]] == ["市金融工作局"]


def test_a_units_head_named_in_a_step_is_a_post_only_where_it_acts(tmp_path: Path):
    """客服部接到客服部负责人转来的投诉后应…: the unit acts; its head only passed the complaint on (no post of its own
    here, and no fragment 客服部接到客服部负责人); 由客服部负责人审核: the head acts, a post."""
    assert _titles(tmp_path, "客服部负责受理投诉。", "客服部接到客服部负责人转来的投诉后应立即登记。") == ["客服部"]
    assert _titles(tmp_path, "客服部负责受理投诉。", "处理意见由客服部负责人审核后答复客户。") == ["客服部", "客服部负责人"]


def test_the_one_under_whose_guidance_or_command_the_work_is_done_acts():
    """在X的指导下, 在X统一指挥下: X guides or commands the act (X和Y: each)."""
    assert clause_actors("各网点在运营主管和合规专员的指导下完成整改。") == ["运营主管", "合规专员"]
    assert clause_actors("各小组在总经理统一指挥下开展工作。") == ["总经理"]
    assert clause_actors("在上级的领导下开展工作。") == []


def test_a_companys_legal_name_and_a_title_the_group_sets_are_no_posts_of_their_own(tmp_path: Path):
    """某某物业服务有限公司应…: the organisation itself; 小组设组长1名: the title 组长, not a post 小组设组长."""
    assert _titles(tmp_path, "某某物业服务有限公司应在3日内答复。", "客服部负责受理投诉。") == ["客服部"]
    source = tmp_path / "plan.txt"
    source.write_text(
        "某公司投诉应急预案\n一、组织机构\n成立投诉处理领导小组，小组设组长1名，副组长2名。\n二、处置\n1. 客服部应立即处理。\n",
        encoding="utf-8",
    )
    titles = [r["title"] for r in import_document(source).data["organisation"]["roles"]]
    assert titles == ["组长", "副组长", "客服部"]


def test_an_adverb_between_the_subject_and_its_act():
    """全面负责, 统一受理, 共同负责, 切实做好, 负总责, 可对…: the subject still acts; 协助相关部门做好… opens with its verb."""
    assert clause_actors("质检中心全面负责投诉管理工作。") == ["质检中心"]
    assert clause_actors("总经理负总责。") == ["总经理"]
    assert clause_actors("质检中心和维修班共同负责现场处置。") == ["质检中心", "维修班"]
    assert clause_actors("质检中心可对投诉进行调查。") == ["质检中心"]
    assert clause_actors("协助相关部门做好善后工作。") == []


def test_a_unit_named_by_what_it_handles_or_is_involved_in(tmp_path: Path):
    """报主管维修工作的领导, 交涉及到的部门处理: the leader in charge, the units involved — named by a relative clause
    before a bare 领导/部门, which alone would name nobody."""
    assert _titles(tmp_path, "重大投诉应报主管维修工作的领导。", "由涉及到的部门负责整改。") == [
        "主管维修工作的领导",
        "涉及到的部门",
    ]
    assert _titles(tmp_path, "收到投诉的其他部门应在1个工作日内转交客服部。") == ["收到投诉的其他部门", "客服部"]


def test_a_verb_of_publishing_is_no_part_of_the_name_after_it(tmp_path: Path):
    """公司公布供电服务热线: 公布 is no part of the hotline's name (no post 公司公布供电服务热线)."""
    assert _titles(tmp_path, "公司公布供电服务热线。", "供电服务热线接到报修后应立即派单。") == ["供电服务热线"]


def test_a_post_named_by_what_it_received_keeps_those_words(tmp_path: Path):
    """收到投诉部门, 接到投诉科室负责人: the unit or head that received it, named so (接到/收到 open no cut: the post
    is not 投诉部门, a complaints unit); 客服部接到…负责人转来的投诉 still gives only the unit that acts."""
    assert _titles(tmp_path, "收到投诉部门应在2日内答复。", "接到投诉科室负责人须在1日内处理。") == [
        "收到投诉部门",
        "接到投诉科室负责人",
    ]
    assert _titles(tmp_path, "客服部接到客服部负责人转来的投诉后应立即登记。") == ["客服部"]


def test_the_company_acting_in_the_procedure_is_a_role(tmp_path: Path):
    """公司应在5个工作日内答复: the company as a whole does a step of the procedure, a role; a bank's or hospital's maxim
    (银行应当重视…, 医院应…) and each branch (各分公司) stay none."""
    assert _titles(tmp_path, "客服专员应当日登记投诉。", "公司应在5个工作日内书面答复客户。") == ["客服专员", "公司"]
    assert clause_actors("本公司将在收到投诉后3日内回复。") == ["本公司"]
    assert clause_actors("银行应当认真对待每一件投诉。") == []
    assert clause_actors("各分公司应于每月5日前报送投诉汇总。") == []


def test_any_post_named_by_its_work_and_yuan_is_a_post(tmp_path: Path):
    """秩序维护员, 设备维修员: a post named by its work and 员 acts, though no list names it; 会员, 成员, 动员, 员工 are
    no such post, and a verb inside the name (信息报送员) stays in it."""
    assert _titles(tmp_path, "秩序维护员赶到现场维持秩序。", "设备维修员应在2小时内完成维修。") == ["秩序维护员", "设备维修员"]
    assert _titles(tmp_path, "信息报送员应立即上报事件信息。") == ["信息报送员"]
    assert _titles(tmp_path, "客服专员应做好会员的解释工作，并动员志愿者协助。", "小组成员应保护员工安全。") == ["客服专员"]


def test_the_subject_before_what_it_learns_of_the_rule_it_follows_or_the_act_it_carries_out():
    assert clause_actors("培训站接到学员投诉，首先应进行登记。") == ["培训站"]
    assert clause_actors("4S店按《客户投诉流程》予以处理。") == ["4S店"]
    assert clause_actors("总部合规审核部进行调查。") == ["总部合规审核部"]
    assert clause_actors("大厦员工一旦发现火情，都有责任立即向消防中控室报警。") == ["大厦员工"]
    assert clause_actors("当网点工作人员发现客户出现异常症状时，需立即启动应急预案。") == ["网点工作人员"]
    # 当班 / 当值 are words of the post's name, not "when"; a complaint handled is no post
    assert clause_actors("当班人员接到投诉后，应立即登记。") == ["当班人员"]
    assert clause_actors("客户投诉进行登记后，转交处理。") == []


def test_a_travel_agency_a_front_desk_and_a_credit_union_are_units_that_act():
    assert clause_actors("旅行社应在营业大厅醒目处公布旅游投诉受理电话。") == ["旅行社"]
    assert clause_actors("服务台有权做出符合店内规定的处理。") == ["服务台"]
    assert clause_actors("前台应及时通知值班经理。") == ["前台"]
    assert clause_actors("信用社应在5日内答复。") == ["信用社"]
    assert clause_actors("社会各界应积极配合。") == []


def test_units_answerable_for_a_rule_a_subject_acting_on_what_it_learnt_and_a_unit_that_is_in_charge():
    """对本规程的实施负责: each unit listed (the kind that closes the list left off, 供应部 no modal 应); 根据…后，视情况
    尽快: the subject before the phrase; X是负责…的职能部门: the unit in charge."""
    assert clause_actors("供应部、车间、质监部等部门及总工程师对本规程的实施负责。") == ["供应部", "车间", "质监部", "总工程师"]
    assert clause_actors("大区督导根据客户投诉内容与客户商榷后，视情况尽快将处理表传真至相关部门。") == ["大区督导"]
    assert clause_actors("油站管理组是负责投诉处理工作的职能部门。") == ["油站管理组"]
    assert clause_actors("供应部应立即通知车间。") == ["供应部"]


def test_an_office_named_by_its_work_and_a_post_acting_through_a_preposition(tmp_path: Path):
    """春运办 and 医患办 are offices (X办), but 办 in 拖而不办 / 正常办税 / 怎么办 is the verb; a post stays the subject when
    a preposition's object with 的 stands between it and its act (通过对事故原因的分析); 承担领导责任 names no post."""
    assert _titles(
        tmp_path,
        "春运办发出预警通知。",
        "由医患办负责接待投诉人。",
        "各部门不得拖而不办，不得影响正常办税秩序，遇事不知怎么办的应及时请示。",
        "客务部经理通过对事故原因的分析，提出整改意见。",
        "值班经理承担领导责任。",
    ) == ["春运办", "医患办", "客务部经理", "值班经理"]


def test_the_one_an_english_complaint_is_taken_to_handles_it():
    """approach the class teacher / write to the Directors / escalated to the Divisional Chairman: the post the complaint
    goes to next; not the complainant's own side (contact us, your bank) nor a body outside (the Ombudsman)."""
    taken = {
        "A parent who wishes to make a complaint should firstly approach the class teacher with a view to resolving it.": [
            "Class teacher"
        ],
        "If the second response is not satisfactory, you can then write to the Directors.": ["Directors"],
        "If you are still unhappy, you can write directly to the Airporter Management, who will review our response.": [
            "Airporter Management"
        ],
        "Should the matter still not be resolved, it will be further escalated to the Divisional Chairman.": [
            "Divisional Chairman"
        ],
        "The parent should lodge the complaint in writing with the Chairperson of the Board of Management.": [
            "Chairperson of the Board of Management"
        ],
        "You can contact us about the water supply.": [],
        "If you are not satisfied, please contact your bank.": [],
        "You may then write to the Financial Ombudsman Service.": [],
    }
    for sentence, actors in taken.items():
        assert clause_actors(sentence) == actors, sentence


def test_units_and_posts_of_schools_and_works_and_words_that_only_look_like_posts(tmp_path: Path):
    """质量保证部 is a unit (保证 is part of its name); 校医 and 工会副主席 are posts; 对接上级部门 (to liaise with),
    统计人员情况 (the people counted), 保障教师生命健康 (the people kept safe) and 跨部门难题 name no post."""
    assert clause_actors("公司质量保证部负责接待顾客来访。") == ["公司质量保证部"]
    titles = _titles(
        tmp_path,
        "校医：提供现场医疗救治，联系外部医疗资源。",
        "工会副主席：负责信息联络与内外沟通协调。",
        "组长全面指挥应急处置工作，对接上级部门，决定启动与终止应急预案。",
        "年段长：协助统计人员情况，组织自救。",
        "办公室应最大程度保障教师生命健康与财产安全。",
        "重大事项或跨部门难题，整理要点后报送校办或校长阅示。",
    )
    assert {"校医", "工会副主席", "校办"} <= set(titles)
    assert not {"接上级部门", "统计人员", "跨部门"} & set(titles)
    assert not any(title.endswith("保障教师") for title in titles)


def test_assistants_offices_named_after_a_head_companies_named_by_their_trade_and_units_sent_to_act():
    """管业助理 and 总经理助理 are posts (not 总经理 and a 助理); 院长室秘书 is the secretary of the head's office (not 院长);
    该人员之单位主管 is 单位主管; 供热公司 is a unit that acts; 通知专业公司派员维修 sends 专业公司 to act; 委员会办公室 is no 公室."""
    assert agent_posts("由管业助理安排回访。") == ["管业助理"]
    assert post_spans("报总经理助理审批") == [("总经理助理", 1, 6)]
    assert agent_posts("由院长室秘书定期查看意见箱并收集案件。") == ["院长室秘书"]
    assert ("单位主管", 20, 24) in post_spans("如患者对承办人之说明不满意,即由该人员之单位主管接待说明。")
    # …之人员: the staff named by what they do, not a vague 人员
    assert any(p.endswith("客户申诉之人员") for p, _, _ in post_spans("本行办理客户申诉之人员,应负保密之责。"))
    assert agent_posts("供热公司接到通知后，当日通知热用户。") == ["供热公司"]
    assert clause_actors("市场部负责协调专业公司落实处理方案。") == ["市场部"]  # not 市场部负责协调专业公司
    assert clause_actors("通知专业公司派员维修。") == ["专业公司"]
    assert agent_posts("客户投诉工作协调委员会办公室负责日常工作。") == ["委员会办公室"]


def test_a_subject_with_all_or_also_before_its_act_acts_but_everyone_is_no_post():
    """各科室都要…, 值班人员均应…: 都/均 stand between the subject and its act; 每个人都要…, 任何人均不得…, 各级员工均有
    责任… and …均应遵守本办法 are a rule for all, no post's work."""
    assert clause_actors("各科室都要优先接诊急诊患者。") == ["各科室"]
    assert clause_actors("值班人员均应立即赶赴现场。") == ["值班人员"]
    assert clause_actors("酒店各级员工均有责任受理投诉。") == []
    assert clause_actors("各经营单位均应遵守本办法。") == []
    assert clause_actors("每个人都要遵守安全规定。") == []
    assert clause_actors("任何人均不得擅自离岗。") == []


def test_customer_service_staff_named_kefu_act():
    """客服 alone names the customer-service staff (an online shop's or platform's post), and 客服团队 / 客服單位 is
    one unit, not 客服 and a word after it; a shop's customer told to contact 客服 names no post."""
    assert clause_actors("客服应在24小时内回复客户。") == ["客服"]
    assert clause_actors("接到投诉后，客服负责登记。") == ["客服"]
    assert clause_actors("由客服统一回访。") == ["客服"]
    assert clause_actors("客服团队应在24小时内回复。") == ["客服团队"]
    assert clause_actors("质量问题请先联系我们客服。") == []
    assert clause_actors("各公司联系人应及时上报。") == ["各公司联系人"]  # 联系人 is a post
