"""What the importer recognises, one case at a time: numbering styles, numbers, caps, deadlines, ids."""

from __future__ import annotations

from pathlib import Path

import pytest

import docx
from click.testing import CliRunner

from plancraft.cli import main
from plancraft.importer import import_document
from plancraft.importer.ids import ID_PATTERN, IdMaker, slug
from plancraft.importer.numbers import cn_number, find_amounts, find_durations
from plancraft.importer.outline import build, segments
from plancraft.importer.reader import Block
from plancraft.loader import load
from tests.importer.documents import add_table, table_under_heading


def _outline(*lines: str):
    blocks = [Block("p", n, text) for n, text in enumerate(lines, 1)]
    root, _ = build(segments(blocks))
    return [(node.depth, node.title) for node in list(root.walk())[1:]]


def test_chinese_numbering_styles_nest_in_order_of_first_appearance():
    tree = _outline(
        "一、总则", "（一）编制目的", "为规范处置，制定本预案。", "1. 适用范围", "（1）网点", "内容。", "二、组织机构"
    )
    titles = [t for _, t in tree]
    assert titles == ["总则", "编制目的", "适用范围", "网点", "组织机构"]
    depths = {t: d for d, t in tree}
    assert depths["总则"] == depths["组织机构"] < depths["编制目的"] < depths["适用范围"] < depths["网点"]


def test_chapters_articles_and_decimal_numbering():
    tree = _outline(
        "第一章 总则", "第一条 为规范投诉处理，制定本办法。", "第二章 组织机构", "1.1 领导小组", "1.1.1 组长", "行长任组长。"
    )
    assert [t for _, t in tree] == ["总则", "组织机构", "领导小组", "组长"]


def test_english_numbering_and_roman_numerals():
    assert [
        t
        for _, t in _outline(
            "1 Purpose", "This procedure explains how we act.", "2 Scope", "It applies to all branches of the bank."
        )
    ] == ["Purpose", "Scope"]
    assert [
        t
        for _, t in _outline("I. Introduction", "Text of the introduction goes here.", "II. Roles", "Text about roles goes here.")
    ] == ["Introduction", "Roles"]


def test_run_on_paragraph_is_split_at_its_markers():
    segs = segments([Block("p", 7, "二、基本原则 1、迅速反应，控制事态。 2、分级管理，就地处理。")])
    assert [(s.marker, s.text, s.number) for s in segs] == [
        ("二、", "基本原则", 7),
        ("1、", "迅速反应，控制事态。", 7),
        ("2、", "分级管理，就地处理。", 7),
    ]


@pytest.mark.parametrize(
    ("text", "value"), [("十五", 15), ("伍仟", 5000), ("两", 2), ("一百零五", 105), ("三万五千", 35000), ("二〇二四", 2024)]
)
def test_chinese_numerals(text, value):
    assert cn_number(text) == value


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("上限不得超过5000元", 5000, "CNY"),
        ("不超过5,000元", 5000, "CNY"),
        ("最高伍仟元", 5000, "CNY"),
        ("限额1万元", 10000, "CNY"),
        ("up to 10,000 yuan", 10000, "CNY"),
        ("1.5万元以内", 15000, "CNY"),
        ("no more than £500", 500, "GBP"),
        # 圆 is 元 as formal texts write it
        ("赔偿不超过800圆", 800, "CNY"),
        ("壹仟圆整", 1000, "CNY"),
        ("3万圆以内", 30000, "CNY"),
        # the currencies of the English-speaking places plans come from, as a sign, a code or a name
        ("a goodwill payment of up to 250 euro", 250, "EUR"),
        ("up to €1,000", 1000, "EUR"),
        ("is up to S$100,000", 100000, "SGD"),
        ("A$500 in compensation", 500, "AUD"),
        ("Rs. 5,000", 5000, "INR"),
        ("₹2,000", 2000, "INR"),
        ("500 rupees", 500, "INR"),
        ("1,000 Hong Kong dollars", 1000, "HKD"),
        ("HK$300", 300, "HKD"),
        ("50 pounds sterling", 50, "GBP"),
        ("NZ$ 200", 200, "NZD"),
        # a currency named in Chinese, before the amount or as its unit
        ("港币5000元以内", 5000, "HKD"),
        ("不超过5000港元", 5000, "HKD"),
        ("理赔上限为新台币伍仟元整", 5000, "TWD"),
        ("台币五千元", 5000, "TWD"),
        ("澳门币3000元", 3000, "MOP"),
        ("最高2万美元", 20000, "USD"),
        ("500英镑以内", 500, "GBP"),
        ("人民币5000元", 5000, "CNY"),
    ],
)
def test_amounts(text, value, currency):
    [amount] = find_amounts(text)
    assert (amount.value, amount.currency) == (value, currency)


def test_a_bare_amount_is_in_the_one_currency_its_text_names():
    amounts = find_amounts("每一工程理赔上限为贰万元整，每一单件理赔上限为新台币伍仟元整")
    assert [(a.value, a.currency) for a in amounts] == [(20000, "TWD"), (5000, "TWD")]
    # two currencies named: a bare amount says nothing of its own, and stays in yuan
    amounts = find_amounts("退款50元，或补偿500英镑及港币300元")
    assert [a.currency for a in amounts] == ["CNY", "GBP", "HKD"]


def test_a_product_name_with_letters_of_a_unit_is_no_span():
    assert find_durations("spray the hinge with WD40 and wipe") == []


def test_a_currency_sign_inside_a_word_is_no_amount():
    assert find_amounts("Mrs 50 and ABC$5") == []


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("1小时内", "1h"),
        ("24小时", "24h"),
        ("15日", "15d"),
        ("15个工作日", "15wd"),
        ("十五日内", "15d"),
        ("两个工作日", "2wd"),
        ("within 5 working days", "5wd"),
        ("30分钟内", "30min"),
        ("within 8 weeks", "8w"),
        # every English number word to 99, compounds whole (not "five" of twenty-five), a fortnight two weeks
        ("within twenty-five working days", "25wd"),
        ("within forty working days", "40wd"),
        ("within seventy two hours", "72h"),
        ("within eighteen months", "18mo"),
        ("within a fortnight", "2w"),
        # working hours: hours (the format has no unit of working hours)
        ("within 48 working hours", "48h"),
        # a timetable counted from receipt: By Day 28
        ("By Day 28", "28d"),
        # working days as Taiwan and Hong Kong write them (一個工作天, 三個營業日), read in simplified characters
        ("一个工作天内", "1wd"),
        ("3个营业日内", "3wd"),
        # a span joined to its number (a 10-working day response); minutes as 分 where a limit is set on them
        ("a 10-working day response time", "10wd"),
        ("within 20-working days", "20wd"),
        ("市区不得超过 30 分，任何人不得推托", "30min"),
        ("15分之内回复", "15min"),
        # the number said twice, in words and in figures (as contracts write it)
        ("我们将在三个(3)个工作日内确认收到您的投诉", "3wd"),
        ("十五（15）日内答复", "15d"),
        # the day named as the span's end (by close of the third business day)
        ("resolve your complaint by close of the third business day following receipt", "3wd"),
        ("by the 10th working day", "10wd"),
        # working days abbreviated, as a table of timescales writes them (not a product name: WD40)
        ("Acknowledgement | ≤ 2 WD", "2wd"),
        ("complainant is notified every 10WD", "10wd"),
    ],
)
def test_durations(text, spec):
    assert [d.value for d in find_durations(text)] == [spec]


def test_working_days_written_the_taiwan_and_hong_kong_way_are_a_steps_deadline(tmp_path: Path):
    source = tmp_path / "plan.txt"
    source.write_text(
        "客服糾紛處理原則\n一、處理流程\n1. 商店接獲平台通知後，需於一個工作天內回覆處理結果。\n2. 客服人員應於三個營業日內結案。\n",
        encoding="utf-8",
    )
    steps = import_document(source).data["scenarios"][0]["actions"]
    assert [(step["do"], step.get("within")) for step in steps] == [
        ("商店接獲平台通知後，需於一個工作天內回覆處理結果", "1wd"),
        ("客服人員應於三個營業日內結案", "3wd"),
    ]


def test_dates_are_not_durations():
    assert find_durations("2024年9月19日印发") == []


@pytest.mark.parametrize("text", ["本条例的执行时间为二一四年一月一日", "二〇一四年三月起施行", "自二〇二五年 1 月起"])
def test_a_year_written_digit_by_digit_even_with_its_zero_lost_is_a_date(text):
    # a PDF copy drops 〇 (二〇一四年 → 二一四年): read as a span it was 214 years, which no plan can hold
    assert find_durations(text) == []


def test_calendar_days_and_months_as_hong_kong_writes_them_are_spans(tmp_path: Path):
    source = tmp_path / "complaints.txt"
    source.write_text(
        "投訴渠道\n\n處理流程\n招銀國際收到您的投訴後，會於7個曆日內發出正式確認函。\n"
        "招銀國際目標於2個曆月內完成調查，並給予您書面回覆。\n",
        encoding="utf-8",
    )
    steps = [a for s in import_document(source).data["scenarios"] for a in s["actions"]]
    assert [(a["do"][-6:], a["within"]) for a in steps if "within" in a] == [("出正式确认函", "7d"), ("月内完成调查", "2mo")]


def test_a_warning_signals_forecast_window_is_no_deadline():
    # 即24小时内可能或者已经受热带气旋影响: what the signal forecasts, not a time anybody must act in
    from plancraft.importer.text import _deadline_in

    assert _deadline_in("蓝色台风预警信号，即24小时内可能或者已经受热带气旋影响，平均风力6级以上。") is None
    assert _deadline_in("值班人员接到预警后2小时内报告工程总监。") == "2h"


