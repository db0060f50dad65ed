"""The one test of whether text acts (importer/acts.py), read by the step reader and by the pass over paragraphs
left unmapped. Sentences written for these tests, in the forms plans use."""

from __future__ import annotations

import pytest

from plancraft.importer import acts


@pytest.mark.parametrize(
    "sentence",
    [
        "值班员应立即向值班领导报告",  # a post, its modal and the act
        "由综合科负责通知各相关单位",  # the one charged named after 由
        "接到停水报告后，维修班迅速赶赴现场",  # news received, then what is done
        "We will acknowledge your complaint within two working days.",
        "Log the call in the register.",
    ],
)
def test_a_sentence_that_says_something_is_done_acts(sentence: str):
    assert acts.sentence_acts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "本办法所称突发事件是指影响正常营业的事件。",  # a definition
        "服务热线：400-000-0000",  # a label and its contact
        "我们承诺以客户满意为宗旨。",  # a promise
        "投诉人应当提供真实的姓名和联系方式。",  # what the complainant must do
        "办公室负责日常值守，财务科负责资金保障。",  # charges, said once for the plan
        "If you are unhappy, you can ask for a review.",  # the reader's option
    ],
)
def test_what_describes_defines_promises_or_asks_the_complainant_does_not_act(sentence: str):
    assert not acts.sentence_acts(sentence)


@pytest.mark.parametrize(
    ("clause", "acting"),
    [("并及时通知用水户", True), ("确保供水安全", False), ("停水期间", False), ("如需疏散", False), ("在2小时内处理完毕", False)],
)
def test_a_clause_acts_by_its_grammar(clause: str, acting: bool):
    assert acts.clause_acts(clause) is acting
