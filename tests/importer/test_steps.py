"""Steps, scenarios and escalation in the forms plans state their procedure (importer/steps.py): each test builds
a small document, imports it, checks the steps exactly and that the draft validates."""

from __future__ import annotations

from pathlib import Path

import docx
from click.testing import CliRunner

from plancraft.cli import main
from plancraft.importer import import_document
from plancraft.loader import load
from tests.importer.documents import add_table, import_validated, table_under_heading


def _import(tmp_path: Path, text: str, name: str = "plan.txt") -> dict:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    out = tmp_path / f"{source.stem}.yaml"
    result = CliRunner().invoke(main, ["import", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    checked = CliRunner().invoke(main, ["validate", str(out)])
    assert checked.exit_code == 0, checked.output
    return import_document(source).data


def _steps(scenario: dict) -> list[tuple]:
    return [(a.get("when"), a["do"], a.get("by"), a.get("within")) for a in scenario.get("actions") or []]


def _role_titles(data: dict) -> dict[str, str]:
    return {r["id"]: r["title"] for r in data.get("organisation", {}).get("roles") or []}


def test_a_graded_scenario_opens_with_its_trigger_and_a_sentence_of_several_actors_gives_several_steps(tmp_path: Path):
    data = _import(
        tmp_path,
        "信访事件应急预案\n\n一级应急预案\n\n"
        "发生5人以下信访事件，启动一级应急预案。由分公司办公室通知责任单位，责任单位负责人要在1小时内到场接访。\n\n"
        "二级应急预案\n\n"
        "发生打条幅、围堵大门的信访事件。保卫部经理要到场维护秩序，同时在2小时内将基本情况报告分管领导。\n",
    )
    first, second = data["scenarios"][:2]
    assert first["triggers"] == ["发生5人以下信访事件"]
    titles = _role_titles(data)
    assert [(w, d, titles.get(b), t) for w, d, b, t in _steps(first)] == [
        (None, "由分公司办公室通知责任单位", "分公司办公室", None),
        (None, "责任单位负责人要在1小时内到场接访", "责任单位负责人", "1h"),
    ]
    assert second["triggers"] == ["发生打条幅、围堵大门的信访事件"]
    assert [(w, d, titles.get(b), t) for w, d, b, t in _steps(second)] == [
        (None, "保卫部经理要到场维护秩序", "保卫部经理", None),
        (None, "在2小时内将基本情况报告分管领导", "保卫部经理", "2h"),
    ]


def test_the_owner_of_a_step_is_the_post_it_opens_with_not_one_it_mentions(tmp_path: Path):
    data = _import(
        tmp_path,
        "客户投诉处理程序\n\n一、处理流程\n\n"
        "1. 接到投诉后，客服专员应在1小时内登记，并转交客户服务部。\n"
        "2. 事件处置完毕后5个工作日内，客服部经理向领导小组提交书面报告。\n"
        "3. 网点负责人应立即上报分行消费者权益保护部。\n",
    )
    [scenario] = data["scenarios"]
    titles = _role_titles(data)
    assert [(d, titles.get(b), t) for _, d, b, t in _steps(scenario)] == [
        ("接到投诉后，客服专员应在1小时内登记", "客服专员", "1h"),
        ("转交客户服务部", "客服专员", None),
        ("事件处置完毕后5个工作日内，客服部经理向领导小组提交书面报告", "客服部经理", "5wd"),
        ("网点负责人应立即上报分行消费者权益保护部", "网点负责人", None),
    ]


def test_english_steps_lose_their_numbers_and_what_happens_next_is_a_procedure(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints Handling Procedure\n\n1. Responsibilities\n\n"
        "The Member of Staff and the Team Leader handle complaints at the first stage.\n\n"
        "2. Stage 1: Frontline resolution\n\n"
        "Step 1: The member of staff who receives the complaint will log it within one working day.\n"
        "Step 2: The Team Leader will try to resolve the complaint within 5 working days.\n\n"
        "3. What happens next\n\n"
        "We will contact you within 2 working days. We will then investigate your complaint. "
        "Finally, we will write to you with our decision.\n",
    )
    stage, after = data["scenarios"]
    titles = _role_titles(data)
    assert [(d, titles.get(b), t) for _, d, b, t in _steps(stage)] == [
        ("The member of staff who receives the complaint will log it within one working day", "Member of staff", "1wd"),
        ("The Team Leader will try to resolve the complaint within 5 working days", "Team Leader", "5wd"),
    ]
    assert after["title"] == "What happens next"
    assert [d for _, d, _, _ in _steps(after)] == [
        "We will contact you within 2 working days",
        "We will then investigate your complaint",
        "Finally, we will write to you with our decision",
    ]


def test_kinds_of_case_are_scenarios_and_the_items_that_name_no_case_are_the_sections_procedure(tmp_path: Path):
    data = _import(
        tmp_path,
        "某银行消费者投诉处理办法\n\n第一章 总则\n\n第一条 为规范消费者投诉处理工作，制定本办法。\n\n第二章 投诉处理流程\n\n"
        "第五条 接到投诉后，受理人员应当即时登记。承办部门应在10个工作日内调查核实，报部门负责人审核后答复客户。\n"
        "第六条 对于群体性投诉，网点负责人应立即上报分行消费者权益保护部，分行应在1小时内派员赶赴现场。\n"
        "第七条 对于媒体曝光的投诉，办公室应在2小时内报告行长。\n"
        "第八条 不能当场解决的，消费者权益保护部应在5个工作日内回访客户。\n",
    )
    titles = _role_titles(data)
    general, group, media = data["scenarios"]
    assert general["title"] == "投诉处理流程"
    assert [(w, d, titles.get(b), t) for w, d, b, t in _steps(general)] == [
        (None, "接到投诉后，受理人员应当即时登记", "受理人员", None),
        (None, "承办部门应在10个工作日内调查核实", "承办部门", "10wd"),
        (None, "报部门负责人审核后答复客户", "承办部门", None),
        ("不能当场解决的", "消费者权益保护部应在5个工作日内回访客户", "消费者权益保护部", "5wd"),
    ]
    assert titles[general["actions"][2]["approval"]] == "部门负责人"
    assert (group["title"], group["triggers"]) == ("群体性投诉", ["群体性投诉"])
    assert [(d, titles.get(b), t) for _, d, b, t in _steps(group)] == [
        ("网点负责人应立即上报分行消费者权益保护部", "网点负责人", None),
        ("分行应在1小时内派员赶赴现场", None, "1h"),
    ]
    assert [(r["when"], titles.get(r["to"])) for r in group["escalation"]] == [("群体性投诉", "分行消费者权益保护部")]
    assert [(d, t) for _, d, _, t in _steps(media)] == [("办公室应在2小时内报告行长", "2h")]


def test_a_docx_procedure_table_and_listed_steps_under_a_case_heading(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_paragraph("客户投诉处理预案", style="Title")
    d.add_heading("应急处置", level=1)
    d.add_heading("投诉处理流程", level=2)
    table = d.add_table(rows=4, cols=4)
    rows = [
        ("环节", "工作内容", "责任人", "时限"),
        ("受理登记", "接收投诉并登记", "客服专员", "1小时内"),
        ("调查核实", "核实投诉事实，提出处理意见", "客服部经理", "3个工作日"),
        ("答复客户", "将处理结果告知客户", "客服专员", "当日"),
    ]
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    d.add_heading("群体性投诉", level=2)
    d.add_paragraph("网点负责人应立即报告分行办公室，分行办公室在30分钟内派员到场。", style="List Number")
    d.add_paragraph("如客户情绪激动，保卫人员应维持现场秩序。", style="List Number")
    d.save(tmp_path / "plan.docx")
    out = tmp_path / "plan.yaml"
    assert CliRunner().invoke(main, ["import", str(tmp_path / "plan.docx"), "-o", str(out)]).exit_code == 0
    assert CliRunner().invoke(main, ["validate", str(out)]).exit_code == 0
    data = import_document(tmp_path / "plan.docx").data
    titles = _role_titles(data)
    table_steps, listed = data["scenarios"]
    assert table_steps["title"] == "投诉处理流程"
    assert [(d, titles.get(b), t) for _, d, b, t in _steps(table_steps)] == [
        ("受理登记：接收投诉并登记", "客服专员", "1h"),
        ("调查核实：核实投诉事实，提出处理意见", "客服部经理", "3wd"),
        ("答复客户：将处理结果告知客户", "客服专员", "1d"),
    ]
    assert [(w, d, titles.get(b), t) for w, d, b, t in _steps(listed)] == [
        (None, "网点负责人应立即报告分行办公室", "网点负责人", None),
        (None, "分行办公室在30分钟内派员到场", "分行办公室", "30min"),
        ("如客户情绪激动", "保卫人员应维持现场秩序", "保卫人员", None),
    ]


def test_approval_in_english_and_in_chinese(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints Procedure\n\n1. Responsibilities\n\nThe Complaints Manager and the Head of Service handle complaints.\n\n"
        "2. Investigation\n\n"
        "- The Complaints Manager will offer a remedy with the approval of the Head of Service.\n"
        "- The Complaints Manager will send the final response within 20 working days.\n",
    )
    titles = _role_titles(data)
    [scenario] = data["scenarios"]
    first, second = scenario["actions"]
    assert (titles[first["by"]], titles[first["approval"]]) == ("Complaints Manager", "Head of Service")
    assert "approval" not in second and second["within"] == "20wd"


def _caps(data: dict) -> list[tuple]:
    titles = _role_titles(data)
    return [(c["what"], c["max"], c["currency"], titles.get(c.get("approver"))) for c in data.get("limits") or []]


def test_caps_in_chinese_bind_to_their_cap_word_and_a_lower_bound_is_not_a_cap(tmp_path: Path):
    data = _import(
        tmp_path,
        "客户投诉应急预案\n\n一、组织机构\n\n客服专员、客服部经理和总经理负责投诉赔付。\n\n二、赔付权限\n\n"
        "客服专员可当场赔付不超过500元；超过500元、不超过5,000元的，须经客服部经理审批；"
        "超过伍仟元的，报总经理审批，单笔最高不超过1万元。\n"
        "紧急用款援助每位客户以2000元为限。\n",
    )
    assert _caps(data) == [
        ("当场赔付", 500, "CNY", "客服专员"),
        ("当场赔付", 5000, "CNY", "客服部经理"),
        ("当场赔付（单笔）", 10000, "CNY", "总经理"),
        ("紧急用款援助每位客户", 2000, "CNY", None),
    ]


def test_a_cap_per_unit_caps_what_the_case_before_it_pays(tmp_path: Path):
    # 需要赔付的，单笔不超过5000元: the cap is on the payout, per payment; 单笔 alone names nothing
    data = _import(
        tmp_path,
        "某支行投诉应急预案\n\n一、组织机构\n\n成立投诉处理领导小组，组长：行长。\n\n二、应急处置\n\n"
        "客户投诉需要赔付的，单笔不超过5000元，由组长审批。\n"
        "对确需先行赔偿的，每户不超过2000元。\n",
    )
    assert [(what, cap) for what, cap, _, _ in _caps(data)] == [("赔付（单笔）", 5000), ("先行赔偿（每户）", 2000)]


def test_an_english_cap_approved_by_a_post_written_in_lower_case_names_that_post(tmp_path: Path):
    # the Owner is given work in one sentence, "the owner" approves in another: one post; "a refund" caps refunds
    data = _import(
        tmp_path,
        "Harbour Bikes Complaints Policy\n\n1. Responsibilities\n\nThe Owner will review every complaint.\n\n"
        "2. Redress\n\nStaff may offer a refund of up to £100, approved by the owner.\n",
    )
    assert _caps(data) == [("refund", 100, "GBP", "Owner")]


def test_caps_in_english_with_their_approver(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints Procedure\n\n1. Responsibilities\n\nThe Complaints Manager and the Customer Services Director handle "
        "redress.\n\n2. Redress\n\nStaff may offer goodwill payments of up to £100 without approval. Payments of up to "
        "£1,000 must be approved by the Complaints Manager. Compensation of no more than 10,000 yuan requires the approval "
        "of the Customer Services Director. Payments above £1,000 are rare.\n",
    )
    assert _caps(data) == [
        ("goodwill payments", 100, "GBP", None),
        ("Payments", 1000, "GBP", "Complaints Manager"),
        ("Compensation", 10000, "CNY", "Customer Services Director"),
    ]


def test_a_fixed_sum_paid_to_the_complainant_is_a_cap_and_a_fee_is_not(tmp_path: Path):
    data = _import(
        tmp_path,
        "Customer Service Standards\n\n1. Our guarantees\n\nIf an engineer misses a booked visit, we will pay you £40 "
        "within ten working days. Where a letter is not answered on time you are entitled to a £25 goodwill payment. "
        "A late refund earns a fixed compensation amount of £15. Copies of old bills carry a £5 fee. Disputes worth "
        "£200 to £500 go to the panel.\n",
    )
    assert [(what, cap, currency) for what, cap, currency, _ in _caps(data)] == [
        ("payment if an engineer misses a booked visit", 40, "GBP"),
        ("goodwill payment where a letter is not answered on time", 25, "GBP"),
        ("fixed compensation amount", 15, "GBP"),
    ]


def test_a_table_of_guaranteed_payments_gives_a_cap_a_row(tmp_path: Path):
    import docx

    document = docx.Document()
    document.add_heading("Our Guaranteed Standards", 0)
    document.add_heading("1. Guaranteed payments", 1)
    document.add_paragraph("If we fail to meet one of these standards we will pay you as below.")
    add_table(
        document,
        [
            ["Standard", "What we promise", "Payment"],
            ["Appointments", "We keep every appointment we make", "£30"],
            ["Supply interruptions", "We restore supply within 24 hours", "£75, and £35 for each further 12 hours"],
            ["Copies of bills", "We send a copy when asked", "a £5 fee applies"],
        ],
    )
    path = tmp_path / "plan.docx"
    document.save(str(path))
    data = import_document(path).data
    assert [(c["what"], c["max"], c["currency"]) for c in data["limits"]] == [
        ("Appointments", 30, "GBP"),
        ("Supply interruptions", 75, "GBP"),
    ]


def test_compensation_in_yuan_and_a_bound_whose_unit_the_paragraph_leaves_out(tmp_path: Path):
    data = _import(
        tmp_path,
        "顾客投诉处理规定\n\n一、赔偿权限\n\n柜组长有权进行300以内的赔偿；楼层经理有权做出2000元以内的赔偿。\n"
        "商品质量问题经核实的，一次性补偿顾客50元购物券。\n对违反服务规范的员工罚款100元。\n"
        "赔偿金额超过5000元的，报总经理决定。\n",
    )
    assert [(what, cap) for what, cap, _, _ in _caps(data)] == [("赔偿", 300), ("赔偿", 2000), ("补偿", 50)]


def test_acts_in_turn_and_an_act_with_its_own_deadline_are_steps_and_a_note_is_a_key_point(tmp_path: Path):
    data = _import(
        tmp_path,
        "投诉应急预案\n\n一、应急处理程序\n\n"
        "接到投诉后，值班队长需立即赶到现场，立即联系投诉人了解具体情况，将情况上报投诉处理小组组长。\n"
        "对于案情较为复杂的情况，值班队长应及时通知客户，并在10个工作日内告知处理决定。\n"
        "注：客户在处理期限内再次提出同一投诉的，可以合并处理。\n\n"
        "二、不予受理的情况\n\n投诉不是由客户或者客户的受托人提出的。\n",
    )
    [scenario] = data["scenarios"]
    assert [(w, d, t) for w, d, _, t in _steps(scenario)] == [
        (None, "接到投诉后，值班队长需立即赶到现场", None),
        (None, "立即联系投诉人了解具体情况", None),
        (None, "将情况上报投诉处理小组组长", None),
        ("对于案情较为复杂的情况", "值班队长应及时通知客户", None),
        ("对于案情较为复杂的情况", "在10个工作日内告知处理决定", "10wd"),  # the condition goes on
    ]
    assert scenario["key_points"] == "客户在处理期限内再次提出同一投诉的，可以合并处理"
    assert data["scope"] == "不予受理的情况：投诉不是由客户或者客户的受托人提出的。"


def test_a_word_list_running_on_from_its_lead_in_is_steps_and_a_list_of_examples_is_not(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_paragraph("Complaints Procedure", style="Title")
    d.add_heading("What can I complain about?", level=1)
    d.add_paragraph("There are things we cannot deal with through our complaints procedure. These include:")
    d.add_paragraph("a request for an explanation of our policies", style="List Bullet")
    d.add_paragraph("an appeal against a court decision", style="List Bullet")
    d.add_heading("Investigation", level=1)
    d.add_paragraph("When we investigate a complaint we will:")
    d.add_paragraph("acknowledge receipt of your complaint within three working days", style="List Bullet")
    d.add_paragraph("discuss your complaint with you to understand why you are dissatisfied", style="List Bullet")
    d.add_paragraph("give you a full written response within 20 working days.", style="List Bullet")
    d.save(tmp_path / "plan.docx")
    out = tmp_path / "plan.yaml"
    assert CliRunner().invoke(main, ["import", str(tmp_path / "plan.docx"), "-o", str(out)]).exit_code == 0
    assert CliRunner().invoke(main, ["validate", str(out)]).exit_code == 0
    data = import_document(tmp_path / "plan.docx").data
    [scenario] = data["scenarios"]
    assert scenario["title"] == "Investigation"
    assert [(d, t) for _, d, _, t in _steps(scenario)] == [
        ("acknowledge receipt of your complaint within three working days", "3wd"),
        ("discuss your complaint with you to understand why you are dissatisfied", None),
        ("give you a full written response within 20 working days", "20wd"),
    ]
    assert {u["text"] for u in data["x-unmapped"]} >= {"When we investigate a complaint we will"}


def test_response_levels_numbered_steps_and_stages_named_first(tmp_path: Path):
    data = _import(
        tmp_path,
        "某公司投诉突发事件应急预案\n\n1 总则\n1.1 编制目的\n为有效应对投诉突发事件，制定本预案。\n\n2 应急响应\n2.1 一级响应\n"
        "（1）应急领导小组组长接报后30分钟内召开紧急会议；\n（2）办公室负责通知各成员单位到位；\n"
        "2.2 二级响应\n①客服中心主任组织人员核实情况；\n②客服中心在24小时内将处理意见报分管领导审批；\n"
        "③经分管领导同意后，客服中心答复客户。\n2.3 处置流程\n第一步：受理。客服专员接到投诉后当场登记。\n"
        "第二步：调查。责任部门在3个工作日内查明事实。\n\n3 后期处置\n事件处置结束后，办公室应在10个工作日内完成总结评估。\n",
    )
    titles = _role_titles(data)
    first, second, flow = data["scenarios"]
    assert (first["title"], second["title"], flow["title"]) == ("一级响应", "二级响应", "处置流程")
    assert [(d, titles.get(b), t) for _, d, b, t in _steps(first)] == [
        ("应急领导小组组长接报后30分钟内召开紧急会议", "应急领导小组组长", "30min"),
        ("办公室负责通知各成员单位到位", "办公室", None),
    ]
    assert [(d, titles.get(b), titles.get(a.get("approval"))) for (_, d, b, _), a in zip(_steps(second), second["actions"])] == [
        ("客服中心主任组织人员核实情况", "客服中心主任", None),
        ("客服中心在24小时内将处理意见报分管领导审批", "客服中心", "分管领导"),
        ("经分管领导同意后，客服中心答复客户", "客服中心", "分管领导"),
    ]
    assert [(d, t) for _, d, _, t in _steps(flow)] == [
        ("受理：客服专员接到投诉后当场登记", None),
        ("调查：责任部门在3个工作日内查明事实", "3wd"),
    ]
    assert "aftermath" in data


def test_several_scenarios_in_one_section_each_named_at_the_start_of_its_paragraph(tmp_path: Path):
    data = _import(
        tmp_path,
        "投诉应急处置预案\n\n一、应急处置\n"
        "一级响应：发生30人以上群体性投诉时，由应急领导小组组长统一指挥，办公室在1小时内上报市分公司。\n"
        "二级响应：发生10人以上群体性投诉时，由分管副总经理组织处置，客服部在2小时内报告总经理。\n"
        "三级响应：其他投诉由客服部按一般程序处理，5个工作日内办结。\n\n"
        "二、媒体曝光事件处置\n接到媒体采访或曝光信息后，办公室应立即报告总经理，并在4小时内拟定回应口径。\n",
    )
    titles = _role_titles(data)
    one, two, three, media = data["scenarios"]
    assert [s["title"] for s in (one, two, three, media)] == ["一级响应", "二级响应", "三级响应", "媒体曝光事件处置"]
    assert one["triggers"] == ["发生30人以上群体性投诉"]
    assert [(d, titles.get(b), t) for _, d, b, t in _steps(one)] == [
        ("由应急领导小组组长统一指挥", "应急领导小组组长", None),
        ("办公室在1小时内上报市分公司", "办公室", "1h"),
    ]
    assert [(r["when"], titles.get(r["to"]), r.get("within")) for r in one["escalation"]] == [
        ("发生30人以上群体性投诉", "市分公司", "1h")
    ]
    assert [(d, titles.get(b)) for _, d, b, _ in _steps(three)] == [("其他投诉由客服部按一般程序处理，5个工作日内办结", "客服部")]
    assert [(d, t) for _, d, _, t in _steps(media)] == [
        ("接到媒体采访或曝光信息后，办公室应立即报告总经理", None),
        ("在4小时内拟定回应口径", "4h"),
    ]
    assert [lv["name"] for lv in data["levels"]] == ["一级响应", "二级响应", "三级响应"]


def test_referring_a_complaint_to_an_ombudsman_is_an_escalation_rule_not_a_step(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints Procedure\n\n1. Investigation\n\n"
        "- The Complaints Manager will send a full response within 20 working days.\n"
        "- If you remain dissatisfied, you can refer your complaint to the Financial Ombudsman Service.\n",
    )
    [scenario] = data["scenarios"]
    assert [d for _, d, _, _ in _steps(scenario)] == ["The Complaints Manager will send a full response within 20 working days"]
    [rule] = scenario["escalation"]
    party = next(p for p in data["external"] if p["id"] == rule["to"])
    assert (rule["when"], party["name"]) == ("If you remain dissatisfied", "Financial Ombudsman Service")


def test_procedure_tables_with_a_number_column_and_who_and_when_columns(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_paragraph("Complaints Procedure", style="Title")
    d.add_heading("How we handle your complaint", level=1)
    tables = [
        [
            ("Step", "Action", "Who", "Timeframe"),
            ("1", "Log the complaint and send an acknowledgement", "Customer Services Officer", "2 working days"),
            ("2", "Investigate and prepare a response", "Complaints Manager", "15 working days"),
        ],
        [
            ("序号", "工作环节", "工作要求", "牵头部门", "完成时间"),
            ("1", "先期处置", "稳定客户情绪，控制现场", "营业网点", "立即"),
            ("2", "调查核实", "查明事实，形成报告", "消费者权益保护部", "3个工作日内"),
        ],
    ]
    for index, rows in enumerate(tables):
        if index:
            d.add_heading("重大投诉处置", level=1)
        add_table(d, rows)
    d.save(tmp_path / "plan.docx")
    out = tmp_path / "plan.yaml"
    assert CliRunner().invoke(main, ["import", str(tmp_path / "plan.docx"), "-o", str(out)]).exit_code == 0
    assert CliRunner().invoke(main, ["validate", str(out)]).exit_code == 0
    data = import_document(tmp_path / "plan.docx").data
    titles = _role_titles(data)
    english, chinese = data["scenarios"]
    assert [(d, titles.get(b), t) for _, d, b, t in _steps(english)] == [
        ("Log the complaint and send an acknowledgement", "Customer Services Officer", "2wd"),
        ("Investigate and prepare a response", "Complaints Manager", "15wd"),
    ]
    assert [(d, titles.get(b), t) for _, d, b, t in _steps(chinese)] == [
        ("先期处置：稳定客户情绪，控制现场", None, None),
        ("调查核实：查明事实，形成报告", "消费者权益保护部", "3wd"),
    ]


def test_the_one_a_complaint_is_referred_to_who_will_act_owns_the_step_and_events_start_steps(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints Policy\n\n1. Responsibilities\n\nThe Head of Customer Services handles complaints at stage two.\n\n"
        "2. Stage two\n\nIf you are not satisfied, the complaint will be referred to the Head of Customer Services, "
        "who will investigate and respond in writing within 20 working days.\n",
        name="en.txt",
    )
    [scenario] = data["scenarios"]
    # the referral a step, then the Head's two acts (investigate, and respond) a step each
    referral, first, second = scenario["actions"]
    assert (referral["when"], referral["do"]) == (
        "If you are not satisfied",
        "the complaint will be referred to the Head of Customer Services",
    )
    assert (_role_titles(data)[first["by"]], first["do"]) == ("Head of Customer Services", "will investigate")
    assert (_role_titles(data)[second["by"]], second["within"], second["do"]) == (
        "Head of Customer Services",
        "20wd",
        "respond in writing within 20 working days",
    )
    data = _import(
        tmp_path,
        "抢修应急预案\n\n一、应急处置\n\n调度部门要在接到工作单后5分钟内下达操作指令，变电运行人员接到操作指令后，要1个小时内完成操作。"
        "抢修单位要加强与用户沟通，抢修结束后要及时回访用户。\n",
    )
    [scenario] = data["scenarios"]
    assert [(d, t) for _, d, _, t in _steps(scenario)] == [
        ("调度部门要在接到工作单后5分钟内下达操作指令", "5min"),
        ("变电运行人员接到操作指令后，要1个小时内完成操作", "1h"),
        ("抢修单位要加强与用户沟通", None),
        ("抢修结束后要及时回访用户", None),
    ]


def test_response_levels_under_a_procedure_heading_and_a_step_with_its_own_deadline_keeps_its_actor(tmp_path: Path):
    data = _import(
        tmp_path,
        "供水集团客户投诉突发事件应急预案\n\n4 应急响应\n4.1 先期处置\n"
        "接到重大投诉报告后，客服中心值班人员应立即核实情况，做好记录，并在15分钟内报告客服中心主任。\n"
        "4.2 响应措施\n4.2.1 Ⅰ级响应\n（1）指挥部办公室在30分钟内通知各成员单位；\n（2）各成员单位负责人1小时内到岗。\n"
        "4.2.2 Ⅱ级响应\n由客服中心主任组织处置，必要时报请分管副总经理协调。\n",
    )
    titles = _role_titles(data)
    first, one, two = data["scenarios"]
    assert [(d, titles.get(b), t) for _, d, b, t in _steps(first)] == [
        # three acts in turn after the event: one step each (gaps4, as the transcriptions of heldout10/11 write them)
        ("接到重大投诉报告后，客服中心值班人员应立即核实情况", "客服中心值班人员", None),
        ("做好记录", "客服中心值班人员", None),
        ("在15分钟内报告客服中心主任", "客服中心值班人员", "15min"),
    ]
    assert (one["title"], two["title"]) == ("Ⅰ级响应", "Ⅱ级响应")
    # an act and the one done when needed: a step each, the actor going on (acts5: split by default)
    assert [(w, d, titles.get(b)) for w, d, b, _ in _steps(two)] == [
        (None, "由客服中心主任组织处置", "客服中心主任"),
        ("必要时", "报请分管副总经理协调", "客服中心主任"),
    ]
    assert sorted(lv["name"] for lv in data["levels"]) == ["Ⅰ级响应", "Ⅱ级响应"]


def test_sanctions_and_prohibitions_are_kept_but_are_not_steps(tmp_path: Path):
    data = _import(
        tmp_path,
        "投诉处理预案\n\n一、处理程序\n\n1. 客服专员应在1小时内登记投诉。\n2. 严禁相互推诿、久拖不决。\n"
        "3. 因推诿造成不良影响的，追究直接当事人责任。\n",
    )
    [scenario] = data["scenarios"]
    assert [d for _, d, _, _ in _steps(scenario)] == ["客服专员应在1小时内登记投诉"]
    kept = {u["text"] for u in data["x-unmapped"]}
    assert {"严禁相互推诿、久拖不决", "因推诿造成不良影响的，追究直接当事人责任"} <= kept


def test_an_escalation_section_and_a_stage_titled_by_its_condition_give_escalation_rules(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints Handling Policy\n\nStep 3 – Our response\n\n"
        "We will provide a final written response within 30 calendar days of receiving your complaint.\n\n"
        "Step 4 – If you are still not satisfied\n\n"
        "You may refer your complaint to the Australian Financial Complaints Authority (AFCA). "
        "AFCA provides a free and independent dispute resolution service.\n\n"
        "Internal escalation\n\nComplaints that involve a potential breach of law must be escalated to the Head of Risk "
        "within 2 business days.\n",
    )
    response, unhappy, internal = data["scenarios"]
    assert [(d, t) for _, d, _, t in _steps(response)] == [
        ("We will provide a final written response within 30 calendar days of receiving your complaint", "30d")
    ]
    assert "actions" not in unhappy
    parties = {p["id"]: p["name"] for p in data["external"]}
    assert [(r["when"], parties[r["to"]]) for r in unhappy["escalation"]] == [
        ("If you are still not satisfied", "Australian Financial Complaints Authority")
    ]
    assert [(r["when"], _role_titles(data)[r["to"]], r["within"]) for r in internal["escalation"]] == [
        ("Complaints that involve a potential breach of law", "Head of Risk", "2wd")
    ]


def test_a_sentence_of_bounds_only_is_a_cap_or_a_time_limit_not_a_step(tmp_path: Path):
    data = _import(
        tmp_path,
        "抢修投诉应急预案\n\n一、应急处置\n\n1. 抢修单位要在30分钟内到达现场。\n"
        "2. 普通客户支付金额上限不得超过5,000元，贵宾客户支付金额上限不得超过10,000元。\n"
        "3. 架空线路停电不得超过8个小时，电缆线路停电不得超过24小时。\n",
    )
    [scenario] = data["scenarios"]
    assert [(d, t) for _, d, _, t in _steps(scenario)] == [("抢修单位要在30分钟内到达现场", "30min")]
    assert [(c["what"], c["max"]) for c in data["limits"]] == [("普通客户支付金额", 5000), ("贵宾客户支付金额", 10000)]
    assert [t["within"] for t in data["time_limits"]] == ["8h", "24h"]


def test_a_flow_typed_on_one_line_is_steps_even_when_its_boxes_are_stages(tmp_path: Path):
    data = _import(tmp_path, "Complaints Procedure\n\nStage 1: Receive -> Stage 2: Investigate -> Stage 3: Respond\n")
    [scenario] = data["scenarios"]
    assert [d for _, d, _, _ in _steps(scenario)] == ["Stage 1: Receive", "Stage 2: Investigate", "Stage 3: Respond"]


def test_kinds_of_case_named_as_the_first_sentence_of_their_items_are_scenarios(tmp_path: Path):
    data = _import(
        tmp_path,
        "投诉应急预案\n\n三、应急处置\n（一）群体性投诉。网点负责人应立即报告支行，支行在1小时内派员到场。\n"
        "（二）媒体曝光事件。办公室应在2小时内报告行长，并统一对外口径。\n",
    )
    group, media = data["scenarios"]
    assert (group["title"], media["title"]) == ("群体性投诉", "媒体曝光事件")
    assert [(d, t) for _, d, _, t in _steps(group)] == [("网点负责人应立即报告支行", None), ("支行在1小时内派员到场", "1h")]
    assert [(d, t) for _, d, _, t in _steps(media)] == [("办公室应在2小时内报告行长", "2h"), ("统一对外口径", None)]


def test_a_long_english_condition_is_the_steps_when(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints Procedure\n\n1. Responsibilities\n\nThe Complaints Manager reviews escalated complaints.\n\n"
        "2. Stage 1\n\n- If the complaint cannot be resolved at Stage 1, it will be escalated to the Complaints Manager.\n"
        "- The Complaints Manager will reply within 10 working days.\n",
    )
    [scenario] = [s for s in data["scenarios"] if s["title"] == "Stage 1"]
    first = scenario["actions"][0]
    assert (first["when"], first["do"]) == (
        "If the complaint cannot be resolved at Stage 1",
        "it will be escalated to the Complaints Manager",
    )
    assert "by" not in first  # the one it is escalated to does not do the escalating
    [rule] = scenario["escalation"]
    assert (rule["when"], _role_titles(data)[rule["to"]]) == (
        "If the complaint cannot be resolved at Stage 1",
        "Complaints Manager",
    )


def test_tables_of_authority_limits_give_a_cap_per_post(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_paragraph("客户投诉赔付管理办法", style="Title")
    for heading, rows in (
        ("赔付审批权限", [("审批人", "单笔赔付限额"), ("网点负责人", "2000元"), ("支行行长", "1万元")]),
        ("Redress limits", [("Role", "Payment type", "Limit"), ("Team Leader", "Goodwill payment", "£250")]),
    ):
        d.add_heading(heading, level=1)
        add_table(d, rows)
    d.save(tmp_path / "plan.docx")
    out = tmp_path / "plan.yaml"
    assert CliRunner().invoke(main, ["import", str(tmp_path / "plan.docx"), "-o", str(out)]).exit_code == 0
    assert CliRunner().invoke(main, ["validate", str(out)]).exit_code == 0
    assert _caps(import_document(tmp_path / "plan.docx").data) == [
        ("单笔赔付", 2000, "CNY", "网点负责人"),
        ("单笔赔付", 10000, "CNY", "支行行长"),
        ("Goodwill payment", 250, "GBP", "Team Leader"),
    ]


def test_what_a_cap_limits_may_be_named_after_the_amount(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints Procedure\n\n1. Responsibilities\n\nThe Complaints Manager handles redress.\n\n2. Redress\n\n"
        "Staff can pay up to £50 in compensation without seeking approval. "
        "The maximum compensation we will pay is £5,000. "
        "Compensation payments are capped at £1,000 per complaint.\n",
        name="en.txt",
    )
    assert _caps(data) == [
        ("compensation", 50, "GBP", None),
        ("compensation", 5000, "GBP", None),
        ("Compensation payments", 1000, "GBP", None),
    ]
    data = _import(tmp_path, "投诉处理办法\n\n一、赔付权限\n\n客服经理有权批准不超过3000元的补偿。\n")
    assert _caps(data) == [("补偿", 3000, "CNY", "客服经理")]


def test_what_an_organisation_should_build_or_improve_is_policy_not_a_step(tmp_path: Path):
    data = _import(
        tmp_path,
        "投诉处理预案\n\n一、处理流程\n\n1. 客服专员应在1小时内登记投诉。\n2. 企业需要建立应急处理机制，明确责任人和处理流程。\n"
        "3. 不断增强服务意识，转变服务观念。\n4. 依据分行制定的《营业网点挂失应急预案》，只限于办理应急口头挂失。\n",
    )
    [scenario] = data["scenarios"]
    assert [d for _, d, _, _ in _steps(scenario)] == [
        "客服专员应在1小时内登记投诉",
        "依据分行制定的《营业网点挂失应急预案》，只限于办理应急口头挂失",
    ]


def test_the_deadlines_of_a_sentence_split_into_steps_are_the_steps_own(tmp_path: Path):
    data = _import(
        tmp_path,
        "投诉应急预案\n\n一、处置流程\n\n网点负责人应在1小时内报告支行办公室，支行办公室在2小时内派员到场。\n",
    )
    [scenario] = data["scenarios"]
    assert [t for _, _, _, t in _steps(scenario)] == ["1h", "2h"]
    assert "time_limits" not in data


def test_a_lead_in_ending_in_will_is_not_a_step_and_an_ombudsman_is_never_a_role_it_contains(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_paragraph("Complaints Handling Procedure", style="Title")
    d.add_heading("Stage 1 – Frontline resolution", level=1)
    d.add_paragraph("The service that receives the complaint will:")
    d.add_paragraph("record the complaint", style="List Bullet")
    d.add_paragraph("try to resolve it within 5 working days", style="List Bullet")
    d.add_heading("Stage 2 – Investigation", level=1)
    d.add_paragraph("The Complaints Officer will send a decision within 20 working days.", style="List Number")
    d.add_paragraph(
        "If the customer remains dissatisfied, they may contact the Scottish Public Services Ombudsman.", style="List Number"
    )
    d.save(tmp_path / "plan.docx")
    out = tmp_path / "plan.yaml"
    assert CliRunner().invoke(main, ["import", str(tmp_path / "plan.docx"), "-o", str(out)]).exit_code == 0
    assert CliRunner().invoke(main, ["validate", str(out)]).exit_code == 0
    data = import_document(tmp_path / "plan.docx").data
    first, second = data["scenarios"]
    assert [d for _, d, _, _ in _steps(first)] == ["record the complaint", "try to resolve it within 5 working days"]
    [rule] = second["escalation"]
    assert next(p["name"] for p in data["external"] if p["id"] == rule["to"]) == "Scottish Public Services Ombudsman"


def test_steps_listed_after_a_lead_in_are_its_subjects(tmp_path: Path):
    data = _import(
        tmp_path,
        "投诉处理办法\n\n一、处理流程\n受理人员应：\n（1）当场登记客户投诉；\n（2）在1小时内报告网点负责人。\n"
        "事后由办公室归档。\n",
    )
    [scenario] = data["scenarios"]
    titles = _role_titles(data)
    assert [(d, titles.get(b), t) for _, d, b, t in _steps(scenario)] == [
        ("当场登记客户投诉", "受理人员", None),
        ("在1小时内报告网点负责人", "受理人员", "1h"),
        ("事后由办公室归档", "办公室", None),
    ]
    assert {"受理人员应"} <= {u["text"] for u in data["x-unmapped"]}


def test_inline_markers_leave_the_steps_text_and_a_media_case_under_a_procedure_is_a_scenario(tmp_path: Path):
    data = _import(
        tmp_path,
        "投诉应急预案\n\n三、应急处置\n1. 群体性投诉：（1）网点负责人应立即报告支行；（2）支行应在1小时内派员到场。\n"
        "2. 媒体曝光：①办公室应在2小时内报告行长；②统一对外口径。\n",
    )
    group, media = data["scenarios"]
    assert [d for _, d, _, _ in _steps(group)] == ["网点负责人应立即报告支行", "支行应在1小时内派员到场"]
    assert (media["title"], [d for _, d, _, _ in _steps(media)]) == ("媒体曝光", ["办公室应在2小时内报告行长", "统一对外口径"])
    assert "media" not in data


def test_an_event_lead_in_is_the_trigger_a_condition_goes_on_and_a_health_commission_is_outside(tmp_path: Path):
    data = _import(
        tmp_path,
        "医院医疗投诉处理应急预案\n\n一、投诉接待\n门诊投诉由门诊部负责接待，住院投诉由护理部负责接待。\n\n"
        "二、调查处理\n涉及重大医疗纠纷的，应立即报告院长，并在2小时内上报卫生健康委员会。\n\n"
        "三、应急处置\n发生患者家属聚集、围堵等情况时：\n1. 保卫科应立即到场维持秩序；\n2. 医务科在1小时内封存相关病历资料。\n",
    )
    reception, handling, emergency = data["scenarios"]
    assert [d for _, d, _, _ in _steps(reception)] == ["门诊投诉由门诊部负责接待", "住院投诉由护理部负责接待"]
    assert [(w, d, t) for w, d, _, t in _steps(handling)] == [
        ("涉及重大医疗纠纷的", "应立即报告院长", None),
        ("涉及重大医疗纠纷的", "在2小时内上报卫生健康委员会", "2h"),
    ]
    outside = {p["id"]: p["name"] for p in data["external"]}
    assert [(r["when"], outside.get(r["to"]), r.get("within")) for r in handling["escalation"]][1:] == [
        ("涉及重大医疗纠纷", "卫生健康委员会", "2h")
    ]
    assert emergency["triggers"] == ["发生患者家属聚集、围堵等情况"]
    assert [(d, t) for _, d, _, t in _steps(emergency)] == [
        ("保卫科应立即到场维持秩序", None),
        ("医务科在1小时内封存相关病历资料", "1h"),
    ]


def test_a_complaints_page_in_prose_is_one_procedure_whatever_paragraph_its_topic_names(tmp_path: Path):
    # paragraphs under a one-word title: the one whose first sentence names an investigation waits for the prose
    # pass instead of becoming a scenario of its own that hides the paragraphs around it
    data = _import(
        tmp_path,
        "Complaints\n\n"
        "If we are unable to deal with your complaint immediately we will write to you within 2 working days of "
        "receipt. We may also ask you for further details about your complaint where relevant.\n\n"
        "If we believe the matter is the responsibility of another firm, either in whole or in part, we will refer "
        "your complaint to that firm. We will provide you with the other firm's contact details.\n\n"
        "We aim to conclude our investigations promptly and to keep you informed throughout. Complaints are handled "
        "fairly.\n\n"
        "Your complaint will be acknowledged and you will be advised of the name of the person investigating it.\n",
    )
    [scenario] = data["scenarios"]
    assert _steps(scenario) == [
        (
            None,
            "If we are unable to deal with your complaint immediately we will write to you within 2 working days of receipt",
            None,
            "2wd",
        ),
        (None, "We may also ask you for further details about your complaint where relevant", None, None),
        (
            "If we believe the matter is the responsibility of another firm, either in whole or in part",
            "we will refer your complaint to that firm",
            None,
            None,
        ),
        (None, "We will provide you with the other firm's contact details", None, None),
        (None, "We aim to conclude our investigations promptly and to keep you informed throughout", None, None),
        (None, "Complaints are handled fairly", None, None),
        (None, "Your complaint will be acknowledged", None, None),
        (None, "you will be advised of the name of the person investigating it", None, None),
    ]


def test_in_a_deadlines_section_an_act_with_its_deadline_is_a_step_but_deadlines_in_a_row_are_not(tmp_path: Path):
    data = _import(
        tmp_path,
        "医院投诉处理制度\n\n一、投诉受理与处理流程\n\n1. 调查与反馈\n\n"
        "医务科组织相关部门对投诉内容进行核实。\n\n"
        "2. 处理时限\n\n"
        "一般投诉应在3个工作日内给予答复；\n\n"
        "紧急投诉须在24小时内进行现场处置并报告上级部门。\n\n"
        "3. 办理时限\n\n"
        "各科室在受理投诉后，要在1小时内到达现场，4小时内将处理情况回复客户。\n",
    )
    by_title = {s["title"]: s for s in data["scenarios"]}
    assert [(d, t) for _, d, _, t in _steps(by_title["处理时限"])] == [
        ("一般投诉应在3个工作日内给予答复", "3wd"),
        ("紧急投诉须在24小时内进行现场处置并报告上级部门", "24h"),
    ]
    assert "办理时限" not in by_title  # two deadlines in a row: the section's time limits, not a step
    assert sorted(t["within"] for t in data["time_limits"]) == ["1h", "4h"]


def test_a_numbered_heading_among_stages_is_a_stage_when_what_stands_under_it_acts(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints procedure\n\n1. Acknowledgement\n\n"
        "A member of our team will contact you within 3 working days.\n\n"
        "2. Assessment\n\n"
        "Our team will then assess the complaint. We will write to you if we cannot consider it.\n\n"
        "3. Investigation\n\n"
        "The manager of the service will investigate the complaint.\n\n"
        "4. Our commitment\n\n"
        "Complaints help us learn. They are valued.\n",
    )
    assert [(s["title"], [d for _, d, _, _ in _steps(s)]) for s in data["scenarios"]] == [
        ("Acknowledgement", ["A member of our team will contact you within 3 working days"]),
        ("Assessment", ["Our team will then assess the complaint", "We will write to you if we cannot consider it"]),
        ("Investigation", ["The manager of the service will investigate the complaint"]),
    ]


def test_a_plan_of_one_event_with_a_heading_per_unit_gives_that_units_steps(tmp_path: Path):
    data = _import(
        tmp_path,
        "突发停电应急处理预案\n\n一、计划停电\n\n1.1客户服务部：\n\n"
        "1）通知业户：在停电前一天张贴通告。\n\n2）准备应急照明，询问业户是否需要。\n\n"
        "1.2秩序维护部：\n\n如需疏散，应组织业户有序撤离。\n\n"
        "二、电梯困人\n\n2.1工程部：\n\n1）工程部应立即到场解救被困人员。\n\n2）工程部向总指挥报告处理结果。\n\n"
        "2.2办公室：\n\n负责对外联络。\n",
    )
    titles = _role_titles(data)
    assert [(s["title"], [(w, d, titles.get(b)) for w, d, b, _ in _steps(s)]) for s in data["scenarios"]] == [
        (
            "计划停电",
            [
                (None, "通知业户：在停电前一天张贴通告", "客户服务部"),
                (None, "准备应急照明", "客户服务部"),
                (None, "询问业户是否需要", "客户服务部"),
                ("如需疏散", "应组织业户有序撤离", "秩序维护部"),
            ],
        ),
        ("电梯困人", [(None, "工程部应立即到场解救被困人员", "工程部"), (None, "工程部向总指挥报告处理结果", "工程部")]),
    ]
    # a unit's duty (负责…) is not a step: kept with its position
    assert {"at": "第13段", "heading": "办公室", "text": "负责对外联络。"} in data["x-unmapped"]


def test_facts_principles_and_a_phone_line_under_a_procedure_are_not_steps_and_no_item_is_lost(tmp_path: Path):
    data = _import(
        tmp_path,
        "医院投诉接待制度\n\n一、投诉处理流程\n\n（一）接待安排\n\n1. 时间：每周四上午9:30至11:30\n\n"
        "2. 地点：三号楼3楼投诉接待室\n\n（二）处理原则\n\n实事求是，依法依规，件件有落实。\n\n"
        "（三）处理程序\n\n1. 接待人员应做好来访群众的登记。\n\n2. 属于职能科室处理的问题，批转有关部门答复处理。\n\n"
        "3. 总机31270810转分机63022\n",
    )
    [scenario] = data["scenarios"]
    assert scenario["title"] == "处理程序"
    assert [(w, d) for w, d, _, _ in _steps(scenario)] == [
        (None, "接待人员应做好来访群众的登记"),
        ("属于职能科室处理的问题", "批转有关部门答复处理"),
    ]
    assert data["principles"] == [{"title": "实事求是，依法依规，件件有落实"}]
    assert data["x-unmapped"] == [
        {"at": "第4段", "heading": "时间", "text": "每周四上午9:30至11:30"},
        {"at": "第5段", "heading": "地点", "text": "三号楼3楼投诉接待室"},
        {"at": "第11段", "heading": "处理程序", "text": "总机31270810转分机63022"},
    ]


def test_a_list_of_promises_is_no_procedure_and_the_prose_after_it_is(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints\n\nIf you're not happy about something, this is what we promise:\n\n"
        "- We'll listen to what you have to say.\n- We'll learn how we can do better.\n\n"
        "We will get back to you and aim to resolve the issue within 3 working days.\n\n"
        "If we cannot resolve it within this timeframe, we will escalate it to our complaints handlers, who will write "
        "to you within 5 working days.\n\n"
        "If you are still unhappy with our response, you are entitled to bring your complaint to the Financial "
        "Services and Pensions Ombudsman, for free.\n",
        name="plan.md",
    )
    [scenario] = data["scenarios"]
    assert [(w, d, t) for w, d, _, t in _steps(scenario)] == [
        (None, "We will get back to you and aim to resolve the issue within 3 working days", "3wd"),
        ("If we cannot resolve it within this timeframe", "we will escalate it to our complaints handlers", None),
        (None, "will write to you within 5 working days", "5wd"),  # the complaints handlers' own act
    ]
    [rule] = scenario["escalation"]  # the paragraph after the procedure tells where to go next
    assert rule["when"] == "If you are still unhappy with our response"
    assert {p["id"]: p["name"] for p in data["external"]}[rule["to"]] == "Financial Services and Pensions Ombudsman"
    # the promises are commitments: kept with their position, not steps
    assert {u["text"] for u in data["x-unmapped"]} >= {
        "We'll listen to what you have to say.",
        "We'll learn how we can do better.",
    }


def test_what_is_done_once_a_complaint_is_in_said_under_a_channels_heading_is_a_procedure(tmp_path: Path):
    data = _import(
        tmp_path,
        "关于调整投诉电话的公告\n\n一、受理电话\n\n0873-3221432\n\n二、受理方式\n\n"
        "受理投诉后，经分类分别交办至相关部门和单位办理落实。对不属于本工作范围内的，及时向投诉人说明情况。\n\n"
        "三、受理时间\n\n每周一至周五，8:00—11:30。\n",
    )
    [scenario] = data["scenarios"]
    assert [(w, d) for w, d, _, _ in _steps(scenario)] == [
        (None, "受理投诉后，经分类分别交办至相关部门和单位办理落实"),
        ("对不属于本工作范围内的", "及时向投诉人说明情况"),
    ]
    assert [c["kind"] for c in data["channels"]] == ["phone"]


def test_a_how_to_complain_section_keeps_its_ways_and_gives_what_we_will_do_to_the_procedure(tmp_path: Path):
    data = _import(
        tmp_path,
        "# How to make a complaint\n\nYou can phone us on 0800 123 4567 or write to us.\n\n"
        "We will get back to you and aim to resolve the issue within 3 working days.\n",
        name="plan.md",
    )
    assert [(c["name"], c["kind"], c.get("contact")) for c in data["channels"]] == [
        ("Phone", "phone", "0800 123 4567"),
        ("Letter", "letter", None),
    ]
    [scenario] = data["scenarios"]
    assert _steps(scenario) == [(None, "We will get back to you and aim to resolve the issue within 3 working days", None, "3wd")]


def test_a_case_and_its_act_in_one_clause_a_ways_section_and_discipline_are_read_apart(tmp_path: Path):
    data = _import(
        tmp_path,
        "一、受理方式\n\n受理的方式为热线电话投诉、来访投诉等。\n\n二、受理流程\n\n"
        "1.科室工作人员认真做好投诉受理登记工作。\n\n"
        "2.投诉受理后要在3-5个工作日之内答复投诉人并结案归档,如遇特殊投诉件在规定日之内不能结案的需请示领导延长办理期限。\n\n"
        "3.不得泄露投诉者的相关信息,情节严重给予解聘,触犯法律的,移交司法部门依法处理。\n",
    )
    [scenario] = data["scenarios"]
    assert [(w, d, t) for w, d, _, t in _steps(scenario)] == [
        (None, "科室工作人员认真做好投诉受理登记工作", None),
        (None, "投诉受理后要在3-5个工作日之内答复投诉人并结案归档", "5wd"),
        ("如遇特殊投诉件在规定日之内不能结案的", "需请示领导延长办理期限", None),
    ]
    assert [(c["name"], c["kind"]) for c in data["channels"]] == [("热线电话投诉", "phone"), ("来访投诉", "branch")]
    assert [u["text"] for u in data["x-unmapped"]] == [
        "不得泄露投诉者的相关信息,情节严重给予解聘",
        "触犯法律的,移交司法部门依法处理",
    ]


def test_steps_said_in_order_lose_their_order_words_and_then_starts_a_step(tmp_path: Path):
    data = _import(
        tmp_path,
        "客户投诉处理办法\n\n一、处理程序\n\n"
        "首先，客服人员应当场登记投诉内容；其次，客服主管在1个工作日内核实情况；最后，客服人员在5个工作日内答复客户。\n\n"
        "客服人员应当场登记，然后由业务部门核实，最后由客服人员答复客户。\n",
    )
    [scenario] = data["scenarios"]
    assert [(d, t) for _, d, _, t in _steps(scenario)] == [
        ("客服人员应当场登记投诉内容", None),
        ("客服主管在1个工作日内核实情况", "1wd"),
        ("客服人员在5个工作日内答复客户", "5wd"),
        ("客服人员应当场登记", None),
        ("由业务部门核实", None),
        ("由客服人员答复客户", None),
    ]


def test_a_table_of_stages_and_what_is_done_is_a_procedure_without_who_or_when_columns(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_paragraph("客户投诉处理办法", style="Title")
    d.add_heading("处理流程", level=1)
    add_table(
        d,
        [
            ("流程", "说明"),
            ("接诉", "客服人员接听电话并记录"),
            ("派单", "值班长在30分钟内派单给维修班组"),
            ("回访", "客服人员回访用户"),
        ],
    )
    d.save(tmp_path / "plan.docx")
    out = tmp_path / "plan.yaml"
    assert CliRunner().invoke(main, ["import", str(tmp_path / "plan.docx"), "-o", str(out)]).exit_code == 0
    assert CliRunner().invoke(main, ["validate", str(out)]).exit_code == 0
    data = import_document(tmp_path / "plan.docx").data
    titles = _role_titles(data)
    [scenario] = data["scenarios"]
    assert [(d, titles.get(b), t) for _, d, b, t in _steps(scenario)] == [
        ("接诉：客服人员接听电话并记录", "客服人员", None),
        ("派单：值班长在30分钟内派单给维修班组", "值班长", "30min"),
        ("回访：客服人员回访用户", "客服人员", None),
    ]


def test_complaints_about_headings_each_start_a_scenario(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints policy\n\n1. Complaints about staff\n\nThe line manager will investigate within 10 working days.\n\n"
        "2. Complaints about billing\n\nThe billing team will review the account and reply within 5 working days.\n",
    )
    assert [(s["title"], [(d, t) for _, d, _, t in _steps(s)]) for s in data["scenarios"]] == [
        ("Complaints about staff", [("The line manager will investigate within 10 working days", "10wd")]),
        # two acts of one actor, a step each
        (
            "Complaints about billing",
            [("The billing team will review the account", None), ("reply within 5 working days", "5wd")],
        ),
    ]


def test_a_circumstance_before_an_actor_stays_with_that_actors_step(tmp_path: Path):
    data = _import(
        tmp_path,
        "停电应急处置方案\n\n一、现场处置\n\n"
        "1.在抢修力量到达前,涉及1000户以上小区故障停电,值班人员必须全员到岗,客服人员负责安抚敏感用户。\n",
    )
    [scenario] = data["scenarios"]
    assert [d for _, d, _, _ in _steps(scenario)] == [
        "在抢修力量到达前,涉及1000户以上小区故障停电,值班人员必须全员到岗",
        "客服人员负责安抚敏感用户",
    ]


def test_kinds_of_event_listed_after_including_are_no_procedure(tmp_path: Path):
    data = _import(
        tmp_path,
        "营业网点突发事件应急预案\n\n一、突发事件分类\n\n一般突发事件指扰乱营业网点受理程序的事件，包括：\n\n"
        "1、客户与营业网点工作人员发生争执；\n\n2、客户插队办理业务引发矛盾；\n\n二、应急处置\n\n"
        "1、网点负责人应立即到场处置。\n",
    )
    assert [(s["title"], [d for _, d, _, _ in _steps(s)]) for s in data["scenarios"]] == [
        ("应急处置", ["网点负责人应立即到场处置"])
    ]


def test_who_is_in_charge_of_what_said_once_for_the_plan_is_no_procedure(tmp_path: Path):
    data = _import(
        tmp_path,
        "物业管理重大事件应急响应管理规定\n\n第一章 总则\n\n"
        "第一条 集团物业管理中心负责对一级重大事件启动Ⅰ级应急响应，地区物业公司负责对二级重大事件启动Ⅱ级应急响应。\n",
    )
    assert data["scenarios"] == []
    assert [u["text"] for u in data["x-unmapped"]] == [
        "第一条 集团物业管理中心负责对一级重大事件启动Ⅰ级应急响应，地区物业公司负责对二级重大事件启动Ⅱ级应急响应。"
    ]


def test_an_act_at_a_time_of_its_own_is_a_step_and_you_may_be_contacted_is_ours(tmp_path: Path):
    data = _import(
        tmp_path,
        "停水应急处理方案\n\n一、处置程序\n\n"
        "1. 客服部在停水日前三天张贴通告，并每户派发一份书面通知，停水日前一天发送短信再次提醒住户。\n",
    )
    [scenario] = data["scenarios"]
    assert [d for _, d, _, _ in _steps(scenario)] == [
        "客服部在停水日前三天张贴通告",
        "每户派发一份书面通知",
        "停水日前一天发送短信再次提醒住户",
    ]
    data = _import(
        tmp_path,
        "Complaints procedure\n\n1. Investigation\n\nThe investigating officer will look into your complaint.\n\n"
        "You may be contacted by a member of our team for more information.\n",
        name="en.txt",
    )
    [scenario] = data["scenarios"]
    assert [d for _, d, _, _ in _steps(scenario)] == [
        "The investigating officer will look into your complaint",
        "You may be contacted by a member of our team for more information",
    ]


def test_a_flow_of_stage_names_joined_by_dashes_is_a_procedure(tmp_path: Path):
    data = _import(tmp_path, "投诉处理办法\n\n一、工作流程\n\n受理—登记—调查—答复\n")
    [scenario] = data["scenarios"]
    assert [d for _, d, _, _ in _steps(scenario)] == ["受理", "登记", "调查", "答复"]


def test_what_happens_and_not_satisfied_headings_are_stages_of_the_procedure(tmp_path: Path):
    data = _import(
        tmp_path,
        "# Complaints Handling Procedure\n\n## 1. What happens when you complain\n\n"
        "a) We will acknowledge your complaint within 3 working days.\n"
        "b) We aim to send you a final response within 20 working days.\n\n"
        "## 2. If you are not satisfied\n\n"
        "If you remain unhappy, you can ask for a review by the Customer Services Manager, who will reply within 10 "
        "working days. You may also refer your complaint to the Ombudsman.\n",
        name="plan.md",
    )
    first, second = data["scenarios"]
    assert first["title"] == "What happens when you complain"
    assert [(d, t) for _, d, _, t in _steps(first)] == [
        ("We will acknowledge your complaint within 3 working days", "3wd"),
        ("We aim to send you a final response within 20 working days", "20wd"),
    ]
    assert second["title"] == "If you are not satisfied"
    assert [rule["when"] for rule in second["escalation"]] == ["If you are not satisfied"]


def test_rules_in_articles_what_a_unit_is_and_where_a_passenger_may_appeal(tmp_path: Path):
    data = _import(
        tmp_path,
        "机场旅客投诉处理规定\n\n"
        "第一条 服务质量部是旅客投诉的归口管理部门，负责投诉的受理和回复。\n"
        "第二条 服务质量部应在1个工作日内将投诉转交责任部门。\n"
        "第三条 服务质量部应在10个工作日内答复旅客。\n"
        "第四条 对投诉处理结果不满意的，旅客可向民航地区管理局申诉。\n",
    )
    [scenario] = data["scenarios"]
    assert [(d, t) for _, d, _, t in _steps(scenario)] == [
        ("服务质量部应在1个工作日内将投诉转交责任部门", "1wd"),
        ("服务质量部应在10个工作日内答复旅客", "10wd"),
    ]
    [rule] = scenario["escalation"]
    assert rule["when"] == "投诉处理结果不满意"
    assert {p["id"]: p["name"] for p in data["external"]}[rule["to"]] == "民航地区管理局"
    assert "服务质量部是旅客投诉的归口管理部门，负责投诉的受理和回复" in [u["text"] for u in data["x-unmapped"]]


def test_a_post_the_act_reaches_is_not_the_one_who_acts(tmp_path: Path):
    data = _import(
        tmp_path,
        "学生突发事件应急预案\n\n一、应急处置\n\n1.学生失联事件：2小时内仍无法联系的，报告保卫处并报警。\n\n"
        "2.由保卫处负责现场警戒。\n",
    )
    titles = _role_titles(data)
    steps = [(d, titles.get(b)) for s in data["scenarios"] for _, d, b, _ in _steps(s)]
    assert ("报告保卫处并报警", None) in steps
    assert ("由保卫处负责现场警戒", "保卫处") in steps


def test_stage_headings_of_complaint_pages_and_a_counsellor_who_acts(tmp_path: Path):
    data = _import(
        tmp_path,
        "# Complaints procedure\n\n## What to expect\n\nWe will acknowledge your complaint within 2 working days.\n\n"
        "## Investigating your complaint\n\nA senior manager will investigate your complaint.\n\n"
        "## Our response\n\nWe will send you our final response within 8 weeks.\n",
        name="plan.md",
    )
    assert [s["title"] for s in data["scenarios"]] == ["What to expect", "Investigating your complaint", "Our response"]
    data = _import(tmp_path, "学生突发事件应急预案\n\n一、回访\n\n1. 辅导员应在3日内回访学生家长。\n", name="zh.txt")
    titles = _role_titles(data)
    [scenario] = data["scenarios"]
    assert [(d, titles.get(b), t) for _, d, b, t in _steps(scenario)] == [("辅导员应在3日内回访学生家长", "辅导员", "3d")]


def test_things_listed_after_an_act_are_part_of_that_step_and_listed_acts_stay_steps(tmp_path: Path):
    data = _import(
        tmp_path,
        "# Complaints procedure\n\n## Investigation\n\n"
        "In doing this, we will look at the following information:\n\n"
        "- what you say has happened\n- what should have happened\n\n"
        "## Response\n\nWe will:\n\n- write to you within 10 working days\n- offer a meeting\n",
        name="plan.md",
    )
    first, second = data["scenarios"]
    assert [d for _, d, _, _ in _steps(first)] == [
        "In doing this, we will look at the following information: what you say has happened, what should have happened"
    ]
    assert [(d, t) for _, d, _, t in _steps(second)] == [
        ("write to you within 10 working days", "10wd"),
        ("offer a meeting", None),
    ]


def test_what_acts_under_a_fact_label_is_still_a_step(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_paragraph("投诉接待制度", style="Title")
    d.add_heading("接待流程", level=1)
    d.add_heading("地点", level=2)
    d.add_paragraph("三号楼3楼投诉接待室")
    d.add_paragraph("接待人员应做好来访群众的登记。")
    d.save(tmp_path / "plan.docx")
    data = import_document(tmp_path / "plan.docx").data
    assert [d for s in data["scenarios"] for _, d, _, _ in _steps(s)] == ["接待人员应做好来访群众的登记"]
    assert {"at": "第4段", "heading": "地点", "text": "三号楼3楼投诉接待室"} in data["x-unmapped"]


def test_a_word_bulleted_list_is_items_never_headings_and_a_long_english_line_is_no_heading(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_paragraph("We take your feedback seriously and will work to resolve your complaint.")
    d.add_heading("Information Collection", level=1)
    d.add_paragraph("We will collect the following information from you:")
    for text in ("Your name", "Your contact details", "A description of your complaint"):
        d.add_paragraph(text, style="List Bullet")
    d.add_heading("Our Process", level=1)
    for text in (
        "We will acknowledge your complaint within one (1) business day",
        "We will provide you with the contact details of the person responsible for your complaint",
        "The responsible person will investigate and may require further details from you",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph("For retail complaints, if we cannot resolve it within this timeframe, we will send you regular updates.")
    d.save(tmp_path / "plan.docx")
    out = tmp_path / "plan.yaml"
    assert CliRunner().invoke(main, ["import", str(tmp_path / "plan.docx"), "-o", str(out)]).exit_code == 0
    assert CliRunner().invoke(main, ["validate", str(out)]).exit_code == 0
    data = import_document(tmp_path / "plan.docx").data
    steps = [(w, d, t) for sc in data["scenarios"] for w, d, _, t in _steps(sc)]
    assert steps == [
        (None, "We will acknowledge your complaint within one (1) business day", "1wd"),
        (None, "We will provide you with the contact details of the person responsible for your complaint", None),
        (None, "The responsible person will investigate and may require further details from you", None),
        (
            "For retail complaints, if we cannot resolve it within this timeframe",
            "we will send you regular updates",
            None,
        ),
        # what the page says will be done before its first heading is a step too (a procedure of its own)
        (None, "We take your feedback seriously and will work to resolve your complaint", None),
    ]
    # what is collected under a heading of its own stays as written, each bullet an item of its own
    assert [u["text"] for u in data["x-unmapped"]][-3:] == [
        "Your name",
        "Your contact details",
        "A description of your complaint",
    ]


_ARTICLES = [
    "客户投诉处理办法",
    "第一条 为规范客户投诉处理工作，制定本办法。",
    "第二条 本办法适用于本行各营业网点。",
    "第三条 营业网点应在营业场所公布如下投诉受理方式：1.现场受理；2.电话受理；3.信函受理。",
    "第四条投诉受理。",
    "受理投诉时应注意事项：1.详细记录投诉人的姓名、联系方式和投诉事项。",
    "2.受理人员每天检查信函投诉，及时登记。",
    "第五条调查核实。客服主管应在3个工作日内调查核实投诉事实，形成调查报告。",
    "第六条处理完毕后，客服主管应将处理结果告知投诉人。",
    "第七条 本办法自印发之日起施行。",
]


def test_rules_in_articles_give_the_acts_of_their_articles_and_of_the_items_inside_them(tmp_path: Path):
    import docx

    d = docx.Document()
    for line in _ARTICLES:
        d.add_paragraph(line)
    d.save(tmp_path / "articles.docx")
    (tmp_path / "articles.txt").write_text("\n".join(_ARTICLES) + "\n", encoding="utf-8")
    for name in ("articles.txt", "articles.docx"):
        out = tmp_path / f"{name}.yaml"
        assert CliRunner().invoke(main, ["import", str(tmp_path / name), "-o", str(out)]).exit_code == 0
        assert CliRunner().invoke(main, ["validate", str(out)]).exit_code == 0
        data = import_document(tmp_path / name).data
        titles = _role_titles(data)
        steps = [(d, titles.get(b), t) for sc in data["scenarios"] for _, d, b, t in _steps(sc)]
        assert steps == [
            ("详细记录投诉人的姓名、联系方式和投诉事项", None, None),
            ("受理人员每天检查信函投诉", "受理人员", None),
            ("及时登记", "受理人员", None),
            ("调查核实：客服主管应在3个工作日内调查核实投诉事实", "客服主管", "3wd"),
            ("形成调查报告", "客服主管", None),
            ("处理完毕后，客服主管应将处理结果告知投诉人", "客服主管", None),
        ], name
        # the ways to complain listed in an article and the article on the rules themselves are kept, not steps
        kept = [u["text"] for u in data["x-unmapped"]]
        assert "第三条 营业网点应在营业场所公布如下投诉受理方式：" in kept and "第七条 本办法自印发之日起施行。" in kept, name


def test_acts_passed_on_and_done_when_needed_split_a_sentence_and_a_case_before_another_actor_starts_a_step(
    tmp_path: Path,
):
    data = _import(
        tmp_path,
        "客户投诉处理规程\n一、投诉受理\n"
        "1.客户来电投诉的，值班员应立即将投诉内容报告值班经理，并通知相关部门负责人到现场与客户沟通，"
        "必要时请分管领导出面协调。\n"
        "2.如客户的问题仍未解决，则做好记录，将投诉移交客服部。\n"
        "二、调查处理\n"
        "1.客服部接到投诉后登记编号，根据投诉内容转交相关部门处理，符合受理条件的投诉，责任部门应当在5个工作日内告知客户处理进度。\n"
        "2.投诉按性质分为一般投诉、重大投诉两类。\n"
        "三、工作原则\n投诉处理工作应遵循以下原则：以人为本，快速反应，依法处置。\n"
        "四、组织机构\n公司成立投诉处理工作领导小组，负责投诉处理的组织协调。\n"
        "领导小组主要职责：\n1、研究重大投诉的处理策略。\n2、协调各部门力量处理投诉。\n",
    )
    titles = _role_titles(data)
    intake, handling = data["scenarios"]
    assert [(w, d, titles.get(b), t) for w, d, b, t in _steps(intake)] == [
        ("客户来电投诉的", "值班员应立即将投诉内容报告值班经理", "值班员", None),
        ("客户来电投诉的", "通知相关部门负责人到现场与客户沟通", "值班员", None),  # the one notified acts not
        ("必要时", "请分管领导出面协调", "分管领导", None),
        ("如客户的问题仍未解决", "则做好记录", None, None),
        ("如客户的问题仍未解决", "将投诉移交客服部", None, None),
    ]
    assert [(w, d, titles.get(b), t) for w, d, b, t in _steps(handling)] == [
        (None, "客服部接到投诉后登记编号", "客服部", None),
        (None, "根据投诉内容转交相关部门处理", "客服部", None),  # handed on by a rule: an act of its own
        (None, "符合受理条件的投诉，责任部门应当在5个工作日内告知客户处理进度", "责任部门", "5wd"),
    ]
    # a grading, principles and a group's duties are read as such, never as steps
    assert "投诉按性质分为一般投诉、重大投诉两类" in [u["text"] for u in data["x-unmapped"]]
    [group] = data["organisation"]["groups"]
    assert group["name"] == "投诉处理工作领导小组"


def test_a_table_of_kinds_of_case_and_their_timeframe_gives_a_time_limit_a_row(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_paragraph("Complaints", style="Title")
    d.add_heading("Response Timeframes", level=1)
    add_table(
        d,
        [
            ("Type of Complaint", "Maximum Timeframe"),
            ("Complaints about default notices", "No later than twenty-one (21) calendar days after receiving the complaint."),
            ("All other complaints", "No later than thirty (30) calendar days after receiving the complaint."),
        ],
    )
    d.save(tmp_path / "plan.docx")
    out = tmp_path / "plan.yaml"
    assert CliRunner().invoke(main, ["import", str(tmp_path / "plan.docx"), "-o", str(out)]).exit_code == 0
    assert CliRunner().invoke(main, ["validate", str(out)]).exit_code == 0
    data = import_document(tmp_path / "plan.docx").data
    assert [(t["what"], t["within"], t.get("from")) for t in data["time_limits"]] == [
        ("Complaints about default notices", "21d", "receiving the complaint"),
        ("All other complaints", "30d", "receiving the complaint"),
    ]


def test_indented_stage_names_under_a_graded_procedure_heading_are_its_steps_not_the_grades_criteria(tmp_path: Path):
    data = _import(
        tmp_path,
        "营业网点客户投诉应急预案\n\n一、总则\n为规范客户投诉处理，制定本预案。\n\n三、处置流程\n"
        "（一）一般投诉处理\n    1. 受理登记\n    2. 调查核实\n    3. 答复客户\n"
        "（二）重大投诉处理\n    1. 立即报告支行\n    2. 24小时内上报分行\n\n四、附则\n本预案自印发之日起施行。\n",
    )
    assert [(s["title"], [(d, t) for _, d, _, t in _steps(s)]) for s in data["scenarios"]] == [
        ("一般投诉处理", [("受理登记", None), ("调查核实", None), ("答复客户", None)]),
        ("重大投诉处理", [("立即报告支行", None), ("24小时内上报分行", "24h")]),
    ]
    assert "x-unmapped" not in data


def test_a_chinese_page_for_customers_in_prose_is_a_procedure_of_what_we_will_do(tmp_path: Path):
    data = _import(
        tmp_path,
        "投诉须知\n\n"
        "您可以通过营业网点、客服热线95555或本行网站提出投诉。我们将在收到投诉后1个工作日内与您联系，确认投诉已受理。\n\n"
        "我们会指定专人调查核实您反映的问题，并在15个工作日内将处理结果书面告知您。情况复杂的，我们将提前告知您延期的原因。\n\n"
        "如您对处理结果不满意，可以向消费者协会投诉。\n",
    )
    [scenario] = data["scenarios"]
    assert [(w, d, t) for w, d, _, t in _steps(scenario)] == [
        (None, "我们将在收到投诉后1个工作日内与您联系", "1wd"),
        (None, "确认投诉已受理", None),
        (None, "我们会指定专人调查核实您反映的问题，并在15个工作日内将处理结果书面告知您", "15wd"),
        ("情况复杂的", "我们将提前告知您延期的原因", None),
    ]
    [rule] = scenario["escalation"]  # where the customer may go next
    assert rule["when"] == "您对处理结果不满意"
    # the ways to complain are what the customer may do, kept, not a step
    assert [u["text"] for u in data["x-unmapped"]] == ["您可以通过营业网点、客服热线95555或本行网站提出投诉"]


def test_a_word_procedure_with_numbered_headings_a_numbered_list_prose_and_a_step_table(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_paragraph("Complaints Handling Procedure", style="Title")
    d.add_heading("1 Purpose", level=1)
    d.add_paragraph("This procedure sets out how we deal with complaints from customers.")
    d.add_heading("2 Procedure", level=1)
    d.add_heading("2.1 Receiving a complaint", level=2)
    d.add_paragraph("The complaint is logged on the complaints register on the day it is received.", style="List Number")
    d.add_paragraph("The Complaints Manager acknowledges the complaint in writing within 3 working days.", style="List Number")
    d.add_heading("2.2 Investigation", level=2)
    d.add_paragraph(
        "The Complaints Manager appoints an investigating officer. The investigating officer reports the findings "
        "to the Complaints Manager within 15 working days."
    )
    d.add_heading("2.3 Response", level=2)
    add_table(
        d,
        [
            ("Step", "Action", "Responsible", "Timescale"),
            ("1", "Draft the response letter", "Investigating officer", "20 working days"),
            ("2", "Approve and send the response", "Complaints Manager", "25 working days"),
        ],
    )
    d.save(tmp_path / "plan.docx")
    out = tmp_path / "plan.yaml"
    assert CliRunner().invoke(main, ["import", str(tmp_path / "plan.docx"), "-o", str(out)]).exit_code == 0
    assert CliRunner().invoke(main, ["validate", str(out)]).exit_code == 0
    data = import_document(tmp_path / "plan.docx").data
    titles = _role_titles(data)
    assert [(s["title"], [(d, titles.get(b), t) for _, d, b, t in _steps(s)]) for s in data["scenarios"]] == [
        (
            "Receiving a complaint",
            [
                ("The complaint is logged on the complaints register on the day it is received", None, None),
                (
                    "The Complaints Manager acknowledges the complaint in writing within 3 working days",
                    "Complaints Manager",
                    "3wd",
                ),
            ],
        ),
        (
            "Investigation",
            [
                ("The Complaints Manager appoints an investigating officer", "Complaints Manager", None),
                # the post is named first in the table further on: still the owner of the step it opens
                (
                    "The investigating officer reports the findings to the Complaints Manager within 15 working days",
                    "Investigating officer",
                    "15wd",
                ),
            ],
        ),
        (
            "Response",
            [
                ("Draft the response letter", "Investigating officer", "20wd"),
                ("Approve and send the response", "Complaints Manager", "25wd"),
            ],
        ),
    ]


def test_lettered_and_lower_roman_items_are_steps_and_a_stages_heading_is_a_procedure(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints Policy\n\n1. How we deal with your complaint\nWhen we receive your complaint we will:\n"
        "a) acknowledge it within 2 working days;\nb) investigate it fully;\nc) send you our final response within 8 weeks.\n\n"
        "2. Stages\ni. Stage one: the branch manager reviews your complaint.\n"
        "ii. Stage two: the regional manager reviews the branch's decision within 20 working days.\n",
    )
    titles = _role_titles(data)
    assert [(s["title"], [(d, titles.get(b), t) for _, d, b, t in _steps(s)]) for s in data["scenarios"]] == [
        (
            "How we deal with your complaint",
            [
                ("acknowledge it within 2 working days", None, "2wd"),
                ("investigate it fully", None, None),
                ("send you our final response within 8 weeks", None, "8w"),
            ],
        ),
        (
            "Stages",
            [
                ("Stage one: the branch manager reviews your complaint", "Branch manager", None),
                (
                    "Stage two: the regional manager reviews the branch's decision within 20 working days",
                    "Regional manager",
                    "20wd",
                ),
            ],
        ),
    ]


def test_a_report_to_a_body_outside_the_organisation_is_a_reporting_line_not_an_unmapped_paragraph(tmp_path: Path):
    data = _import(
        tmp_path,
        "供水突发事件应急预案\n\n1 总则\n1.1 编制目的\n为提高应对供水突发事件的能力，制定本预案。\n\n"
        "3 应急响应\n3.1 信息报告\n供水企业发现突发事件后，应在1小时内向市水务局报告，并在2小时内报送书面材料。\n"
        "3.2 先期处置\n事发单位应立即采取措施控制事态，组织人员疏散，并做好现场保护。\n",
    )
    [line] = data["reporting"]
    assert {p["id"]: p["name"] for p in data["external"]}[line["to"]] == "市水务局"
    assert line["within"] == "1h"
    assert "x-unmapped" not in data


def test_the_agent_of_a_passive_owns_the_step_and_asking_for_a_review_by_a_post_is_an_escalation_rule(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_paragraph("Complaints Procedure", style="Title")
    d.add_heading("What happens next", level=2)
    d.add_paragraph(
        "Your complaint will be investigated by a manager who was not involved in the matter. You will receive a "
        "written response within 15 business days."
    )
    d.add_heading("Escalating your complaint", level=2)
    d.add_paragraph("If you are unhappy with our response, you can ask for your complaint to be reviewed by our Chief Executive.")
    d.add_paragraph("The Chief Executive will respond within 20 business days of receiving your request.")
    d.save(tmp_path / "plan.docx")
    out = tmp_path / "plan.yaml"
    assert CliRunner().invoke(main, ["import", str(tmp_path / "plan.docx"), "-o", str(out)]).exit_code == 0
    assert CliRunner().invoke(main, ["validate", str(out)]).exit_code == 0
    data = import_document(tmp_path / "plan.docx").data
    titles = _role_titles(data)
    happens, escalating = data["scenarios"]
    assert [(d, titles.get(b), t) for _, d, b, t in _steps(happens)] == [
        ("Your complaint will be investigated by a manager who was not involved in the matter", "A manager", None),
        ("You will receive a written response within 15 business days", None, "15wd"),
    ]
    [rule] = escalating["escalation"]
    assert (rule["when"], titles[rule["to"]]) == ("If you are unhappy with our response", "Chief Executive")
    assert [(d, titles.get(b), t) for _, d, b, t in _steps(escalating)] == [
        ("The Chief Executive will respond within 20 business days of receiving your request", "Chief Executive", "20wd")
    ]


def test_numbered_stage_names_most_with_nothing_under_them_are_one_procedures_steps(tmp_path: Path):
    data = _import(
        tmp_path,
        "客户投诉处理办法\n\n一、总则\n为规范投诉处理，制定本办法。\n\n二、处理流程\n"
        "  1. 受理登记\n  客服专员当场登记投诉内容，并出具受理回执。\n  2. 调查核实\n  3. 答复客户\n  4. 回访归档\n",
    )
    [scenario] = data["scenarios"]
    titles = _role_titles(data)
    assert scenario["title"] == "处理流程"
    assert [(d, titles.get(b)) for _, d, b, _ in _steps(scenario)] == [
        ("受理登记：客服专员当场登记投诉内容", "客服专员"),
        ("出具受理回执", "客服专员"),
        ("调查核实", None),
        ("答复客户", None),
        ("回访归档", None),
    ]


def test_a_period_in_the_condition_of_the_customers_next_step_is_no_deadline_of_the_procedure(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints\n\nHow we deal with your complaint\n\n"
        "We will respond to your complaint within 10 working days.\n\n"
        "If your complaint was not resolved within eight weeks, you can ask the Consumer Council to look into it.\n",
    )
    deadlines = [t["within"] for t in data.get("time_limits") or []] + [
        a["within"] for s in data["scenarios"] for a in s.get("actions") or [] if "within" in a
    ]
    assert deadlines == ["10wd"]
    zh = _import(
        tmp_path, "投诉须知\n\n我们将在15日内答复您。\n\n如您在30日内未收到答复，可以向消费者协会投诉。\n", name="zh.txt"
    )
    assert "time_limits" not in zh
    assert [a.get("within") for s in zh["scenarios"] for a in s["actions"]] == ["15d", None]


def test_a_paragraph_before_the_first_heading_that_acts_at_once_is_what_is_done_in_every_case(tmp_path: Path):
    data = _import(
        tmp_path,
        "营业网点服务突发事件应急预案\n\n为维护营业网点正常服务秩序，制定本预案。\n\n"
        "营业网点发生服务突发事件，应立即启动本预案，实施有效措施。营业网点应及时、如实地向支行办公室报告，不得瞒报。\n\n"
        "一、业务系统故障应急预案\n当发生业务系统故障时，应采取如下措施：\n1、及时联系技术维护部门，了解故障原因。\n"
        "2、做好客户解释工作。\n",
    )
    steps = [(s["title"], d) for s in data["scenarios"] for _, d, _, _ in _steps(s)]
    assert ("应急处置", "营业网点发生服务突发事件，应立即启动本预案，实施有效措施") in steps
    assert ("应急处置", "营业网点应及时、如实地向支行办公室报告，不得瞒报") in steps
    assert ("当发生业务系统故障时，应采取如下措施", "及时联系技术维护部门") in steps
    assert ("当发生业务系统故障时，应采取如下措施", "了解故障原因") in steps


def test_background_and_definitions_under_a_procedure_heading_are_kept_not_steps(tmp_path: Path):
    data = _import(
        tmp_path,
        "客户投诉应急预案\n\n一、应急处置\n（一）基本概念\n本预案所称重大投诉，是指涉及人数10人以上的投诉。\n"
        "（二）处置程序\n1.网点负责人接到重大投诉后，应立即赶赴现场。\n2.支行办公室应在1小时内上报分行。\n"
        "（三）工作背景\n近年来，随着业务量增长，客户投诉数量逐年上升。\n",
    )
    [scenario] = data["scenarios"]
    assert scenario["title"] == "处置程序"
    assert [d for _, d, _, _ in _steps(scenario)] == ["网点负责人接到重大投诉后，应立即赶赴现场", "支行办公室应在1小时内上报分行"]
    assert [u["heading"] for u in data["x-unmapped"]] == ["基本概念", "工作背景"]


def test_unnumbered_headings_beside_a_short_numbered_list_are_still_headings_and_the_list_is_steps(tmp_path: Path):
    data = _import(
        tmp_path,
        "物业投诉处理办法\n\n投诉受理\n客服人员接到业主投诉后，应在15分钟内作出响应，并填写投诉登记表。\n\n"
        "处理流程\n1. 调查核实\n2. 制定整改方案\n3. 回复业主\n\n"
        "回访\n客服主管应在处理完毕后3日内回访业主，了解满意程度。\n",
    )
    assert [(s["title"], [(d, t) for _, d, _, t in _steps(s)]) for s in data["scenarios"]] == [
        ("投诉受理", [("客服人员接到业主投诉后，应在15分钟内作出响应", "15min"), ("填写投诉登记表", None)]),
        ("处理流程", [("调查核实", None), ("制定整改方案", None), ("回复业主", None)]),
        ("回访", [("客服主管应在处理完毕后3日内回访业主", "3d"), ("了解满意程度", None)]),
    ]
    assert "x-unmapped" not in data


def test_a_flowchart_typed_as_text_with_a_question_and_yes_no_branches_gives_conditional_steps(tmp_path: Path):
    data = _import(
        tmp_path,
        "投诉处理流程图\n\n客户投诉\n↓\n受理登记（1小时内）\n↓\n能否当场解决？\n是→当场答复客户→归档\n否↓\n"
        "转交调查核实（3个工作日内）\n↓\n答复客户\n",
    )
    [scenario] = data["scenarios"]
    assert [(w, d, t) for w, d, _, t in _steps(scenario)] == [
        (None, "客户投诉", None),
        (None, "受理登记（1小时内）", "1h"),
        ("能否当场解决：是", "当场答复客户", None),
        ("能否当场解决：是", "归档", None),
        ("能否当场解决：否", "转交调查核实（3个工作日内）", "3wd"),
        (None, "答复客户", None),
    ]


def test_what_is_done_said_in_the_passive_is_a_step(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints\n\n"
        "- Every complaint received will be acknowledged within 5 working days.\n"
        "- Your letter will be passed to the service concerned for a reply.\n"
        "- Where we got something wrong an apology will be given and the error put right.\n",
        name="plan.md",
    )
    [scenario] = data["scenarios"]
    assert [(w, d, t) for w, d, _, t in _steps(scenario)] == [
        (None, "Every complaint received will be acknowledged within 5 working days", "5wd"),
        (None, "Your letter will be passed to the service concerned for a reply", None),
        (None, "Where we got something wrong an apology will be given and the error put right", None),
    ]


def test_items_numbered_inside_a_numbered_rule_are_steps_when_they_act(tmp_path: Path):
    data = _import(
        tmp_path,
        "客户接待制度\n\n一、凡来本行反映问题的客户，首位接待的员工应热情接待，不得推诿。\n"
        "1、属本部门办理的，应做好登记，当场办结。\n2、不属本部门办理的，应将客户引导至相关部门。\n"
        "二、本制度自印发之日起施行。\n",
    )
    [scenario] = data["scenarios"]
    assert [(w, d) for w, d, _, _ in _steps(scenario)] == [
        ("凡来本行反映问题的客户", "首位接待的员工应热情接待，不得推诿"),
        ("属本部门办理的", "应做好登记，当场办结"),
        ("不属本部门办理的", "应将客户引导至相关部门"),
    ]


def test_what_is_striven_for_and_what_follows_the_end_of_an_act_are_steps_of_their_own(tmp_path: Path):
    data = _import(
        tmp_path,
        "投诉处理办法\n\n一、处理程序\n"
        "1.受理人员应向客户做好解释工作，力争当场解决问题。\n"
        "2.受理人员应详细记录投诉内容，登记完毕后，及时将记录移交客服部。\n",
    )
    [scenario] = data["scenarios"]
    assert [d for _, d, _, _ in _steps(scenario)] == [
        "受理人员应向客户做好解释工作",
        "力争当场解决问题",
        "受理人员应详细记录投诉内容",
        "登记完毕后，及时将记录移交客服部",
    ]


def test_a_principle_by_name_who_is_first_responsible_rights_and_what_a_unit_is_are_not_steps(tmp_path: Path):
    data = _import(
        tmp_path,
        "客户投诉处理办法\n\n一、处理程序\n"
        "1.投诉的受理应遵照首问负责、谁接待谁受理的原则，不得推诿。\n"
        "2.网点负责人为本网点投诉处理第一责任人，负责组织处理工作。\n"
        "3.客服部是对各部门接待的投诉进行登记、分办、督办、回复等工作的职能部门。\n"
        "4.被投诉人有进行陈述和申辩的权利，但应配合调查。\n"
        "5.客服部应在1个工作日内登记投诉，并转交责任部门。\n",
    )
    [scenario] = data["scenarios"]
    assert [d for _, d, _, _ in _steps(scenario)] == ["客服部应在1个工作日内登记投诉", "转交责任部门"]


def test_two_acts_chained_in_one_sentence_are_a_step_each_and_what_only_goes_with_an_act_stays_with_it(tmp_path: Path):
    data = _import(
        tmp_path,
        "门诊投诉处理规程\n\n一、处理程序\n\n"
        "1、值班护士接到投诉后，应登记投诉内容，并报告护士长。\n"
        "2、护士长应及时到场，病区主任得知情况后，应立即向医务科报告。\n"
        "3、客服中心汇总投诉，由质控科核实处理。\n"
        # what goes with the act before it: what it must not be, its purpose, its completion, the body set up, the basis
        "4、接待人员应热情接待，不得推诿。\n"
        "5、客服人员应及时回复客户，以便客户了解处理进度。\n"
        "6、由医务科牵头协调，在5个工作日内处理完毕。\n"
        "7、医院设立投诉中心，受理患者投诉。\n"
        "8、登记人员应记录投诉人姓名、联系电话、投诉事项。\n"
        "9、分管院长应视情况轻重，亲自或委派专人处理。\n"
        "10、受理窗口接到患者的投诉，应当在当日内登记。\n"
        # a post's charge and aims in a row are acts in turn too (acts5: the guidance sets say so)
        "11、保卫科负责维持秩序，配合调查。\n"
        "12、各科室要加强沟通，做好解释。\n",
    )
    [scenario] = data["scenarios"]
    titles = _role_titles(data)
    assert [(w, d, titles.get(b)) for w, d, b, _ in _steps(scenario)] == [
        (None, "值班护士接到投诉后，应登记投诉内容", "值班护士"),
        (None, "报告护士长", "值班护士"),  # no subject of its own: the actor before goes on
        (None, "护士长应及时到场", "护士长"),
        (None, "病区主任得知情况后，应立即向医务科报告", "病区主任"),  # the case goes with the act after it
        (None, "客服中心汇总投诉", "客服中心"),
        (None, "由质控科核实处理", "质控科"),
        (None, "接待人员应热情接待，不得推诿", "接待人员"),
        (None, "客服人员应及时回复客户，以便客户了解处理进度", "客服人员"),
        (None, "由医务科牵头协调，在5个工作日内处理完毕", "医务科"),
        (None, "医院设立投诉中心，受理患者投诉", "投诉中心"),
        (None, "登记人员应记录投诉人姓名、联系电话、投诉事项", "登记人员"),
        (None, "分管院长应视情况轻重，亲自或委派专人处理", "分管院长"),
        (None, "受理窗口接到患者的投诉，应当在当日内登记", "受理窗口"),  # what it learns of, then its act
        (None, "保卫科负责维持秩序", "保卫科"),
        (None, "配合调查", "保卫科"),
        (None, "各科室要加强沟通", None),
        (None, "做好解释", None),
    ]


def test_acts_by_a_rule_or_means_after_a_doubled_comma_or_a_case_in_their_clause_are_steps_of_their_own(tmp_path: Path):
    data = _import(
        tmp_path,
        "物业报修投诉处理规程\n\n一、处理程序\n\n"
        "1、总服务台接到投诉后，详细记录投诉内容，，通过内部系统转交维修部，并电话告知业主。\n"
        "2、维修部按《报修流程》予以处理，工程主管及时向物业经理报备。\n"
        "3、值班员应记录业主电话，待系统恢复后及时回复业主。\n"
        "4、维修人员到场后，应明确故障原因，并安排抢修。\n"
        "5、重大投诉在处理的同时，应在2小时内报告总经理，客服主管及时通报各部门。\n",
    )
    [scenario] = data["scenarios"]
    titles = _role_titles(data)
    assert [(d, titles.get(b)) for _, d, b, _ in _steps(scenario)] == [
        ("总服务台接到投诉后，详细记录投诉内容", None),
        ("通过内部系统转交维修部", None),  # by a means, then the verb
        ("电话告知业主", None),
        ("维修部按《报修流程》予以处理", "维修部"),  # by a rule, then the verb
        ("工程主管及时向物业经理报备", "工程主管"),  # units or posts, an adverb, the verb
        ("值班员应记录业主电话", "值班员"),
        ("待系统恢复后及时回复业主", "值班员"),  # a case and its act in one clause; the actor goes on
        ("维修人员到场后，应明确故障原因", "维修人员"),  # 明确 here is the act, not a body set up
        ("安排抢修", "维修人员"),
        ("重大投诉在处理的同时，应在2小时内报告总经理", None),  # 在…的同时: when, with the act after it
        ("客服主管及时通报各部门", "客服主管"),
    ]


def test_an_english_sentence_that_chains_acts_with_their_own_subject_or_modal_is_a_step_each(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints procedure\n\n1. What we will do\n\n"
        "We will log your complaint within two working days and the Practice Manager will reply within ten.\n\n"
        "We will look into what happened and will keep you updated.\n\n"
        # one act and its own aim, an object of two things, a description before an act, a condition: kept whole
        "We will call you as soon as we can and aim to do so within 3 working days.\n\n"
        "We will review your records and the notes of the staff involved.\n\n"
        "Our process will be simple and fair and we will not charge you.\n\n"
        "If we cannot resolve it and you are still unhappy, we will refer it to the Director.\n",
    )
    [scenario] = data["scenarios"]
    titles = _role_titles(data)
    assert [(w, d, titles.get(b), t) for w, d, b, t in _steps(scenario)] == [
        (None, "We will log your complaint within two working days", None, "2wd"),
        (None, "the Practice Manager will reply within ten", "Practice Manager", None),
        (None, "We will look into what happened", None, None),
        (None, "will keep you updated", None, None),
        (None, "We will call you as soon as we can and aim to do so within 3 working days", None, "3wd"),
        (None, "We will review your records and the notes of the staff involved", None, None),
        (None, "Our process will be simple and fair and we will not charge you", None, None),
        ("If we cannot resolve it and you are still unhappy", "we will refer it to the Director", None, None),
    ]


def test_a_thing_and_by_whom_how_often_and_an_act_on_a_rule_are_acts_and_the_completion_goes_with_its_act(tmp_path: Path):
    data = _import(
        tmp_path,
        "物业投诉处理规程\n\n一、处理程序\n\n"
        "1、前台人员应按照服务规范做好解释工作，投诉记录由客服主管保管，每3个工作日汇总一次。\n"
        "2、客服主管将处理结果整理归档，处理完毕。\n"
        "3、维修主管接到派单后，立即安排维修，维修结果由客服主管回访核实。\n"
        "4、接待人员应将客户带到责任部门，或者电话联系后，告诉客户应找的部门。\n"
        "5、维修班长接单后，立即赶赴现场，无法修复的，应报告设备科。\n"
        "6、网点负责人应立即上报，并在2,000元以内先行赔付。\n",
    )
    [scenario] = data["scenarios"]
    titles = _role_titles(data)
    assert [(d, titles.get(b)) for _, d, b, _ in _steps(scenario)] == [
        ("前台人员应按照服务规范做好解释工作", "前台人员"),  # 应按照…做好…: the act on a rule, not an aim (规范)
        ("投诉记录由客服主管保管", "客服主管"),  # a thing, then by whom and the verb
        ("每3个工作日汇总一次", "客服主管"),  # how often, then the verb
        ("客服主管将处理结果整理归档，处理完毕", "客服主管"),  # its completion, no act of its own
        ("维修主管接到派单后，立即安排维修", "维修主管"),
        ("维修结果由客服主管回访核实", "客服主管"),  # two posts named (主管) are no duties-only sentence
        ("接待人员应将客户带到责任部门，或者电话联系后，告诉客户应找的部门", "接待人员"),  # 或者: the other way of one act
        ("维修班长接单后，立即赶赴现场", "维修班长"),
        ("应报告设备科", "维修班长"),  # after its case (无法修复的), an act with no subject: the actor before goes on
        ("网点负责人应立即上报", "网点负责人"),
        ("在2,000元以内先行赔付", "网点负责人"),  # the comma in 2,000 parts nothing
    ]


def test_a_sentence_is_parted_at_every_comma_whatever_its_verbs_once_it_has_said_an_act(tmp_path: Path):
    # acts5: the split is the default; verbs no list names (录入, 回执, 封样) still part the sentence, and the deadline and
    # the actor go with the piece they belong to
    data = _import(
        tmp_path,
        "水质投诉处理办法\n\n一、处理程序\n"
        "1.客服专员接到投诉后，应核对用户地址，录入工单系统，短信回执用户。\n"
        "2.班组长到场取样，2小时内封样送检。\n",
    )
    [scenario] = data["scenarios"]
    titles = _role_titles(data)
    assert [(d, titles.get(b), t) for _, d, b, t in _steps(scenario)] == [
        ("客服专员接到投诉后，应核对用户地址", "客服专员", None),
        ("录入工单系统", "客服专员", None),
        ("短信回执用户", "客服专员", None),
        ("班组长到场取样", "班组长", None),
        ("2小时内封样送检", "班组长", "2h"),  # its own deadline, the actor before going on
    ]


def test_clauses_stay_together_only_on_grammatical_grounds(tmp_path: Path):
    data = _import(
        tmp_path,
        "燃气报修处理办法\n\n一、处理程序\n"
        # a purpose (以便…), another way (或…), the end of the act (3日内办结), a list with no verb of its own
        "1.维修员应记录报修地址，以便派单。\n"
        "2.维修员应上门检修，或电话指导用户处置。\n"
        "3.维修员应更换损坏的阀门，3日内办结。\n"
        "4.维修员应登记用户信息，姓名、住址、电话。\n"
        # a case or a basis that governs the act after it (…的话, 应视…), and the result of a case (则…)
        "5.维修员无法修复的话，报告站长。\n"
        "6.站长应视损坏程度，调派抢修车辆。\n"
        "7.如用户对处理满意，则办结归档。\n",
    )
    [scenario] = data["scenarios"]
    assert [(w, d) for w, d, _, _ in _steps(scenario)] == [
        (None, "维修员应记录报修地址，以便派单"),
        (None, "维修员应上门检修，或电话指导用户处置"),
        (None, "维修员应更换损坏的阀门，3日内办结"),
        (None, "维修员应登记用户信息，姓名、住址、电话"),
        (None, "维修员无法修复的话，报告站长"),
        (None, "站长应视损坏程度，调派抢修车辆"),
        ("如用户对处理满意", "则办结归档"),
    ]


def test_a_sentence_that_names_the_case_first_is_not_parted_before_an_act(tmp_path: Path):
    # 用户报修，燃气泄漏，…: the case named by its nouns stays with the act that answers it; the plan started (应立即启动
    # 本预案) goes with what it starts
    data = _import(
        tmp_path,
        "燃气泄漏应急预案\n\n一、处置程序\n"
        "1.用户报修，燃气泄漏，值班员立即关闭总阀，疏散住户。\n"
        "2.供气站发生泄漏，应立即启动本预案，组织抢修。\n",
    )
    [scenario] = data["scenarios"]
    assert [d for _, d, _, _ in _steps(scenario)] == [
        "用户报修，燃气泄漏，值班员立即关闭总阀",
        "疏散住户",
        "供气站发生泄漏，应立即启动本预案，组织抢修",
    ]


def test_the_clause_a_case_governs_is_an_act_and_a_rule_after_its_case_is_read_whole(tmp_path: Path):
    data = _import(
        tmp_path,
        "水质投诉处理办法\n\n一、处理程序\n"
        # 接到投诉后，抄录…: what follows the case is the act, whatever its verb, so the next act is parted from it
        "1.接到投诉后，抄录用户地址，录入工单系统。\n"
        # a prohibition after its time (在…期间，严禁…，擅自…): one rule, read whole, not parted
        "2.在调查期间，严禁泄露投诉人信息，擅自对外表态。\n"
        # 一般情况下: the circumstance of the act after it
        "3.事故发生在夜间时，一般情况下，值班员应先电话告知用户。\n",
    )
    [scenario] = data["scenarios"]
    assert [d for _, d, _, _ in _steps(scenario)] == [
        "接到投诉后，抄录用户地址",
        "录入工单系统",
        "在调查期间，严禁泄露投诉人信息，擅自对外表态",
        "事故发生在夜间时，一般情况下，值班员应先电话告知用户",
    ]


def test_a_clause_of_some_length_acts_without_a_listed_verb_and_grammar_still_keeps_its_joins(tmp_path: Path):
    data = _import(
        tmp_path,
        "供水抢修处理规程\n\n一、处理程序\n"
        # acts no verb list names: each its own step, once the clause is long enough to be more than a noun
        "1.在路口摆放锥桶，拍照留存现场情况，疏导过往车辆。\n"
        # a cause (因…) and a concession (虽然…，但…) govern the clause after them
        "2.因暴雨积水，用户无法正常取水时，可以安排送水车。\n"
        # a short matter and the time it is handled in
        "3.水压不足，两个工作日内排查。\n"
        # a body set up and what it is to do: one sentence about one body
        "4.水厂成立抢修突击队，承担夜间抢修。\n",
    )
    [scenario] = data["scenarios"]
    assert [d for _, d, _, _ in _steps(scenario)] == [
        "在路口摆放锥桶",
        "拍照留存现场情况",
        "疏导过往车辆",
        "因暴雨积水，用户无法正常取水时，可以安排送水车",
        "水压不足，两个工作日内排查",
        "水厂成立抢修突击队，承担夜间抢修",
    ]


def test_an_english_sentence_chaining_acts_with_then_is_a_step_per_act(tmp_path: Path):
    data = _import(
        tmp_path,
        "# Faults procedure\n\n## What we do\n\n"
        "1. We will log the fault, then pass it to the repairs supervisor.\n"
        "2. The supervisor will inspect the site; then we will write to you within 10 days.\n"
        "3. We will call you and then send a letter.\n"
        # "then" inside an act, not chaining one: the sentence is read whole
        "4. We will fix it by the end of the day and let you know if anything changes then.\n",
        name="plan.md",
    )
    [scenario] = data["scenarios"]
    assert [(d, t) for _, d, _, t in _steps(scenario)] == [
        ("We will log the fault", None),
        ("pass it to the repairs supervisor", None),
        ("The supervisor will inspect the site", None),
        ("we will write to you within 10 days", "10d"),
        ("We will call you", None),
        ("send a letter", None),
        ("We will fix it by the end of the day", None),
        ("let you know if anything changes then", None),  # "and" and a second verb: the same actor's next act
    ]


def test_a_clause_with_a_list_and_more_is_an_act_and_a_list_alone_spells_out_the_object(tmp_path: Path):
    data = _import(
        tmp_path,
        "电梯故障处理办法\n\n一、处理程序\n"
        # the second clause names a list of units and acts on them: an act of its own
        "1.值班员应安抚被困乘客，通知维保单位、物业经理到场。\n"
        # a list and nothing else: the object of the act before, spelt out
        "2.值班员应记录故障信息，楼栋、梯号、时间。\n"
        # handled by a rule, after another act: an act of its own
        "3.维保人员应出具检修报告，按照维保合同处理。\n",
    )
    [scenario] = data["scenarios"]
    assert [d for _, d, _, _ in _steps(scenario)] == [
        "值班员应安抚被困乘客",
        "通知维保单位、物业经理到场",
        "值班员应记录故障信息，楼栋、梯号、时间",
        "维保人员应出具检修报告",
        "按照维保合同处理",
    ]


def test_why_the_plan_was_made_is_kept_not_read_as_steps_wherever_it_stands(tmp_path: Path):
    """为规范…，提高…，特制定本流程。 under a procedure's heading (a page that runs the document together puts it there):
    kept with its position, not cut into steps; the acts after it are the steps."""
    data = _import(
        tmp_path,
        "客户投诉处理流程\n一、处理程序\n为规范客户投诉处理，提高服务质量，特制定本流程。"
        "客服专员应当场受理投诉并登记，客服主管应在2个工作日内回复客户。\n",
    )
    assert [a["do"] for sc in data["scenarios"] for a in sc.get("actions", [])] == [
        "客服专员应当场受理投诉并登记",
        "客服主管应在2个工作日内回复客户",
    ]
    assert "为规范客户投诉处理，提高服务质量，特制定本流程" in [u["text"] for u in data["x-unmapped"]]


def test_a_plan_with_no_procedure_takes_its_posts_charges_as_steps(tmp_path: Path):
    """A plan that states who is charged with what and no procedure (总指挥职责：…；…): the acts of the charges become the
    steps of one procedure, each by the post charged with it, in the document's order; what a charge says besides an act
    (…下设办公室，设在…) is no step; the duties stay as they were, and the report says where the steps came from."""
    source = tmp_path / "plan.txt"
    source.write_text(
        "超市突发事件应急预案\n一、组织机构及职责\n成立应急救援指挥中心。\n总指挥:经理\n副总指挥:值班经理\n"
        "总指挥职责:发生重大事故时,发布和解除应急救援指令;组织指挥应急队伍实施救援行动;向上级汇报事故情况。\n"
        "副总指挥职责:协助总指挥负责应急救援的具体指挥工作。\n"
        "指挥中心下设办公室,设在防损部。\n",
        encoding="utf-8",
    )
    out = tmp_path / "plan.yaml"
    result = CliRunner().invoke(main, ["--lang", "zh-CN", "import", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "原文没有处置程序一节：处置步骤取自各岗位、各小组的职责，请逐项核对" in result.output
    assert CliRunner().invoke(main, ["validate", "--no-cache", str(out)]).exit_code == 0
    data = load(out).data
    roles = {r["id"]: r for r in data["organisation"]["roles"]}
    [scenario] = data["scenarios"]
    assert scenario["triggers"] == ["发生重大事故"]  # the charge's opening case, as a procedure's
    steps = [(s["do"], roles[s["by"]]["title"]) for s in scenario["actions"]]
    assert steps == [
        ("发布和解除应急救援指令", "总指挥"),
        ("组织指挥应急队伍实施救援行动", "总指挥"),
        ("向上级汇报事故情况", "总指挥"),
        ("协助总指挥负责应急救援的具体指挥工作", "副总指挥"),
    ]
    commander = next(r for r in roles.values() if r["title"] == "总指挥")
    assert commander["duties"] == ["发生重大事故时,发布和解除应急救援指令;组织指挥应急队伍实施救援行动;向上级汇报事故情况"]


def test_a_plan_with_a_procedure_of_its_own_keeps_the_duties_as_duties(tmp_path: Path):
    source = tmp_path / "plan.txt"
    source.write_text(
        "客户投诉应急预案\n一、组织机构及职责\n总指挥:经理\n总指挥职责:发布和解除应急救援指令。\n"
        "二、处置程序\n（一）接到投诉后，大堂经理应立即安抚客户。\n（二）客服专员应登记投诉内容。\n"
        "（三）客服主管应在2个工作日内回复客户。\n（四）客服主管应将处理结果报告经理。\n",
        encoding="utf-8",
    )
    data = import_document(source).data
    assert [s["do"] for scenario in data["scenarios"] for s in scenario["actions"]] == [
        "接到投诉后，大堂经理应立即安抚客户",
        "客服专员应登记投诉内容",
        "客服主管应在2个工作日内回复客户",
        "客服主管应将处理结果报告经理",
    ]


def test_a_plan_with_a_step_or_three_adds_its_posts_charges_as_steps(tmp_path: Path):
    """Two steps read from a notice's lines are no procedure: the acts the posts are charged with follow them, each by
    its post, and the report says the steps were added from the duties."""
    source = tmp_path / "plan.txt"
    source.write_text(
        "消防应急预案\n一、组织机构及职责\n组长:院长\n副组长:副院长\n"
        "组长职责:立即报告上级部门;视火情拨打119;组织人员疏散。\n副组长职责:协助组长指挥现场救援。\n"
        "二、报警\n发现火情的员工应立即报告值班人员。\n值班人员应立即赶到现场。\n",
        encoding="utf-8",
    )
    out = tmp_path / "plan.yaml"
    result = CliRunner().invoke(main, ["--lang", "zh-CN", "import", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "原文的处置步骤很少：已按各岗位、各小组的职责补充处置步骤，请逐项核对" in result.output
    assert "原文没有处置程序一节" not in result.output
    assert CliRunner().invoke(main, ["validate", "--no-cache", str(out)]).exit_code == 0
    data = load(out).data
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    steps = [(s["do"], roles.get(s.get("by"))) for sc in data["scenarios"] for s in sc.get("actions", [])]
    assert steps == [
        ("发现火情的员工应立即报告值班人员", "发现火情的员工"),
        ("值班人员应立即赶到现场", "值班人员"),
        ("立即报告上级部门", "组长"),
        ("视火情拨打119", "组长"),
        ("组织人员疏散", "组长"),
        ("协助组长指挥现场救援", "副组长"),
    ]


def test_a_plan_whose_acts_are_all_listed_under_its_duties_heading_has_them_as_steps(tmp_path: Path):
    """`一、组织机构与职责 > 2、职责：（1）凡出现…苗头的，由科室负责人出面做好化解疏导工作…`: with no procedure anywhere else,
    the items listed under the duties heading that act are the plan's steps (a promise listed so would not be)."""
    data = _import(
        tmp_path,
        "突发群体性事件应急处置工作预案\n一、组织机构与职责\n1.组织机构:\n2、职责:\n"
        "（1）出现群体性事件苗头的,由科室负责人出面做好化解疏导工作,听取群众意见和要求。\n"
        "（2）群体性事件发生后,领导小组成员应迅速到达现场指挥、处置。\n",
    )
    [scenario] = data["scenarios"]
    assert scenario["title"] == "应急处置"
    steps = [s["do"] for s in scenario["actions"]]
    assert any("做好化解疏导工作" in s for s in steps) and any("迅速到达现场指挥" in s for s in steps)
    assert "x-unmapped" not in data or all("化解疏导" not in u["text"] for u in data["x-unmapped"])


def test_a_sentence_with_no_deadline_in_a_deadlines_section_is_kept(tmp_path: Path):
    """Under 投诉处理时限, `…2日内做出回复,对于复杂的事项在5日内作出回复。若…公司做出不予受理决定的,也应…通知…`: the
    deadlines are read; the sentence that states none is not lost, it stays with its position."""
    data = _import(
        tmp_path,
        "客户投诉处理制度\n三、投诉处理时限\n(1)自收到客户投诉时起2日内做出回复,对于复杂的事项在5日内作出回复。"
        "若公司做出不予受理决定的,也应采取电子邮件、短信等方式向投诉人进行通知,并告知不予受理的理由。\n",
    )
    assert sorted(t["within"] for t in data["time_limits"]) == ["2d", "5d"]
    kept = [u for u in data.get("x-unmapped", []) if "不予受理" in u["text"]] + [
        s for sc in data["scenarios"] for s in sc.get("actions", []) if "不予受理" in s["do"]
    ]
    assert kept, data


def test_an_approval_clause_is_the_condition_of_the_act_after_it_not_a_step(tmp_path: Path):
    # 经副组长批准，营业部可给予…: the approval belongs to the act it allows (the step's approval), not a step of its own
    data = _import(
        tmp_path,
        "客户投诉应急预案\n一、组织机构\n公司成立投诉应急处置小组，王明任组长，李华任副组长。\n二、处置流程\n"
        "1.营业部负责人应在24小时内与客户取得联系。\n2.经副组长批准，营业部可给予客户不超过壹万元的应急补偿。\n"
        "3.公司应在收到投诉之日起30日内作出处理决定。\n",
    )
    actions = data["scenarios"][0]["actions"]
    assert [a["do"] for a in actions] == [
        "营业部负责人应在24小时内与客户取得联系",
        "经副组长批准，营业部可给予客户不超过壹万元的应急补偿",
        "公司应在收到投诉之日起30日内作出处理决定",
    ]
    roles = {r["id"]: r for r in data["organisation"]["roles"]}
    assert roles[actions[1]["approval"]]["holder"] == "李华"
    assert data["limits"][0]["max"] == 10000


def test_the_time_an_act_answers_is_no_step_of_its_own(tmp_path: Path):
    # 网点负责人接到投诉后，应在30分钟内到达现场: one step by the post, with its deadline; not 网点负责人接到投诉后 alone
    data = _import(
        tmp_path,
        "客户投诉应急预案\n\n一、处置程序\n1.网点负责人接到投诉后，应在30分钟内到达现场，安抚客户情绪。\n"
        "2.运营主管负责登记投诉事项，2小时内报告综合部。\n",
    )
    [scenario] = data["scenarios"]
    assert [(d, b, t) for _, d, b, t in _steps(scenario)][:2] == [
        ("网点负责人接到投诉后，应在30分钟内到达现场", "outlet-head", "30min"),
        ("安抚客户情绪", "outlet-head", None),
    ]


def test_a_flow_on_one_line_whose_last_box_runs_on_as_a_sentence_is_a_procedure(tmp_path: Path):
    """登记→接待→记录→对意见…能解决的现场解决，…3个工作日内予以回复: the last box may be a sentence of its own; 园长 acts."""
    data = _import(
        tmp_path,
        "幼儿园家长投诉处理制度\n\n一、接待流程\n\n"
        "来访者在门卫室登记预约→园长接待来访人员→记录者及时记录接待内容→对来访者提出的意见和建议，能解决的现场解决，"
        "暂时不能解决的，经园委会研究解决，应在3个工作日内予以回复。\n",
    )
    [scenario] = data["scenarios"]
    steps = _steps(scenario)
    assert [d for _, d, _, _ in steps][:3] == ["来访者在门卫室登记预约", "园长接待来访人员", "记录者及时记录接待内容"]
    assert len(steps) == 4 and steps[-1][3] == "3wd"
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert roles[steps[1][2]] == "园长"


def test_a_case_named_by_its_grade_is_the_condition_of_the_act_after_it(tmp_path: Path):
    """`…报告，较大及以上事件，个人金融部应在2小时内报告领导小组组长`: the graded case is when the next act is done, by
    the unit that sentence names, not a step of its own (nor the first actor's)."""
    data = _import(
        tmp_path,
        "客户投诉应急预案\n一、组织机构\n个人金融部负责投诉处理。\n二、应急处置\n"
        "网点负责人应在1小时内向支行行长报告，较大及以上事件，个人金融部应在2小时内报告领导小组组长。\n",
    )
    [scenario] = data["scenarios"]
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    steps = [(s.get("when"), s["do"], roles.get(s.get("by")), s.get("within")) for s in scenario["actions"]]
    assert steps == [
        (None, "网点负责人应在1小时内向支行行长报告", "网点负责人", "1h"),
        ("较大及以上事件", "个人金融部应在2小时内报告领导小组组长", "个人金融部", "2h"),
    ]


def test_cases_set_out_as_labels_give_their_acts_with_the_case_as_when(tmp_path: Path):
    # a notice whose headings are kinds of customer, each item a way of complaining and what is done then
    data = _import(
        tmp_path,
        "关于纠纷顾客处理流程的通知\n"
        "根据经营的需要，现将纠纷顾客处理的流程调整如下：\n"
        "一、对服务不满意的顾客：\n"
        "1、在电话、网络上进行投诉：第一接待人先进行安抚，由客服中心进行跟进；\n"
        "2、上门进行投诉：导医先问询顾客来意，由客服中心进行跟踪处理；\n"
        "二、退费的顾客：\n"
        "1、受理退费：财务部核对收费记录后办理退款；\n",
    )
    titles = _role_titles(data)
    (unhappy,) = [s for s in data["scenarios"] if s["title"] == "对服务不满意的顾客"]
    assert [(when, do, titles.get(by)) for when, do, by, _ in _steps(unhappy)] == [
        ("在电话、网络上进行投诉", "第一接待人先进行安抚", "第一接待人"),
        (None, "由客服中心进行跟进", "客服中心"),
        ("上门进行投诉", "导医先问询顾客来意", "导医"),  # the label a heading took, kept with its act
        (None, "由客服中心进行跟踪处理", "客服中心"),
    ]
    # a label that names the act (受理退费：) is no case
    steps = [step for scenario in data["scenarios"] for step in _steps(scenario)]
    assert (None, "财务部核对收费记录后办理退款") in [(when, do) for when, do, *_ in steps]


def test_an_assessments_procedure_heading_is_a_procedure_and_a_time_word_is_no_part_of_a_post(tmp_path: Path):
    data = _import(
        tmp_path,
        "服务考核管理办法\n"
        "1、考核原则\n"
        "公平、公正、公开。\n"
        "2、考核程序\n"
        "2.1月初服务办公室向部门发放服务绩效考核表，部门根据考核表组织开展工作。\n"
        "2.2每月3-6日由部门按照考核表进行自评，并上报服务办公室。\n",
    )
    (scenario,) = data["scenarios"]
    assert scenario["title"] == "考核程序"
    titles = _role_titles(data)
    assert "服务办公室" in titles.values() and "月初服务办公室" not in titles.values()
    assert _steps(scenario)[0][1] == "月初服务办公室向部门发放服务绩效考核表"


def test_a_hospitals_guide_and_first_receiver_are_posts_that_act(tmp_path: Path):
    data = _import(
        tmp_path,
        "纠纷顾客处理流程\n一、处理流程\n1、导医先问询顾客来意，通知客服中心。\n2、第一接待人先进行安抚，并做好记录。\n"
        "3、医助将病历交给手术医生。\n4、科主任会同手术医生确认方案。\n",
    )
    titles = _role_titles(data)
    (scenario,) = data["scenarios"]
    assert [titles.get(by) for _, _, by, _ in _steps(scenario)][:3] == ["导医", "导医", "第一接待人"]
    assert {"导医", "第一接待人", "医助", "手术医生"} <= set(titles.values())
    # 指导医生 / 报导医院: the word inside others is no post
    from plancraft.importer.roles import posts_in

    assert posts_in("报导医院的情况") == [] and posts_in("由指导医生负责") == ["医生"]


def test_when_and_where_complaints_are_received_are_no_steps_and_a_unit_heading_its_procedure_owns_it(tmp_path: Path):
    data = _import(
        tmp_path,
        "物业投诉处理制度\n一、客服部投诉处理流程\n1、登记投诉内容，填写投诉登记表。\n2、判断投诉是否成立，1个工作日内答复业主。\n"
        "二、投诉接待时间及地点\n接待时间：周一至周五9:00-17:00。\n地点：物业服务中心一楼大厅。\n",
    )
    (scenario,) = data["scenarios"]
    assert _role_titles(data)[scenario["owner"]] == "客服部"
    steps = [do for _, do, _, _ in _steps(scenario)]
    assert not any("9:00" in step or "大厅" in step for step in steps)
    kept = str(data.get("x-unmapped"))
    assert "周一至周五9:00-17:00" in kept and "一楼大厅" in kept


def test_complaints_handed_on_by_grade_are_levels_and_steps_with_the_posts_they_go_to(tmp_path: Path):
    data = _import(
        tmp_path,
        "投诉机制\n\n五、投诉处理流程\n\n"
        "1. 分级派单：一般投诉派售后专员；重要投诉派售后主管；紧急投诉上报运营总监，成立专项小组；\n\n"
        "2. 调查核实：售后专员应在24小时内联系客户核实情况。\n",
    )
    assert [lv["name"] for lv in data["levels"]] == ["一般投诉", "重要投诉", "紧急投诉"]
    titles = _role_titles(data)
    assert {"售后专员", "售后主管", "运营总监"} <= set(titles.values())
    assert not any("派" in t for t in titles.values())  # the case and its verb are no part of the post
    [dispatch] = [s for s in data["scenarios"] if s["title"] == "分级派单"]
    assert [d for _, d, _, _ in _steps(dispatch)] == [
        "一般投诉派售后专员",
        "重要投诉派售后主管",
        "紧急投诉上报运营总监",
        "成立专项小组",
    ]


def test_promises_that_give_periods_are_steps_and_promises_of_manner_are_not(tmp_path: Path):
    data = _import(
        tmp_path,
        "Customer complaints policy\n\n## Our complaints process\n\n"
        "Speak to a team member, Duty Manager, or General Manager.\n\n"
        "## Our commitment to you\n\n"
        "- We will acknowledge your complaint within 5 working days\n"
        "- We aim to provide a full response within 10 working days\n"
        "- If more time is required at any stage, we'll keep you informed of progress\n\n"
        "## Our values\n\n"
        "We will treat you with courtesy. We will listen to what you tell us.\n",
        name="plan.md",
    )
    steps = {d: t for s in data["scenarios"] for _, d, _, t in _steps(s)}
    assert steps["We will acknowledge your complaint within 5 working days"] == "5wd"
    assert steps["We aim to provide a full response within 10 working days"] == "10wd"
    assert not any("courtesy" in d for d in steps)


def test_an_act_before_the_words_announcing_a_list_is_a_step_and_the_announcement_is_kept(tmp_path: Path):
    data = _import(
        tmp_path,
        "客户咨询投诉管理办法\n\n一、投诉案件处理\n\n"
        "1、分公司咨诉岗受理投诉案件后，应及时对案件进行核实了解。如案件有争议情况下，咨询岗应及时上报条线对应部门负责人，"
        "上报流程及具体责任人明确如下：\n\n"
        "理赔问题：上报理赔经理，同时通知机构负责人协调处理解决。\n",
    )
    [scenario] = data["scenarios"]
    assert ("如案件有争议情况下", "咨询岗应及时上报条线对应部门负责人") in [(w, d) for w, d, _, _ in _steps(scenario)]
    assert "上报流程及具体责任人明确如下" in [u["text"] for u in data["x-unmapped"]]


def test_working_groups_closed_with_a_stop_and_a_paragraph_of_prose_give_their_charges_as_steps(tmp_path: Path):
    """1、应急指挥小组。 with 组长/组员 and 主要职能： over its charges is a working group (heldout138); 主要职能： is no
    duty, and 尽早向教育行政部门报告 is the group's charge, not the department's. One paragraph of prose before them,
    however many clauses it has, is no procedure of the plan's own: the groups' charges become its steps."""
    data = _import(
        tmp_path,
        "活动安全应急预案\n突发事件一旦发生，领导采取坚决果断措施，迅速派出得力人手，报告、通知有关单位协助处理，尽快平息。\n"
        "1、应急指挥小组。\n组长：黄幼君。\n组员：李娜。\n主要职能：\n（1）快速到达现场，控制局面。\n"
        "（2）尽早向教育行政部门报告，通知相关单位。\n2、医疗救援小组。\n组长：陈红。\n组员：邵明。\n主要职能：\n"
        "（1）立即组织护送受伤者去医院救治。\n",
    )
    groups = {g["name"]: g for g in data["organisation"]["groups"]}
    assert list(groups) == ["应急指挥小组", "医疗救援小组"]
    assert groups["应急指挥小组"]["duties"] == ["快速到达现场，控制局面。", "尽早向教育行政部门报告，通知相关单位。"]
    steps = [a["do"] for sc in data["scenarios"] for a in sc["actions"]]
    assert "快速到达现场" in steps and "立即组织护送受伤者去医院救治" in steps


def test_a_post_the_step_reaches_is_not_who_does_it(tmp_path: Path):
    # 与X沟通 / 回访X: X is spoken to, as 报告X / 通知X; one list of such words for duties and steps (roles.REACHED_BEFORE)
    data = _import(
        tmp_path,
        "客户投诉处理办法\n一、组织\n归属部门负责人负责本部门投诉。\n二、应急处理程序\n"
        "1、受理投诉：服务站人员接到用户投诉后，应立即联系用户了解具体情况。并根据投诉内容，迅速与归属部门负责人沟通到现场处理。\n"
        "2、归属部门负责人到现场处理。\n",
    )
    titles = _role_titles(data)
    steps = [(a["do"], titles.get(a.get("by"))) for sc in data["scenarios"] for a in sc["actions"]]
    assert [by for do, by in steps if do.startswith("迅速与")] == [None]
    assert ("归属部门负责人到现场处理", "归属部门负责人") in steps


def test_a_numbered_list_mostly_of_acts_is_a_list_of_steps_even_where_an_item_names_no_act_the_importer_knows(tmp_path):
    # three of four items read as acts; the fourth (a counter set up, no verb the importer knows) is a step of the list too
    data = _import(
        tmp_path,
        "食堂顾客投诉处理规定\n\n"
        "一、接到顾客投诉后，值班经理应立即到场了解情况。\n\n"
        "二、值班经理应做好投诉记录，并报告餐饮部经理。\n\n"
        "三、就餐场所醒目设置顾客投诉记录本、本单位投诉电话、在岗值班人员。\n\n"
        "四、餐饮部经理应在3个工作日内答复顾客。\n",
    )
    (scenario,) = data["scenarios"]
    assert [s[1] for s in _steps(scenario)] == [
        "接到顾客投诉后，值班经理应立即到场了解情况",
        "值班经理应做好投诉记录",
        "报告餐饮部经理",
        "就餐场所醒目设置顾客投诉记录本、本单位投诉电话、在岗值班人员",
        "餐饮部经理应在3个工作日内答复顾客",
    ]


def test_in_a_list_of_steps_an_item_that_says_who_is_responsible_stays_with_the_posts(tmp_path):
    data = _import(
        tmp_path,
        "Complaints Procedure\n\n"
        "1. The person responsible for dealing with any complaint is: Mrs Ann Lee\n\n"
        "2. If a patient complains at the desk, we will listen to the complaint and refer it to Ann.\n\n"
        "3. We will acknowledge the complaint within 3 working days.\n\n"
        "4. We will investigate the complaint and reply within 10 working days.\n",
    )
    steps = [s[1] for sc in data["scenarios"] for s in _steps(sc)]
    assert not any("responsible" in s for s in steps)
    assert any(r.get("holder") == "Mrs Ann Lee" for r in data["organisation"]["roles"])


def test_an_english_lead_in_cut_at_its_preposition_ends_in_each_item_listed_after_it(tmp_path):
    data = _import(
        tmp_path,
        "# Complaints Procedure\n\n## Complaint Handling Process\n\nOnce we receive your complaint:\n\n"
        "- You will receive an acknowledgement within 3 working days\n- We aim to respond within:\n"
        "- 10 working days (non-clinical matters)\n- 25 working days (clinical matters)\n\n"
        "We will:\n\n- Investigate the complaint thoroughly\n\n"
        "## If You Are Not Satisfied\n\nIf you are dissatisfied with the outcome, you can contact the Ombudsman:\n\n"
        "Website: www.ombudsman.org.uk\n",
        name="plan.md",
    )
    steps = [(s[1], s[3]) for sc in data["scenarios"] for s in _steps(sc)]
    assert steps == [
        ("You will receive an acknowledgement within 3 working days", "3wd"),
        ("We aim to respond within 10 working days (non-clinical matters)", "10wd"),
        ("We aim to respond within 25 working days (clinical matters)", "25wd"),
        ("Investigate the complaint thoroughly", None),
    ]
    # a heading that only sends the complainant to the Ombudsman is no tier of the procedure's
    assert not data.get("levels")


def test_the_documents_title_is_never_a_step_of_a_procedure_read_from_prose(tmp_path):
    import docx as docx_module

    document = docx_module.Document()
    document.add_paragraph("厦门市地方税务局办税服务厅突发事件应急预案", style="Title")
    document.add_paragraph("发生突发事件时，办税服务厅负责人应立即组织疏散纳税人，并在1小时内报告局办公室。")
    document.add_paragraph("值班人员应及时拨打110报警，保护现场。")
    source = tmp_path / "plan.docx"
    document.save(source)
    data = import_document(source).data
    steps = [s[1] for sc in data.get("scenarios") or [] for s in _steps(sc)]
    assert steps and not any("应急预案" in s for s in steps)
    assert "厦门市地方税务局" not in _role_titles(data).values()


def test_the_measures_a_prevention_heading_lists_are_steps_and_early_warning_stays_monitoring(tmp_path):
    data = _import(
        tmp_path,
        "牧场应急预案\n\n一、大风灾害应急方案\n\n（一）预防\n\n"
        "1、密切关注天气报道，及时向有关人员发送预警信息；\n\n"
        "2、加固或拆除标识牌、室外悬挂物等高处易坠落物；\n\n"
        "3、对干草棚、精料库等地存放的饲料原料做好遮盖工作；\n\n"
        "（二）预警与监测\n\n气象信息由办公室负责收集。\n",
    )
    steps = [s[1] for sc in data["scenarios"] for s in _steps(sc)]
    assert steps[:4] == [
        "密切关注天气报道",
        "及时向有关人员发送预警信息",
        "加固或拆除标识牌、室外悬挂物等高处易坠落物",
        "对干草棚、精料库等地存放的饲料原料做好遮盖工作",
    ]
    assert data["monitoring"]


def test_a_procedure_titled_by_a_deadline_alone_gives_its_first_step_that_deadline(tmp_path):
    import docx as docx_module

    document = docx_module.Document()
    document.add_paragraph("Complaints Procedure", style="Title")
    document.add_paragraph("How we handle your complaint", style="Heading 1")
    document.add_paragraph("Once received, your complaint will be dealt with in the following way:")
    for day, text in (("7", "We will try to provide you with a full reply."), ("28", "We will write with our final response.")):
        document.add_paragraph(f"By Day {day}", style="Heading 2")
        document.add_paragraph(text)
    source = tmp_path / "plan.docx"
    document.save(source)
    data = import_document(source).data
    steps = {s[1]: s[3] for sc in data["scenarios"] for s in _steps(sc)}
    assert steps["We will try to provide you with a full reply"] == "7d"
    assert steps["We will write with our final response"] == "28d"


def test_a_handling_label_under_a_case_heading_gives_that_case_its_steps(tmp_path):
    data = _import(
        tmp_path,
        "# 帮助指南\n\n## 常见问题\n\n### 1. 货物延迟送达\n\n- 处理方式:查询物流轨迹,向客户解释延误原因并提供预计到达时间。\n\n"
        "### 2. 运费争议\n\n- 处理方式:核对收费标准和客户订单信息,解释费用构成。\n",
        name="plan.md",
    )
    assert {sc["title"]: [s[1] for s in _steps(sc)] for sc in data["scenarios"]} == {
        "货物延迟送达": ["查询物流轨迹", "向客户解释延误原因", "提供预计到达时间"],
        "运费争议": ["核对收费标准和客户订单信息", "解释费用构成"],
    }


def test_items_that_each_end_in_de_are_the_cases_a_heading_covers_not_its_steps(tmp_path: Path):
    text = (
        "养老院意外事件报告制度\n一、院内可处理解决的意外事件\n（一）老年人意外滑跌,未造成大面积擦伤、骨裂的\n"
        "（二）老人之间发生争执,经劝导和解的\n二、汇报流程\n员工发现意外事件后，应在1小时内报告主任。\n"
    )
    scenarios = _import(tmp_path, text)["scenarios"]
    assert [(s["title"], s.get("triggers"), len(s.get("actions", []))) for s in scenarios] == [
        ("院内可处理解决的意外事件", ["老年人意外滑跌,未造成大面积擦伤、骨裂的", "老人之间发生争执,经劝导和解的"], 0),
        ("汇报流程", None, 1),
    ]
    # one item that acts makes it a procedure again
    acting = text.replace("（二）老人之间发生争执,经劝导和解的", "（二）值班人员应立即报告主任")
    assert len(_import(tmp_path, acting, "acting.txt")["scenarios"][0]["actions"]) >= 1


def test_a_principles_heading_over_who_answers_and_who_is_handed_what_is_a_procedure(tmp_path: Path):
    text = (
        "客户服务制度\n一、服务宗旨\n为客户提供专业、及时的技术支持与服务。\n二、处理原则\n"
        "1)一般的使用咨询,工作人员将直接给客户在电话或微信中给予答复;\n"
        "2)新需求会转交给商务经理,商务经理在接到通知任务后及时联系问题提出方;\n"
        "3)若为投诉问题,在我公司内部投诉通道系统中反馈,服务监管专员会及时处理投诉意见;\n"
        "4)热线不能解决的技术问题,由服务顾问在2个工作日内上门处理;\n"
    )
    data = _import(tmp_path, text)
    assert [s["title"] for s in data["scenarios"]] == ["处理原则"]
    assert len(data["scenarios"][0]["actions"]) >= 4
    assert not data.get("principles")
    # principles that say how, not who does what, stay principles
    plain = "客户服务制度\n一、处理原则\n1)坚持客户至上的原则;\n2)坚持依法合规的原则;\n3)坚持及时高效的原则;\n"
    kept = _import(tmp_path, plain, "plain.txt")
    assert len(kept["principles"]) == 3 and not kept.get("scenarios")


def test_principles_the_organisation_acts_on_are_a_procedure(tmp_path: Path):
    # 本公司接获申诉后，将…; …等纠纷事宜，本公司应先…: the organisation naming itself as who acts, after a long case
    data = _import(
        tmp_path,
        "交易纠纷处理办法\n\n一、目的\n为保障会员权益，特制定本办法。\n\n二、纠纷处理原则\n"
        "1. 会员对本公司的服务有异议时，可拨打客服专线申诉，本公司将依服务条款向会员说明。\n"
        "2. 买卖双方产生交易纠纷时，本公司接获申诉后，将主动协调双方进行沟通。\n"
        "3. 买家通过本公司的平台与卖家进行交易时，如未收到商品，或遇商品瑕疵、商品退货、服务取消、错误付款等纠纷事宜，"
        "本公司应先联系卖家寻求解决。\n",
    )
    [scenario] = data["scenarios"]
    assert scenario["title"] == "纠纷处理原则"
    steps = [d for _, d, _, _ in _steps(scenario)]
    assert any("将主动协调双方进行沟通" in d for d in steps), steps
    assert any("本公司应先联系卖家寻求解决" in d for d in steps), steps
    assert "principles" not in data or data["principles"] == []


def test_a_monitoring_room_named_in_a_lead_in_is_no_monitoring_section(tmp_path: Path):
    # 监控中心 is a room (the CCTV room) whose staff act; a lead-in naming it keeps its items as steps
    data = _import(
        tmp_path,
        "某KTV紧急疏散预案\n\n一旦发生大的火情，必须对所有人员进行疏散，具体实施步骤如下：\n"
        "1、发现火情后，及时向监控中心报警。\n"
        "2、监控中心人员按照总指挥的命令进行具体操作：\n"
        "⑴利用紧急广播通知现场的客人及员工紧急疏散。\n⑵保安员应迅速到达现场，对火场进行检查。\n"
        "3、保安部派员看护现场，防止客人返回现场拿取物品。\n",
    )
    assert "monitoring" not in data
    steps = [d for s in data["scenarios"] for _, d, _, _ in _steps(s)]
    assert any("利用紧急广播通知现场的客人及员工紧急疏散" in d for d in steps), steps


def test_a_table_whose_rows_are_what_is_done_and_by_when_is_read_turned(tmp_path: Path):
    # 来源 | 上级交办 | 书面、网络 | 口头、电话 over 处理程序 | … and 作业时间 | 5日内处理完毕 | …: each kind a column
    rows = [
        ["来源", "上级交办", "书面、网络", "口头、电话"],
        ["处理程序", "登记并公文答复", "登记并书面答复", "当场纾解及答复"],
        ["作业时间", "5日内处理完毕", "6日内处理完毕", "即时(或3日内处理完毕)"],
    ]
    data = import_document(table_under_heading(tmp_path / "plan.docx", "顾客抱怨处理程序", "一、处理流程", rows)).data
    steps = [(d, t) for s in data["scenarios"] for _, d, _, t in _steps(s)]
    assert [t for _, t in steps] == ["5d", "6d", "3d"], steps


def test_a_procedure_cell_that_numbers_its_acts_holds_a_step_each(tmp_path: Path):
    rows = [
        ["环节", "工作内容", "完成时限"],
        ["受理", "1.登记投诉内容 2.分析统计 3.转交责任部门", "1个工作日"],
        ["答复", "书面答复客户", "5个工作日"],
    ]
    data = import_document(table_under_heading(tmp_path / "plan.docx", "客户投诉处理办法", "一、处理流程", rows)).data
    steps = [(d, t) for s in data["scenarios"] for _, d, _, t in _steps(s)]
    assert steps == [
        ("受理：1.登记投诉内容", None),
        ("2.分析统计", None),
        ("3.转交责任部门", "1wd"),
        ("答复：书面答复客户", "5wd"),
    ], steps


def test_a_monitoring_heading_over_who_does_what_is_a_procedure(tmp_path: Path):
    text = (
        "投诉与召回管理制度\n\n一、目的\n为及时处理消费者投诉，制定本制度。\n\n二、内容\n\n（一）质量异常监测日常工作\n"
        "1. 由质管部负责质量异常监测日常工作。\n"
        "2. 质管部在接到《客户投诉单》后，应立即对客服部反馈的产品质量不良信息进行汇总。\n"
        "3. 质管部立即在产品档案室查出本批产品档案，并与技术部分析原因。\n"
        "4. 技术部应及时提出改进措施，报总经理批准。\n"
    )
    data = _import(tmp_path, text)
    assert "monitoring" not in data
    [scenario] = data["scenarios"]
    assert scenario["title"] == "质量异常监测日常工作"
    assert any("立即在产品档案室查出本批产品档案" in d for _, d, _, _ in _steps(scenario))
    # what a monitoring section says is watched, nobody acting, stays monitoring
    watched = text.split("1. ")[0] + "1. 关注舆情和客户反映的集中问题。\n2. 收集质量异常信息。\n"
    assert "monitoring" in _import(tmp_path, watched, name="watched.txt")


def test_what_our_staff_are_and_then_will_do_is_a_step(tmp_path: Path):
    text = (
        "# Complaints Handling Process\n\n## Stage 1: Contacting us with your complaint\n\n"
        "### Contacting us by telephone or in the store:\n\n"
        "Our Team Members are trained in handling complaints and will listen to you and record details of your "
        "complaint on our system. They will make every effort to resolve your complaint immediately.\n\n"
        "Store Telephone Number: 0151 236 1552\n"
    )
    data = _import(tmp_path, text, name="plan.md")
    steps = [d for s in data.get("scenarios", []) for _, d, _, _ in _steps(s)]
    assert any(d.startswith("Our Team Members are trained in handling complaints and will listen") for d in steps), data


def test_mediation_is_no_word_about_the_media(tmp_path: Path):
    # "the mediation instructed by…" holds "the media" as letters, not as a word: the sentence stays with the procedure
    data = _import(
        tmp_path,
        "Criteria for consumer dispute\n\nDisputes with customers are handled according to the criteria for consumer "
        "dispute settlement.\n\nThe company may abide by the mediation instructed by the Korea Consumer Agency.\n",
        name="en.txt",
    )
    assert "media" not in data
    assert [d for _, d, _, _ in _steps(data["scenarios"][0])][-1] == (
        "The company may abide by the mediation instructed by the Korea Consumer Agency"
    )


def test_who_acts_named_by_you_then_the_act_with_no_comma_is_one_step(tmp_path: Path):
    data = _import(
        tmp_path,
        "客户投诉应急预案\n\n一、组织机构\n\n组长：总经理\n副组长：客服中心主任\n\n二、处理程序\n\n"
        "1、责任部门接到投诉后，应在1个工作日内联系客户核实情况。\n2、重大投诉由副组长立即报告组长，组长组织调查。\n",
    )
    [scenario] = data["scenarios"]
    assert [d for _, d, _, _ in _steps(scenario)] == [
        "责任部门接到投诉后，应在1个工作日内联系客户核实情况",
        "重大投诉由副组长立即报告组长",
        "组长组织调查",
    ]


def test_a_list_of_whom_the_procedure_applies_to_is_its_scope_not_its_steps(tmp_path):
    # "This procedure applies to:" names the procedure, yet lists people, not what is done
    text = (
        "# Complaints Procedure\n\n## 1. Introduction\n\nWe value feedback.\n\n## 2. Scope\n\n"
        "This procedure applies to:\n\n- Museum visitors and members of the public\n- Donors and sponsors\n"
        "- Staff and volunteers\n\nIt covers:\n\n- Services provided by us\n- Conduct of staff or volunteers\n"
    )
    data = _import(tmp_path, text, "plan.md")
    assert data.get("scenarios", []) == []
    assert data["scope"].startswith("This procedure applies to:\nMuseum visitors and members of the public\n")
    assert "Conduct of staff or volunteers" in data["scope"]


def test_a_first_contact_rule_is_a_procedure_not_accountability(tmp_path):
    # 首问责任制度 holds 问责 only in its letters: who takes a complaint first and what they do is the procedure
    text = (
        "# 某镇信访工作机制\n\n## 第一项：首问责任制度\n\n一、信访接待人为首问责任人，负责群众来信来访的接待、转办、回复等工作。\n\n"
        "二、对反映本辖区范围内的问题，要及时送交分管领导审批，迅速组织调查、答复。\n\n"
        "三、首问责任人的工作应接受镇党委的检查和监督。\n\n## 第二项：责任追究\n\n一、对推诿扯皮的，追究相关人员责任。\n"
    )
    data = _import(tmp_path, text, "plan.md")
    steps = [a["do"] for s in data["scenarios"] for a in s["actions"]]
    assert any(step.startswith("要及时送交分管领导审批") or "送交分管领导审批" in step for step in steps)
    assert not any("送交分管领导审批" in str(item) for item in data.get("accountability", []))
    assert any("追究相关人员责任" in str(item) for item in data.get("accountability", []))


def test_a_heading_that_says_complaints_are_handled_as_follows_holds_steps_whatever_it_names_first(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("行政审批服务局投诉处理制度", style="Title")
    document.add_heading("四、投诉受理范围", level=1)
    document.add_paragraph("1.工作人员态度恶劣的;")
    document.add_heading("五、对投诉受理范围的投诉,区别不同情况作如下处理", level=1)
    document.add_paragraph(
        "1.对现场投诉,详细记录投诉人姓名、联系方式、投诉内容等,并及时向被投诉人了解情况,属于一般投诉的,当场解决;"
    )
    document.add_paragraph("2.对信函、传真等书面投诉,做好登记留存,并及时调查核实,在3个工作日办理并致电或答复投诉人;")
    source = tmp_path / "rules.docx"
    document.save(source)
    data = import_document(source).data
    steps = [a["do"] for s in data.get("scenarios", []) for a in s["actions"]]
    assert any(step.endswith("详细记录投诉人姓名、联系方式、投诉内容等") for step in steps)
    assert "在3个工作日办理并致电或答复投诉人" in steps


def test_a_warning_paragraph_that_turns_to_handling_a_case_gives_the_case_a_procedure(tmp_path: Path):
    text = (
        "物业服务中心信访应急预案\n\n一、预防预警机制\n"
        "1、节日和重要活动之前，要组织人员开展不稳定因素排查工作，建立工作台帐。"
        "如发生业主集体上访的，要立即选派有经验的工作人员，第一时间赶赴现场，做好解释和劝返工作。\n"
        "2、及早收集和掌握业主反映的信息动向。\n"
    )
    data = _import(tmp_path, text)
    [scenario] = data["scenarios"]
    assert scenario["triggers"] == ["发生业主集体上访"]
    assert [d for _, d, _, _ in _steps(scenario)] == [
        "要立即选派有经验的工作人员",
        "第一时间赶赴现场",
        "做好解释和劝返工作",
    ]
    # what comes before the case, and the paragraph that only watches, stay the sources of monitoring
    sources = [str(s) for s in data["monitoring"]["sources"]]
    assert sources == [
        "节日和重要活动之前，要组织人员开展不稳定因素排查工作，建立工作台帐。",
        "及早收集和掌握业主反映的信息动向。",
    ]


def test_a_procedure_table_whose_stage_cells_name_who_answers_and_number_their_acts_under_the_row(tmp_path: Path):
    """作业步骤 | 主要要求 with no who column: a stage cell that ends with 责任人:A、B、C names the posts that answer for
    the stage (each a role, the first the step's `by`), and a 主要要求 cell that numbers its acts under the row's number
    (2.1…2.2.…) holds as many steps, the row's owner with the last (a clinic's complaint-feedback table)."""
    data = _table_draft(
        tmp_path,
        "顾客投诉反馈流程",
        [
            ("作业步骤", "主要要求"),
            ("1.现场咨询接待 投诉责任人:现场咨询主管;", "现场咨询对顾客投诉进行询问、了解情况,并协调解决"),
            (
                "2.协商方案 责任人:客服人员、医务部主管",
                "2.1咨询主管再次了解投诉情况及顾客意向,提出解决方案2.2.与顾客再次协商解决方案,并取得顾客认同",
            ),
        ],
    )
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert list(roles.values()) == ["现场咨询主管", "客服人员", "医务部主管"]
    [scenario] = data["scenarios"]
    assert [(a["do"], roles.get(a.get("by"))) for a in scenario["actions"]] == [
        ("1.现场咨询接待：现场咨询对顾客投诉进行询问、了解情况,并协调解决", "现场咨询主管"),
        ("2.协商方案：2.1咨询主管再次了解投诉情况及顾客意向,提出解决方案", None),
        ("2.2.与顾客再次协商解决方案,并取得顾客认同", "客服人员"),
    ]


def test_a_procedure_headed_by_a_human_resources_service_is_a_procedure_not_emergency_resources(tmp_path: Path):
    """二、服务流程 / 1、人力资源外包及派遣流程: 资源 in 人力资源 names no resources kept for an emergency; a heading that
    ends in 流程 is a procedure whatever its subject, its items the steps (they were all read as 保障); and the staff
    the text selects (进行人员初步甄选, 以此来确定人员增补需求) are no post."""
    data = _import(
        tmp_path,
        "人力资源公司服务管理制度\n一、人力资源服务及人力资源服务外包\n人力资源服务是指为人材和用人单位提供相关服务的服务行业。\n"
        "二、服务流程:\n1、人力资源招聘的服务流程:\n(1)了解客户的招聘要求,以此来确定人员增补需求;\n"
        "(2)采集应聘资料,组织应聘者初试,进行人员初步甄选;\n(3)将初试通过者提交给客户进行面试。\n",
    )
    assert "support" not in data
    [scenario] = data["scenarios"]
    assert scenario["title"] == "人力资源招聘的服务流程"
    assert [a["do"] for a in scenario["actions"]][:2] == ["了解客户的招聘要求,以此来确定人员增补需求", "采集应聘资料"]
    assert not (data.get("organisation") or {}).get("roles"), data.get("organisation")


def test_a_procedure_table_whose_who_cell_lists_posts_apart_by_spaces_gives_each_a_role(tmp_path: Path):
    """性质 | 事件内容 | 负责人 | 处理流程 | 工作要求: the 负责人 cell lists its posts apart by spaces (辅导员 系专职书记 学生处
    保卫处), each a role, the first leading the step; what happened (事件内容) and the standing requirements beside the
    acts (工作要求) are no part of the steps (a college's table-form plan)."""
    data = _table_draft(
        tmp_path,
        "学生突发事件应急处理预案",
        [
            ("性质", "事件内容", "负责人", "处理流程", "工作要求"),
            (
                "一、突发群体性事件",
                "在校园内发生学生群体性上访、静坐等",
                "辅导员 系专职书记 学生处 保卫处",
                "1.辅导员第一时间深入学生,了解控制事件 2.发现非法活动,及时制止,于当日报学生处",
                "1.辅导员要深入学生,时刻关注学生思想动态",
            ),
        ],
    )
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert list(roles.values()) == ["辅导员", "系专职书记", "学生处", "保卫处"]
    [scenario] = data["scenarios"]
    assert [(a["do"], roles.get(a.get("by"))) for a in scenario["actions"]] == [
        ("1.辅导员第一时间深入学生,了解控制事件", None),
        ("2.发现非法活动,及时制止,于当日报学生处", "辅导员"),
    ]


def _table_draft(tmp_path: Path, title: str, rows: list[tuple[str, ...]]) -> dict:
    """A Word document of a title and one table, imported through the CLI and validated: the draft's data."""
    d = docx.Document()
    d.add_paragraph(title, style="Title")
    add_table(d, rows)
    source = tmp_path / "table.docx"
    d.save(source)
    return import_validated(source)


def test_steps_announced_as_such_under_an_equipment_heading_are_a_procedure(tmp_path: Path):
    """天气设备防护具体步骤如下：/ 1、…: the line says what follows are steps; 设备 in it names no equipment kept for an
    emergency (the items were all read as 保障)."""
    data = _import(
        tmp_path,
        "收费站雷雨天气设备防护预案\n为避免雷电对设备的损坏，各收费站应及时了解天气预报。\n天气设备防护具体步骤如下:\n"
        "1、雷雨发生前及时上报监控中心，在征得同意后关闭一定数量车道。\n2、收费站监控人员将关闭车道的时间、数量报监控中心。\n",
    )
    assert "support" not in data
    steps = [a["do"] for s in data["scenarios"] for a in s["actions"]]
    assert "收费站监控人员将关闭车道的时间、数量报监控中心" in steps and "雷雨发生前及时上报监控中心" in steps


def test_a_heading_naming_a_kind_of_dispute_heads_how_it_is_settled(tmp_path: Path):
    """(五)消费者与我公司出现权益纠纷 / 当…时，玩家可…联系我公司客服，…由客服人员向公司主管部门反馈，相关负责人…分析判断: a
    game company's rules head each kind of dispute; what follows is the procedure (it was left unmapped)."""
    data = _import(
        tmp_path,
        "纠纷处理方案\n（一）消费者与我公司出现权益纠纷\n当消费者与我公司之间出现权益纠纷时，玩家可通过网站、投诉电话等形式向我公司客服"
        "进行联系，说明情况并提供相关证据，由客服人员向公司主管部门反馈，相关负责人根据相关证据进行分析判断。\n",
    )
    [scenario] = [s for s in data["scenarios"] if s["title"] == "消费者与我公司出现权益纠纷"]
    titles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    steps = [(a["do"], titles.get(a.get("by"))) for a in scenario["actions"]]
    assert ("由客服人员向公司主管部门反馈", "客服人员") in steps
    assert ("相关负责人根据相关证据进行分析判断", "相关负责人") in steps


def test_a_drill_heading_that_also_names_handling_the_event_is_a_procedure(tmp_path: Path):
    """二、防暴演练与暴力事件处置 / 快速制止:…保安员应…制止: what is done when violence breaks out (演练 had made the
    section a drill's, its acts kept as drill text)."""
    data = _import(
        tmp_path,
        "学校安保服务方案\n一、防暴演练与暴力事件处置\n快速制止:对正在实施的暴力行为,保安员应依法采取必要措施制止,并立即报告公安机关。\n"
        "控制现场:设置警戒区域,疏散无关人员,保存监控记录和现场证据。\n",
    )
    assert "drills" not in data
    [scenario] = data["scenarios"]
    assert scenario["title"] == "防暴演练与暴力事件处置" and len(scenario["actions"]) >= 3


def test_a_plain_paragraph_among_steps_under_one_heading_is_a_step_too(tmp_path: Path):
    """A hotel's power-cut plan: under 2.检查维修 most paragraphs say who does what (立即…, 应…), and 了解停电原因。 says
    it bare: a step of the same procedure (it was kept unmapped). A paragraph there that says what a thing is
    (停电事故具体指…) is still no step."""
    document = docx.Document()
    document.add_heading("酒店停电应急处置程序", 0)
    document.add_heading("1.发现/报告", 1)
    document.add_paragraph("发现停电后，立即通知维修工第一时间赶到现场。")
    document.add_paragraph("立即知会酒店前台，前台人员通知店长。")
    document.add_heading("2.检查维修", 1)
    document.add_paragraph("查看电梯，如有人员被困，立即按电梯故障处理预案解救人员。")
    document.add_paragraph("了解停电原因。")
    document.add_paragraph("如外网停电，立即与供电部门取得联系，确认停电性质和时间。")
    document.add_paragraph("切断配电柜各支路开关，防止突然来电造成设备及人员伤害。")
    document.add_paragraph("如酒店内部配电故障造成停电，应查明故障位置、原因，断开故障设备电源。")
    document.add_paragraph("停电事故具体指供电中断超过十分钟。")
    source = tmp_path / "停电.docx"
    document.save(str(source))
    data = import_validated(source)
    done = [step["do"] for scenario in data["scenarios"] for step in scenario.get("actions") or []]
    assert "了解停电原因" in [d.rstrip("。") for d in done]
    assert not [d for d in done if "具体指" in d]
    assert "停电事故具体指供电中断超过十分钟。" in [str(u["text"]) for u in data.get("x-unmapped") or []]