def test_a_time_to_be_in_place_is_a_deadline():
    # 应在接到通知后15分钟到位: the doctor called in must be there within 15 minutes
    from plancraft.importer.text import _deadline_in

    assert _deadline_in("应邀急诊会诊医生应在接到通知后15分钟到位。") == "15min"
    assert _deadline_in("各岗位人员30分钟到岗。") == "30min"


def test_a_span_longer_than_the_format_holds_is_no_deadline():
    assert find_durations("档案保存120年内有效") == [] and find_durations("1000个月内") == []
    assert [f.value for f in find_durations("一年内完成，三十个月内完成")] == ["1y", "30mo"]


def test_a_rule_book_dated_with_a_lost_zero_imports(tmp_path: Path):
    source = tmp_path / "rules.txt"
    source.write_text(
        "培训学校管理条例\n\n第一章 总则\n第三条 本条例的执行时间为二一四年一月一日；\n\n"
        "第二章 安全管理\n第一条 发现重大安全隐患，教师应立即停止设备运行并报告校长。\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["import", str(source), "-o", str(tmp_path / "rules.yaml")])
    assert result.exit_code == 0, result.output
    assert "214y" not in (tmp_path / "rules.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("text", ["考核不合格扣30分", "得分30分以上为合格", "3分公司负责", "占二分之一"])
def test_points_and_fractions_are_not_minutes(text):
    assert find_durations(text) == []


def test_ids_are_unique_valid_slugs():
    ids = IdMaker()
    made = [
        ids.make(title, "role")
        for title in ("大堂经理", "大堂经理", "综合部经理", "***", "分管“文优服务”的领导", "Complaints Officer", "1级")
    ]
    assert len(set(made)) == len(made)
    assert all(ID_PATTERN.match(i) and len(i) <= 64 for i in made)
    assert made[:3] == ["lobby-manager", "lobby-manager-2", "general-office-manager"]
    assert slug("行长", "role") == "president"
    # the same title for things of two kinds (Stage 1, a procedure and its level): the second says its kind
    kinds = IdMaker()
    assert [kinds.make("Stage 1", "scenario"), kinds.make("Stage 1", "level"), kinds.make("Stage 1", "level")] == [
        "stage-1",
        "stage-1-level",
        "stage-1-level-2",
    ]


def _import(tmp_path: Path, text: str) -> dict:
    source = tmp_path / "plan.txt"
    source.write_text(text, encoding="utf-8")
    return import_document(source).data


def test_caps_with_subject_and_approver(tmp_path: Path):
    data = _import(tmp_path, "客户投诉应急预案\n\n一、限额\n\n紧急用款援助每位客户不得超过1万元，须经支行行长审批。\n")
    [cap] = data["limits"]
    assert cap["what"] == "紧急用款援助每位客户" and cap["max"] == 10000 and cap["currency"] == "CNY"
    role = next(r for r in data["organisation"]["roles"] if r["id"] == cap["approver"])
    assert role["title"] == "支行行长"


def test_deadlines_with_their_start(tmp_path: Path):
    data = _import(
        tmp_path, "客户投诉应急预案\n\n一、处理时限\n\n自受理投诉之日起十五日内作出处理决定。\n收到客户申请后两个工作日内答复。\n"
    )
    deadlines = {t["within"]: t for t in data["time_limits"]}
    assert deadlines["15d"]["from"] == "受理投诉" and deadlines["15d"]["what"] == "作出处理决定"
    assert deadlines["2wd"]["from"] == "收到客户申请"


def test_roles_and_group_from_sentences(tmp_path: Path):
    data = _import(
        tmp_path,
        "客户投诉应急预案\n\n一、组织机构\n\n成立客户投诉处理领导小组。组长：行长；副组长：副行长、"
        "纪委书记；成员：办公室、营业部和保卫部负责人。\n",
    )
    [group] = data["organisation"]["groups"]
    roles = {r["id"]: r for r in data["organisation"]["roles"]}
    assert group["name"] == "客户投诉处理领导小组"
    assert roles[group["leader"]]["holder"] == "行长"
    assert [roles[i]["holder"] for i in group["deputies"]] == ["副行长", "纪委书记"]
    assert [roles[i]["holder"] for i in group["members"]] == ["办公室负责人", "营业部负责人", "保卫部负责人"]


def test_levels_with_roman_grades_in_rising_order(tmp_path: Path):
    data = _import(
        tmp_path,
        "客户投诉应急预案\n\n一、事件分级\n\n（一）特别重大（Ⅰ级）：50人以上集体投诉。\n"
        "（二）一般（Ⅳ级）：个人投诉，情绪平稳。\n（三）重大（Ⅱ级）：20人以上集体投诉。\n",
    )
    assert [lv["name"] for lv in data["levels"]] == ["一般（Ⅳ级）", "重大（Ⅱ级）", "特别重大（Ⅰ级）"]
    assert data["levels"][2]["thresholds"] == [{"measure": "人数", "min": 50, "unit": "人"}]


def test_scenario_steps_from_numbered_items(tmp_path: Path):
    data = _import(
        tmp_path,
        "客户投诉应急预案\n\n一、应急处置\n\n（一）处理现场投诉\n\n1. 大堂经理10分钟内将客户引导至接待室。\n"
        "2. 网点负责人听取投诉事由。\n3. 如客户情绪激动，保安人员到场配合。\n",
    )
    [scenario] = data["scenarios"]
    steps = scenario["actions"]
    assert [s["do"] for s in steps] == ["大堂经理10分钟内将客户引导至接待室", "网点负责人听取投诉事由", "保安人员到场配合"]
    assert steps[0]["within"] == "10min"
    assert steps[2]["when"] == "如客户情绪激动"
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert [roles[s["by"]] for s in steps] == ["大堂经理", "网点负责人", "保安人员"]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("事件上报应急指挥中心。", "应急指挥中心"),
        ("同时汇报部门领导。", "部门领导"),
        ("报主管领导批准。", "主管领导"),
        ("指定一名投诉协调员。", "投诉协调员"),
        ("经各条线主管部门确认。", "各条线主管部门"),
        ("护士长应立即到场。", "护士长"),
        ("The Chief Executive will review it.", "Chief Executive"),
    ],
)
def test_posts_named_whole(text, post):
    from plancraft.importer.roles import posts_in

    assert post in posts_in(text)


def test_lead_ins_and_statements_of_why_are_kept_but_are_not_steps(tmp_path: Path):
    source = tmp_path / "plan.txt"
    source.write_text(
        "投诉处理程序\n一、处理流程\n投诉处理流程包括以下环节：受理人员应当场登记。投诉是改进服务的重要手段。"
        "投诉管理部门应在5个工作日内答复。\n二、附则\n本程序自印发之日起施行。\n",
        encoding="utf-8",
    )
    data = import_document(source).data
    scenario = next(s for s in data["scenarios"] if s["title"] == "处理流程")
    assert [step["do"] for step in scenario["actions"]] == ["受理人员应当场登记", "投诉管理部门应在5个工作日内答复"]
    assert [(e["at"], e["text"]) for e in data["x-unmapped"]] == [
        ("第3段", "投诉处理流程包括以下环节"),
        ("第3段", "投诉是改进服务的重要手段"),
    ]


def test_precision_counts_what_the_transcription_does_not_have():
    from plancraft.importer.compare import precision

    hand = {
        "organisation": {"roles": [{"id": "a", "title": "行长"}]},
        "levels": [],
        "scenarios": [{"actions": [{"do": "受理人员当场登记投诉", "within": "1d"}]}],
    }
    got = {
        "organisation": {"roles": [{"id": "a", "title": "行长"}, {"id": "b", "title": "保安"}]},
        "levels": [{"id": "x", "name": "重大投诉"}],
        "scenarios": [{"actions": [{"do": "受理人员当场登记", "within": "1d"}, {"do": "保安维持秩序"}]}],
    }
    assert precision(got, hand) == {"roles": (1, 2), "levels": (0, 1), "limits": (0, 0), "time_limits": (1, 1), "steps": (1, 2)}


def test_a_paragraph_walking_through_a_procedure_is_a_scenario(tmp_path: Path):
    source = tmp_path / "plan.txt"
    source.write_text(
        "投诉应急预案\n一、预案实施\n预案的实施依据流程进行。首先，在投诉中心设立接待员，对来电进行接待和分流。"
        "其次，对投诉进行初步处理，并在2个工作日内给出回复。最后，对于未能解决的投诉，由投诉协调员协商处理。\n"
        "二、附则\n本预案自印发之日起施行。\n",
        encoding="utf-8",
    )
    data = import_document(source).data
    scenario = next(s for s in data["scenarios"] if s["title"] == "预案实施")
    assert [step["do"] for step in scenario["actions"]] == [
        "在投诉中心设立接待员，对来电进行接待和分流",
        "对投诉进行初步处理",
        "在2个工作日内给出回复",
        "由投诉协调员协商处理",
    ]
    assert scenario["actions"][3]["when"] == "对于未能解决的投诉"
    assert {"at": "第3段", "heading": "预案实施", "text": "预案的实施依据流程进行。"} in data["x-unmapped"]


