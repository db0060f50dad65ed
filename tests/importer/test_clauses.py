"""Where a Chinese sentence is parted into steps: a verb clause (an act) against a noun clause or a complement
(acts.verb_clause), read by steps._act_pieces and _joined. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from plancraft.importer import acts
from tests.importer.documents import import_validated


@pytest.mark.parametrize(
    "clause",
    [
        "并纳入季度考核",  # a joining word, then the verb
        "尽可能将争执双方隔开",  # an adverb, the one acted on, the verb
        "应立即解决",  # a modal, an adverb, the verb
        "在公示范围内通报处理结果",  # where, then the verb
        "减免当月服务费20%",  # an amount given: an act
        "值班经理应与用户协商上门时间",  # a post, its modal, with whom, the verb
        "对当事员工进行批评教育",  # 对… 进行…: an act, not a case
        "询问乘客希望的处理方式",  # a verb whose object holds a 的
    ],
)
def test_a_clause_with_a_verb_at_its_head_is_a_verb_clause(clause: str):
    assert acts.verb_clause(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "涉及人员、时间、地点",  # a list of nouns
        "以书面方式",  # a manner
        "以便及时处理",  # a purpose
        "确保问题解决",  # a result
        "在抢修完毕后",  # a time
        "用户报修",  # a case named by its nouns
        "调查结果",  # a verb that is a noun's first half
        "需核实的投诉事项",  # a noun and what is to be done about it
    ],
)
def test_a_noun_clause_or_a_complement_is_no_verb_clause(clause: str):
    assert not acts.verb_clause(clause)


def _steps(tmp_path: Path, *items: str) -> list[str]:
    source = tmp_path / "plan.txt"
    body = "\n\n".join(f"{n}. {item}" for n, item in enumerate(items, 1))
    source.write_text(f"某公交公司乘客投诉处理预案\n\n一、处理流程\n\n{body}\n", encoding="utf-8")
    return [str(a["do"]) for s in import_validated(source)["scenarios"] for a in s["actions"]]


def test_short_acts_after_commas_are_a_step_each_and_a_joining_word_alone_goes_with_the_act_after_it(tmp_path: Path):
    steps = _steps(tmp_path, "劝阻双方，平息事态，并将经过报告站长。", "调度员做好记录，同时，通知维修班到场。")
    assert steps[:3] == ["劝阻双方", "平息事态", "将经过报告站长"]
    assert steps[3:] == ["调度员做好记录", "同时，通知维修班到场"]


def test_a_case_named_by_its_nouns_stays_with_the_act_that_answers_it(tmp_path: Path):
    assert _steps(tmp_path, "车辆抛锚，乘客滞留，驾驶员立即报告调度室。") == ["车辆抛锚，乘客滞留，驾驶员立即报告调度室"]


def test_an_act_whose_object_names_a_wish_or_a_complaint_is_a_step(tmp_path: Path):
    # 希望 (why) and …的投诉 (a kind of case) say no step only when the sentence does not open with its act
    steps = _steps(tmp_path, "询问乘客希望的处理方式，做好记录。", "及时受理乘客的投诉。")
    assert steps == ["询问乘客希望的处理方式", "做好记录", "及时受理乘客的投诉"]


@pytest.mark.parametrize(
    ("clause", "case"),
    [
        ("如实记录投诉内容", False),  # 如实: truthfully, an adverb
        ("当场答复乘客", False),  # 当场: on the spot
        ("当地派出所到场后", True),  # a time clause all the same (…后)
        ("当乘客情绪激动", True),  # 当…: when
        ("如需转车", True),  # 如需: if needed
    ],
)
def test_an_adverb_that_opens_like_a_condition_word_is_no_case(clause: str, case: bool):
    assert bool(acts.ZH_COND_START.match(clause) or acts.ZH_COND_END.search(clause)) is case


def test_acts_opened_by_an_adverb_like_a_condition_word_are_a_step_each(tmp_path: Path):
    steps = _steps(tmp_path, "站务员耐心倾听，如实记录投诉内容，当场答复乘客。")
    assert steps == ["站务员耐心倾听", "如实记录投诉内容", "当场答复乘客"]


def test_a_matter_named_after_dui_is_the_case_of_the_act_after_it(tmp_path: Path):
    # 对跨站办理业务产生的投诉: 对 names the matter, its verb inside a noun phrase
    assert not acts.verb_clause("对跨站办理业务产生的投诉")
    assert _steps(tmp_path, "对跨站办理业务产生的投诉，由站长协调处理。") == ["对跨站办理业务产生的投诉，由站长协调处理"]


def test_a_manner_before_its_verb_and_an_aim_pursued_are_acts_but_a_purpose_is_not(tmp_path: Path):
    # 以书面形式告知…: the manner, then the act; 力争…: what is striven for, a step; 以便…: why the act before is done
    steps = _steps(tmp_path, "值班员核实情况，以书面形式告知乘客，力争当日解决。", "站长复核处理意见，以便及时答复。")
    assert steps == ["值班员核实情况", "以书面形式告知乘客", "力争当日解决", "站长复核处理意见，以便及时答复"]
    assert acts.verb_clause("以电话方式回访乘客") and not acts.verb_clause("以书面方式")


def test_what_an_act_is_done_to_named_after_dui_then_the_act_is_a_step_of_its_own(tmp_path: Path):
    # 对…认真调查核实: a verb after the matter (after its last 的); 对…的投诉 / 对…问题: the matter only, the case of what follows
    assert acts.verb_clause("对乘客反映的问题认真调查核实") and acts.verb_clause("对投诉人做好解释")
    assert not acts.verb_clause("对无人认领或涉及多个站点的问题")
    steps = _steps(tmp_path, "对乘客反映的问题认真调查核实，将结果告知乘客。")
    assert steps == ["对乘客反映的问题认真调查核实", "将结果告知乘客"]


def test_a_units_act_said_done_before_the_next_is_a_step_but_news_received_or_approval_is_the_next_steps_case(
    tmp_path: Path,
):
    steps = _steps(
        tmp_path,
        "票务部会同安全部确定停运事宜后，在候车大厅张贴停运公告。",
        "站务员接到投诉后，核对乘客信息。",
        "报经站长同意后，退还票款。",
    )
    assert steps == [
        "票务部会同安全部确定停运事宜后",
        "在候车大厅张贴停运公告",
        "站务员接到投诉后，核对乘客信息",
        "报经站长同意后，退还票款",
    ]


def test_a_clause_with_three_acts_and_no_comma_is_three_steps(tmp_path: Path):
    # two cuts inside one clause (acts.acts_inside): each at its own offset, not the second counted from the first
    steps = _steps(tmp_path, "值班员应立即赶赴现场并及时通知维修班组并立即上报站长。")
    assert steps == ["值班员应立即赶赴现场", "及时通知维修班组", "立即上报站长"]


def test_acts_listed_with_an_enumeration_comma_are_a_step_each_but_one_object_listed_is_one_act(tmp_path: Path):
    steps = _steps(tmp_path, "安抚乘客情绪、耐心解释原因、做好投诉记录。", "做好安抚、解释工作。", "票务部应保存、归档投诉材料。")
    assert steps == ["安抚乘客情绪", "耐心解释原因", "做好投诉记录", "做好安抚、解释工作", "票务部应保存、归档投诉材料"]


def test_a_threshold_is_the_case_of_the_act_after_it_not_a_step(tmp_path: Path):
    # 延误30分钟以上，减免20%: the amount given in that case, one step
    steps = _steps(tmp_path, "延误30分钟以上，减免票价20%；延误2小时以上，减免票价50%。")
    assert steps == ["延误30分钟以上，减免票价20%", "延误2小时以上，减免票价50%"]


def test_an_ordering_word_before_a_frame_leaves_it_the_frame_of_the_act_after_it(tmp_path: Path):
    steps = _steps(tmp_path, "首先做好接待，其次在处理上，属我方责任的应立即予以解决。")
    # (the ordering word itself is left out of the step, as the order of the steps says it)
    assert steps == ["首先做好接待", "在处理上，属我方责任的应立即予以解决"]


def test_a_sanction_given_in_the_procedure_is_a_step_but_a_rule_of_discipline_is_not(tmp_path: Path):
    steps = _steps(
        tmp_path,
        "核实情况。",
        "经调查属实的，对当事员工给予通报批评，并纳入月度考核。",
        "严禁推诿扯皮，违者给予处分。",  # a prohibition and its sanction
        "凡瞒报投诉的，对相关人员给予处罚。",  # a rule for whoever
    )
    assert steps == ["核实情况", "对当事员工给予通报批评", "纳入月度考核"]


@pytest.mark.parametrize(
    ("clause", "acts_"),
    [
        ("处理结果应及时告知投诉人", False),
        ("调查结果报分管领导", False),
        ("回复内容须经审核", False),
        ("处置期限自受理之日起计算", False),
        ("并及时处理投诉", True),
        ("在24小时内答复客户", True),
    ],
)
def test_a_verb_that_is_the_first_half_of_a_noun_opens_no_serial_act(clause: str, acts_: bool):
    # 处理结果, 调查结果, 回复内容: the noun guard holds after every verb of handling, not only the last one listed
    assert bool(acts.SERIAL_VERB.match(clause)) is acts_


def test_a_modal_clause_after_an_act_is_a_step_of_its_own_but_after_its_subject_goes_with_it(tmp_path: Path):
    steps = _steps(tmp_path, "站务员到场后，核实情况，要耐心做好解释。", "各车队、各站点，要做好乘客疏导。")
    assert "核实情况" in steps and "要耐心做好解释" in steps
    assert "各车队、各站点，要做好乘客疏导" in steps


def test_a_second_act_after_bing_and_a_word_of_promptness_is_a_step_of_its_own(tmp_path: Path):
    steps = _steps(tmp_path, "调度员应做好记录并及时反馈车队。", "值班员接收并登记乘客的失物。")
    assert "调度员应做好记录" in steps and "及时反馈车队" in steps
    assert "值班员接收并登记乘客的失物" in steps  # two verbs of one object: one act


def test_short_acts_that_win_a_complainant_round_are_a_step_each(tmp_path: Path):
    steps = _steps(tmp_path, "讲清道理，消除误会，取得谅解。")
    assert steps == ["讲清道理", "消除误会", "取得谅解"]


def test_listed_charges_that_open_with_fuze_under_a_units_heading_are_steps(tmp_path: Path):
    source = tmp_path / "plan.txt"
    source.write_text(
        "某公交公司乘客投诉处理办法\n\n一、投诉受理\n\n乘客可通过热线电话投诉。\n\n二、调度室\n\n"
        "（一）负责登记乘客的投诉。\n\n（二）负责把投诉转给车队核实。\n",
        encoding="utf-8",
    )
    steps = [str(a["do"]) for s in import_validated(source)["scenarios"] for a in s["actions"]]
    assert "负责登记乘客的投诉" in steps and "负责把投诉转给车队核实" in steps


def test_acts_a_post_is_to_carry_out_listed_after_zuodao_are_a_step_each(tmp_path: Path):
    steps = _steps(tmp_path, "站务员要做到热情接待、耐心倾听、妥善处理。", "调度员应保存、归档行车记录。")
    assert steps[:3] == ["站务员要做到热情接待", "耐心倾听", "妥善处理"]
    assert steps[3:] == ["调度员应保存、归档行车记录"]  # verbs of one object: one act


def test_bing_then_whom_the_act_reaches_after_a_bare_verb_is_a_second_act(tmp_path: Path):
    steps = _steps(tmp_path, "站长接到投诉后要亲自处理并向车队长报告。")
    assert steps == ["站长接到投诉后要亲自处理", "向车队长报告"]


@pytest.mark.parametrize("sentence", ["质检员有权对处理结果进行复核", "调度室要对投诉进行登记"])
def test_a_modal_or_an_authority_then_dui_is_an_act(sentence: str):
    assert acts.sentence_acts(sentence, listed=True)


@pytest.mark.parametrize(
    ("sentence", "acts_"),
    [
        ("一般投诉处理时间原则上不得超过5个工作日", True),  # a deadline of the handling stated as a rule
        ("负责登记乘客投诉，负责把投诉转给车队核实", True),  # charges that open with 负责
        ("乘客可在3个工作日内提出复查", False),  # what the complainant may do
        ("本办法自发布之日起施行", False),
    ],
)
def test_a_paragraph_left_unmapped_acts_when_it_states_a_ruled_deadline_or_opens_with_a_charge(sentence: str, acts_: bool):
    from plancraft.importer.extract import Extractor

    assert Extractor._sentence_acts(object.__new__(Extractor), sentence) is acts_
