"""The one test of whether text acts (importer/acts.py), read by the step reader and by the pass over paragraphs
left unmapped. Sentences written for these tests, in the forms plans use."""

from __future__ import annotations

import pytest

from plancraft.importer import acts
from plancraft.importer.hant import read_simplified


@pytest.mark.parametrize(
    "sentence",
    [
        "值班员应立即向值班领导报告",  # a post, its modal and the act
        "由综合科负责通知各相关单位",  # the one charged named after 由
        "接到停水报告后，维修班迅速赶赴现场",  # news received, then what is done
        "We will acknowledge your complaint within two working days.",
        "Log the call in the register.",
        "值守人员有权要求无关车辆驶离库区",  # an authority given to a post
        "调度中心将于2小时内通报处置进展",  # what a unit will do
        "维修班组视情况将故障上报工程部",  # the time or manner before 将 is no subject
        "保持与气象部门的联络畅通",  # a bare officialese verb first
        "开通夜间抢修专线",
        "及时拨打119火警电话",  # an act that names a telephone, no contact details
        "立即启动本预案",  # the plan started, not talked about
        "各站点要在当天下班前清点库存",  # a unit named by its ending, and its deadline
        # the phone as the manner of the complaint or as the verb, no contact details
        "If a complaint is made to you in person or on the phone, record it on the log.",
        "The duty manager will phone the customer back.",
    ],
)
def test_a_sentence_that_says_something_is_done_acts(sentence: str):
    assert acts.sentence_acts(sentence)


def test_a_sentence_in_traditional_characters_acts_as_read_in_simplified_ones():
    assert acts.sentence_acts(read_simplified("組織庫管員檢查滅火器"))


@pytest.mark.parametrize(
    "sentence",
    [
        "本办法所称突发事件是指影响正常营业的事件。",  # a definition
        "服务热线：400-000-0000",  # a label and its contact
        "我们承诺以客户满意为宗旨。",  # a promise
        "投诉人应当提供真实的姓名和联系方式。",  # what the complainant must do
        "办公室负责日常值守，财务科负责资金保障。",  # charges, said once for the plan
        "If you are unhappy, you can ask for a review.",  # the reader's option
        "举报人须写明被举报单位的名称。",  # what the one who reports must do
        "各站点要高度重视安全生产工作。",  # an attitude urged
        "自来水公司应当热情对待每一位来电用户。",  # the organisation at large: a maxim
        "本预案由运营部负责解释。",  # the plan talked about
        "服务热线：0755 1234 5678",
        "制定本单位投诉处理制度。",  # a rule made
        "Complaints can be made by phone or in writing.",  # the ways to complain
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


def test_a_chinese_item_lettered_with_a_space_or_a_comma_of_enumeration_is_an_item(tmp_path):
    from tests.importer.documents import import_validated

    source = tmp_path / "plan.txt"
    source.write_text("某仓库火情应急预案\n\n一、现场处置\n\nA 立即关闭仓库总电源。\n\nB、组织库管员撤离。\n", encoding="utf-8")
    steps = [str(a["do"]) for s in import_validated(source)["scenarios"] for a in s["actions"]]
    assert steps == ["立即关闭仓库总电源", "组织库管员撤离"]


@pytest.mark.parametrize(
    ("clause", "second"),
    [
        ("巡检员发现漏点后应立即关闭阀门并及时通知调度室", "并及时通知调度室"),
        ("值班长应当场核对数据及时报告站长", "及时报告站长"),
        ("安全员要清点人员并且如实登记伤情", "并且如实登记伤情"),
    ],
)
def test_a_second_act_with_no_comma_before_it_starts_where_its_joining_word_or_promptness_does(clause: str, second: str):
    cuts = acts.acts_inside(clause)
    assert [clause[at:] for at in cuts[-1:]] == [second]


@pytest.mark.parametrize(
    "clause",
    [
        "应将两个工作组合并处理",  # 并 inside a word
        "并对重大故障及时上报公司",  # nothing done before 及时: the matter it is about
        "能自行修复的组织班组抢修",  # a case, then its act
        "应及时通知调度室",  # the adverb goes with the verb after its modal
        "排查隐患并进行的整改",  # a noun phrase after 并
    ],
)
def test_a_clause_of_one_act_is_not_parted(clause: str):
    assert acts.acts_inside(clause) == []


@pytest.mark.parametrize(
    ("sentence", "acting"),
    [
        ("巡逻队员发现险情后，立即封锁出入口", True),  # a case, then a clause that opens with its verb
        ("仓储部统一协调，组织搬运人员转移货物", True),  # a unit, then its verb first in the next clause
        ("值守岗位为保卫科科长(如遇火情,立即通知消防队)", False),  # a post named, a note in brackets
        ("各班组要高度重视，加强协作", False),  # an attitude urged
        ("企业需要重视客户意见，及时进行改进", False),  # the organisation at large: a maxim
        ("可以通过座谈等方式，了解职工的意见", False),  # a way one may take
        ("以保障职工安全为根本，落实各项措施", False),  # what the work rests on
    ],
)
def test_a_clause_that_opens_with_its_verb_makes_a_sentence_act_unless_it_is_urged_or_optional(sentence: str, acting: bool):
    assert acts.sentence_acts(sentence) is acting


@pytest.mark.parametrize(
    ("sentence", "acting"),
    [
        ("来电较多时，认真核对每位来电人的身份", True),  # an adverb that only a verb follows
        ("夜班人员到岗后，及时转告值班长", True),
        ("有明确的诉求、理由和相关证据", False),  # 理由 is no agent after 由
        ("领导小组下设办公室，办公室设在安全部", False),  # the organisation built
        ("“首问负责”是窗口服务的基本要求", False),  # what the work is
    ],
)
def test_an_adverb_first_acts_and_what_builds_or_describes_the_work_does_not(sentence: str, acting: bool):
    assert acts.sentence_acts(sentence) is acting


def test_what_is_striven_for_after_an_act_is_a_clause_that_may_act_and_a_purpose_is_not():
    assert not acts.clause_acts("以便事后查证")
    assert not acts.ZH_TAIL.match("力争当日修复")  # an aim of its own, read as a step after an act


@pytest.mark.parametrize(
    ("sentence", "acting"),
    [
        ("遇到停电，值班电工与供电局联系抢修时间", True),  # the clause a case governs is a verb clause
        ("需提供真实姓名、联系方式", False),  # what one who complains brings
        ("定期向住户征求对服务的意见", False),  # a routine of the year
    ],
)
def test_a_first_or_governed_verb_clause_acts(sentence: str, acting: bool):
    assert acts.sentence_acts(sentence) is acting


def test_the_words_of_acts_in_traditional_characters_read_as_simplified_ones():
    text = read_simplified("值班員應立即趕赴現場並儘快通知維修班組，張貼告示並公佈滅火器位置")
    assert text == "值班员应立即赶赴现场并尽快通知维修班组，张贴告示并公布灭火器位置"
    assert acts.sentence_acts(text)


def test_a_sentence_that_ends_in_an_abbreviation_ends_there():
    # …reviewing park-wide CCTV. It is our aim…: two sentences (heldout132); J. Smith is one name
    from plancraft.importer.text import sentences

    text = "It will be investigated, which may include reviewing CCTV. It is our aim to respond in 30 days. Ask J. Smith."
    assert sentences(text) == [
        "It will be investigated, which may include reviewing CCTV",
        "It is our aim to respond in 30 days",
        "Ask J. Smith",
    ]