def test_prose_under_a_deadlines_heading_is_a_procedure_too(tmp_path: Path):
    source = tmp_path / "plan.md"
    source.write_text(
        "# Complaints procedure\n\n## How to complain\n\n1. Call us.\n2. Write to us.\n\n## Resolution time\n\n"
        "Where we need to look into the matter we'll send you an acknowledgement within 5 working days. "
        "When we've completed our investigation, we'll send you a full written response.\n",
        encoding="utf-8",
    )
    data = import_document(source).data
    scenario = next(s for s in data["scenarios"] if s["title"] == "Resolution time")
    assert [(step.get("when"), step["do"], step.get("within")) for step in scenario["actions"]] == [
        (None, "Where we need to look into the matter we'll send you an acknowledgement within 5 working days", "5wd"),
        ("When we've completed our investigation", "we'll send you a full written response", None),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("客户投诉处理办法\n一、总则\n为规范投诉处理，制定本办法。\n", "complaint-procedure"),
        ("# Complaints Procedure\n\n## 1 Purpose\nThis procedure explains how we handle complaints.\n", "complaint-procedure"),
        ("客户投诉应急预案\n一、总则\n为规范投诉处理，制定本预案。\n", None),
        ("投诉地点：中心四楼\n处理程序:\n1、对于服务态度的投诉，应及时处理。\n", "complaint-procedure"),
        ("投诉地点：中心四楼\n处理程序:\n1、发生突发事件时，应启动应急预案。\n", None),
    ],
)
def test_a_complaint_procedure_says_so_in_document_type(tmp_path: Path, text, kind):
    source = tmp_path / "plan.md"
    source.write_text(text, encoding="utf-8")
    assert import_document(source).data["document"].get("type") == kind


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("An acknowledgement will be sent within seven (7) days upon receipt.", "7d"),
        ("We will respond in 10 working days.", "10wd"),
        ("We may need more time (normally not exceeding sixty (60) days).", "60d"),
        # an extension: the time limit may be extended for a further 14 days (heldout136)
        ("The time limit for resolution may be extended for a further 14 days should this become necessary.", "14d"),
        ("We may need an additional 10 days to reply.", "10d"),
        # the time given to the complainant, a bound on the time (heldout141, heldout143)
        ("A warning that you have 12 months to go to the Legal Ombudsman.", "12mo"),
        ("The time for response should not normally exceed six months.", "6mo"),
        # a schedule: the act, then how long it takes (时间安排：②秘书处受理2天；, heldout146)
        ("②秘书处受理2天；", "2d"),
        # a time bar: a complaint older than that is not taken (heldout155, heldout162)
        ("内容最后发布已超过六周的，投诉一般不被受理。", "6w"),
        ("Complaints made more than 12 months after the event will not normally be considered.", "12mo"),
        ("受理部门应当在接到投诉当日内登记。", "1d"),
        ("受理部门应当在接到投诉当日登记。", "1d"),
        ("值班经理应在半小时内到达现场。", "30min"),
        ("We will call you back within half an hour.", "30min"),
        ("处理结果在规定时间内(5-10个工作日)反馈给投诉人。", "10wd"),
        ("三个工作日书面或电话答复。", "3wd"),
        ("情况复杂的，经批准可以延长至30日。", "30d"),
        ("We will send our final response by the end of eight weeks.", "8w"),
        # English ways of saying how long: notice given, the number said twice, clear or calendar units, "takes"
        ("An engineer will give you 48 hours' notice before the work starts.", "48h"),
        ("We will give at least 24 hours prior notice of a visit.", "24h"),
        ("The panel will write to you within 5 (five) working days of the hearing.", "5wd"),
        ("Allow ten clear working days for the reply.", "10wd"),
        ("You will hear from the school within 15 school days.", "15wd"),
        ("A review is completed within one calendar month.", "1mo"),
        ("The outcome is usually sent within the next 3 working days.", "3wd"),
        ("An appeal is decided within a period of 6 weeks.", "6w"),
        ("An investigation usually takes 4 weeks.", "4w"),
        ("Expect a reply within 2 wks of writing.", "2w"),
        ("网点客服专员次日上午电话回访投诉人。", "1d"),
        ("对能够当场答复的，当天即予答复。", "1d"),
        ("A surveyor will give you at least 24 hours' notice of any visit.", "24h"),
        ("We will acknowledge every complaint by the next working day.", "1wd"),
        ("A stage two review will normally take about 4 weeks.", "4w"),
        ("Stage two complaints are answered within a 6 week period.", "6w"),
        ("一般投诉的处理时限为7天。", "7d"),
        ("接到报修后，维修人员2小时到达现场。", "2h"),
        ("质量投诉原则上5日处理完毕。", "5d"),
        ("发生群体性投诉的，网点应当48小时上报。", "48h"),
        ("延长办理的，以15日为限。", "15d"),
        ("承办部门在规定期限（15日）内答复。", "15d"),
        ("门店主管当日通报区域经理。", "1d"),
        ("值班人员接报后0.5小时内到达现场。", "30min"),
        ("维修班组1.5小时内恢复供水。", "90min"),
        ("一个半小时内赶到现场。", "90min"),
        ("客服专员2h内回复客户。", "2h"),
        ("书面答复最长3天。", "3d"),
        ("审查在30个日历日内完成。", "30d"),
        ("故障持续30分钟以上仍无法修复的，上报营业中心。", "30min"),
        ("超过2小时仍未解决的，报分管领导。", "2h"),
        ("受理后次工作日内回复客户。", "1wd"),
        # the day itself before any act of handling, or as the bound itself
        ("品质工程管理中心当天到现场进行勘查确认。", "1d"),
        ("各类投诉件受理登记，当日报批。", "1d"),
        ("站长根据投诉内容，在当天进行查处。", "1d"),
        ("普通投诉的处理一般不过当日。", "1d"),
        ("1000元以內的賠償處理在次日會議上提出。", "1d"),
        # a lead time, a bound written with ≤, school days within the full term
        ("提前24小时发布停水通告。", "24h"),
        ("前厅部提前 20 分钟关闭所有非照明用电电源。", "20min"),
        ("客服 ≤7天", "7d"),
        ("We will respond within the full 30 school days from the acknowledgement.", "30wd"),
        # a maximum timescale, a post given the time (heldout473, heldout475)
        ("We will aim to resolve your complaint within a maximum timescale of eight weeks.", "8w"),
        ("The Volunteer Coordinator has eight weeks to consider your complaint.", "8w"),
    ],
)
def test_deadlines_in_the_general_forms(text, spec):
    from plancraft.importer.extract import _deadline_in

    assert _deadline_in(text) == spec


@pytest.mark.parametrize(
    "text",
    [
        "35 working days have passed and you have not received a response.",
        "每个工作日9点开通。",
        "Our lines are open every 2 hours.",
        "Most complaints are settled in the first 5 working days.",
        "The helpline is staffed 24 hours a day.",
        "The company has 10 years of experience in the trade.",
        "本预案每3年修订一次。",
        "当日值班经理负责现场协调。",
        "当天会议纪要由办公室整理。",
        "提前退休人员由人事部负责联系。",
        "自印发次日起施行。",
        "每日向分管领导汇报。",
        "客服热线24小时受理投诉。",
        "统计近3年处理的投诉。",
        "客服中心7×24小时处理客户来电。",
        "Complaints received after 5pm are treated as received the next working day.",
    ],
)
def test_spans_that_are_not_deadlines(text):
    from plancraft.importer.extract import _deadline_in

    assert _deadline_in(text) is None


def test_a_number_written_out_before_its_figure_is_not_a_list_item(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints procedure\n\n1. Stage one\n\nAn acknowledgement will be sent to you within seven (7) "
        "days upon receipt. We aim to respond within thirty (30) days of receipt.\n",
    )
    steps = [s for sc in data["scenarios"] for s in sc["actions"]]
    assert [(s["do"], s.get("within")) for s in steps] == [
        ("An acknowledgement will be sent to you within seven (7) days upon receipt", "7d"),
        ("We aim to respond within thirty (30) days of receipt", "30d"),
    ]


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("办公室或业务质量管理科分别负责行风投诉或工作质量投诉的受理登记。", ["办公室", "业务质量管理科"]),
        ("护理质量方面的投诉由护理部处理，医疗收费方面的投诉由财务科处理。", ["护理部", "财务科"]),
        ("受理人员应立即报告相关部门，并提高银行从业人员的职业道德。", ["受理人员", "相关部门"]),
        ("当地政府部门、监管部门介入，要求解决处理的突发事件。", []),
        ("全部处理完毕后归档。", []),
        ("If the issue cannot be resolved, the relevant service will investigate the complaint.", ["Relevant service"]),
        ("Your complaint will be sent to the manager of the service concerned.", ["Manager of the service"]),
        (
            "Your review request will be assessed within 5 working days by a council officer who was not involved.",
            ["A council officer"],
        ),
        ("If you remain unhappy you can contact the Ombudsman.", []),
        ("Heads of Service are responsible for investigating complaints about their service.", ["Heads of Service"]),
        ("A member of the relevant team will investigate and respond within 10 working days.", ["A member of the relevant team"]),
    ],
)
def test_posts_a_sentence_gives_work_to(text, agents):
    from plancraft.importer.roles import agent_posts

    assert agent_posts(text) == agents


def test_units_and_prose_actors_become_roles_and_mentions_do_not(tmp_path: Path):
    data = _import(
        tmp_path, "投诉处理制度\n\n一、护理质量方面的投诉由护理部处理。\n二、受理人员应向投诉人说明银行从业人员的职业道德要求。\n"
    )
    titles = [r["title"] for r in data["organisation"]["roles"]]
    assert "护理部" in titles and "受理人员" in titles and "银行从业人员" not in titles


