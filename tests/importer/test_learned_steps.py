"""The learned step model (plancraft/importer/learned.py, extract._learned_steps): a clause the rules leave that the
model rates a step becomes one, with its source position; what the rules read as something else stays theirs; the
weights are what scripts/train_step_model.py makes from the transcriptions."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from plancraft.cli import main
from plancraft.importer import import_document, learned

ROOT = Path(__file__).resolve().parents[2]


def _write(tmp_path: Path, text: str, name: str = "plan.txt") -> Path:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    return source


def _steps(data: dict) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (sc["title"], a["do"], a.get("within"), a.get("by"))
        for sc in data.get("scenarios") or []
        for a in sc.get("actions") or []
    ]


def test_an_act_the_rules_leave_under_a_deadlines_heading_is_a_step_with_its_position(tmp_path: Path):
    source = _write(
        tmp_path,
        "某公交公司乘客投诉处理规定\n一、总则\n为规范乘客投诉处理，制定本规定。\n二、投诉渠道与处理时限\n"
        "乘客可拨打服务热线投诉，调度员应当天核实情况。核实后必须将结果向乘客反馈。\n三、附则\n本规定自发布之日起施行。\n",
    )
    out = tmp_path / "plan.yaml"
    result = CliRunner().invoke(main, ["import", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert CliRunner().invoke(main, ["validate", str(out)]).exit_code == 0
    data = import_document(source).data
    assert _steps(data) == [("投诉渠道与处理时限", "核实后必须将结果向乘客反馈", None, None)]
    # the deadline of the deadlines section stays a time limit; the step's source paragraph is on its line
    assert [(t["within"], t["what"]) for t in data["time_limits"]] == [("1d", "核实情况")]
    assert "do: 核实后必须将结果向乘客反馈  # 原文：第5段" in out.read_text(encoding="utf-8")
    assert not any("向乘客反馈" in u["text"] for u in data.get("x-unmapped") or [])


def test_a_report_with_its_deadline_is_a_step_and_a_clause_of_time_alone_is_none(tmp_path: Path):
    data = import_document(
        _write(
            tmp_path,
            "某物业公司突发事件处置规定\n一、总则\n为及时处置突发事件，制定本规定。\n二、报告\n"
            "发生突发事件，在按现场方案处置的同时，值班经理应在一小时内报公司办公室。\n",
        )
    ).data
    assert _steps(data) == [("报告", "值班经理应在一小时内报公司办公室", "1h", "duty-manager")]


def test_what_the_rules_read_as_principles_duties_or_a_listed_lead_in_stays_theirs(tmp_path: Path):
    data = import_document(
        _write(
            tmp_path,
            "某银行支行客户投诉处理办法\n一、工作原则\n各网点应及时受理客户投诉，快速处理。\n二、各部门职责\n"
            "1、营业部负责受理投诉并登记；\n2、综合部负责投诉的调查与回复。\n三、投诉渠道\n"
            "客户可通过以下方式投诉：\n1.现场投诉；\n2.电话投诉。\n四、处理程序\n网点负责人应在1小时内回复客户。\n",
        )
    ).data
    assert [(title, do) for title, do, _, _ in _steps(data)] == [("处理程序", "网点负责人应在1小时内回复客户")]


def test_the_model_rates_clauses_between_zero_and_one_from_its_packaged_weights():
    context = learned.Context("客服专员应在2小时内回复客户", 0, 1, 0, "", (("处理程序", "scenarios"),), "zh-CN")
    act = learned.step_probability(learned.features("客服专员应在2小时内回复客户", context))
    label = learned.step_probability(learned.features("附件", learned.Context("附件", 0, 1, 0, "", (), "zh-CN")))
    assert 0.0 <= label < learned.THRESHOLD <= act <= 1.0
    assert learned.features("客服专员应在2小时内回复客户", context) == learned.features("客服专员应在2小时内回复客户", context)
    assert [parts for _, parts in learned.clauses("接到投诉后，应立即登记；并报告主管。")] == [
        ["接到投诉后", "应立即登记"],
        ["并报告主管"],
    ]


@pytest.mark.skipif(not (ROOT.parent / "shared" / "reference").is_dir(), reason="the seed texts are in ../shared/reference")
def test_the_committed_weights_are_what_training_on_the_transcriptions_gives():
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "train_step_model.py"), "--check"], capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 0, run.stdout + run.stderr
