"""Levels as plans state them: a grading section in the usual Chinese and English forms, a table, or in
passing (a definition, grades named together, a case opened by its grade), with numeric thresholds."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from plancraft.importer import import_document
from plancraft.importer.levels import overview
from plancraft.importer.levels import complexity_tiers, definition, graded_mentions, severity, thresholds
from tests.importer.documents import add_table, import_validated, table_under_heading


def _draft(tmp_path: Path, text: str, suffix: str = ".txt") -> dict:
    source = tmp_path / f"plan{suffix}"
    source.write_text(text, encoding="utf-8")
    return import_document(source).data


def _levels(tmp_path: Path, text: str, suffix: str = ".txt") -> list[dict]:
    return _draft(tmp_path, text, suffix).get("levels", [])


def _names(levels: list[dict]) -> list[str]:
    return [level["name"] for level in levels]


def _periods(data: dict) -> list[str]:
    """Every deadline of a draft: its time limits' and its steps' `within`."""
    steps = [a for s in data.get("scenarios", []) for a in s.get("actions", [])]
    return [t["within"] for t in data.get("time_limits", [])] + [a["within"] for a in steps if "within" in a]


def test_four_grades_with_roman_numerals_least_severe_first_and_thresholds(tmp_path):
    levels = _levels(
        tmp_path,
        "某公司供水突发事件应急预案\n一、总则\n为了有效应对供水突发事件，制定本预案。\n二、事件分级\n"
        "按照严重程度，供水突发事件分为特别重大（Ⅰ级）、重大（Ⅱ级）、较大（Ⅲ级）和一般（Ⅳ级）四级。\n"
        "（一）特别重大事件（Ⅰ级）：造成10万户以上居民停水，或者直接经济损失1000万元以上的。\n"
        "（二）重大事件（Ⅱ级）：造成5万户以上10万户以下居民停水的。\n"
        "（三）较大事件（Ⅲ级）：造成1万户以上5万户以下居民停水的。\n"
        "（四）一般事件（Ⅳ级）：造成1000户以上1万户以下居民停水的。\n",
    )
    assert _names(levels) == ["一般事件（Ⅳ级）", "较大事件（Ⅲ级）", "重大事件（Ⅱ级）", "特别重大事件（Ⅰ级）"]
    assert [[(t["measure"], t["min"], t["unit"]) for t in level["thresholds"]] for level in levels] == [
        [("停水户数", 1000, "户")],
        [("停水户数", 10000, "户")],
        [("停水户数", 50000, "户")],
        [("停水户数", 100000, "户"), ("直接经济损失", 10000000, "CNY")],
    ]


def test_numbered_grades_and_colours(tmp_path):
    levels = _levels(
        tmp_path,
        "客户投诉应急预案\n一、投诉分级\n根据影响程度，将客户投诉分为三级：\n"
        "一级投诉：涉及客户20人以上的群体性投诉，或者涉及金额50万元以上的投诉。\n"
        "二级投诉：涉及客户5人以上20人以下的投诉。\n三级投诉：除一级、二级以外的一般投诉。\n",
    )
    assert _names(levels) == ["三级投诉", "二级投诉", "一级投诉"]
    assert levels[2]["thresholds"] == [
        {"measure": "人数", "min": 20, "unit": "人"},
        {"measure": "涉及金额", "min": 500000, "unit": "CNY"},
    ]
    colours = _levels(
        tmp_path,
        "预警发布办法\n一、预警级别\n预警级别分为四级：Ⅰ级（特别严重）、Ⅱ级（严重）、Ⅲ级（较重）和"
        "Ⅳ级（一般），依次用红色、橙色、黄色和蓝色表示。\n1. 红色预警：预计可能发生特别重大突发事件。\n"
        "2. 橙色预警：预计可能发生重大突发事件。\n3. 黄色预警：预计可能发生较大突发事件。\n"
        "4. 蓝色预警：预计可能发生一般突发事件。\n",
    )
    assert _names(colours) == ["蓝色预警", "黄色预警", "橙色预警", "红色预警"]


def test_a_grading_stated_only_as_a_list_gives_its_levels(tmp_path):
    levels = _levels(
        tmp_path, "应急预案\n一、分级标准\n突发事件分为特别重大、重大、较大和一般四级。\n二、附则\n本预案自印发之日起施行。\n"
    )
    assert _names(levels) == ["一般", "较大", "重大", "特别重大"]


def test_english_levels_with_money_and_people_thresholds(tmp_path):
    levels = _levels(
        tmp_path,
        "# Incident Response Plan\n\n## 1 Purpose\nThis plan sets out how we respond.\n\n"
        "## 2 Severity levels\n- Level 1 (Minor): a single customer affected.\n"
        "- Level 2 (Significant): more than 50 customers affected or losses above £10,000.\n",
        ".md",
    )
    assert _names(levels) == ["Level 1 (Minor)", "Level 2 (Significant)"]
    assert levels[1]["thresholds"] == [
        {"measure": "people", "min": 50, "unit": "customers"},
        {"measure": "amount", "min": 10000, "unit": "GBP"},
    ]


def test_response_levels_keep_their_actions_as_a_scenario(tmp_path):
    data = _draft(
        tmp_path,
        "银行突发事件应急预案\n一、响应分级\n（一）一级响应\n启动条件：发生特别重大突发事件，或者涉及客户100人以上的。\n"
        "由应急领导小组组长指挥，1小时内报告总行。\n（二）二级响应\n启动条件：发生重大突发事件。\n"
        "由办公室主任指挥。\n",
    )
    assert _names(data["levels"]) == ["二级响应", "一级响应"]
    assert data["levels"][1]["criteria"] == "启动条件：发生特别重大突发事件，或者涉及客户100人以上的。"
    first = next(s for s in data["scenarios"] if s["title"] == "一级响应")
    # 由…组长指挥，1小时内报告总行: two acts, the deadline with the second, one actor for both
    assert first["level"] == data["levels"][1]["id"] and first["actions"][1]["within"] == "1h"
    assert first["actions"][1]["by"] == first["actions"][0]["by"]


def test_levels_stated_in_passing(tmp_path):
    assert _names(
        _levels(
            tmp_path,
            "重大投诉处理办法\n第一条 为规范处理，制定本办法。\n第二条 重大消费投诉包括以下情形：\n"
            "（一）20名以上投诉人采取面谈方式提出共同投诉的；\n（二）引起媒体广泛关注的。\n",
        )
    ) == ["重大消费投诉"]
    assert _names(
        _levels(
            tmp_path,
            "停电抢修办法\n热线接到停电信息后，5分钟内下派工作单；根据用户级别，一级用户报公司总经理，二级用户报主管副总经理。\n",
        )
    ) == ["二级用户", "一级用户"]
    # one graded case named in passing grades nothing (a grading sets two grades side by side); two do
    assert (
        _levels(tmp_path, "投诉处理办法\n1. 受理投诉后24小时内回复。\n2. 对于一些重大或复杂的投诉案件，要尽快成立调查小组。\n")
        == []
    )
    assert _names(
        _levels(
            tmp_path,
            "投诉处理办法\n1. 受理投诉后24小时内回复。\n2. 对于一般投诉案件，由网点当场处理。\n"
            "3. 对于一些重大或复杂的投诉案件，要尽快成立调查小组。\n",
        )
    ) == ["一般投诉案件", "重大或复杂的投诉案件"]


def test_no_levels_are_invented_from_ordinary_text(tmp_path):
    assert (
        _levels(tmp_path, "投诉处理程序\n1. 受理：工作人员一般应当在3个工作日内答复。\n2. 成立应急指挥中心，负责协调。\n") == []
    )


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("重大事件（Ⅱ级）", 3),
        ("蓝色预警", 1),
        ("一级响应", 4),
        ("Ⅳ级", 1),
        ("特别重大", 4),
        ("较大投诉", 2),
        ("critical incident", 4),
        ("二类投诉", 3),
        ("Complex complaints", 2),
        ("follow-up", None),  # "low" is a word, not a part of one
        ("同一类投诉", None),
        ("较严重投诉", 2),  # between 一般 and 严重, not 严重 itself
        ("中度投诉", 2),
        ("高风险投诉", 3),
        ("集中度", None),
    ],
)
def test_severity(text, rank):
    assert severity(text) == rank


def test_reading_helpers():
    assert overview("分为特别重大（Ⅰ级）、重大（Ⅱ级）、较大（Ⅲ级）和一般（Ⅳ级）四级") == [
        "特别重大（Ⅰ级）",
        "重大（Ⅱ级）",
        "较大（Ⅲ级）",
        "一般（Ⅳ级）",
    ]
    assert overview("本预案适用于各支行") is None
    # the count closing the list names what is graded (四个响应等级), and 设定为 announces as 分为 does
    assert overview("按应急启动级别从高到低设定为Ⅰ级、Ⅱ级、Ⅲ级、Ⅳ级四个响应等级。") == ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅳ级"]
    assert overview("划分为特别严重(Ⅰ级)、严重(Ⅱ级)、较重(Ⅲ级)、一般(Ⅳ级)四个预警级别") == [
        "特别严重(Ⅰ级)",
        "严重(Ⅱ级)",
        "较重(Ⅲ级)",
        "一般(Ⅳ级)",
    ]
    assert definition("重大消费投诉是指涉及20人以上的投诉") == ("重大消费投诉", "涉及20人以上的投诉")
    assert definition("成立重大突发公共事件应急指挥中心") is None
    assert graded_mentions("一级用户报总经理，二级用户报副总经理") == ["一级用户", "二级用户"]
    assert thresholds("造成5万户以上10万户以下居民停水，损失1000万元以上") == [
        ("停水户数", 50000, "户"),
        ("损失", 10000000, "CNY"),
    ]
    assert thresholds("共有3人值班") == []


def test_tiered_handling_gives_the_tiers_as_levels(tmp_path):
    text = (
        "投诉处理办法\n一、处理流程\n1. 投诉实行逐级上报。\n2. 当营业网点自己无法解决客户投诉时，应立即上报支行投诉工作小组。\n"
        "3. 对于群体性投诉，支行投诉工作小组应立即上报分行应急工作小组。\n4. 对于涉及媒体的投诉，应立即上报办公室。\n"
    )
    levels = _levels(tmp_path, text)
    assert [(level["name"], level["criteria"]) for level in levels] == [
        ("上报支行投诉工作小组", "营业网点自己无法解决客户投诉"),
        ("上报分行应急工作小组", "群体性投诉"),
    ]
    # without 逐级上报 the escalations are not tiers, and one case opened by its grade is no grading
    assert _levels(tmp_path, text.replace("1. 投诉实行逐级上报。\n", "")) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("涉及3人(含)以上的集体投诉", [("人数", 3, "人")]),
        ("涉及客户10人以上（含）", [("人数", 10, "人")]),
        ("损失不少于5万元", [("涉及金额", 50000, "CNY")]),
        ("至少20人", [("人数", 20, "人")]),
        ("少于5万元", []),
        ("5人以下", []),
    ],
)
def test_thresholds_in_the_usual_lower_bound_forms(text, found):
    from plancraft.importer.levels import thresholds

    assert thresholds(text, "zh-CN") == found


def test_five_and_six_grades_in_a_grading_section(tmp_path):
    levels = _levels(
        tmp_path,
        "门店投诉应急预案\n一、投诉分级\n根据影响范围，门店投诉分为五级：\n"
        "一级投诉：涉及顾客50人以上的群体性投诉。\n二级投诉：涉及顾客20人以上的投诉。\n"
        "三级投诉：涉及顾客10人以上的投诉。\n四级投诉：涉及顾客3人以上的投诉。\n五级投诉：单个顾客的一般投诉。\n",
    )
    assert _names(levels) == ["五级投诉", "四级投诉", "三级投诉", "二级投诉", "一级投诉"]
    assert levels[1]["thresholds"] == [{"measure": "人数", "min": 3, "unit": "人"}]
    assert severity("Ⅴ级响应") == 0 and severity("六级") == -1 and severity("Ⅵ级") == -1


def test_graded_plans_as_headings_give_levels_with_the_condition_they_open_with(tmp_path):
    levels = _levels(
        tmp_path,
        "物业服务投诉应急预案\n一级应急预案\n发生3户以下业主投诉，启动一级应急预案。由客服主管接待。\n"
        "二级应急预案\n发生3户及以上业主联名投诉，启动二级应急预案。由项目经理到场处理。\n"
        "三级应急预案\n发生业主聚集物业中心的事件，启动三级应急预案。由公司总经理到场处理。\n"
        "四级应急预案\n发生业主聚集阻塞小区出入口的事件。由公司总经理到场并报告街道办事处。\n"
        "五级应急预案\n发生业主聚集阻塞小区出入口达2小时以上的事件。由公司总经理到场并报告派出所。\n",
    )
    assert sorted(_names(levels)) == sorted(["一级应急预案", "二级应急预案", "三级应急预案", "四级应急预案", "五级应急预案"])
    criteria = {level["name"]: level.get("criteria") for level in levels}
    assert criteria["一级应急预案"] == "发生3户以下业主投诉"
    assert criteria["五级应急预案"] == "发生业主聚集阻塞小区出入口达2小时以上的事件"


def test_stages_that_take_the_graver_complaints_are_levels(tmp_path):
    text = (
        "# Library complaints procedure\n\nOur complaints procedure has two stages:\n\n## 1 Local response\n"
        "We try to put things right at the desk on the day you raise them.\n\n## 2 Full investigation\n"
        "Complaints that are complex or serious, or that quick resolution did not settle, are reviewed by the "
        "branch manager within 20 working days.\n"
    )
    levels = _levels(tmp_path, text, ".md")
    assert _names(levels) == ["Stage 1: Local response", "Stage 2: Full investigation"]
    assert levels[0]["criteria"] == "We try to put things right at the desk on the day you raise them"
    titled = _levels(
        tmp_path,
        "客户投诉处理程序\n第一阶段 现场处理\n营业网点当场答复客户。\n第二阶段 调查处理\n"
        "案情复杂的投诉由客户服务部调查，15个工作日内答复。\n",
    )
    assert _names(titled)[:1] == ["第一阶段 现场处理"] and len(titled) == 2


def test_stages_a_dissatisfied_complainant_is_taken_on_through_are_levels(tmp_path):
    # docs/plan-format.md: in a complaint procedure, levels are its stages (stage 1 / stage 2)
    text = (
        "# Housing complaints\n\nAll complaints go through two stages:\n\n## Stage 1 - Investigation\n"
        "We look into your complaint and reply within 10 working days.\n\n## Stage 2 - Review\n"
        "If you are unhappy with our reply, a senior officer reviews it within 20 working days.\n"
    )
    assert _names(_levels(tmp_path, text, ".md")) == ["Stage 1 - Investigation", "Stage 2 - Review"]
    not_resolved = text.replace("If you are unhappy with our reply", "If the complaint is not resolved at Stage 1")
    assert len(_levels(tmp_path, not_resolved, ".md")) == 2
    # the outcome not satisfactory, said with the verb negated (If this does not have a satisfactory outcome, …)
    outcome = text.replace("If you are unhappy with our reply", "If this does not have a satisfactory outcome")
    assert len(_levels(tmp_path, outcome, ".md")) == 2


def test_stages_named_after_the_period_that_heads_them_are_levels(tmp_path):
    # Within 10 days - Stage 1 / Within 20 days - Stage 2: the stage closes the heading (heldout124)
    text = (
        "# Complaints procedure\n\n## Within 5 working days - Complaint Acknowledgement\n\nWe contact you.\n\n"
        "## Within 10 days - Stage 1\n\nWe aim to investigate and respond within 10 working days.\n\n"
        "## Within 20 days - Stage 2\n\nWe investigate again within 20 working days of accepting the request to "
        "escalate.\n"
    )
    assert _names(_levels(tmp_path, text, ".md")) == ["Within 10 days - Stage 1", "Within 20 days - Stage 2"]


def test_headings_about_a_stage_are_its_stages(tmp_path):
    # Steps taken for a Stage 1 complaint / … for a Stage 2 complaint: the stage the heading is about (round 185)
    text = (
        "# How your complaint will be managed\n\n## Steps taken for a Stage 1 complaint\n\nYour complaint will be "
        "dealt with by the service team. A full response is due within 10 working days.\n\n## Steps taken for a "
        "Stage 2 complaint\n\nIf you are not satisfied with your Stage 1 response, you can escalate to Stage 2. A "
        "senior member of staff will respond within 20 working days.\n"
    )
    assert _names(_levels(tmp_path, text, ".md")) == [
        "Steps taken for a Stage 1 complaint",
        "Steps taken for a Stage 2 complaint",
    ]


def test_a_stage_in_brackets_after_its_name_and_a_span_joined_to_its_number(tmp_path):
    # Formal Complaint (Stage 1) / Internal Review (Stage 2); a 10-working day response (heldout133)
    text = (
        "# Timeframe for responses\n\n## Formal Complaint (Stage 1):\n\nWe are committed to deliver a 10-working day "
        "response time for a full investigation.\n\n## Internal Review (Stage 2):\n\nIf you do not agree with our "
        "Stage 1 findings then you can ask for your complaint to be reviewed by an Executive Director. You will receive "
        "a response within 20-working days.\n"
    )
    path = tmp_path / "t.md"
    path.write_text(text, encoding="utf-8")
    data = import_document(path).data
    levels = data["levels"]
    assert _names(levels) == ["Formal Complaint (Stage 1)", "Internal Review (Stage 2)"]
    assert levels[1]["criteria"] == "If you do not agree with our Stage 1 findings"
    assert [a.get("within") for sc in data["scenarios"] for a in sc["actions"] if a.get("within")] == ["10wd", "20wd"]


def test_a_later_stage_is_reached_by_the_dissatisfaction_its_text_states(tmp_path):
    # If you are not satisfied…, you can ask…: no step (the complainant's option), still the stage's criteria
    text = (
        "# Complaints Policy\n\n## Stage 1\n\nThe Housing Officer will investigate and respond within 10 working "
        "days.\n\n## Stage 2\n\nIf you are not satisfied with our Stage 1 response, you can ask for your complaint to "
        "be escalated. The Head of Housing will review it and respond within 20 working days.\n"
    )
    levels = _levels(tmp_path, text, ".md")
    assert levels[1]["criteria"] == "If you are not satisfied with our Stage 1 response"


def test_a_stage_heading_over_a_heading_of_its_own_and_the_next_stage_named_are_levels(tmp_path):
    # Stage 2 – Formal > The complaint is heard by the Head Teacher: the stage is the level, whatever titles its text;
    # Stage 3, only named as where a complaint about the head goes, is the next level
    text = (
        "# Complaints procedure\n\nThe stages of the Complaints Procedure are as follows:\n\n## Stage 1 - Informal\n\n"
        "In most cases a concern is resolved by contacting the class teacher.\n\n## Stage 2 - Formal\n\n"
        "### The complaint is heard by the Head Teacher\n\n"
        "If the complainant is still dissatisfied they should put their complaint in writing to the Head Teacher.\n\n"
        "If the Head Teacher is the subject of the complaint, this will bypass Stage 2 and move to Stage 3 and be heard "
        "by the Chair of Governors.\n"
    )
    levels = _levels(tmp_path, text, ".md")
    assert _names(levels) == ["Stage 1 - Informal", "Stage 2 - Formal", "Stage 3"]
    assert levels[2]["criteria"].startswith("If the Head Teacher is the subject of the complaint")


def test_the_next_tier_the_text_only_names_is_a_level_too(tmp_path):
    text = (
        "# Grievance redressal policy\n\n## Branch (Level 1)\n\nThe Branch Manager will resolve complaints within 15 "
        "working days.\n\n## Customer Grievance Cell (Level 2)\n\nIf you are not satisfied, the Nodal Officer will "
        "review the complaint within 30 days.\n\nIf you are still unsatisfied, you can refer the complaint to the "
        "Grievance Redressal Committee at Level 3.\n"
    )
    assert _names(_levels(tmp_path, text, ".md")) == ["Branch (Level 1)", "Customer Grievance Cell (Level 2)", "Level 3"]


def test_a_tier_already_set_out_is_not_named_again_after_the_last(tmp_path):
    # Level 1 not set out (a copy that starts at Level 2): Level 3, set out, is not added again as the tier "named
    # after" the last
    text = (
        "# Escalation Levels\n\n## Level 2 - Customer Service Supervisor\n\nIf the complaint remains unresolved, it "
        "will be escalated to a Customer Service Supervisor.\n\n## Level 3 - Escalation to Management\n\nIf a complaint "
        "persists, it will be escalated to Management at Level 3.\n"
    )
    assert _names(_levels(tmp_path, text, ".md")) == [
        "Level 2 - Customer Service Supervisor",
        "Level 3 - Escalation to Management",
    ]


def test_english_tier_headings_as_long_as_english_words_are_levels(tmp_path):
    # 41 characters: a length no Chinese grade's name has, and an English one may
    text = (
        "# Escalation Levels\n\n## Level 1 - Customer Service Representative\n\nMost complaints will be resolved at this "
        "level.\n\n## Level 2 - Customer Service Supervisor\n\nIf the complaint remains unresolved, it will be escalated "
        "to a Customer Service Supervisor.\n"
    )
    assert _names(_levels(tmp_path, text, ".md")) == [
        "Level 1 - Customer Service Representative",
        "Level 2 - Customer Service Supervisor",
    ]


def test_a_slight_complaint_is_the_least_grade_of_its_scale(tmp_path):
    text = (
        "商铺租户投诉处理规程\n\n一、投诉的分类\n\n1、重大投诉：由于公司责任给租户造成重大经济损失或人身损害的投诉。\n\n"
        "2、重要投诉：因公司工作失误给租户造成不便，经租户多次提出而得不到解决的投诉。\n\n"
        "3、稍微投诉：因公司的设施、设备和管理水平有限给租户造成稍微不便的投诉。\n"
    )
    assert sorted(_names(_levels(tmp_path, text))) == sorted(["重大投诉", "重要投诉", "稍微投诉"])


def test_graded_cases_of_customers_named_apart_are_levels(tmp_path):
    # 重大客户投诉 is a graded case like 重大投诉: the customer's between the grade and the case
    text = (
        "客户投诉管理办法\n\n第一条 合规部统一负责公司发生的重大客户投诉的处理工作。\n\n"
        "第二条 各业务部门由部门负责人负责本部门发生的一般客户投诉的处理。\n"
    )
    assert _names(_levels(tmp_path, text)) == ["一般客户投诉", "重大客户投诉"]


def test_grades_named_together_include_te_da(tmp_path):
    # 特大 is the gravest grade in older plans (一般、重大、特大事故), named beside the others
    text = (
        "旅行社安全事故报告和处理制度\n\n一、发生安全事故后，导游应立即报告。\n\n"
        "二、组长对一般事故、重大事故和特大事故，应在2小时内电话报旅游管理部门。\n"
    )
    assert _names(_levels(tmp_path, text)) == ["一般事故", "重大事故", "特大事故"]


def test_stages_every_complaint_goes_through_are_not_levels(tmp_path):
    text = (
        "# Housing complaints\n\nAll complaints go through three stages:\n\n## Stage 1 - Receipt\n"
        "We log your complaint and acknowledge it within 3 working days.\n\n## Stage 2 - Investigation\n"
        "An investigator looks into it and keeps you informed.\n\n## Stage 3 - Response\n"
        "We send you our response within 20 working days.\n"
    )
    assert _levels(tmp_path, text, ".md") == []


def test_stages_numbered_twice_give_one_list_of_levels(tmp_path):
    # an overview (Stage 1 - …, Stage 2 - …) and then a heading for each stage: the headings, not both lists
    text = (
        "# Corporate complaints\n\nStage 1 - Response by the Service Team\n\n"
        "Stage 2 - If you are not satisfied, a review\n\n## Stage one - making a complaint\n\n"
        "We will record your complaint and send you an acknowledgement within five working days.\n\n"
        "## Stage two - review\n\n"
        "If you are not satisfied with your response you can ask for a review within 20 working days.\n"
    )
    names = _names(_levels(tmp_path, text, ".md"))
    assert names == ["Stage one - making a complaint", "Stage two - review"]


def test_a_triage_by_gravity_gives_the_ordinary_case_and_the_graver_one(tmp_path):
    levels = _levels(
        tmp_path,
        "客户投诉处理流程\n一、处理时限\n一般投诉事项2个工作日内回复客户，5个工作日内办结；"
        "对于涉及多个部门的复杂投诉，应告知客户并在15个工作日内办结。\n",
    )
    assert _names(levels) == ["一般投诉事项", "涉及多个部门的复杂投诉"]
    assert _levels(tmp_path, "客户投诉处理流程\n一、处理时限\n一般投诉事项2个工作日内回复客户，5个工作日内办结。\n") == []


def test_a_graded_case_stated_with_its_numbers_in_the_scope_is_a_level(tmp_path):
    levels = _levels(
        tmp_path,
        "燃气公司重大投诉应急办法\n一、适用范围\n本办法适用于本公司发生涉及用户30户以上、"
        "金额10万元以上的重大投诉事件。\n二、附则\n本办法自发布之日起施行。\n",
    )
    assert _names(levels) == ["重大投诉事件"]
    assert levels[0]["thresholds"] == [
        {"measure": "户数", "min": 30, "unit": "户"},
        {"measure": "涉及金额", "min": 100000, "unit": "CNY"},
    ]
    assert _levels(tmp_path, "燃气公司投诉应急办法\n一、适用范围\n本办法适用于本公司发生的重大投诉事件。\n") == []


def test_a_docx_table_of_levels_with_conditions_response_times_and_leads(tmp_path):
    import docx
    from click.testing import CliRunner

    from plancraft.cli import main
    from plancraft.loader import load

    d = docx.Document()
    d.add_paragraph("客户投诉应急预案", style="Title")
    d.add_heading("响应分级", level=1)
    d.add_paragraph("投诉事件按严重程度分级响应，如下表：")
    rows = [
        ("响应级别", "启动条件", "响应时限", "牵头部门"),
        ("Ⅰ级", "涉及50人以上的群体性投诉或被媒体报道", "1小时内", "领导小组"),
        ("Ⅱ级", "涉及10人以上50人以下", "2小时内", "消费者权益保护部"),
        ("Ⅲ级", "一般投诉", "24小时内", "营业网点"),
    ]
    add_table(d, rows)
    source, out = tmp_path / "plan.docx", tmp_path / "plan.yaml"
    d.save(source)
    result = CliRunner().invoke(main, ["import", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    check = CliRunner().invoke(main, ["validate", "--no-cache", str(out)])
    assert check.exit_code == 0, check.output
    data = load(out).data
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    # least severe first; a unit or post in the lead column leads; a group with no leader named leads nobody
    assert [(lv["id"], lv["name"], lv["criteria"], roles.get(lv.get("lead"))) for lv in data["levels"]] == [
        ("level-3", "Ⅲ级", "一般投诉", "营业网点"),
        ("level-2", "Ⅱ级", "涉及10人以上50人以下", "消费者权益保护部"),
        ("level-1", "Ⅰ级", "涉及50人以上的群体性投诉或被媒体报道", None),
    ]
    assert [t["min"] for t in data["levels"][2]["thresholds"]] == [50]
    assert [(t["what"], t["within"]) for t in data["time_limits"]] == [
        ("Ⅰ级响应时限", "1h"),
        ("Ⅱ级响应时限", "2h"),
        ("Ⅲ级响应时限", "24h"),
    ]
    assert [g["name"] for g in data["organisation"]["groups"]] == ["领导小组"]
    # the sentence that introduces the table is kept, not read as a level's criteria
    assert [u["text"] for u in data["x-unmapped"]] == ["投诉事件按严重程度分级响应，如下表："]


def test_a_grading_lead_in_is_no_levels_criteria_and_warning_colours_count_complaints(tmp_path):
    levels = _levels(
        tmp_path,
        "客户投诉应急预案\n一、事件分级\n按照投诉事件的性质和严重程度，分为三级：\n"
        "（一）重大投诉事件（Ⅰ级）：涉及客户20人以上的投诉。\n"
        "（二）较大投诉事件（Ⅱ级）：涉及客户10人以上20人以下的投诉。\n"
        "（三）一般投诉事件（Ⅲ级）：涉及客户10人以下的投诉。\n",
    )
    assert [(lv["id"], lv["criteria"]) for lv in levels] == [
        ("level-3", "涉及客户10人以下的投诉。"),
        ("level-2", "涉及客户10人以上20人以下的投诉。"),
        ("level-1", "涉及客户20人以上的投诉。"),
    ]
    warnings = _levels(
        tmp_path,
        "客户投诉预警办法\n一、预警分级\n蓝色预警：单日投诉10件以上。\n黄色预警：单日投诉30件以上。\n"
        "红色预警：单日投诉100件以上或被媒体报道，或发生3起以上群体性事件。\n",
    )
    assert [(lv["id"], [(t["measure"], t["min"], t["unit"]) for t in lv["thresholds"]]) for lv in warnings] == [
        ("blue-warning", [("投诉件数", 10, "件")]),
        ("yellow-warning", [("投诉件数", 30, "件")]),
        ("red-warning", [("投诉件数", 100, "件"), ("起数", 3, "起")]),
    ]


def test_response_levels_led_by_a_post_named_only_there_and_english_counts_before_the_noun(tmp_path):
    data_levels = _levels(
        tmp_path,
        "客户投诉应急预案\n四、分级响应\n根据投诉事件的严重程度，将应急响应分为Ⅰ级、Ⅱ级、Ⅲ级三个等级。\n"
        "（一）Ⅰ级响应：客户投诉涉及人数在30人以上，由领导小组组长指挥处置。\n"
        "（二）Ⅱ级响应：客户投诉涉及人数在10人以上30人以下，由分管行长指挥处置。\n"
        "（三）Ⅲ级响应：一般个体投诉，由网点负责人处置。\n",
    )
    assert [(lv["name"], lv.get("lead")) for lv in data_levels] == [
        ("Ⅲ级响应", "outlet-head"),
        ("Ⅱ级响应", "fen-guan-president"),
        ("Ⅰ级响应", "leading-group-leader"),
    ]
    assert thresholds("a complaint affecting 10 or more customers", "en") == [("people", 10, "customers")]
    assert thresholds("10 or more", "en") == []


def test_an_english_table_of_levels_with_response_times_and_owners(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Complaints Procedure", style="Title")
    d.add_heading("Complaint levels", level=1)
    rows = [
        ("Level", "Description", "Response time", "Owner"),
        ("Level 1", "A simple complaint resolved at first contact", "1 working day", "Frontline staff"),
        ("Level 2", "A complex complaint needing investigation", "10 working days", "Complaints Manager"),
    ]
    add_table(d, rows)
    source = tmp_path / "plan.docx"
    d.save(source)
    data = import_document(source).data
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert [(lv["name"], roles[lv["lead"]]) for lv in data["levels"]] == [
        ("Level 1", "Frontline staff"),
        ("Level 2", "Complaints Manager"),
    ]
    assert [(t["id"], t["what"], t["within"]) for t in data["time_limits"]] == [
        ("level-1-response-time", "Level 1: Response time", "1wd"),
        ("level-2-response-time", "Level 2: Response time", "10wd"),
    ]


def test_classes_of_complaint_defined_one_by_one_with_urgent_the_gravest(tmp_path):
    levels = _levels(
        tmp_path,
        "投诉处理办法\n一、投诉分类\n根据投诉的性质和影响程度，投诉分为一般投诉、重大投诉和紧急投诉三类。\n"
        "一般投诉是指个别客户对服务不满意的投诉。\n重大投诉是指涉及5人以上或可能引起媒体关注的投诉。\n"
        "紧急投诉是指客户情绪激动、可能引发过激行为的投诉。\n",
    )
    assert [(lv["id"], lv["name"]) for lv in levels] == [
        ("general", "一般投诉"),
        ("major", "重大投诉"),
        ("urgent", "紧急投诉"),
    ]
    assert severity("复杂投诉") == 2 and severity("普通投诉") == 1


def test_a_grading_announced_outside_a_levels_section_gives_its_levels(tmp_path):
    """分为一般、较大和重大三类 under a procedure heading, and bare grades named with what they grade."""
    levels = _levels(
        tmp_path,
        "燃气公司用户投诉处理办法\n一、总则\n为规范投诉处理，制定本办法。\n二、受理与处理\n1. 投诉分类\n"
        "按影响范围，分为一般投诉、较大投诉和重大投诉三类。\n一般投诉由客服中心处理；重大投诉由分管经理牵头处理。\n",
    )
    assert _names(levels) == ["一般投诉", "较大投诉", "重大投诉"]
    assert [level["id"] for level in levels] == ["general", "serious", "major"]
    bare = _levels(
        tmp_path,
        "停电事件应急办法\n第一章 总则\n第一条 为快速处置停电事件，制定本办法。\n"
        "第二条 停电事件按其影响范围分为一级、二级和三级。\n第三条 本办法自发布之日起施行。\n",
    )
    assert _names(bare) == ["三级停电事件", "二级停电事件", "一级停电事件"]


def test_grades_described_criteria_first_and_the_rest_announced(tmp_path):
    """有下列情形之一的，属一级…： with its items; the grades announced but not described are levels too."""
    levels = _levels(
        tmp_path,
        "供热突发事件处置规定\n第一章 总则\n第一条 为妥善处置供热突发事件，制定本规定。\n"
        "第二条 供热突发事件按严重程度分为一级、二级、三级。\n第二章 事件分级\n"
        "第三条 有下列情形之一的，属一级供热事件：\n1、停热用户达到5000户以上的；\n2、造成直接经济损失超过20万元的；\n",
    )
    assert _names(levels) == ["三级供热事件", "二级供热事件", "一级供热事件"]
    first = levels[2]
    assert first["criteria"] == "有下列情形之一的\n停热用户达到5000户以上的；\n造成直接经济损失超过20万元的；"
    assert [(t["measure"], t["min"], t["unit"]) for t in first["thresholds"]] == [
        ("停热户数", 5000, "户"),
        ("直接经济损失", 200000, "CNY"),
    ]
    assert "criteria" not in levels[0] and "criteria" not in levels[1]


def test_a_run_of_items_each_opening_with_its_grade_is_the_levels(tmp_path):
    english = _levels(
        tmp_path,
        "Complaints procedure\n1. Receiving your complaint\nWe log every complaint the day it arrives.\n"
        "How long it takes depends on the complaint:\n- Tier 1: simple complaints, answered within 5 working days.\n"
        "- Tier 2: complaints that need an investigation, answered within 25 working days.\n2. Review\n"
        "We review every answer.\n",
    )
    assert _names(english) == ["Tier 1", "Tier 2"]
    assert english[1]["criteria"] == "complaints that need an investigation, answered within 25 working days"
    source = tmp_path / "plan.docx"
    doc = docx.Document()
    for text in ("社区食堂突发事件处置方案", "一、事件类型及处置", "（一）食品安全事件", "1. 事件分级"):
        doc.add_paragraph(text)
    doc.add_paragraph("一般事件：个别就餐人员出现轻微不适。", style="List Bullet")
    doc.add_paragraph("重大事件：3人以上出现呕吐、腹泻等症状。", style="List Bullet")
    doc.add_paragraph("2. 处置措施")
    doc.add_paragraph("立即停止供应可疑食品，封存留样。", style="List Bullet")
    doc.save(source)
    levels = import_document(source).data["levels"]
    assert [(level["name"], level.get("criteria")) for level in levels] == [
        ("一般事件", "个别就餐人员出现轻微不适"),  # Word's bullets are items, as "• 一般事件：…" typed in a text
        ("重大事件", "3人以上出现呕吐、腹泻等症状"),
    ]
    assert levels[1]["thresholds"] == [{"measure": "人数", "min": 3, "unit": "人"}]


def test_kinds_of_complaint_and_cases_of_one_grade_are_no_levels(tmp_path):
    assert (
        _levels(
            tmp_path,
            "客户意见处理流程\n一、意见分类\n客户意见分为咨询、建议和投诉三类。\n咨询类：当场答复。\n建议类：登记后转交。\n",
        )
        == []
    )


def test_letter_grades_defined_one_by_one_after_the_announcement(tmp_path):
    """分为A类、B类、C类三类, then A类事件是指…: letter grades (A the gravest), ids keeping the letter."""
    levels = _levels(
        tmp_path,
        "营业网点突发事件处置办法\n第一条 为规范处置网点突发事件，制定本办法。\n"
        "第二条 突发事件分为A类、B类、C类三类。\n"
        "第三条 A类事件是指造成人员死亡或者涉及金额100万元以上的事件。\n"
        "第四条 B类事件是指造成人员受伤或者涉及金额10万元以上的事件。\n"
        "第五条 C类事件是指其他影响网点正常营业的事件。\n",
    )
    assert [(level["id"], level["name"], level["criteria"]) for level in levels] == [
        ("class-c", "C类突发事件", "其他影响网点正常营业的事件"),
        ("class-b", "B类突发事件", "造成人员受伤或者涉及金额10万元以上的事件"),
        ("class-a", "A类突发事件", "造成人员死亡或者涉及金额100万元以上的事件"),
    ]
    assert levels[2]["thresholds"] == [{"measure": "涉及金额", "min": 1000000, "unit": "CNY"}]
    assert severity("D级") == 1 and severity("A类事件") == 4 and severity("A类客户") is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("造成5000户以上用户停气24小时以上的", [("停气户数", 5000, "户"), ("持续时间", 24, "小时")]),
        ("投诉人3次以上反复投诉的", [("次数", 3, "次")]),
        ("应在24小时内报告", []),
    ],
)
def test_thresholds_in_hours_and_times(text, found):
    assert thresholds(text) == found


def test_response_levels_with_their_condition_and_measures_as_labelled_items(tmp_path):
    """（一）Ⅰ级响应 / 1. 启动条件：… / 2. 响应措施：… under 应急响应: one scenario of that level each, the condition its
    trigger; the labels are no scenarios of their own."""
    data = _draft(
        tmp_path,
        "停电事件应急预案\n一、总则\n为快速处置停电事件，制定本预案。\n二、事件分级\n"
        "（一）特别重大停电事件（Ⅰ级）：造成10万户以上用户停电的。\n"
        "（二）重大停电事件（Ⅱ级）：造成5万户以上10万户以下用户停电的。\n"
        "三、应急响应\n（一）Ⅰ级响应\n1. 启动条件：发生特别重大停电事件。\n2. 响应措施：公司总经理赶赴现场指挥。\n"
        "（二）Ⅱ级响应\n1. 启动条件：发生重大停电事件。\n2. 响应措施：分管副总经理赶赴现场指挥，调度中心组织抢修。\n",
    )
    assert [(level["id"], level["name"]) for level in data["levels"]] == [
        ("level-2", "重大停电事件（Ⅱ级）"),
        ("level-1", "特别重大停电事件（Ⅰ级）"),
    ]
    assert [
        (s["title"], s.get("level"), s.get("triggers"), [a["do"] for a in s.get("actions", [])]) for s in data["scenarios"]
    ] == [
        ("Ⅰ级响应", "level-1", ["发生特别重大停电事件。"], ["公司总经理赶赴现场指挥"]),
        ("Ⅱ级响应", "level-2", ["发生重大停电事件。"], ["分管副总经理赶赴现场指挥", "调度中心组织抢修"]),
    ]
    assert "x-unmapped" not in data


def test_levels_as_sections_of_their_own_and_a_sentence_of_leads_per_level(tmp_path):
    """二、特别重大停电事件（Ⅰ级） 三、… as top-level headings are the levels; 一般…由A处置；重大…由B牵头 under 分级响应 gives
    each level its lead and is no level itself."""
    headed = _levels(
        tmp_path,
        "停电事件应急预案\n一、总则\n为快速处置停电事件，制定本预案。\n二、特别重大停电事件（Ⅰ级）\n造成10万户以上用户停电的。\n"
        "三、重大停电事件（Ⅱ级）\n造成5万户以上10万户以下用户停电的。\n四、附则\n本预案自印发之日起施行。\n",
    )
    assert [(level["id"], level["name"], level["criteria"]) for level in headed] == [
        ("level-2", "重大停电事件（Ⅱ级）", "造成5万户以上10万户以下用户停电的。"),
        ("level-1", "特别重大停电事件（Ⅰ级）", "造成10万户以上用户停电的。"),
    ]
    source = tmp_path / "leads.txt"
    source.write_text(
        "客户投诉应急预案\n一、投诉事件分级\n（一）重大投诉事件：10人以上集体投诉的。\n（二）一般投诉事件：除上述以外的投诉。\n"
        "二、分级响应\n重大投诉事件由分行行长牵头处置；一般投诉事件由网点负责人处置。\n",
        encoding="utf-8",
    )
    data = import_document(source).data
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert [(level["name"], roles.get(level.get("lead"))) for level in data["levels"]] == [
        ("一般投诉事件", "网点负责人"),
        ("重大投诉事件", "分行行长"),
    ]


def test_an_english_table_of_categories_with_descriptions_and_response_times(tmp_path):
    source = tmp_path / "plan.docx"
    doc = docx.Document()
    for text in (
        "Complaints Handling Procedure",
        "1. Purpose",
        "This procedure sets out how we handle complaints.",
        "2. Categories",
    ):
        doc.add_paragraph(text)
    add_table(
        doc,
        [
            ["Category", "Description", "Response time"],
            ["Category 1 – Low", "A simple service issue", "5 working days"],
            ["Category 2 – High", "Serious harm or more than 10 customers", "24 hours"],
        ],
    )
    doc.save(source)
    data = import_document(source).data
    assert [(level["id"], level["name"], level["criteria"]) for level in data["levels"]] == [
        ("category-1", "Category 1 – Low", "A simple service issue"),
        ("category-2", "Category 2 – High", "Serious harm or more than 10 customers"),
    ]
    assert [t["within"] for t in data["time_limits"]] == ["5wd", "24h"]
    kinds = tmp_path / "kinds.docx"
    doc = docx.Document()
    for text in ("Complaints Handling Procedure", "1. Purpose", "This procedure sets out how we handle complaints.", "2. Types"):
        doc.add_paragraph(text)
    add_table(doc, [["Category", "Description"], ["Billing", "Questions about a bill"], ["Service", "How we treated you"]])
    doc.save(kinds)
    assert import_document(kinds).data["levels"] == []


def test_english_complaints_classified_by_adjective_and_described_by_the_sentences_they_open(tmp_path):
    levels = _levels(
        tmp_path,
        "Customer Complaints Policy\n1. Introduction\nThis policy explains how we deal with complaints.\n"
        "2. Classifying complaints\nComplaints are classified as minor, moderate or serious.\n"
        "Minor complaints are those that can be resolved on the spot by front-line staff.\n"
        "Moderate complaints need investigation by the Customer Services Manager.\n"
        "Serious complaints involve harm or legal action.\n",
    )
    assert [(level["id"], level["name"], level.get("criteria")) for level in levels] == [
        ("minor", "Minor complaints", "those that can be resolved on the spot by front-line staff"),
        ("moderate", "Moderate complaints", "need investigation by the Customer Services Manager"),
        ("serious", "Serious complaints", "involve harm or legal action"),
    ]


def test_grades_defined_in_one_paragraph_and_leads_given_in_the_procedure(tmp_path):
    """分为三级：一级投诉是指…；二级投诉是指…；三级…: a level per definition; （一）一般医疗纠纷由科室主任负责处理 in any
    section gives the level its lead."""
    levels = _levels(
        tmp_path,
        "客户投诉管理办法\n第一章 总则\n第一条 为规范客户投诉处理，制定本办法。\n第二章 投诉分级\n"
        "第二条 根据投诉的影响范围，将投诉分为三级：一级投诉是指涉及金额100万元以上的；二级投诉是指涉及金额10万元以上的；"
        "三级投诉是指其他投诉。\n",
    )
    assert [(level["name"], level["criteria"]) for level in levels] == [
        ("三级投诉", "其他投诉"),
        ("二级投诉", "涉及金额10万元以上的"),
        ("一级投诉", "涉及金额100万元以上的"),
    ]
    source = tmp_path / "leads.txt"
    source.write_text(
        "医疗纠纷应急处置预案\n一、纠纷分级\n一般医疗纠纷：能够通过协商解决的纠纷。\n重大医疗纠纷：患者家属10人以上聚集的纠纷。\n"
        "二、处置程序\n（一）一般医疗纠纷由科室主任负责处理。\n（二）重大医疗纠纷由分管副院长组织处置，必要时报告院长。\n",
        encoding="utf-8",
    )
    data = import_document(source).data
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert [(level["name"], roles.get(level.get("lead"))) for level in data["levels"]] == [
        ("一般医疗纠纷", "科室主任"),
        ("重大医疗纠纷", "分管副院长"),
    ]
    assert data["levels"][1]["thresholds"] == [{"measure": "聚集人数", "min": 10, "unit": "人"}]


def test_english_level_headings_of_their_own_are_levels(tmp_path):
    levels = _levels(
        tmp_path,
        "Incident Procedure\n1. Purpose\nThis procedure explains how incidents are handled.\n2. Level 1 (Minor)\n"
        "One customer affected.\n3. Level 2 (Major)\nMore than 50 customers affected.\n",
    )
    assert [(level["id"], level["name"], level.get("criteria")) for level in levels] == [
        ("level-1", "Level 1 (Minor)", "One customer affected."),
        ("level-2", "Level 2 (Major)", "More than 50 customers affected."),
    ]


def test_response_levels_defined_one_after_another_under_a_heading_numbered_without_separator(tmp_path):
    """`2响应分级` (a number glued to its heading), then `设定三级响应机制。一级响应适用于…；二级响应针对…；三级响应适用于…`:
    a level per grade, least severe first, with its criteria and thresholds; the heading after (`3组织机构`) is no
    part of the last level."""
    data = _draft(
        tmp_path,
        "某银行客户投诉应急预案\n1总则\n1.1编制目的\n为规范客户投诉处理，制定本预案。\n2响应分级\n"
        "本预案设定三级响应机制。一级响应适用于涉及客户50人以上或金额100万元以上的群体性投诉；二级响应针对涉及客户10人以上的"
        "投诉或媒体关注的投诉；三级响应适用于其他一般投诉。\n3组织机构\n分行成立投诉处理领导小组，组长由行长担任。\n"
        "4附则\n本预案自印发之日起施行。\n",
    )
    assert [(lv["id"], lv["name"], lv["criteria"], lv.get("thresholds")) for lv in data["levels"]] == [
        ("level-3", "三级响应", "其他一般投诉", None),
        ("level-2", "二级响应", "涉及客户10人以上的投诉或媒体关注的投诉", [{"measure": "人数", "min": 10, "unit": "人"}]),
        (
            "level-1",
            "一级响应",
            "涉及客户50人以上或金额100万元以上的群体性投诉",
            [{"measure": "人数", "min": 50, "unit": "人"}, {"measure": "涉及金额", "min": 1000000, "unit": "CNY"}],
        ),
    ]
    group = data["organisation"]["groups"][0]
    assert group["name"] == "投诉处理领导小组" and not group.get("duties")  # 4附则 is a heading, not a duty


def test_grades_announced_then_defined_in_one_sentence_separated_by_commas(tmp_path):
    """`分为一般、较大、重大三级：一般投诉是指…，较大投诉是指…，重大投诉是指…`: three levels, each with its own criteria
    (not the first swallowing the rest), under a heading numbered with a space only (`二 投诉分级`)."""
    levels = _levels(
        tmp_path,
        "客户投诉处理办法\n一 总则\n为规范投诉处理，制定本办法。\n二 投诉分级\n"
        "按照影响程度，投诉分为一般、较大、重大三级：一般投诉是指个别客户对服务不满的投诉，较大投诉是指涉及客户5人以上的投诉，"
        "重大投诉是指涉及客户20人以上或可能引起媒体关注的投诉。\n三 附则\n本办法由办公室负责解释。\n",
    )
    assert [(lv["id"], lv["name"], lv["criteria"]) for lv in levels] == [
        ("general", "一般投诉", "个别客户对服务不满的投诉"),
        ("serious", "较大投诉", "涉及客户5人以上的投诉"),
        ("major", "重大投诉", "涉及客户20人以上或可能引起媒体关注的投诉"),
    ]
    assert [lv.get("thresholds") for lv in levels] == [
        None,
        [{"measure": "人数", "min": 5, "unit": "人"}],
        [{"measure": "人数", "min": 20, "unit": "人"}],
    ]


def test_grades_defined_in_turn_in_a_word_document_without_a_grading_heading(tmp_path):
    """The run of definitions in a section that is no grading section (应急响应, Word heading styles) still gives the
    levels; a procedure in stages that grades nothing gives none."""
    doc = docx.Document()
    doc.add_heading("供电服务投诉应急预案", 0)
    doc.add_heading("一、总则", 1)
    doc.add_paragraph("为及时处置供电服务投诉，制定本预案。")
    doc.add_heading("二、应急响应", 1)
    doc.add_paragraph(
        "根据事件影响，应急响应分为三级。Ⅰ级响应适用于停电影响1万户以上用户的事件；Ⅱ级响应适用于停电影响1000户以上用户的事件；"
        "Ⅲ级响应适用于其他停电投诉事件。"
    )
    source = tmp_path / "plan.docx"
    doc.save(source)
    levels = import_document(source).data["levels"]
    assert [(lv["id"], lv["name"], lv.get("thresholds")) for lv in levels] == [
        ("level-3", "Ⅲ级响应", None),
        ("level-2", "Ⅱ级响应", [{"measure": "停电户数", "min": 1000, "unit": "户"}]),
        ("level-1", "Ⅰ级响应", [{"measure": "停电户数", "min": 10000, "unit": "户"}]),
    ]
    stages = tmp_path / "stages.txt"
    stages.write_text(
        "Complaints Procedure\nHow to complain\nYou can complain by phone, email or letter.\nStage 1\n"
        "We will try to resolve your complaint within 5 working days.\nStage 2\nIf you are not satisfied, you can ask "
        "for your complaint to be reviewed by a senior manager. We will reply within 20 working days.\n",
        encoding="utf-8",
    )
    assert import_document(stages).data["levels"] == []


def test_a_table_of_levels_with_the_grade_in_its_second_column_keeps_its_lead_in_out_of_the_criteria(tmp_path):
    """分级标准 | 事件级别 | 牵头部门 in a Word table after `投诉事件分级标准见下表。`: a level a row, least severe first,
    the row's unit its lead; the lead-in sentence and a note after the table are no level's criteria."""
    doc = docx.Document()
    doc.add_heading("客户投诉应急预案", 0)
    doc.add_heading("一、总则", 1)
    doc.add_paragraph("为规范投诉处理，制定本预案。")
    doc.add_heading("二、投诉分级", 1)
    doc.add_paragraph("投诉事件分级标准见下表。")
    add_table(
        doc,
        [
            ["分级标准", "事件级别", "牵头部门"],
            ["涉及客户30人以上或金额100万元以上", "重大投诉", "消费者权益保护部"],
            ["涉及客户5人以上", "较大投诉", "营业部"],
            ["其他投诉", "一般投诉", "营业网点"],
        ],
    )
    doc.add_paragraph("注：以上所称“以上”均含本数。")
    source = tmp_path / "plan.docx"
    doc.save(source)
    data = import_document(source).data
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert [(lv["name"], lv["criteria"], roles.get(lv.get("lead"))) for lv in data["levels"]] == [
        ("一般投诉", "其他投诉", "营业网点"),
        ("较大投诉", "涉及客户5人以上", "营业部"),
        ("重大投诉", "涉及客户30人以上或金额100万元以上", "消费者权益保护部"),
    ]
    kept = [str(item["text"]) for item in data["x-unmapped"]]
    assert "投诉事件分级标准见下表。" in kept and "注：以上所称“以上”均含本数。" in kept


def test_english_categories_defined_in_turn_in_one_paragraph(tmp_path):
    """`We classify complaints into three categories. Category A complaints are…. Category B complaints require…`:
    a level per category, ids category-a…, the verb that is no copula kept in the criteria."""
    levels = _levels(
        tmp_path,
        "Complaints Policy\n1. Introduction\nThis policy applies to all complaints.\n2. Categorising complaints\n"
        "We classify complaints into three categories. Category A complaints are those that can be resolved straight "
        "away. Category B complaints require an investigation by a manager. Category C complaints involve legal action "
        "or media interest.\n",
    )
    assert [(lv["id"], lv["name"], lv["criteria"]) for lv in levels] == [
        ("category-a", "Category A", "those that can be resolved straight away"),
        ("category-b", "Category B", "require an investigation by a manager"),
        ("category-c", "Category C", "involve legal action or media interest"),
    ]


def test_a_sudden_event_is_no_grade(tmp_path):
    """突发 (sudden) names no severity: `对个人理财产品突发风险事件，以预防为主` grades nothing, so the plan has no levels."""
    levels = _levels(
        tmp_path,
        "理财业务突发事件应急预案\n一、总则\n为妥善处理理财产品到期亏损可能导致的客户投诉，特制定本方案。\n"
        "二、预防措施\n对个人理财产品突发风险事件，以预防为主，建立健全风险监测机制。\n",
    )
    assert levels == []


def test_graded_items_with_the_severity_in_brackets_under_a_response_heading(tmp_path):
    """`应急响应分为以下三个级别：` then `1. Ⅰ级（特别重大）：…` items under 应急响应 (no grading heading): a level per item."""
    levels = _levels(
        tmp_path,
        "供电服务突发事件应急预案\n一、总则\n为有效应对供电服务突发事件，制定本预案。\n二、应急响应\n"
        "根据事件的影响范围，应急响应分为以下三个级别：\n1. Ⅰ级（特别重大）：停电影响10万户以上用户。\n"
        "2. Ⅱ级（重大）：停电影响1万户以上10万户以下用户。\n3. Ⅲ级（较大）：停电影响1000户以上1万户以下用户。\n"
        "三、处置措施\n供电所应在30分钟内到达现场。\n",
    )
    assert [(lv["id"], lv["name"], lv["criteria"], lv["thresholds"][0]["min"]) for lv in levels] == [
        ("level-3", "Ⅲ级（较大）", "停电影响1000户以上1万户以下用户", 1000),
        ("level-2", "Ⅱ级（重大）", "停电影响1万户以上10万户以下用户", 10000),
        ("level-1", "Ⅰ级（特别重大）", "停电影响10万户以上用户", 100000),
    ]


def test_letter_classes_in_an_article_end_at_the_next_article_which_gives_their_leads(tmp_path):
    """第二条 …分为A、B、C三类。（一）A类投诉：… and 第三条 A类投诉由…牵头处理，B类投诉由…: the next article is no part of
    the last class's criteria; it gives the classes their leads."""
    data = import_document(
        _write(
            tmp_path,
            "银行客户投诉分类分级管理办法\n第一条 为规范投诉分级管理，制定本办法。\n第二条 投诉按影响程度分为A、B、C三类。\n"
            "（一）A类投诉：涉及群体性事件或媒体曝光的投诉；\n（二）B类投诉：涉及金额10万元以上的投诉；\n"
            "（三）C类投诉：其他一般性投诉。\n"
            "第三条 A类投诉由总行消费者权益保护部牵头处理，B类投诉由分行处理，C类投诉由网点处理。\n",
        )
    ).data
    assert [(lv["id"], lv["name"], lv["criteria"]) for lv in data["levels"]] == [
        ("class-c", "C类投诉", "其他一般性投诉。"),
        ("class-b", "B类投诉", "涉及金额10万元以上的投诉；"),
        ("class-a", "A类投诉", "涉及群体性事件或媒体曝光的投诉；"),
    ]
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert roles[data["levels"][2]["lead"]] == "总行消费者权益保护部"