def test_an_item_at_a_headings_level_ends_that_section():
    blocks = [Block("p", n, t) for n, t in enumerate(["一、处理程序", "1、受理人应登记。", "二、凡未及时处理的，追究责任。"], 1)]
    root, front = build(segments(blocks))
    [node] = root.children
    assert [s.text for s in node.items] == ["受理人应登记。"]
    assert [s.text for s in front] == ["凡未及时处理的，追究责任。"]


def test_a_numbered_list_of_rules_is_the_procedure_and_sentences_holding_several_steps_are_split(tmp_path: Path):
    data = _import(
        tmp_path,
        "投诉处理制度\n一、受理部门接到客户的投诉，应当在接到投诉当日内对投诉内容进行登记；\n"
        "二、来访来电投诉，一个工作日内核实，如为真实投诉，必需马上立案处理。\n"
        "三、护理质量方面的投诉由护理部处理，医疗收费方面的投诉由财务科处理。\nXX年XX月XX日\n",
    )
    [scenario] = data["scenarios"]
    assert scenario["title"] == "投诉处理制度"
    assert [(s.get("when"), s["do"], s.get("within")) for s in scenario["actions"]] == [
        (None, "受理部门接到客户的投诉，应当在接到投诉当日内对投诉内容进行登记", "1d"),
        (None, "来访来电投诉，一个工作日内核实", "1wd"),
        ("如为真实投诉", "必需马上立案处理", None),
        (None, "护理质量方面的投诉由护理部处理", None),
        (None, "医疗收费方面的投诉由财务科处理", None),
    ]
    assert data["x-unmapped"][-1]["text"] == "XX年XX月XX日"


def test_a_deadlines_section_that_also_says_what_is_done_is_a_procedure(tmp_path: Path):
    data = _import(
        tmp_path,
        "投诉处理流程\n受理登记及答复期限:\n1、办公室负责投诉的受理登记。\n"
        "2、行风投诉在30个工作日内查明原因,并向投诉人做出答复。\n",
    )
    [scenario] = data["scenarios"]
    assert [(s["do"], s.get("within")) for s in scenario["actions"]] == [
        ("办公室负责投诉的受理登记", None),
        ("行风投诉在30个工作日内查明原因", "30wd"),
        ("向投诉人做出答复", None),
    ]
    assert "time_limits" not in data


def test_a_list_of_service_standards_after_a_colon_is_a_procedure(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints\n\nYou have a right to:\n\n- A telephone response within two business days.\n"
        "- A written response within 10 business days.\n\nComplaints may be made by:\n\n- phone\n- letter\n",
    )
    [scenario] = data["scenarios"]
    assert [s["within"] for s in scenario["actions"]] == ["2wd", "10wd"]


def test_why_a_plan_exists_and_page_furniture_are_kept_but_are_not_steps(tmp_path: Path):
    data = _import(
        tmp_path,
        "投诉处理程序\n一、处理流程\n受理人员应当场登记。应急处理机制的建立有助于提高问题的解决效率。"
        "对于企业来说应急预案是一个风险管理的重要措施。\n医患沟通办公室(0564-6018053)\n"
        "Page last updated: 22 August 2025\n",
    )
    scenario = next(s for s in data["scenarios"] if s["title"] == "处理流程")
    assert [s["do"] for s in scenario["actions"]] == ["受理人员应当场登记"]
    kept = [e["text"] for e in data["x-unmapped"]]
    assert "应急处理机制的建立有助于提高问题的解决效率" in kept and "Page last updated: 22 August 2025" in kept


def test_members_named_with_their_group_between_verb_and_title(tmp_path: Path):
    data = _import(
        tmp_path,
        "应急预案\n一、组织机构\n成立应急指挥中心。湖南保监局局长任指挥中心总指挥，副局长担任副总指挥；"
        "指挥中心办公室主任由保监局办公室主任兼任。\n",
    )
    roles = {(r["title"], r.get("holder")) for r in data["organisation"]["roles"]}
    assert {("总指挥", "湖南保监局局长"), ("副总指挥", "副局长"), ("指挥中心办公室主任", "保监局办公室主任")} <= roles


def test_an_organisation_sentence_opening_with_a_unit_gives_it_its_duty(tmp_path: Path):
    data = _import(
        tmp_path,
        "投诉处理办法\n第一章 组织架构与职责\n第一条 消费者权益保护部是投诉处理的牵头部门，负责制定投诉处理制度。\n"
        "第二章 附则\n第二条 本办法自印发之日起施行。\n",
    )
    role = next(r for r in data["organisation"]["roles"] if r["title"] == "消费者权益保护部")
    assert role["duties"] == ["消费者权益保护部是投诉处理的牵头部门，负责制定投诉处理制度"]


def test_a_deadline_counts_from_an_event_not_from_the_hour_before_it(tmp_path: Path):
    data = _import(tmp_path, "投诉处理办法\n一、处理时限\n发生重大投诉的，受理机构应当在2小时内报告消费者权益保护部。\n")
    [deadline] = data["time_limits"]
    assert deadline["within"] == "2h" and "from" not in deadline


@pytest.mark.parametrize(
    "text",
    [
        "投诉处理流程\n1.受理登记\n2.调查核实\n3.答复客户\n",
        "投诉处理办法\n一、处理流程\n1.受理登记\n2.调查核实\n3.答复客户\n二、附则\n本办法自印发之日起施行。\n",
    ],
)
def test_short_numbered_lines_under_a_procedure_are_steps_whatever_their_verbs(tmp_path: Path, text):
    data = _import(tmp_path, text)
    steps = [s["do"] for sc in data["scenarios"] for s in sc.get("actions", [])]
    assert steps == ["受理登记", "调查核实", "答复客户"]


def test_a_list_under_a_short_line_taken_for_a_heading_is_a_procedure(tmp_path: Path):
    data = _import(
        tmp_path,
        "We take complaints seriously and want to put things right.\n\nYou have a right to:\n\n"
        "• A telephone response within two business days.\n• A written response within 10 business days.\n",
    )
    [scenario] = data["scenarios"]
    assert scenario["title"] == "You have a right to" and [s["within"] for s in scenario["actions"]] == ["2wd", "10wd"]


def test_a_run_on_paragraph_of_rules_after_a_colon_is_split_into_its_items(tmp_path: Path):
    data = _import(
        tmp_path, "医院投诉处理制度为了加强投诉管理，特制定本制度:一、各科室均有责任受理投诉。二、受理投诉的科室应当热情接待。\n"
    )
    steps = [s["do"] for sc in data["scenarios"] for s in sc.get("actions", [])]
    assert steps == ["各科室均有责任受理投诉", "受理投诉的科室应当热情接待"]


def test_english_duty_sentences_in_a_responsibilities_section_name_their_roles(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints Handling Policy\n\nResponsibilities\n\nThe Head of Customer Care owns this policy.\n\n"
        "Complaint handlers investigate complaints and write final responses.\n\n"
        "The Compliance team monitors adherence to this policy.\n\nOur process\n\n1. Acknowledge the "
        "complaint within 3 business days.\n2. Investigate the complaint.\n",
    )
    roles = {r["title"]: r.get("duties") for r in data["organisation"]["roles"]}
    assert roles == {
        "Head of Customer Care": ["The Head of Customer Care owns this policy"],
        "Complaint handlers": ["Complaint handlers investigate complaints and write final responses"],
        "Compliance team": ["The Compliance team monitors adherence to this policy"],
    }


def test_duty_labels_under_a_responsibilities_heading_are_roles(tmp_path: Path):
    data = _import(
        tmp_path,
        "患者投诉管理办法\n一、职责\n（一）医患沟通办公室：统一受理患者投诉，答复投诉人。\n"
        "（二）医务科：负责医疗技术类投诉的调查处理。\n二、投诉处理程序\n（一）接待。接待人员应热情接待。\n",
    )
    roles = {r["title"]: r.get("duties") for r in data["organisation"]["roles"]}
    assert roles["医患沟通办公室"] == ["统一受理患者投诉，答复投诉人。"]
    assert roles["医务科"] == ["负责医疗技术类投诉的调查处理。"]
    assert "groups" not in data["organisation"]


def test_a_level_defined_criteria_first():
    from plancraft.importer.levels import definition

    assert definition("涉及患者死亡、3人（含）以上集体投诉或媒体曝光的投诉为重大投诉") == (
        "重大投诉",
        "涉及患者死亡、3人（含）以上集体投诉或媒体曝光的投诉",
    )


def test_a_quantified_mention_is_not_a_post():
    from plancraft.importer.roles import posts_in

    assert posts_in("涉及多个科室的复杂投诉，由本科室处理") == []


def test_a_group_set_up_with_its_duty_keeps_the_duty(tmp_path: Path):
    data = _import(tmp_path, "投诉应急预案\n一、组织机构\n成立投诉处理领导小组，负责组织、协调、指挥投诉处理工作。\n")
    [group] = data["organisation"]["groups"]
    assert group["name"] == "投诉处理领导小组" and group["duties"] == ["负责组织、协调、指挥投诉处理工作"]


def test_a_long_list_of_units_is_read_in_one_pass():
    """Each list item is read one way only: forty units joined by 和 are no harder than two (this once backtracked
    exponentially)."""
    from plancraft.importer.roles import agent_posts

    assert agent_posts("报告" + "客服部和" * 40 + "综合部经理。") == ["客服部"]
    assert agent_posts("大堂经理" + "和客服部" * 40 + "。") == ["大堂经理", "客服部"]


