"""Roles and groups the importer reads from small documents, asserted exactly (title, holder, duties, group)."""

from __future__ import annotations

import re
from pathlib import Path

import docx
from click.testing import CliRunner

from plancraft.cli import main
from plancraft.importer import import_document
from plancraft.loader import load
from tests.importer.documents import add_table, import_validated, table_under_heading


def _import(tmp_path: Path, text: str, suffix: str = ".txt") -> dict:
    source = tmp_path / f"plan{suffix}"
    source.write_text(text, encoding="utf-8")
    return import_document(source).data


def _roles(data: dict) -> list[tuple[str, str | None]]:
    return [(r["title"], r.get("holder")) for r in (data.get("organisation") or {}).get("roles", [])]


def _titles(tmp_path: Path, text: str, suffix: str = ".txt") -> list[str]:
    return [title for title, _ in _roles(_import(tmp_path, text, suffix))]


def _by_title(data: dict) -> dict[str, dict]:
    return {r["title"]: r for r in data["organisation"].get("roles", [])}


def test_a_list_of_members_with_spaced_titles_and_peoples_names(tmp_path: Path):
    data = _import(
        tmp_path,
        "社区投诉处理应急预案\n"
        "一、组织机构\n"
        "成立投诉处理领导小组。\n"
        "顾  问：何冰\n"
        "组  长：欧旭东\n"
        "副组长：杨伟军、戴文明、王有为（常委）\n"
        "成  员：各村（社区）、各线办\n"
        "领导小组下设办公室，办公室主任由党政办主任李谕同志担任，办公地点设在镇党政办，由党政办主任负责日常工作。\n"
        "二、处置\n"
        "接到投诉后，值班队长立即赶到现场，并上报投诉处理小组组长。\n"
        "情况紧急时，报县政府值班室。\n",
    )
    # people's names are the holders of one post, not posts; 小组组长 is the leader already named; a county
    # government's duty room is outside the organisation; the office of the group is a group
    assert _roles(data) == [
        ("顾问", "何冰"),
        ("组长", "欧旭东"),
        ("副组长", "杨伟军、戴文明、王有为（常委）"),
        ("成员", "各村（社区）"),
        ("成员", "各线办"),
        ("办公室主任", "党政办主任李谕"),
        ("值班队长", None),
    ]
    roles = _by_title(data)
    assert roles["顾问"]["id"] == "adviser" and roles["副组长"]["id"] == "deputy-leader"
    assert roles["办公室主任"]["duties"] == ["负责日常工作"]  # 由党政办主任负责…: the post its holder holds
    group = next(g for g in data["organisation"]["groups"] if g["name"] == "投诉处理领导小组")
    assert group["leader"] == roles["组长"]["id"] and group["deputies"] == [roles["副组长"]["id"]]
    assert group["office"] == "镇党政办"
    assert [g["name"] for g in data["organisation"]["groups"]] == ["投诉处理领导小组", "领导小组办公室"]


def test_a_form_that_puts_each_holder_under_its_title(tmp_path: Path):
    data = _import(
        tmp_path,
        "物业服务中心突发事件应急预案\n"
        "一、组织机构\n"
        "（一）应急处置小组组织机构及职责\n"
        "组    长：\n"
        "钱志刚（经理）\n"
        "副组长：\n"
        "孙丽\n"
        "成    员：\n"
        "周强、吴敏\n"
        "（二）现场处置机构及其职责\n"
        "1.疏散引导组组长：\n"
        "郑浩\n"
        "2.疏散引导组职责\n"
        "负责引导住户撤离。\n",
    )
    # the heading names the group before the words for its make-up; each holder is read with the title above it; the
    # leader of a working team is that team's post, not the group's 组长
    assert _roles(data)[:4] == [
        ("组长", "钱志刚（经理）"),
        ("副组长", "孙丽"),
        ("成员", "周强、吴敏"),
        ("疏散引导组组长", "郑浩"),
    ]
    roles = _by_title(data)
    assert "duties" not in roles["组长"]
    group = data["organisation"]["groups"][0]
    assert group["name"] == "应急处置小组"
    assert group["leader"] == roles["组长"]["id"] and group["deputies"] == [roles["副组长"]["id"]]


def test_posts_with_their_holders_and_duties_written_after_a_space(tmp_path: Path):
    data = _import(
        tmp_path,
        "景区安全应急预案\n"
        "一、组织机构\n"
        "成立景区安全领导小组。\n"
        "组长：高建国 负责全面指挥、协调处置工作，承担领导责任。\n"
        "副组长：罗平 许明 协助组长做好处置工作。\n"
        "成员：\n"
        "陈晓东 负责后勤保障\n"
        "黄蕾 负责对外联络\n",
    )
    assert _roles(data) == [
        ("组长", "高建国"),
        ("副组长", "罗平 许明"),
        ("成员", "陈晓东"),
        ("成员", "黄蕾"),
    ]
    roles = {r["holder"]: r for r in data["organisation"]["roles"]}
    assert roles["高建国"]["duties"] == ["负责全面指挥、协调处置工作", "承担领导责任"]
    assert roles["罗平 许明"]["duties"] == ["协助组长做好处置工作"]
    assert roles["黄蕾"]["duties"] == ["负责对外联络"]
    group = data["organisation"]["groups"][0]
    assert group["members"] == [roles["陈晓东"]["id"], roles["黄蕾"]["id"]]


def test_a_heading_about_the_command_structure_is_no_unit_and_its_duties_are_the_groups(tmp_path: Path):
    data = _import(
        tmp_path,
        "市燃气事故应急预案\n"
        "2 应急指挥体系及职责\n"
        "2.1 应急指挥机构及成员单位\n"
        "市政府设立市燃气事故应急指挥部，由分管副市长任总指挥，市城管局局长、市应急局局长任副总指挥。\n"
        "应急指挥部下设办公室，由市城管局副局长、燃气科科长分别兼任办公室正副主任。\n"
        "2.2 指挥机构的主要职责\n"
        "研究决定全市燃气应急工作的重大问题。\n",
    )
    # the heading names how the organisation is made up, not a unit whose duties its sentences are; 分别 is no
    # part of a holder; 指挥机构 is the 指挥部 the plan set up
    assert _roles(data)[:3] == [("总指挥", "分管副市长"), ("副总指挥", "市城管局局长"), ("副总指挥", "市应急局局长")]
    assert all(r["title"] not in ("应急指挥机构及成员单位", "指挥机构") for r in data["organisation"]["roles"])
    assert all(not (r.get("holder") or "").endswith("分别") for r in data["organisation"]["roles"])
    group = data["organisation"]["groups"][0]
    assert group["name"] == "市燃气事故应急指挥部"
    assert group["duties"] == ["研究决定全市燃气应急工作的重大问题。"]


def test_a_list_of_posts_run_together_in_one_paragraph_under_a_group_and_duties_heading(tmp_path: Path):
    data = _import(
        tmp_path,
        "体育馆溺水事故应急预案\n"
        "二、应急领导小组及职责\n"
        "组 长:马建华 曾丽 副 组 长:周平 严明成 员:各部室人员职责:全面负责组织、协调防溺水工作。\n"
        "三、应急救援程序\n"
        "1.溺水者所在区域内救生员发现有人溺水，立即发出紧急信号。\n",
    )
    # the heading names the group (…及职责), the spaced titles open clauses of their own though nothing stands before
    # them, and 职责: is the group's; 溺水者所在 names no unit
    assert _roles(data)[:3] == [("组长", "马建华 曾丽"), ("副组长", "周平 严明"), ("成员", "各部室人员")]
    assert "溺水者所" not in [title for title, _ in _roles(data)]
    group = data["organisation"]["groups"][0]
    assert group["name"] == "应急领导小组" and group["duties"] == ["全面负责组织、协调防溺水工作"]


def test_a_holder_ends_where_a_clause_of_time_or_an_act_begins(tmp_path: Path):
    data = _import(
        tmp_path,
        "养老院消防应急预案\n"
        "一、组织机构\n"
        "成立消防安全领导小组。\n"
        "组长：王强,火险发生时,负责立即报告上级部门,视火情拨打119,及时告知全体院民。\n",
    )
    # the commas after the holder open what the post does, not more holders
    assert _roles(data)[0] == ("组长", "王强")
    assert [title for title, _ in _roles(data)].count("组长") == 1
    assert _by_title(data)["组长"]["duties"][0].startswith("火险发生时，负责立即报告上级部门")


def test_a_group_sentence_with_leader_deputy_members_and_the_groups_duty(tmp_path: Path):
    data = _import(
        tmp_path,
        "某银行客户投诉应急预案\n"
        "一、组织机构及职责\n"
        "成立客户投诉应急处理领导小组，由行长任组长，分管副行长任副组长，成员由办公室、营业部和保卫部负责人组成，"
        "负责投诉应急处置的组织、协调和指挥。\n"
        "营业部经理兼任办公室主任，负责日常工作。\n"
        "客服中心负责受理客户投诉。\n"
        "保卫部负责现场秩序维护。\n",
    )
    assert _roles(data) == [
        ("组长", "行长"),
        ("副组长", "分管副行长"),
        ("成员", "办公室负责人"),
        ("成员", "营业部负责人"),
        ("成员", "保卫部负责人"),
        ("办公室主任", "营业部经理"),
        ("客服中心", None),
        ("保卫部", None),
    ]
    roles = _by_title(data)
    assert roles["办公室主任"]["duties"] == ["负责日常工作"]
    assert roles["客服中心"]["duties"] == ["客服中心负责受理客户投诉"]
    assert "duties" not in roles["成员"]
    [group] = data["organisation"]["groups"]
    assert group["duties"] == ["负责投诉应急处置的组织、协调和指挥"]
    assert len(group["members"]) == 3


def test_a_title_with_a_name_and_post_is_one_role(tmp_path: Path):
    data = _import(
        tmp_path,
        "客户投诉应急预案\n"
        "一、组织机构\n"
        "（一）领导小组\n"
        "组长：张三（行长）\n"
        "副组长：李四（副行长）、王五（副行长）\n"
        "成员：各部门负责人\n"
        "联络员：赵六\n"
        "（二）职责\n"
        "联络员负责信息的收集和报送。\n",
    )
    assert _roles(data) == [
        ("组长", "张三（行长）"),
        ("副组长", "李四（副行长）、王五（副行长）"),
        ("成员", "各部门负责人"),
        ("联络员", "赵六"),
    ]
    assert _by_title(data)["联络员"]["duties"] == ["联络员负责信息的收集和报送"]