def test_a_grade_defined_with_a_comma_before_its_verb_takes_the_listed_cases(tmp_path):
    """`本预案所称重大投诉，是指具有下列情形之一的投诉：（一）…（二）…` and `其他投诉为一般投诉`: two levels, the graver
    with the cases listed after it and their thresholds."""
    levels = _levels(
        tmp_path,
        "客户投诉应急处理预案\n一、投诉的界定\n本预案所称重大投诉，是指具有下列情形之一的投诉：\n"
        "（一）同一事由投诉人数在10人以上的；\n（二）可能引起新闻媒体报道的；\n（三）涉及金额在50万元以上的。\n"
        "其他投诉为一般投诉。\n二、处理程序\n一般投诉由网点负责人处理；重大投诉由支行行长组织处理。\n",
    )
    assert [(lv["id"], lv["name"]) for lv in levels] == [("general", "一般投诉"), ("major", "重大投诉")]
    assert levels[1]["criteria"].startswith("具有下列情形之一的投诉\n（一）同一事由投诉人数在10人以上的；")
    assert levels[1]["thresholds"] == [
        {"measure": "人数", "min": 10, "unit": "人"},
        {"measure": "涉及金额", "min": 500000, "unit": "CNY"},
    ]


def _write(tmp_path, text: str):
    source = tmp_path / "plan.txt"
    source.write_text(text, encoding="utf-8")
    return source


