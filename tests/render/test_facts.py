"""The document says only what the plan says (issue 16 part 1): no invented clauses, grading from the
actual levels, no heading without its content, a visible mark where a required section is missing."""

from __future__ import annotations

import copy
import re

import pytest

from plancraft import publish
from plancraft.render import render_docx

from .helpers import EXAMPLES, all_text, document, headings

SEED = EXAMPLES.parent / "seed"


def _text(plan: dict) -> str:
    return all_text(render_docx(plan))


def test_effective_clause_only_from_document_effective(zh_plan, en_plan):
    assert "本预案自2024年9月19日起施行。" in _text(zh_plan)
    for plan, phrase in ((zh_plan, "施行"), (en_plan, "takes effect")):
        plan = copy.deepcopy(plan)
        del plan["document"]["effective"]
        assert phrase not in _text(plan)


def test_interpretation_clause_only_from_the_plan_owner(zh_plan):
    assert "本预案由办公室主任（综合部经理）负责解释。" in _text(zh_plan)  # review.owner
    plan = copy.deepcopy(zh_plan)
    del plan["review"]["owner"]
    text = _text(plan)
    assert "负责解释" not in text and "农行重庆梁平支行负责解释" not in text  # the issuer is not the owner


@pytest.mark.parametrize("count", [1, 2, 4])
def test_grading_sentence_from_the_actual_levels(zh_plan, en_plan, count):
    for plan, lang in ((zh_plan, "zh"), (en_plan, "en")):
        plan = copy.deepcopy(plan)
        base = plan["levels"][0]
        plan["levels"] = [dict(base, id=f"l{i}", name=f"L{i}级") for i in range(1, count + 1)]
        for s in plan["scenarios"]:
            s["level"] = "l1"
        text = _text(plan)
        assert "由低到高分为" not in text and "by nature, severity and reach" not in text
        if count == 1:
            assert "本预案设" not in text and "The plan has" not in text
        elif lang == "zh":
            names = "、".join(f"L{i}级" for i in range(1, count + 1))
            assert f"本预案设{'二四'[count // 4]}个级别，由低到高依次为{names}。" in text
        else:
            assert f"The plan has {('two', 'four')[count // 4]} levels, from the lowest to the highest:" in text


def test_group_posts_do_not_repeat_the_role_title(zh_plan):
    text = _text(zh_plan)
    assert "组长：组长" not in text
    assert "组长：行长。" in text


def test_headings_name_only_what_is_there(zh_plan):
    plan = copy.deepcopy(zh_plan)
    del plan["monitoring"]
    del plan["limits"]
    h1 = headings(document(render_docx(plan)), 1)
    assert "三、投诉受理渠道" in h1 and not any("预警监测" in h for h in h1)
    assert "六、处理时限" in h1 and not any("限额" in h for h in h1)


def test_missing_required_sections_are_marked_in_drafts_only(zh_plan, en_plan):
    for plan, mark in ((zh_plan, "【未编写：应急处置】"), (en_plan, "[Missing: response procedures]")):
        plan = copy.deepcopy(plan)
        plan["scenarios"] = []
        plan.pop("drills", None)
        doc = document(render_docx(plan))
        paragraphs = [p.text for p in doc.paragraphs]
        assert mark in paragraphs
        assert not any("应急处置" in h or "Response procedures" in h for h in headings(doc))
        toc = [p.text for p in doc.paragraphs if p.style.name.startswith("toc")]
        assert not any("应急处置" in t or "Response procedures" in t for t in toc)
        assert mark not in all_text(render_docx(plan, final=True, approvals_current=True))


def test_final_is_refused_for_a_plan_without_scenarios(monkeypatch):
    checked = publish.check_for_render(SEED / "03-bank-plan-components.yaml")
    monkeypatch.setattr(publish.signoff, "current_approval", lambda data: {"step": "approved"})
    monkeypatch.setattr(publish.signoff, "chain_problems", lambda data: [], raising=False)
    with pytest.raises(publish.PublishRefused) as refused:
        publish.render_bytes(checked, final=True, templates_dir=None, reference_docx=None)
    assert "`levels`, `scenarios`" in str(refused.value)
    assert {d.code for d in refused.value.diagnostics} >= {"PC511"}


@pytest.mark.parametrize("path", sorted(SEED.glob("*.yaml")) + sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.stem)
def test_no_invented_sentence_on_bundled_plans(path):
    from .helpers import load_plan

    plan = load_plan(path)
    text = all_text(render_docx(plan))
    doc = plan["document"]
    if not doc.get("effective"):
        assert "起施行" not in text and "takes effect" not in text
    assert "印发之日" not in text and "date of issue" not in text
    assert "由低到高分为" not in text and "severity and reach" not in text
    assert not re.search(r"(组长|副组长)：\1", text)
    # no space between two Chinese characters that the plan did not write
    for m in re.finditer(r"(.)[ ]+(.)", text):
        a, b = m.groups()
        if re.match(r"[\u4e00-\u9fff，。；：、]", a) and re.match(r"[\u4e00-\u9fff]", b):
            assert f"{a} {b}" in path.read_text(encoding="utf-8"), m.group()