def test_a_docx_table_of_posts_names_duties_and_phones(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("客户投诉应急预案", style="Title")
    d.add_heading("组织机构", level=1)
    d.add_paragraph("成立投诉应急工作小组。")
    table = d.add_table(rows=4, cols=4)
    for row, cells in zip(
        table.rows,
        [
            ("岗位", "姓名", "职责", "联系方式"),
            ("组长", "张三", "统一指挥投诉处置", "13800000001"),
            ("副组长", "李四", "协助组长", "13800000002"),
            ("成员", "王五", "现场处置", "13800000003"),
        ],
    ):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    source = tmp_path / "plan.docx"
    d.save(source)
    out = tmp_path / "plan.yaml"
    result = CliRunner().invoke(main, ["import", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    check = CliRunner().invoke(main, ["validate", "--no-cache", str(out)])
    assert check.exit_code == 0, check.output
    data = load(out).data
    assert _roles(data) == [("组长", "张三"), ("副组长", "李四"), ("成员", "王五")]
    roles = _by_title(data)
    assert roles["组长"]["duties"] == ["统一指挥投诉处置"]
    assert roles["组长"]["contact"] == {"phone": "13800000001"}
    [group] = data["organisation"]["groups"]
    assert group["leader"] == roles["组长"]["id"]
    assert group["deputies"] == [roles["副组长"]["id"]] and group["members"] == [roles["成员"]["id"]]


def test_units_that_act_responsible_units_and_short_office_names(tmp_path: Path):
    data = _import(
        tmp_path,
        "信访事件应急处置办法\n"
        "一、一级响应\n"
        "发生5人以下信访事件，由分公司信访办通知责任单位，责任单位安排工作人员接访。\n"
        "二、二级响应\n"
        "发生10人以上群访事件，责任单位负责人要到场接访，纪检监察室工作人员协助。\n"
        "投诉由职能部门或者分公司处理，处理结果报综治办。\n",
    )
    # 责任单位负责人 is the unit's head, another post than the unit; 信访办/综治办 are offices
    assert _roles(data) == [
        ("责任单位", None),
        ("分公司信访办", None),
        ("责任单位负责人", None),
        ("纪检监察室工作人员", None),
        ("职能部门", None),
        ("综治办", None),
    ]
    assert _by_title(data)["分公司信访办"]["id"] == "branch-company-petition-office"


def test_posts_found_in_a_clause(tmp_path: Path):
    from plancraft.importer.roles import agent_posts, posts_in

    # 或者 is one word: the post after it does not start with 者
    assert posts_in("法定代表人或者公司主要负责人的姓名") == ["公司主要负责人"]
    # 主要负责人 alone, like 第一责任人, is a responsibility; what a unit is (是…的职能部门) is no other post
    assert posts_in("法定代表人或者主要负责人的姓名") == []
    assert posts_in("投诉管理办公室是医院投诉管理的职能部门") == ["投诉管理办公室"]
    # the staff of a unit already named is that unit; 影响 is a verb, not part of a post
    assert agent_posts("发生围堵大门，影响人员和车辆正常出行的事件") == []
    assert agent_posts("设立应急值班室：实行24小时值班制度") == ["应急值班室"]
    # people an incident involves and a group's members named as units are no posts
    assert posts_in("由保安人员疏散围观人员，无关人员不得进入") == ["保安人员"]
    assert posts_in("成员部门应配合处置") == []


def test_duties_labelled_by_the_role_or_group_they_belong_to(tmp_path: Path):
    data = _import(
        tmp_path,
        "客户投诉应急预案\n"
        "一、组织机构及职责\n"
        "（一）组织机构\n"
        "成立投诉应急处置领导小组，组长由行长担任，副组长由分管副行长担任，成员由各部门负责人组成。\n"
        "（二）工作职责\n"
        "1. 领导小组职责：统一领导投诉应急处置工作。\n"
        "2. 组长职责：全面负责投诉应急处置的组织指挥。\n"
        "3. 副组长职责：协助组长开展工作。\n"
        "4. 成员职责：按照分工做好本部门的投诉处置工作。\n"
        "5. 客户服务部：负责投诉的受理、登记和转办。\n"
        "6. 办公室负责与新闻媒体的沟通。\n",
    )
    assert [(title, holder, r.get("duties")) for (title, holder), r in zip(_roles(data), data["organisation"]["roles"])] == [
        ("组长", "行长", ["全面负责投诉应急处置的组织指挥。"]),
        ("副组长", "分管副行长", ["协助组长开展工作。"]),
        ("成员", "各部门负责人", ["按照分工做好本部门的投诉处置工作。"]),
        ("办公室", None, ["办公室负责与新闻媒体的沟通"]),
        ("客户服务部", None, ["负责投诉的受理、登记和转办。"]),
    ]
    [group] = data["organisation"]["groups"]
    assert group["duties"] == ["统一领导投诉应急处置工作。"]


def test_english_posts_units_and_their_responsibilities(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints Handling Procedure\n"
        "1 Roles and responsibilities\n"
        "Chief Executive: accountable for the complaints policy.\n"
        "Complaints Manager - responsible for logging and tracking every complaint.\n"
        "Our Customer Relations team logs every complaint.\n"
        "Heads of Service investigate complaints about their service.\n"
        "2 Stage 1\n"
        "If you are unhappy, the Customer Relations team will pass your complaint to the relevant Head of Service.\n"
        "3 Stage 2\n"
        "The Director of Operations will review the complaint and reply within 20 working days.\n",
    )
    # "Our"/"the" are no part of a post; Head of Service is the Heads of Service already named
    assert [(r["title"], r.get("duties")) for r in data["organisation"]["roles"]] == [
        ("Chief Executive", ["accountable for the complaints policy"]),
        ("Complaints Manager", ["responsible for logging and tracking every complaint"]),
        ("Customer Relations team", ["Our Customer Relations team logs every complaint"]),
        ("Heads of Service", ["Heads of Service investigate complaints about their service"]),
        ("Director of Operations", None),
    ]


def test_titles_on_one_line_a_labelled_list_and_working_groups(tmp_path: Path):
    data = _import(
        tmp_path,
        "客户投诉应急预案\n"
        "一、组织机构\n"
        "（一）领导小组\n"
        "组长：张三  副组长：李四、王五\n"
        "应急领导小组组成人员：成员：赵六（营业部经理）；联络员：钱七。\n"
        "（二）工作小组\n"
        "1. 综合协调组：由办公室牵头，负责信息汇总和上报。\n"
        "2. 现场处置组：由营业部牵头，保卫部、客服中心配合，负责现场秩序维护和客户安抚。\n"
        "3. 宣传报道组：由综合管理部负责，做好舆情监测和媒体应对。\n",
    )
    assert _roles(data) == [
        ("组长", "张三"),
        ("副组长", "李四、王五"),
        ("成员", "赵六（营业部经理）"),
        ("联络员", "钱七"),
        ("办公室", None),
        ("营业部", None),
        ("保卫部", None),
        ("客服中心", None),
        ("综合管理部", None),
    ]
    ids = {r["title"]: r["id"] for r in data["organisation"]["roles"]}
    groups = {g["name"]: g for g in data["organisation"]["groups"]}
    assert list(groups) == ["领导小组", "综合协调组", "现场处置组", "宣传报道组"]
    scene = groups["现场处置组"]
    assert scene["leader"] == ids["营业部"] and scene["members"] == [ids["保卫部"], ids["客服中心"]]
    assert scene["duties"] == ["负责现场秩序维护和客户安抚"]
    assert groups["宣传报道组"]["leader"] == ids["综合管理部"]
    assert groups["宣传报道组"]["duties"] == ["做好舆情监测和媒体应对"]
    assert "scenarios" not in data or not any(s["title"] == "现场处置组" for s in data["scenarios"])


def test_a_post_named_again_is_one_role_but_a_unit_of_another_level_is_another(tmp_path: Path):
    data = _import(
        tmp_path,
        "客户投诉处理办法\n"
        "一、处理流程\n"
        "1. 各网点负责人应在1小时内到场处理。\n"
        "2. 营业网点负责人应立即安抚客户，并上报分行消费者权益保护部。\n"
        "3. 消费者权益保护部应在5个工作日内回访客户。\n"
        "4. 情况严重的，报地方有关部门。\n",
    )
    # 各网点负责人 / 营业网点负责人 are one post; 分行消费者权益保护部 is not the plan's own department;
    # the local authorities are outside the organisation
    assert _roles(data) == [("网点负责人", None), ("分行消费者权益保护部", None), ("消费者权益保护部", None)]


def test_a_committee_with_its_chair_and_a_command_that_sets_its_posts(tmp_path: Path):
    data = _import(
        tmp_path,
        "医院投诉管理办法\n"
        "第一章 组织机构\n"
        "第一条 医院成立投诉管理委员会，主任委员由院长担任，副主任委员由分管副院长担任，委员由各职能科室负责人组成。\n"
        "第二条 院长是医院投诉管理第一责任人。\n"
        "第三条 应急指挥部设总指挥1名，由总经理担任；副总指挥2名，由分管副总经理担任。\n",
    )
    assert _roles(data) == [
        ("主任委员", "院长"),
        ("副主任委员", "分管副院长"),
        ("委员", "各职能科室负责人"),
        ("院长", None),
        ("总指挥", "总经理"),
        ("副总指挥", "分管副总经理"),
    ]
    ids = {r["title"]: r["id"] for r in data["organisation"]["roles"]}
    committee, command = data["organisation"]["groups"]
    assert (committee["name"], committee["leader"], committee["deputies"], committee["members"]) == (
        "投诉管理委员会",
        ids["主任委员"],
        [ids["副主任委员"]],
        [ids["委员"]],
    )
    assert (command["name"], command["leader"], command["deputies"]) == ("应急指挥部", ids["总指挥"], [ids["副总指挥"]])


def test_a_docx_table_of_working_groups(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("客户投诉应急预案", style="Title")
    d.add_heading("组织机构", level=1)
    d.add_paragraph("成立投诉应急领导小组，下设工作组：")
    rows = [
        ("工作组", "组长", "成员", "主要职责"),
        ("现场处置组", "营业部经理", "营业部、保卫部人员", "现场秩序维护、客户安抚"),
        ("宣传报道组", "张三", "李四、王五", "舆情监测"),
    ]
    add_table(d, rows)
    source, out = tmp_path / "plan.docx", tmp_path / "plan.yaml"
    d.save(source)
    result = CliRunner().invoke(main, ["import", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert CliRunner().invoke(main, ["validate", "--no-cache", str(out)]).exit_code == 0
    data = load(out).data
    # a post leads as itself; a person holds the group's 组长; people's names are one members role
    assert _roles(data) == [
        ("营业部经理", None),
        ("营业部人员", None),
        ("保卫部人员", None),
        ("宣传报道组组长", "张三"),
        ("宣传报道组成员", "李四、王五"),
    ]
    ids = {r["title"]: r["id"] for r in data["organisation"]["roles"]}
    groups = {g["name"]: g for g in data["organisation"]["groups"]}
    assert set(groups) == {"投诉应急领导小组", "现场处置组", "宣传报道组"}
    scene = groups["现场处置组"]
    assert (scene["leader"], scene["members"], scene["duties"]) == (
        ids["营业部经理"],
        [ids["营业部人员"], ids["保卫部人员"]],
        ["现场秩序维护、客户安抚"],
    )
    assert groups["宣传报道组"]["leader"] == ids["宣传报道组组长"]


def test_english_articles_and_a_team_leader(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints Handling Policy\n"
        "1. Roles and responsibilities\n"
        "1.1 The Board is responsible for approving this policy.\n"
        "1.2 Complaint Handlers investigate complaints and write final responses.\n"
        "2. How we handle your complaint\n"
        "2.1 If the complaint is complex, it will be escalated to a Team Leader.\n"
        "2.2 Your line manager will be told about complaints about you.\n",
    )
    assert [r["title"] for r in data["organisation"]["roles"]] == [
        "Board",
        "Complaint Handlers",
        "Team Leader",
        "Line manager",
    ]


def test_a_group_founded_with_its_posts_before_its_name(tmp_path: Path):
    data = _import(
        tmp_path,
        "学校投诉处理办法\n"
        "一、组织机构\n"
        "学校成立以校长为组长，分管副校长为副组长，各处室主任、年级组长为成员的投诉处理工作领导小组，"
        "领导小组办公室设在校长室。\n"
        "二、职责\n"
        "德育处、教务处负责受理家长投诉，班主任协助做好家长沟通工作。\n"
        "各部门要明确一名投诉联络员，负责本部门投诉的登记和上报。\n",
    )
    assert _roles(data) == [
        ("组长", "校长"),
        ("副组长", "分管副校长"),
        ("成员", "各处室主任"),
        ("成员", "年级组长"),
        ("德育处", None),
        ("班主任", None),
        ("教务处", None),
        ("投诉联络员", None),
    ]
    group = data["organisation"]["groups"][0]
    assert (group["id"], group["name"], group["office"]) == (
        "complaint-handling-work-leading-group",
        "投诉处理工作领导小组",
        "校长室",
    )
    assert len(group["members"]) == 2 and group["leader"] == "xiao-zhang"


def test_english_posts_of_dispute_resolution_procedures(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints and Internal Dispute Resolution Policy\n"
        "1 Responsibilities\n"
        "Our frontline staff try to resolve complaints at the first point of contact.\n"
        "The Customer Advocate reviews complaints that have not been resolved within 5 business days.\n"
        "2 Process\n"
        "If the complaint is not resolved, a Dispute Resolution Specialist will contact you.\n",
    )
    assert [r["title"] for r in data["organisation"]["roles"]] == [
        "Frontline staff",
        "Customer Advocate",
        "Dispute Resolution Specialist",
    ]


def test_a_docx_table_under_a_merged_title_with_a_job_and_a_post_in_the_group(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("客户投诉应急预案", style="Title")
    d.add_heading("组织机构", level=1)
    table = d.add_table(rows=4, cols=4)
    table.cell(0, 0).merge(table.cell(0, 3)).text = "投诉应急领导小组成员名单"
    for row, cells in zip(
        table.rows[1:],
        [
            ("姓名", "职务", "组内职务", "联系电话"),
            ("张三", "行长", "组长", "13800000001"),
            ("李四", "副行长", "副组长", "13800000002"),
        ],
    ):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    source = tmp_path / "plan.docx"
    d.save(source)
    data = import_document(source).data
    # the merged title names the group; the post in the group is the role, the person with the job its holder
    assert _roles(data) == [("组长", "张三（行长）"), ("副组长", "李四（副行长）")]
    [group] = data["organisation"]["groups"]
    roles = _by_title(data)
    assert group["name"] == "投诉应急领导小组"
    assert (group["leader"], group["deputies"]) == (roles["组长"]["id"], [roles["副组长"]["id"]])
    assert roles["组长"]["contact"] == {"phone": "13800000001"}


def test_units_listed_as_members_are_posts_not_people(tmp_path: Path):
    data = _import(tmp_path, "客户投诉应急预案\n一、组织机构\n成立投诉处理小组。\n组长：张三\n成员：金融部、安全部\n")
    assert _roles(data) == [("组长", "张三"), ("成员", "金融部"), ("成员", "安全部")]


def test_a_short_name_the_document_defines_is_the_same_role(tmp_path: Path):
    data = _import(
        tmp_path,
        "投诉处理办法\n一、职责\n个人金融业务部（以下简称“个金部”）负责全行投诉的统一管理。\n"
        "二、流程\n1. 个金部接到投诉后，应在1个工作日内登记。\n2. 个金部应在10个工作日内答复客户。\n",
    )
    [role] = data["organisation"]["roles"]
    assert role["title"] == "个人金融业务部"
    assert {step.get("by") for step in data["scenarios"][0]["actions"]} == {role["id"]}
    english = _import(
        tmp_path,
        "Complaints Policy\n1 Responsibilities\nThe Complaints Resolution Team (CRT) handles all complaints.\n"
        "2 Process\nThe CRT will acknowledge your complaint within 2 business days.\n",
    )
    [role] = english["organisation"]["roles"]
    assert role["title"] == "Complaints Resolution Team"
    assert english["scenarios"][0]["actions"][0]["by"] == role["id"]


def test_an_english_duty_sentence_names_its_subject_only_when_it_is_a_post(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints Procedure\n1 Governance\n"
        "The Complaints Review Committee is chaired by the Chief Executive.\n"
        "The Committee meets monthly to review complaint trends.\n"
        "Heads of department ensure complaints are answered.\n",
    )
    assert [r["title"] for r in data["organisation"]["roles"]] == [
        "Complaints Review Committee",
        "Heads of department",
        "Chief Executive",
    ]


def test_units_ending_in_suo_and_the_staff_involved(tmp_path: Path):
    from plancraft.importer.roles import agent_posts

    assert agent_posts("各供电所负责辖区内投诉的调查处理") == ["供电所"]
    assert agent_posts("在公共场所发生的投诉，由营业所处理") == ["营业所"]
    assert agent_posts("当事医务人员应主动与患者沟通") == ["当事医务人员"]


def test_a_command_centre_named_in_a_step_is_a_unit_unless_the_plan_sets_it_up(tmp_path: Path):
    """投产指挥中心 acting in a step, never set up by the plan: a unit of the plan (a role) that owns its step; set up
    (成立…指挥中心), it is a group; 指挥中心 alone is the plan's own command named short."""
    data = _import(
        tmp_path,
        "系统投产应急预案\n一、处置流程\n1. 网点负责人发现重大问题时，应立即报告投产指挥中心。\n"
        "2. 投产指挥中心应在30分钟内作出处置决定。\n",
    )
    assert _roles(data) == [("网点负责人", None), ("投产指挥中心", None)]
    assert data["scenarios"][0]["actions"][1]["by"] == data["organisation"]["roles"][1]["id"]
    data = _import(
        tmp_path,
        "系统投产应急预案\n一、组织机构\n成立投产指挥中心，组长由行长担任。\n二、处置流程\n"
        "1. 投产指挥中心应在30分钟内作出处置决定。\n2. 指挥中心应及时通报处置进展。\n",
    )
    assert _roles(data) == [("组长", "行长")]
    assert [g["name"] for g in data["organisation"]["groups"]] == ["投产指挥中心"]


def test_members_included_by_unit_with_a_shared_head_and_a_group_named_short_and_in_full(tmp_path: Path):
    data = _import(
        tmp_path,
        "XX银行重大客户投诉应急预案\n二、组织体系及职责\n（一）应急领导小组\n"
        "分行成立重大客户投诉应急领导小组，组长由分行行长担任，"
        "成员包括办公室、保卫部等部门主要负责人。\n"
        "领导小组主要职责：统一领导重大客户投诉应急处置工作。\n",
    )
    assert _roles(data) == [("组长", "分行行长"), ("成员", "办公室主要负责人"), ("成员", "保卫部主要负责人")]
    [group] = data["organisation"]["groups"]
    assert group["name"] == "重大客户投诉应急领导小组"
    assert group["duties"] == ["统一领导重大客户投诉应急处置工作"]
    assert len(group["members"]) == 2


def test_member_units_are_members_as_themselves(tmp_path: Path):
    data = _import(
        tmp_path,
        "应急预案\n一、组织机构\n成立投诉应急领导小组，组长：张三。\n领导小组成员单位：办公室、营业部、保卫部。\n",
    )
    assert _roles(data) == [("组长", "张三"), ("办公室", None), ("营业部", None), ("保卫部", None)]
    [group] = data["organisation"]["groups"]
    assert group["members"] == ["office", "business-dept", "security"] and "duties" not in group


def test_a_post_and_the_people_who_hold_it_on_one_line(tmp_path: Path):
    data = _import(
        tmp_path,
        "应急预案\n一、组织机构\n成立投诉应急领导小组，组长：张三。\n投诉处理负责人：李四（电话：13800000000）\n"
        "值班联系人：王五、赵六\n处理原则：及时、公正\n",
    )
    assert _roles(data) == [("组长", "张三"), ("投诉处理负责人", "李四"), ("值班联系人", "王五、赵六")]
    assert _by_title(data)["投诉处理负责人"]["contact"] == {"phone": "13800000000"}


def test_ids_from_titles_in_words_full_width_and_grades():
    from plancraft.importer.ids import ID_PATTERN, slug

    cases = {
        "ＡＢＣ部": "abc-dept",
        "Ⅳ级响应": "level-4-response",
        "９５５９８热线": "role-95598-hotline",
        "蓝色预警": "blue-warning",
        "值班队长": "duty-captain",
        "Head of Customer Experience & Complaints": "head-customer-experience-complaints",
    }
    assert {title: slug(title, "role") for title in cases} == cases
    assert all(ID_PATTERN.match(i) for i in cases.values())


def test_no_role_from_a_verb_before_a_post_an_example_a_title_or_a_government_body(tmp_path: Path):
    """属于/责成/请示/按 + a post, （如工作人员…）, the title's unit before 应急, and bureaus and authorities."""
    data = _import(
        tmp_path,
        "客运站应急处置工作方案\n"
        "一、投诉处理\n"
        "1. 客服科负责受理投诉，属于财务科处理的问题，批转或责成财务科答复处理。\n"
        "2. 不能按期办结的，需请示领导延长期限，按领导批示办理。\n"
        "3. 服务质量问题（如工作人员态度差）由客服科调查核实。\n"
        "4. 涉及行业稳定的情况要立即报告县交通运输局；涉及违法的，移交司法部门依法处理。\n"
        "5. 配合市场监管部门开展检查。\n",
    )
    assert _roles(data) == [("客服科", None), ("财务科", None)]
    assert "县交通运输局" in [party["name"] for party in data.get("external", [])]  # the escalation's recipient


def test_a_vague_post_is_a_role_where_it_acts_or_is_told_not_where_work_is_only_handed_to_it(tmp_path: Path):
    """由相关科室处理 / 报告相关科室: the plan's vague post; 对接家长、媒体及相关部门, 调配相关工作人员: a mention."""
    kept = _import(
        tmp_path,
        "医院投诉处理办法\n一、投诉处理\n1. 无法当场处理的，客服中心应立即报告相关科室。\n2. 一般投诉由相关科室自行处理。\n",
    )
    assert sorted(_roles(kept)) == [("客服中心", None), ("相关科室", None)]
    mentioned = _import(
        tmp_path,
        "校园突发事件处置方案\n一、组织架构与职责\n信息联络组：负责信息收集，对接家长、媒体及相关部门，"
        "必要时调配相关工作人员。\n二、处置\n1. 客服中心负责受理投诉。\n",
    )
    assert _roles(mentioned) == [("客服中心", None)]


def test_english_posts_named_by_what_they_do_and_units_a_complaint_is_assigned_to(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints procedure\n1. Assessment\nWe will then assign the complaint to the services for investigation.\n"
        "You may be contacted by the person carrying out the investigation for more information.\n"
        "2. Checking\nOur responses are checked by:\n- the head of the department the complaint is about\n"
        "- the complaints manager\n",
    )
    assert _roles(data) == [
        ("Services", None),
        ("Person carrying out the investigation", None),
        ("Head of the department", None),
        ("Complaints manager", None),
    ]


def test_units_sharing_the_post_named_once_after_a_list_ending_in_deng(tmp_path: Path):
    """成员包括医务科、护理部、保卫科、法务办等相关负责人: the head of each unit, not one member post."""
    data = _import(
        tmp_path,
        "医疗纠纷应急预案\n一、应急组织机构\n成立医疗纠纷应急处理小组，由分管副院长担任组长，成员包括医务科、护理部、法务办等相关负责人。\n",
    )
    assert _roles(data) == [("组长", "分管副院长"), ("成员", "医务科负责人"), ("成员", "护理部负责人"), ("成员", "法务办负责人")]


def test_members_listed_once_anyone_and_people_held_to_account_are_no_further_roles(tmp_path: Path):
    """成员由A、B负责人组成 gives the members once (not again as posts of their own); 任何部门和个人 and 追究有关人员责任
    name nobody."""
    data = _import(
        tmp_path,
        "客户投诉应急预案\n一、组织机构及职责\n公司成立客户投诉应急领导小组，总经理任组长，成员由办公室、法务部负责人组成。\n"
        "二、应急处置\n（一）由宣传部门统一对外发布信息，任何部门和个人不得擅自发布。\n"
        "三、责任追究\n对迟报、漏报、瞒报的，依法追究有关人员责任。\n",
    )
    assert _roles(data) == [("组长", "总经理"), ("成员", "办公室负责人"), ("成员", "法务部负责人"), ("宣传部门", None)]
    assert data["organisation"]["groups"][0]["members"] == ["office-head", "legal-dept-head"]


def test_bureaus_are_members_of_a_governments_own_plan(tmp_path: Path):
    """In 某县燃气突发事件应急预案 the county's bureaus act as its members; in a company's plan they are outside it."""
    data = _import(
        tmp_path,
        "某县燃气突发事件应急预案\n一、应急处置\n1. 县住建局负责组织抢修。\n2. 县公安局负责现场警戒。\n",
    )
    assert _roles(data) == [("县住建局", None), ("县公安局", None)]
    company = _import(
        tmp_path,
        "某燃气公司突发事件应急预案\n一、应急处置\n1. 抢修中心负责组织抢修。\n2. 县公安局负责现场警戒。\n",
    )
    assert _roles(company) == [("抢修中心", None)]


def test_staff_posts_named_by_their_work_and_verbs_that_open_no_post(tmp_path: Path):
    data = _import(
        tmp_path,
        "公交公司投诉处理办法\n一、总则\n为推动基层车队服务工作再上新台阶，制定本办法。\n二、处置\n1. 驾驶员应立即停车，报告调度员。\n"
        "2. 新闻发言人负责对外发布信息。\n3. 当班班长负责现场处置。\n",
    )
    assert _roles(data) == [("驾驶员", None), ("调度员", None), ("新闻发言人", None), ("当班班长", None)]


def test_a_unit_of_the_bank_level_above_is_no_post_of_a_branchs_plan(tmp_path: Path):
    """In a 支行's plan, 分行消费者权益保护部 (reported to) is the level above, outside its organisation; the 支行 itself,
    given work (支行应在24小时内…报告), is a role, as transcribers write the unit a plan is for (营业厅应…)."""
    data = _import(
        tmp_path,
        "某银行某支行客户投诉应急预案\n一、处置流程\n1. 网点负责人应在30分钟内赶到现场。\n"
        "2. 支行应在24小时内将事件处理情况报告分行消费者权益保护部。\n3. 涉及媒体的，由支行办公室统一应对。\n",
    )
    assert _roles(data) == [("网点负责人", None), ("支行", None), ("支行办公室", None)]


def test_an_english_body_a_complaint_may_be_referred_to_is_outside_the_organisation(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints Handling Procedure\n1. Stage 2\nIf you remain unhappy, your complaint will be escalated to a Senior "
        "Manager, who will respond within 10 working days.\n2. Independent review\nIf you are still not satisfied, you "
        "can refer your complaint to the Consumer Council for Water.\n",
    )
    assert _roles(data) == [("Senior Manager", None)]
    assert [party["name"] for party in data["external"]] == ["Consumer Council"]


def test_staff_on_duty_everyone_and_a_party_to_a_dispute_are_no_posts(tmp_path: Path):
    data = _import(
        tmp_path,
        "网点突发事件处置预案\n一、总则\n所有员工和所有医务人员应熟悉本预案内容。\n二、事件分级\n一般事件：客户与营业网点工作人员发生争执。\n"
        "三、处置\n1. 各部门在岗工作人员应按下述流程操作。\n2. 大堂经理应立即上前劝解。\n",
    )
    assert _roles(data) == [("大堂经理", None)]


def test_a_post_held_by_posts_on_a_numbered_label(tmp_path: Path):
    """1.1现场总指挥：工程部经理/当值班（…） — one role held by the posts named, not a role for each."""
    data = _import(
        tmp_path,
        "突发停水应急处理预案\n1.1现场总指挥:工程部经理/当值班(若总值班遇此事件,第一时间通知工程部经理);\n"
        "1.2总协调:物业总经理;\n1.3电话中心:负责接听业户来电。\n",
    )
    assert _roles(data) == [("现场总指挥", "工程部经理/当值班"), ("总协调", "物业总经理"), ("电话中心", None)]


def test_a_unit_something_is_handed_to_for_keeping_is_a_post_and_the_transport_bureau_keeps_its_name(tmp_path: Path):
    data = _import(
        tmp_path,
        "某县公交投诉处理办法\n一、处理\n1. 接待记录定期交院长办公室保管。\n2. 县交通运输局负责组织调查。\n",
    )
    assert _roles(data) == [("院长办公室", None), ("县交通运输局", None)]


def test_a_person_each_unit_designates_is_that_units_post(tmp_path: Path):
    data = _import(
        tmp_path,
        "医院投诉管理制度\n一、投诉受理\n1. 各科室设立专人负责接收并登记投诉信息。\n2. 客服中心指定专人负责回访。\n",
    )
    assert _roles(data) == [("各科室专人", None), ("客服中心专人", None)]


def test_jing_before_a_post_is_a_preposition_but_not_in_jingban_or_jingying(tmp_path: Path):
    """赔付须经分管行长批准: 经 is no part of the post; 经办人员, 经营管理部 keep it."""
    data = _import(
        tmp_path,
        "投诉处理办法\n一、处理\n1. 经办人员应及时登记投诉。\n2. 经营管理部负责统计投诉。\n3. 赔付须经分管行长批准，由分管行长负责。\n",
    )
    assert _roles(data) == [("经办人员", None), ("经营管理部", None), ("分管行长", None)]


def test_jieshou_and_quebao_open_no_post(tmp_path: Path):
    data = _import(
        tmp_path,
        "网点投诉处理办法\n一、处理\n1. 营业部负责接待投诉客户，确保营业部正常营业。\n2. 网点应接受监管部门检查。\n",
    )
    assert _roles(data) == [("营业部", None)]


def test_english_posts_named_in_the_plural(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints Procedure\n1. Who handles complaints\nOur Customer Service Advisors are trained to deal with complaints.\n",
    )
    assert _roles(data) == [("Customer Service Advisors", None)]


def test_a_post_named_first_responsible_is_one_role_and_outside_parties_are_no_roles(tmp_path: Path):
    """`客服中心主任为投诉处理第一责任人，负责…`: the post is a role whose duty that is, held by nobody named (not a role
    held by 第一责任人 and another by the duty); the police, a court and a regulator a complaint may go to are not
    roles of the plan, nor are people an event befalls (造成人员受伤)."""
    data = _import(
        tmp_path,
        "某公司客户投诉处理制度\n一、总则\n为规范客户投诉处理工作，制定本制度。\n二、职责分工\n"
        "客服中心主任为投诉处理第一责任人，负责投诉处理工作的组织协调。\n"
        "投诉受理由客服中心负责，投诉调查由被投诉部门负责人负责。\n法律事务部负责涉及诉讼的投诉处理。\n"
        "三、处理程序\n客服专员接到投诉后，应在1个工作日内登记并转交相关部门。\n"
        "造成人员受伤的，应立即报告公安机关。\n客户对处理结果不满意的，可向人民法院提起诉讼或向银保监局投诉。\n",
    )
    assert sorted(_roles(data)) == [
        ("客服专员", None),
        ("客服中心", None),
        ("客服中心主任", None),
        ("法律事务部", None),
        ("被投诉部门负责人", None),
    ]


def test_whom_a_group_reports_to_are_no_members_and_a_vague_post_loses_the_work_glued_before_it(tmp_path: Path):
    """`由总行应急处理工作小组立即向银监部门、发起行报告` names no members of the group (a list of members ends in 组成,
    参加, 担任); a regulator is outside the plan; `调查核实相关人员对…` (an article's title glued to its text) and
    those who take part in a drill (参加人员) are no posts."""
    data = _import(
        tmp_path,
        "理财产品突发事件应急预案\n一、组织领导\n成立个人理财产品风险事件应急处理工作小组，组长由分管行长担任。\n"
        "二、应急措施\n理财产品出现问题后，由总行应急处理工作小组立即向银监部门、发起行及时进行报告。\n"
        "第五条调查核实相关人员对客户投诉情况进行调查核实，形成调查报告。\n"
        "三、演练\n营业部应定期组织演练，记录内容至少包括：演练时间、演练内容、参加人员和评估情况等。\n",
    )
    titles = [title for title, _ in _roles(data)]
    assert "银监部门" not in titles and "发起行" not in titles
    assert not any("相关人员" in t or "参加人员" in t for t in titles), titles
    assert ("组长", "分管行长") in _roles(data)
    group = data["organisation"]["groups"][0]
    assert group["name"] == "个人理财产品风险事件应急处理工作小组" and "members" not in group


def test_english_handler_named_by_the_work_they_are_responsible_for(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints Procedure\nWhat happens next\nYour complaint will be acknowledged within 2 working days. You will "
        "be contacted by the person responsible for dealing with your complaint. If you are still unhappy you can "
        "refer your complaint to the Financial Ombudsman Service.\n",
    )
    assert _roles(data) == [("Person responsible for dealing with your complaint", None)]


def test_posts_named_once_in_prose_where_they_act_are_roles(tmp_path: Path):
    """A post or unit named once, where it acts (X应…, 由X…, X接到…, 经X审批, 会同X研究, 请X参与), is a role: 保卫部门 and
    法律顾问 as the text names them."""
    data = _import(
        tmp_path,
        "客户投诉处理流程\n一、受理\n客户投诉由客服中心统一受理。\n值班经理接到报告后应立即赶赴现场。\n"
        "经办柜员应耐心解释，不得与客户争执。\n二、调查\n必要时请法律顾问参与调查。\n"
        "投诉处理结果经分管领导审批后答复客户。\n由保卫部门负责维护现场秩序。\n"
        "涉及产品问题的，由产品部门会同合规部门研究处理。\n三、答复\n处理意见由客户经理在3个工作日内反馈客户。\n",
    )
    assert sorted(title for title, _ in _roles(data)) == sorted(
        ["客服中心", "值班经理", "经办柜员", "法律顾问", "分管领导", "保卫部门", "产品部门", "合规部门", "客户经理"]
    )
    assert _by_title(data)["保卫部门"]["id"] == "security-department"


def test_a_table_of_duties_with_a_who_column_names_its_posts(tmp_path: Path):
    """职责 | 责任部门 and Responsibility | Who (the duty first, then who holds it): a role a row, with its duty."""
    doc = docx.Document()
    doc.add_heading("Complaints procedure", 0)
    doc.add_heading("Who does what", 1)
    add_table(
        doc,
        [
            ["Responsibility", "Who"],
            ["Logging and acknowledging complaints", "Customer Service Team"],
            ["Investigating complaints", "Complaints Manager"],
            ["Final review", "Managing Director"],
        ],
    )
    source = tmp_path / "plan.docx"
    doc.save(source)
    roles = import_document(source).data["organisation"]["roles"]
    assert [(r["title"], r["duties"]) for r in roles] == [
        ("Customer Service Team", ["Logging and acknowledging complaints"]),
        ("Complaints Manager", ["Investigating complaints"]),
        ("Managing Director", ["Final review"]),
    ]
    doc = docx.Document()
    doc.add_heading("客户投诉应急预案", 0)
    doc.add_heading("一、职责分工", 1)
    add_table(doc, [["职责", "责任部门"], ["投诉的受理登记", "办公室"], ["个人客户投诉的调查处理", "个人金融部"]])
    doc.save(source)
    roles = import_document(source).data["organisation"]["roles"]
    assert [(r["title"], r["duties"]) for r in roles] == [
        ("办公室", ["投诉的受理登记"]),
        ("个人金融部", ["个人客户投诉的调查处理"]),
    ]


def test_the_other_units_a_principle_and_a_preposition_glued_to_a_unit_are_no_posts(tmp_path: Path):
    """`与校内其他部门联动` names the others, no post; `预防为主、统一领导` is a principle; `转至相关部门处理` is the
    vague post 相关部门 (as any other), not a post named 至相关部门."""
    data = _import(
        tmp_path,
        "学生突发事件应急预案\n一、工作原则\n预防为主、统一领导、分级负责。\n二、组织机构\n"
        "学院成立应急处置工作领导小组，负责先期处置，与校内其他部门联动。\n组长：院党委书记\n"
        "三、处置程序\n辅导员接到报告后应立即赶赴现场，并将情况转至相关部门处理。\n",
    )
    titles = [title for title, _ in _roles(data)]
    assert not any("其他部门" in t or "统一领导" in t or t.startswith("至") for t in titles), titles
    assert ("组长", "院党委书记") in _roles(data) and "辅导员" in titles


def test_duties_given_post_by_post_in_one_paragraph_and_the_office_of_the_group(tmp_path: Path):
    """`网点负责人是…第一责任人，负责…；大堂经理负责…；柜员应…`: each post its own clause as its duty (网点负责人 is the
    member 各网点负责人 named before, not a second role); `领导小组下设办公室，…负责…` is the duty of the group's office."""
    data = _import(
        tmp_path,
        "XX支行客户投诉应急处置预案\n一、组织机构及职责\n（一）应急处置领导小组\n支行成立客户投诉应急处置领导小组。\n"
        "组长：支行行长\n副组长：分管零售业务副行长\n成员：综合办公室主任、个人业务部经理、各网点负责人\n"
        "（二）领导小组办公室\n领导小组下设办公室，设在个人业务部，负责投诉的日常受理、登记、督办工作。\n（三）各网点\n"
        "网点负责人是本网点投诉处理的第一责任人，负责组织本网点投诉的处理和报告；大堂经理负责现场客户的引导和安抚；"
        "柜员应做好业务解释工作。\n",
    )
    roles = _by_title(data)
    assert [(r["title"], r.get("holder"), r.get("duties")) for r in data["organisation"]["roles"]][-3:] == [
        ("成员", "各网点负责人", ["网点负责人是本网点投诉处理的第一责任人，负责组织本网点投诉的处理和报告"]),
        ("大堂经理", None, ["大堂经理负责现场客户的引导和安抚"]),
        ("柜员", None, ["柜员应做好业务解释工作"]),
    ]
    assert "领导小组下设办公室" not in roles
    office = next(g for g in data["organisation"]["groups"] if g["name"] == "领导小组办公室")
    assert office["duties"] == ["领导小组下设办公室，设在个人业务部，负责投诉的日常受理、登记、督办工作"]


def test_english_the_responsible_person_is_the_person_responsible_and_whom_you_speak_to_is_a_role(tmp_path: Path):
    """`the person responsible for dealing with your complaint` and then `The responsible person will investigate`:
    one role; `speak to one of our friendly team`: the team the complainant deals with."""
    data = _import(
        tmp_path,
        "Complaints Procedure\nOur Process\n- We will provide you with the contact details of the person responsible for "
        "dealing with your complaint\n- The responsible person will investigate and may require further details from "
        "you\nHow to complain\nThe first stage is to contact us on 0300 000 000 and speak to one of our friendly team.\n",
    )
    assert _roles(data) == [("Person responsible for dealing with your complaint", None), ("One of our friendly team", None)]


def test_the_posts_of_a_reporting_chain_and_a_units_staff_who_act(tmp_path: Path):
    """`严格按照“网格员、站所负责人、中心专业部室、分管领导、主要领导”的流程…逐级上报`: each post of the chain is a role
    (中心专业部室 whole, not 中心专业部); `科室工作人员认真做好…`: the staff of the sections act (an adverb before the act)."""
    data = _import(
        tmp_path,
        "供电所停电应急处置方案\n一、信息报送\n发生停电事故后，第一时间迅速报送信息，严格按照“网格员、站所负责人、中心专业部室、"
        "分管领导、主要领导”的流程，确保应急抢修信息逐级上报。\n二、投诉处理\n"
        "科室工作人员认真做好投诉受理登记、分类、转办、督办等工作。\n",
    )
    assert [title for title, _ in _roles(data)] == [
        "网格员",
        "站所负责人",
        "中心专业部室",
        "分管领导",
        "主要领导",
        "科室工作人员",
    ]


def test_a_command_headquarters_section_of_a_government_plan(tmp_path: Path):
    """`2 组织指挥体系` / `2.1 县供水应急指挥部` / `2.2 指挥部办公室`: organisation sections; the command is a group with its
    commander, deputies and member units (bureaus are members of a government's own plan), its office where it sits."""
    data = _import(
        tmp_path,
        "某县供水突发事件应急预案\n1 总则\n1.1 编制目的\n为做好供水突发事件应急处置工作，制定本预案。\n2 组织指挥体系\n"
        "2.1 县供水应急指挥部\n县人民政府成立县供水应急指挥部，总指挥由分管副县长担任，副总指挥由县政府办公室副主任、"
        "县住建局局长担任。\n成员单位：县住建局、县卫健局、县自来水公司。\n2.2 指挥部办公室\n"
        "指挥部办公室设在县住建局，办公室主任由县住建局局长兼任。\n",
    )
    assert _roles(data) == [
        ("总指挥", "分管副县长"),
        ("副总指挥", "县政府办公室副主任"),
        ("副总指挥", "县住建局局长"),
        ("县住建局", None),
        ("县卫健局", None),
        ("县自来水公司", None),
        ("办公室主任", "县住建局局长"),
    ]
    command, office = data["organisation"]["groups"]
    ids = [r["id"] for r in data["organisation"]["roles"]]
    assert (command["name"], command["leader"], command["deputies"], command["members"]) == (
        "县供水应急指挥部",
        ids[0],
        ids[1:3],
        ids[3:6],
    )
    assert (office["name"], office["office"]) == ("指挥部办公室", "县住建局")


def test_staff_named_by_their_trade_are_roles_where_they_act(tmp_path: Path):
    """主办会计, 客服坐席, 当班医生, 站务员, 护士长 where they act; 会计凭证 (a document) names no post."""
    data = _import(
        tmp_path,
        "投诉处理规程\n一、处理程序\n客服坐席接到投诉电话后应详细记录。\n主办会计应及时核对账务。\n当班医生应向患者解释。\n"
        "站务员应引导乘客离开。\n护士长应立即报告。\n会计凭证应妥善保管。\n",
    )
    assert [title for title, _ in _roles(data)] == ["客服坐席", "主办会计", "当班医生", "站务员", "护士长"]


def test_a_roster_table_with_the_groups_post_first_and_the_job_in_another_column(tmp_path: Path):
    """小组职务 | 姓名 | 行政职务 | 联系电话: the group's post is the role, held by the person with the job in brackets."""
    doc = docx.Document()
    doc.add_heading("投诉应急预案", 0)
    doc.add_heading("一、应急组织机构", 1)
    doc.add_paragraph("成立投诉应急处置小组，成员如下：")
    add_table(
        doc,
        [
            ["小组职务", "姓名", "行政职务", "联系电话"],
            ["组长", "张三", "行长", "13800000001"],
            ["副组长", "李四", "副行长", "13800000002"],
            ["成员", "王五", "运营主管", "13800000003"],
        ],
    )
    source = tmp_path / "plan.docx"
    doc.save(source)
    data = import_document(source).data
    assert [(r["title"], r["holder"], r["contact"]["phone"]) for r in data["organisation"]["roles"]] == [
        ("组长", "张三（行长）", "13800000001"),
        ("副组长", "李四（副行长）", "13800000002"),
        ("成员", "王五（运营主管）", "13800000003"),
    ]
    group = data["organisation"]["groups"][0]
    ids = [r["id"] for r in data["organisation"]["roles"]]
    assert (group["leader"], group["deputies"], group["members"]) == (ids[0], [ids[1]], [ids[2]])


def test_english_responsibilities_stated_in_the_usual_ways(tmp_path: Path):
    """`It is the responsibility of the Complaints Manager to…`, `Overall responsibility … lies with the Managing
    Director`, `The Quality Assurance Team will…`, `Each Department Head must…` (the post, without `Each`)."""
    data = _import(
        tmp_path,
        "Complaints Policy\n1. Introduction\nThis policy sets out our approach to complaints.\n2. Responsibilities\n"
        "It is the responsibility of the Complaints Manager to ensure that complaints are logged.\n"
        "Overall responsibility for this policy lies with the Managing Director.\n"
        "The Quality Assurance Team will review a sample of closed complaints each month.\n"
        "Each Department Head must nominate a complaints contact.\n",
    )
    assert sorted(title for title, _ in _roles(data)) == [
        "Complaints Manager",
        "Department Head",
        "Managing Director",
        "Quality Assurance Team",
    ]


def test_the_subject_of_an_act_clause_is_a_role_whatever_it_is_called():
    """The subject before 应/须/必须/负责/在…内 at a clause's start (after a clause of time or condition), and X of
    由X…, named in words no list of titles knows: its last word names a post or a unit."""
    from plancraft.importer.roles import clause_actors

    assert clause_actors("接到报警后，两个街道必须在15分钟内到场维持秩序。") == ["两个街道"]
    assert clause_actors("水厂值守的领导应立即组织抢修。") == ["水厂值守的领导"]
    assert clause_actors("最先接报的科室要做好登记。") == ["最先接报的科室"]
    assert clause_actors("首位接诉人应当场答复。") == ["首位接诉人"]
    assert clause_actors("赔付方案由COO审定后执行。") == ["COO"]
    assert clause_actors("夜间事件由片区站长召集人员处置。") == ["片区站长"]
    # 或 names one post (either of them); 、 and 和 list posts that each act
    assert clause_actors("事发后，随车司机或跟车员应及时报告调度。") == ["随车司机或跟车员"]
    assert clause_actors("由后勤科、膳食科和保洁班将病员转移到安全区域。") == ["后勤科", "膳食科", "保洁班"]


def test_what_stands_before_an_act_word_but_names_no_post():
    """A thing or a time before 应 (投诉处理意见应…, 接到通知后应…), the complainant's side, everyone, a number of
    people, a group (what a group does is the group's), each of the organisation's branches, a prohibition and a policy to set up."""
    from plancraft.importer.roles import clause_actors

    assert clause_actors("投诉处理意见应在5日内送达。") == []
    assert clause_actors("接到通知后应立即出发。") == []
    assert clause_actors("来访群众应在接待室等候。") == []
    assert clause_actors("全体职工须遵守本规定。") == []
    assert clause_actors("由3名保安人员看守现场。") == []
    assert clause_actors("现场处置小组应立即赶赴现场。") == []
    # a hospital acting as a whole is a role, as 公司 is (test_a_school_a_hospital_or_a_platform_acting_as_a_whole_is_a_role)
    assert clause_actors("医院应当在收到投诉后3日内答复。") == ["医院"]
    assert clause_actors("各医院应当在收到投诉后3日内答复。") == []
    assert clause_actors("值班员不得擅自离岗。") == []
    assert clause_actors("各分公司应成立投诉处理领导小组。") == []


def test_a_post_named_only_by_where_it_acts_is_a_role(tmp_path: Path):
    """The subjects a procedure gives work to are roles; a unit named again with another generic word is the same."""
    data = _import(
        tmp_path,
        "某水务公司停水投诉处置预案\n一、处置程序\n1. 接到停水投诉后，片区抢修班必须在1小时内赶到现场。\n"
        "2. 客户服务部门负责登记投诉。\n3. 重大停水由分管生产的副总召集相关人员研究处置。\n4. 客户服务团队应在24小时内回访。\n",
    )
    titles = [title for title, _ in _roles(data)]
    assert "片区抢修班" in titles and "客户服务部门" in titles and "相关人员" not in titles
    assert "客户服务团队" not in titles  # the 客户服务部门 named again


def test_the_subject_of_an_english_act_clause_is_a_role_whatever_it_is_called():
    """`X will/must/should… <verb>` (a phrase between commas may stand between) and `reviewed by X`: X is a role when its
    last word names a person or a unit, without its article; not a thing done (`… will be sent`), a bare generic word
    (`staff will…`: whose?), the complainant, a body outside, or initials other than a chief officer's."""
    from plancraft.importer.roles import clause_actors

    # the one that helps is given work too (as transcribers write "with the support of our … team")
    assert clause_actors("Once logged, our area coordinators, helped by the records desk, will contact you.") == [
        "Area coordinators",
        "Records desk",
    ]
    assert clause_actors("You can ask for the decision to be looked at again by a senior caseworker.") == ["Senior caseworker"]
    assert clause_actors("If it is still open after ten days, the CFO will decide.") == ["CFO"]
    assert clause_actors("The Night Dispatcher must call the on-call engineer.") == ["Night Dispatcher"]
    assert clause_actors("A written reply will be sent within five days.") == []
    assert clause_actors("Staff will be trained each year.") == []
    assert clause_actors("The customer should keep the receipt.") == []
    assert clause_actors("The Ombudsman will decide whether to investigate.") == []
    assert clause_actors("The CAB may help you write your letter.") == []


def test_english_titles_written_bare_and_capitalised_are_roles():
    """No article before them (heldout132, heldout136): `Manager or Nurse in-charge must record…` names two posts,
    `please visit Customer Services` a unit (not the customer); a bare title of a body outside is none."""
    from plancraft.importer.roles import en_actors

    assert en_actors("Manager or Nurse in-charge must record all complaints in the register.") == ["Manager", "Nurse in-charge"]
    assert en_actors("If you have a complaint, please visit Customer Services near the entrance.") == ["Customer Services"]
    assert en_actors("You can refer it to the Housing Ombudsman Service.") == []


def test_the_subject_before_a_phrase_of_time_or_object_and_then_its_act():
    """`X接到…后，应…`, `X在…时应…`, `X对…应…`: the subject stands before the phrase, the act after it; not 对外 (an
    adverb), nor each of the organisation's branches (各营业网点, 各分公司)."""
    from plancraft.importer.roles import clause_actors

    assert clause_actors("巡线班组长得知停气消息后，应立即赶赴阀门井。") == ["巡线班组长"]
    assert clause_actors("驻点药剂师在发现配错药时须马上追回。") == ["驻点药剂师"]
    assert clause_actors("票务中心对退票争议应及时答复。") == ["票务中心"]
    assert clause_actors("票务窗口对外公布的告示中必须写明电话。") == []
    assert clause_actors("各分公司在接到通知后，要立即自查。") == []
    assert clause_actors("投诉在受理后应及时处理。") == []


def test_a_post_cut_from_the_words_around_it():
    """A post's name is not what the pattern took with it: whom something is given or sent to (交给…, 上报至…), the level
    word before 级 (上一级…部门 is then the level above, outside), a number of people or minutes before it (3名工作人员,
    15分钟内…), anyone (任何人员), a regulation's issuer after 根据/依据, the local authority (当地…部门)."""
    from plancraft.importer.roles import agent_posts, outside_body, post_spans, unit_spans

    assert [p for p, _, _ in post_spans("将损坏的票据交给值班主任核对")] == ["值班主任"]
    assert [p for p, _, _ in post_spans("登记后上报至片区经理")] == ["片区经理"]
    assert [p for p, _, _ in post_spans("无法处理的，报上一级管理部门")] == ["上一级管理部门"]
    assert outside_body("上一级管理部门")
    assert post_spans("由班长派出3名工作人员到场") == [("班长", 1, 3)]
    assert post_spans("禁止任何人员擅自接受采访") == []
    assert [u for u, _, _ in unit_spans("依据卫生部医疗投诉管理办法处理")] == ["卫生部"]
    assert agent_posts("依据卫生部医疗投诉管理办法处理") == []
    assert outside_body("当地燃气管理部门")


def test_more_last_words_of_posts_and_what_is_no_post():
    """Posts named by a seat, a post (岗), a driver, a guard, a deputy chief (副总), a supervisor (督导); a unit's head
    after 由 (由供电所所长…); and no post where a pattern took a quantity (几个部门, 另一部门) or a way of working
    (各组实行组长负责制)."""
    from plancraft.importer.roles import clause_actors, post_spans

    assert clause_actors("客服专席接到来电后，应在24小时内回访。") == ["客服专席"]
    assert clause_actors("如需赔付，由理赔岗审核后支付。") == ["理赔岗"]
    assert clause_actors("区域督导需在1个工作日内到店核实。") == ["区域督导"]
    assert clause_actors("分管生产的副总应亲自协调。") == ["分管生产的副总"]
    assert clause_actors("物业门卫要做好来访登记。") == ["物业门卫"]
    assert clause_actors("停电超过4小时的，由供电所所长向县公司报告。") == ["供电所所长"]
    assert clause_actors("员工到岗后应签到。") == []
    assert clause_actors("各组实行组长负责制。") == []
    assert post_spans("涉及几个部门的投诉") == [] and post_spans("转交另一部门") == []
    assert post_spans("各组实行组长负责制") == []


def test_english_work_given_to_a_post_and_a_post_named_by_what_it_does():
    """`passed/referred to X to investigate / for review / , who will…` gives X the work; `the person who receives your
    complaint will…` names a post by what it does (not one that will not act); 发现者 acts, 投诉者 complains."""
    from plancraft.importer.roles import clause_actors

    assert clause_actors("Your complaint will be passed to a senior manager to investigate.") == ["Senior manager"]
    assert clause_actors("We may refer your complaint to the Quality Team for review.") == ["Quality Team"]
    assert clause_actors("If you are still unhappy, we will pass it on to the Service Director, who will reply.") == [
        "Service Director"
    ]
    assert clause_actors("The person who receives your complaint will try to resolve it on the spot.") == [
        "Person who receives your complaint"
    ]
    assert clause_actors("The member of staff who dealt with your complaint will not review it.") == []
    assert clause_actors("We will send your letter to the Ombudsman for review.") == []
    assert clause_actors("发现者应立即报告值班室。") == ["发现者"]
    assert clause_actors("投诉者应提供真实姓名。") == []


def test_a_group_that_sets_its_posts_by_you_and_units_whose_heads_are_members(tmp_path: Path):
    """`指挥部由站长任总指挥`: the holder is what follows 由; a long clause of members (`A、B、C等部门负责人为成员`) is read as
    its own clause; a unit whose head is a member is a role of its own where it acts (由调度室牵头), not where it is only
    named as the members' unit; the group named short (指挥部) is the group, not a role."""
    data = _import(
        tmp_path,
        "燃气站停气事件处置预案\n一、组织机构\n"
        "燃气站成立停气应急指挥部（以下简称“指挥部”）。指挥部由站长任总指挥，分管安全的副站长任副总指挥，"
        "调度室、维修班、客服中心、安全环保科等部门负责人为成员。\n"
        "二、处置\n1. 抢修组（由调度室牵头，维修班参加）负责管线抢修。\n",
    )
    roles = _roles(data)
    assert ("总指挥", "站长") in roles and ("副总指挥", "分管安全的副站长") in roles
    assert ("成员", "调度室负责人") in roles and ("成员", "安全环保科负责人") in roles
    assert ("调度室", None) in roles and ("安全环保科", None) not in roles
    assert [g["name"] for g in data["organisation"]["groups"]][:1] == ["停气应急指挥部"]
    assert not any(title == "指挥部" for title, _ in roles)


def test_a_hall_is_a_unit_or_a_place_of_the_plan_not_a_government_department():
    from plancraft.importer.roles import outside_body

    assert not outside_body("营业厅") and not outside_body("服务大厅") and not outside_body("餐厅")
    assert outside_body("公安厅") and outside_body("省财政厅") and outside_body("交通运输厅")


def test_a_post_told_or_sent_to_do_something_does_it():
    """`通知X前来/到场/赶到…`, `安排X到场`, `要求X立即核实`: X is given the work; not a post only told (通知值班经理), not
    the complainant (通知客户前来领取), not a number of people (派出2名工作人员)."""
    from plancraft.importer.roles import clause_actors

    assert clause_actors("接报后立即通知片区维修主管赶到现场。") == ["片区维修主管"]
    assert clause_actors("要求涉事车间立即核实情况。") == ["涉事车间"]
    assert clause_actors("安排夜班保洁员到场清理。") == ["夜班保洁员"]
    assert clause_actors("通知值班经理。") == []
    assert clause_actors("通知客户前来领取退款。") == []
    assert clause_actors("由站长派出2名工作人员赶到现场。") == ["站长"]
    # a note in brackets between the subject and its act
    assert clause_actors("值班站长（或其授权人）应在10分钟内到场。") == ["值班站长"]
    assert clause_actors("客服热线（95598）应24小时畅通。") == []


def test_on_duty_words_open_a_post_and_a_connective_does_not():
    """当班/当日/当值/当台… name the post on duty (当日值班经理), 当…时 is a time; 有权 gives its subject the work; a
    connective (且, 而) opens no post's name."""
    from plancraft.importer.roles import clause_actors, post_spans

    assert clause_actors("当日值班经理、区域主管应积极参与调查。") == ["当日值班经理", "区域主管"]
    assert clause_actors("当台收银员有权为顾客办理退款。") == ["当台收银员"]
    assert clause_actors("当顾客情绪激动时应耐心劝解。") == []
    assert clause_actors("损失较大的，且公司有权拒绝赔付。") == ["公司"]  # not 且公司
    assert [p for p, _, _ in post_spans("当日值班经理应在场")] == ["当日值班经理"]


def test_english_reported_to_is_no_role_and_a_post_named_by_its_work_wins_over_a_bare_word(tmp_path: Path):
    """Whom a post reports to (`reports annually to the Audit Committee`) does no work; a unit whose name opens with
    Customer is a unit (the Customer Contact Centre), the customer alone is not; `the officer who receives your
    complaint will…` is that post, not a bare `Officer`."""
    data = _import(
        tmp_path,
        "Complaints Procedure\n1. Stage 1\nYour complaint will be logged by the Customer Contact Centre. The officer who "
        "receives your complaint will try to resolve it within 5 working days.\n2. Oversight\nOur Monitoring Officer will "
        "report annually to the Audit Committee.\n",
    )
    titles = [title for title, _ in _roles(data)]
    assert "Customer Contact Centre" in titles and "Officer who receives your complaint" in titles
    assert "Monitoring Officer" in titles
    assert "Audit Committee" not in titles and "Officer" not in titles


def test_a_label_or_heading_that_names_a_post_by_its_last_word_holds_the_duties_under_it(tmp_path: Path):
    """In the organisation section, `（一）理赔岗：负责…` and `客服专席职责：…` name posts no list of titles knows; the units
    of a list share the head named once at its end (管网所、客服中心负责人 -> 管网所负责人)."""
    data = _import(
        tmp_path,
        "某保险公司理赔投诉处置办法\n一、职责分工\n（一）理赔岗：负责核定赔付金额，在3个工作日内答复客户。\n"
        "（二）客服专席职责：受理投诉来电，登记后转理赔岗。\n",
    )
    assert [(r["title"], r["duties"]) for r in data["organisation"]["roles"]] == [
        ("理赔岗", ["负责核定赔付金额，在3个工作日内答复客户。"]),
        ("客服专席", ["受理投诉来电，登记后转理赔岗。"]),
    ]
    from plancraft.importer.roles import _split_list

    assert _split_list("调度中心、管网所、客服中心负责人") == ["调度中心负责人", "管网所负责人", "客服中心负责人"]


def test_an_english_subject_made_responsible_or_accountable_is_a_role():
    from plancraft.importer.roles import clause_actors

    assert clause_actors("The complaints team is responsible for logging every complaint.") == ["Complaints team"]
    assert clause_actors("Each service manager is accountable for replies in their area.") == ["Service manager"]
    assert clause_actors("Your data is responsible for nothing.") == []


def test_a_post_named_with_jing_and_a_doctor_of_a_place():
    """经 opens a phrase (经核实后…) but not 经理; 校医, 队医 are posts (not 就医)."""
    from plancraft.importer.roles import clause_actors

    assert clause_actors("证券营业部客户经理接到客户投诉后，应当在24小时内上报合规专员。") == ["证券营业部客户经理"]
    assert clause_actors("学生在校受伤的，校医应立即处置。") == ["校医"]
    assert clause_actors("患者就医应遵守秩序。") == []


def test_words_that_end_like_a_post_but_name_a_place_a_thing_or_a_time():
    """A post's last word is read only where no common word goes on through it: 会议室, 网站, 排队, 值班, 全部, 个人, 记者,
    农村 name no post; 值班室, 车站, 信访办 do."""
    from plancraft.importer.roles import clause_actors

    for sentence in (
        "会议室应提前布置。",
        "公司网站应公布投诉电话。",
        "客户排队应有序。",
        "节假日值班应安排到人。",
        "涉事个人应配合调查。",
        "现场记者应在指定区域采访。",
    ):
        assert clause_actors(sentence) == [], sentence
    assert clause_actors("值班室应立即报告。") == ["值班室"]
    assert clause_actors("车站应在10分钟内广播。") == ["车站"]
    assert clause_actors("信访办负责登记。") == ["信访办"]
    assert clause_actors("各级燃气管理部门在接到报告后应及时处置。") == []  # every level of them: no post of the plan


def test_a_table_of_contents_gives_nobody_work(tmp_path: Path):
    """Headings listed with their page numbers, on one line after 目录 or a line each (五、接待执法部门9), name no post."""
    data = _import(
        tmp_path,
        "酒店客诉应急预案\n目 录\n一、一般客诉3\n二、接待执法部门5\n三、重大事故7\n"
        "一、一般客诉\n1. 值班经理应在5分钟内到场。\n二、检查\n1. 前台主管负责陪同执法部门检查。\n",
    )
    titles = [title for title, _ in _roles(data)]
    assert "值班经理" in titles and "前台主管" in titles and "接待执法部门" not in titles
    from plancraft.importer.roles import _CONTENTS

    assert _CONTENTS.search("目 录前 言3一、一般客诉3二、重大客诉4三、能源停止供应6")


def test_a_collective_or_vague_unit_given_work_is_a_role():
    """各班组应在1小时内上报 / 由有关科室负责答复 / 全体员工要立即疏散: the clause gives the work to them (a transcriber
    lists every post or group given work, vague or not); 各班组要明确一名联络员: the post it names does the work."""
    from plancraft.importer.roles import clause_actors

    assert clause_actors("各班组应在1小时内上报维修结果。") == ["各班组"]
    assert clause_actors("一般问题由有关科室负责答复。") == ["有关科室"]
    assert clause_actors("火情扩大时，全体员工要立即疏散。") == ["全体员工"]
    assert clause_actors("收到投诉的相关部门应在2日内回复。") == ["收到投诉的相关部门"]
    assert clause_actors("各门店负责人须当日报告区域经理。") == ["各门店负责人"]
    assert clause_actors("任何人应在发现险情后立即报告值班室。") == ["任何人"]
    assert clause_actors("任何人不得擅自答复媒体。") == []  # a prohibition gives no work
    assert clause_actors("各班组要明确一名联络员。") == []
    assert clause_actors("各级供水管理部门应加强监督。") == []  # every level of a kind of body: no post


def test_an_industry_association_is_outside_a_members_plan_but_in_its_industrys(tmp_path: Path):
    company = _import(
        tmp_path,
        "某证券公司客户投诉处理办法\n一、处理程序\n1. 客服部应在2日内答复客户。\n2. 重大投诉由客服部报告证券业协会。\n",
    )
    assert _roles(company) == [("客服部", None)]
    trade = _import(
        tmp_path,
        "某省证券业突发事件应急预案\n一、组织体系\n证券业协会负责组织会员单位开展自查。\n",
    )
    assert ("证券业协会", None) in _roles(trade)


def test_a_long_name_is_read_from_its_first_character():
    """The pattern reads a few characters before a post's last word; a longer name goes back to the word that breaks it
    (报告|事发地…部门, 及|总部IT运维办公室), not cut inside (发地…部门, 运维办公室)."""
    from plancraft.importer.roles import post_spans

    assert [p for p, _, _ in post_spans("必要时报告事发地区域供水调度管理部门。")] == ["事发地区域供水调度管理部门"]
    assert [p for p, _, _ in post_spans("报送工会及总部IT运维办公室。")][-1] == "总部IT运维办公室"
    assert [p for p, _, _ in post_spans("成员包括办公室、保卫部等部门主要负责人。")] == ["保卫部"]


def test_a_vague_unit_that_only_answers_for_a_failure_is_given_no_act():
    from plancraft.importer.roles import clause_actors

    assert clause_actors("答复不及时的，由相关业务单位负责。") == []
    assert clause_actors("答复不及时的，由相关业务单位负责说明原因。") == ["相关业务单位"]


def test_a_name_keeps_no_verb_before_it_no_short_name_note_and_no_place(tmp_path: Path):
    """A verb or preposition of one character glued to a post (交工程科, 向物业经理) is no part of its name; nor a
    note giving its short name (（以下统称维修单位）); a place (失物存放登记处) is no post."""
    from plancraft.importer.roles import _LEAD_WORD, _SHORT_NAME_NOTE, _place

    assert _LEAD_WORD.sub("", "交工程科") == "工程科"
    assert _LEAD_WORD.sub("", "向物业经理") == "物业经理"
    assert _LEAD_WORD.sub("", "经理办公室") == "经理办公室"  # 经理, 交通, 派出所, 对外, 被投诉…: words names open with
    assert _LEAD_WORD.sub("", "交通运输科") == "交通运输科"
    assert _LEAD_WORD.sub("", "被投诉部门") == "被投诉部门"
    assert _SHORT_NAME_NOTE.sub("", "外包维修公司（以下统称维修单位）") == "外包维修公司"
    assert _place("失物存放登记处") and not _place("保卫处")
    data = _import(
        tmp_path,
        "小区停水应急预案\n一、处置\n1. 外包维修公司（以下统称维修单位）应在30分钟内到场。\n"
        "2. 维修单位抢修完毕后，应将记录送失物存放登记处。\n",
    )
    assert _roles(data) == [("外包维修公司", None)]


def test_a_unit_work_is_handed_to_with_its_act_does_it(tmp_path: Path):
    """移交X处理, 转至X核查, 交给X处理: X, handed the work with the act, does it (a vague unit too); 通知客户在…再来:
    a clause of its own, nobody sent; a unit named with and without 的 is one role."""
    from plancraft.importer.roles import clause_actors

    assert clause_actors("超出权限的，移交有关单位处理。") == ["有关单位"]
    assert clause_actors("涉及收费的转至财务科核查。") == ["财务科"]
    assert clause_actors("通知业主在约定时间再来服务中心办理。") == []
    data = _import(
        tmp_path,
        "物业投诉处理办法\n一、处理程序\n1. 客服部接到投诉后应立即登记，并转交投诉涉及相关部门处理。\n"
        "2. 投诉涉及的相关部门应在2日内答复。\n",
    )
    assert _roles(data) == [("客服部", None), ("投诉涉及相关部门", None)]


def test_a_list_named_with_its_kind_is_one_name_and_the_kind_alone_no_post(tmp_path: Path):
    """副组长由营销副总、技术副总等各主管副总经理担任: the posts and their kind are named as one, not cut at 、 into
    营销副总 and 技术副总等各主管副总经理; 客服部、工程部等部门负责人: each unit's head, and no post 部门负责人."""
    data = _import(
        tmp_path,
        "某公司投诉应急预案\n一、组织机构\n成立投诉处理领导小组，组长由总经理担任，副组长由营销副总、技术副总等各主管"
        "副总经理担任，成员由客服部、工程部等部门负责人组成。\n二、处置\n1. 客服部接到投诉后应立即登记。\n",
    )
    assert ("副组长", "营销副总、技术副总等各主管副总经理") in _roles(data)
    assert ("副组长", "营销副总") not in _roles(data)
    assert ("部门负责人", None) not in _roles(data)


def test_the_post_column_of_a_grade_table_names_each_grades_lead(tmp_path: Path):
    """投诉级别 | 判定标准 | 处理角色 | 处理时限: the post column (角色, 岗位, 职务) leads each grade, whatever words the
    post is named in (值班主管, 酒店总经理), as a 负责人 or 处理人 column does."""
    d = docx.Document()
    d.add_paragraph("某酒店宾客投诉处理规定", style="Title")
    d.add_heading("投诉分级", level=1)
    add_table(
        d,
        [
            ("投诉级别", "判定标准", "处理角色", "处理时限"),
            ("一般投诉", "服务态度等轻微问题", "值班主管", "24小时"),
            ("重大投诉", "造成人身伤害或媒体曝光", "酒店总经理", "72小时"),
        ],
    )
    source = tmp_path / "plan.docx"
    d.save(source)
    data = import_document(source).data
    roles = _by_title(data)
    assert {"值班主管", "酒店总经理"} <= set(roles)
    assert [level.get("lead") for level in data["levels"]] == [roles["值班主管"]["id"], roles["酒店总经理"]["id"]]


def test_a_word_a_clause_glued_before_a_post_is_no_part_of_its_title():
    """因临柜人员…, 听从店长, 即市行政服务中心, 认真做好项目部…, 投诉机构及…: the conjunction, adverb, preposition or verb
    the patterns took in with the post is cut; a name that begins with such a character keeps it (当事人, 其他部门)."""
    from plancraft.importer.roles import _plain_title

    assert [
        _plain_title(t) for t in ("因临柜人员", "听从店长", "即市行政服务中心", "认真做好项目部", "投诉机构及", "实行质量负责人")
    ] == ["临柜人员", "店长", "市行政服务中心", "项目部", "投诉机构", "质量负责人"]
    assert [_plain_title(t) for t in ("当事人", "其他部门", "当班经理", "及时")] == ["当事人", "其他部门", "当班经理", "及时"]


def test_a_generic_word_alone_that_nothing_names_is_no_role(tmp_path: Path):
    data = _import(
        tmp_path,
        "某收费站突发事件应急预案\n一、总则\n为及时处置收费站突发事件，制定本预案。\n二、处置程序\n"
        "1. 发生纠纷时，班长应立即到场，防止人员聚集。\n2. 值班站长应在30分钟内向收费管理中心报告。\n",
    )
    titles = [title for title, _ in _roles(data)]
    assert "班长" in titles and "值班站长" in titles
    assert "人员" not in titles


def test_members_listed_under_a_heading_that_maps_to_no_section_are_read(tmp_path: Path):
    """`一、成立解决纠纷及突发事件领导机构` is no section the vocabulary knows, so its paragraphs are kept unmapped; the
    `组长：谭溪勇` lines under it still make the group's leader, deputies and members, with the people as holders."""
    data = _import(
        tmp_path,
        "农民工讨薪突发事件应急预案\n一、 成立解决纠纷及突发事件领导机构\n成立解决纠纷及突发事件工作领导小组,成员名单如下:\n"
        "组长:谭溪勇\n副组长:杨文增、周峰、谭邵忠\n组员:杨春锋、王守蒙、陈运进\n",
    )
    assert _roles(data) == [("组长", "谭溪勇"), ("副组长", "杨文增、周峰、谭邵忠"), ("组员", "杨春锋、王守蒙、陈运进")]
    [group] = data["organisation"]["groups"]
    assert group["name"] == "解决纠纷及突发事件工作领导小组"
    assert [u["text"] for u in data.get("x-unmapped", [])] == []


def test_a_member_list_is_not_cut_inside_a_word_that_holds_a_conjunction(tmp_path: Path):
    """`投诉受理和投诉涉及的各相关单位负责人为组员`: 涉及 holds 及 but is no list; the members are 投诉受理(负责人) and
    投诉涉及的各相关单位负责人, never a `投诉涉` and a `的各相关单位负责人`."""
    data = _import(
        tmp_path,
        "客户投诉管理办法\n第一章 组织机构\n第六条 公司设立投诉处理工作小组,由分管高管任组长,首席风险官任副组长,"
        "投诉受理和投诉涉及的各相关单位负责人为组员。\n",
    )
    holders = [h for _, h in _roles(data) if h]
    assert "投诉涉" not in holders and "的各相关单位负责人" not in holders
    assert "投诉涉及的各相关单位负责人" in holders


def test_posts_of_hotels_shops_and_schools_are_roles_where_they_act(tmp_path: Path):
    """大堂副理 (a hotel's duty manager), 收银课长 (a shop's section head), 班主任, 领班: posts, where the text gives them work."""
    data = _import(
        tmp_path,
        "投诉处理规程\n一、处理程序\n客人投诉时,大堂副理应立即到场处理。\n停电时,收银课长巡视前区,为收银员提供帮助。\n"
        "学生投诉由班主任先行了解情况。\n领班应及时向经理报告。\n",
    )
    titles = [t for t, _ in _roles(data)]
    for post in ("大堂副理", "收银课长", "班主任", "领班"):
        assert post in titles, titles
    by = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert [by.get(s.get("by")) for s in data["scenarios"][0]["actions"]][:2] == ["大堂副理", "收银课长"]


def test_the_first_person_asked_is_never_cut_into_a_fragment_post(tmp_path: Path):
    """首问责任人 holds 问责 (to hold to account), which is no verb before a post here: no role `任人`."""
    data = _import(tmp_path, "首问责任制\n一、受理\n首问责任人应当场受理客户投诉,并告知处理时限。\n")
    assert "任人" not in [t for t, _ in _roles(data)]


def test_english_staff_named_by_what_picks_them_out_are_roles(tmp_path: Path):
    """The one a complaint goes to, named by a phrase (the member of staff concerned or their manager, the person who
    initially received the complaint, another member of our team who has not been involved): roles as named."""
    data = _import(
        tmp_path,
        "Complaints procedure\nHow we handle complaints\n"
        "If you are dissatisfied, your first point of contact should be the member of staff concerned or their manager.\n"
        "In most cases, a complaint is resolved by the person who initially received the complaint.\n"
        "If you remain dissatisfied, your complaint will be passed to another member of our team who has not been "
        "involved in your case.\n"
        "You may refer your complaint to the Financial Ombudsman Service.\n",
    )
    titles = [t for t, _ in _roles(data)]
    assert titles[:4] == [
        "Member of staff concerned",
        "Their manager",
        "Person who initially received the complaint",
        "Another member of our team who has not been involved in your case",
    ], titles
    assert not any("Ombudsman" in t for t in titles)


def test_a_security_department_is_one_unit_and_not_the_acts_before_it(tmp_path: Path):
    """保安部 is a unit (not the post 保安 and a 部); in 立即报警并要求保安部保护现场 the unit asked is 保安部."""
    data = _import(tmp_path, "商场突发事件应急预案\n一、处置\n刑事案件:立即报警并要求保安部保护现场并维持现场秩序。\n")
    assert [t for t, _ in _roles(data)] == ["保安部"]


def test_a_paragraph_that_sets_up_a_group_keeps_what_else_it_says(tmp_path: Path):
    """`第三条联社纪检监察室负责…工作。为严格投诉管理,…联社成立“客户投诉责任认定小组”,具体负责…`: the group is set
    up, and the first sentence stays the duty of 联社纪检监察室 — read, not lost."""
    data = _import(
        tmp_path,
        "客户投诉管理办法\n第一章总则\n第三条联社纪检监察室负责辖内信用社客户投诉的受理、处理和相关考核、日常管理等工作。"
        "为严格投诉管理,联社成立“客户投诉责任认定小组”,具体负责客户投诉的责任认定、处理等工作。\n",
    )
    [group] = data["organisation"]["groups"]
    assert group["name"] == "客户投诉责任认定小组"
    office = _by_title(data)["联社纪检监察室"]
    assert office["duties"] == ["联社纪检监察室负责辖内信用社客户投诉的受理、处理和相关考核、日常管理等工作"]


def test_what_a_post_does_after_who_holds_it_is_its_duty(tmp_path: Path):
    # 副总指挥：由副总经理担任，协助…: the clause after the holder is the post's duty, not lost
    data = _import(
        tmp_path,
        "商场突发事件应急预案\n一、组织机构\n总指挥：由总经理担任，负责全面指挥。\n"
        "副总指挥：由副总经理担任，协助总经理执行各项任务。\n成员：由各部门经理组成，配合现场处置。\n"
        "二、处置\n发生火灾时，保安部应立即报警。\n",
    )
    roles = _by_title(data)
    assert roles["副总指挥"]["holder"] == "副总经理"
    assert roles["副总指挥"]["duties"] == ["协助总经理执行各项任务"]
    assert roles["总指挥"]["duties"] == ["负责全面指挥"]
    group = data["organisation"]["groups"][0]
    assert "配合现场处置" in group.get("duties", [])


def test_a_form_that_leaves_each_working_groups_posts_blank_gives_each_group_its_own_posts(tmp_path: Path):
    # 第一小组：安全生产组 / 组长： / 副组长： / 成员：, the names left blank in a published form
    teams = ("安全生产组", "管网抢修组", "后勤保障组")
    body = "".join(f"（{n}）第{n}小组：{team}\n组长：\n副组长：XXX\n成员：\n" for n, team in zip("一二三", teams))
    data = _import(
        tmp_path,
        "供水防冻抢险应急预案\n一、组织机构\n公司成立供水防冻抢险指挥部。\n指挥长：\n副指挥长：\n"
        f"指挥部下设三个应急小组：\n{body}二、应急处置\n发生爆管时，管网抢修组应立即赶赴现场。\n",
    )
    roles = _by_title(data)
    groups = {g["name"]: g for g in data["organisation"]["groups"]}
    assert set(teams) <= set(groups)
    for team in teams:
        leader, deputy, members = (roles[f"{team}{post}"] for post in ("组长", "副组长", "成员"))
        assert "holder" not in leader and deputy["holder"] == "XXX"
        assert groups[team]["leader"] == leader["id"]
        assert groups[team]["deputies"] == [deputy["id"]] and groups[team]["members"] == [members["id"]]
    assert len({r["id"] for r in data["organisation"]["roles"]}) == len(data["organisation"]["roles"])
    assert "组长" not in roles and "副组长" not in roles  # no post shared by every group
    command = next(g for g in data["organisation"]["groups"] if g["name"] == "供水防冻抢险指挥部")
    assert command["leader"] == roles["指挥长"]["id"]
    assert not any(str(d).rstrip("：:") in ("组长", "副组长", "成员", "指挥长") for d in command.get("duties", []))


def test_a_duty_label_on_a_line_of_its_own_gives_the_items_after_it_to_the_post_it_names(tmp_path: Path):
    """`组长主要职责：` alone on a line: the numbered items after it are that post's duties, until the next such line;
    `组长、副组长主要职责：` names two posts of one group, so their items are the group's. The label itself is no
    duty and makes no new 组长 (the leading 组长、 is no item number)."""
    data = _import(
        tmp_path,
        "防汛防台应急预案\n一、组织机构\n组长:所长\n副组长:副所长\n组员:张三、李四\n二、人员职责\n"
        "组长、副组长主要职责:\n1.确定防汛防台应急响应方案。\n2.指导和协调灾后工作。\n"
        "组员主要职责:\n1.做好值班值守。\n2.及时上报险情。\n",
    )
    roles = {r["title"]: r for r in data["organisation"]["roles"]}
    assert sorted(roles) == ["副组长", "组员", "组长"]
    [group] = data["organisation"]["groups"]
    assert group["duties"] == ["确定防汛防台应急响应方案。", "指导和协调灾后工作。"]
    assert roles["组员"]["duties"] == ["做好值班值守。", "及时上报险情。"]
    assert "duties" not in roles["组长"] and "duties" not in roles["副组长"]


def test_a_box_named_after_a_post_is_not_that_post(tmp_path: Path):
    """`设置总经理意见箱` / `书记、馆长信箱阅读处理人员`: a box or a line named after a post names no one acting; the post
    after it is the one (信箱阅读处理人员), not a name run back over the box."""
    data = _import(
        tmp_path,
        "服务质量投诉管理办法\n一、投诉受理机构\n在服务区较明显的地方设置总经理意见箱、意见本。\n"
        "书记、馆长信箱阅读处理人员不得将信件内容外传。\n客服部负责受理旅客投诉。\n",
    )
    titles = [r["title"] for r in data["organisation"]["roles"]]
    assert "总经理" not in titles and not any("设置" in t or "馆长" in t for t in titles), titles
    assert "信箱阅读处理人员" in titles and "客服部" in titles


def test_a_group_listed_as_a_form_with_spaced_titles_is_read_once(tmp_path: Path):
    """`组  长：总经理 张建国` / `成  员：各项目经理、客服主管`, titles spaced out to align: each member seated once, no line
    kept unmapped as if unread; `项目经理职责：` later is the duty of the member named as 各项目经理, no second role."""
    data = _import(
        tmp_path,
        "物业投诉应急预案\n三、应急组织机构\n公司成立投诉应急处置小组：\n组  长：总经理 张建国\n副组长：品质部经理 李红\n"
        "成  员：各项目经理、客服主管\n项目经理职责：第一时间到场处置，收集现场信息并上报。\n",
    )
    [group] = data["organisation"]["groups"]
    roles = {r["id"]: r for r in data["organisation"]["roles"]}
    assert [roles[m]["holder"] for m in group["members"]] == ["各项目经理", "客服主管"]
    assert [r["title"] for r in roles.values()] == ["组长", "副组长", "成员", "成员"]
    assert roles[group["members"][0]]["duties"] == ["第一时间到场处置，收集现场信息并上报"]
    assert "x-unmapped" not in data


_GROUPS_WITH_POSTS_AS_NUMBERED_LINES = (
    "电梯工程应急措施\n"
    "1、目的\n"
    "为及时处置电梯事故，制定本措施。\n"
    "4、应急组织\n"
    "4.1公司应急小组\n"
    "4.1.1组长:张三\n"
    "4.1.2组员:李四、王五\n"
    "4.2工程部应急小组\n"
    "4.2.1组长:\n"
    "4.2.2组员:\n"
    "4.3维保部应急小组\n"
    "4.3.1组长：\n"
    "4.3.2组员：\n"
    "5、应急处置\n"
    "5.1发生困人事故时，维保部应在30分钟内到达现场。\n"
)


def test_posts_numbered_under_each_groups_heading_are_that_groups_even_when_left_blank(tmp_path: Path):
    data = _import(tmp_path, _GROUPS_WITH_POSTS_AS_NUMBERED_LINES)
    roles = {r["id"]: r for r in data["organisation"]["roles"]}
    seats = {
        g["name"]: (
            (roles[g["leader"]]["title"], roles[g["leader"]].get("holder")),
            [(roles[m]["title"], roles[m].get("holder")) for m in g.get("members", [])],
        )
        for g in data["organisation"]["groups"]
    }
    assert seats == {
        "公司应急小组": (("组长", "张三"), [("组员", "李四、王五")]),
        # a form whose names are blank: each group's own posts, not one 组长 whose duty is the word 组长
        "工程部应急小组": (("工程部应急小组组长", None), [("工程部应急小组组员", None)]),
        "维保部应急小组": (("维保部应急小组组长", None), [("维保部应急小组组员", None)]),
    }
    assert all(not g.get("duties") for g in data["organisation"]["groups"])
    assert all(not r.get("duties") for r in roles.values())


def test_blank_posts_numbered_as_word_paragraphs_are_seated_in_their_groups(tmp_path: Path):
    document = docx.Document()
    for line in _GROUPS_WITH_POSTS_AS_NUMBERED_LINES.splitlines():
        document.add_paragraph(line)
    source = tmp_path / "plan.docx"
    document.save(source)
    groups = {g["name"]: g for g in import_document(source).data["organisation"]["groups"]}
    assert groups["工程部应急小组"]["leader"] == "gong-cheng-dept-team-leader"
    assert groups["维保部应急小组"]["members"] == ["wei-bao-dept-team-yuan"]


def test_a_roster_of_people_and_their_posts_one_line_each_gives_each_post_all_its_holders(tmp_path: Path):
    data = _import(
        tmp_path,
        "镇12345热线办理工作制度\n"
        "一、机构设置\n"
        "成立热线来电诉求办理工作领导小组。组成人员名单如下:\n"
        "组 长:胡 兴 党委书记\n"
        "李 通 党委副书记、镇长\n"
        "副组长:李 彪 党委委员、武装部长、副镇长\n"
        "组 员:黄 军 党委委员、人大主席\n"
        "周已迪 党委副书记\n"
        "刘迎春 便民服务中心主任\n"
        "二、工作职责\n"
        "1.镇热线办工作人员在转办单转出后，在规定时限内进行电话督促。\n",
    )
    assert _roles(data)[:3] == [
        ("组长", "胡 兴 党委书记；李 通 党委副书记、镇长"),
        ("副组长", "李 彪 党委委员、武装部长、副镇长"),
        ("组员", "黄 军 党委委员、人大主席；周已迪 党委副书记；刘迎春 便民服务中心主任"),
    ]
    (group,) = data["organisation"]["groups"]
    assert not group.get("duties"), "a holder's line is no duty of the group"
    assert all(not r.get("duties") for r in data["organisation"]["roles"][:3])
    # 机构设置 is the organisation section: its lines are no steps
    steps = [a["do"] for s in data.get("scenarios") or [] for a in s.get("actions") or []]
    assert not any("党委" in step for step in steps)


def test_an_english_committee_consisting_of_posts_and_a_post_held_by_another(tmp_path: Path):
    document = docx.Document()
    document.add_heading("Nominated Officials", level=2)
    document.add_paragraph("The following officers have been appointed by the Board of Directors")
    document.add_paragraph("Complaints Officer – Secretary", style="List Bullet")
    document.add_paragraph(
        "Complaints Committee – Consisting of the Chairperson, Vice – Chairperson and 1 director", style="List Bullet"
    )
    document.add_heading("Complaints Handling Process", level=1)
    document.add_paragraph("An officer will discuss the complaint with the member and try to resolve the issue.")
    source = tmp_path / "procedure.docx"
    document.save(source)
    data = import_document(source).data
    roles = {r["id"]: r for r in data["organisation"]["roles"]}
    (committee,) = data["organisation"]["groups"]
    assert committee["name"] == "Complaints Committee"
    assert [roles[m]["title"] for m in committee["members"]] == ["Chairperson", "Vice – Chairperson", "1 director"]
    assert ("Complaints Officer", "Secretary") in [(r["title"], r.get("holder")) for r in roles.values()]
    steps = [a["do"] for s in data["scenarios"] for a in s.get("actions") or []]
    assert not any("Consisting" in step or "Secretary" in step for step in steps)


def test_an_english_group_and_who_sits_on_it_said_inside_a_sentence(tmp_path: Path):
    """…reviewed by the Trust's Appeals Board, whose members are the Chair, the Treasurer and two trustees.: the board a
    group of those posts (Finance and Audit, Planning, Transport & Environment are each one post), the sentence still a
    step; a sentence that only opens with "The" names no group ("The complaint will be heard by…")."""
    document = docx.Document()
    document.add_heading("Complaints Procedure", level=1)
    document.add_paragraph("The Secretary will acknowledge your complaint within 5 working days.", style="List Number")
    document.add_paragraph(
        "An appeal is reviewed by the Trust’s Appeals Board, whose members are the Chair, the Lead Member of Planning, "
        "Transport & Environment, the Lead Member of Finance and Audit and two trustees.",
        style="List Number",
    )
    document.add_paragraph(
        "The complaint will be heard by the Complaints Panel, consisting of the Chair and one other trustee.",
        style="List Number",
    )
    source = tmp_path / "appeals.docx"
    document.save(source)
    data = import_validated(source)
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    board, panel = data["organisation"]["groups"]
    assert (board["name"], panel["name"]) == ("Appeals Board", "Complaints Panel")
    assert [roles[m] for m in panel["members"]] == ["Chair", "One other trustee"]
    assert [roles[m] for m in board["members"]] == [
        "Chair",
        "Lead Member of Planning, Transport & Environment",
        "Lead Member of Finance and Audit",
        "Two trustees",
    ]
    steps = [a["do"] for s in data["scenarios"] for a in s.get("actions") or []]
    assert any(step.startswith("An appeal is reviewed") for step in steps)


def test_a_unit_is_not_the_holder_of_a_post_who_heads_it(tmp_path: Path):
    # 副组长：赵刚 医务科科长 names a person and the post they hold; 医务科 acting later is the unit, not 赵刚
    data = _import(
        tmp_path,
        "医院患者投诉处理应急预案\n一、组织机构\n成立患者投诉处理领导小组。\n副组长：赵刚 医务科科长\n"
        "二、处理流程\n1、医务科应在5个工作日内答复投诉人。\n",
    )
    titles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    (step,) = data["scenarios"][0]["actions"]
    assert titles[step["by"]] == "医务科"


def test_the_person_responsible_for_complaints_is_a_post_held_by_the_one_named(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints policy\n"
        "1. The person responsible for dealing with any complaint about the service we provide is: Mrs Kathryn Shenton\n"
        "2. If a patient complains on the telephone, we will listen and write down what was said.\n",
    )
    assert ("Person responsible for dealing with any complaint about the service we provide", "Mrs Kathryn Shenton") in _roles(
        data
    )
    other = _import(
        tmp_path,
        "Complaints policy\nThe person responsible for handling complaints is Mrs Jane Smith, the Practice Manager.\n"
        "We will acknowledge your complaint within 3 working days.\n",
    )
    assert ("Practice Manager", "Mrs Jane Smith") in _roles(other)


def test_a_post_and_its_holder_named_where_the_daily_work_is_given_are_a_role(tmp_path: Path):
    # 日常工作由安全股股长王皎静负责: 安全股股长 held by 王皎静, whose duty is the daily work
    data = _import(
        tmp_path,
        "客站突发地震灾害应急救援处置预案\n一、应急处置指挥小组\n组 长：张军\n"
        "应急处置指挥小组办公室设在客站安全股，且日常工作由安全股股长王皎静负责。\n"
        "二、应急处置\n1、接到预报后，由指挥小组宣布进入应急状态。\n",
    )
    role = _by_title(data)["安全股股长"]
    assert role["holder"] == "王皎静" and role["duties"] == ["负责日常工作"]


def test_a_group_set_up_of_the_posts_it_names_has_them_as_members(tmp_path: Path):
    # 成立由A、B和C组成的X委员会，…: the group is X (not 由…组成的X), its members the posts named, in any section
    for heading in ("一、组织机构", "一、工作机制"):
        data = _import(
            tmp_path,
            f"某银行投诉处理办法\n{heading}\n公司成立了由总经理、副总经理和消保牵头管理部门组成的消费者权益保护工作委员会，"
            "通过双月召开消保会研究消保工作。\n二、投诉处理\n客服中心接到投诉后，应在1个工作日内登记。\n",
        )
        (group,) = data["organisation"]["groups"]
        roles = _by_title(data)
        assert group["name"] == "消费者权益保护工作委员会", heading
        assert group["members"] == [roles[t]["id"] for t in ("总经理", "副总经理", "消保牵头管理部门")]
        assert group["duties"] == ["通过双月召开消保会研究消保工作"]


def test_where_and_when_complaints_are_received_is_no_step_and_a_post_held_by_posts_is_a_role(tmp_path: Path):
    # 地点：物业服务中心一楼大厅 / 时间：… under 投诉受理: a place and hours, kept aside; 经办人员：各办公室主要负责人: a post held
    # by the posts named, not a step
    data = _import(
        tmp_path,
        "物业服务中心投诉处理制度\n一、投诉受理\n地点：物业服务中心一楼大厅\n时间：每日8:00-18:00\n"
        "经办人员：各办公室主要负责人\n二、处理程序\n1、客服人员接到投诉后，应在1个工作日内登记。\n",
    )
    steps = [a["do"] for s in data["scenarios"] for a in s.get("actions") or []]
    assert steps == ["客服人员接到投诉后，应在1个工作日内登记"]
    assert [u["text"] for u in data["x-unmapped"]] == ["地点：物业服务中心一楼大厅", "时间：每日8:00-18:00"]
    assert _by_title(data)["经办人员"]["holder"] == "各办公室主要负责人"
    assert "物业服务中心" not in _by_title(data)


def test_people_an_act_is_done_to_are_no_post_and_a_team_named_for_its_work_is_kept(tmp_path: Path):
    titles = _titles(
        tmp_path,
        "电梯困人应急预案\n\n一、应急处置\n\n"
        "保安发现电梯困人时，应立即通知维保单位，并安抚被困人员。值班人员组织疏散站外人员，护送重伤人员就医。\n\n"
        "二、应急小组\n\n疏散警戒组行政主管负责现场人员疏散。\n",
    )
    assert not any(t.startswith(("安抚", "疏散站外", "护送")) or t in ("被困人员", "重伤人员") for t in titles), titles
    assert {"保安", "值班人员"} <= set(titles)
    assert any("疏散警戒组" in t for t in titles), titles


def test_the_attending_doctor_and_the_doctor_involved_are_posts_whole(tmp_path: Path):
    titles = _titles(
        tmp_path,
        "顾客修复流程\n\n一、处理\n\n经治医师应在3日内提出解决方案。当事医生负责向顾客解释。\n",
    )
    assert {"经治医师", "当事医生"} <= set(titles), titles


def test_each_post_of_a_chain_of_sign_offs_is_a_role(tmp_path: Path):
    titles = _titles(
        tmp_path,
        "顾客修复流程\n\n一、修复\n\n填写《修复单》经：顾客签字 客服人员签字 咨询主管签字 修复医生签字 财务主任签字 总经理签字确认。\n",
    )
    assert {"客服人员", "咨询主管", "修复医生", "财务主任", "总经理"} <= set(titles), titles
    assert "顾客" not in titles  # the complainant's side signs too, and is no post


def test_working_groups_give_their_leaders_and_members_as_roles(tmp_path: Path):
    """Under 组织机构, `2.灭火行动组 / 组长:陈琦 / 成员:程熠 钟亮 负责…` and a member run into the charge (何姗姗负责…); and
    a working group heading the plan on its own (（一）突发事件处置组 / 负责人:苏文博(兼) / 工作要求: …), its leader the
    负责人 and 工作要求: no duty (heldout142)."""
    data = _import(
        tmp_path,
        "剧院消防应急预案\n一、组织机构和任务\n1.领导小组\n组长:夏涛 副组长:杨丽\n2.灭火行动组\n组长:陈琦\n"
        "成员:程熠 钟亮 负责扑救火灾\n3.安全救护组\n组长:陈丽丽 成员:何姗姗负责现场伤员的救护。\n",
    )
    groups = {g["name"]: g for g in data["organisation"]["groups"]}
    roles = {r["id"]: (r["title"], r.get("holder")) for r in data["organisation"]["roles"]}
    assert roles[groups["灭火行动组"]["leader"]] == ("组长", "陈琦")
    assert [roles[m] for m in groups["安全救护组"]["members"]] == [("成员", "何姗姗")]
    assert groups["安全救护组"]["duties"] == ["负责现场伤员的救护"]
    alone = _import(
        tmp_path,
        "运动会安全工作预案\n（一）突发事件处置组\n负责人:苏文博(兼)\n工作要求:\n1.负责与派出所的联络。\n2.安排校内巡逻。\n"
        "（二）消防安全组\n负责人:陈欣昊\n工作要求:\n1.负责消防安全事件的处理。\n",
    )
    groups = {g["name"]: g for g in alone["organisation"]["groups"]}
    roles = {r["id"]: (r["title"], r.get("holder")) for r in alone["organisation"]["roles"]}
    assert roles[groups["突发事件处置组"]["leader"]] == ("负责人", "苏文博(兼)")
    assert roles[groups["消防安全组"]["leader"]] == ("负责人", "陈欣昊")
    assert "工作要求" not in str(groups["突发事件处置组"].get("duties"))


def test_a_members_posts_in_brackets_are_one_note_of_that_person_and_a_heading_numbered_with_one_character(tmp_path: Path):
    # 夏晓军(学校副书记、体委主任): the 、 inside the brackets lists her posts, not two members; ㈠ numbers the heading
    data = _import(
        tmp_path,
        "运动会突发事件应急预案\n"
        "二.应急组织体系及职责\n"
        "㈠安全工作领导小组\n"
        "组 长:夏晓军(学校副书记、体委主任)\n"
        "副组长:赵岳峰(公共教学部主任)、李洁(公共教学部副主任)\n"
        "成员:温正义(公共教学部球类教研室主任、竞训主管)、谢波飞(公共教学部综合教研室主任、教练)\n",
    )
    assert _roles(data) == [
        ("组长", "夏晓军(学校副书记、体委主任)"),
        ("副组长", "赵岳峰(公共教学部主任)、李洁(公共教学部副主任)"),
        ("成员", "温正义(公共教学部球类教研室主任、竞训主管)、谢波飞(公共教学部综合教研室主任、教练)"),
    ]
    assert [g["name"] for g in data["organisation"]["groups"]] == ["安全工作领导小组"]


def test_the_fields_one_post_has_in_charge_are_not_posts_of_their_own(tmp_path: Path):
    data = _import(
        tmp_path,
        "环境污染事故应急预案\n"
        "一、组织机构\n"
        "公司成立环境污染事故应急领导小组。\n"
        "组长：公司总经理\n"
        "副组长：主管环保、安全、生产和设备的副总经理\n"
        "成员：安全环保部、产品制造部、综合部负责人\n",
    )
    assert _roles(data) == [
        ("组长", "公司总经理"),
        ("副组长", "主管环保、安全、生产和设备的副总经理"),
        ("成员", "安全环保部负责人"),
        ("成员", "产品制造部负责人"),
        ("成员", "综合部负责人"),
    ]


def test_an_associations_secretary_general_is_one_post_and_its_secretariat_a_unit(tmp_path: Path):
    titles = _titles(
        tmp_path,
        "保险消费投诉处理机制建设工作方案\n二、组织架构:\n"
        "1、由协会秘书长许艳承担第一责任,协会秘书处办公室工作人员付斐负责转接投诉电话;\n",
    )
    assert "协会秘书长" in titles and "协会秘书处办公室" in titles
    assert not {"协会", "秘书", "处办公室"} & set(titles)


def test_posts_a_group_may_draw_in_as_temporary_members_are_its_temporary_members(tmp_path: Path):
    data = _import(
        tmp_path,
        "学生公寓突发事件应急处置预案\n3.领导机构\n"
        "3.1成立突发事件应急处置领导小组，组长由分管处领导担任，副组长由中心主任担任，成员由中心领导班子成员组成。"
        "根据工作需要，可抽调中心办公室工作人员、公寓楼长等作为临时成员。\n",
    )
    roles = _roles(data)
    assert ("临时成员", "中心办公室工作人员") in roles and ("临时成员", "公寓楼长") in roles
    assert not any(title.startswith(("可抽调", "抽调")) or (holder or "").endswith("等作") for title, holder in roles)


def test_a_councils_clerk_and_the_chair_of_a_named_body_are_posts(tmp_path: Path):
    source = tmp_path / "plan.md"
    source.write_text(
        "# Complaints Procedure\n\nComplaints may be made by writing to the Parish Clerk or Chair of the Parish Council, "
        "within reasonable hours.\n\n## At the meeting\n\n1. The Chair is to introduce everyone.\n"
        "2. The Clerk will record the decision within 7 working days.\n",
        encoding="utf-8",
    )
    titles = [r["title"] for r in import_document(source).data["organisation"]["roles"]]
    assert "Parish Clerk" in titles and "Chair of the Parish Council" in titles


def test_a_division_named_by_a_longer_field_is_a_unit_not_a_place(tmp_path: Path):
    titles = _titles(
        tmp_path,
        "纳税服务投诉管理实施办法\n第一章 总则\n"
        "第三条 省局纳税服务处负责纳税服务投诉管理的统筹协调、业务指导；县级国税机关纳税服务部门具体负责纳税服务投诉的受理。\n"
        "第四条 投诉材料应归档保存于档案室存放处。\n",
    )
    assert "纳税服务处" in titles
    assert not any(t.endswith("存放处") for t in titles)


def test_given_names_listed_under_a_title_hold_it_together_and_crowds_are_no_post(tmp_path: Path):
    data = _import(
        tmp_path,
        "游乐项目安全应急预案\n一、组织机构\n成立安全应急指挥部。\n总指挥：王建国\n副指挥：安华、红伟、素珍\n"
        "二、预防\n对于人员密集场所，高峰时段人员密集时，应安排专人疏导。\n",
    )
    roles = _roles(data)
    assert ("副指挥", "安华、红伟、素珍") in roles
    assert not any(title.endswith("人员") and title.startswith(("于", "高峰", "段")) for title, _ in roles)


def test_two_titles_given_in_one_clause_go_each_to_its_own_holder(tmp_path: Path):
    roles = _roles(
        _import(
            tmp_path,
            "安全播出工作方案\n一、组织领导\n成立安全播出工作领导小组，由台长任组长，其他班子成员为副组长、各科室主任为成员。\n",
        )
    )
    assert ("组长", "台长") in roles and ("副组长", "其他班子成员") in roles
    assert not any(title == "其他班子成员" for title, _ in roles)


def test_the_organisation_naming_itself_as_the_subject_of_an_act_is_a_role(tmp_path: Path):
    text = (
        "某环卫公司道路保洁应急预案\n一、应急处置\n我公司在风雨过后，及时组织突击清理，将路面泥沙冲洗干净。\n"
        "我司应在2小时内清除路面垃圾。\n项目部负责统筹各项检查期间的保洁工作。\n"
    )
    assert _titles(tmp_path, text) == ["我公司", "我司", "项目部"]
    # named in passing, not acting, it is no role
    assert "我公司" not in _titles(tmp_path, text.replace("我公司在风雨过后，及时组织", "风雨过后，我公司的保洁员及时组织"))


def test_an_english_post_that_will_ensure_what_a_list_says_has_the_items_as_its_duties(tmp_path: Path):
    text = (
        "# Complaints Policy\n\n## Our responsibilities\n\nThe Head Nurse will ensure:\n\n"
        "- Complaints are dealt with efficiently and are properly investigated.\n"
        "- Action is taken in the light of the outcome of the investigation if any is necessary.\n\n"
        "## Procedure\n\nIf a complaint is about clinical care, it will normally be referred to the H\n"
    )
    roles = _import(tmp_path, text, ".md")["organisation"]["roles"]
    # what the items are about (Complaints, Action) is no post, nor a capital a copy was cut off after
    assert [(role["title"], role.get("duties")) for role in roles] == [
        (
            "Head Nurse",
            [
                "Complaints are dealt with efficiently and are properly investigated.",
                "Action is taken in the light of the outcome of the investigation if any is necessary.",
            ],
        )
    ]


def test_two_groups_whose_numbered_post_lines_read_as_headings_each_keep_their_own_posts(tmp_path: Path):
    # (1)组长:公司总经理 under a group's heading is read as a heading 组长 over the text 公司总经理: the group's post
    text = (
        "某公司应急预案\n一、组织机构及职责\n1. 突发事件应急领导小组\n(1)组长:公司总经理\n(2)副组长:公司副总经理\n"
        "(3)成员:各部门负责人、安全环保部\n2. 突发事件应急处理小组\n(1)组长:安全环保部负责人\n(2)副组长:人力资源部负责人\n"
        "二、应急处理流程\n员工发现事件后立即报告。\n"
    )
    data = _import(tmp_path, text)
    holders = {r["id"]: r.get("holder") for r in data["organisation"]["roles"]}
    groups = data["organisation"]["groups"]
    assert [(g["name"], holders[g["leader"]], [holders[d] for d in g["deputies"]]) for g in groups] == [
        ("突发事件应急领导小组", "公司总经理", ["公司副总经理"]),
        ("突发事件应急处理小组", "安全环保部负责人", ["人力资源部负责人"]),
    ]
    assert [holders[m] for m in groups[0]["members"]] == ["各部门负责人", "安全环保部"]
    assert all(not r.get("duties") for r in data["organisation"]["roles"] if r["title"] in ("组长", "副组长", "成员"))


def test_the_person_a_complaint_is_to_be_written_to_is_a_role_and_no_heading(tmp_path: Path):
    text = (
        "Formal Customer Complaints\n\nIf customers have made a verbal complaint, please also make it in writing, "
        "addressed as follows:\n\nDr Andy Tindale,\n\nExample Software Limited\n\nStroud\n\n"
        "We will acknowledge your letter within 7 working days of receipt.\n\nAppeals Procedure\n\n"
        "If you are dissatisfied with the outcome of our internal investigation, write to:\n\nMr Dave Cocking\n\n"
        "Mr Cocking will personally conduct a separate review and contact you within fourteen days.\n"
    )
    data = _import(tmp_path, text)
    assert [(r["title"], r.get("holder")) for r in data["organisation"]["roles"]] == [
        ("Addressee of complaints", "Dr Andy Tindale"),
        ("Addressee of complaints", "Mr Dave Cocking"),
    ]
    # the name is no heading: the review is a step of the appeals procedure
    titles = [s["title"] for s in data["scenarios"]]
    assert "Mr Dave Cocking" not in titles


def test_what_a_report_holds_a_garbled_handling_and_those_on_the_scene_are_read_as_they_are(tmp_path: Path):
    text = (
        "某公司校车安全应急预案\n一、工作原则\n1.统一指挥原则; 2.紧急处臵原则; 3.协调一致原则。\n"
        "二、应急处置\n事故发生后,在场人员必须立即将所发生的事故报告联络小组。\n"
        "联络小组在24小时内写出书面报告,报告内容包括:发生事故的时间、地点;事故的简要经过、伤亡人数。\n"
    )
    titles = _titles(tmp_path, text)
    # 处臵 is 处置 as some fonts write it (no unit 紧急处); the time and place a report gives are no members
    assert "在场人员" in titles
    assert not {"紧急处", "场人员", "发生事故的时间", "地点"} & set(titles)


def test_a_principle_and_the_verbs_glued_before_a_post_name_no_post(tmp_path: Path):
    text = (
        "少年宫活动安全预案\n一、工作原则\n1.谁主管,谁负责。\n二、应急处置\n"
        "组长立即向上级报告情况,并组织力量指挥其他各职能人员投入工作。\n"
        "后勤保障部负责车辆和物资的调配。\n"
    )
    titles = _titles(tmp_path, text)
    assert "其他各职能人员" in titles and "后勤保障部" in titles
    assert not {"谁主管", "力量指挥其他各职能人员", "组织力量指挥其他各职能人员"} & set(titles)


def test_a_group_set_up_with_its_leader_given_before_a_list_separator_seats_the_leader(tmp_path: Path):
    text = (
        "档案工作突发事件应急预案\n第一章 组织机构\n第九条 学校成立以分管校领导为组长、档案馆牵头及保卫、保密、后勤等部门"
        "协作配合的突发事件应急处置领导小组,负责做好组织、协调和指挥处置突发事件工作。\n"
    )
    org = _import(tmp_path, text)["organisation"]
    holders = {r["id"]: (r["title"], r.get("holder")) for r in org["roles"]}
    assert holders[org["groups"][0]["leader"]] == ("组长", "分管校领导")


def test_working_groups_set_out_where_tasks_are_assigned_have_their_leaders_and_members(tmp_path: Path):
    text = (
        "景区突发事故应急预案\n一、明确任务,落实责任\n为积极应对突发事故可能出现的险情,成立以下工作组。\n"
        "1、物资储备组:负责救灾抢险物资的定点储备,危急时刻的调运。责任人:陈燕,成员:任江。\n"
        "2、灾情统计组:负责灾情的统计汇兑上报。责任人:王芳云负责家禽家畜受灾情况统计上报。\n"
    )
    org = _import(tmp_path, text)["organisation"]
    roles = {r["id"]: (r["title"], r.get("holder")) for r in org["roles"]}
    groups = {g["name"]: g for g in org["groups"]}
    assert set(groups) == {"物资储备组", "灾情统计组"}  # 以下工作组 names those listed next, no group
    assert roles[groups["物资储备组"]["leader"]] == ("物资储备组责任人", "陈燕")
    assert [roles[m] for m in groups["物资储备组"]["members"]] == [("物资储备组成员", "任江")]
    assert roles[groups["灾情统计组"]["leader"]] == ("灾情统计组责任人", "王芳云")


def test_a_mask_those_worst_affected_and_a_cut_off_list_name_no_post(tmp_path: Path):
    text = (
        "寺院疫情防控应急预案\n一、防控措施\n工作人员应佩戴一次性外科口罩。\n后果严重者,依法追究责任。\n"
        "二、组织机构\n组长:张三\n成员:由\n"
    )
    roles = [(r["title"], r.get("holder")) for r in _import(tmp_path, text)["organisation"]["roles"]]
    titles = [t for t, _ in roles]
    assert not {"一次性外科", "后果严重者"} & set(titles)
    assert ("成员", "由") not in roles


def test_what_one_brings_and_people_trapped_in_a_lift_name_no_post(tmp_path: Path):
    text = (
        "写字楼停电应急预案\n一、应急处置\n請攜帶所購產品到分店。\n"
        "值班员应立即派人员前往各楼检查电梯运行情况,发现电梯关人立即按照电梯困人应急预案施救。\n"
    )
    titles = _titles(tmp_path, text)
    assert not {"携带所", "发现电梯关人", "电梯关人"} & set(titles)
    assert "值班员" in titles


def test_a_members_count_is_no_part_of_the_member_and_a_total_holds_no_post(tmp_path: Path):
    text = (
        "研学旅行活动安全预案\n一、组织机构\n成立安全工作领导组。\n组长:吴世平\n"
        "成员:六年级班主任2 人、暑假少年宫辅导老师 8 人、共计 23 人\n"
        "二、安全要求\n营业期间禁止工作人员带领无关人员进入金库。\n"
    )
    roles = [(r["title"], r.get("holder")) for r in _import(tmp_path, text)["organisation"]["roles"]]
    holders = [h for _, h in roles if h]
    assert "六年级班主任" in holders and "暑假少年宫辅导老师" in holders
    assert not any(h.startswith("共计") or h.endswith("人") for h in holders)
    assert "禁止工作人员" not in [t for t, _ in roles]


def test_an_english_condition_written_without_its_comma_is_no_part_of_the_post_after_it(tmp_path: Path):
    text = (
        "# Complaints Procedure\n\n## Stage 3\n\nIn the event that the matter remains unresolved the Director will "
        "inform the parents that they are able to make a formal complaint to Ofsted.\n"
    )
    assert not [t for t in _titles(tmp_path, text, ".md") if "unresolved" in t.lower()]


def test_a_teams_roster_of_names_seats_its_members_and_the_next_line_is_what_it_does(tmp_path: Path):
    data = _import(
        tmp_path,
        "某KTV突发事件应急预案\n\n一、原则\n突发事件一旦发生，所在部位工作人员要立即报告总值班。\n\n"
        "二、成立突发事件处理领导小组\n总指挥:罗小平\n副指挥:袁俊宁\n"
        "灭火组: 姚剑榕 曾曲 杨昌杰\n使用灭火器进行灭火,以及进行伤员抢救等工作。\n"
        "通讯组: 杨美华、陈俊秀\n迅速的拨打报警电话,详细说明火灾等情况。\n",
    )
    roles = _by_title(data)
    assert roles["灭火组成员"]["holder"] == "姚剑榕；曾曲；杨昌杰" and roles["通讯组成员"]["holder"] == "杨美华；陈俊秀"
    groups = {g["name"]: g for g in data["organisation"]["groups"]}
    assert groups["灭火组"]["members"] == [roles["灭火组成员"]["id"]]
    assert groups["灭火组"]["duties"] == ["使用灭火器进行灭火,以及进行伤员抢救等工作。"]
    assert groups["通讯组"]["duties"] == ["迅速的拨打报警电话,详细说明火灾等情况。"]
    assert "duties" not in groups["突发事件处理领导小组"]


def test_english_posts_that_act_wherever_the_sentence_names_them(tmp_path: Path):
    # the subject of a modal after a phrase with no comma, one named by what it is doing, two posts joined by "or",
    # the agent of a passive with an adverb, and management (no article) given the work
    data = _import(
        tmp_path,
        "Complaints Procedure\n\nHow we handle your complaint\n\n"
        "1. Upon receipt of a complaint a director will acknowledge the complaint in writing within 72 hours.\n"
        "2. When you telephone us with a problem our adviser will attempt to resolve matters while you are on the call.\n"
        "3. The senior veterinary surgeon or head nurse is responsible for dealing with complaints.\n"
        "4. The member of staff receiving your call will try to resolve your complaint immediately.\n"
        "5. Your complaint will always be investigated by the practice manager.\n"
        "6. The matter will be reviewed and investigated by management.\n",
    )
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert sorted(roles.values()) == sorted(
        ["A director", "Adviser", "Senior veterinary surgeon", "Head nurse", "Member of staff", "Practice manager", "Management"]
    )
    [scenario] = data["scenarios"]
    assert [roles.get(step.get("by")) for step in scenario["actions"]] == [
        "A director",
        "Adviser",
        "Senior veterinary surgeon",
        "Member of staff",
        "Practice manager",
        "Management",
    ]


def test_a_form_of_labels_and_values_names_its_posts_and_no_label_as_a_role(tmp_path: Path):
    # an organisation's 基本概况: label | value | label | value; the phone number in the first row says it is no header
    d = docx.Document()
    d.add_paragraph("基本概况", style="Title")
    add_table(
        d,
        [
            ("机构名称", "某市博物馆", "办公电话", "0543-3215689"),
            ("邮政编码", "256600", "投诉电话", "0543-3189390"),
            ("办公地址", "某市某路780号", "", ""),
            ("领导信息", "王某", "职务", "馆长"),
            ("", "工作分工", "主持博物馆全面工作", ""),
            ("", "刘某", "职务", "副馆长"),
            ("", "工作分工", "分管办公室", ""),
        ],
    )
    d.add_heading("应急管理", level=1)
    d.add_paragraph("博物馆安全生产责任人担负本预案的总指挥职责。")
    source = tmp_path / "plan.docx"
    d.save(source)
    data = import_validated(source)
    roles = {r["title"]: r for r in data["organisation"]["roles"]}
    assert not {"机构名称", "邮政编码", "办公地址", "领导信息"} & set(roles)
    assert (roles["馆长"]["holder"], roles["馆长"]["duties"]) == ("王某", ["主持博物馆全面工作"])
    assert (roles["副馆长"]["holder"], roles["副馆长"]["duties"]) == ("刘某", ["分管办公室"])
    # the form is kept whole, as text with its position
    assert any("0543-3189390" in str(entry["text"]) for entry in data["x-unmapped"])


def test_a_school_a_hospital_or_a_platform_acting_as_a_whole_is_a_role(tmp_path: Path):
    # as 公司 acting is: the transcriber lists the organisation where it is given work (学校要建立制度, 平台会审核…)
    text = (
        "某学校安全应急预案\n一、组织机构\n校长负责全面工作。\n二、应急处置\n1.学校要立即组织师生疏散。\n"
        "2.平台应在3日内审核售后申请，并按规则为客户提供退货服务。\n3.医院应在5日内答复投诉人。\n"
    )
    titles = _titles(tmp_path, text)
    assert {"学校", "平台", "医院"} <= set(titles)
    # each school, or that hospital, is no post of the plan
    assert "各学校" not in _titles(tmp_path, text.replace("1.学校要", "1.各学校要"))


def test_a_carer_or_an_escort_keeps_the_first_character_of_its_title(tmp_path: Path):
    # 陪 (accompany), 随 (follow) glued before a post are dropped (陪客户…), not the 陪 of 陪护人员 or the 随 of 随队医生
    text = (
        "某医院应急预案\n一、应急处置\n1.科室安排陪护人员对病员进行陪护。\n2.随队医生负责现场救治。\n3.陪同人员负责引导患者。\n"
    )
    assert {"陪护人员", "随队医生", "陪同人员"} <= set(_titles(tmp_path, text))


def test_a_group_named_before_its_roster_run_together_gets_its_posts(tmp_path: Path):
    # the group's name, then 组长:…副组长:… with no comma between: the roster, not what a working group does
    text = "学校安全工作方案\n\n一、组织机构\n\n安全领导小组:组长:刘振红副组长:董同祥 成员:各中层领导\n\n二、工作要求\n\n组长负责全面工作。\n"
    data = _import(tmp_path, text)
    assert _roles(data) == [("组长", "刘振红"), ("副组长", "董同祥"), ("成员", "各中层领导")]
    group = data["organisation"]["groups"][0]
    assert group["name"] == "安全领导小组" and "duties" not in group
    assert group["leader"] == data["organisation"]["roles"][0]["id"]


def test_what_a_report_holds_after_its_recipients_is_no_list_of_members(tmp_path: Path):
    text = (
        "应急预案\n\n一、处置程序\n\n1、添乘干部须立即向车间领导、安全生产指挥中心及路局驻台调度报告事件情况, "
        "包括事故发生的时间、地点、部件脱落情况、设备损坏程度等。\n\n2、安全调度指挥中心第一时间报告值班领导。\n"
    )
    titles = _titles(tmp_path, text)
    assert not {"事故发生的时间", "地点", "部件脱落情况", "设备损坏程度"} & set(titles)
    assert {"添乘干部", "车间领导", "值班领导"} <= set(titles)


def test_phones_in_a_roster_are_no_part_of_who_holds_the_post(tmp_path: Path):
    text = (
        "通信保障应急救援预案\n\n一、组织机构\n\n应急保障领导小组名单：\n\n组长：王世超 电话：**********\n\n"
        "副组长：唐志元电话：********** 李春田电话：13804310000\n\n值班联系人：李明电话：**********\n\n"
        "二、职责\n\n组长负责全面工作。\n"
    )
    roles = _roles(_import(tmp_path, text))
    assert ("组长", "王世超") in roles
    assert ("副组长", "唐志元 李春田") in roles
    assert ("值班联系人", "李明") in roles  # a post and its holder on a line of their own, the phone masked


def test_whom_a_student_consults_or_meets_with_and_a_dean_are_posts(tmp_path):
    # a university's procedure: consult with the faculty member, schedule a meeting with the dean
    titles = _titles(
        tmp_path,
        "Complaint Procedures\n\nSteps in the Process\n\n"
        "1. The student should first consult with the faculty member perceived to be causing the circumstance.\n"
        "2. If the first step does not resolve the problem, the student should schedule a meeting with the dean of the "
        "Graduate School. All requests must be in writing.\n",
    )
    assert titles == ["Faculty member", "Dean"]


def test_a_table_of_posts_and_groups_with_no_header_row(tmp_path):
    # 總指揮官 | duties | 校長; 現場管制組 | duties | 生輔組長 訓育組長: the first cell names the post or group, the long one
    # its duties, the short one who holds it (for a group, the posts of its members)
    source = table_under_heading(
        tmp_path / "kitchen.docx",
        "事件處理表",
        "組織架構 & 工作職掌",
        [
            ("總指揮官", "- 統籌指揮緊急應變行動。 - 宣佈與解除警戒狀態。", "校長"),
            ("現場指揮官", "- 通知消防局119。 - 指揮現場緊急應變行動。", "學務主任"),
            ("現場管制組", "- 成立臨時管制中心。 - 現場秩序管制及引導師生疏散。", "生輔組長 訓育組長"),
            ("緊急救護組", "- 成立緊急救護中心。 - 實施緊急救護與檢傷分類。", "護理師"),
        ],
    )
    data = import_validated(source)
    roles = {r["id"]: r for r in data["organisation"]["roles"]}
    assert [(r["title"], r.get("holder")) for r in roles.values()] == [
        ("總指揮官", "校長"),
        ("現場指揮官", "學務主任"),
        ("生輔組長", None),
        ("訓育組長", None),
        ("護理師", None),
    ]
    groups = {g["name"]: [roles[m]["title"] for m in g.get("members", [])] for g in data["organisation"]["groups"]}
    assert groups == {"現場管制組": ["生輔組長", "訓育組長"], "緊急救護組": ["護理師"]}
    assert next(iter(roles.values()))["duties"] == ["- 統籌指揮緊急應變行動。 - 宣佈與解除警戒狀態"]


def test_a_working_group_named_by_a_heading_keeps_its_own_members_and_duties(tmp_path):
    # (二)行动组 > 成员：… / 职责：…: the working group's, not those of the command above it
    data = _import(
        tmp_path,
        "停车场应急疏散预案\n一、组织机构人员分工\n(一)指挥部\n1. 总指挥:由吴国平担任。\n"
        "2. 职责:掌握现场情况做出决策,向各组下达指令。\n(二)行动组\n1. 成员:卓俊平 李 昊 王文科\n"
        "2. 职责:接到命令后第一时间到达现场,将车辆疏散。\n(三)疏散引导组\n1. 成员:吉艳刚 乔海滨 郭青春 方富民\n"
        "2. 职责:接到疏散信息后,引导顾客疏散。\n二、报警和接警处置程序\n任何人员发现情况应立即报告消防控制室。\n",
    )
    roles = {r["id"]: r for r in data["organisation"]["roles"]}
    groups = {g["name"]: g for g in data["organisation"]["groups"]}
    assert groups["指挥部"]["duties"] == ["掌握现场情况做出决策,向各组下达指令。"]
    assert groups["行动组"]["duties"] == ["接到命令后第一时间到达现场,将车辆疏散。"]
    assert [roles[m]["holder"] for m in groups["疏散引导组"]["members"]] == ["吉艳刚 乔海滨 郭青春 方富民"]


def test_a_working_groups_leader_named_in_a_short_line_is_its_leader_and_not_lost(tmp_path):
    # (二)行动组 > 1. 负责人:景克诚 (a name of three characters, no full stop): the group's leader, held by 景克诚
    data = _import(
        tmp_path,
        "停车场应急疏散预案\n一、组织机构人员分工\n(一)指挥部\n1. 总指挥:由吴国平担任。\n"
        "(二)行动组\n1. 负责人:景克诚\n2. 成员:卓俊平 李 昊 王文科\n3. 职责:接到命令后第一时间到达现场,将车辆疏散。\n"
        "(三)疏散引导组\n1. 负责人:孙铁栓\n2. 职责:接到疏散信息后,引导顾客疏散。\n"
        "二、报警和接警处置程序\n任何人员发现情况应立即报告消防控制室。\n",
    )
    roles = {r["id"]: r for r in data["organisation"]["roles"]}
    leaders = {g["name"]: roles[g["leader"]] for g in data["organisation"]["groups"] if "leader" in g}
    assert {name: (r["title"], r.get("holder")) for name, r in leaders.items()} == {
        "指挥部": ("总指挥", "吴国平"),
        "行动组": ("负责人", "景克诚"),
        "疏散引导组": ("负责人", "孙铁栓"),
    }


def test_a_roster_run_together_after_a_heading_of_whom_each_level_makes_responsible(tmp_path: Path):
    data = _import(
        tmp_path,
        "某幼儿园防范暴力事件应急预案\n三、防范暴力事件应急处理工作网络与分级负责责任人\n"
        "园成立防范暴力事件应急处理工作领导小组:由园长担任组长,并由园安全小组具体负责落实:"
        "领导小组组长:蒋耀萍(园长),领导小组副组长:周惠珍(副园长)"
        "组员:张秀韵、钱建华 (卫生保健)杨容、刘树江(设施设备)\n",
    )
    # the group's name before the next title is no holder of the title before it; a person's note, then the next
    # person with no 、 between them, are two members
    assert [role for role in _roles(data) if role[1]] == [
        ("领导小组组长", "蒋耀萍(园长)"),
        ("领导小组副组长", "周惠珍(副园长)"),
        ("组员", "张秀韵"),
        ("组员", "钱建华 (卫生保健)"),
        ("组员", "杨容"),
        ("组员", "刘树江(设施设备)"),
    ]
    assert len(data["organisation"]["groups"][0]["members"]) == 4
    assert "levels" not in data or data["levels"] == []


def test_a_name_ending_in_he_before_its_note_is_no_conjunction(tmp_path: Path):
    data = _import(tmp_path, "某学院应急预案\n一、组织机构\n（一）沟通协调组\n组长:兰善红(兼)黄金和(兼)\n")
    assert ("组长", "兰善红(兼)、黄金和(兼)") in _roles(data)


def test_a_roster_table_headed_by_title_and_duties_as_taiwan_writes_them_gives_a_role_a_row(tmp_path: Path):
    """職稱 | 編組人員 | 工作職掌 (a school's safety committee, round 124): a role a row, its unit the holder, its
    duties; the table was read for nothing before."""
    source = table_under_heading(
        tmp_path / "committee.docx",
        "校園安全緊急事件處理",
        "校園安全委員會編組",
        [
            ("職稱", "編組人員", "工作職掌"),
            ("主任委員", "校長室", "綜理校園安全之全般任務指揮事宜"),
            ("副主任委員", "教務處", "承主任委員之命,執行校園安全之全般任務"),
            ("委員兼組長", "總務處", "負責校園安全之各項通報"),
        ],
    )
    roles = import_validated(source)["organisation"]["roles"]
    assert [(r["title"], r.get("holder"), r.get("duties")) for r in roles][:3] == [
        ("主任委員", "校長室", ["綜理校園安全之全般任務指揮事宜"]),
        ("副主任委員", "教務處", ["承主任委員之命,執行校園安全之全般任務"]),
        ("委員兼組長", "總務處", ["負責校園安全之各項通報"]),
    ]


def test_a_table_of_groups_with_no_header_each_row_a_name_and_its_leader_and_members_gives_the_groups(tmp_path: Path):
    """1)通讯联络组 | (组长:陈攀峰 ,成员:雷水生): a group a row with its leader and members, held by the people named
    (round 124, a builder's heat plan; the table was read for nothing)."""
    source = table_under_heading(
        tmp_path / "heat.docx",
        "夏季施工防暑降温应急预案",
        "一、救援机构",
        [("1)通讯联络组", "(组长:陈攀峰 ,成员:雷水生)"), ("2)医疗救护组", "(组长:陈远安,成员:张明雄、叶志帮)")],
    )
    data = import_validated(source)
    titles = {r["id"]: (r["title"], r.get("holder")) for r in data["organisation"]["roles"]}
    groups = {g["name"]: g for g in data["organisation"]["groups"]}
    assert titles[groups["通讯联络组"]["leader"]] == ("通讯联络组组长", "陈攀峰")
    assert [titles[m] for m in groups["医疗救护组"]["members"]] == [("医疗救护组成员", "张明雄、叶志帮")]
    # a two-column table of anything else is no roster
    other = table_under_heading(
        tmp_path / "duties.docx", "应急预案", "一、分工", [("1)通讯联络组", "负责对外联络"), ("2)医疗救护组", "负责救护伤员")]
    )
    groups = (import_validated(other).get("organisation") or {}).get("groups") or []
    assert not any("leader" in g for g in groups)


def test_what_a_report_is_to_find_out_in_brackets_is_no_member_of_a_group(tmp_path: Path):
    source = tmp_path / "plan.txt"
    source.write_text(
        "学校群体性事件应急预案\n\n一、信息报送\n"
        "对可能发生的群体性事件，安稳办、安保处要在摸清情况（包括事件发生时间、地点、参与人数、涉及部门等）的基础上，"
        "及时向学校领导小组报告情况。\n",
        encoding="utf-8",
    )
    titles = [r["title"] for r in import_document(source).data["organisation"]["roles"]]
    assert titles == ["安稳办", "安保处"], titles


def test_a_roster_in_traditional_characters_keeps_each_members_line_and_a_duties_list_gives_the_posts_their_duties(
    tmp_path: Path,
):
    data = _import(
        tmp_path,
        "青島市食鹽供給應急預案\n\n一、組織機構\n設立市食鹽供給應急領導小組\n"
        "組 長:紀家棟 市鹽務局局長\n副組長:韓中勝 市鹽務局副局長\n"
        "成 員:劉澤泉 市鹽務局運銷專營處處長\n趙顯勝 青島鹽業經銷處經理\n封增文 膠南鹽務管理處主任\n\n"
        "二、職責分工\n組 長:負責全市食鹽應急供應總指揮,下達應急指令。\n副組長:配合組長,協調工作運轉。\n",
    )
    roles = {r["title"]: r for r in data["organisation"]["roles"]}
    # 趙顯勝 and 封增文 are the next members (趙, 勝 read as 赵, 胜), not duties of the group
    assert roles["成員"]["holder"] == "劉澤泉 市鹽務局運銷專營處處長；趙顯勝 青島鹽業經銷處經理；封增文 膠南鹽務管理處主任"
    assert "duties" not in data["organisation"]["groups"][0]
    # 組 長 spaced to align the list is 組長; what 副組長 does is a duty, not two holders 配合組長 and 協調工作運轉
    assert roles["組長"]["duties"] == ["負責全市食鹽應急供應總指揮,下達應急指令"]
    assert roles["副組長"]["holder"] == "韓中勝 市鹽務局副局長"
    assert roles["副組長"]["duties"] == ["配合組長,協調工作運轉"]
    assert not [r for r in data["organisation"]["roles"] if " " in r["title"] or "配合" in r.get("holder", "")], roles


def test_commanding_named_beside_deciding_is_the_leaders_work_not_a_post(tmp_path: Path):
    """`组长：总经理，负责投诉应急工作的总指挥和决策`: 总指挥 here is the work of commanding (beside 决策), the leader's
    duty, not a second post 总指挥; a post named on its own (由总经理任总指挥) stays a post."""
    data = _import(
        tmp_path,
        "物业公司业主投诉应急预案\n一、组织机构\n成立投诉应急处理小组。\n组长：总经理，负责投诉应急工作的总指挥和决策。\n"
        "副组长：客服经理，协助组长开展工作。\n二、处置程序\n1. 客服人员接到投诉后，应在1小时内报告客服经理。\n",
    )
    assert _roles(data)[:2] == [("组长", "总经理"), ("副组长", "客服经理")]
    assert "总指挥" not in [title for title, _ in _roles(data)]
    assert _by_title(data)["组长"]["duties"] == ["负责投诉应急工作的总指挥和决策"]


def test_suo_after_a_person_or_a_clause_is_the_particle_before_a_verb_not_a_unit(tmp_path: Path):
    """…人为事故、交通事故等所造成公司经济损失的事件; 感激用户所反应问题: 所 there is the particle before a verb, not the last
    word of a unit's name (交通事故等所, 用户所 were roles); 供电所 stays a unit."""
    data = _import(
        tmp_path,
        "运输事故处理办法\n一、事故定义\n事故是指公司运输、仓储等业务在运作过程中所发生的人为事故、交通事故等所造成公司经济损失的事件。\n"
        "二、处理程序\n1. 做好细节统计，感激用户所反应问题。\n2. 供电所负责在1日内核实损失。\n",
    )
    titles = [title for title, _ in _roles(data)]
    assert titles == ["供电所"], titles


def test_a_team_named_with_one_person_is_led_by_that_person(tmp_path: Path):
    """(二)成立三个应急小组 / 抢险救灾组:万代盛: a care home's teams, each given one name — the person who answers for
    the team, not what the team does. 单位 after a team's name (the rest cut off by the site) is no person."""
    data = _import(
        tmp_path,
        "敬老院应急预案\n\n一、应急组织\n指挥长:王新坤\n抢险救灾组:万代盛\n后勤保障组:缪英英\n现场抢救组:单位\n\n"
        "二、火灾应急处置\n一旦发生火灾，第一发现人员要及时向院长报告。\n",
    )
    roles = _by_title(data)
    groups = {g["name"]: g for g in data["organisation"]["groups"]}
    assert roles["抢险救灾组负责人"]["holder"] == "万代盛" and roles["后勤保障组负责人"]["holder"] == "缪英英"
    assert groups["抢险救灾组"]["leader"] == roles["抢险救灾组负责人"]["id"]
    assert "duties" not in groups["抢险救灾组"]
    assert "现场抢救组负责人" not in roles


def test_a_rapid_response_team_listed_with_what_it_does_is_a_working_group(tmp_path: Path):
    data = _import(
        tmp_path,
        "顾客服务应急预案\n\n一、应急组织\n基建维修快速应变队：维修铁路基建。\n铁道车辆快速应变队：处理列车故障。\n",
    )
    groups = {g["name"]: g for g in data["organisation"]["groups"]}
    assert groups["基建维修快速应变队"]["duties"] == ["维修铁路基建"]
    assert groups["铁道车辆快速应变队"]["duties"] == ["处理列车故障"]


def test_a_numbered_line_opening_with_a_known_post_and_a_colon_gives_the_post_its_acts(tmp_path: Path):
    """1.大堂经理：安抚客户情绪…: Word's numbered line read as a heading and its text; the post it names (a role of the
    plan) does what is under it. A heading naming no post of the plan (径赛起点处) gives nobody the steps."""
    data = _import(
        tmp_path,
        "客户投诉应急预案\n\n一、组织机构\n大堂经理负责现场接待，客服部负责核实。\n\n二、处置流程\n"
        "1.大堂经理：安抚客户情绪，了解投诉事由。\n2.客服部：核实情况并回复客户。\n3.径赛起点处：设置警戒线。\n",
    )
    titles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    steps = [(a["do"], titles.get(a.get("by"))) for s in data["scenarios"] for a in s["actions"]]
    assert steps[:4] == [
        ("安抚客户情绪", "大堂经理"),
        ("了解投诉事由", "大堂经理"),
        ("核实情况并回复客户", "客服部"),
        ("设置警戒线", None),
    ]
    assert "径赛起点处" not in titles.values()


def test_a_numbered_line_opening_with_a_working_group_gives_its_acts_to_the_groups_leader(tmp_path: Path):
    """抢修救援组：李建国 / … / 2.抢修救援组：接到通知后30分钟到位…: a group's acts are its leader's (抢修 opening the
    team's name is no verb here)."""
    data = _import(
        tmp_path,
        "燃气公司客户投诉应急预案\n\n一、组织机构\n抢修救援组：李建国\n\n二、处置流程\n"
        "1.客服中心：接到投诉后30分钟内登记。\n2.抢修救援组：接到通知后30分钟到位，处理现场故障。\n",
    )
    roles = _by_title(data)
    [scenario] = [s for s in data["scenarios"] if s["title"] == "抢修救援组"]
    assert {a.get("by") for a in scenario["actions"]} == {roles["抢修救援组负责人"]["id"]}


def test_a_sentence_giving_two_posts_their_own_work_gives_each_its_clause(tmp_path: Path):
    """大堂经理负责现场接待，客服部负责核实: two duties, one each (the whole sentence was 大堂经理's, and the steps made
    from duties gave both acts to it)."""
    data = _import(
        tmp_path,
        "客户投诉应急预案\n\n一、组织机构\n大堂经理负责现场接待，客服部负责核实。\n",
    )
    roles = _by_title(data)
    assert roles["大堂经理"]["duties"] == ["大堂经理负责现场接待"]
    assert roles["客服部"]["duties"] == ["客服部负责核实"]


def test_the_people_an_incident_involves_and_the_people_listed_next_are_no_posts(tmp_path: Path):
    """A hotel's plan against fights (heldout834): 规劝闹事人员, 如有伤者, 由以下人员组成 and 服从店值班经理 name troublemakers,
    the injured, the list that follows and a post obeyed — 闹事人员, 伤者 and 以下人员 are no posts, and the post obeyed is
    named without the verb. Nor are 大规模人员 of a list of events (heldout855) a post."""
    data = _import(
        tmp_path,
        "酒店打架斗殴应急预案\n\n一、组织机构\n应急小组由以下人员组成：组长：总经理；成员：保安部经理。\n\n二、处置\n"
        "1.应善意规劝闹事人员。\n2.各部门现场人员应服从店值班经理统一调度。\n3.如有伤者应予以救助或交警方处理。\n"
        "\n三、事件类型\n1.大规模人员违规集体上访、越级上访；\n2.冲击党政机关。\n",
    )
    titles = set(_by_title(data))
    assert {"店值班经理", "各部门现场人员"} <= titles
    assert not titles & {"下人员", "善意规劝闹事人员", "闹事人员", "有伤者", "伤者", "服从店值班经理", "大规模人员"}


def test_fields_listed_before_a_kind_of_unit_and_its_head_are_each_a_units_head(tmp_path: Path):
    """成员由质量管理、生产、采购、销售等部门负责人组成 (a food firm's plan, heldout847): the heads of four departments, each
    a member (the list was cut into 质量管理, 生产, 采购 and 销售负责人, and the whole phrase made a fifth role)."""
    data = _import(
        tmp_path,
        "食品安全事故处置制度\n\n一、组织机构\n公司成立应急小组，组长由总经理担任，成员由质量管理、生产、采购、销售等部门负责人组成。\n",
    )
    named = {role.get("holder") or role["title"] for role in data["organisation"]["roles"]}
    assert {"质量管理部门负责人", "生产部门负责人", "采购部门负责人", "销售部门负责人"} <= named
    assert not named & {"质量管理", "销售负责人", "质量管理、生产、采购、销售等部门负责人"}


def test_bureaus_firms_and_papers_listed_before_the_kind_and_its_leaders_are_each_a_member(tmp_path: Path):
    """成员：市委宣传部、……、日报社、电信分公司等部门主管领导 (a city's Qingming plan, heldout871): each bureau, paper and
    firm is a member with its leader (the list was one role, and 部门主管领导 would be a role of its own)."""
    data = _import(
        tmp_path,
        "清明节祭扫安全保障实施方案\n\n一、组织机构\n成立应急领导组。\n组长：(副市长)\n"
        "成员：市委宣传部、市公安局、日报社、电视台、电信分公司等部门主管领导，各县(市、区)政府分管领导。\n",
    )
    named = {role.get("holder") or role["title"] for role in data["organisation"]["roles"]}
    assert {"市委宣传部主管领导", "市公安局主管领导", "日报社主管领导", "电视台主管领导", "电信分公司主管领导"} <= named
    assert not any("市公安局、" in name for name in named)
    assert "部门主管领导" not in {role["title"] for role in data["organisation"]["roles"]}


def test_parts_of_the_body_wounded_or_missing_people_lines_and_words_opened_by_suo_are_no_posts(tmp_path: Path):
    """Found in round 152 (a KTV's fire plan, a car-hire firm's rules, a kindergarten's plan): 包裹头部 (the head),
    发现缺员 (someone missing), 救治伤员 (the wounded), 有人员滞留 (people trapped), 涉及的所有 and 随心所欲 (所 opening a
    word), 无需跨部门 (across units) and 第三方人员风险 (a kind of risk) were roles; the posts beside them stay."""
    data = _import(
        tmp_path,
        "应急预案\n\n一、处置\n1. 遇浓烟时捂口鼻(无湿物时用衣物包裹头部)，避免直身奔跑。\n"
        "2. 由安保人员登记核对人数，若发现缺员立即向消防指挥组报告。\n3. 救治伤员：对受伤人员实施现场急救。\n"
        "4. 现场负责人拨打119，说明有人员滞留。\n5. 涉及的所有租赁车辆均适用本制度，注意不要随心所欲。\n"
        "6. 由现场班组长记录情况，无需跨部门协调。\n7. 第三方人员风险：外包服务人员违规操作。\n",
    )
    titles = set(_by_title(data))
    assert {"安保人员", "现场负责人", "现场班组长"} <= titles
    assert not {t for t in titles if re.search(r"头部|缺员|伤员|有人员|所$|跨部门|风险", t)}


def test_all_of_a_named_post_is_that_post_but_everyone_or_a_rule_for_all_is_none(tmp_path: Path):
    """所有接待人员对业户的抱怨均应接受和理解 (a property firm's water-cut procedure, heldout876): the receptionists, a post
    given work — 所有 before a post had made it nobody; 所有员工 (everyone) and a rule for all (应熟悉本制度) stay none."""
    data = _import(
        tmp_path,
        "停水处理\n\n一、工作流程\n1. 所有接待人员对业户的抱怨均应接受和理解，并向业户表示歉意。\n"
        "2. 所有员工应熟悉本制度。\n3. 工程部应立即组织抢修。\n",
    )
    assert set(_by_title(data)) == {"接待人员", "工程部"}


def test_an_english_department_is_a_role_and_a_public_services_department_is_outside(tmp_path: Path):
    """A manufacturer's procedure (heldout906): headings "2. Quality Assurance (QA) Department:" and "3. Manufacturing
    Department:" over the duties each does — units of the organisation given work, like a Team or a Committee (the
    short name may stand before the last word); the Fire Department is a public service, not the plan's."""
    data = _import(
        tmp_path,
        "# Product Complaint Procedures\n\n## 1. Customer Service Representative (CSR):\n\n"
        "1. Receives and logs product complaints.\n2. Routes the complaint to the appropriate department.\n\n"
        "## 2. Quality Assurance (QA) Department:\n\n1. Conducts a thorough investigation of the complaint.\n"
        "2. Prepares a comprehensive investigation report.\n\n## 3. Manufacturing Department:\n\n"
        "1. Implements any necessary changes to the manufacturing process.\n\n## 4. Safety\n\n"
        "If there is a fire, staff will call the Fire Department.\n",
        ".md",
    )
    titles = set(_by_title(data))
    assert {"Quality Assurance (QA) Department", "Manufacturing Department"} <= titles
    assert "Fire Department" not in titles


def test_a_team_named_only_with_its_duties_that_acts_in_the_procedure_is_a_role_doing_those_steps(tmp_path: Path):
    """应急指挥部下设以下工作组：(1)现场指挥组：负责…; then 现场指挥组负责… in the procedure: the team does the step, and
    who does a step is a role in the format; a team with a leader stays a group."""
    data = _import(
        tmp_path,
        "城管突发事件应急预案\n"
        "一、组织机构及职责\n"
        "应急领导小组组长由局长担任，负责统一指挥。\n"
        "应急指挥部下设以下工作组：(1)现场指挥组：负责现场应急处置工作的指挥和协调；(2)救援保障组：负责应急救援物资的调配。\n"
        "二、应急处置程序\n"
        "(1)现场指挥组负责现场应急处置工作的指挥和协调；\n"
        "(2)救援保障组负责应急救援物资、设备和人员的调配；\n"
        "(3)应急领导小组负责统一指挥。\n",
    )
    organisation = data["organisation"]
    roles = {r["id"]: r for r in organisation["roles"]}
    assert {"现场指挥组", "救援保障组"} <= {r["title"] for r in roles.values()}
    assert not {"现场指挥组", "救援保障组"} & {g["name"] for g in organisation.get("groups") or []}
    assert "应急领导小组" in {g["name"] for g in organisation["groups"]}
    steps = [step for scenario in data["scenarios"] for step in scenario["actions"]]
    by = {step["do"][:5]: roles[step["by"]]["title"] for step in steps if step.get("by") in roles}
    assert by["现场指挥组"] == "现场指挥组" and by["救援保障组"] == "救援保障组"
    assert roles[next(i for i, r in roles.items() if r["title"] == "现场指挥组")]["duties"] == [
        "负责现场应急处置工作的指挥和协调"
    ]


def test_a_desk_named_by_its_work_and_gang_is_a_post(tmp_path):
    """投诉受理岗, 投诉调查岗, 门岗: desks a plan gives duties or acts to are roles; being at, leaving or taking a post
    (在岗, 离岗, 上岗, 坚守岗位), loving one's post (爱岗) and a place (龙岗区) are not."""
    from plancraft.importer.roles import clause_actors

    source = tmp_path / "desks.txt"
    source.write_text(
        "第五条 投诉岗位\n"
        "投诉受理岗工作职责具体包括：受理服务投诉，填写投诉登记表，记录投诉信息。\n"
        "投诉调查岗工作职责具体包括：负责对投诉事项进行调查、取证，制作调查报告。\n",
        encoding="utf-8",
    )
    titles = [role["title"] for role in import_validated(source)["organisation"]["roles"]]
    assert {"投诉受理岗", "投诉调查岗"} <= set(titles)
    assert clause_actors("门岗发现客户聚集，立即报告值班经理。") == ["门岗"]
    for sentence in ("在岗人员不得离岗。", "员工上岗前须培训。", "要做到爱岗敬业。", "龙岗区政府负责协调。"):
        assert not [title for title in clause_actors(sentence) if title.endswith("岗")], sentence


def test_a_secretariat_is_a_unit_not_a_secretary():
    """秘书室 (秘書室 in a Taiwanese office's rules), 秘书处: the unit, not the post 秘书 with a 室 left over."""
    from plancraft.importer.roles import clause_actors

    assert clause_actors("秘书室应即汇送相关科室处理。") == ["秘书室"]
    assert clause_actors("秘书处负责统一登记。") == ["秘书处"]
    assert clause_actors("秘书负责记录。") == ["秘书"]


def test_a_delegate_is_a_post_and_the_verb_is_not(tmp_path):
    """家长代表, 学生代表 seated on a committee (家長代表(委員)：家長會代表1人 in a Taiwanese school's rules), 管理者代表,
    客服代表: posts; 教师代表 is one post, not 教师 and a 代表 left over. The verb (这代表, 所长代表所部出面) and the body of
    delegates (职工代表大会) are not."""
    from plancraft.importer.roles import clause_actors

    titles = _titles(
        tmp_path,
        "學生申訴評議委員會組織要點\n一、編組\n"
        "（一）家長代表（委員）：家長會代表1人，由家長會代表推派。\n"
        "（二）學生代表（委員）：學生代表4人，由選舉方式產生。\n",
    )
    assert {"家長代表", "學生代表"} <= set(titles)
    assert clause_actors("管理者代表负责组织投诉调查。") == ["管理者代表"]
    assert clause_actors("客服代表接到投诉后应及时登记。") == ["客服代表"]
    assert clause_actors("教师代表负责记录评议意见。") == ["教师代表"]
    for sentence in ("这代表公司的态度。", "职工代表大会审议通过。", "与会代表应遵守会场纪律。"):
        assert not [title for title in clause_actors(sentence) if "代表" in title], sentence


def test_a_chief_officer_named_by_initials_is_a_post():
    """ "…will normally be dealt with by the CEO", "submitted to the CEO or Board Chairperson", "referred to the
    President": posts (CEO and President were no post's last word, and "submitted to" gave no work)."""
    from plancraft.importer.roles import en_actors

    assert en_actors("If the complaint is about a decision, the complaint will normally be dealt with by the CEO.") == ["CEO"]
    assert "CEO" in en_actors("An appeal should be made in writing and submitted to the CEO or Board Chairperson.")
    assert en_actors("Complaints should be addressed to the Practice Manager.") == ["Practice Manager"]


def test_a_slogan_of_handling_is_no_office():
    """特事特办、急事急办、热心导办 (a service hall's pledges): no offices named 特事特办 (they were roles); 综合办 is."""
    from plancraft.importer.roles import unit_spans

    units = [unit for unit, _, _ in unit_spans("窗口实行特事特办、急事急办，热心导办。综合办负责受理登记。")]
    assert units == ["综合办"]


def test_a_practice_that_gives_itself_work_as_we_and_never_names_itself_is_a_role(tmp_path: Path):
    """ "We will acknowledge…", "we aim to…", "we will…" in a practice's leaflet that calls itself only "the Practice"
    (never by name): the practice acting is a role titled We, held by that noun; the Practice Manager is not the
    practice, but names it where nothing else does. A text that names no noun it is has the role titled We alone; one
    that says "we" only twice gets no such role."""
    text = (
        "# Complaints Procedure\n\nIf you have a complaint, please speak to the Practice Manager, who deals with all "
        "complaints for the Practice.\n\nWe will acknowledge your complaint within 3 working days. We aim to look into it "
        "and reply within 10 working days. If we need more time, we will tell you why.\n\nThe Practice is committed to "
        "learning from complaints.\n"
    )
    assert _roles(_import(tmp_path, text, ".md")) == [("Practice Manager", None), ("We", "Practice")]
    nameless = text.replace("for the Practice", "for us").replace("The Practice is", "We are")
    assert ("We", "Practice") in _roles(_import(tmp_path, nameless, ".md"))  # named only in its post
    unnamed = nameless.replace("the Practice Manager", "our receptionist")
    assert _roles(_import(tmp_path, unnamed, ".md")) == [("Receptionist", None), ("We", None)]
    twice = (
        unnamed.replace("We aim to", "The receptionist aims to")
        .replace("we will tell", "you will be told")
        .replace("We are", "The receptionist is")
    )
    assert _titles(tmp_path, twice, ".md") == ["Receptionist"]


def test_a_company_that_speaks_as_we_is_a_role_titled_we_held_by_its_name(tmp_path: Path):
    """A broadband firm's page that names itself (Swift Internet is committed to…) and speaks as "we" after: one role
    titled We held by the name, as a transcriber writes it (we / Swift Internet), not a second role for the name."""
    text = (
        "Complaints Code\n"
        "Swift Internet is committed to resolving complaints quickly and fairly.\n"
        "We will acknowledge your complaint within 2 working days.\n"
        "If we cannot resolve it within 8 weeks, we will send you a deadlock letter.\n"
    )
    roles = _roles(_import(tmp_path, text))
    assert ("We", "Swift Internet") in roles
    assert not [title for title, _ in roles if title == "Swift Internet"]


def test_the_role_titled_we_has_what_it_says_it_will_do_as_its_duties(tmp_path: Path):
    """The organisation speaking as "we" is given its "we will…" sentences as duties, each once and in order (it had
    none, and lint's PC210 said so of every draft with such a role); what others do is none of its duties."""
    text = (
        "Complaints Code\n"
        "Swift Internet is committed to resolving complaints quickly and fairly.\n"
        "We will acknowledge your complaint within 2 working days. The Complaints Manager will review it.\n"
        "If we cannot resolve it within 8 weeks, we will send you a deadlock letter.\n"
        "We will acknowledge your complaint within 2 working days.\n"
    )
    roles = (_import(tmp_path, text).get("organisation") or {}).get("roles", [])
    we = next(role for role in roles if role["title"] == "We")
    assert we["duties"] == [
        "We will acknowledge your complaint within 2 working days",
        "If we cannot resolve it within 8 weeks, we will send you a deadlock letter",
    ]


def test_a_club_that_gives_itself_work_in_the_third_person_is_a_role(tmp_path: Path):
    """A sports club's procedure that never says "we" but "The Club will acknowledge…", "the Club expects…": the club
    acting is a role as a practice saying "we will" is, titled by its noun (it was none), whatever noun of those it
    calls itself by (the School); said once, it is not."""
    text = (
        "# Complaints Procedure\n\nComplaints should be made in writing to the Club Secretary.\n\nThe Club will "
        "acknowledge the complaint within 7 days. The Secretary will refer it to the Committee.\n\nThe Club expects "
        "all members to respect the outcome of the procedure.\n"
    )
    assert _titles(tmp_path, text, ".md") == ["Club Secretary", "Secretary", "Committee", "Club"]
    once = text.replace("The Club expects", "The Committee expects")
    assert "Club" not in _titles(tmp_path, once, ".md")
    # any noun an organisation calls itself by, as for "we": the School, the Centre
    school = text.replace("Club Secretary", "School Secretary").replace("The Club", "The School")
    assert "School" in _titles(tmp_path, school, ".md")


def test_titled_posts_a_complaint_is_reported_addressed_or_raised_to_are_roles(tmp_path: Path):
    """ "report the matter to the Club Secretary", "address it to the Head Teacher", "an appointment should be made with
    the Phase Leader, Deputy Headteacher or Headteacher", "passed to the Club President": each titled post a role (an
    article before the title, a list of titles, and the words President, Treasurer and Teacher ended the phrase); the
    last words of a longer name (the Scottish Public Services Ombudsman) are no post."""
    text = (
        "Complaints Procedure\n"
        "1. They should report the matter to the Club Secretary or another member of the Club Committee.\n"
        "2. If a satisfactory conclusion is not reached, then an appointment should be made with the Phase Leader, "
        "Deputy Headteacher or Headteacher.\n"
        "3. Parents are asked to put their concern in writing and address it to the Head Teacher.\n"
        "4. An appeal will be passed to the Club President.\n"
        "5. If you are still unhappy you may write to the Scottish Public Services Ombudsman.\n"
    )
    titles = _titles(tmp_path, text)
    # (Headteacher and Head Teacher are one post, one role)
    for post in ("Club Secretary", "Phase Leader", "Deputy Headteacher", "Head Teacher", "Club President"):
        assert post in titles, titles
    assert not [t for t in titles if "Public Services" in t]


def test_a_list_of_what_each_unit_is_charged_with_gives_each_unit_as_a_role(tmp_path: Path):
    """(一)風災、火災:消防局。 (二)水災、旱災:水利資源處。 (a county's division of disasters among its bureaus): each
    bureau a role, what it is charged with its duty (none was a role); a page's labels (主管機關: 嘉義縣消防局) and a
    roster's posts (组长：总带队及副总带队) are none of it, nor a place (本府：第二會議室)."""
    text = (
        "宜蘭縣災害應變中心作業要點\n"
        "一、本要點依災害防救法訂定之。\n"
        "二、應變中心各局處之權責分工如下:\n"
        "(一)風災、震災、火災、爆炸災害:消防局。\n"
        "(二)水災、旱災、土石流災害:水利資源處。\n"
        "(三)生物病原災害:衛生局。\n"
        "三、會議地點如下:\n"
        "(一)本府:第二會議室。\n"
        "(二)離島地區:七美鄉公所。\n"
    )
    roles = (_import(tmp_path, text).get("organisation") or {}).get("roles", [])
    duties = {role["title"]: role.get("duties") for role in roles}
    assert duties["消防局"] == ["風災、震災、火災、爆炸災害"]
    assert duties["水利資源處"] == ["水災、旱災、土石流災害"]
    assert "衛生局" in duties
    assert "第二會議室" not in duties and not duties.get("七美鄉公所")
    labels = "主管機關: 嘉義縣消防局\n發文機關: 嘉義縣政府\n一、本要點依災害防救法訂定之。\n"
    assert not (_import(tmp_path, labels).get("organisation") or {}).get("roles")