def test_grades_announced_as_bare_numerals_then_defined_one_per_paragraph(tmp_path):
    """`将投诉分为一、二、三级。` then `一级投诉指…` paragraphs: the level is 一级投诉 (not 一级 with criteria 投诉指…);
    `Level 1 complaints are those…`: the criteria say what they are."""
    levels = _levels(
        tmp_path,
        "客户投诉应急预案\n一、总则\n为规范投诉处理，制定本预案。\n二、投诉分级\n根据投诉的性质和影响，将投诉分为一、二、三级。\n"
        "一级投诉指造成重大社会影响或涉及金额100万元以上的投诉。\n二级投诉指涉及金额10万元以上的投诉。\n"
        "三级投诉指一般性服务投诉。\n三、处理程序\n客服人员应在1个工作日内受理。\n",
    )
    assert [(lv["id"], lv["name"], lv["criteria"]) for lv in levels] == [
        ("level-3", "三级投诉", "一般性服务投诉"),
        ("level-2", "二级投诉", "涉及金额10万元以上的投诉"),
        ("level-1", "一级投诉", "造成重大社会影响或涉及金额100万元以上的投诉"),
    ]
    english = _levels(
        tmp_path,
        "Complaints Handling Procedure\n1. Purpose\nThis procedure explains how we handle complaints.\n"
        "2. Complaint levels\nLevel 1 complaints are simple complaints that can be resolved at the first point of contact.\n"
        "Level 2 complaints are complaints that need investigation by a manager.\n",
    )
    assert [(lv["id"], lv["name"], lv["criteria"]) for lv in english] == [
        ("level-1", "Level 1", "simple complaints that can be resolved at the first point of contact"),
        ("level-2", "Level 2", "complaints that need investigation by a manager"),
    ]


def test_bare_grade_headings_with_their_definitions_and_an_important_grade(tmp_path):
    """`（一）Ⅰ级` headings each with `指造成…` under them: the criteria without the verb; `普通投诉、重要投诉和重大投诉`
    defined article by article: 重要投诉 is a grade (between the ordinary and the major ones)."""
    levels = _levels(
        tmp_path,
        "金融服务突发事件应急预案\n一、总则\n为有效应对金融服务突发事件，制定本预案。\n二、事件分级\n"
        "根据事件的影响范围，金融服务突发事件划分为四个等级，由高到低依次为Ⅰ级、Ⅱ级、Ⅲ级、Ⅳ级。\n"
        "（一）Ⅰ级\n指涉及客户1000人以上的事件。\n（二）Ⅱ级\n指涉及客户100人以上的事件。\n"
        "（三）Ⅲ级\n指造成单个县域金融服务中断的事件。\n（四）Ⅳ级\n指单个网点服务中断的事件。\n",
    )
    assert [(lv["id"], lv["name"], lv["criteria"]) for lv in levels] == [
        ("level-4", "Ⅳ级", "单个网点服务中断的事件。"),
        ("level-3", "Ⅲ级", "造成单个县域金融服务中断的事件。"),
        ("level-2", "Ⅱ级", "涉及客户100人以上的事件。"),
        ("level-1", "Ⅰ级", "涉及客户1000人以上的事件。"),
    ]
    three = _levels(
        tmp_path,
        "客户投诉管理办法\n第一章 总则\n第一条 为规范客户投诉管理，制定本办法。\n第二章 投诉分类\n"
        "第二条 根据投诉事项的严重程度，客户投诉分为普通投诉、重要投诉和重大投诉。\n"
        "第三条 普通投诉是指客户对一般服务问题提出的投诉。\n第四条 重要投诉是指涉及客户资金损失的投诉。\n"
        "第五条 重大投诉是指可能引发群体性事件的投诉。\n",
    )
    assert [(lv["id"], lv["name"]) for lv in three] == [
        ("ordinary", "普通投诉"),
        ("important", "重要投诉"),
        ("major", "重大投诉"),
    ]


def test_a_table_of_levels_laid_out_across_with_a_level_a_column(tmp_path):
    """级别 | 一般投诉 | 较大投诉 | 重大投诉 over rows 判定标准 | … and 处置主体 | …: the table read turned, a level a column,
    its criteria and its lead from the rows."""
    doc = docx.Document()
    doc.add_heading("客户投诉应急预案", 0)
    doc.add_heading("一、投诉分级", 1)
    add_table(
        doc,
        [
            ["级别", "一般投诉", "较大投诉", "重大投诉"],
            ["判定标准", "单个客户服务投诉", "涉及客户5人以上", "涉及客户20人以上或媒体关注"],
            ["处置主体", "网点", "支行", "分行"],
        ],
    )
    source = tmp_path / "plan.docx"
    doc.save(source)
    data = import_document(source).data
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert [(lv["name"], lv["criteria"], roles[lv["lead"]]) for lv in data["levels"]] == [
        ("一般投诉", "单个客户服务投诉", "网点"),
        ("较大投诉", "涉及客户5人以上", "支行"),
        ("重大投诉", "涉及客户20人以上或媒体关注", "分行"),
    ]


def test_english_grades_as_bulleted_words_with_a_dash_or_a_colon(tmp_path):
    """`• Minor – a complaint that…` under a categories heading, and `Minor: a complaint that…` lines under a procedure
    heading: a level per grade word, what it covers as the criteria."""
    doc = docx.Document()
    doc.add_heading("Complaints Procedure", 0)
    doc.add_heading("Complaint categories", 1)
    doc.add_paragraph("We put each complaint into one of three categories:")
    for text in (
        "Minor – a complaint that can be resolved immediately by front-line staff",
        "Moderate – a complaint that needs investigation",
        "Serious – a complaint that involves possible harm, fraud or media interest",
    ):
        doc.add_paragraph(text, style="List Bullet")
    source = tmp_path / "plan.docx"
    doc.save(source)
    levels = import_document(source).data["levels"]
    assert [(lv["name"], lv["criteria"]) for lv in levels] == [
        ("Minor", "a complaint that can be resolved immediately by front-line staff"),
        ("Moderate", "a complaint that needs investigation"),
        ("Serious", "a complaint that involves possible harm, fraud or media interest"),
    ]
    levels = _levels(
        tmp_path,
        "Complaints Procedure\nHow we deal with your complaint\nWe look at every complaint and decide how serious it is:\n"
        "Minor: a complaint that can be resolved immediately by front-line staff.\n"
        "Serious: a complaint that involves possible harm, fraud or media interest.\n"
        "We will acknowledge your complaint within 2 working days.\n",
    )
    assert [(lv["name"], lv["criteria"]) for lv in levels] == [
        ("Minor", "a complaint that can be resolved immediately by front-line staff"),
        ("Serious", "a complaint that involves possible harm, fraud or media interest"),
    ]


def test_grades_labelled_with_a_colon_in_turn_in_one_paragraph_with_their_leads(tmp_path):
    """`投诉分为三级：一级投诉：…；二级投诉：…；三级投诉：…` and, under 应急响应, `一级响应：…，由行长组织处置；二级响应：…`:
    a level per grade with its criteria; who organises each response is the level's lead."""
    levels = _levels(
        tmp_path,
        "客户投诉应急预案\n一、总则\n为规范投诉处理，制定本预案。\n二、投诉分级\n"
        "投诉分为三级：一级投诉：涉及客户30人以上的群体性投诉；二级投诉：涉及客户10人以上的投诉；三级投诉：其他投诉。\n",
    )
    assert [(lv["name"], lv["criteria"]) for lv in levels] == [
        ("三级投诉", "其他投诉"),
        ("二级投诉", "涉及客户10人以上的投诉"),
        ("一级投诉", "涉及客户30人以上的群体性投诉"),
    ]
    source = _write(
        tmp_path,
        "客户投诉应急预案\n一、应急响应\n根据投诉的影响，响应分为三级。一级响应：涉及客户30人以上的群体性投诉，由行长组织处置；"
        "二级响应：涉及客户10人以上的投诉，由分管副行长组织处置；三级响应：其他投诉，由网点负责人处置。\n",
    )
    data = import_document(source).data
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert [(lv["name"], roles[lv["lead"]]) for lv in data["levels"]] == [
        ("三级响应", "网点负责人"),
        ("二级响应", "分管副行长"),
        ("一级响应", "行长"),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "客户服务规范\n一、投诉的类别\n按照受理后的处理难度，投诉分为一般性投诉和非一般性投诉。一般性投诉是指能够当场解释清楚的"
            "咨询类投诉；非一般性投诉是指涉及资金损失或者需要多个部门协同处理的投诉。\n二、受理\n前台负责登记。\n",
            ["一般性投诉", "非一般性投诉"],
        ),
        (
            "投诉受理细则\n一、投诉的认定\n无效投诉：经核实不属于本公司责任，或者投诉人无法提供事实依据的投诉。\n"
            "有效投诉：经核实属于本公司责任的投诉。\n二、受理\n客服专员负责登记。\n",
            ["无效投诉", "有效投诉"],
        ),
        (
            "民意回應辦法\n一、問政類別\n一般網絡問政：市民反映的個別問題，由承辦科室直接答覆。\n"
            "重大網絡問政：涉及多數市民利益或者引起媒體關注的問題，須報分管局長審定。\n二、辦理\n承辦科室負責辦理。\n",
            ["一般網絡問政", "重大網絡問政"],
        ),
        (
            "物业服务投诉处理流程\n一、处理层级\n第一层：由项目客服前台受理并当场处理。\n"
            "第二层：前台无法处理的，由项目经理协调处理。\n第三层：项目经理无法处理的，由公司品质部处理。\n",
            ["第一层", "第二层", "第三层"],
        ),
        (
            "供电服务纠纷处理办法\n一、分级\n一般客户投诉或纠纷，由供电所所长负责处理。\n"
            "重大客户投诉或纠纷，由县公司营销部牵头处理。\n",
            ["一般客户投诉或纠纷", "重大客户投诉或纠纷"],
        ),
        (
            "門市客訴處理要點\n一、處理原則\n一般客訴由門市主管當場處理；重大客訴由區經理負責處理，並通報總公司。\n"
            "二、附則\n本要點自公布日施行。\n",
            ["一般客訴", "重大客訴"],
        ),
        (
            "投诉处理办法\n一、投诉分类\n投诉分为两类：一是一般投诉，指客户对服务态度不满意的投诉；二是重大投诉，指造成客户"
            "资金损失的投诉。\n二、处理\n网点负责。\n",
            ["一般投诉", "重大投诉"],
        ),
        (
            "投诉处理办法\n一、投诉分类\n根据投诉的严重程度，分为以下几类：\n1.轻微投诉，客户轻微不满，可现场化解。\n"
            "2.一般投诉，需要后台核实处理。\n3.严重投诉，涉及赔偿或者媒体。\n二、处理\n网点负责。\n",
            ["轻微投诉", "一般投诉", "严重投诉"],
        ),
        (
            "投诉处理办法\n一、投诉分级\n重大投诉包括以下情形：\n（一）涉及客户10人以上的群体投诉；\n（二）被新闻媒体报道的投诉。\n"
            "除重大投诉以外的其他投诉为一般投诉。\n二、处理\n网点负责。\n",
            ["一般投诉", "重大投诉"],
        ),
        (
            "投诉处理办法\n一、处理\n凡涉及人身伤害、群体投诉或者媒体关注的，列为重大投诉，由分管领导牵头处理；其余列为一般投诉，"
            "由部门负责人处理。\n",
            ["一般投诉", "重大投诉"],
        ),
        (
            "顧客投訴處理辦法\n一、投訴分類\n簡單投訴：事實清楚，門市當場可以處理的投訴。\n"
            "複雜投訴：涉及賠償或者需要總部協調的投訴。\n",
            ["簡單投訴", "複雜投訴"],
        ),
        (
            "投诉管理办法\n一、投诉的分类\n（一）简单投诉\n事实清楚、责任明确，能够当场处理的投诉。\n（二）普通投诉\n"
            "需要调查核实后才能答复的投诉。\n（三）重要投诉\n涉及多个部门、影响较大的投诉。\n二、处理\n客服中心负责。\n",
            ["简单投诉", "普通投诉", "重要投诉"],
        ),
        (
            "快递网点应急预案\n一、预案分级\n1、特级预案(特别严重)火灾、群体事件等；\n2、一级预案(严重)快件被抢劫；\n"
            "3、二级预案(较重)快件积压；\n4、三级预案(一般)客户投诉、快件延误等。\n",
            ["三级预案(一般)", "二级预案(较重)", "一级预案(严重)", "特级预案(特别严重)"],
        ),
        (
            "医患纠纷处理流程\n一、接待\n接待人员评估风险等级(一级:可能引发冲突或舆情;二级:多人联名投诉;三级:单一诉求)，"
            "并登记。\n",
            ["三级", "二级", "一级"],
        ),
        (
            "客户投诉处理制度\n一、处理层级\n第一级为营业网点，客户的投诉先由营业网点受理。\n"
            "第二级为分公司客服部，客户对网点处理结果不满意的，可以向分公司再次投诉。\n",
            ["第一级", "第二级"],
        ),
        (
            "投诉管理规定\n一、投诉分类\n投诉分为一类投诉、二类投诉和三类投诉。一类投诉是指涉及人身安全的投诉；二类投诉是指"
            "涉及财产损失的投诉；三类投诉是指其他投诉。\n",
            ["一类投诉", "二类投诉", "三类投诉"],
        ),
        (
            "投诉处理办法\n一、投诉分类\n按照影响程度，客户投诉分为一般、较大、重大三类。\n二、处理\n网点负责登记。\n",
            ["一般客户投诉", "较大客户投诉", "重大客户投诉"],
        ),
        (
            "Complaints Procedure\n1. Types of complaint\nSimple complaints can be put right at the first point of contact.\n"
            "Complex complaints need a detailed investigation by a senior officer.\n2. Timescales\n"
            "We will respond within 10 working days.\n",
            ["Simple complaints", "Complex complaints"],
        ),
    ],
)
def test_classes_tiers_and_grades_of_any_noun_set_side_by_side_are_levels(tmp_path, text, names):
    assert sorted(_names(_levels(tmp_path, text))) == sorted(names)


def test_one_graded_case_named_in_passing_is_no_grading_but_one_defined_grade_is_a_level(tmp_path):
    in_passing = _levels(
        tmp_path,
        "门店顾客投诉处理流程\n一、处理步骤\n1. 店长接到投诉后，应当面了解情况。\n"
        "2. 对于影响严重的投诉，店长应立即报告区域经理。\n3. 处理结束后，店长填写投诉登记表。\n",
    )
    assert in_passing == []
    defined = _levels(
        tmp_path,
        "重大投诉处理办法\n一、定义\n本办法所称重大投诉，是指涉及客户10人以上，或者被新闻媒体报道的投诉。\n"
        "二、处置\n分行行长负责组织处置。\n",
    )
    assert _names(defined) == ["重大投诉"]
    listed = _levels(
        tmp_path,
        "重大投诉处理办法\n一、定义\n重大投诉包括：群体投诉、媒体曝光、越级投诉、反复投诉。\n二、处置\n分行行长负责组织处置。\n",
    )
    assert _names(listed) == ["重大投诉"]
    # a sentence of what the one grade is, with nothing that sets cases apart, grades nothing
    said = _levels(
        tmp_path,
        "重大投诉处理办法\n一、定义\n本办法所称重大投诉，是指对本行声誉可能造成较大影响的投诉。\n二、处置\n分行行长负责组织处置。\n",
    )
    assert said == []


def test_english_tiers_as_items_with_a_dash_or_named_in_turn_in_prose_are_levels(tmp_path):
    items = _levels(
        tmp_path,
        "Tenant Complaints Procedure\n1. How a complaint is handled\nThere are three levels.\n"
        "Level 1 - the housing officer who takes the complaint tries to put it right on the spot.\n"
        "Level 2 - if that fails, the area manager looks into it.\n"
        "Level 3 - the director of housing makes the final decision.\n",
    )
    assert [(level["name"], level["criteria"][:20]) for level in items] == [
        ("Level 1", "the housing officer "),
        ("Level 2", "if that fails, the a"),
        ("Level 3", "the director of hous"),
    ]
    source = tmp_path / "tiers.md"
    source.write_text(
        "# Complaints Procedure\n## How we handle your complaint\n### Level 1 – Frontline resolution\n"
        "The member of staff who receives your complaint will try to resolve it straight away.\n"
        "### Level 2 – Investigation\nIf you are not satisfied, a manager will investigate.\n"
        "### Level 3 – Review\nThe Chief Executive will review the handling of your complaint.\n",
        encoding="utf-8",
    )
    headed = import_document(source).data["levels"]
    assert _names(headed) == ["Level 1 – Frontline resolution", "Level 2 – Investigation", "Level 3 – Review"]
    ordinal = _levels(
        tmp_path,
        "Member Complaints\nEscalation\n1st Level - Member Service Representative\n2nd Level - Branch Manager\n"
        "3rd Level- Chief Executive Officer\n",
    )
    assert _names(ordinal) == ["1st Level", "2nd Level", "3rd Level"]
    prose = _levels(
        tmp_path,
        "Complaints Policy\nEscalation\nA complaint not settled at Tier 1 by the branch goes to Tier 2, where the "
        "regional office reviews it. You may then ask for a Tier 3 review by the board.\n",
    )
    assert _names(prose) == ["Tier 1", "Tier 2", "Tier 3"]
    assert prose[2]["criteria"] == "You may then ask for a Tier 3 review by the board"


def test_a_table_a_grade_a_row_gives_the_levels_and_the_caps_beside_them(tmp_path):
    # a text table with bars, no criteria column: the grades are levels, each row's handler their lead, the amount
    # a cap (圆 as 元, a band capped by its upper end)
    data = _draft(
        tmp_path,
        "某超市顾客投诉处理细则\n一、分级处理\n| 投诉级别 | 处理办法 | 处理人 | 补偿金额 |\n| 轻微投诉 | 当面致歉 | 当班组长 | 50圆以内 |\n"
        "| 一般投诉 | 核实后答复 | 店长 | 50圆至300圆 |\n| 重大投诉 | 专项调查 | 区域经理 | 300-1000圆 |\n",
    )
    assert _names(data["levels"]) == ["轻微投诉", "一般投诉", "重大投诉"]
    assert all("lead" in level for level in data["levels"])
    assert [cap["max"] for cap in data["limits"]] == [50, 300, 1000]


def test_a_word_table_whose_first_column_grades_the_rows_under_any_header(tmp_path):
    d = docx.Document()
    d.add_paragraph("某酒店宾客投诉处理规程")
    d.add_paragraph("三、分类处理")
    add_table(
        d,
        [
            ("类型", "典型情形", "责任部门"),
            ("一般性投诉", "服务等候时间较长", "前厅部"),
            ("较重投诉", "财物损坏", "值班经理"),
            ("严重投诉", "人身伤害", "总经理室"),
        ],
    )
    path = tmp_path / "plan.docx"
    d.save(path)
    levels = import_document(path).data["levels"]
    assert _names(levels) == ["一般性投诉", "较重投诉", "严重投诉"]


def test_a_table_of_posts_is_no_grading(tmp_path):
    source = tmp_path / "plan.txt"
    source.write_text(
        "某公司投诉处理办法\n一、职责\n| 岗位 | 职责 | 电话 |\n| 客服专员 | 受理投诉 | 1234 |\n| 客服主管 | 审核处理意见 | 5678 |\n",
        encoding="utf-8",
    )
    assert import_document(source).data.get("levels", []) == []


def test_grades_named_side_by_side_in_case_clauses_of_a_procedure(tmp_path):
    from plancraft.importer.levels import graded_clauses

    # cases met (属于/属/遇…时), a comma between them, 严重 and 重大 two grades of one scale
    assert [
        n
        for n, _ in graded_clauses("属于一般投诉的，由班组长当场处理，属较重投诉的，由站长在3日内处理；遇重大投诉时，报总经理。")
    ] == [
        "一般投诉",
        "较重投诉",
        "重大投诉",
    ]
    assert [n for n, _ in graded_clauses("投诉属于严重投诉的，报分管经理；属于重大投诉的，报总经理。")] == [
        "严重投诉",
        "重大投诉",
    ]
    assert graded_clauses("属于重大投诉的，报总经理；属于重大事件的，启动预案。") == []  # one grade twice: no scale
    levels = _levels(
        tmp_path,
        "某物业服务中心投诉管理规定\n一、目的\n为提高服务质量，制定本规定。\n二、投诉处理\n"
        "客服前台接到业主投诉后，应当做好登记，对轻微投诉当场解释处理。\n"
        "客服主管对一般性投诉进行核实，在24小时内转交相关部门处理。\n"
        "涉及较重投诉或者重大投诉的，应立即上报项目经理，由项目经理组织处理。\n",
    )
    assert _names(levels) == ["轻微投诉", "一般性投诉", "较重投诉", "重大投诉"]
    assert levels[1]["criteria"].startswith("客服主管对一般性投诉进行核实")


def test_one_graded_case_named_in_passing_is_no_grading(tmp_path):
    levels = _levels(
        tmp_path,
        "某物业服务中心投诉管理规定\n一、投诉处理\n客服前台接到业主投诉后，应当做好登记。\n遇重大投诉的，应立即上报项目经理。\n"
        "重大投诉处理完毕后，应当形成书面报告。\n",
    )
    assert levels == []


def test_a_table_grade_cell_that_goes_on_to_say_what_the_grade_is(tmp_path):
    d = docx.Document()
    d.add_paragraph("某银行客户投诉处理办法")
    d.add_paragraph("二、分级处理")
    add_table(
        d,
        [
            ("投诉情形", "处理部门", "赔付上限"),
            ("一般投诉：客户对服务态度不满，未造成损失", "网点", "200元"),
            ("严重投诉：造成客户资金损失", "支行", "2000元"),
            ("重大投诉：引起媒体关注或群体投诉", "分行", "1万元"),
        ],
    )
    path = tmp_path / "plan.docx"
    d.save(path)
    data = import_document(path).data
    assert _names(data["levels"]) == ["一般投诉", "严重投诉", "重大投诉"]
    assert data["levels"][0]["criteria"] == "客户对服务态度不满，未造成损失"
    assert [cap["max"] for cap in data["limits"]] == [200, 2000, 10000]


def test_steps_a_dissatisfied_complainant_is_taken_up_are_tiers_and_steps_of_one_procedure_are_not(tmp_path):
    tiers = _levels(
        tmp_path,
        "Complaints Procedure\n\nStep 1 - Local resolution\nThe shop manager will try to put things right within 3 working days.\n\n"
        "Step 2 - Head office\nIf you are not satisfied with the answer, write to the Customer Care Manager, who will reply "
        "within 15 working days.\n\nStep 3 - Independent review\nIf you remain unhappy, you may ask the Director to review it.\n",
    )
    assert _names(tiers) == ["Step 1 - Local resolution", "Step 2 - Head office", "Step 3 - Independent review"]
    acts = _levels(
        tmp_path,
        "Complaints Procedure\n\nStep 1 - Receive\nThe advisor logs the complaint on the day it arrives.\n\n"
        "Step 2 - Investigate\nThe team leader looks into it within 10 working days.\n\n"
        "Step 3 - Reply\nThe team leader writes to the customer with the outcome.\n",
    )
    assert acts == []


def test_levels_set_out_by_headings_that_lead_into_their_cases_and_a_grade_only_announced(tmp_path: Path):
    """`1.3.1具备下列情形之一的为Ⅰ级(特别重大)事件` names the level Ⅰ级(特别重大)事件; the grades the announcing sentence
    lists that no heading sets out (Ⅲ级, Ⅳ级) are levels too, their criteria not stated; `1.3.2.3发生…` is an item of four
    numbers, never a level `.3发生…`."""
    data = _draft(
        tmp_path,
        "供水突发事件应急预案\n1 总则\n1.3 事件分级\n"
        "按照影响范围,划分为Ⅰ级(特别重大)、Ⅱ级(重大)、Ⅲ级(较大)、Ⅳ级(一般)四个等级。\n"
        "1.3.1具备下列情形之一的为Ⅰ级(特别重大)事件\n1.3.1.1影响城市供水40天以上;\n1.3.1.2造成3万户以上居民连续中断供水24小时以上。\n"
        "1.3.2具备下列情形之一的为Ⅱ级(重大)事件\n1.3.2.1影响城市供水20天以上;\n1.3.2.3发生重大安全事故,造\n",
    )
    assert [lv["name"] for lv in data["levels"]] == ["Ⅳ级(一般)", "Ⅲ级(较大)", "Ⅱ级(重大)事件", "Ⅰ级(特别重大)事件"]
    first = data["levels"][-1]
    assert "影响城市供水40天以上" in first["criteria"]
    assert all("criteria" not in lv for lv in data["levels"][:2])


def test_a_grade_defined_after_the_announcement_in_its_paragraph_describes_its_level(tmp_path):
    # the paragraph that announces the grades goes on to define one: that definition is the level's criteria, with
    # its thresholds; what else the paragraph says is kept with its position, never lost with the announcement
    data = _draft(
        tmp_path,
        "营业网点客户投诉突发事件应急预案\n一、总则\n为妥善处置客户投诉突发事件，制定本预案。\n三、事件分级\n"
        "按影响程度分为一般事件（Ⅲ级）、较大事件（Ⅱ级）和重大事件（Ⅰ级）。单次涉及客户10人以上或涉及金额50万元以上的，"
        "为重大事件。分级由领导小组办公室认定。\n",
    )
    levels = {level["name"]: level for level in data["levels"]}
    assert list(levels) == ["一般事件（Ⅲ级）", "较大事件（Ⅱ级）", "重大事件（Ⅰ级）"]
    assert levels["重大事件（Ⅰ级）"]["criteria"] == "单次涉及客户10人以上或涉及金额50万元以上的，为重大事件"
    assert levels["重大事件（Ⅰ级）"]["thresholds"] == [
        {"measure": "人数", "min": 10, "unit": "人"},
        {"measure": "涉及金额", "min": 500000, "unit": "CNY"},
    ]
    assert "criteria" not in levels["一般事件（Ⅲ级）"]
    assert [entry["text"] for entry in data["x-unmapped"]] == ["分级由领导小组办公室认定"]


