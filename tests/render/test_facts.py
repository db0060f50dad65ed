"""The document says only what the plan says (issue 16 part 1): no invented clauses, grading from the
actual levels, no heading without its content, a visible mark where a required section is missing."""

from __future__ import annotations

import copy
import re

import pytest

from plancraft import publish
from plancraft.render.options import RenderOptions
from plancraft.render import render_docx

from .helpers import EXAMPLES, FIXTURES, all_text, document, headings

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
        # the mark stands under the section's own heading (numbered, in the contents), not under the previous one
        heading = paragraphs[paragraphs.index(mark) - 1]
        assert heading in headings(doc, 1) and re.search("应急处置|Response procedures", heading), heading
        toc = [p.text.split("\t")[0] for p in doc.paragraphs if p.style.name.startswith("toc")]
        assert heading in toc
        final = render_docx(plan, RenderOptions(final=True, approvals_current=True))
        assert mark not in all_text(final)
        assert not any("应急处置" in h or "Response procedures" in h for h in headings(document(final)))


def test_a_hollow_plan_marks_each_missing_section_under_its_own_heading():
    plan = {
        "plancraft": 1,
        "document": {"id": "hollow", "title": "客户投诉应急预案", "language": "zh-CN"},
        "scope": "本预案适用于本行各营业网点。",
        "principles": [],
        "organisation": {},
        "levels": [],
        "scenarios": [],
    }
    doc = document(render_docx(plan))
    body = [(p.style.name, p.text) for p in doc.paragraphs if p.text.strip()]
    start = body.index(("Heading 1", "一、总则"))
    assert body[start:] == [
        ("Heading 1", "一、总则"),
        ("Heading 2", "（一）编制目的"),
        ("Normal", "【未编写：编制目的】"),
        ("Heading 2", "（二）适用范围"),
        ("Normal", "本预案适用于本行各营业网点。"),
        ("Heading 2", "（三）工作原则"),
        ("Normal", "【未编写：工作原则】"),
        ("Heading 1", "二、组织机构及职责"),
        ("Normal", "【未编写：组织机构及职责】"),
        ("Heading 1", "三、分级标准"),
        ("Normal", "【未编写：分级标准】"),
        ("Heading 1", "四、应急处置"),
        ("Normal", "【未编写：应急处置】"),
    ]


def test_final_is_refused_for_a_plan_without_scenarios(monkeypatch):
    checked = publish.check_for_render(SEED / "03-bank-plan-components.yaml")
    monkeypatch.setattr(publish.signoff, "current_approval", lambda data: {"step": "approved"})
    monkeypatch.setattr(publish.signoff, "chain_problems", lambda data: [], raising=False)
    with pytest.raises(publish.PublishRefused) as refused:
        publish.render_bytes(checked, RenderOptions(final=True))
    assert "`levels`, `scenarios`" in str(refused.value)
    assert {d.code for d in refused.value.diagnostics} >= {"PC511"}


OUTSIDE = EXAMPLES.parent / "outside"


@pytest.mark.parametrize(
    "path",
    sorted(SEED.glob("*.yaml"))
    + sorted(EXAMPLES.glob("*.yaml"))
    + sorted(OUTSIDE.glob("*.yaml"))
    + [FIXTURES / "water-utility.zh.yaml"],
    ids=lambda p: p.stem,
)
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


def test_a_customers_route_to_the_ombudsman_is_labelled_as_the_customers(en_plan):
    from plancraft.render.cards import cards_docx

    plan = copy.deepcopy(en_plan)
    plan["external"].append({"id": "fos", "name": "Financial Ombudsman Service", "kind": "Ombudsman", "phone": "0800 023 4567"})
    plan["scenarios"][0]["escalation"].append({"when": "The customer is unhappy with the final response", "to": "fos"})
    doc = document(render_docx(plan))
    rows = [[c.text for c in r.cells] for t in doc.tables for r in t.rows]
    assert ["The customer is unhappy with the final response", "Customer may refer to Financial Ombudsman Service", "—"] in rows
    assert any(r[0] == "Escalate to" or "Escalate to" in r for r in rows)
    # listed with the external parties, not as an emergency contact of staff
    texts = [p.text for p in doc.paragraphs]
    assert texts.index("External parties") > texts.index("Emergency contacts (staff)")
    assert "Financial Ombudsman" not in all_text(cards_docx(plan))  # not a duty on anyone's card


def test_a_plan_unlike_the_bundled_ones():
    from .helpers import load_plan

    doc = document(render_docx(load_plan(FIXTURES / "water-utility.zh.yaml")))
    texts = [p.text for p in doc.paragraphs]
    assert "组长：总经理。" in texts and "副组长：分管客服副总经理。" in texts
    assert "本预案设四个级别，由低到高依次为四级、三级、二级、一级。" in texts
    assert "为规范停水事件中的客户投诉处理，及时回应用户诉求，减少停水对居民生活的影响，制定本细则。" in texts
    assert not any("施行" in t or "负责解释" in t for t in texts)  # no effective date, no review owner
    assert "某市自来水有限公司停水事件\n客户投诉应急处理办法实施细则" in texts
    limits = next(t for t in [[[c.text for c in r.cells] for r in tb.rows] for tb in doc.tables] if t[0][0] == "事项")
    assert limits[1][2] == "每次"


def test_level_and_owner_names_are_data_not_template_source(zh_plan):
    # a backslash or quote in a name must not become a YAML escape in the sentences' template
    plan = copy.deepcopy(zh_plan)
    plan["levels"][0]["name"] = 'A\\b "quoted" {names}'
    next(r for r in plan["organisation"]["roles"] if r["id"] == "office-head")["title"] = "办公室主任\\n{count}"
    text = _text(plan)
    assert 'A\\b "quoted" {names}、' in text
    assert "本预案由办公室主任\\n{count}（综合部经理）负责解释。" in text


def test_a_complaint_procedure_calls_itself_a_procedure(zh_plan, en_plan):
    """document.type: complaint-procedure — the standing sentences and the emergency-only headings
    name a procedure, not an emergency plan; an emergency plan (the default) is unchanged."""
    zh = copy.deepcopy(zh_plan)
    zh["document"]["type"] = "complaint-procedure"
    text = _text(zh)
    assert "本程序自2024年9月19日起施行。" in text and "本程序由办公室主任（综合部经理）负责解释。" in text
    assert "本预案自" not in text and "本预案由" not in text  # (the plan's own text may say 本预案)
    names = headings(document(render_docx(zh)))
    assert any(h.endswith("投诉处理程序") for h in names) and any(h.endswith("程序管理") for h in names)
    assert not any(h.endswith(("应急处置", "预案管理", "启动条件", "处置要点")) for h in names)
    assert any(h.endswith("适用情形") for h in names)
    en = copy.deepcopy(en_plan)
    en["document"]["type"] = "complaint-procedure"
    text = _text(en)
    assert "This procedure takes effect on" in text and "This plan takes effect" not in text
    names = headings(document(render_docx(en)))
    assert any(h.endswith("Complaint handling") for h in names)
    assert "本预案自2024年9月19日起施行。" in _text(zh_plan)  # unchanged without the key
