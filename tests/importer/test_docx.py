"""Importing Word documents: headings by style, tables of roles, page headers, numbered steps."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from plancraft.cli import main
from plancraft.importer import import_document
from tests.importer.documents import add_table


def _document(path: Path) -> Path:
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "东银发〔2025〕3号"
    d.add_paragraph("客户投诉应急预案", style="Title")
    d.add_paragraph("为及时妥善处理客户投诉，根据《银行业保险业消费投诉处理管理办法》，制定本预案。")
    d.add_heading("组织机构及职责", level=1)
    d.add_paragraph("成立客户投诉应急领导小组。")
    table = d.add_table(rows=3, cols=4)
    for row, cells in zip(
        table.rows,
        [
            ("职务", "姓名", "职责", "电话"),
            ("组长", "张三", "全面负责投诉应急处置", "023-53221000"),
            ("副组长", "李四", "协助组长", "023-53221001"),
        ],
    ):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    d.add_heading("分级标准", level=1)
    d.add_paragraph("一般投诉：客户对服务不满，情绪基本平稳。")
    d.add_paragraph("重大投诉：20人以上集体投诉或涉及金额50万元以上。")
    d.add_heading("应急处置", level=1)
    d.add_heading("处理现场投诉", level=2)
    d.add_paragraph("大堂经理将客户引导至接待室，10分钟内听取投诉事由。", style="List Number")
    d.add_paragraph("网点负责人在1小时内作出答复。", style="List Number")
    d.add_paragraph("紧急用款援助每位客户不得超过伍仟元，由网点负责人审批。")
    d.add_paragraph("本预案自2025年3月1日起施行。")
    d.save(path)
    return path


def test_docx_import_reads_styles_tables_and_headers(tmp_path: Path):
    source = _document(tmp_path / "plan.docx")
    out = tmp_path / "plan.yaml"
    result = CliRunner().invoke(main, ["import", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert CliRunner().invoke(main, ["validate", "--no-cache", str(out)]).exit_code == 0
    data = import_document(source).data
    document = data["document"]
    assert document["title"] == "客户投诉应急预案"
    assert document["number"] == "东银发〔2025〕3号"
    assert document["effective"] == "2025-03-01"
    assert document["basis"] == ["《银行业保险业消费投诉处理管理办法》"]
    roles = {r["title"]: r for r in data["organisation"]["roles"]}
    assert roles["组长"]["holder"] == "张三"
    assert roles["组长"]["contact"] == {"phone": "023-53221000"}
    assert roles["组长"]["duties"] == ["全面负责投诉应急处置"]
    [group] = data["organisation"]["groups"]
    assert group["name"] == "客户投诉应急领导小组"
    assert group["leader"] == roles["组长"]["id"] and group["deputies"] == [roles["副组长"]["id"]]
    levels = data["levels"]
    assert [lv["name"] for lv in levels] == ["一般投诉", "重大投诉"]
    assert levels[1]["thresholds"] == [
        {"measure": "人数", "min": 20, "unit": "人"},
        {"measure": "涉及金额", "min": 500000, "unit": "CNY"},
    ]
    [scenario] = data["scenarios"]
    assert scenario["title"] == "处理现场投诉"
    steps = scenario["actions"]
    # 大堂经理将客户引导至接待室，10分钟内听取投诉事由: two acts, the deadline with the second, one actor for both
    assert steps[0]["do"] == "大堂经理将客户引导至接待室" and steps[0]["by"] == roles["大堂经理"]["id"]
    assert steps[1]["within"] == "10min" and steps[1]["by"] == roles["大堂经理"]["id"]
    assert steps[2]["within"] == "1h"
    [cap] = data["limits"]
    assert (cap["max"], cap["currency"], cap["approver"]) == (5000, "CNY", roles["网点负责人"]["id"])
    text = out.read_text(encoding="utf-8")
    assert "holder: 张三  # 原文：表1第2行" in text
    assert "number: 东银发〔2025〕3号  # 原文：页眉页脚" in text


def test_word_automatic_numbering_makes_headings_and_steps(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("突发事件应急预案")
    d.add_paragraph("适用范围", style="List Number")
    d.add_paragraph("本预案适用于本公司各营业厅发生的客户投诉事件。")
    d.add_paragraph("应急处置", style="List Number")
    d.add_paragraph("值班经理接报后在15分钟内到达现场并了解情况。", style="List Bullet")
    d.add_paragraph("客服专员在24小时内回复客户并登记处理结果。", style="List Bullet")
    path = tmp_path / "numbered.docx"
    d.save(path)
    data = import_document(path).data
    assert data["document"]["title"] == "突发事件应急预案"
    assert data["scope"] == "本预案适用于本公司各营业厅发生的客户投诉事件。"
    [scenario] = data["scenarios"]
    assert [s["within"] for s in scenario["actions"]] == ["15min", "24h"]


def _procedure_table(path: Path, title: str, heading: str, rows: list[tuple[str, ...]]) -> dict:
    """A document of a title line, a heading line and one table of the procedure, imported."""
    d = docx.Document()
    d.add_paragraph(title)
    d.add_paragraph(heading)
    add_table(d, rows)
    d.save(path)
    return import_document(path).data


def test_a_table_of_the_procedure_gives_steps_with_who_and_by_when(tmp_path: Path):
    data = _procedure_table(
        tmp_path / "process.docx",
        "客户投诉处理流程",
        "一、处理流程",
        [
            ("环节", "工作内容", "责任部门", "时限"),
            ("受理登记", "登记投诉人信息", "客服部", "当日"),
            ("调查核实", "核实投诉事项", "业务部门", "5个工作日"),
        ],
    )
    [scenario] = data["scenarios"]
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert [(s["do"], roles[s["by"]], s["within"]) for s in scenario["actions"]] == [
        ("受理登记：登记投诉人信息", "客服部", "1d"),
        ("调查核实：核实投诉事项", "业务部门", "5wd"),
    ]


def test_a_procedure_table_whose_second_column_is_the_response_gives_that_response_as_the_step(tmp_path: Path):
    """步骤 | 响应程序 | 责任人: the step column only names the stage; what is done is in the 响应程序 column."""
    data = _procedure_table(
        tmp_path / "station.docx",
        "加气站储罐泄漏现场处置方案",
        "一、储罐泄漏",
        [
            ("步骤", "响应程序", "责任人"),
            ("事件确认与报警", "发现泄漏后，立即停止加气，汇报站长。", "值班员"),
            ("方案启动", "站长根据现场情况确定启动应急方案。", "站长"),
        ],
    )
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert [(s["do"], roles[s["by"]]) for s in data["scenarios"][0]["actions"]] == [
        ("事件确认与报警：发现泄漏后，立即停止加气，汇报站长。", "值班员"),
        ("方案启动：站长根据现场情况确定启动应急方案。", "站长"),
    ]


@pytest.mark.parametrize(
    ("header", "rows", "kind"),
    [
        (("部门", "联系人", "电话"), [("客服部", "张三", "0571-88888888")], "roles"),
        (("环节", "工作内容", "责任人员", "时限"), [("受理登记", "登记投诉人信息", "客服专员", "1个工作日")], "steps"),
    ],
)
def test_a_contact_table_names_units_and_a_procedure_table_with_a_person_column_is_still_a_procedure(
    tmp_path: Path, header, rows, kind
):
    d = docx.Document()
    d.add_paragraph("客户投诉应急预案")
    d.add_paragraph("一、应急联络与处理")
    table = d.add_table(rows=1 + len(rows), cols=len(header))
    for r, row in enumerate([header, *rows]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "table.docx"
    d.save(path)
    data = import_document(path).data
    if kind == "roles":
        [role] = data["organisation"]["roles"]
        assert (role["title"], role["holder"], role["contact"]["phone"]) == ("客服部", "张三", "0571-88888888")
    else:
        [step] = [s for sc in data["scenarios"] for s in sc["actions"]]
        assert step["do"] == "受理登记：登记投诉人信息" and step["within"] == "1wd"


def test_rules_in_words_own_numbering_are_the_procedure(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("投诉处理制度", style="Title")
    for text in ["受理部门接到客户的投诉，应当在接到投诉当日登记。", "承办部门应当在5个工作日内调查核实。"]:
        d.add_paragraph(text, style="List Number")
    path = tmp_path / "rules.docx"
    d.save(path)
    [scenario] = import_document(path).data["scenarios"]
    assert [s["within"] for s in scenario["actions"]] == ["1d", "5wd"]


def _standards(tmp_path: Path, rows: list[tuple[str, ...]]) -> dict:
    d = docx.Document()
    d.add_paragraph("服務指標", style="Title")
    add_table(d, rows)
    source = tmp_path / "standards.docx"
    d.save(source)
    result = CliRunner().invoke(main, ["import", str(source), "-o", str(tmp_path / "standards.yaml")])
    assert result.exit_code == 0, result.output
    return import_document(source).data


def test_a_table_of_service_standards_with_no_header_is_what_is_done_and_by_when(tmp_path: Path):
    # 服務指標: area | what | standard, a merged area cell left empty below; no header names a column, yet the cells
    # state periods: each row is a step, what it names and its standard, by when where the standard says
    data = _standards(
        tmp_path,
        [
            ("保安", "緊急事件召喚", "十分鐘內抵達"),
            ("", "突擊巡查保安員的表現", "每月最少兩次突擊巡查"),
            ("升降機", "緊急故障", "五分鐘內當值人員到場"),
            ("", "", "一小時內派人搶修"),
            ("投訴事項", "複雜事項", "七個工作天內覆妥"),
        ],
    )
    (scenario,) = data["scenarios"]
    assert scenario["title"] == "服務指標"
    assert [(a["do"], a.get("within")) for a in scenario["actions"]] == [
        ("緊急事件召喚：十分鐘內抵達", "10min"),
        ("突擊巡查保安員的表現：每月最少兩次突擊巡查", None),
        ("緊急故障：五分鐘內當值人員到場", "5min"),
        ("緊急故障：一小時內派人搶修", "1h"),
        ("複雜事項：七個工作天內覆妥", "7wd"),
    ]
    # the time before a post is no part of its title (五分鐘內當值人員 is 當值人員)
    assert [r["title"] for r in data["organisation"]["roles"]] == ["當值人員"]


def test_a_table_of_turnaround_times_that_opens_each_row_with_its_time_gives_what_each_time_is_for(tmp_path: Path):
    """服务周转时间: a Malaysian bank's table whose rows open with the time (三个营运日之内) and go on to what it is
    for, a dash where a party has nothing to do: each row a time limit of what comes after its time, 营运日 a working
    day; a closing line that tells the reader where to ask (…前往您附近的豐隆银行分行) is no issuer."""
    d = docx.Document()
    d.add_paragraph("服务周转时间", style="Title")
    add_table(
        d,
        [
            ("回应查询的周转时间", "银行客服中心至客户", "客户银行至客户"),
            ("一个营运日之内", "银行确认客户查询", "-"),
            ("三个营运日之内", "简单查询", "-"),
            ("七个营运日之内", "复杂查询", "-"),
        ],
    )
    d.add_paragraph("欲查询详情请在网上与我们联系或前往您附近的豐隆银行分行")
    source = tmp_path / "turnaround.docx"
    d.save(source)
    result = CliRunner().invoke(main, ["import", str(source), "-o", str(tmp_path / "turnaround.yaml")])
    assert result.exit_code == 0, result.output
    data = import_document(source).data
    assert [(t["what"], t["within"]) for t in data["time_limits"]] == [
        ("银行确认客户查询 一个营运日之内", "1wd"),
        ("简单查询 三个营运日之内", "3wd"),
        ("复杂查询 七个营运日之内", "7wd"),
    ]
    assert "issuer" not in data["document"]


def test_two_rows_of_standards_with_no_header_give_the_deadlines_their_cells_state(tmp_path: Path):
    # too short to be a procedure: the table stays text, its deadlines time limits of what each row names
    data = _standards(tmp_path, [("保安", "緊急事件召喚", "十分鐘內抵達"), ("升降機", "緊急故障", "五分鐘內當值人員到場")])
    assert [(t["what"], t["within"]) for t in data["time_limits"]] == [
        ("緊急事件召喚 十分鐘內抵達", "10min"),
        ("緊急故障 五分鐘內當值人員到場", "5min"),
    ]
    assert "緊急事件召喚" in str(data["x-unmapped"])


def test_a_table_of_cases_and_their_handling_gives_a_scenario_a_case(tmp_path: Path):
    """序号 | 偶发事件 | 处理办法, with 监考员 | 巡视员 under 处理办法: each case a scenario, each handling cell its steps,
    done by the post over its column; a case with nothing to do is kept, not dropped."""
    data = _procedure_table(
        tmp_path / "cases.docx",
        "考试偶发事件处理办法",
        "一、偶发事件处理",
        [
            ("序号", "偶发事件", "处理办法", ""),
            ("", "", "监考员", "巡视员"),
            ("1", "考生坐错位置", "立即责令其坐到相应座位。", "查明考生的确切位置，安排考生进场考试。"),
            ("2", "考场秩序遇到外来干扰", "尽力排除干扰并立即报告值班总监。", "协助排除外来干扰。"),
            ("3", "其他情况", "", ""),
        ],
    )
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert [(str(s["title"]), [(str(a["do"]), roles.get(a.get("by"))) for a in s["actions"]]) for s in data["scenarios"]] == [
        (
            "考生坐错位置",
            [("立即责令其坐到相应座位", "监考员"), ("查明考生的确切位置", "巡视员"), ("安排考生进场考试", "巡视员")],
        ),
        ("考场秩序遇到外来干扰", [("尽力排除干扰并立即报告值班总监", "监考员"), ("协助排除外来干扰", "巡视员")]),
    ]
    assert any("其他情况" in str(item["text"]) for item in data["x-unmapped"])


def test_a_case_table_row_without_a_case_goes_on_with_the_case_above(tmp_path: Path):
    """客户投诉事件 | (the case in detail) | 处理方法: a merged case cell covers the rows under it; the detail is the
    condition each row's step answers."""
    data = _procedure_table(
        tmp_path / "florist.docx",
        "鲜花网投诉处理办法",
        "投诉处理",
        [
            ("客户投诉事件", "", "处理方法"),
            ("误单", "在预先约定的日期没有送达", "将订单金额的50%存入订货人的账户内。"),
            ("", "没有按时段送达", "补送道歉鲜花。"),
            ("花材不符", "主花材数量不符", "向收花人道歉并补送鲜花。"),
        ],
    )
    assert [(str(s["title"]), [(str(a.get("when")), str(a["do"])) for a in s["actions"]]) for s in data["scenarios"]] == [
        ("误单", [("在预先约定的日期没有送达", "将订单金额的50%存入订货人的账户内"), ("没有按时段送达", "补送道歉鲜花")]),
        ("花材不符", [("主花材数量不符", "向收花人道歉并补送鲜花")]),
    ]