def test_escalation_tiers_named_level_01_or_in_brackets_are_levels(tmp_path):
    text = (
        "# Grievance redressal\n\n## Escalation Level 01\n\nCustomers may contact the branch. The Branch Manager will "
        "reply within 7 days.\n\n## Escalation Level 02\n\nIf the complaint is not resolved within 15 days, the "
        "Nodal Officer will review it.\n\n## Escalation Level 03\n\nIf it is still not resolved, the CEO will "
        "re-examine it.\n"
    )
    assert _names(_levels(tmp_path, text, ".md")) == ["Escalation Level 01", "Escalation Level 02", "Escalation Level 03"]
    bracketed = text.replace("Escalation Level 01", "Branch (Level 1)").replace(
        "Escalation Level 02", "Customer Grievance Cell (Level 2)"
    )
    bracketed = bracketed.replace("Escalation Level 03", "Grievance Committee (Level 3)")
    assert _names(_levels(tmp_path, bracketed, ".md"))[:2] == ["Branch (Level 1)", "Customer Grievance Cell (Level 2)"]


def test_tier_headings_with_cases_under_them_are_levels_of_those_cases(tmp_path):
    text = (
        "# Complaints process\n\n## LEVEL 1\n\n### Complaint about a branch\n\nPlease write to the Manager of the "
        "branch. We will acknowledge your complaint within 3 working days.\n\n### Complaint about a branch manager\n\n"
        "Write to the Area Manager, who will reply within 10 working days.\n\n## LEVEL 2\n\nIf you are unhappy with "
        "the response, write to the Director, who will reply within 15 working days.\n"
    )
    data = _draft(tmp_path, text, ".md")
    assert _names(data["levels"]) == ["LEVEL 1", "LEVEL 2"]
    first = data["levels"][0]["id"]
    linked = [s["title"] for s in data["scenarios"] if s.get("level") == first]
    assert linked == ["Complaint about a branch", "Complaint about a branch manager"]


def test_a_grading_counted_in_kinds_keeps_a_name_joined_by_or(tmp_path):
    # 两种 counts two names: 或 joins two words of the second (特殊或紧急投诉), not two grades
    assert overview("根据投诉的性质又可分为普通投诉和特殊或紧急投诉两种。") == ["普通投诉", "特殊或紧急投诉"]
    assert overview("投诉方式可分为来人投诉、来函投诉、来电投诉和其他投诉四种。") is None  # ways, not grades
    assert overview("分为一般投诉、重大投诉和紧急投诉三类") == ["一般投诉", "重大投诉", "紧急投诉"]


def test_graded_cases_each_with_its_own_limit_in_one_sentence_are_levels_and_deadlines(tmp_path):
    data = _draft(
        tmp_path,
        "汽车维修用户投诉处理制度\n一、处理程序\n"
        "1、主管领导接到投诉报告后，应及时进行处理，一般投诉不超过1小时，重要投诉不超过4小时，"
        "特别重要投诉不超过8小时给用户做出回答。\n",
    )
    assert _names(data["levels"]) == ["一般投诉", "重要投诉", "特别重要投诉"]
    assert [lv["id"] for lv in data["levels"]] == ["general", "important", "especially-important"]
    assert not any("thresholds" in lv for lv in data["levels"])  # 不超过1小时 is a limit, not a minimum
    limits = [(t["what"], t["within"]) for t in data["time_limits"]]
    assert limits == [
        ("一般投诉不超过1小时", "1h"),
        ("重要投诉不超过4小时", "4h"),
        ("特别重要投诉不超过8小时给用户做出回答", "8h"),
    ]


def test_three_periods_for_simple_complex_and_especially_complex_cases_are_levels_and_stay_deadlines(tmp_path):
    data = _draft(
        tmp_path,
        "保险公司投诉处理须知\n一、处理时限\n我公司将在一定时间内作出处理决定并予以告知：一般投诉15日内告知；"
        "情况复杂的延长至30日；情况特别复杂的，经我公司内部审批并告知投诉人后，可以再延长30日。\n"
        "二、其他\n公司受理的投诉，应当自收到投诉之日起20日内做出处理决定。情况复杂的，可以延长处理期限，但延长期限不得超过20日。\n",
    )
    assert _names(data["levels"]) == ["一般投诉", "情况复杂的", "情况特别复杂的"]
    periods = _periods(data)
    assert periods.count("30d") == 2 and "15d" in periods  # the tiers' periods are still the plan's deadlines
    # a period and its one extension (二、其他) is no grading of its own
    assert not any("20" in str(lv.get("criteria", "")) for lv in data["levels"])


def test_an_ordinary_and_a_complex_case_each_with_its_period_are_levels_and_their_periods_deadlines(tmp_path):
    data = _draft(
        tmp_path,
        "软件公司客诉处理\n一、服务承诺\n1. 响应时间：1小时内确认受理。\n"
        "2. 处理时间：一般投诉72小时内完成，复杂投诉7个工作日内完成。\n",
    )
    assert _names(data["levels"]) == ["一般投诉", "复杂投诉"]
    periods = _periods(data)
    assert "72h" in periods and "7wd" in periods


def test_a_simple_and_a_complex_case_in_items_one_after_another_are_levels(tmp_path):
    """`2、一般问题，能够当场核查处理的，双方当场协调处理。` then `3、投诉涉及的情况较复杂…，应于7个工作日内…`: two cases, each
    handled its own way, in two items: two levels named by their cases, the period still a deadline."""
    data = _draft(
        tmp_path,
        "医院投诉管理办法\n一、投诉处理\n1、接待人员应如实记录投诉内容。\n2、一般问题，能够当场核查处理的，双方当场协调处理。\n"
        "3、投诉涉及的情况较复杂，需组织协调、调查核实的，应于7个工作日内向投诉人反馈处理意见。\n",
    )
    assert _names(data["levels"]) == ["一般问题", "投诉涉及的情况较复杂"]
    assert "7wd" in _periods(data)


def test_a_complaint_about_one_department_and_a_complex_one_about_several_are_two_levels(tmp_path):
    # the simple tier named by its scope (涉及一个部门或个别工作人员), not by the word 简单
    data = _draft(
        tmp_path,
        "政务大厅投诉处理制度\n五、投诉处理：\n（一）口头投诉以口头答复为主，书面投诉必须书面答复。\n"
        "（二）考核督查处对涉及一个部门或个别工作人员的投诉，应立即进行协调，尽可能当场作出答复。对较为复杂或涉及两个以上"
        "部门事项的投诉，各有关处室要密切配合，在五个工作日内作出答复。\n",
    )
    assert _names(data["levels"]) == ["涉及一个部门或个别工作人员的投诉", "较为复杂或涉及两个以上部门事项的投诉"]
    assert "5wd" in _periods(data)


def test_a_case_labelled_before_its_description_is_named_by_its_label(tmp_path):
    # 简易投诉：对于事实清楚…的 / 复杂投诉：情况复杂的…: the plan names its cases; a traditional-script plan's lead-in
    # (處理結果對事實清楚…的) is cut off the case it comes to
    data = _draft(
        tmp_path,
        "消费投诉处理须知\n三、处理时限\n简易投诉：对于事实清楚、争议情况简单的消费投诉，我公司自收到投诉之日起15日内作出处理决定；"
        "复杂投诉：情况复杂的，我公司自收到投诉之日起30日内作出处理决定。\n",
    )
    assert _names(data["levels"]) == ["简易投诉", "复杂投诉"]
    hant = _draft(
        tmp_path,
        "投訴處理須知\n三、處理時效\n處理結果對事實清楚、爭議情況簡單的，處理時效為投訴受理之日起3個工作日；"
        "對情況復雜的，具體由工作人員與投訴人協商約定。\n",
    )
    assert _names(hant["levels"]) == ["事實清楚、爭議情況簡單的", "情況復雜的"]


def test_usually_and_a_longer_period_for_complex_cases_is_no_grading(tmp_path):
    # 来信一般应在五个工作日…答复 (一般: as a rule); 情况复杂的…十个工作日: one period and a longer one, no simple case
    data = _draft(
        tmp_path,
        "关于馆长信箱的说明\n三、回复时限\n馆长信箱来信一般应在五个工作日给予答复；情况复杂的不应超过十个工作日。\n",
    )
    assert not data.get("levels")


def test_grades_a_text_sorts_its_complaints_by_are_levels(tmp_path):
    # 按“特急、紧急、一般”分类向上级报送: the grades named as the classes complaints are sorted into, in the text's order
    text = (
        "客户投诉处理程序\n\n一、处理\n"
        "1. 不能及时处理的问题，应做好投诉记录，按“特急、紧急、一般”分类向上级报送处理。\n"
        "2. 客服经理应在24小时内回复客户。\n"
    )
    assert _names(_levels(tmp_path, text)) == ["特急", "紧急", "一般"]
    # sorting by something that is no grade announces nothing
    assert _levels(tmp_path, text.replace("按“特急、紧急、一般”分类", "按部门、金额分类")) == []


def test_paragraphs_that_open_with_their_stage_are_levels_when_later_ones_take_the_complainant_on(tmp_path):
    text = (
        "# Complaints\n\nComments can be discussed with the Manager of the Home.\n\n"
        "Stage 1: Your complaint should be directed to the Manager, who will investigate it.\n\n"
        "Stage 2: If you are not satisfied with the outcome, you may write to the Director.\n\n"
        "Stage 3: If you still remain dissatisfied, you may refer your complaint to the Ombudsman.\n"
    )
    levels = _levels(tmp_path, text, ".md")
    assert _names(levels) == ["Stage 1", "Stage 2", "Stage 3"]
    assert levels[1]["criteria"] == "If you are not satisfied with the outcome, you may write to the Director"
    # stages every complaint goes through alike are steps only
    alike = text.replace("If you are not satisfied with the outcome, you", "We acknowledge it and").replace(
        "If you still remain dissatisfied, you may refer", "We send a reply and close"
    )
    assert _levels(tmp_path, alike, ".md") == []


def test_a_levels_name_leaves_off_the_modal_that_opens_its_act(tmp_path):
    # 5.5 一般质量事故应在 2 个工作日内…: a line cut at its number is taken for a heading; its level is 一般质量事故
    text = (
        "门店质量事故管理制度\n\n5 质量事故的处理\n\n5.2 质量事故按其严重程度分为:重大质量事故和一般质量事故。\n\n"
        "5.4 重大质量事故也应 24 小时内向当地药品监督管理部门汇报。\n\n"
        "5.5 一般质量事故应在 2 个工作日内报质量管理部门。\n"
    )
    assert sorted(_names(_levels(tmp_path, text))) == ["一般质量事故", "重大质量事故"]


def test_tiers_written_level_dash_number_are_levels(tmp_path):
    text = (
        "# Grievance redressal\n\n## Level – 1 (Branch Level)\n\nThe customer can approach the branch.\n\n"
        "## Level – 2 (Regional Level)\n\nIf the complaint is not redressed, the matter may be taken up with the "
        "Regional Office.\n"
    )
    assert _names(_levels(tmp_path, text, ".md")) == ["Level – 1 (Branch Level)", "Level – 2 (Regional Level)"]


def test_a_grade_announced_beside_one_it_holds_is_a_level_of_its_own(tmp_path):
    # 特别重大投诉 holds 重大投诉 but is graver: announced and not described, it is a level all the same
    text = (
        "客户投诉应急预案\n\n四、事件分级\n投诉事件分为一般投诉、重大投诉和特别重大投诉三级。\n"
        "重大投诉是指涉及金额5万元以上或3人以上集体投诉的事件。\n\n五、处置程序\n1.网点负责人接到投诉后，应在30分钟内到达现场。\n"
    )
    assert _names(_levels(tmp_path, text)) == ["一般投诉", "重大投诉", "特别重大投诉"]


def test_two_grades_one_clause_treats_alike_are_two_levels(tmp_path):
    """一般、较大级别事件由…处置: the first grade is no list number; each grade of the clause is a level."""
    levels = _levels(
        tmp_path,
        "某市供水突发事件应急预案\n"
        "一、分级响应\n"
        "一般、较大级别供水事件由市供水应急办公室启动预案，并报告分管领导；重大级别供水事件由市应急指挥部启动预案；"
        "特别重大级别供水事件由市应急指挥部启动预案，并报市政府。\n",
    )
    assert _names(levels) == ["一般级别供水事件", "较大级别供水事件", "重大级别供水事件", "特别重大级别供水事件"]
    assert levels[0]["criteria"] == levels[1]["criteria"] == "由市供水应急办公室启动预案，并报告分管领导"


def test_warnings_set_by_colour_are_levels(tmp_path):
    """危害较小的…定为黄色预警；危害较大的…定为红色预警: two warning levels, each with what falls in it."""
    levels = _levels(
        tmp_path,
        "门诊部突发事件处理制度\n"
        "一、门诊部成立突发事件应急处理小组，负责突发事件的处理。\n"
        "二、根据突发事件的危害程度，设定两级预警。危害较小的突发事件定为黄色预警，由相关科室处置；"
        "危害较大的突发事件，定为红色预警，由全院处置。\n",
    )
    assert [(level["name"], level.get("criteria")) for level in levels] == [
        ("黄色预警", "危害较小的突发事件"),
        ("红色预警", "危害较大的突发事件"),
    ]


def test_stages_named_by_ordinal_a_complaint_not_resolved_goes_on_through_are_levels(tmp_path):
    """First Stage / Second Stage headings, the second taking on what the first could not resolve."""
    levels = _levels(
        tmp_path,
        "# Complaints Procedure\n"
        "## First Stage (Informal)\n"
        "A learner should first raise the complaint with their tutor, who will try to settle it within two days.\n"
        "## Second Stage (Formal)\n"
        "If the matter cannot be resolved by the tutor, the Academic Manager handles it and the learner writes to them.\n",
        ".md",
    )
    assert _names(levels) == ["First Stage (Informal)", "Second Stage (Formal)"]
    # the later stage's criteria is what takes the complaint on to it, not what is done there
    assert levels[1]["criteria"] == "If the matter cannot be resolved by the tutor"


def test_the_four_national_grades_listed_where_a_plan_says_what_it_covers_are_its_levels(tmp_path):
    """特别重大、重大、较大或者一般突发事件 in the scope of a plan that grades nothing else: the four grades are its levels."""
    levels = _levels(
        tmp_path,
        "某县水利局应对突发事件预案\n"
        "一、适用范围\n"
        "本预案适用于全县水利系统发生的特别重大、重大、较大或者一般自然灾害、事故灾难和社会安全事件。\n"
        "二、组织机构\n"
        "县水利局成立应急指挥中心，由局长任总指挥。\n",
    )
    assert [(level["id"], level["name"]) for level in levels] == [
        ("general", "一般"),
        ("serious", "较大"),
        ("major", "重大"),
        ("extreme", "特别重大"),
    ]


def test_a_level_led_by_the_groups_leader_named_with_the_group_has_that_leader(tmp_path):
    """由应急领导小组组长指挥处置: the lead is the group's 组长 (领导 in 领导小组 is no verb, and the group is not its post)."""
    data = _draft(
        tmp_path,
        "某馆突发事件应急预案\n"
        "一、组织机构\n"
        "成立应急领导小组，组长：李建国，副组长：孙丽。\n"
        "二、分级响应\n"
        "一般、较大级别突发事件由综合办负责处置；重大级别突发事件由应急领导小组组长指挥处置；"
        "特别重大级别突发事件由应急领导小组组长指挥处置，并报市民政局。\n",
    )
    leader = next(r["id"] for r in data["organisation"]["roles"] if r["title"] == "组长")
    leads = {level["name"]: level.get("lead") for level in data["levels"]}
    assert leads["重大级别突发事件"] == leads["特别重大级别突发事件"] == leader


def test_a_levels_table_column_of_what_is_done_gives_each_level_its_lead_and_deadline(tmp_path):
    """级别 | 判定标准 | 处置要求, with 组长1小时内到场指挥: the post the requirement opens with leads the level, and
    its time is a deadline owned by that post."""
    d = docx.Document()
    d.add_paragraph("物业投诉应急预案")
    d.add_paragraph("一、组织机构")
    d.add_paragraph("组长：总经理")
    d.add_paragraph("副组长：品质部经理")
    d.add_paragraph("二、投诉分级")
    add_table(
        d,
        [
            ("级别", "判定标准", "处置要求"),
            ("一级（重大）", "10户以上业主联名投诉", "组长1小时内到场指挥"),
            ("二级（一般）", "单户业主投诉", "副组长2小时内到场"),
        ],
    )
    path = tmp_path / "plan.docx"
    d.save(path)
    data = import_validated(path)
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert [(lv["name"], roles[lv["lead"]]) for lv in data["levels"]] == [("二级（一般）", "副组长"), ("一级（重大）", "组长")]
    limits = [(t["what"], t["within"], roles[t["owner"]]) for t in data["time_limits"]]
    assert limits == [("组长1小时内到场指挥", "1h", "组长"), ("副组长2小时内到场", "2h", "副组长")]


def test_levels_a_heading_lists_by_name_alone_are_levels_in_their_order(tmp_path: Path):
    document = docx.Document()
    document.add_heading("Complaints Procedure", level=1)
    document.add_paragraph("This procedure outlines a series of escalating reviews to resolve a member's complaint.")
    document.add_heading("Escalation levels:", level=2)
    for name in ("Officer Level", "Complaints Officer Level", "Complaints Committee Level", "Board of Directors", "Arbitration"):
        document.add_paragraph(name)
    document.add_heading("Step 1 Verbal & Written Complaints", level=2)
    document.add_paragraph("An officer will discuss the complaint with the member and try to resolve the issue.")
    source = tmp_path / "procedure.docx"
    document.save(source)
    data = import_document(source).data
    assert [level["name"] for level in data["levels"]] == [
        "Officer Level",
        "Complaints Officer Level",
        "Complaints Committee Level",
        "Board of Directors",
        "Arbitration",
    ]
    assert "Arbitration" not in str(data.get("x-unmapped"))


def test_grades_listed_before_the_one_case_they_grade_are_each_a_level(tmp_path):
    # 一般、重要、重大事件: the kind of case is said once, after the last grade; each grade is a level of it
    text = (
        "供热公司应急预案\n一、组织机构\n应急指挥部负责对一般、重要、重大事件的紧急处置组织指挥工作。\n"
        "二、处置\n值班人员接到报告后立即赶赴现场。\n"
    )
    assert _names(_levels(tmp_path, text)) == ["一般事件", "重要事件", "重大事件"]
    # 重要 alone, not in such a list, grades nothing (重要事件及时报告 is any important matter)
    assert _levels(tmp_path, text.replace("一般、重要、重大事件", "重要事件")) == []


def test_grades_high_middle_low_announced_in_quotes_are_levels_least_severe_first(tmp_path):
    # 将客诉划分“高、中、低”三个等级: single-character grades, each a level named as the text names it (高等级)
    text = (
        "商场客诉处理管理办法\n一、等级划分\n按顾客投诉的关键项将客诉划分“高、中、低”三个等级，以便进行分级处理。\n"
        "二、处理\n客服部接到投诉后24小时内反馈。\n"
    )
    assert _names(_levels(tmp_path, text)) == ["低等级", "中等级", "高等级"]


def test_a_grade_defined_by_the_cases_listed_under_it_includes_te_da(tmp_path):
    # 满足下列情形之一者，为特大突发性环境污染事件: 特大, the gravest grade of older plans, is defined like 重大
    text = (
        "化工公司突发环境事件应急预案\n1 事故分级\n按照环境污染事故严重性进行分级：\n"
        "（一）满足下列情形之一者，为特大突发性环境污染事件：\n1、造成的直接经济损失在100万元以上的；\n"
        "（二）满足下列情形之一者，为重大突发性环境污染事件：\n1、造成的直接经济损失在30万元以上的；\n"
    )
    assert _names(_levels(tmp_path, text)) == ["重大突发性环境污染事件", "特大突发性环境污染事件"]


def test_a_simple_case_and_a_complex_one_each_with_its_period_in_months_are_levels(tmp_path):
    # 受理的一般投诉15个工作日内办结；较复杂的投诉件二个月内办结: two tiers, the second's period in months
    text = "社区卫生服务中心投诉反馈制度\n一、催办、查办\n受理的一般投诉15个工作日内办结；较复杂的投诉件二个月内办结。\n"
    assert _names(_levels(tmp_path, text)) == ["一般投诉", "较复杂的投诉件"]


def test_grades_of_a_case_named_with_what_it_is_about_are_levels(tmp_path):
    # 较为轻微的工程质量问题 … 一般工程质量问题: the grade, what the case is about, then its kind
    text = (
        "客户投诉处理规定\n一、处理程序\n1、非业户责任范围且较为轻微的工程质量问题，由物业服务中心工程部进行处理修缮。\n"
        "2、属于一般工程质量问题的，由品质工程管理中心协助物业服务中心进行处理修缮。\n"
    )
    names = _names(_levels(tmp_path, text))
    assert len(names) == 2 and names[0].endswith("轻微的工程质量问题") and names[1] == "一般工程质量问题"


def test_headings_that_take_a_complainant_not_satisfied_on_are_levels_named_as_written(tmp_path):
    # In person / If Unresolved (Word headings): the second is the tier a complaint goes to when the first did not
    # settle it; headings of acts every complaint goes through are no tiers
    def levels_of(second: str) -> list[str]:
        document = docx.Document()
        document.add_heading("Complaints Procedure", 0)
        document.add_heading("How to Complain", 1)
        document.add_heading("In person", 2)
        document.add_paragraph(
            "Voice complaint verbally, to the person-in-charge of shift, within 24 hours of incident, who should attempt "
            "to resolve it on the spot."
        )
        document.add_heading(second, 2)
        document.add_paragraph(
            "Voice complaint verbally to the Manager within 48 hours of incident, who will attempt to resolve the issue."
        )
        source = tmp_path / "plan.docx"
        document.save(source)
        return _names(import_document(source).data.get("levels", []))

    assert levels_of("If Unresolved") == ["In person", "If Unresolved"]
    assert levels_of("Investigation") == []


def test_a_grading_announced_by_its_count_names_the_grades_after_it():
    # the count first, the grades after 分别为; the grades first, what each does after 分别 (not grades)
    assert overview("预案将突发事件分为三个等级，分别为：特大突发事件级，重大突发事件级和一般突发事件级。") == [
        "特大突发事件级",
        "重大突发事件级",
        "一般突发事件级",
    ]
    assert overview("投诉分为三级，分别为一般投诉、较大投诉和重大投诉。") == ["一般投诉", "较大投诉", "重大投诉"]
    assert overview("分为一般、较大、重大三级，分别由支行、分行、总行处置。") == ["一般", "较大", "重大"]


def test_a_complaint_taken_on_each_time_the_answer_did_not_satisfy_gives_a_level_per_post(tmp_path: Path):
    english = tmp_path / "procedure.md"
    english.write_text(
        "# Complaints procedure\n\n## How we deal with your complaint\n\n"
        "If you make a complaint, the Customer Services Team will reply within 10 working days.\n\n"
        "If you are not satisfied with the first response, you can write to the Operations Manager, who will reply "
        "within 15 working days.\n\n"
        "If you remain dissatisfied, you can write to the Managing Director, who will review the case.\n",
        encoding="utf-8",
    )
    data = import_document(english).data
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert [(lv["name"], roles[lv["lead"]], lv.get("criteria")) for lv in data["levels"]] == [
        ("Customer Services Team", "Customer Services Team", "If you make a complaint"),
        ("Operations Manager", "Operations Manager", "If you are not satisfied with the first response"),
        ("Managing Director", "Managing Director", "If you remain dissatisfied"),
    ]
    # items one after another, each taking the complaint on; the deputy is not the general manager
    chinese = tmp_path / "办法.txt"
    chinese.write_text(
        "客户投诉处理办法\n\n一、处理程序\n\n1、客服部受理客户投诉，并在5个工作日内答复客户。\n"
        "2、客户对答复不满意的，可向分管副总经理反映，分管副总经理应在10个工作日内答复。\n"
        "3、客户仍不满意的，可向总经理申诉，总经理在15个工作日内作出最终答复。\n",
        encoding="utf-8",
    )
    data = import_document(chinese).data
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert [(roles[lv["lead"]], lv.get("criteria")) for lv in data["levels"]] == [
        ("客服部", None),
        ("分管副总经理", "客户对答复不满意"),
        ("总经理", "客户仍不满意"),
    ]
    # a case ends before its act, whatever noun the act names (可向总经理申诉 is no part of the case)
    assert "客户仍不满意" in [s["title"] for s in data["scenarios"]]


def test_a_single_escalation_when_not_satisfied_grades_nothing(tmp_path: Path):
    source = tmp_path / "procedure.md"
    source.write_text(
        "# Complaints procedure\n\nThe Customer Services Team will reply within 10 working days. If you are not "
        "satisfied, you can write to the Operations Manager.\n",
        encoding="utf-8",
    )
    assert import_document(source).data["levels"] == []


def test_first_second_and_final_steps_a_complaint_is_taken_through_are_levels(tmp_path: Path):
    document = docx.Document()
    document.add_heading("Complaint Resolution", 0)
    for title, text in [
        (
            "First Step: Immediate Supervisor",
            "Bring the problem to your immediate supervisor. The supervisor will reply within five working days.",
        ),
        (
            "Second Step: Department Head",
            "If the problem is not resolved in the first step, refer it in writing to the department head, who will "
            "reply within five working days.",
        ),
        ("Final Step: Human Resources", "If you are still not satisfied, refer the matter to Human Resources."),
    ]:
        document.add_heading(title, 1)
        document.add_paragraph(text)
    path = tmp_path / "procedure.docx"
    document.save(str(path))
    data = import_validated(path)
    assert [lv["name"] for lv in data["levels"]] == [
        "First Step: Immediate Supervisor",
        "Second Step: Department Head",
        "Final Step: Human Resources",
    ]


def test_crises_graded_like_any_event():
    assert overview("按服务危机事件严重程度、性质和影响，分为一般危机、重要危机和重大危机。") == [
        "一般危机",
        "重要危机",
        "重大危机",
    ]


def test_posts_in_lower_case_a_complaint_is_turned_over_to_are_roles_and_levels(tmp_path: Path):
    source = tmp_path / "policy.md"
    source.write_text(
        "# Complaints Policy\n\n## Response and Resolution\n\n"
        "The person responsible for the complaint must attempt to settle the matter within 10 business days. If it is "
        "still unresolved after this time, the file will be turned over to the corresponding director or vice "
        "president.\n\n"
        "If the vice president is unsuccessful in bringing about a resolution, the complaint will be escalated to the "
        "president/executive director.\n",
        encoding="utf-8",
    )
    data = import_validated(source)
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert [roles[lv["lead"]] for lv in data["levels"]] == [
        "Person responsible for the complaint",
        "Corresponding director or vice president",
        "President/executive director",
    ]


