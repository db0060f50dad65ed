"""Escalation (逐级上报, 向…报告, escalate to): a step's escalation rule with its condition, whom to and how
quickly, and a table of escalation rules; the parties outside the organisation go to `external`."""

from __future__ import annotations

from pathlib import Path

import docx

from plancraft.importer import import_document
from plancraft.loader import load_bytes
from plancraft.schema import validate


def _rules(data: dict) -> list[tuple[str, str, str | None]]:
    names = {
        item["id"]: item.get("title") or item.get("name")
        for key in ("roles", "groups")
        for item in (data.get("organisation") or {}).get(key) or []
    }
    names |= {party["id"]: party["name"] for party in data.get("external") or []}
    return [
        (rule["when"], names[rule["to"]], rule.get("within"))
        for scenario in data["scenarios"]
        for rule in scenario.get("escalation") or []
    ]


def _import(tmp_path: Path, text: str, suffix: str = ".txt") -> dict:
    source = tmp_path / f"plan{suffix}"
    source.write_text(text, encoding="utf-8")
    result = import_document(source)
    assert [d for d in validate(load_bytes(result.text.encode("utf-8"), "x")) if d.severity.name == "ERROR"] == []
    return result.data


def test_escalation_sentences_in_chinese(tmp_path):
    data = _import(
        tmp_path,
        "客户投诉应急预案\n一、处置流程\n1. 营业网点负责人应在接到投诉后30分钟内与客户联系。\n"
        "2. 网点无法解决的，应立即上报支行客户服务部。\n3. 发生一级投诉时，支行应在1小时内逐级上报分行应急工作小组。\n"
        "4. 如客户在营业场所聚众闹事，网点负责人应立即报警。\n5. 客服人员要及时报告网点负责人。\n二、附则\n本预案自印发之日起施行。\n",
    )
    assert _rules(data) == [
        ("网点无法解决", "支行客户服务部", None),
        ("一级投诉", "分行应急工作小组", "1h"),
        ("如客户在营业场所聚众闹事", "公安机关", None),
    ]
    assert [party["name"] for party in data["external"]] == ["公安机关"]


def test_escalation_sentences_in_english(tmp_path):
    data = _import(
        tmp_path,
        "# Incident Response Plan\n\n## 1 Escalation\n"
        "Level 2 incidents must be escalated to the Head of Operations within 1 hour.\n\n"
        "## 2 Appeals\nIf the complainant is not satisfied, they may appeal to the Chief Executive within 20 working days.\n",
        ".md",
    )
    assert _rules(data) == [
        ("Level 2 incidents", "Head of Operations", "1h"),
        ("If the complainant is not satisfied", "Chief Executive", "20wd"),
    ]


def test_a_table_of_escalation_rules(tmp_path):
    path = tmp_path / "plan.docx"
    d = docx.Document()
    d.add_paragraph("客户投诉应急预案", style="Title")
    d.add_heading("信息报告", level=1)
    table = d.add_table(rows=3, cols=3)
    for row, cells in zip(
        table.rows,
        [
            ("情形", "上报对象", "时限"),
            ("网点无法化解的投诉", "支行办公室", "2小时内"),
            ("群体性投诉", "当地银保监分局", "24小时内"),
        ],
    ):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    d.save(path)
    data = import_document(path).data
    assert _rules(data) == [("网点无法化解的投诉", "支行办公室", "2h"), ("群体性投诉", "当地银保监分局", "24h")]


def test_the_report_counts_escalation_rules_and_outside_parties(tmp_path):
    from click.testing import CliRunner

    from plancraft.cli import main

    source = tmp_path / "plan.txt"
    source.write_text(
        "客户投诉应急预案\n一、处置流程\n1. 网点无法解决的，应立即上报支行客户服务部。\n"
        "2. 如客户聚众闹事，网点负责人应立即报警。\n",
        encoding="utf-8",
    )
    for lang, line in (
        ("en", "  2 escalation rule(s), 1 party(ies) outside the organisation"),
        ("zh-CN", "  上报规则 2 条、外部单位 1 个"),
    ):
        result = CliRunner().invoke(main, ["--lang", lang, "import", str(source), "-o", str(tmp_path / f"{lang}.yaml")])
        assert result.exit_code == 0, result.output
        assert line in result.output.splitlines()


def test_a_regulator_the_complainant_may_contact_after_the_last_stage_is_an_escalation(tmp_path: Path):
    """`You may contact Ofsted …` under `If you are still not satisfied`: read like the Ombudsman, not left as an
    empty procedure and an unmapped paragraph."""
    data = _import(
        tmp_path,
        "# Nursery Complaints Procedure\n\n## Stage 1\n\nSpeak to the room leader, who will reply within 2 working days.\n\n"
        "## If you are still not satisfied\n\nYou may contact Ofsted on 0300 123 1231.\n",
        ".md",
    )
    assert _rules(data) == [("If you are still not satisfied", "Ofsted", None)]
    assert "x-unmapped" not in data


def test_writing_to_the_next_tier_when_a_response_is_not_satisfactory_is_an_escalation(tmp_path: Path):
    """`If the first response is not satisfactory, you can write directly to the Management, who will review our
    response`: the complainant's way on is the procedure's escalation rule, not a paragraph left unmapped."""
    data = _import(
        tmp_path,
        "# Complaints procedure\n\n## What will happen when I complain?\n\n"
        "If you make a complaint, the Customer Services Department will contact you within 10 working days.\n\n"
        "If the first response is not satisfactory, you can write directly to the Operations Manager, who will "
        "review our response.\n\n"
        "If the second response is not satisfactory, you can then write to the Directors.\n\n"
        "If you are not happy with our response, you can contact the Consumer Council, an independent body.\n",
        ".md",
    )
    assert _rules(data) == [
        ("If the first response is not satisfactory", "Operations Manager", None),
        ("If the second response is not satisfactory", "Directors", None),
        ("If you are not happy with our response", "Consumer Council", None),
    ]
    assert "x-unmapped" not in data


def test_a_complaint_escalated_to_a_numbered_stage_is_sent_to_no_post(tmp_path: Path):
    """ "…escalate your complaint to Stage 2": the stage is where the complaint goes next, not a post named Stage."""
    text = (
        "# Complaints procedure\n\n1. Stage 1 complaints will be answered by a Team Leader within 10 working days.\n"
        "2. If you are not satisfied with the Stage 1 response, you can escalate your complaint to Stage 2. The Head "
        "of Service will respond within 20 working days.\n"
    )
    titles = [role["title"] for role in _import(tmp_path, text, ".md")["organisation"]["roles"]]
    assert "Stage" not in titles and "Head of Service" in titles
