"""Steps, scenarios and escalation in the forms plans state their procedure (importer/steps.py): each test builds
a small document, imports it, checks the steps exactly and that the draft validates."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from plancraft.cli import main
from plancraft.importer import import_document


def _import(tmp_path: Path, text: str, name: str = "plan.txt") -> dict:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "plan.yaml"
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
        ("接到投诉后，客服专员应在1小时内登记，并转交客户服务部", "客服专员", "1h"),
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
