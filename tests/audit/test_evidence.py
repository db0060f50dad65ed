"""Issue 14 items 3 and 7: audit evidences only what is there, and ranks hollow plans first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from plancraft.audit import audit
from plancraft.audit.coverage import COVERED, NOT, PARTLY, UNCHECKED, has_content, judge
from tests.lint.test_judgement import HOLLOW, UK

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "plans" / "examples" / "bank-branch.zh.yaml"


def test_has_content():
    data = {
        "levels": [{"id": "a"}, {"id": "b", "criteria": "x"}],
        "purpose": None,
        "scope": "【未载明】",
        "drills": {"every": "1y"},
        "review": {},
    }
    assert has_content(data, "levels[].criteria")
    assert not has_content(data, "levels[].end_when")
    assert has_content(data, "levels[].end_when|levels[].criteria")
    assert not has_content(data, "purpose") and not has_content(data, "scope")  # not stated is not content
    assert has_content(data, "drills.every") and not has_content(data, "review.every")


def test_a_rule_with_nothing_to_check_evidences_nothing():
    # PC304 found nothing because there are no time limits: not evidence that 第十八条 is met
    assert judge(("PC304", "PC307"), {"PC304", "PC307"}, set(), present=set()).state == NOT
    assert judge(("PC304", "PC307"), {"PC304", "PC307"}, set(), present={"PC307"}).state == COVERED
    assert judge(("PC304", "PC307"), {"PC304", "PC307"}, {"PC304"}, present={"PC307"}).state == PARTLY
    cell = judge(("PC106", "PC704"), {"PC106", "PC704"}, set(), present={"PC106"})
    assert cell.state == COVERED and cell.empty == ("PC704",)  # an optional parent plan does not spoil it


def _audit(tmp_path: Path, **plans: str):
    for name, text in plans.items():
        (tmp_path / f"{name}.yaml").write_text(text, encoding="utf-8")
    return audit([str(tmp_path)], as_of=dt.date(2026, 3, 1))


def test_a_hollow_plan_evidences_no_procedure_clause(tmp_path: Path):
    result = _audit(tmp_path, hollow=HOLLOW)
    plan = result.plans[0]
    levels_and_measures = result.coverage.cell("国办发〔2024〕5号 第十八条", plan.file)
    assert levels_and_measures.state == PARTLY and "PC109" in levels_and_measures.failing  # levels yes, measures no
    decision = result.coverage.cell("投诉办法 第十八条", plan.file)
    assert decision.state == NOT and decision.empty == ("PC304", "PC307")  # no time limit: nothing evidenced


def test_a_uk_plan_is_not_checked_against_chinese_clauses(tmp_path: Path):
    result = _audit(tmp_path, uk=UK)
    plan = result.plans[0]
    for clause in result.coverage.clauses:
        state = result.coverage.cell(clause.text, plan.file).state
        if clause.text.startswith(("投诉办法", "国办发", "生产安全", "GB/T")):
            assert state == UNCHECKED, clause.text


def test_needs_attention_ranks_the_hollow_plan_first(tmp_path: Path):
    complete = EXAMPLE.read_text(encoding="utf-8").replace("number: ", "number: x", 1)
    result = _audit(tmp_path, **{"a-complete": complete, "b-uk": UK, "c-hollow": HOLLOW})
    order = [Path(p.file).stem for p in result.attention]
    assert order[0] == "c-hollow", [(p.file, p.weight) for p in result.attention]
    weights = {Path(p.file).stem: p.weight for p in result.plans}
    assert weights["c-hollow"] > weights["b-uk"] > weights["a-complete"]