def test_step_and_stage_lines_are_procedure_headings(tmp_path: Path):
    data = _import(
        tmp_path,
        "Complaints Policy\n\nStep 1: Tell us about your complaint\nWe will send you an acknowledgement "
        "within two working days.\n\nStep 2: We investigate\nA complaints handler will look into your "
        "complaint within 15 working days.\n\nWhat if I am still unhappy?\nYou may refer your complaint "
        "to the Ombudsman within six months.\n",
    )
    titles = [s["title"] for s in data["scenarios"]]
    assert titles[:2] == ["Step 1: Tell us about your complaint", "Step 2: We investigate"]
    assert [s.get("within") for s in data["scenarios"][1]["actions"]] == ["15wd"]
    assert "What if I am still unhappy?" not in [s["do"] for sc in data["scenarios"] for s in sc["actions"]]


def test_chinese_stage_lines_are_procedure_headings():
    assert _outline(
        "投诉处理流程", "第一步：受理登记", "受理人员应当场登记。", "第二步：调查核实", "承办部门应在5日内核实。"
    ) == [(2, "第一步：受理登记"), (2, "第二步：调查核实")]


def test_a_response_level_after_the_grading_is_what_is_done_at_that_level(tmp_path: Path):
    data = _import(
        tmp_path,
        "群体性投诉事件应急预案\n一、事件分级\n（一）一般（Ⅲ级）：聚集客户5人以下。\n"
        "（二）较大（Ⅱ级）：聚集客户5人（含）以上。\n二、分级响应\n（一）Ⅲ级响应\n"
        "由网点负责人组织现场处置，30分钟内报告支行。\n（二）Ⅱ级响应\n由支行行长到场指挥，1小时内报告监管部门。\n",
    )
    assert [lv["name"] for lv in data["levels"]] == ["一般（Ⅲ级）", "较大（Ⅱ级）"]
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    scenarios = {s["title"]: s for s in data["scenarios"]}
    assert scenarios["Ⅲ级响应"]["level"] == data["levels"][0]["id"]
    # 由网点负责人组织现场处置，30分钟内报告支行: two acts, the deadline with the second, one actor for both
    assert [(roles.get(s.get("by")), s.get("within")) for s in scenarios["Ⅲ级响应"]["actions"]] == [
        ("网点负责人", None),
        ("网点负责人", "30min"),
    ]
    assert [(roles.get(s.get("by")), s.get("within")) for s in scenarios["Ⅱ级响应"]["actions"]] == [
        ("支行行长", None),
        ("支行行长", "1h"),
    ]
    assert "监管部门" not in roles.values()


def test_a_definition_in_a_list_of_rules_is_kept_but_is_not_a_step(tmp_path: Path):
    data = _import(
        tmp_path,
        "投诉处理制度\n一、本制度所称投诉，是指客户对本行服务表达不满的行为。\n"
        "二、受理部门应当在接到投诉当日登记。\n三、承办部门应当在5个工作日内答复。\n",
    )
    [scenario] = data["scenarios"]
    assert [(s["do"], s["within"]) for s in scenario["actions"]] == [
        ("受理部门应当在接到投诉当日登记", "1d"),
        ("承办部门应当在5个工作日内答复", "5wd"),
    ]
    assert data["x-unmapped"][0]["text"].endswith("是指客户对本行服务表达不满的行为。")


def test_a_flow_typed_on_one_line_is_a_procedure(tmp_path: Path):
    data = _import(
        tmp_path, "投诉处理办法\n一、处理流程\n客户投诉→受理登记→调查核实→处理答复→回访归档\n二、附则\n本办法自印发之日起施行。\n"
    )
    [scenario] = data["scenarios"]
    assert [s["do"] for s in scenario["actions"]] == ["客户投诉", "受理登记", "调查核实", "处理答复", "回访归档"]


def test_one_english_word_alone_names_no_post():
    from plancraft.importer.roles import posts_in

    assert posts_in("The Executive Summary says what the Team does.") == []


@pytest.mark.parametrize(
    "text",
    [
        "蓝图投产停业期间客户挂失类投诉",
        "患者(家属)投诉",
        "现场投诉/电话投诉/线上投诉",
        "凡是客户投诉到营业网点由网点自己解决的,不纳入投诉统计",
        "投诉按有责、无责、双方责任分类",
        "客户投诉可通过电话、网络、现场等多种方式提出",
        "If you are unhappy with our decision, you can ask us to review it",
        "Visit the Ombudsman website",
    ],
)
def test_case_labels_counting_rules_and_the_complainants_options_are_not_steps(tmp_path: Path, text):
    data = _import(tmp_path, f"投诉处理程序\n一、处理流程\n受理人员应当场登记。\n{text}\n")
    steps = [s["do"] for sc in data["scenarios"] for s in sc["actions"]]
    assert steps == ["受理人员应当场登记"] and text in [e["text"] for e in data["x-unmapped"]]


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        ("各营业网点负责人为客户投诉处理的第一责任人。", ["营业网点负责人"]),
        ("公告中必须明确标注本网点负责人的电话。", ["网点负责人"]),
        ("须要其他部门协办的，应承诺回复时间。", []),
        ("要将案件材料上报上一级管理部门处理。", []),
    ],
)
def test_responsibilities_verbs_and_the_level_above_are_not_posts(text, posts):
    from plancraft.importer.roles import agent_posts

    assert agent_posts(text) == posts


def test_a_command_centre_that_acts_is_a_group(tmp_path: Path):
    data = _import(tmp_path, "投诉应急预案\n一、应急处置\n应急指挥中心负责统一指挥，大堂经理应立即安抚客户。\n")
    assert [g["name"] for g in data["organisation"]["groups"]] == ["应急指挥中心"]
    assert [r["title"] for r in data["organisation"]["roles"]] == ["大堂经理"]


def test_a_plan_in_traditional_characters_is_read_like_a_simplified_one_and_written_in_its_own_script(tmp_path):
    from plancraft.importer.hant import read_simplified, simplified

    source = tmp_path / "plan.txt"
    source.write_text(
        "客戶投訴應急預案\n一、組織機構\n成立投訴處理領導小組，組長由總經理擔任，副組長由客戶服務部經理擔任。\n"
        "二、處理時限\n客戶服務部應當在收到投訴之日起15個工作日內作出答覆。\n",
        encoding="utf-8",
    )
    result = import_document(source)
    data = result.data
    titles = {role["title"]: role.get("holder") for role in data["organisation"]["roles"]}
    # read through the simplified vocabulary (组长由…担任), written back as the document writes it
    assert titles.get("組長") == "總經理" and titles.get("副組長") == "客戶服務部經理"
    assert data["document"]["title"] == "客戶投訴應急預案"
    assert data["purpose"] == "【未载明】"  # the placeholder lint knows stays as it is
    assert "总经理" not in result.text and "總經理" in result.text
    assert simplified("網(wǎng) 址：保險業(yè)協(xié)會") == "网 址：保险业协会"
    assert read_simplified("这是简体的投诉处理办法") == "这是简体的投诉处理办法"


def test_a_document_in_simplified_characters_keeps_them_where_a_character_could_be_traditional(tmp_path):
    from plancraft.importer.hant import source_script

    # one traditional paragraph among simplified ones does not turn the draft's script
    assert source_script(["客户投诉应急预案", "组长由总经理担任。", "客戶服務部經理負責"]) is None
    script = source_script(["客戶投訴應急預案", "頭髮與發展", "組長由總經理擔任。", "請聯繫客服", "系統顯示"])
    assert script("总经理") == "總經理" and script("组长") == "組長"
    # 系 is 繫 in 聯繫 and 系 in 系統, 发 is 髮 in 頭髮 and 發 in 發展: the character beside it decides
    assert script("联系客服，系统显示") == "聯繫客服，系統顯示"
    assert script("头发与发展") == "頭髮與發展"


def test_recovery_compares_a_transcription_in_either_script():
    from plancraft.importer.compare import recovery

    imported = {
        "organisation": {"roles": [{"id": "gm", "title": "總經理"}]},
        "scenarios": [{"actions": [{"do": "客戶服務部應在1小時內登記"}]}],
    }
    reference = {
        "organisation": {"roles": [{"id": "gm", "title": "总经理"}]},
        "scenarios": [{"actions": [{"do": "客户服务部应在1小时内登记"}]}],
    }
    counts = recovery(imported, reference)
    assert counts["roles"] == (1, 1) and counts["steps"] == (1, 1)


def test_recovery_compares_numerals_in_either_form():
    """Ⅳ级 (a Roman numeral character) is IV级, ３日 is 3日: a transcription typed with the other form says the same."""
    from plancraft.importer.compare import recovery

    imported = {"levels": [{"id": "iv", "name": "防汛Ⅳ级应急响应"}], "scenarios": [{"actions": [{"do": "３日内答复"}]}]}
    reference = {"levels": [{"id": "iv", "name": "IV级"}], "scenarios": [{"actions": [{"do": "3日内答复"}]}]}
    counts = recovery(imported, reference)
    assert counts["levels"] == (1, 1) and counts["steps"] == (1, 1)


