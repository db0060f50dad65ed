"""Issue 14: `document.type` (emergency-plan | complaint-procedure) — schema, model default, fmt
order, diff, the engine's one applicability check, the rule catalogue and the audit."""

from __future__ import annotations

from pathlib import Path

import pytest

from plancraft.diff import diff_files
from plancraft.fmt import format_bytes
from plancraft.lint.catalogue import explain, markdown, rule_info
from plancraft.lint.config import Config
from plancraft.loader import load_bytes
from plancraft.model import COMPLAINT_PROCEDURE, DOCUMENT_TYPES, EMERGENCY_PLAN, document_type_of
from plancraft.rules import BY_CODE, RULES, applies_to, document_types
from plancraft.schema import validate

from tests.conftest import lint_text

EMERGENCY_ONLY = ("PC204", "PC205", "PC207", "PC211", "PC213", "PC216", "PC217", "PC220", "PC401", "PC406", "PC407", "PC411")
PROCEDURE_ONLY = ("PC452",)  # a complainant's next route: an emergency plan answers an incident

PLAN = """\
plancraft: 1
document:
  id: x
  title: 投诉处理程序
  type: complaint-procedure
  language: zh-CN
purpose: 规范投诉处理
scope: 本中心受理的投诉
principles: []
organisation:
  roles:
    - {id: office, title: 投诉办公室, duties: [受理投诉]}
levels:
  - {id: simple, name: 服务态度投诉, lead: office}
  - {id: complex, name: 涉及多个科室的投诉, lead: office}
scenarios:
  - id: handle
    title: 处理投诉
    owner: office
    level: complex
    actions:
      - {do: 登记并调查, by: office, within: 3d}
"""


def test_schema_accepts_both_types_and_nothing_else() -> None:
    for kind in DOCUMENT_TYPES:
        assert validate(load_bytes(PLAN.replace("complaint-procedure", kind).encode("utf-8"), "p.yaml")) == []
    found = validate(load_bytes(PLAN.replace("complaint-procedure", "procedure").encode("utf-8"), "p.yaml"))
    assert [(d.line, d.column) for d in found] == [(5, 9)]


def test_default_is_emergency_plan() -> None:
    assert document_type_of({"document": {"language": "zh-CN"}}) == EMERGENCY_PLAN
    assert document_type_of({"document": {"type": "complaint-procedure"}}) == COMPLAINT_PROCEDURE
    assert document_type_of(None) == EMERGENCY_PLAN


@pytest.mark.parametrize(
    "title, expected",
    [
        ("投诉处理程序", COMPLAINT_PROCEDURE),
        ("某某银行客户投诉管理办法", COMPLAINT_PROCEDURE),
        ("Complaints procedure", COMPLAINT_PROCEDURE),
        ("Social housing complaints — complaints process", COMPLAINT_PROCEDURE),
        ("Complaints handling policy", COMPLAINT_PROCEDURE),
        ("Comments, compliments and complaints", COMPLAINT_PROCEDURE),
        ("投诉须知", COMPLAINT_PROCEDURE),
        ("Customer Complaint Emergency Plan", EMERGENCY_PLAN),
        ("Complaints handling plan", EMERGENCY_PLAN),
        ("群体性投诉处置办法", EMERGENCY_PLAN),
        ("重大消费投诉处理办法", EMERGENCY_PLAN),  # 投诉办法 第二十九条's plan, whatever it is called
        ("Major complaints procedure", EMERGENCY_PLAN),
        ("客户投诉应急预案", EMERGENCY_PLAN),
        ("重大客户投诉应急处理办法", EMERGENCY_PLAN),
        ("Emergency complaints procedure", EMERGENCY_PLAN),
        ("城区重要用户停电抢修服务应急办法", EMERGENCY_PLAN),
        ("【未载明】", EMERGENCY_PLAN),
    ],
)
def test_an_unstated_type_follows_a_title_that_names_a_procedure(title: str, expected: str) -> None:
    assert document_type_of({"document": {"title": title}}) == expected
    stated = "emergency-plan" if expected == COMPLAINT_PROCEDURE else "complaint-procedure"
    assert document_type_of({"document": {"title": title, "type": stated}}) == stated  # stated wins