def test_a_case_table_with_who_and_by_when_columns_gives_each_case_its_owner_and_deadline(tmp_path: Path):
    """事件 | 处置措施 | 责任部门 | 时限; Situation | What to do | Who: the owner and deadline columns go with each case's
    steps; a table with a column of anything else (原因) is read as before, not as cases."""
    data = _procedure_table(
        tmp_path / "owners.docx",
        "营业厅突发事件处置办法",
        "一、处置",
        [
            ("事件", "处置措施", "责任部门", "时限"),
            ("客户在营业厅突发疾病", "拨打120急救电话并通知家属。", "营业部", "10分钟"),
            ("客户聚集投诉", "安抚客户情绪，引导至接待室。", "客服部", "30分钟"),
        ],
    )
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert [
        (str(s["title"]), [(str(a["do"]), roles.get(a.get("by")), a.get("within")) for a in s["actions"]])
        for s in data["scenarios"]
    ] == [
        ("客户在营业厅突发疾病", [("拨打120急救电话并通知家属", "营业部", "10min")]),
        ("客户聚集投诉", [("安抚客户情绪", "客服部", None), ("引导至接待室", "客服部", "30min")]),
    ]
    english = _procedure_table(
        tmp_path / "en.docx",
        "Incident Procedure",
        "1. Incidents",
        [
            ("Incident", "What to do", "Who"),
            ("A customer falls ill", "Call an ambulance and stay with the customer.", "Duty Manager"),
            ("A customer becomes aggressive", "Ask the customer to leave and call the police.", "Security Officer"),
        ],
    )
    roles = {r["id"]: r["title"] for r in english["organisation"]["roles"]}
    assert [(str(s["title"]), {roles.get(a.get("by")) for a in s["actions"]}) for s in english["scenarios"]] == [
        ("A customer falls ill", {"Duty Manager"}),
        ("A customer becomes aggressive", {"Security Officer"}),
    ]
    other = _procedure_table(
        tmp_path / "causes.docx",
        "投诉分析",
        "一、分析",
        [("问题", "原因", "处理办法"), ("送货延误", "车辆不足", "增派车辆。"), ("商品破损", "包装不当", "改进包装。")],
    )
    assert not [s for s in other.get("scenarios") or [] if str(s["title"]) in ("送货延误", "商品破损")]