def test_recovery_counts_the_most_one_to_one_matches_not_the_first_free_one_of_each_item():
    from plancraft.importer.compare import precision, recovery

    # the reference's 某局 (the bureau) also matches the imported 组长 (held by 某局局长); taking each reference item's
    # first free match in turn gave 组长 to 某局 and left the reference's own 组长 without one
    imported = {
        "organisation": {
            "roles": [
                {"id": "leader", "title": "组长", "holder": "株洲市地方海事局局长"},
                {"id": "office", "title": "成员", "holder": "株洲市地方海事局办公室负责人"},
            ]
        }
    }
    reference = {
        "organisation": {
            "roles": [
                {"id": "bureau", "title": "市地方海事局", "holder": "株洲市地方海事局"},
                {"id": "leader", "title": "组长", "holder": "株洲市地方海事局局长"},
            ]
        }
    }
    assert recovery(imported, reference)["roles"] == (2, 2)
    assert precision(imported, reference)["roles"] == (2, 2)
    # a plan whose every step also matches the one before, taken in turn from the second: each finds its own
    steps = [{"do": f"{i}号投诉已登记{i + 1}号投诉"} for i in range(200)]
    assert recovery({"scenarios": [{"actions": steps}]}, {"scenarios": [{"actions": steps[1:] + steps[:1]}]})["steps"] == (
        200,
        200,
    )


def test_a_document_in_traditional_script_reads_its_short_cells_so_too(tmp_path: Path):
    import docx

    from tests.importer.documents import add_table

    document = docx.Document()
    document.add_heading("某超市顧客投訴處理辦法", 0)
    document.add_heading("一、處理時限", 1)
    document.add_paragraph("各門店應按下表時限處理顧客投訴，並將處理結果告知顧客。")
    add_table(document, [["投訴類別", "處理時限"], ["商品質量", "3個工作日"], ["服務態度", "1小時"]])
    path = tmp_path / "plan.docx"
    document.save(str(path))
    data = import_document(path).data
    assert [(t["what"], t["within"]) for t in data["time_limits"]] == [("商品質量", "3wd"), ("服務態度", "1h")]


def test_a_plain_text_table_with_bars_is_a_table(tmp_path: Path):
    from plancraft.importer.reader import read

    source = tmp_path / "plan.txt"
    source.write_text(
        "某店退换货规定\n+------+------+------+\n| 情形 | 经办人 | 补偿上限 |\n|---|---|---|\n| 商品破损 | 店员 | 50圆 |\n"
        "质量问题 | 店长 | 300圆\n+------+------+------+\n价格 | 以标签为准\n",
        encoding="utf-8",
    )
    blocks = read(source).blocks
    assert [b.kind for b in blocks] == ["p", "table", "p"]
    assert blocks[1].rows == [["情形", "经办人", "补偿上限"], ["商品破损", "店员", "50圆"], ["质量问题", "店长", "300圆"]]
    assert blocks[2].text == "价格 | 以标签为准"  # one bar alone divides no table


def test_a_title_given_as_a_file_name_loses_its_extension(tmp_path: Path):
    """A document-sharing page names the plan by its file (…处理预案.doc, …流程.docx): the title is the plan's name."""
    data = _import(tmp_path, "烟草专卖公司举报投诉处理预案.doc\n一、总则\n为规范举报投诉处理，制定本预案。\n")
    assert data["document"]["title"] == "烟草专卖公司举报投诉处理预案"
    data = _import(tmp_path, "Complaints Procedure.docx\n1. Purpose\nThis procedure explains how we handle complaints.\n")
    assert data["document"]["title"] == "Complaints Procedure"


def test_a_comma_after_an_article_or_circled_number_is_the_markers(tmp_path: Path):
    data = _import(
        tmp_path,
        "公司客户投诉管理办法\n第一章 总则\n第一条、为提高公司客户服务质量，规范客户投诉处理程序，制定本办法。\n"
        "第二条、本办法适用于公司各部门。\n第二章 原则\n第三条 处理投诉坚持以下原则：\n①、先救人后救物\n②、先重点后一般\n",
    )
    assert data["purpose"].startswith("为提高公司客户服务质量")
    texts = [p.get("title", "") + p.get("text", "") for p in data["principles"]]
    assert texts and not any(t.startswith("、") for t in texts)


def test_a_deadline_in_brackets_leaves_no_bracket_on_what_it_bounds(tmp_path: Path):
    data = _import(
        tmp_path,
        "重要客户集中投诉应急预案\n一、适用范围\n本预案适用于在短时间内（如72小时内）收到超过50例同类投诉的情形。\n",
    )
    limit = data["time_limits"][0]
    assert limit["within"] == "72h"
    assert limit["what"] == "收到超过50例同类投诉的情形"


@pytest.mark.parametrize(
    ("sentence", "what", "approver"),
    [
        # who may decide within the cap is no part of what is capped: the case before it is
        ("需要先行赔付的，网点负责人可在5000元以内决定，超过5000元的报支行行长审批。", "先行赔付", "支行行长"),
        # or what is given within it
        ("客服专员可在500元以内给予补偿。", "补偿", None),
        ("大堂经理有权在200元以内给予客户补偿。", "补偿", None),
        # 元内, a bracket opened on what is capped; an award or a voucher given to the complainant
        ("大堂副理有权签免该项费用（费用计150元内）。", "签免该项费用", None),
        ("经核实，针对该件事情给予100元服务投诉奖。", "服务投诉奖", None),
    ],
)
def test_a_caps_subject_is_what_is_capped_not_who_may_decide(sentence: str, what: str, approver: str | None):
    from plancraft.importer.caps import caps_in

    [cap] = caps_in(sentence)
    assert (cap.what, cap.approver) == (what, approver)