def test_a_grade_named_in_passing_then_defined_by_its_cases_after_a_numbered_label(tmp_path: Path):
    document = docx.Document()
    document.add_heading("客户投诉管理制度", 0)
    document.add_heading("一、组织", 1)
    document.add_paragraph("1.3 成立由总经理任组长的危机事件处理小组，负责重大客户投诉的预警管理及处理；")
    document.add_heading("二、处理", 1)
    document.add_paragraph(
        "2.5 重大客户投诉包括：重复投诉、向厂方投诉、堵门、闹事、退换车、媒体负面报道；重大投诉应在24小时内上报。"
    )
    path = tmp_path / "制度.docx"
    document.save(str(path))
    data = import_validated(path)
    assert [(lv["name"], lv.get("criteria")) for lv in data["levels"]] == [
        ("重大客户投诉", "重复投诉、向厂方投诉、堵门、闹事、退换车、媒体负面报道")
    ]


def test_complaints_graded_by_their_nature_are_levels_a_fault_graded_for_a_sanction_is_not(tmp_path):
    # 其情节重大者…；其属一般性质者… of a complaint (heldout135); 情节严重的，给予记过处分 grades a fault, no case
    graded = "客户投诉管理制度\n一、处理\n1、对客户的抱怨，其情节重大者，技术部应即提呈副总经理核阅；其属一般性质者，技术部自行处理。\n"
    assert _names(_levels(tmp_path, graded)) == ["一般性质", "情节重大"]
    fault = "客户投诉管理制度\n一、处理\n1、员工违反规定，情节轻微的，给予批评教育；情节严重的，给予记过处分。\n"
    assert _levels(tmp_path, fault) == []


def test_stages_that_open_their_own_sentences_are_levels(tmp_path):
    # Stage 1 allows five working days…; Stage 2 deals with those that have not have been resolved at Stage 1 (the
    # page's own slip kept): the stage the subject of its sentence, no colon after it (heldout142)
    text = (
        "# Complaints\n\nOur complaints process provides two opportunities to resolve complaints internally:\n\n"
        "Stage 1 allows five working days or less to reply to your complaint.\n\n"
        "Stage 2 deals with complaints that have not have been resolved at Stage 1.\n"
    )
    levels = _levels(tmp_path, text, ".md")
    assert _names(levels) == ["Stage 1", "Stage 2"]
    assert levels[0]["criteria"] == "Stage 1 allows five working days or less to reply to your complaint"


def test_a_handling_in_tiers_announced_over_its_items_gives_a_level_per_item(tmp_path):
    # 四、突发事件采取三级处理机制： / 逐级处理逐级汇报的原则： / 1、… 2、… 3、… (heldout144)
    levels = _levels(
        tmp_path,
        "交房应急预案\n一、处理机制\n突发事件采取三级处理机制：\n逐级处理逐级汇报的原则：\n1、所有事件先由部门经理进行处理。\n"
        "2、如超出权限范围，则需向公司领导进行汇报。\n3、由总经理协调处理。\n",
    )
    assert _names(levels) == ["第一级", "第二级", "第三级"]
    assert levels[2]["criteria"] == "由总经理协调处理"


def test_a_grade_by_nature_in_a_paragraph_that_also_speaks_of_sanctions(tmp_path):
    # 对投诉举报案件实行责任追究制。一般性案件…；情节严重的投诉案件，…: the sanction is another sentence's (heldout146)
    levels = _levels(
        tmp_path,
        "投诉举报制度\n一、处理\n1、对投诉举报案件实行责任追究制。一般性案件必须在一周内作出处理；情节严重的投诉案件，要及时报学会领导。\n",
    )
    assert _names(levels) == ["一般性案件", "情节严重的投诉案件"]


def test_a_heading_that_sets_how_grave_an_incident_is_holds_the_levels(tmp_path):
    # 二、质量事故程度界定 / 1. 一般事故:经济损失在1000元以下 … (heldout147): the grades under it, not those a later
    # paragraph names in passing
    levels = _levels(
        tmp_path,
        "质量问题投诉处理办法\n一、质量事故程度界定\n1. 一般事故:经济损失在1000元以下\n2. 严重事故:经济损失1000元以上\n"
        "3. 重大事故:经济损失5000元以上\n二、处理权限\n一般事故、严重事故由营销总监裁定。重大事故报总经理裁定。\n",
    )
    assert [(lv["name"], lv.get("criteria")) for lv in levels] == [
        ("一般事故", "经济损失在1000元以下"),
        ("严重事故", "经济损失1000元以上"),
        ("重大事故", "经济损失5000元以上"),
    ]


def test_a_table_of_grades_gives_each_grade_its_times_from_every_time_column(tmp_path):
    # 故障级别 | 响应时间 | 故障解决时间, a cell with two spans (30分钟，2小时内提交故障处理方案) (heldout158)
    d = docx.Document()
    d.add_heading("运维服务简介", 0)
    d.add_paragraph("服务响应时间：")
    add_table(
        d,
        [
            ["故障级别", "响应时间", "故障解决时间"],
            ["I级：属于紧急问题；系统崩溃导致业务停止。", "30分钟，2小时内提交故障处理方案", "12小时以内"],
            ["II级：属于严重问题；系统性能下降但能正常运行。", "30分钟，2小时内提交故障处理方案", "24小时以内"],
        ],
    )
    path = tmp_path / "ops.docx"
    d.save(path)
    data = import_document(path).data
    assert _names(data["levels"]) == ["II级", "I级"]  # the least severe first, as the format lists levels
    assert [(t["what"], t["within"]) for t in data["time_limits"]][:3] == [
        ("I级响应时间", "30min"),
        ("I级提交故障处理方案", "2h"),
        ("I级故障解决时间", "12h"),
    ]


def test_phases_are_stages_and_an_informal_stage_before_the_first_is_the_first_tier(tmp_path: Path):
    text = (
        "# Complaints and Grievance Procedure\n\n"
        "## Pre-Phase\n\nIn any complaint, we advise that the issue is first raised with the person it concerns.\n\n"
        "## Phase 1 (Official)\n\n1. The complaint must be sent in writing to the Club Manager within seven working days.\n\n"
        "2. The Club Manager will reply within ten working days.\n\n"
        "## Phase 2\n\n1. If the person still feels unsatisfied after the proposed solution, they must appeal in writing "
        "to the Chair.\n\n2. The Chair will arrange a meeting within fourteen working days.\n\n"
        "## Phase 3\n\n1. If there is further dissatisfaction, the Board will hear the appeal.\n"
    )
    levels = _levels(tmp_path, text, ".md")
    assert _names(levels) == ["Pre-Phase", "Phase 1 (Official)", "Phase 2", "Phase 3"]
    assert [level.get("criteria") for level in levels[2:]] == [
        "If the person still feels unsatisfied after the proposed solution",
        "If there is further dissatisfaction",
    ]
    # an informal process before a Stage one that takes the dissatisfied complainant on (a copy cut after Stage one)
    informal = (
        "# How to make a complaint\n\n## Informal process\n\nMost people want a complaint dealt with quickly, so we "
        "first try to resolve it informally.\n\n## Formal process\n\n### Stage one\n\nIf the complainant is not "
        "satisfied with the outcome of the informal process, they should write to the Service Manager.\n\n"
        "The Service Manager will acknowledge the complaint within 7 working days.\n"
    )
    assert _names(_levels(tmp_path, informal, ".md")) == ["Informal process", "Stage one"]


def test_simple_and_more_serious_complaints_each_opening_a_sentence_are_tiers(tmp_path: Path):
    text = (
        "# Complaints Policy\n\n## Procedure\n\nAll complaints must be logged in the complaints book.\n\n"
        "Simple complaints may be resolved via a phone call and logged on the client's record.\n\n"
        "More serious complaints must be responded to in writing by the senior veterinary surgeon.\n"
    )
    levels = _levels(tmp_path, text, ".md")
    assert [(level["name"], level["criteria"]) for level in levels] == [
        ("Simple", "Simple complaints may be resolved via a phone call and logged on the client's record"),
        ("More serious", "More serious complaints must be responded to in writing by the senior veterinary surgeon"),
    ]
    # one of them alone is no grading
    assert _levels(tmp_path, text.replace("Simple complaints", "Complaints"), ".md") == []


def test_a_complaint_handed_on_tier_by_tier_when_the_one_before_cannot_settle_it_gives_a_level_per_tier(tmp_path: Path):
    text = (
        "# Complaints procedure\n\n## Who should handle a complaint?\n\n"
        "- The library manager should handle any complaint raised by a customer in the first instance.\n"
        "- If the library manager is not able to handle the complaint to the complainant's satisfaction, they should "
        "refer it to the Executive Library Manager for them to handle. If the Executive Library Manager is not able to "
        "handle the complaint to the complainant's satisfaction, it should be escalated to the Chief Executive.\n"
    )
    levels = _levels(tmp_path, text, ".md")
    assert [(level["name"], level.get("criteria"), level.get("lead")) for level in levels] == [
        ("Library manager", None, "library-manager"),
        (
            "Executive Library Manager",
            "If the library manager is not able to handle the complaint to the complainant's satisfaction",
            "executive-library-manager",
        ),
        (
            "Chief Executive",
            "If the Executive Library Manager is not able to handle the complaint to the complainant's satisfaction",
            "chief-executive",
        ),
    ]
    # no condition said without a comma is lost: "If you remain unsatisfied you can request an escalation to …"
    bare = (
        "# Complaints Policy\n\n## The complaints process\n\n- The Practice Manager will reply within 3 working days.\n"
        "- If you remain unsatisfied you can request an escalation to the Senior Management team.\n"
        "- If the outcome remains unsettled, you can escalate the complaint further to the Client Mediation Service.\n"
    )
    assert _names(_levels(tmp_path, bare, ".md"))[-2:] == ["Senior Management team", "Client Mediation Service"]


def test_review_and_appeal_headings_after_the_first_are_tiers(tmp_path: Path):
    text = (
        "# Complaints procedure\n\n## If you're unhappy with our service\n\nTo complain about our service:\n\n"
        "- speak to a member of staff and we'll record your feedback\n\nWe aim to respond within 10 working days.\n\n"
        "## Review\n\nIf you're not happy with the reply to your complaint, you can ask a senior manager to carry out a "
        "review. The manager will aim to respond to you within 10 working days.\n\n"
        "## Appeal\n\nIf you're not satisfied with the senior manager's review of your complaint, you can appeal to the "
        "User Investigations Team. They will aim to respond to you within 15 working days.\n"
    )
    levels = _levels(tmp_path, text, ".md")
    assert _names(levels) == ["If you're unhappy with our service", "Review", "Appeal"]
    assert levels[2]["criteria"] == "If you're not satisfied with the senior manager's review of your complaint"


def test_escalation_and_external_procedure_headings_after_the_normal_one_are_tiers(tmp_path: Path):
    text = (
        "# Customer Complaints Policy\n\n## Normal Procedure\n\nIf the admin staff receive a complaint and it is "
        "considered valid, it is dealt with by the engineer.\n\n## Escalation Procedure\n\nIf a complaint is not resolved "
        "under normal procedure the stage 2 Escalation procedure is used.\n\nThe manager will reply within 10 working "
        "days.\n\n## External Procedure\n\nIf a complaint is not resolved under Stage 2 it will then be escalated to the "
        "Trading Standards service.\n"
    )
    assert _names(_levels(tmp_path, text, ".md")) == ["Normal Procedure", "Escalation Procedure", "External Procedure"]


def test_stages_that_direct_the_complaint_further_and_an_early_resolution_then_investigation_are_tiers(tmp_path: Path):
    run_in = (
        "# Complaints Procedure\n\nWe will acknowledge receipt of your complaint within 1 working day.\n\n"
        "Stage one: All complaints will be directed to the property manager.\n\n"
        "Stage two: Complaint will be further directed to Head of Department and a response sent within 5 working days.\n\n"
        "Stage three: Complaint will be directed to Managing Director and a response sent within 10 working days.\n"
    )
    assert _names(_levels(tmp_path, run_in, ".md")) == ["Stage one", "Stage two", "Stage three"]
    headed = (
        "# Complaints Handling Procedure\n\n## Early Resolution\n\nFor issues that are straightforward and easily "
        "resolved. We apologise or explain on the spot, within five working days.\n\n## Investigation\n\nFor issues that "
        "have not been resolved at the early resolution stage. A definitive response is provided within 20 working days.\n"
    )
    assert _names(_levels(tmp_path, headed, ".md")) == ["Early Resolution", "Investigation"]


def test_a_table_whose_first_column_is_headed_stage_gives_a_level_per_row(tmp_path: Path):
    text = (
        "# Complaints, Appeals & Grievances\n\n## Customer Satisfaction\n\nThe timeframe below starts when a complaint "
        "becomes formal.\n\n| Stage | Procedure | Timeframe |\n|---|---|---|\n| Informal Complaints | | Day 1 |\n"
        "| Formal Complaints | | Within 12 working days |\n| Appeals Process | | Within 5 working days |\n"
    )
    assert _names(_levels(tmp_path, text, ".md")) == ["Informal Complaints", "Formal Complaints", "Appeals Process"]


def test_a_grading_into_primary_intermediate_and_advanced_names_each_grade_with_what_it_grades(tmp_path: Path):
    text = (
        "服务纠纷处理机制\n第二章 纠纷类型分级\n平台将纠纷按严重程度分为初级、中级、高级三个等级,并制定相应的处置预案。\n"
        "2.1 初级纠纷(体验瑕疵类)\n导师迟到10分钟以内的，由客服协调补课。\n"
    )
    names = _names(_levels(tmp_path, text))
    assert "中级纠纷" in names and "高级纠纷" in names and any(n.startswith("初级纠纷") for n in names)
    assert severity("初级纠纷") < severity("中级纠纷") < severity("高级纠纷")
    assert severity("高级管理人员") is None


def test_a_later_stage_taken_on_when_the_first_response_is_not_satisfactory(tmp_path: Path):
    text = (
        "# Complaints Procedure\n\n## What will happen when I complain?\n\n### STAGE 1\n\nIf you make a complaint, the "
        "relevant Department will contact you within 10 working days.\n\n### STAGE 2\n\nIf the first response is not "
        "satisfactory, you can write directly to the Aquarium Manager, who will reply within 15 working days.\n"
    )
    assert _names(_levels(tmp_path, text, ".md")) == ["STAGE 1", "STAGE 2"]


def test_steps_that_take_the_dissatisfied_complainant_on_twice_are_tiers(tmp_path: Path):
    # no stage is named and nobody the text gives a role: the conditions alone say a complaint goes further
    text = (
        "# Complaints Policy\n\n## How to complain\n\n"
        "1. The manager on duty will try to resolve the matter straight away.\n"
        "2. If the issue remains unresolved, please write to our head office within 28 days.\n"
        "3. If the matter is still not resolved, please write to the Ombudsman within six months.\n"
    )
    levels = _levels(tmp_path, text, ".md")
    assert [(level["name"], level.get("criteria")) for level in levels] == [
        ("How to complain", None),
        ("Tier 2", "If the issue remains unresolved"),
        ("Ombudsman", "If the matter is still not resolved"),
    ]
    # one such step is a next step, not a second tier; in Chinese a tier is named by who takes it, else numbered
    assert _levels(tmp_path, text.replace("If the matter is still not resolved, please", "Please"), ".md") == []
    chinese = (
        "投诉处理办法\n一、处理流程\n1.客户投诉由客服中心受理并登记。\n2.若客户对处理结果不满意，由分管领导组织复核。\n"
        "3.若对复核结果仍有异议，可向监管部门反映。\n"
    )
    assert [(level["name"], level.get("criteria")) for level in _levels(tmp_path, chinese)][1:] == [
        ("分管领导", "若客户对处理结果不满意"),
        ("监管部门", "若对复核结果仍有异议"),
    ]
    unnamed = chinese.replace("由分管领导组织复核", "将组织复核").replace("可向监管部门反映", "可再次申请复核")
    assert [level["name"] for level in _levels(tmp_path, unnamed)][1:] == ["复核", "第三层"]  # named by the review


def test_a_case_whose_grading_word_is_also_a_quantifier_is_read_not_stopped_on(tmp_path: Path):
    # 个别 grades a case (个别老人…) and is cut as a quantifier (个别部门): the grade is read before the cut
    assert complexity_tiers("小型火险未酿成人员受伤事故的；个别老人疑似食物中毒,身体状况已好转的") == []
    text = (
        "颐养院发生意外事件报告制度\n一、一般意外事件\n小型火险未酿成人员受伤事故的；老年人意外滑跌,未造成大面积擦伤、骨裂的；"
        "个别老人疑似食物中毒,身体状况已好转的。\n二、报告程序\n员工发现意外事件后，应在1小时内报告主任。\n"
    )
    data = _draft(tmp_path, text)
    assert _periods(data) == ["1h"]


def test_grades_announced_bare_take_the_full_names_the_text_goes_on_to_use_and_their_criteria(tmp_path: Path):
    text = (
        "投诉管理制度\n一、投诉定级规定\n按照客户投诉的严重程度分为普通、严重、重大三级。普通投诉按照普通投诉流程进行解决。"
        "严重投诉由主管跟进并回复银行。重大投诉由公司与银行共同解决。\n"
        "投诉划分的具体原则为:\n1.普通投诉:银行通过客服部门收到对公司的投诉,反馈给公司进行解决的投诉;\n"
    )
    levels = _levels(tmp_path, text)
    assert [(level["name"], level.get("criteria")) for level in levels] == [
        ("普通投诉", "银行通过客服部门收到对公司的投诉,反馈给公司进行解决的投诉"),
        ("严重投诉", None),
        ("重大投诉", None),
    ]


def _table_then_heading(tmp_path: Path, heading: str, rows: list[list[str]], after: str, text: str) -> list[dict]:
    """The levels of a Word plan: a heading over a table, then another heading over a paragraph."""
    document = docx.Document()
    document.add_paragraph("Complaints Policy", style="Title")
    document.add_heading(heading, level=1)
    add_table(document, rows)
    document.add_heading(after, level=1)
    document.add_paragraph(text)
    source = tmp_path / "plan.docx"
    document.save(source)
    return import_document(source).data.get("levels", [])


def test_a_procedure_in_a_table_then_an_escalation_heading_are_two_tiers(tmp_path: Path):
    rows = [
        ["Step", "Action", "Timescale"],
        ["1", "Acknowledge receipt of complaint", "Within 1 working day"],
        ["2", "Investigate the complaint", "Within 5 working days"],
    ]
    escalated = "If the client is not satisfied with the resolution, the complaint is escalated to the Company Director."
    levels = _table_then_heading(tmp_path, "Complaint Handling Steps", rows, "Escalation", escalated)
    assert [(level["name"], level.get("criteria")) for level in levels][1:] == [
        ("Escalation", "If the client is not satisfied with the resolution")
    ]
    assert levels[0]["name"] == "Complaint Handling Steps"


def test_making_an_informal_then_a_formal_complaint_are_two_tiers(tmp_path: Path):
    text = (
        "# Complaints Procedure\n\n## Making an Informal Complaint\n\n"
        "An informal complaint can be made by telephone or in writing to your account manager, who will try to resolve "
        "it. If the matter is not resolved at this stage, please put your complaint in writing to the Director.\n\n"
        "## Making a Formal Complaint\n\n"
        "Upon receipt of your written formal complaint an acknowledgement will be sent to you within 1 working day.\n\n"
        "The Director will investigate the complaint and reply to you within 4 working days.\n"
    )
    assert _names(_levels(tmp_path, text, ".md")) == ["Making an Informal Complaint", "Making a Formal Complaint"]
    # with nothing said of a complaint the first did not resolve, the two headed ways are still the tiers: six of the
    # seven open-set transcriptions of such documents grade them (2026-12-07; before, they were kinds of complaint)
    plain = text.replace(
        " If the matter is not resolved at this stage, please put your complaint in writing to the Director.", ""
    )
    assert _names(_levels(tmp_path, plain, ".md")) == ["Making an Informal Complaint", "Making a Formal Complaint"]


def test_a_dissatisfied_complainant_taken_on_to_a_separate_review_is_a_second_tier(tmp_path: Path):
    text = (
        "# Complaints Procedure\n\n## What will happen next?\n\n"
        "We will send you a letter acknowledging receipt of your complaint within three working days.\n\n"
        "We will then investigate your complaint and write to you within 15 working days.\n\n"
        "If, at this stage, you are still not satisfied, you should contact us again and we will arrange for a separate "
        "review to take place by a Group Director.\n"
    )
    assert [(level["name"], level.get("criteria")) for level in _levels(tmp_path, text, ".md")] == [
        ("What will happen next?", None),
        ("Separate review", "If, at this stage, you are still not satisfied"),
    ]
    # one such step that reviews nothing of ours is a next step, not a tier
    other = text.replace("we will arrange for a separate review to take place by a Group Director", "we will call you back")
    assert _levels(tmp_path, other, ".md") == []


def test_a_table_whose_first_column_is_headed_category_gives_a_level_per_row(tmp_path: Path):
    rows = [
        ["Category", "Priority", "Description"],
        ["1", "Urgent, high business risk", "Includes risk to workers and harassment"],
        ["2", "Non-urgent, lower business risk", "Could include complaints on payments"],
    ]
    acknowledged = "We will acknowledge every complaint within 2 business days."
    levels = _table_then_heading(tmp_path, "Categories of complaints", rows, "Procedure", acknowledged)
    assert [(level["name"], level.get("criteria")) for level in levels] == [
        ("Category 1", "Priority: Urgent, high business risk; Description: Includes risk to workers and harassment"),
        ("Category 2", "Priority: Non-urgent, lower business risk; Description: Could include complaints on payments"),
    ]


def test_an_informal_first_stage_that_ends_with_what_it_could_not_resolve_makes_the_stages_tiers(tmp_path: Path):
    text = (
        "# Complaints procedure\n\n## Stage 1 – Informal Resolution\n\nMany matters can be resolved quickly and "
        "informally by speaking to a member of staff.\n\nIf the matter cannot be resolved informally or if it is deemed "
        "more serious, it will move to Stage 2.\n\n## Stage 2 – Formal Resolution\n\n"
        "Please put your complaint in writing to the Chapter Office. We will reply within 10 working days.\n"
    )
    assert _names(_levels(tmp_path, text, ".md")) == ["Stage 1 – Informal Resolution", "Stage 2 – Formal Resolution"]


def test_a_later_stage_that_takes_on_what_informal_talks_have_not_settled_makes_the_stages_tiers(tmp_path: Path):
    text = (
        "# Complaints procedure\n\n## Stage One\n\nIf a parent has a complaint about some aspect of the club's "
        "activity, the Manager will discuss it with them informally.\n\n## Stage Two\n\n"
        "If informal discussions of a complaint have not produced a satisfactory resolution to the situation, the "
        "parent should put the complaint in writing to the Manager, who will reply within five working days.\n"
    )
    assert _names(_levels(tmp_path, text, ".md")) == ["Stage One", "Stage Two"]


def test_a_later_stages_criteria_are_the_condition_the_stage_before_sends_it_on_by(tmp_path):
    text = (
        "Complaints Procedure\n\n1. Procedure\n\nStage 1 – Informal\n\n"
        "Most complaints can be resolved informally by the member of staff you dealt with.\n\n"
        "If the matter cannot be resolved informally, it will move to Stage 2.\n\n"
        "Stage 2 – Formal\n\nThe Manager will investigate and send you a final response within 8 weeks.\n\n"
        "If you remain dissatisfied, you may refer your complaint to the Financial Services and Pensions Ombudsman.\n"
    )
    data = _draft(tmp_path, text)
    levels = data["levels"]
    assert _names(levels) == ["Stage 1 – Informal", "Stage 2 – Formal"]
    assert levels[1]["criteria"] == "If the matter cannot be resolved informally"
    # the way out to a body outside is no stage's way in
    assert [role["title"] for role in data["organisation"]["roles"]] == ["Member of staff", "Manager"]
    alone = text.replace("If the matter cannot be resolved informally, it will move to Stage 2.\n\n", "")
    assert _levels(tmp_path, alone)[1].get("criteria") != "If you remain dissatisfied"


def test_a_stage_named_before_a_dash_titles_its_scenario_and_its_condition_is_the_criteria(tmp_path):
    text = (
        "# Customer Complaints Policy\n\n## Complaints Procedure\n\n"
        "- Stage 1: Acknowledgement - We will acknowledge receipt of the complaint within three working days.\n"
        "- Stage 2: Investigation - We will investigate the complaint and reply within ten working days.\n"
        "- Stage 3: Appeal - If the customer is not satisfied with the response received in Stage 2, they can appeal. "
        "The appeal will be reviewed by a senior member of staff.\n"
    )
    data = _draft(tmp_path, text, ".md")
    assert [s["title"] for s in data["scenarios"]] == ["Stage 1: Acknowledgement", "Stage 2: Investigation", "Stage 3: Appeal"]
    assert data["scenarios"][0]["actions"][0]["do"] == "We will acknowledge receipt of the complaint within three working days"
    assert data["levels"][2]["criteria"] == "If the customer is not satisfied with the response received in Stage 2"


def test_items_opening_with_severe_and_major_grades_are_two_levels_with_their_codes(tmp_path):
    # 严重 and 重大 share a rank but are two grades of one scale; the code after the grade is part of its name
    text = (
        "网络故障处理规定\n\n一、网络故障处理时限\n故障处理时限是指故障修复完毕的时间。\n"
        "一、重大故障(S1),故障处理时限≤4小时,业务抢通时限≤60分钟;\n"
        "二、严重故障(S2),故障处理时限≤6小时,业务抢通时限≤90分钟;\n"
        "三、一般故障(S3),故障处理时限≤24小时,业务抢通时限≤180分钟。\n"
    )
    levels = _levels(tmp_path, text)
    assert sorted(_names(levels)) == ["一般故障(S3)", "严重故障(S2)", "重大故障(S1)"]
    assert {level["name"]: level["criteria"] for level in levels}["严重故障(S2)"] == "故障处理时限≤6小时,业务抢通时限≤90分钟"


def test_a_first_stage_with_no_stage_after_it_is_a_tier_and_its_first_deadline_stays_a_time_limit(tmp_path):
    # a page cut off in Stage 1 (or one that names no later stage): the first tier of a tiered procedure all the same
    text = (
        "# Complaints Procedure\n\nWe aim to resolve complaints quickly.\n\n## Stage 1\n\n"
        "The complaint will be formally acknowledged within 48 hours and logged within 2 working days.\n\n"
        "The Director will investigate and respond in writing.\n"
    )
    data = _draft(tmp_path, text, ".md")
    assert _names(data["levels"]) == ["Stage 1"]
    assert data["scenarios"][0]["level"] == data["levels"][0]["id"]
    assert sorted(_periods(data)) == ["2wd", "48h"]
    # a stage's first sentence is its criteria and its deadline all the same, when there are two stages too
    two = text + "\n## Stage 2\n\nIf you are not satisfied, the Chief Executive will review the complaint.\n"
    data = _draft(tmp_path, two, ".md")
    assert _names(data["levels"]) == ["Stage 1", "Stage 2"]
    assert sorted(_periods(data)) == ["2wd", "48h"]
    # a lone step, or a stage that is not the first, is no tier
    assert _levels(tmp_path, text.replace("## Stage 1", "## Step 1"), ".md") == []
    assert _levels(tmp_path, text.replace("## Stage 1", "## Stage 2"), ".md") == []


