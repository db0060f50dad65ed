"""Forms of writing that documents nobody fitted the importer to use (the causes of the misses on heldout10/11, see
benchmarks/import-recovery.md): each test builds a small document of its own in that general form, imports it through
the CLI, checks that the draft validates and what was recovered, field by field."""

from __future__ import annotations

from pathlib import Path

import docx
from click.testing import CliRunner

from plancraft.cli import main
from plancraft.importer import import_document


def _import(source: Path) -> dict:
    out = source.with_suffix(".yaml")
    result = CliRunner().invoke(main, ["import", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    checked = CliRunner().invoke(main, ["validate", str(out)])
    assert checked.exit_code == 0, checked.output
    return import_document(source).data


def _docx(tmp_path: Path, title: str, body: list[tuple[int | None, str]], name: str = "plan.docx") -> Path:
    """A Word document: the title in the Title style, then (heading level or None for a paragraph, text)."""
    document = docx.Document()
    document.add_heading(title, 0)
    for level, text in body:
        if level is None:
            document.add_paragraph(text)
        else:
            document.add_heading(text, level)
    path = tmp_path / name
    document.save(str(path))
    return path


def _steps(data: dict) -> list[tuple]:
    titles = {r["id"]: r["title"] for r in data.get("organisation", {}).get("roles") or []}
    return [
        (a.get("when"), a["do"], titles.get(a.get("by")), a.get("within"))
        for s in data.get("scenarios") or []
        for a in s.get("actions") or []
    ]


def test_acts_chained_by_commas_after_an_actor_or_a_case_are_a_step_each(tmp_path: Path):
    source = _docx(
        tmp_path,
        "物业服务中心投诉处理办法",
        [
            (1, "一、处理程序"),
            (None, "1、客服前台接到投诉后，应当场登记，建立投诉台账，并在一个工作日内转交责任部门，跟踪处理进度。"),
            (None, "2、责任部门负责人收到转办单后，应核实情况，提出处理意见，于三个工作日内回复客服前台。"),
            (None, "3、不能当场解决的，值班经理组织人员赶到现场，安抚业主情绪，做好记录。"),
            # what every unit should do, said for the plan: no step, and not cut into pieces
            (None, "4、各部门应加强服务意识，做好解释工作，落实整改措施。"),
        ],
    )
    data = _import(source)
    head, duty = "责任部门负责人", "值班经理"
    assert _steps(data) == [
        (None, "客服前台接到投诉后，应当场登记", None, None),
        (None, "建立投诉台账", None, None),
        (None, "在一个工作日内转交责任部门", None, "1wd"),
        (None, "跟踪处理进度", None, None),
        (None, "责任部门负责人收到转办单后，应核实情况", head, None),
        (None, "提出处理意见", head, None),
        (None, "于三个工作日内回复客服前台", head, "3wd"),
        ("不能当场解决的", "值班经理组织人员赶到现场", duty, None),
        (None, "安抚业主情绪", duty, None),
        (None, "做好记录", duty, None),
    ]
    # the unit a serial act reaches is named in the sentence, not made the actor of the act
    assert [u["text"] for u in data["x-unmapped"]] == ["各部门应加强服务意识，做好解释工作，落实整改措施"]


def test_a_chain_of_duties_or_aims_with_nobody_named_stays_one_step(tmp_path: Path):
    source = tmp_path / "plan.txt"
    source.write_text(
        "客户投诉处理规程\n\n一、处理流程\n\n"
        "1. 接到投诉后，客服专员应在1小时内登记，核实客户身份，转交客户服务部。\n"
        "2. 坚持首问负责，统一对外口径，确保客户满意。\n",
        encoding="utf-8",
    )
    data = _import(source)
    clerk = "客服专员"
    steps = _steps(data)
    assert steps[:3] == [
        (None, "接到投诉后，客服专员应在1小时内登记", clerk, "1h"),
        (None, "核实客户身份", clerk, None),
        (None, "转交客户服务部", clerk, None),
    ]
    # no actor, no case: an aim in three clauses is not cut into three steps
    assert [do for _, do, _, _ in steps[3:]] == ["坚持首问负责，统一对外口径，确保客户满意"]