def test_principles_listed_after_an_article_that_leads_into_them(tmp_path: Path):
    """`第三条 应急处置工作遵循以下原则：` in 总则, then （一）…；（二）…: the items are the plan's principles, and the report
    names the sections taken from 总则's articles (purpose, scope, principles)."""
    source = tmp_path / "plan.txt"
    source.write_text(
        "客户投诉突发事件应急预案\n第一章 总则\n第一条 为妥善处置客户投诉引发的突发事件，制定本预案。\n"
        "第二条 本预案适用于本行各支行及营业网点。\n第三条 应急处置工作遵循以下原则：\n（一）统一领导，分级负责；\n"
        "（二）快速反应，及时处置；\n（三）依法合规，保护客户权益。\n第二章 组织机构\n第四条 本行成立应急处置领导小组，行长任组长。\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["--lang", "zh-CN", "import", str(source), "-o", str(tmp_path / "plan.yaml")])
    assert result.exit_code == 0, result.output
    data = load(tmp_path / "plan.yaml").data
    assert [p["title"] for p in data["principles"]] == ["统一领导，分级负责", "快速反应，及时处置", "依法合规，保护客户权益"]
    assert not any("原则" in u["text"] for u in data.get("x-unmapped", []))
    sections = next(line for line in result.output.splitlines() if "已对应的章节" in line)
    assert all(key in sections for key in ("purpose", "scope", "principles"))
    # a Chinese reader is told what each key is, the key kept for finding it in the file
    assert "目的（purpose）" in sections and "工作原则（principles）" in sections


def test_a_chinese_report_names_the_documents_fields_in_chinese_too(tmp_path: Path):
    """编制依据 and a title the source lacks are fields of `document`: the report names them as a Chinese reader calls
    them, the key kept for finding them in the file (not `basis` alone, which no file has)."""
    source = tmp_path / "plan.txt"
    source.write_text(
        "一、编制依据\n依据《中华人民共和国消费者权益保护法》，制定本预案。\n二、处置流程\n客服中心在1个工作日内受理并登记。\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["--lang", "zh-CN", "import", str(source), "-o", str(tmp_path / "plan.yaml")])
    assert result.exit_code == 0, result.output
    sections = next(line for line in result.output.splitlines() if "已对应的章节" in line)
    assert "编制依据（document.basis）" in sections
    unstated = next(line for line in result.output.splitlines() if "原文未写明" in line)
    assert "预案标题（document.title）" in unstated


def test_caps_in_bands_of_authority_each_with_who_decides(tmp_path: Path):
    """`需要给予业主经济补偿的，500元以内由项目经理决定，500元至3000元由副组长批准，3000元以上报组长批准`: two caps of the
    payment the sentence opens with, the band's upper end the second; 由…决定 names who approves; 3000元以上 none."""
    data = _import(
        tmp_path,
        "物业投诉应急预案\n一、组织机构\n组长：总经理\n副组长：品质部经理\n二、处置流程\n"
        "需要给予业主经济补偿的，500元以内由项目经理决定，500元至3000元由副组长批准，3000元以上报组长批准。\n",
    )
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    caps = [(c["what"], c["max"], roles[c["approver"]]) for c in data["limits"]]
    assert caps == [("业主经济补偿", 500, "项目经理"), ("业主经济补偿", 3000, "副组长")]


def test_a_band_written_with_a_hyphen_or_in_english_is_a_cap_where_the_sentence_names_its_approver():
    """500-2000元的由客服经理审批 / £50 to £250 must be approved by…: the band's upper end, of what it bounds; a fine in a
    band is no cap; who approves is not what is capped (不超过3000元的由经理审批 gave the cap's `what` 由经理审批)."""
    from plancraft.importer.caps import caps_in

    def caps(sentence: str) -> list[tuple]:
        return [(c.what, c.value, c.currency, c.approver) for c in caps_in(sentence, sentence)]

    assert caps("赔付金额500-2000元的由客服经理审批") == [("赔付金额", 2000, "CNY", "客服经理")]
    assert caps("Payments of £50 to £250 must be approved by the Head of Housing.") == [
        ("Payments", 250, "GBP", "Head of Housing")
    ]
    assert caps("赔偿金额不超过3000元的由经理审批") == [("赔偿金额", 3000, "CNY", "经理")]
    assert caps("未经农技人员同意擅自出入库的，将对责任人处以200-500元罚款") == []
    assert caps("Disputes of £200 to £500 go to the small claims court.") == []
    # what the holder may do, without the modal (it was "may award")
    assert caps("Housing Officers may award up to £50.") == [("award", 50, "GBP", None)]


def test_an_english_procedure_names_its_issuer_its_caps_bands_and_keeps_review_out_of_the_steps(tmp_path: Path):
    """The society named under the title is the issuer; `payments above £100 and up to £1,000 must be approved by…`
    caps payments at £1,000 (the lower bound is where the authority begins, not what is capped); `…will review this
    procedure every year` under Review is how the plan is kept, not a step of the response."""
    d = docx.Document()
    d.add_heading("Customer Complaints Emergency Procedure", 0)
    d.add_paragraph("Northbridge Building Society")
    d.add_heading("1. Response", 1)
    d.add_paragraph("The Branch Manager must speak to the customer within 1 hour.", style="List Number")
    d.add_paragraph(
        "Branch Managers may offer goodwill payments of up to £100; payments above £100 and up to £1,000 must be "
        "approved by the Complaints Manager.",
        style="List Number",
    )
    d.add_heading("2. Review", 1)
    d.add_paragraph("The Complaints Manager will review this procedure every year.")
    path = tmp_path / "procedure.docx"
    d.save(path)
    data = import_document(path).data
    assert data["document"]["issuer"] == "Northbridge Building Society"
    assert [(c["what"], c["max"]) for c in data["limits"]] == [("goodwill payments", 100), ("payments", 1000)]
    steps = [a["do"] for sc in data["scenarios"] for a in sc["actions"]]
    assert not any("review this procedure" in s for s in steps)
    assert data["review"]["every"] == "1y"


def test_a_table_of_authority_flattened_into_lines_gives_each_post_its_cap(tmp_path: Path):
    data = _import(
        tmp_path,
        "售后问题处理规范\n一、处理权限\n补偿权限\n人员 权限补偿/补款金额\n客服 ≤100元\n组长 ≤300元\n主管 ≤500元\n"
        "经理 ≤2000元\n总监 >2000元\n",
    )
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    caps = [(c["what"], c["max"], roles.get(c.get("approver"))) for c in data["limits"]]
    assert caps == [("补偿权限", 100, "客服"), ("补偿权限", 300, "组长"), ("补偿权限", 500, "主管"), ("补偿权限", 2000, "经理")]


def test_supplementary_provisions_say_who_keeps_the_plan_and_how_often(tmp_path: Path):
    """附则 is no annex: `本预案由办公室负责解释` names who keeps the plan (docs/plan-format.md, review.owner), `每年修订一次`
    how often; what else it says is kept with the review, none of it a step."""
    data = _import(
        tmp_path,
        "客户投诉应急预案\n一、应急处置\n1. 接到投诉后1小时内报告组长。\n二、附则\n1. 本预案由办公室负责解释。\n"
        "2. 本预案每年修订一次。\n3. 本预案自发布之日起施行。\n",
    )
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert "annexes" not in data
    assert roles[data["review"]["owner"]] == "办公室" and data["review"]["every"] == "1y"
    assert data["review"]["x-text"][-1] == "本预案自发布之日起施行。"
    assert [a["do"] for sc in data["scenarios"] for a in sc["actions"]] == ["接到投诉后1小时内报告组长"]


def test_an_english_policy_reviewed_by_a_post_names_it_as_its_keeper(tmp_path: Path):
    d = docx.Document()
    d.add_heading("Complaints Policy", 0)
    d.add_heading("1. Handling", 1)
    d.add_paragraph("We will reply within 10 working days.")
    d.add_heading("2. Review of this policy", 1)
    d.add_paragraph("This policy will be reviewed annually by the Customer Services Manager.")
    path = tmp_path / "policy.docx"
    d.save(path)
    data = import_document(path).data
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert roles[data["review"]["owner"]] == "Customer Services Manager" and data["review"]["every"] == "1y"


def test_a_groups_members_heading_is_the_organisation_not_a_make_up():
    # 突发事件应急小组成员: 小组成员 holds no 组成 (what a thing is made of, no section of the plan)
    from plancraft.importer import vocab

    assert vocab.section_for("突发事件应急小组成员") == "organisation"
    assert vocab.section_for("要素组成") is None


def test_a_purpose_paragraph_that_also_says_what_the_plan_covers_gives_both(tmp_path: Path):
    """为…，制定本预案。本预案适用于本支行各营业网点。 in one paragraph of 总则: the purpose, then the scope (found trying a
    colleague-style plan: scope was reported as not stated)."""
    data = _import(
        tmp_path,
        "客户投诉应急预案\n一、总则\n为及时妥善处置客户投诉，制定本预案。本预案适用于本支行各营业网点。\n二、处置程序\n"
        "1. 网点负责人10分钟内安抚客户。\n",
    )
    assert data["purpose"] == "为及时妥善处置客户投诉，制定本预案。"
    assert data["scope"] == "本预案适用于本支行各营业网点。"


def test_an_english_compensation_section_gives_caps_not_steps_of_the_stage_before_it(tmp_path: Path):
    """## Compensation after ## Stage 2: its amounts are caps with their approvers, its sentences no steps of Stage 2
    (found trying an English housing policy)."""
    source = tmp_path / "policy.md"
    source.write_text(
        "# Complaints Policy\n\n## Stage 1\n\nThe Housing Officer will investigate and respond within 10 working days.\n\n"
        "## Stage 2\n\nIf you are not satisfied, the Head of Housing will review it and respond within 20 working days.\n\n"
        "## Compensation\n\nWhere we have failed, we may offer compensation. Housing Officers may award up to £50. "
        "Payments over £50 and up to £250 must be approved by the Head of Housing.\n",
        encoding="utf-8",
    )
    data = import_document(source).data
    assert [c["max"] for c in data["limits"]] == [50, 250]
    steps = [a["do"] for sc in data["scenarios"] for a in sc["actions"]]
    assert not any("compensation" in s or "£" in s for s in steps)


def test_a_bound_listed_place_by_place_is_a_time_limit_per_place(tmp_path: Path):
    source = tmp_path / "pledge.txt"
    source.write_text(
        "供电服务承诺\n一、抢修服务\n供电抢修人员到达现场的时间一般不超过：城区范围45分钟；农村地区90分钟；特殊边远地区2小时。\n",
        encoding="utf-8",
    )
    data = import_document(source).data
    titles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    limits = [(t["what"], t["within"]) for t in data["time_limits"]]
    # the post that must be there in time owns each
    assert {titles[t["owner"]] for t in data["time_limits"]} == {"供电抢修人员"}
    assert limits == [
        ("供电抢修人员到达现场（城区范围）", "45min"),
        ("供电抢修人员到达现场（农村地区）", "90min"),
        ("供电抢修人员到达现场（特殊边远地区）", "2h"),
    ]
    # a long subject before the list is taken whole, from the start of its clause
    source.write_text(
        "供电服务承诺\n一、抢修服务\n接到客户故障报修后公司所属各供电营业所及城乡各抢修班组的全体供电抢修人员到达现场的时间一般不超过："
        "城区范围45分钟；农村地区90分钟。\n",
        encoding="utf-8",
    )
    assert [(t["what"], t["within"]) for t in import_document(source).data["time_limits"]] == [
        ("接到客户故障报修后公司所属各供电营业所及城乡各抢修班组的全体供电抢修人员到达现场（城区范围）", "45min"),
        ("接到客户故障报修后公司所属各供电营业所及城乡各抢修班组的全体供电抢修人员到达现场（农村地区）", "90min"),
    ]


def test_an_average_time_pledged_place_by_place_from_a_pdf_copy_is_a_time_limit_per_place(tmp_path: Path):
    """`到达现场的平均时间一般为:城区范围 45 分 钟,农村地区 90 分钟`: a pledged time (…时间一般为：) listed place by place
    is a bound as 不超过 is, and a unit a PDF copy broke with a space (45 分 钟) is still minutes."""
    source = tmp_path / "pledge.txt"
    source.write_text(
        "供电服务承诺\n第三条 快速抢修及时复电。提供 24 小时电力故障报修服务,供电抢修人员到达现场的平均时间一般为:城区范围 45 分 钟,"
        "农村地区 90 分钟,特殊边远地区 2 小时。\n",
        encoding="utf-8",
    )
    assert [(t["what"], t["within"]) for t in import_document(source).data["time_limits"]] == [
        ("供电抢修人员到达现场（城区范围）", "45min"),
        ("供电抢修人员到达现场（农村地区）", "90min"),
        ("供电抢修人员到达现场（特殊边远地区）", "2h"),
    ]


def test_a_bound_listed_place_by_place_under_a_time_limits_heading_is_no_step_beside_the_procedure(tmp_path: Path):
    """Under 服务时限, beside a procedure, the places' bounds are time limits only: not also steps of a scenario named
    服务时限 (one of them "郊区60分钟"), nor a paragraph left unmapped (found trying a water company's plan)."""
    source = tmp_path / "water.txt"
    source.write_text(
        "供水公司客户投诉应急预案\n一、服务时限\n（一）接到报修后，抢修人员到达现场时间一般不超过：城区30分钟；郊区60分钟。\n"
        "（二）一般投诉应在3个工作日内答复客户。\n二、处置程序\n1. 客服中心受理投诉并登记。\n2. 管网部在2小时内核实情况。\n",
        encoding="utf-8",
    )
    data = import_document(source).data
    steps = [a["do"] for sc in data["scenarios"] for a in sc["actions"]]
    assert not any("城区" in s or "郊区" in s for s in steps)
    assert [(t["what"], t["within"]) for t in data["time_limits"]] == [
        ("抢修人员到达现场（城区）", "30min"),
        ("抢修人员到达现场（郊区）", "60min"),
    ]
    assert not data.get("x-unmapped")


def test_a_deadline_cell_that_gives_one_duration_per_place_is_a_time_limit_per_place(tmp_path: Path):
    source = table_under_heading(
        tmp_path / "standards.docx",
        "Service standards",
        "Time limits for rendering the service",
        [
            ("Type of service", "Time limit for rendering the service"),
            ("Replacement of fuses", "Cities & Towns - 4 working hours Rural Areas - 12 working hours"),
            ("Rectification of line fault", "24 hours"),
        ],
    )
    limits = [(t["what"], t["within"]) for t in import_document(source, lang="en").data["time_limits"]]
    assert limits == [
        ("Replacement of fuses (Cities & Towns)", "4h"),
        ("Replacement of fuses (Rural Areas)", "12h"),
        ("Rectification of line fault", "24h"),
    ]


def test_a_standards_cell_in_two_languages_gives_its_deadline_once(tmp_path: Path):
    document = docx.Document()
    add_table(
        document,
        [
            ("服務承諾 Performance Pledge", "服務目標 Performance Target"),
            (
                "(a) 屋邨管理人員會在屋邨辦事處接報後15分鐘內到場處理; Estate management personnel will arrive at the "
                "scene within 15 minutes upon receipt of report to the estate office;",
                "99%",
            ),
        ],
    )
    source = tmp_path / "pledges.docx"
    document.save(source)
    assert [t["within"] for t in import_document(source).data["time_limits"]] == ["15min"]


def test_a_title_that_names_a_norm_of_handling_is_the_documents_title(tmp_path: Path):
    """客户服务中心投诉处理规范: the title (it was left unmapped, the document's title "not stated", and 客户服务中心 made a
    role from it); 运作规范 alone heads a section and is no title."""
    source = tmp_path / "norm.txt"
    source.write_text(
        "客户服务中心投诉处理规范\n一、投诉受理\n一线坐席接到客户投诉后，应在通话中安抚客户并记录投诉内容。\n"
        "二、回访\n处理完毕后，质检专员在3个工作日内回访客户。\n",
        encoding="utf-8",
    )
    data = import_document(source).data
    assert data["document"]["title"] == "客户服务中心投诉处理规范"
    assert "客户服务中心" not in [r["title"] for r in data["organisation"]["roles"]]
    assert not data.get("x-unmapped")
    # a handbook of handling: 营业厅客户投诉应急处置手册 (its title was reported not stated)
    source.write_text(
        "营业厅客户投诉应急处置手册\n一、投诉受理\n值班经理接到客户投诉后，应安抚客户并记录投诉内容。\n",
        encoding="utf-8",
    )
    assert import_document(source).data["document"]["title"] == "营业厅客户投诉应急处置手册"
    source.write_text(
        "运作规范\n一线坐席接到客户投诉后，应在通话中安抚客户并记录投诉内容。\n质检专员在3个工作日内回访客户。\n",
        encoding="utf-8",
    )
    assert import_document(source).data["document"]["title"] == "【未载明】"


def test_a_norm_that_says_what_it_covers_after_its_purpose_gives_the_scope(tmp_path: Path):
    """…制定本规范。本规范适用于公司各营业厅及客服中心。: the second sentence is the scope (it was reported not stated;
    found trying a gas company's norm)."""
    data = _import(
        tmp_path,
        "燃气公司客户投诉处理规范\n一、总则\n为规范客户投诉处理，制定本规范。本规范适用于公司各营业厅及客服中心。\n"
        "二、处理程序\n1. 客服中心受理投诉并登记。\n",
    )
    assert data["purpose"] == "为规范客户投诉处理，制定本规范。"
    assert data["scope"] == "本规范适用于公司各营业厅及客服中心。"


def test_a_band_of_authority_read_as_a_cap_is_not_also_kept_unmapped(tmp_path: Path):
    """Under Compensation, the band with its approver is a cap; only the sentence that caps nothing stays unmapped."""
    source = tmp_path / "policy.md"
    source.write_text(
        "# Complaints Policy\n\n## Stage 1\n\nThe Housing Officer will respond within 10 working days.\n\n"
        "## Compensation\n\nPayments of £50 to £250 must be approved by the Head of Housing. Payments above £250 must "
        "be approved by the Director of Operations.\n",
        encoding="utf-8",
    )
    data = import_document(source).data
    assert [(c["what"], c["max"]) for c in data["limits"]] == [("Payments", 250)]
    assert [u["text"] for u in data["x-unmapped"]] == ["Payments above £250 must be approved by the Director of Operations"]


def test_a_compensation_authority_section_gives_caps_and_no_procedure(tmp_path: Path):
    """五、赔偿权限 / 单笔赔偿金额在500元以内的，由客服部经理审批；…由总经理审批: who may approve how much is the caps
    with their approvers; the section is no procedure named 赔偿权限 whose steps are 由客服部经理审批 (found trying a
    colleague's plan)."""
    source = tmp_path / "plan.txt"
    source.write_text(
        "供热公司客户投诉应急预案\n一、处置程序\n1. 客服专员接到投诉后，应在1小时内登记。\n二、赔偿权限\n"
        "单笔赔偿金额在500元以内的，由客服部经理审批；超过500元、不超过3000元的，由总经理审批。\n",
        encoding="utf-8",
    )
    data = import_document(source).data
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert [(c["max"], roles[c["approver"]]) for c in data["limits"]] == [(500, "客服部经理"), (3000, "总经理")]
    assert [s["title"] for s in data["scenarios"]] == ["处置程序"]


def test_two_english_deadlines_in_one_sentence_each_time_what_follows_the_one_before(tmp_path: Path):
    """We will acknowledge a written complaint within 3 working days and send a full response within 15 working days:
    the second deadline times "send a full response", not the whole clause before it (which made lint see two
    acknowledgements in conflict and no decision deadline); a title that names the organisation before "Incident and
    Complaints Procedure" names the issuer (found trying a colleague's plan)."""
    source = tmp_path / "policy.txt"
    source.write_text(
        "Riverside Leisure Trust – Customer Incident and Complaints Procedure\n"
        "This procedure sets out how Riverside Leisure Trust handles complaints.\n1. Time limits\n"
        "We will acknowledge a written complaint within 3 working days and send a full response within 15 working days.\n",
        encoding="utf-8",
    )
    data = import_document(source, lang="en").data
    assert [(t["what"], t["within"]) for t in data["time_limits"]] == [
        ("acknowledge a written complaint", "3wd"),
        ("send a full response", "15wd"),
    ]
    assert data["document"]["issuer"] == "Riverside Leisure Trust"


def test_what_is_done_after_or_at_a_number_of_weeks_has_that_deadline(tmp_path: Path):
    """A UK financial firm's stages: "after four weeks we will send you…", "at eight weeks we will send…", "Before the 8
    week anniversary of receipt …, we will confirm…": deadlines of those steps (they had none). "If a complaint is not
    resolved after eight weeks, you may refer it" says when the complainant may go on, no deadline of ours."""
    data = _import(
        tmp_path,
        "Customer Complaints Procedure\n"
        "1. If we haven't been able to resolve the complaint sooner, after four weeks we will send you our Final Response "
        "letter or a progress report.\n"
        "2. If we still haven't been able to resolve it, at eight weeks we will send you our Final Response letter.\n"
        "3. Before the 8 week anniversary of receipt of your complaint, we will confirm in writing our final decision.\n"
        "4. If a complaint is not resolved after eight weeks, you may refer the complaint to the Ombudsman.\n",
    )
    within = [step.get("within") for scenario in data["scenarios"] for step in scenario["actions"]]
    assert within[:3] == ["4w", "8w", "8w"]
    assert not within[3:] or within[3] is None


def test_a_limit_named_then_its_period_is_a_deadline_for_what_it_limits(tmp_path: Path):
    """ "The time constraint on bringing a complaint is 12 months from the occurrence…", "The timescale for a full reply
    will normally be 20 working days": a deadline each, for what the limit is of (the first was lost: no "within");
    "The office is 12 miles away" and "Our phone line is open 24 hours" are no limits."""
    data = _import(
        tmp_path,
        "Complaints Procedure\n"
        "The time constraint on bringing a complaint is 12 months from the occurrence giving rise to the complaint.\n"
        "The timescale for a full reply will normally be 20 working days.\n"
        "Our phone line is open 24 hours a day.\n",
    )
    steps = [step for scenario in data.get("scenarios", []) for step in scenario["actions"]]
    timed = [(t["what"], t["within"]) for t in data.get("time_limits", [])] + [
        (step["do"], step["within"]) for step in steps if "within" in step
    ]
    assert [within for _, within in timed] == ["12mo", "20wd"]
    assert timed[0][0].startswith("The time constraint on bringing a complaint")


def test_a_delegates_id_is_english_words():
    """管理者代表 (the ISO management representative), 家长代表, 法定代表人: ids in English words, not pinyin half way
    (management-zhe-dai-biao, seen trying a colleague's plan)."""
    assert slug("管理者代表", "role") == "management-representative"
    assert slug("家长代表", "role") == "parent-representative"
    assert slug("法定代表人", "role") == "legal-representative"