def test_a_formal_step_taken_on_when_the_informal_one_is_not_appropriate_or_satisfactory_makes_the_steps_tiers(tmp_path):
    text = (
        "# Complaints Procedure\n\n## Making a Complaint\n\n### Step 1: Informal Resolution\n\n"
        "Many issues can be resolved quickly and informally with a member of staff.\n\n### Step 2: Formal Complaint\n\n"
        "If informal resolution is not appropriate or satisfactory, a formal complaint may be submitted to the "
        "Complaints Officer.\n"
    )
    levels = _levels(tmp_path, text, ".md")
    assert _names(levels) == ["Step 1: Informal Resolution", "Step 2: Formal Complaint"]
    assert levels[1]["criteria"] == "If informal resolution is not appropriate or satisfactory"


def test_ordinary_difficult_and_major_complaints_are_three_levels_and_their_amounts_cap_nothing(tmp_path):
    # 一般 < 疑难 < 重大: the amounts in the definitions bound the levels; no post may pay them
    text = (
        "某保险公司客户投诉管理办法\n3. 术语和定义\n"
        "3.1 一般投诉件:指案情清晰,分支机构按照一般处理程序即可解决或一件投诉案使公司遭受的直接经济损失在5000元(含)以下的投诉件。\n"
        "3.2 疑难投诉件:指有重大或恶劣影响或一件投诉案使公司遭受的直接经济损失在5000元-3万元的投诉件。\n"
        "3.3 重大投诉件:指一件投诉案使公司遭受的直接经济损失在3万元以上(含)的投诉件。\n"
        "4. 职责\n4.1 客户服务部负责投诉的受理和登记。\n"
    )
    data = _draft(tmp_path, text)
    assert _names(data["levels"]) == ["一般投诉件", "疑难投诉件", "重大投诉件"]
    assert data.get("limits", []) == []


def test_an_informal_stage_then_a_formal_one_are_tiers_however_the_text_says_the_complaint_goes_on(tmp_path):
    # Stage 1 – Informal Complaint / Stage 2 – Formal Complaint: the text says only that the formal stage is an option
    text = (
        "# Complaints Policy\n\n## Complaints Procedure\n\nThere is a three-stage process in place for complaints.\n\n"
        "### Stage 1 – Informal Complaint\n\nIn the first instance, the complaint should be made known to the staff member.\n\n"
        "That member of staff will try to resolve the matter within 5 working days but, if this is not possible, the "
        "complainant will have the option of making a formal complaint.\n\n### Stage 2 – Formal Complaint\n\n"
        "A formal complaint should be made in writing for the attention of the Service Manager.\n"
    )
    assert _names(_levels(tmp_path, text, ".md")) == ["Stage 1 – Informal Complaint", "Stage 2 – Formal Complaint"]
    # two stages every complaint goes through, neither informal, stay steps
    plain = (
        text.replace("Informal Complaint", "Receipt")
        .replace("Formal Complaint", "Investigation")
        .replace(
            "if this is not possible, the complainant will have the option of making a formal complaint", "then it is logged"
        )
    )
    assert _levels(tmp_path, plain, ".md") == []


def test_a_three_stage_process_listed_after_its_lead_in_is_three_tiers_when_the_later_ones_take_the_complaint_on(tmp_path):
    text = (
        "# ADR Procedure\n\nThe procedure for raising a complaint must follow a three-stage process:\n\n"
        "1. The complaint should be initially raised with an appropriate member of staff.\n"
        "2. If the complaint has not been resolved to satisfaction, it should be brought to the attention of the Duty Manager.\n"
        "3. Should there still be dissatisfaction with the outcome, the complaint should be put in writing to a Director.\n"
    )
    levels = _levels(tmp_path, text, ".md")
    assert _names(levels) == ["Stage 1", "Stage 2", "Stage 3"]
    assert levels[1]["criteria"].startswith("If the complaint has not been resolved to satisfaction")
    # three stages every complaint goes through are steps
    plain = (
        "# Procedure\n\nEvery complaint follows a three-stage process:\n\n1. We log the complaint.\n"
        "2. We investigate the complaint.\n3. We send our response.\n"
    )
    assert _levels(tmp_path, plain, ".md") == []


def test_an_escalated_complaint_after_the_initial_one_is_the_next_tier(tmp_path):
    text = (
        "# Complaints Procedure\n\n## 1. Initial Complaint\n\nStaff will acknowledge written complaints within 48 hours.\n\n"
        "If the complaint cannot be resolved, staff escalate it to management.\n\n## 2. Escalated Complaint\n\n"
        "Management will aim to resolve escalated complaints within 14 days where possible.\n"
    )
    assert _names(_levels(tmp_path, text, ".md")) == ["Initial Complaint", "Escalated Complaint"]


def test_two_levels_of_complaint_announced_before_a_numbered_list_are_two_levels(tmp_path):
    text = (
        "# Grievance procedure\n\nThe programme recognizes two levels of complaint:\n\n"
        "1. A complaint in which a participant feels unhappy with our service and wants to tell us.\n"
        "2. A written grievance requesting a follow-up response within 15 working days.\n\n"
        "Complaints are kept on file for three years.\n"
    )
    levels = _levels(tmp_path, text, ".md")
    assert _names(levels) == ["Level 1", "Level 2"]
    assert levels[1]["criteria"] == "A written grievance requesting a follow-up response within 15 working days"


def test_settled_informally_then_made_formally_are_two_tiers(tmp_path):
    # told in sentences, with no heading for either: the informal way first, then the formal complaint
    text = (
        "# Complaints Policy\n\n"
        "1. We aim to provide a good service to every client.\n\n"
        "2. In the first instance, attempts will be made to resolve the issues raised informally. "
        "An informal complaint may be raised by telephone.\n\n"
        "3. If the complaint cannot be resolved, a formal complaint should be made in writing to the Director, "
        "who will give a decision within 20 working days.\n"
    )
    data = _draft(tmp_path, text, ".md")
    levels = data["levels"]
    assert _names(levels) == ["Informal complaint", "Formal complaint"]
    assert levels[0]["criteria"] == "In the first instance, attempts will be made to resolve the issues raised informally"
    assert levels[1]["criteria"].startswith("If the complaint cannot be resolved, a formal complaint")
    assert "20wd" in _periods(data)  # the decision's deadline is read all the same
    # one word of formality is no tier
    once = "# Complaints\n\nPlease write to us with your formal complaint. We reply within 10 working days.\n"
    assert _levels(tmp_path, once, ".md") == []


def test_emoji_before_the_tier_headings_of_a_web_page_are_decoration(tmp_path):
    text = (
        "After-Sales Support\n\n⏱️ Staged Support System\n\n🚨 Tier 1: Critical Issues (Use WhatsApp)\n\n"
        "• Lost in-transit packages\n• Defective items causing safety hazards\n\n📦 Tier 2: Standard Requests (Email Only)\n\n"
        "• Return authorizations\n• Partial refund requests\n\n⚖️ Tier 3: Complex Disputes (Escalated)\n\n• Claims over $200\n"
    )
    levels = _levels(tmp_path, text)
    assert _names(levels) == ["Tier 1", "Tier 2", "Tier 3"]
    assert levels[2]["criteria"] == "Complex Disputes (Escalated)"


def test_a_complaint_taken_in_the_first_instance_then_made_formally_are_two_tiers(tmp_path):
    text = (
        "# Customer feedback\n\n"
        "If you are dissatisfied with the service you have received, in the first instance contact the person who dealt "
        "with your enquiry, as they are best placed to put matters right.\n\n"
        "Should the matter not be put right, you may wish to make a formal complaint in writing by post or e-mail.\n"
    )
    levels = _levels(tmp_path, text, ".md")
    assert _names(levels) == ["In the first instance", "Formal complaint"]
    assert levels[0]["criteria"].startswith("If you are dissatisfied with the service you have received, in the first")


def test_an_informal_way_and_the_formal_complaint_said_in_one_sentence_then_set_out_are_two_tiers(tmp_path):
    text = (
        "# Complaints\n\nYou might find that talking to the manager in charge of the service informally will resolve "
        "the situation, but if not you may wish to make a formal complaint.\n\n"
        "Formal complaints will be acknowledged within 7 working days, and an investigating manager will be appointed.\n"
    )
    levels = _levels(tmp_path, text, ".md")
    assert _names(levels) == ["Informal resolution", "Formal complaint"]
    assert levels[1]["criteria"].startswith("Formal complaints will be acknowledged")


def test_a_grade_in_a_contents_list_that_names_its_event_and_number_whole_is_the_level_name(tmp_path):
    # 3.1.1重大殡葬、祭祀突发事件(Ⅰ级) in a plan's contents (the stored text ends there): the whole line names the
    # level, not 重大 with 殡葬、祭祀突发事件(Ⅰ级) as its criteria
    levels = _levels(
        tmp_path,
        "某市殡葬突发事件应急预案\n1 总则\n1.1编制目的\n2 应急指挥体系及职责\n2.1应急指挥机构\n3 应急处置\n3.1事件分级\n"
        "3.1.1重大殡葬、祭祀突发事件(Ⅰ级)\n3.1.2较大殡葬、祭祀突发事件(Ⅱ级)\n3.1.3一般殡葬、祭祀突发事件(Ⅲ级)\n"
        "3.2先期处置\n3.3信息报告要求\n1 总则\n1.1编制目的\n为有效应对殡葬突发事件，制定本预案。\n",
    )
    assert [(lv["name"], lv.get("criteria")) for lv in levels] == [
        ("一般殡葬、祭祀突发事件(Ⅲ级)", None),
        ("较大殡葬、祭祀突发事件(Ⅱ级)", None),
        ("重大殡葬、祭祀突发事件(Ⅰ级)", None),
    ]


def test_an_informal_way_that_tells_how_to_make_a_formal_complaint_is_the_first_tier(tmp_path):
    # Informal Feedback, which ends by telling how to submit a formal complaint, then Formal Complaints: two tiers
    text = (
        "Informal Feedback\n"
        "If you have a problem that needs resolving, but feel that a formal investigation is not necessary, please "
        "speak to our staff at the practice.\n"
        "1. Always thank you for the feedback, and record it.\n"
        "2. Provide details of how to submit a formal complaint if appropriate.\n"
        "Formal Complaints\n"
        "If you have a concern that requires a more detailed investigation, please write to the manager.\n"
        "1. Provide written acknowledgement within three working days.\n"
        "2. Provide a written response within 10 working days.\n"
    )
    assert _names(_levels(tmp_path, text, ".md")) == ["Informal Feedback", "Formal Complaints"]


def test_an_important_complaint_is_a_grade_between_the_minor_and_the_major(tmp_path):
    # 售楼主管负责处理一般轻微投诉；销管部负责处理客户的重要投诉；公司副总经理负责处理重大投诉
    levels = _levels(
        tmp_path,
        "售楼部客户投诉处理程序\n一、目的\n规范客户投诉处理。\n二、职责\n"
        "2.1 售楼主管负责处理一般轻微投诉和每月的投诉统计。\n2.2 销管部负责处理客户的重要投诉和对售楼员的投诉。\n"
        "2.3 公司副总经理负责处理重大投诉和客户对项目经理的投诉。\n",
    )
    assert [lv["name"] for lv in levels] == ["轻微投诉", "重要投诉", "重大投诉"]


def test_stages_announced_and_named_in_sentences_are_the_levels(tmp_path):
    # "we have a two stage complaints procedure", then "at stage one" and "at stage two" in the sentences, no headings
    text = (
        "Support and Complaints Procedure\n\n"
        "If you have a specific complaint, then we have a two stage complaints procedure as follows.\n"
        "You can log a new support ticket with the Complaints Department, seen only by the support managers.\n"
        "If you are unhappy with the response you have received at stage one, you can refer your complaint to the CEO. "
        "Please mark it as a Stage Two Complaint so that it is dealt with at stage two.\n"
        "The CEO will then investigate your complaint and aim to respond within 20 working days.\n"
    )
    levels = _levels(tmp_path, text, ".md")
    assert [(lv["name"], lv["criteria"][:40]) for lv in levels] == [
        ("Stage one", "If you have a specific complaint, then w"),
        ("Stage Two", "Please mark it as a Stage Two Complaint "),
    ]
    # three stages announced, two named: no levels made up; stages every complaint goes through alike are no levels
    assert _levels(tmp_path, text.replace("two stage", "three stage"), ".md") == []
    assert _levels(tmp_path, text.replace("If you are unhappy with the response you have received", "Once we"), ".md") == []


def test_an_initial_complaint_then_a_formal_complaint_are_two_tiers(tmp_path: Path):
    text = (
        "# Complaints Policy\n\n## Initial Complaint\n\n"
        "You should initially raise concerns with the person dealing with you. A simple misunderstanding may have "
        "arisen which may be easily resolved.\n\n"
        "## Formal Complaint\n\n"
        "If the initial complaint is not resolved you can ask for the complaint to be considered as a formal complaint. "
        "A director will reply within 10 working days.\n"
    )
    levels = _levels(tmp_path, text, ".md")
    assert [(level["name"], level.get("criteria")) for level in levels] == [
        ("Initial Complaint", "You should initially raise concerns with the person dealing with you"),
        ("Formal Complaint", "If the initial complaint is not resolved"),
    ]
    # an initial response and a formal one, with nothing taken on from one to the other, are parts of one handling
    other = (
        text.replace("## Initial Complaint", "## Initial Response")
        .replace("## Formal Complaint", "## Formal Response")
        .replace(
            "If the initial complaint is not resolved you can ask for the complaint to be considered as a formal complaint. ", ""
        )
    )
    assert _levels(tmp_path, other, ".md") == []


def test_a_hotlines_ordinary_urgent_and_very_urgent_cases_are_levels(tmp_path: Path):
    text = (
        "市长公开电话工作制度\n第九条 承办。承办单位接到市民诉求转办件,一般件在5个工作日内向市长公开电话办公室和诉求人"
        "分别反馈办理结果;急件3个工作日内反馈办理结果;特急件当日限时反馈办理结果;属于政策咨询的,承办单位要给予准确答复。\n"
    )
    levels = _levels(tmp_path, text)
    assert [(level["name"], level["criteria"]) for level in levels] == [
        ("一般件", "在5个工作日内向市长公开电话办公室和诉求人分别反馈办理结果"),
        ("急件", "3个工作日内反馈办理结果"),
        ("特急件", "当日限时反馈办理结果"),
    ]
    # a 文件 or 条件 is no case graded by urgency
    assert _levels(tmp_path, "投诉处理制度\n一、收到文件后3日内办理;符合条件的当日办理。\n") == []


def test_an_informal_approach_then_a_formal_one_are_two_tiers_over_a_list_of_staff_between_them(tmp_path: Path):
    text = (
        "# Complaints Procedure\n\n## A: INFORMAL APPROACH to resolving complaints\n\n"
        "1. Talk through the issue with the appropriate member of staff within 10 working days.\n"
        "2. Appropriate members of staff:\n\n### Welfare Officer\n\nThe Welfare Officer will listen to you.\n\n"
        "## B: FORMAL APPROACH\n\n"
        "1. If the informal approach does not resolve the matter, you may make a formal complaint to the Principal.\n"
        "2. The Principal will reply within 10 working days.\n"
    )
    assert _names(_levels(tmp_path, text, ".md")) == ["A: INFORMAL APPROACH to resolving complaints", "B: FORMAL APPROACH"]


def test_grades_said_by_who_handles_them_are_levels_and_no_procedure_of_their_own(tmp_path: Path):
    text = (
        "支行客户投诉应急预案\n一、组织机构\n支行成立投诉处理领导小组，组长由支行行长担任。\n二、投诉分级\n"
        "客服经理负责处理一般投诉；支行行长负责处理重要投诉；重大投诉由领导小组负责处理。\n三、处置流程\n"
        "（一）接到投诉后，大堂经理应在10分钟内到场安抚客户。\n（二）客服经理在24小时内核实情况并答复客户。\n"
    )
    data = _draft(tmp_path, text, ".txt")
    assert _names(data["levels"]) == ["一般投诉", "重要投诉", "重大投诉"]
    assert [s["title"] for s in data["scenarios"]] == ["处置流程"]
    assert "x-unmapped" not in data  # the paragraph is read as the levels, not left over
    # each level led by the post that handles it, named before it (支行行长 holds the group's 组长)
    held = {r["id"]: (r["title"], r.get("holder")) for r in data["organisation"]["roles"]}
    assert [held.get(str(level.get("lead"))) for level in data["levels"][:2]] == [("客服经理", None), ("组长", "支行行长")]
    # a paragraph that says more than its grades is kept, with its position
    more = text.replace("重大投诉由领导小组负责处理。", "重大投诉由领导小组负责处理。处理完毕后归档。")
    assert [u["text"] for u in _draft(tmp_path, more, ".txt")["x-unmapped"]] == [
        "客服经理负责处理一般投诉；支行行长负责处理重要投诉；重大投诉由领导小组负责处理。处理完毕后归档。"
    ]


def test_warning_levels_set_as_four_colours_are_levels(tmp_path: Path):
    text = (
        "质量预警管理程序\n1 目的\n对产品质量进行监控。\n2 质量预警级别设置\n"
        "根据猎取的质量信息和潜在质量风险,将质量预警的级别设置为四级,分别为蓝色、黄色、橙色和红色。\n"
    )
    assert _names(_levels(tmp_path, text)) == ["蓝色", "黄色", "橙色", "红色"]


def test_recall_grades_named_only_with_their_deadlines_are_levels(tmp_path: Path):
    text = (
        "不安全食品召回制度\n一、召回程序\n"
        "1、自确认食品属于不安全食品之日起,一级召回在 1 日内,二级召回在 2 日内,三级召回在 3 日内,"
        "单位将通知有关销售者停止销售,通知消费者停止消费。\n"
    )
    assert _names(_levels(tmp_path, text)) == ["三级召回", "二级召回", "一级召回"]


def test_grades_in_articles_one_after_another_are_levels_whatever_stands_before_the_grade(tmp_path: Path):
    text = (
        "停车场管理规定\n第一条 停车场实行24小时值班。\n"
        "第二条 停车场内发生一般车辆刮蹭事故,可让双方车主自行解决处理,尽快恢复交通。\n"
        "第三条 如发生较大事故,保卫部应视情况向交管机关报案。\n"
    )
    assert _names(_levels(tmp_path, text)) == ["一般车辆刮蹭事故", "较大事故"]


def test_stages_listed_each_with_the_post_that_takes_it_are_levels_led_by_it(tmp_path: Path):
    """Stage 1 Nominated Director / Stage 2 Chief Executive after "escalated as follows:": two levels, each led by its
    post; the lines are no steps (found in round 120, a housing charity's policy)."""
    text = (
        "# Complaints Policy\n\n## Complaint Handling\n\nThe Housing Officer will acknowledge your complaint within two "
        "working days.\n\nWhere possible, complaints will be resolved by a senior manager. If that is not possible then "
        "the matter may be escalated as follows:\n\nStage 1 Nominated Director\n\nStage 2 Chief Executive\n"
    )
    data = _draft(tmp_path, text, ".md")
    titles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert [(lv["name"], titles[lv["lead"]]) for lv in data["levels"]] == [
        ("Stage 1", "Nominated Director"),
        ("Stage 2", "Chief Executive"),
    ]
    steps = [a["do"] for s in data["scenarios"] for a in s["actions"]]
    assert not any(s.startswith("Stage") for s in steps)
    # a line that says more than a post is no such list: its stage is left to the readers of stages
    said = text.replace("Stage 2 Chief Executive", "Stage 2 the Chief Executive will review the complaint")
    assert _levels(tmp_path, said, ".md") == []


def test_tiers_listed_each_with_its_post_after_a_lead_in_are_levels_and_the_lead_in_is_kept(tmp_path: Path):
    text = (
        "客户投诉处理办法\n一、处理程序\n1. 客服专员受理投诉并登记。\n2. 未能解决的投诉按以下层级逐级处理：\n"
        "第一级：部门经理\n第二级：分管副总经理\n第三级：总经理\n"
    )
    data = _draft(tmp_path, text)
    titles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert [(lv["id"], lv["name"], titles[lv["lead"]]) for lv in data["levels"]] == [
        ("level-1", "第一级", "部门经理"),
        ("level-2", "第二级", "分管副总经理"),
        ("level-3", "第三级", "总经理"),
    ]
    assert [a["do"] for s in data["scenarios"] for a in s["actions"]] == ["客服专员受理投诉并登记"]
    assert [u["text"] for u in data["x-unmapped"]] == ["未能解决的投诉按以下层级逐级处理："]


def test_tiers_named_only_in_sentences_that_escalate_to_the_last_are_levels(tmp_path: Path):
    """…resolved at level '1,' it stands closed. … it shall escalate to level 2: two levels, each with the first
    sentence that names it (found in round 122, an insurance broker's grievance policy)."""
    text = (
        "Grievance Policy\n\n1. The grievance shall be acknowledged on the same working day.\n"
        "2. If the matter is resolved at level \u20181,\u2019 it stands closed. If it remains unresolved within 7 working "
        "days, it shall escalate to level 2.\n"
    )
    levels = _levels(tmp_path, text)
    assert [(lv["name"], lv["criteria"]) for lv in levels] == [
        ("Level 1", "If the matter is resolved at level \u20181,\u2019 it stands closed"),
        ("Level 2", "If it remains unresolved within 7 working days, it shall escalate to level 2"),
    ]
    # a tier named alone, with nothing sent up to it, grades nothing
    assert _levels(tmp_path, text.replace("it shall escalate to level 2", "the level 2 team will be told")) == []


def test_a_levels_table_whose_column_says_what_the_level_is_then_what_is_done_gives_criteria_and_steps(tmp_path: Path):
    """Incident Level | Type of Incident and Response, a level's cell merged down over more rows: each level's first
    bullet is its criteria, the rest the steps of its response, the rows under it included (the table's text was all
    lost; found in round 123, a college's incident plan)."""
    source = table_under_heading(
        tmp_path / "incident.docx",
        "Incident Management Plan",
        "Incident levels",
        [
            ("Incident Level", "Type of Incident and Response"),
            ("Level 1", "\u2022 An incident dealt with internally. Principal to be kept informed."),
            ("Level 2", "\u2022 An incident closing a building. Principal to be informed immediately."),
            ("", "\u2022 Contact the Business Continuity Team and invoke the plan."),
        ],
    )
    data = import_validated(source)
    assert [(lv["name"], lv["criteria"]) for lv in data["levels"]] == [
        ("Level 1", "An incident dealt with internally"),
        ("Level 2", "An incident closing a building"),
    ]
    by_level = {s["level"]: [a["do"] for a in s["actions"]] for s in data["scenarios"]}
    assert by_level == {
        "level-1": ["Principal to be kept informed"],
        "level-2": ["Principal to be informed immediately", "Contact the Business Continuity Team and invoke the plan"],
    }


def test_procedures_headed_by_the_posts_a_complaint_goes_up_through_are_levels_led_by_them(tmp_path: Path):
    source = tmp_path / "escalation.md"
    source.write_text(
        "# Member Complaint Escalation Process\n\n"
        "## 1. Member Services Representative\n\n"
        "Member complaints will be answered at the first point of contact by the Member Services Representative.\n\n"
        "## 2. Assistant General Manager\n\n"
        "The Assistant General Manager acts as the next level of escalation if a complaint cannot be resolved.\n\n"
        "## 3. General Manager\n\n"
        "The General Manager acts as the second level of escalation and reports complaints to the Board monthly.\n",
        encoding="utf-8",
    )
    data = import_validated(source)
    titles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert [(lv["name"], titles[lv["lead"]]) for lv in data["levels"]] == [
        ("Member Services Representative", "Member Services Representative"),
        ("Assistant General Manager", "Assistant General Manager"),
        ("General Manager", "General Manager"),
    ]
    # the procedures stay, each at its level
    assert [s.get("level") for s in data["scenarios"]] == [lv["id"] for lv in data["levels"]]


def test_a_level_heading_with_its_definition_then_a_bulleted_list_of_acts_gives_that_levels_response(tmp_path: Path):
    """MINOR EMERGENCY / A minor emergency is… / • Pool attendant notifies…: a leisure centre's emergency plan grades
    under headings of their own; the definition is the level's criteria, the bullets that say what is done a scenario
    of that level, each act its step (a post then what it does: Duty Manager summons ambulance); a closing note after
    the list stays with the criteria."""
    d = docx.Document()
    d.add_paragraph("Emergency Action Plan", style="Title")
    d.add_paragraph("EMERGENCY ACTION PLAN", style="Heading 1")
    for name, defined, bullets, note in [
        (
            "MINOR EMERGENCY",
            "A minor emergency is an incident which does not result in a life-threatening situation.",
            [
                "Pool attendant notifies others in the team that they have to respond",
                "Other team members move to cover the vacated patrol area",
                "Pool attendant completes the accident report",
            ],
            "The above applies to swimming lessons also.",
        ),
        (
            "MAJOR EMERGENCY",
            "A major emergency is one where an incident results in a serious injury.",
            [
                "Pool alarm sounds in the control pod and reception",
                "Duty Manager summons ambulance and assists in crowd control",
                "Duty Manager completes incident and accident report forms",
            ],
            "",
        ),
    ]:
        d.add_paragraph(name, style="Heading 2")
        d.add_paragraph(defined)
        for bullet in bullets:
            d.add_paragraph(bullet, style="List Bullet")
        if note:
            d.add_paragraph(note)
    source = tmp_path / "pool.docx"
    d.save(source)
    data = import_validated(source)
    levels = {level["id"]: level for level in data["levels"]}
    assert [level["name"] for level in data["levels"]] == ["MINOR EMERGENCY", "MAJOR EMERGENCY"]
    assert [level["criteria"] for level in data["levels"]] == [
        "A minor emergency is an incident which does not result in a life-threatening situation.\n"
        "The above applies to swimming lessons also.",
        "A major emergency is one where an incident results in a serious injury.",
    ]
    graded = [s for s in data["scenarios"] if "level" in s]
    assert [(levels[s["level"]]["name"], [a["do"] for a in s["actions"]]) for s in graded] == [
        (
            "MINOR EMERGENCY",
            [
                "Pool attendant notifies others in the team that they have to respond",
                "Other team members move to cover the vacated patrol area",
                "Pool attendant completes the accident report",
            ],
        ),
        (
            "MAJOR EMERGENCY",
            [
                "Pool alarm sounds in the control pod and reception",
                "Duty Manager summons ambulance and assists in crowd control",
                "Duty Manager completes incident and accident report forms",
            ],
        ),
    ]