def test_every_declared_type_is_a_known_one() -> None:
    for rule in RULES:
        assert set(document_types(rule)) <= set(DOCUMENT_TYPES), rule.CODE
    assert sorted(r.CODE for r in RULES if tuple(document_types(r)) == (EMERGENCY_PLAN,)) == list(EMERGENCY_ONLY)
    assert sorted(r.CODE for r in RULES if tuple(document_types(r)) == (COMPLAINT_PROCEDURE,)) == list(PROCEDURE_ONLY)


def test_the_engine_skips_a_rule_that_does_not_judge_the_type() -> None:
    procedure = {d.code for d in lint_text(PLAN)}
    emergency = {d.code for d in lint_text(PLAN.replace("complaint-procedure", "emergency-plan"))}
    assert not procedure & set(EMERGENCY_ONLY)
    assert {"PC204", "PC205", "PC401", "PC406", "PC407", "PC411"} <= emergency
    assert emergency - procedure <= set(EMERGENCY_ONLY)  # nothing else changes
    assert applies_to(BY_CODE["PC401"], EMERGENCY_PLAN) and not applies_to(BY_CODE["PC401"], COMPLAINT_PROCEDURE)
    assert applies_to(BY_CODE["PC409"], COMPLAINT_PROCEDURE)


def test_catalogue_and_docs_name_the_types() -> None:
    assert rule_info(BY_CODE["PC401"])["document_types"] == [EMERGENCY_PLAN]
    assert rule_info(BY_CODE["PC409"])["document_types"] == list(DOCUMENT_TYPES)
    assert "Applies only to documents of type emergency-plan (`document.type`)" in explain("PC401")
    assert "Applies only to documents of type" not in explain("PC409")
    text = markdown([rule_info(BY_CODE["PC411"])])
    assert "Applies only to documents of type `emergency-plan` (`document.type`)." in text
    committed = (Path(__file__).resolve().parents[2] / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed.count("Applies only to documents of type `emergency-plan`") == len(EMERGENCY_ONLY)


def test_fmt_puts_type_after_title() -> None:
    text = PLAN.replace("  type: complaint-procedure\n", "").replace(
        "  language: zh-CN\n", "  language: zh-CN\n  type: complaint-procedure\n"
    )
    out = format_bytes(text.encode("utf-8"), "plan.yaml").after
    assert "  title: 投诉处理程序\n  type: complaint-procedure\n" in out


def test_diff_names_the_type(tmp_path: Path) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(PLAN.replace("complaint-procedure", "emergency-plan"), encoding="utf-8")
    new.write_text(PLAN, encoding="utf-8")
    sentences = [c.sentence("zh-CN") for c in diff_files(old, new).changes]
    assert sentences == ["文件信息文件类型：应急预案（emergency-plan） → 投诉处理程序（complaint-procedure）"]


@pytest.mark.parametrize("kind, expected", [("complaint-procedure", False), ("emergency-plan", True)])
def test_audit_does_not_count_a_rule_that_does_not_apply(tmp_path: Path, kind: str, expected: bool) -> None:
    from plancraft.audit.collect import _rules_run

    data = load_bytes(PLAN.replace("complaint-procedure", kind).encode("utf-8"), "p.yaml").data
    assert ("PC401" in _rules_run(Config(), "p.yaml", document_type_of(data))) is expected
    assert "PC409" in _rules_run(Config(), "p.yaml", document_type_of(data))


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Complaints procedure", "complaint-procedure"),
        ("客户投诉处理办法", "complaint-procedure"),
        ("重大客户投诉应急预案", None),  # an emergency plan keeps the default
    ],
)
def test_import_sets_the_type_from_the_title(tmp_path: Path, title: str, expected: str | None) -> None:
    from plancraft.importer import import_document

    source = tmp_path / "source.md"
    body = (
        "We aim to resolve complaints within 8 weeks."
        if title.isascii()
        else "一、总则\n\n为规范投诉处理，制定本办法。\n\n二、处理时限\n\n收到投诉后15日内作出处理决定。"
    )
    source.write_text(f"# {title}\n\n{body}\n", encoding="utf-8")
    data = import_document(source).data
    assert str(data["document"]["title"]) == title
    assert data["document"].get("type") == expected