def test_after_a_levels_listed_criteria_a_line_announcing_actions_starts_what_is_done_at_it_post_by_post(tmp_path: Path):
    """Level 1 Incidents / • Flight delay… / Actions: / Guide Role: Identify issues…: a tour operator's plan lists what
    makes the level, then "Actions:" and a line per post; the list is the criteria, each post's line a step it does."""
    d = docx.Document()
    d.add_paragraph("Emergency Response Plan", style="Title")
    d.add_paragraph("Field Management Criteria and Requirements", style="Heading 1")
    for name, criteria, acts in [
        (
            "Level 1 Incidents",
            ["Flight delay that affects transfer in only", "No show"],
            [
                "Guide Role: Identify issues to Tour Operator, update tour operator on resolutions.",
                "Tour Operator Role: Communicate with Holbrook to resolve issues.",
            ],
        ),
        (
            "Level 2 Incidents",
            ["Minor sickness that does not require a doctor"],
            ["Role of the Guide: Accompany the participant to a pharmacy.", "Our responsibilities: Inform the family."],
        ),
    ]:
        d.add_paragraph(name, style="Heading 2")
        for line in criteria:
            d.add_paragraph(line, style="List Bullet")
        d.add_paragraph("Actions:")
        for line in acts:
            d.add_paragraph(line)
    source = tmp_path / "tour.docx"
    d.save(source)
    data = import_validated(source)
    assert [(lv["name"], lv["criteria"]) for lv in data["levels"]] == [
        ("Level 1 Incidents", "Flight delay that affects transfer in only\nNo show"),
        ("Level 2 Incidents", "Minor sickness that does not require a doctor"),
    ]
    titles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    levels = {lv["id"]: lv["name"] for lv in data["levels"]}
    assert [(levels[s["level"]], [(titles.get(a.get("by")), a["do"]) for a in s["actions"]]) for s in data["scenarios"]] == [
        (
            "Level 1 Incidents",
            [
                ("Guide", "Identify issues to Tour Operator, update tour operator on resolutions"),
                ("Tour Operator", "Communicate with Holbrook to resolve issues"),
            ],
        ),
        (
            "Level 2 Incidents",
            [("Guide", "Accompany the participant to a pharmacy"), (None, "Our responsibilities: Inform the family")],
        ),
    ]
    assert "Our" not in titles.values()


def test_the_grades_listed_alone_after_the_sentence_announcing_them_are_the_levels(tmp_path: Path):
    """…一般分为四级： / Ⅰ级(特别重大…)、Ⅱ级(重大…)、Ⅲ级(较大…)和Ⅳ级(一般…)。: the list stands in a paragraph of its
    own; each grade is a level (the first was read as a level whose criteria were the other three)."""
    source = tmp_path / "post.txt"
    source.write_text(
        "邮政突发事件应急预案\n\n一、事件分级\n突发事件按照其性质、严重程度等因素，一般分为四级：\n"
        "Ⅰ级(特别重大邮政突发事件)、Ⅱ级(重大邮政突发事件)、Ⅲ级(较大邮政突发事件)和Ⅳ级(一般邮政突发事件)。\n"
        "(1)符合下列情形之一的，为特别重大邮政突发事件(Ⅰ级)：\n①造成5人(含)以上死亡的事故。\n",
        encoding="utf-8",
    )
    data = import_validated(source)
    assert [lv["name"] for lv in data["levels"]] == [
        "Ⅳ级(一般邮政突发事件)",
        "Ⅲ级(较大邮政突发事件)",
        "Ⅱ级(重大邮政突发事件)",
        "Ⅰ级(特别重大邮政突发事件)",
    ]
    assert "造成5人(含)以上死亡的事故" in data["levels"][-1]["criteria"]


def test_a_grade_defined_after_its_criteria_with_its_number_in_brackets_gets_them(tmp_path: Path):
    """…分为三级： / Ⅰ级(重大投诉)、Ⅱ级(较大投诉)和Ⅲ级(一般投诉)。 / （一）5户以上…的，为重大投诉(Ⅰ级)。: the bracketed
    number is part of the grade's name, so the criteria are Ⅰ级's (they were left unmapped)."""
    source = tmp_path / "gas.txt"
    source.write_text(
        "燃气公司客户投诉应急预案\n\n一、事件分级\n投诉事件按影响程度一般分为三级：\n"
        "Ⅰ级(重大投诉)、Ⅱ级(较大投诉)和Ⅲ级(一般投诉)。\n（一）5户以上用户集体投诉或被媒体曝光的，为重大投诉(Ⅰ级)。\n",
        encoding="utf-8",
    )
    data = import_validated(source)
    first = data["levels"][-1]
    assert first["name"] == "重大投诉(Ⅰ级)" and first["criteria"] == "5户以上用户集体投诉或被媒体曝光的"
    assert [lv["name"] for lv in data["levels"][:2]] == ["Ⅲ级(一般投诉)", "Ⅱ级(较大投诉)"]


def test_what_is_done_at_a_level_takes_no_acts_from_a_later_section(tmp_path: Path):
    """Level 2 Incidents / … / Actions: … then 3. Complaints / We will acknowledge…: the complaints paragraph is a
    procedure of its own heading, not more of what is done at Level 2."""
    d = docx.Document()
    d.add_paragraph("Riverside Travel – Incident and Complaints Procedure", style="Title")
    d.add_paragraph("2. Incident levels", style="Heading 1")
    d.add_paragraph("Level 2 Incidents", style="Heading 2")
    d.add_paragraph("Missing participant", style="List Bullet")
    d.add_paragraph("Actions:")
    d.add_paragraph("Tour Leader Role: Call the emergency services at once.")
    d.add_paragraph("3. Complaints", style="Heading 1")
    d.add_paragraph("We will acknowledge your complaint within 3 working days and send a full response within 20 working days.")
    source = tmp_path / "travel.docx"
    d.save(source)
    data = import_validated(source)
    by_title = {s["title"]: [a["do"] for a in s["actions"]] for s in data["scenarios"]}
    assert by_title["Level 2 Incidents"] == ["Call the emergency services at once"]
    assert by_title["Complaints"] == [
        "We will acknowledge your complaint within 3 working days",
        "send a full response within 20 working days",
    ]


def test_stages_announced_with_a_word_before_stages_are_levels(tmp_path):
    # "The complaints process has three prescribed stages": a word may stand between the number and "stages"
    text = (
        "Market complaints\n\n1. The complaints process has three prescribed stages. The process begins with an "
        "informal (stage 1) complaint; if the issues are not resolved the complainant can escalate it to a formal "
        "(stage 2) complaint. If the complainant remains unsatisfied they can escalate it to the final stage "
        "(stage 3).\n2. Stage 1 complaints will be answered by a Team Leader.\n3. Stage 2 complaints will be answered "
        "by the Head of Service.\n4. Stage 3 complaints will be reviewed by a Director.\n"
    )
    assert _names(_levels(tmp_path, text)) == ["Stage 1", "Stage 2", "Stage 3"]


def test_a_grade_whose_criteria_are_its_deadlines_gives_them_as_time_limits(tmp_path):
    # a property firm's rules (heldout839): 紧急投诉：2小时内响应，24小时内解决 — the grade is read, and its deadlines too,
    # each named by the grade and its act (they were kept only as the grade's criteria)
    text = (
        "物业投诉处理规程\n\n一、投诉处理时限\n1. 紧急投诉：2小时内响应，24小时内解决。\n"
        "2. 一般投诉：48小时内响应，7个工作日内解决。\n"
    )
    data = _draft(tmp_path, text, ".txt")
    assert _names(data["levels"]) == ["一般投诉", "紧急投诉"]
    assert [(t["what"], t["within"]) for t in data["time_limits"]] == [
        ("紧急投诉响应", "2h"),
        ("紧急投诉解决", "24h"),
        ("一般投诉响应", "48h"),
        ("一般投诉解决", "7wd"),
    ]


def test_grade_deadlines_after_the_grade_name_are_named_by_the_grade_in_both_languages(tmp_path):
    # the grade's name before its deadlines on one line (紧急投诉：30分钟内响应，4小时内解决。): the time limits are named by
    # the grade, as when the line is numbered; in English, under a "Complaint grades" heading, the same
    zh = "投诉处理办法\n\n一、投诉分级\n投诉分为两级。\n紧急投诉：30分钟内响应，4小时内解决。\n一般投诉：24小时内响应，5个工作日内解决。\n"
    data = _draft(tmp_path, zh, ".txt")
    assert [(t["what"], t["within"]) for t in data["time_limits"]] == [
        ("紧急投诉响应", "30min"),
        ("紧急投诉解决", "4h"),
        ("一般投诉响应", "24h"),
        ("一般投诉解决", "5wd"),
    ]
    en = (
        "Complaints Procedure\n\n1 Complaint grades\nComplaints are divided into two grades.\n"
        "Urgent complaints: respond within 30 minutes, resolve within 4 hours.\n"
        "General complaints: respond within 24 hours, resolve within 5 working days.\n"
    )
    (tmp_path / "en").mkdir()
    data = _draft(tmp_path / "en", en, ".txt")
    assert _names(data["levels"]) == ["Urgent complaints", "General complaints"]
    assert [(t["what"], t["within"]) for t in data["time_limits"]] == [
        ("Urgent complaints: respond", "30min"),
        ("Urgent complaints: resolve", "4h"),
        ("General complaints: respond", "24h"),
        ("General complaints: resolve", "5wd"),
    ]


def test_steps_run_in_before_the_condition_that_takes_the_complainant_on_are_levels(tmp_path):
    # a housebuilder's procedure (heldout894): "Step 1 If you have already contacted… please write to our Customer
    # Service Manager" / "Step 2 In the unlikely event that… please write to our Head of Customer Service": the steps
    # are the procedure's stages, each its level, the criteria the condition (not the label again)
    text = (
        "Complaints Procedure\n\nConsumer Code complaints policy\n"
        "Step 1 If you have already contacted our Customer Service Team and they have been unable to help, please write "
        "to our Customer Service Manager.\n"
        "Step 2 In the unlikely event that the manager has been unable to resolve your complaint, please write to our "
        "Head of Customer Service.\n"
        "Step 3 If you remain unhappy with the outcome of your complaint, please write to the Managing Director.\n"
    )
    levels = _levels(tmp_path, text)
    assert _names(levels) == ["Step 1", "Step 2", "Step 3"]
    assert levels[1]["criteria"].startswith("In the unlikely event that the manager")


def test_levels_of_appeal_in_roman_numerals_and_a_stage_the_office_cannot_resolve_are_levels(tmp_path):
    # a university's appeals (heldout902): "Level I" / "Level II" headings, the second opening with the lead-in of its
    # list ("If a resolution is not achieved, … initiates the following process:"); a letting agent's (heldout903):
    # "Stage two" taking on what the office manager could "not be able to resolve"
    text = (
        "# Appeals\n\n## Appeals Procedure\n\nThere are three levels of appeal:\n\n### Level I\n\n"
        "All issues are to be brought in writing to the attention of the Dean of Students.\n\n"
        "The Dean of Students shall seek a written response within 15 business days.\n\n### Level II\n\n"
        "If a resolution is not achieved, the Dean of Students initiates the following process:\n\n"
        "1. Appoint a special hearing committee of three persons.\n2. The committee will review the information.\n"
    )
    assert _names(_levels(tmp_path, text, ".md")) == ["Level I", "Level II"]
    (tmp_path / "agent").mkdir()
    text = (
        "Complaints Procedure\n\nStage one - Office Manager\n"
        "In the first instance, complaints should be directed to the Office Manager, who will resolve your complaint "
        "no later than five working days from first notification.\n\nStage two - Director\n"
        "Should the Office Manager not be able to resolve your complaint to your satisfaction, you can refer the matter "
        "to the Director, who will respond within seven working days from receipt.\n"
    )
    assert _names(_levels(tmp_path / "agent", text)) == ["Stage one - Office Manager", "Stage two - Director"]


def test_deadlines_of_several_timed_grades_in_one_sentence_are_each_named_by_their_own_grade_in_every_run():
    # a food maker's recall rules (heldout577): "一级召回在 1 日内，二级召回在 2 日内，三级召回在 3 日内，…" — the grade for
    # each deadline was the first of a set, so it changed with the hash seed of the run (二级召回三级召回在 3 日内)
    source = Path(__file__).resolve().parents[2] / "plans" / "heldout577" / "sources" / "h577-3.txt"
    program = (
        "import json, sys; from plancraft.importer import import_document; "
        "print(json.dumps([t['what'] for t in import_document(sys.argv[1]).data['time_limits']], ensure_ascii=False))"
    )
    runs = set()
    for seed in ("1", "2", "3", "4"):
        done = subprocess.run(
            [sys.executable, "-c", program, str(source)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        runs.add(done.stdout)
    assert len(runs) == 1
    whats = json.loads(runs.pop())
    assert not [w for w in whats if re.match(r"[一二三]级召回[一二三]级召回", w)]


def test_grades_of_delay_light_moderate_severe_are_levels(tmp_path):
    """轻度晚点 / 中度晚点 / 重度晚点: a metro grades its delays as a plan grades its complaints."""
    levels = _levels(
        tmp_path,
        "地铁晚点处理方案\n"
        "一、晚点分级\n"
        "1. 轻度晚点：列车晚点时间不超过15分钟。\n"
        "2. 中度晚点：列车晚点时间在15分钟至1小时之间。\n"
        "3. 重度晚点：列车晚点时间超过1小时。\n"
        "二、处置流程\n"
        "1. 行车调度员应立即通知各车站。\n",
    )
    assert _names(levels) == ["轻度晚点", "中度晚点", "重度晚点"]


def test_an_informal_and_a_formal_way_each_under_its_heading_are_two_tiers(tmp_path):
    """Informal Resolution: … / Formal Complaint Procedure: …: the two ways are the tiers of the procedure even when the
    formal one does not say the informal one failed, and each way's steps are its level's."""
    draft = _draft(
        tmp_path,
        "Complaint Procedure\n"
        "Informal Resolution (minor issues such as late arrival):\n"
        "We encourage you to raise any concern informally with us by phone. Most issues are resolved quickly.\n"
        "Formal Complaint Procedure:\n"
        "In case of a complaint or an incident, a formal complaint must be submitted in writing by email.\n"
        "We will acknowledge receipt of the formal complaint within 2 working days.\n",
    )
    assert [(level["name"], level.get("criteria")) for level in draft["levels"]] == [
        ("Informal Resolution", "minor issues such as late arrival"),
        ("Formal Complaint Procedure", None),
    ]
    ids = [level["id"] for level in draft["levels"]]
    assert [scenario.get("level") for scenario in draft["scenarios"]][:2] == ids


def test_colour_warnings_run_in_one_paragraph_with_what_each_signals_are_levels(tmp_path):
    """黄色预警提示医疗纠纷较轻，…；橙色预警提示…；红色预警提示…: what each colour signals (提示, 表示) is its grade's
    criteria, as 是指 or a colon would be."""
    levels = _levels(
        tmp_path,
        "医疗纠纷应急处置预案\n"
        "一、分级处置\n"
        "对医疗纠纷投诉实行三级三色处置。黄色预警提示医疗纠纷较轻，由分管领导介入处理；橙色预警表示医疗纠纷较严重，"
        "15天内办结，由各科室负责处理；红色预警提示医疗纠纷非常严重，由院长出面处理。\n",
    )
    assert _names(levels) == ["黄色预警", "橙色预警", "红色预警"]
    assert levels[1]["criteria"].startswith("医疗纠纷较严重")


def test_stages_announced_that_rise_from_informal_to_an_appeal_are_levels(tmp_path: Path):
    """ "The policy provides for four stages …" then Stage 1 informally …, Stage 2 formally …, Stage 3 appeal …, Stage 4
    external: tiers a complaint is taken up (they were read as no levels, wanting a sentence of dissatisfaction); stages
    every complaint goes through (receipt, investigation, response) are still not."""
    levels = _levels(
        tmp_path,
        "Student Complaints and Appeals - Procedures\n"
        "The policy provides for four stages of complaints and appeals:\n"
        "Stage 1 informally within a School or service area of the University\n"
        "Stage 2 formally within a School or service area of the University\n"
        "Stage 3 appeal within the University\n"
        "Stage 4 complaint or appeal external to the University\n",
    )
    assert _names(levels) == ["Stage 1", "Stage 2", "Stage 3", "Stage 4"]
    levels = _levels(
        tmp_path,
        "Complaints Procedure\n"
        "Our procedure has three stages:\n"
        "Stage 1 we log the complaint informally on receipt\n"
        "Stage 2 we look into what happened\n"
        "Stage 3 we write to you with what we found\n",
    )
    assert not levels


def test_a_levels_table_whose_columns_are_who_acts_gives_each_cells_deadline(tmp_path: Path):
    """| Student | Academic Services Office | Investigation, a row a level, each cell what that party does by when: the
    times are the levels' deadlines (they were lost with the table; only headers named time or within were read);
    a time a cell says twice is one deadline."""
    source = table_under_heading(
        tmp_path / "complaints.docx",
        "The Student Complaint Procedure",
        "Expected Time Limits",
        [
            ["", "Student", "Academic Services Office", "Investigation"],
            [
                "Level 1",
                "Complaint should be raised within 1 month of cause for complaint",
                "No involvement",
                "Response will be communicated within 6 weeks of notification. Within 6 weeks.",
            ],
            [
                "Level 2",
                "Complaint should be raised within 1 month of outcome of Level 1",
                "Will acknowledge receipt of complaint within 5 working days",
                "A response will be given within 4 weeks",
            ],
        ],
    )
    data = import_validated(source)
    assert sorted((t["what"], t["within"]) for t in data["time_limits"]) == [
        ("Level 1: Investigation", "6w"),
        ("Level 1: Student", "1mo"),
        ("Level 2: Academic Services Office", "5wd"),
        ("Level 2: Investigation", "4w"),
        ("Level 2: Student", "1mo"),
    ]


def test_a_priority_table_of_bare_numbers_gives_each_level_its_description_and_times(tmp_path: Path):
    """| Trouble | Priority | Response Time | Escalation Threshold (in hours), the priority a bare number: each row a level
    named as a reader names it (Priority 1), what it is from the column of words, and a deadline of each column of
    times, the one named by its unit too (the table gave no level; the response times stood as deadlines named by
    their own cell). Listed from the least urgent, as the format lists levels: Priority 1 last (lint read the table's
    last row, Priority 3, as the most severe)."""
    source = table_under_heading(
        tmp_path / "support.docx",
        "Customer Care & Support Policies",
        "Response and Resolution Times",
        [
            ["Trouble", "Priority", "Response Time (in hours)", "Escalation Threshold (in hours)"],
            ["Service not available (all users affected)", "1", "Within 2 hours", "2 hours"],
            ["Significant degradation of service", "2", "Within 4 hours", "8 hours"],
            ["Small service degradation (one user affected)", "3", "Within 24 hours", "48 hours"],
        ],
    )
    data = import_validated(source)
    assert [(lv["name"], lv["criteria"]) for lv in data["levels"]] == [  # Priority 1, the most urgent, last
        ("Priority 3", "Small service degradation (one user affected)"),
        ("Priority 2", "Significant degradation of service"),
        ("Priority 1", "Service not available (all users affected)"),
    ]
    assert sorted((t["what"], t["within"]) for t in data["time_limits"]) == [
        ("Priority 1: Escalation Threshold (in hours)", "2h"),
        ("Priority 1: Response Time (in hours)", "2h"),
        ("Priority 2: Escalation Threshold (in hours)", "8h"),
        ("Priority 2: Response Time (in hours)", "4h"),
        ("Priority 3: Escalation Threshold (in hours)", "48h"),
        ("Priority 3: Response Time (in hours)", "24h"),
    ]


def test_a_priority_table_of_codes_says_what_each_is_by_its_columns_of_words(tmp_path: Path):
    """优先级 | 严重性 | 业务影响 | 用户影响范围, P0 to P2: each code a level (P0 was no grade, 优先级 no grade column), what
    it is each describing cell under its column's name; P3 (Standard) with its word is a grade too."""
    source = table_under_heading(
        tmp_path / "服务台运营规范.docx",
        "服务台运营规范",
        "2. 支持案例优先级定义",
        [
            ["优先级", "严重性", "业务影响", "用户影响范围"],
            ["P0", "紧急", "业务完全中断", "影响所有用户"],
            ["P1", "高", "核心功能严重受损", "影响大部分用户"],
            ["P2", "中", "部分功能异常", "影响部分用户"],
        ],
    )
    data = import_validated(source)
    assert [(lv["name"], lv["criteria"]) for lv in data["levels"]] == [  # P0, the most urgent, last
        ("P2", "严重性：中；业务影响：部分功能异常；用户影响范围：影响部分用户"),
        ("P1", "严重性：高；业务影响：核心功能严重受损；用户影响范围：影响大部分用户"),
        ("P0", "严重性：紧急；业务影响：业务完全中断；用户影响范围：影响所有用户"),
    ]
    english = table_under_heading(
        tmp_path / "sla.docx",
        "Support Services",
        "Priorities",
        [
            ["Priority", "Description", "Initial Response Time"],
            ["P3 (Standard)", "Standard issues", "24 Hours"],
            ["P2 (Urgent)", "Urgent issues", "4 Hours"],
            ["P1 (Emergency)", "Emergency issues", "1 Hour"],
        ],
    )
    assert [lv["name"] for lv in import_validated(english)["levels"]] == ["P3 (Standard)", "P2 (Urgent)", "P1 (Emergency)"]


def test_a_priority_table_with_a_description_reads_every_column_of_periods_and_makes_no_step_of_a_time(
    tmp_path: Path,
):
    """| Priority | Description | Target Response Time | Target for Permanent Solution, the last column periods with a
    row not applicable: the priorities are levels described by their description alone, each column of periods gives
    deadlines (the one not headed by a word of time was lost), and a response time is no step done at the level."""
    source = table_under_heading(
        tmp_path / "support.docx",
        "Service Levels",
        "Problem Priorities",
        [
            ["Priority", "Description", "Target Response Time", "Target for Permanent Solution"],
            ["1", "Critical - Product unusable", "2 hours", "1 day"],
            ["2", "High - An intermittent problem", "3 hours", "5 days"],
            ["3", "Low - A minor usability problem", "8 hours", "Not applicable"],
        ],
    )
    data = import_validated(source)
    assert [(lv["name"], lv["criteria"]) for lv in data["levels"]] == [
        ("Priority 3", "Low - A minor usability problem"),
        ("Priority 2", "High - An intermittent problem"),
        ("Priority 1", "Critical - Product unusable"),
    ]
    assert sorted((t["what"], t["within"]) for t in data["time_limits"]) == [
        ("Priority 1: Target Response Time", "2h"),
        ("Priority 1: Target for Permanent Solution", "1d"),
        ("Priority 2: Target Response Time", "3h"),
        ("Priority 2: Target for Permanent Solution", "5d"),
        ("Priority 3: Target Response Time", "8h"),
    ]
    assert not [a for s in data.get("scenarios") or [] for a in s.get("actions") or [] if "hours" in a["do"]]


def test_severities_under_service_level_objectives_are_levels_and_their_timed_lines_deadlines(tmp_path: Path):
    """## Service Level Objectives over ### Critical / ### High / ### Low, each a description and lines of a label and a
    period: the severities are levels (the section was read as the plan's purpose, its objective, and the grades with
    it), each labelled period a deadline of its level, a period in business hours counted in working days, and only the
    description the level's criteria."""
    text = (
        "# Service Level Objectives\n\n## Service Level Objective\n\nOur Network Operations Center provides the "
        "following objectives:\n\n"
        "### Critical\n\nDescription: Complete impact to service affecting all users.\n\n"
        "Acknowledgement: 30 Minutes (24x7)\n\nResponse: 1 Hour (24x7)\n\n"
        "### High\n\nDescription: Multiple services not working.\n\nAcknowledgement: 1 Hour (Business Hours)\n\n"
        "Response: 4 Hours (Business Hours)\n\n"
        "### Low\n\nDescription: A task that can be scheduled.\n\nAcknowledgement: 2 Days (Business Hours)\n\n"
        "Communication Frequency: N/A\n"
    )
    source = tmp_path / "slo.md"
    source.write_text(text, encoding="utf-8")
    data = import_validated(source)
    assert sorted(_names(data["levels"])) == ["Critical", "High", "Low"]
    criteria = {level["name"]: level["criteria"] for level in data["levels"]}
    assert criteria["Critical"] == "Description: Complete impact to service affecting all users."
    assert "Communication Frequency: N/A" in criteria["Low"]
    assert sorted((t["what"], t["within"]) for t in data["time_limits"]) == [
        ("Critical: Acknowledgement", "30min"),
        ("Critical: Response", "1h"),
        ("High: Acknowledgement", "1h"),
        ("High: Response", "4h"),
        ("Low: Acknowledgement", "2wd"),
    ]


def test_priorities_named_by_urgency_and_a_second_table_of_their_times(tmp_path: Path):
    """Priority | Estimated First Response | Support Tier Starting Point (Urgent | 15 Minutes or Less | Tier 3), then
    Priority | Estimated Escalation Threshold | Estimated Resolution Timeframe for the same priorities: Urgent to Low are
    the levels (Urgent named no grade, so the tier column was read as the levels), a period bounded by "or Less" is a
    period, and the second table's periods are deadlines of the levels the first one named (they were lost)."""
    document = docx.Document()
    document.add_heading("Service Level Agreement", 0)
    document.add_heading("First Response & Support Tier Starting Point", 1)
    add_table(
        document,
        [
            ["Priority", "Estimated First Response", "Support Tier Starting Point"],
            ["Urgent", "15 Minutes or Less", "Tier 3"],
            ["High", "15 Minutes or Less", "Tier 2"],
            ["Low", "30 Minutes or Less", "Tier 1"],
        ],
    )
    document.add_heading("Escalation & Resolution Timeframe", 1)
    add_table(
        document,
        [
            ["Priority", "Estimated Escalation Threshold", "Estimated Resolution Timeframe"],
            ["Urgent", "30 Minutes", "8 Hours or Less"],
            ["High", "1 Hour", "12 Hours or Less"],
            ["Low", "3 Hours", "48 Hours or Less"],
        ],
    )
    source = tmp_path / "sla.docx"
    document.save(str(source))
    data = import_validated(source)
    assert _names(data["levels"]) == ["Low", "High", "Urgent"]
    assert sorted((t["what"], t["within"]) for t in data["time_limits"]) == [
        ("High: Estimated Escalation Threshold", "1h"),
        ("High: Estimated First Response", "15min"),
        ("High: Estimated Resolution Timeframe", "12h"),
        ("Low: Estimated Escalation Threshold", "3h"),
        ("Low: Estimated First Response", "30min"),
        ("Low: Estimated Resolution Timeframe", "48h"),
        ("Urgent: Estimated Escalation Threshold", "30min"),
        ("Urgent: Estimated First Response", "15min"),
        ("Urgent: Estimated Resolution Timeframe", "8h"),
    ]


def test_a_grades_table_whose_last_row_grades_nothing_gives_levels_and_that_rows_time(tmp_path: Path):
    """故障类别 | 处理时间 | 备注 with A级严重 / A级一般 / B级 and a last row 其他问题: the grades are levels (其他问题, no
    grade, kept the table from being read as one) and 其他问题's time a deadline, each once (the grade column was also read
    as the kinds of a time-limit table, giving every time twice)."""
    source = table_under_heading(
        tmp_path / "技术服务规范.docx",
        "技术服务规范",
        "二、处理方法",
        [
            ["故障类别", "处理时间", "备注"],
            ["A级严重", "1个小时内提出处理意见", "影响用户正常营业"],
            ["A级一般", "24小时", "不影响用户营业"],
            ["B级(功能完善)", "48小时", "需客户配合提出需求"],
            ["其他问题", "24小时", "非软件本身引起的故障"],
        ],
    )
    data = import_validated(source)
    assert [(lv["name"], lv.get("criteria")) for lv in data["levels"]] == [
        ("B级(功能完善)", "需客户配合提出需求"),
        ("A级一般", "不影响用户营业"),
        ("A级严重", "影响用户正常营业"),
    ]
    assert sorted((t["what"], t["within"]) for t in data["time_limits"]) == [
        ("A级一般处理时间", "24h"),
        ("A级严重处理时间", "1h"),
        ("B级(功能完善)处理时间", "48h"),
        ("其他问题处理时间", "24h"),
    ]


def test_lines_of_a_grade_and_its_period_under_a_heading_naming_the_period_are_deadlines(tmp_path: Path):
    """Time to First Contact over "P1 – 2 business hours" / "P2 – 4 business hours", and Technology Services under
    Estimated Time to Resolution over "P1 – 4 business hours" / "P3 – 20 business days": each line a deadline of its
    grade named by its heading (they were kept unmapped, the last read once more as a time limit named "P3 –"). Lines
    that are no grade's (Monday – 9am to 5pm) are not."""
    text = (
        "# Information Technology Service Levels\n\n## Time to First Contact\n\n- P1 – 2 business hours\n"
        "- P2 – 4 business hours\n\n## Estimated Time to Resolution\n\n### Technology Services\n\n"
        "- P1 – 4 business hours\n- P3 – 20 business days\n\n## Opening hours\n\n- Monday – 8 hours\n- Tuesday – 8 hours\n"
    )
    data = _draft(tmp_path, text, ".md")
    assert sorted((t["what"], t["within"]) for t in data["time_limits"]) == [
        ("P1: Estimated Time to Resolution, Technology Services", "4h"),
        ("P1: Time to First Contact", "2h"),
        ("P2: Time to First Contact", "4h"),
        ("P3: Estimated Time to Resolution, Technology Services", "20wd"),
    ]


def test_priorities_labelled_in_paragraphs_with_their_times_between_them_are_levels(tmp_path: Path):
    """High Priority: … / Problem acknowledged: within 1 hour / Medium Priority: … / Response Timeframe / … / Low
    Priority: …: paragraphs opening with a priority are levels though lines of their times stand between them (a
    priority label named no grade, and the lines between broke the run); a long paragraph between them still does."""
    text = (
        "# Prioritization Guidelines and Response Timeframe\n\n"
        "High Priority: A significant number of people are affected by an issue.\n\n"
        "Problem acknowledged: within 1 hour\n\nProblem resolved: within 3 hours, barring circumstances outside our "
        "control\n\nMedium Priority: A single customer is affected but is still able to work.\n\nResponse Timeframe\n\n"
        "Problem acknowledged: within 1 hour\n\nLow Priority: Routine or maintenance tasks.\n"
    )
    levels = _levels(tmp_path, text, ".md")
    assert [(lv["name"], lv["criteria"]) for lv in levels] == [
        ("Low Priority", "Routine or maintenance tasks"),
        ("Medium Priority", "A single customer is affected but is still able to work"),
        ("High Priority", "A significant number of people are affected by an issue"),
    ]
    apart = text.replace(
        "Response Timeframe\n\n",
        "Our staff work through requests in the order they arrive, and every request is logged in the tracking system "
        "so that its progress can be followed by the customer at any time.\n\n",
    )
    assert [lv["name"] for lv in _levels(tmp_path, apart, ".md")] == ["Medium Priority", "High Priority"]


def test_priority_codes_opening_bullets_or_chinese_lines_are_levels_and_their_time_lines_end_the_run(tmp_path: Path):
    """• P1 (Emergency) – College-wide outage… / • P2 (High) – … and P1级故障：紧急故障… with a 响应时效 line between
    are levels: a priority code (P1) opened no grade's line, and a time line worded without a leading number broke
    the run; the lines P1 – 2 business hours that follow under another heading are times, not the grades again."""
    text = (
        "Information Technology Service Levels\nPriority Level: How urgent is the work request\n"
        "• P1 (Emergency) – College-wide outage or major system down.\n"
        "• P2 (High) – Major systems impacted but workarounds exist.\n"
        "• P3 (Medium) – Non-critical system issue. Individual impact.\n"
        "Time to First Contact\n• P1 – 2 business hours\n• P2 – 4 business hours\n• P3 – 12 business hours\n"
    )
    assert [(lv["name"], lv["criteria"]) for lv in _levels(tmp_path, text)] == [
        ("P3 (Medium)", "Non-critical system issue. Individual impact"),
        ("P2 (High)", "Major systems impacted but workarounds exist"),
        ("P1 (Emergency)", "College-wide outage or major system down"),
    ]
    chinese = (
        "技术支持\n不同的故障及响应时效划分如下：\nP1级故障：紧急故障，严重影响用户的正常业务开展。\n"
        "响应时效：从接到用户请求到采取有效措施，不超过4小时。\nP2级故障：严重问题，对用户的正常业务未造成严重影响。\n"
        "响应时效：从接到用户请求到采取有效措施，不超过8小时。\n"
    )
    assert [lv["name"] for lv in _levels(tmp_path, chinese)] == ["P2级故障", "P1级故障"]


def test_levels_numbered_in_words_or_named_as_emergencies_are_levels_each_once(tmp_path: Path):
    """LEVEL FIVE: … down to LEVEL ONE: … (a campus plan's situation levels, most severe first) are five levels, not
    six: a level numbered in words named no grade, and the next tier "named after" the last one set out (LEVEL ONE)
    was LEVEL TWO again. • Minor Emergency: … / • Major Emergency: … are levels too (an emergency named no grade)."""
    text = (
        "Situation Levels\nSituation levels help define the magnitude of the emergency and response that may be required.\n"
        "LEVEL THREE: This incident has a significant impact on the campus as well as surrounding jurisdictions.\n"
        "LEVEL TWO: This incident has the potential to threaten life, or may cause significant property damage.\n"
        "LEVEL ONE: This incident is a minor emergency that can be contained using a minimal amount of campus resources.\n"
    )
    assert sorted(lv["name"] for lv in _levels(tmp_path, text)) == ["LEVEL ONE", "LEVEL THREE", "LEVEL TWO"]
    emergencies = (
        "Levels of Emergency\nThe following definitions of an emergency are provided as guidelines.\n"
        "• Minor Emergency: Any incident which will not seriously affect the overall functional capacity of the college.\n"
        "• Major Emergency: Any incident which affects an entire building and will disrupt the overall operations.\n"
    )
    assert [lv["name"] for lv in _levels(tmp_path, emergencies)] == ["Minor Emergency", "Major Emergency"]
    # and a name, a dash and what it is (Minor Event - a minor incident…), as a colon's label is read
    events = (
        "Critical Incident Management\nEvents are classified as follows.\n"
        "Minor Event - a minor incident or minor injury has a localised impact on staff and students.\n"
        "Major Event – an incident or event that has a high impact on University operations.\n"
    )
    assert [lv["name"] for lv in _levels(tmp_path, events)] == ["Minor Event", "Major Event"]


def test_severity_assessment_codes_opening_list_items_are_levels(tmp_path: Path):
    """SAC1: Extreme risk … SAC4: Minimum risk (a health service's severity assessment codes) and ISR1 … ISR4 (incident
    severity ratings) are grades as P1 … P4 are, least severe first."""
    text = (
        "Incident reporting\n"
        "All public hospitals rate clinical incidents by severity.\n"
        "- SAC1: Extreme risk\n- SAC2: High risk\n- SAC3: Medium risk\n- SAC4: Minimum risk\n"
        "Health services report all SAC1 and SAC2 incidents within 24 hours.\n"
    )
    assert _names(_levels(tmp_path, text, ".md")) == ["SAC4", "SAC3", "SAC2", "SAC1"]
    ratings = text.replace("SAC", "ISR")
    assert _names(_levels(tmp_path, ratings, ".md")) == ["ISR4", "ISR3", "ISR2", "ISR1"]


def test_a_graded_heading_whose_only_content_is_a_sub_heading_takes_its_name_and_text(tmp_path: Path):
    """# Priority 1 / ## Mission Critical / what it is …: one level, Priority 1 Mission Critical, described by the text
    under the sub-heading (it had none: the text was under a heading of no grade)."""
    text = (
        "# Priority Levels\n\n"
        "## Priority 1\n\n### Mission Critical\n\nDepartment mission cannot be met if the problem is not resolved.\n\n"
        "## Priority 2\n\n### High Priority\n\nIndividual is unable to fulfil a duty or responsibility.\n\n"
        "## Priority 3\n\n### Standard Priority\n\nProductivity is adversely impacted.\n"
    )
    levels = _levels(tmp_path, text, ".md")
    assert _names(levels) == ["Priority 3 Standard Priority", "Priority 2 High Priority", "Priority 1 Mission Critical"]
    assert levels[2]["criteria"].startswith("Department mission cannot be met")


def test_priorities_listed_with_a_paragraph_under_each_are_one_run_of_levels(tmp_path: Path):
    """• Priority 1 - … / a plain paragraph saying more of it / • Priority 2 - … : the paragraphs between the listed
    grades do not end the run (they did: only a short label or a time line could stand between two grades)."""
    text = (
        "Prioritization of Requests\n\n"
        "- Priority 1 - A problem affecting multiple users. Immediate response.\n\n"
        "A very high priority, such as an infrastructure problem or the loss of a server.\n\n"
        "- Priority 2 - The customer's work is severely impacted.\n\n"
        "A high priority, but less than priority 1 because multiple users are not affected.\n\n"
        "- Priority 3 - A request that can be scheduled.\n\n"
        "Such as a request to install additional software.\n"
    )
    assert _names(_levels(tmp_path, text, ".md")) == ["Priority 3", "Priority 2", "Priority 1"]


def test_an_english_levels_periods_to_act_in_are_its_deadlines(tmp_path: Path):
    """Priorities whose text says when a request is answered (Emergency requests will be responded to within one hour;
    Maintenance work … (0 to 365 days completion goal)): each period a time limit named by its level; a period that
    bounds what the level is (a power cut of more than 2 hours) is none."""
    text = (
        "# What is the turnaround time for service requests\n\n"
        "## Priority 1 – Emergency\n\nImminent threat to life or property, or a power cut of more than 2 hours. "
        "Emergency requests will be responded to within one hour.\n\n"
        "## Priority 2 – Urgent\n\nA potential threat of injury. Urgent requests will be responded to within 24 hours.\n\n"
        "## Priority 3 – Routine\n\nNon-hazardous maintenance work (0 to 365 days completion goal).\n"
    )
    data = _draft(tmp_path, text, ".md")
    assert _names(data["levels"]) == ["Priority 3 – Routine", "Priority 2 – Urgent", "Priority 1 – Emergency"]
    limits = {(t["what"].split(":")[0], t["within"]) for t in data.get("time_limits", [])}
    assert limits == {("Priority 1 – Emergency", "1h"), ("Priority 2 – Urgent", "24h"), ("Priority 3 – Routine", "365d")}


def test_a_table_of_priority_codes_each_with_its_word_after_a_dash_gives_levels_and_their_times(tmp_path: Path):
    """Priority | Definition | SLA Target Response with P1 - CRITICAL … P5 – MAINTENANCE: five levels, each with its
    response time (nothing was read: NORMAL and MAINTENANCE are no words of a severity scale, so the column was none
    of grades)."""
    text = (
        "Response Time Targets\n\n"
        "| Priority | Definition | SLA Target Response |\n|---|---|---|\n"
        "| P1 - CRITICAL | Company-wide impact, no workaround available. | 15 minutes |\n"
        "| P2 – HIGH | Department-wide impact, no workaround available. | 30 minutes |\n"
        "| P3 – NORMAL | Interruptions to non-critical business tasks. | 24 hours |\n"
        "| P4 – LOW | Interruptions with a temporary workaround. | 1 week |\n"
        "| P5 – MAINTENANCE | Maintenance work with no immediate implications. | 2 weeks |\n"
    )
    data = _draft(tmp_path, text, ".md")
    assert _names(data["levels"]) == ["P5 – MAINTENANCE", "P4 – LOW", "P3 – NORMAL", "P2 – HIGH", "P1 - CRITICAL"]
    assert sorted(t["within"] for t in data["time_limits"]) == sorted(["15min", "30min", "24h", "1w", "2w"])


def test_a_grade_whose_parts_are_labelled_under_it_is_one_level(tmp_path):
    """三級開設 / (1)開設時機：… / (2)進駐機關：由…派員進駐 (a county's graded openings of its emergency centre): each opening
    is a level, its 開設時機 its criteria; the agencies sent in are no grade (two levels were named 進駐機關)."""
    text = (
        "四、開設時機及進駐機關\n"
        "（一）風災\n"
        "1、三級開設：\n"
        "(1)開設時機：\n"
        "氣象署發布海上颱風警報後，本市海域列為警戒區域時。\n"
        "(2)進駐機關(單位、團體)：由本府消防局、水利局派員進駐。\n"
        "2、二級開設：\n"
        "(1)開設時機：\n"
        "氣象署發布海上陸上颱風警報後，研判颱風暴風圈可能影響本市時。\n"
        "(2)進駐機關(單位、團體)：由本府消防局先行進駐，並通知民政局派員進駐。\n"
        "3、一級開設：\n"
        "(1)開設時機：\n"
        "氣象署發布海上陸上颱風警報後，本市陸地列入警戒區域時。\n"
    )
    levels = _levels(tmp_path, text)
    assert _names(levels) == ["三級開設", "二級開設", "一級開設"]
    assert levels[0]["criteria"] == "氣象署發布海上颱風警報後，本市海域列為警戒區域時。"
    assert "進駐機關" not in " ".join(str(level.get("criteria", "")) for level in levels)


def test_a_table_of_priorities_named_by_urgency_with_their_times_and_a_later_table_of_their_escalation(tmp_path):
    """Description | Respond Time | Finish Time over Immediate, Urgent, Billable, Routine (a facilities work-order
    table whose column of names has no grade scale's word, one row no urgency at all): each row a level with its
    times (it gave nothing). A later table Prioritization Level | 1st Escalation | 2nd Escalation names the posts of
    each tier as roles, the first tier leading the level; a table of kinds of request with times stays no levels."""
    import docx

    d = docx.Document()
    d.add_paragraph("FM Work Order Priority", style="Title")
    add_table(
        d,
        [
            ("Description", "Respond Time (Calendar days)", "Finish Time"),
            ("Immediate", "Immediately", "24 hours"),
            ("Urgent", "1 hour", "15 days"),
            ("Billable", "As needed", "45 days"),
            ("Routine", "15 days", "45 days"),
        ],
    )
    d.add_paragraph("Escalation")
    add_table(
        d,
        [
            ("Prioritization Level", "1st Escalation", "2nd Escalation"),
            ("Immediate", "Incident Team", "All Staff"),
            ("Urgent", "All Leads", "All Staff"),
        ],
    )
    source = tmp_path / "plan.docx"
    d.save(source)
    data = import_validated(source)
    assert sorted(_names(data["levels"])) == ["Billable", "Immediate", "Routine", "Urgent"]
    periods = {(t["what"], t["within"]) for t in data["time_limits"]}
    assert {
        ("Immediate: Finish Time", "24h"),
        ("Urgent: Respond Time (Calendar days)", "1h"),
        ("Routine: Finish Time", "45d"),
    } <= periods
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert {"Incident Team", "All Leads", "All Staff"} <= set(roles.values())
    lead = {lv["name"]: roles.get(lv.get("lead")) for lv in data["levels"]}
    assert lead["Immediate"] == "Incident Team" and lead["Urgent"] == "All Leads"

    kinds = docx.Document()
    kinds.add_paragraph("Service Standards", style="Title")
    add_table(
        kinds,
        [
            ("Request", "Response time"),
            ("Letters", "10 working days"),
            ("Emails", "5 working days"),
            ("Phone messages", "1 working day"),
        ],
    )
    other = tmp_path / "kinds.docx"
    kinds.save(other)
    assert not import_document(other).data.get("levels")


def test_an_impact_and_urgency_matrix_gives_its_priorities_and_a_later_table_their_times(tmp_path):
    """| High Urgency | Low Urgency over High Impact | Priority 1 - Critical | Priority 2 - High (an IT service desk's
    priority matrix): the priorities in its cells are the levels, each once, criteria the impact and urgency of each
    of its cells (the impact rows were read as the levels). A later table Priority | Ticket Type | Action |
    Commitment names each priority by its code alone, with words of its own: every row's period a deadline."""
    import docx

    d = docx.Document()
    d.add_paragraph("Service Commitments", style="Title")
    d.add_heading("Response Times", level=1)
    add_table(
        d,
        [
            ("", "1 - High Urgency", "2 - Low Urgency"),
            ("1 - High Impact", "Priority 1 - Critical", "Priority 2 - High"),
            ("2 - Low Impact", "Priority 2 - High", "Priority 3 - Low"),
        ],
    )
    d.add_heading("Service Level Commitments", level=1)
    add_table(
        d,
        [
            ("Priority", "Ticket Type", "Action", "Commitment"),
            ("Priority 1", "Incident", "Resolve", "1 Day"),
            ("Priority 2", "Incident", "Resolve", "2 Days"),
            ("Priority 1", "Incident", "Response", "3 Hours"),
            ("", "Interaction", "Response", "5 hours"),
            ("Priority 3", "Request", "Resolve", "10 Days"),
        ],
    )
    source = tmp_path / "plan.docx"
    d.save(source)
    data = import_validated(source)
    assert [(lv["name"], lv["criteria"]) for lv in data["levels"]] == [
        ("Priority 3 - Low", "2 - Low Impact / 2 - Low Urgency"),
        ("Priority 2 - High", "1 - High Impact / 2 - Low Urgency; 2 - Low Impact / 1 - High Urgency"),
        ("Priority 1 - Critical", "1 - High Impact / 1 - High Urgency"),
    ]
    assert [(t["what"], t["within"]) for t in data["time_limits"]] == [
        ("Priority 1 Incident Resolve: Commitment", "1d"),
        ("Priority 2 Incident Resolve: Commitment", "2d"),
        ("Priority 1 Incident Response: Commitment", "3h"),
        ("Interaction Response: Commitment", "5h"),
        ("Priority 3 Request Resolve: Commitment", "10d"),
    ]


def test_support_tables_as_service_desks_write_them(tmp_path):
    """Three tables of support pages that gave no level: a priority named with several words after its code (P4 - Less
    or No Impact Issues) beside its times, then a responsibility matrix of the same priorities (Priority |
    Responsible | Accountable | Consulted | Informed) whose posts are roles, the Responsible one leading; severities
    laid out across with nothing over the rows' labels (| Severity 1 (High) | Severity 2 (Low)); and a facilities
    desk's Priority 1 to 7, the first described at length (IR - Priority 1 - Emergency/serious risk…), each with a
    bound period (< 4 Hours)."""
    import docx

    sla = docx.Document()
    sla.add_paragraph("Support and Escalation", style="Title")
    add_table(
        sla,
        [
            ("Priority", "Description", "Response Time", "Resolution"),
            ("P1 - Critical Issue", "The customer cannot use the system.", "1 hour", "24 hours"),
            ("P2 - High Impact Issues", "A substantial impact on the service.", "4 hours", "1 week"),
            ("P4 - Less or No Impact Issues", "Minimal or no impact.", "24 hours", "If required"),
        ],
    )
    add_table(
        sla,
        [
            ("Priority", "Responsible", "Accountable", "Consulted", "Informed"),
            ("P1", "Manager - Technical Support", "Engineering Support", "Head of Product", "Business Unit Head"),
            ("P2", "Technical Support Team", "Engineering Support", "Head of Product", "Business Unit Head"),
        ],
    )
    source = tmp_path / "sla.docx"
    sla.save(source)
    data = import_validated(source)
    assert _names(data["levels"]) == ["P4 - Less or No Impact Issues", "P2 - High Impact Issues", "P1 - Critical Issue"]
    assert sorted(t["within"] for t in data["time_limits"]) == sorted(["1h", "24h", "4h", "1w", "24h"])
    roles = {r["id"]: r["title"] for r in data["organisation"]["roles"]}
    assert {"Manager - Technical Support", "Engineering Support", "Head of Product", "Business Unit Head"} <= set(roles.values())
    assert roles[data["levels"][-1]["lead"]] == "Manager - Technical Support"

    across = docx.Document()
    across.add_paragraph("Severity and SLA Table", style="Title")
    add_table(
        across,
        [
            ("", "Severity 1 (High)", "Severity 2 (Low)"),
            ("Work Outage", "The client cannot work.", "The client can work around it."),
            ("Initial Response Time Target", "Within 8 business hours", "Within 2 business days"),
            ("Targeted Resolution Time", "Within 1 business day", "Within 15 business days"),
        ],
    )
    source = tmp_path / "across.docx"
    across.save(source)
    data = import_validated(source)
    assert _names(data["levels"]) == ["Severity 2 (Low)", "Severity 1 (High)"]
    assert sorted(t["within"] for t in data["time_limits"]) == ["15wd", "1wd", "2wd", "8h"]

    desk = docx.Document()
    desk.add_paragraph("Maintenance Response Times", style="Title")
    rows = [("Priority", "Response Time"), ("IR - Priority 1 - Emergency/serious risk to health and safety", "< 2 Hours")]
    rows += [
        (f"Priority {n}", period)
        for n, period in zip(range(2, 8), ["< 4 Hours", "< 24 Hours", "< 2 Days", "< 1 Week", "< 2 Weeks", "< 1 Month"])
    ]
    add_table(desk, rows)
    source = tmp_path / "desk.docx"
    desk.save(source)
    data = import_validated(source)
    assert sorted(_names(data["levels"])) == ["IR - Priority 1 - Emergency", *[f"Priority {n}" for n in range(2, 8)]]
    assert sorted(t["within"] for t in data["time_limits"]) == sorted(["2h", "4h", "24h", "2d", "1w", "2w", "1mo"])


def test_urgencies_as_headings_or_list_items_of_a_repairs_page_are_levels(tmp_path):
    """A repairs page's headings Emergency – Respond within 4 working hours / Urgent priority / Respond and fix
    priority 3 / Fixed by agreed date (all but one naming an urgency), or its list items emergency repairs - first
    response within 24 hours …: each a level named by its words before the dash, the paragraph under it its criteria,
    least urgent first (none was read: the words are no grade scale's). Two such headings are no levels."""
    page = (
        "# Response times\n\nMaintenance aims to achieve the response times set out below.\n\n"
        "## Emergency – Respond within 4 working hours\n\nAn incident likely to pose an immediate danger to life.\n\n"
        "## Urgent priority\n\nAn incident likely to pose a danger to building users.\n\n"
        "## Respond and fix priority 3\n\nMinor repairs causing minor inconvenience.\n\n"
        "## Fixed by agreed date\n\nShelves and notice boards.\n"
    )
    levels = _levels(tmp_path, page, ".md")
    assert _names(levels) == ["Fixed by agreed date", "Respond and fix priority 3", "Urgent priority", "Emergency"]
    assert levels[-1]["criteria"] == "An incident likely to pose an immediate danger to life"
    two = page.split("## Respond and fix")[0]
    assert _levels(tmp_path, two, ".md") == []
    listed = (
        "# Council housing repairs timescales\n\nCouncil policy:\n\n"
        "- emergency repairs - first response within 24 hours\n\nProblems that might threaten your safety.\n\n"
        "- urgent repairs - first response within four working days\n\nProblems that may cause extreme nuisance.\n\n"
        "- general repairs - first response within 30 working days\n\nProblems that cause no major inconvenience.\n"
    )
    levels = _levels(tmp_path, listed, ".md")
    assert _names(levels) == ["general repairs", "urgent repairs", "emergency repairs"]
    assert levels[0]["criteria"] == "Problems that cause no major inconvenience"


def test_colour_levels_listed_and_a_later_table_with_one_grade_more(tmp_path):
    """GREEN (Steady State): During steady state… / YELLOW (Increased Readiness): … / RED (Full Response): … (a state
    emergency centre's activation levels as list items): each a level. A support page's HIGH / MEDIUM / LOW headings
    before a table Incident Level | Acknowledge | Plan | Resolution whose rows name them by number (1 – High) and add
    one more (4 – MACD): every row's periods are deadlines (none were, for the one row no level named)."""
    colours = (
        "# Virginia Emergency Operations Center\n\nThe VEOC hosts the emergency support team.\n\n"
        "- GREEN (Steady State): During steady state, plans are developed and maintained.\n"
        "- YELLOW (Increased Readiness): During increased readiness, resources are required.\n"
        "- ORANGE (Partial Support): During partial support, some staff positions are filled.\n"
        "- RED (Full Response): During full response, all staff positions are filled.\n"
    )
    assert _names(_levels(tmp_path, colours, ".md")) == [
        "GREEN (Steady State)",
        "YELLOW (Increased Readiness)",
        "ORANGE (Partial Support)",
        "RED (Full Response)",
    ]
    import docx

    d = docx.Document()
    d.add_paragraph("SLA", style="Title")
    d.add_heading("Incident Levels", level=1)
    for name, said in (("HIGH", "A device is unreachable."), ("MEDIUM", "Degraded performance."), ("LOW", "One user.")):
        d.add_heading(name, level=2)
        d.add_paragraph(said)
    add_table(
        d,
        [
            ("Incident Level", "Acknowledge", "Plan", "Resolution"),
            ("1 – High", "20 Minutes", "1 Hour", "3 Hours"),
            ("2 – Medium", "1 Hour", "4 Hours", "8 Hours"),
            ("3 – Low", "1 Hour", "48 Hours", "96 Hours"),
            ("4 – MACD", "8 Hours", "72 Hours", "5 Days"),
        ],
    )
    source = tmp_path / "sla.docx"
    d.save(source)
    data = import_validated(source)
    assert len(data["time_limits"]) == 12
    assert ("4 – MACD: Resolution", "5d") in {(t["what"], t["within"]) for t in data["time_limits"]}


def test_priorities_numbered_with_their_word_across_or_down_and_named_twice(tmp_path):
    """Priority | 1 Critical … 5 When Convenient (an IT firm's SLA): each row a level with its times; Priority |
    Urgent (P1) | High (P2) | Normal (P3) | Low (P4) laid across (a service desk's SLA): the columns are the levels
    (neither gave one). Two tables of the same grades (their criteria, then their times) give each grade once."""
    import docx

    down = docx.Document()
    down.add_paragraph("Service Level Agreement", style="Title")
    add_table(
        down,
        [
            ("Priority", "Response Time", "Definition"),
            ("1 Critical", "30 minutes", "A mission critical system is down."),
            ("2 High", "1 hour", "A critical system is impaired."),
            ("5 When Convenient", "2 days", "A task for one user."),
        ],
    )
    source = tmp_path / "down.docx"
    down.save(source)
    data = import_validated(source)
    assert sorted(_names(data["levels"])) == ["1 Critical", "2 High", "5 When Convenient"]
    assert sorted(t["within"] for t in data["time_limits"]) == ["1h", "2d", "30min"]

    across = docx.Document()
    across.add_paragraph("Service Priority Levels", style="Title")
    add_table(
        across,
        [
            ("Priority", "Urgent (P1)", "High (P2)", "Normal (P3)", "Low (P4)"),
            ("Response", "30 mins", "60 mins", "2 hours", "4 hours"),
            ("Resolution", "60 mins", "120 mins", "8 hours", "3 days"),
        ],
    )
    source = tmp_path / "across.docx"
    across.save(source)
    data = import_validated(source)
    assert sorted(_names(data["levels"])) == ["High (P2)", "Low (P4)", "Normal (P3)", "Urgent (P1)"]
    assert len(data["time_limits"]) == 8

    twice = docx.Document()
    twice.add_paragraph("Response Times", style="Title")
    grades = [("1 - URGENT", "Safety at risk."), ("2 - HIGH", "Service stopped."), ("3 - MEDIUM", "Service impaired.")]
    add_table(twice, [("Priority Level", "Description"), *grades])
    add_table(twice, [("Priority Level", "Criteria", "Response"), *[(n, "as above", "4 hours") for n, _ in grades]])
    source = tmp_path / "twice.docx"
    twice.save(source)
    data = import_validated(source)
    assert sorted(_names(data["levels"])) == ["1 - URGENT", "2 - HIGH", "3 - MEDIUM"]
