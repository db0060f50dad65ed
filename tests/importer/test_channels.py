"""The ways to complain (importer/channels.py): each channel by its short name, kind and contact, not the sentence that
names it; what a sentence says besides kept with it; a sentence naming no way kept as text, never a step."""

from __future__ import annotations

from pathlib import Path

import pytest

from plancraft.importer.channels import channels_in
from tests.importer.documents import import_validated


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "服务对象可通过中心的投诉专线电话(0398-2775551)或者拨打政务服务热线12345提起投诉;",
            "zh-CN",
            [("投诉专线电话", "phone", "0398-2775551"), ("政务服务热线12345", "phone", "12345")],
        ),
        (
            "客户可透过电话、书面信函、亲至各分行,或透过电子邮件直接向本行服务品质部提出申诉。",
            "zh-CN",
            [("电话", "phone", ""), ("书面信函", "letter", ""), ("各分行", "branch", ""), ("电子邮件", "email", "")],
        ),
        (
            "寄送信函或发送电子邮件至我公司提出投诉(收信地址:北京市朝阳区建国门外大街甲12号;电子邮箱地址:ts@example.com)",
            "zh-CN",
            [("信函", "letter", "北京市朝阳区建国门外大街甲12号"), ("电子邮件", "email", "ts@example.com")],
        ),
        # the unit that must publish the number is no way to complain; the means of an act (电话回访) neither
        (
            "各营业网点要对外公布服务监督电话,设置意见箱、意见簿,并做好电话记录。",
            "zh-CN",
            [("服务监督电话", "phone", ""), ("意见箱", "other", ""), ("意见簿", "other", "")],
        ),
        ("登录官方微信公众号“某某银行”,点击“我的-在线投诉”提出投诉。", "zh-CN", [("官方微信公众号“某某银行”", "online", "")]),
        (
            "Post: Ground floor, 35 Cotham Road, Kew, Victoria 3101.",
            "en",
            [("Post", "letter", "Ground floor, 35 Cotham Road, Kew, Victoria 3101")],
        ),
        (
            "You can phone us on +61 8 7200 3586 or write to us.",
            "en",
            [("Phone", "phone", "+61 8 7200 3586"), ("Letter", "letter", "")],
        ),
        ("Email: complaints@example.org", "en", [("Email", "email", "complaints@example.org")]),
        ("Calls may be recorded for training and monitoring purposes.", "en", []),
        ("通过新闻媒体反映的投诉，由办公室受理。", "zh-CN", [("新闻媒体", "media", "")]),
        ("在应急预案实施时,及时有效的联系方式十分关键。", "zh-CN", []),
    ],
)
def test_a_sentence_gives_each_way_it_names_with_its_own_contact(sentence: str, lang: str, expected: list):
    assert [(w.name, w.kind, w.contact) for w in channels_in(sentence, lang)] == expected


def test_hours_go_to_the_phone_line():
    [way] = channels_in("客服热线95580(7×24小时)", "zh-CN")
    assert (way.name, way.contact, way.hours) == ("客服热线95580", "95580", "7×24小时")


def test_a_channels_section_gives_short_names_and_contacts_and_keeps_the_rest(tmp_path: Path):
    source = tmp_path / "plan.md"
    long_way = (
        "登录我公司官方网站(www.example.com.cn),并注册用户后,点击“用户中心-网上投诉”自助提出投诉,我公司将在收到投诉后"
        "按照公司投诉处理规定及时予以登记,并由客户服务部门统一转交相关部门调查处理,处理结果将通过短信或电话告知客户本人。"
    )
    source.write_text(
        "# 客户投诉处理办法\n\n## 一、投诉渠道\n\n"
        "1. 全国统一客户服务热线95567(7×24小时)。\n\n"
        f"2. {long_way}\n\n"
        "3. 寄送信函至我公司(收信地址:北京市朝阳区建国门外大街甲12号)。\n\n"
        "4. 公司应当保障投诉渠道畅通。\n\n"
        "## 二、处理程序\n\n1. 客户服务部接到投诉后1个工作日内登记。\n",
        encoding="utf-8",
    )
    data = import_validated(source)
    channels = [(c["name"], c["kind"], c.get("contact"), c.get("hours")) for c in data["channels"]]
    assert channels == [
        ("全国统一客户服务热线95567", "phone", "95567", "7×24小时"),
        ("官方网站", "online", "www.example.com.cn", None),
        ("信函", "letter", "北京市朝阳区建国门外大街甲12号", None),
    ]
    # a way's sentence that says more (how it is handled) is kept whole with it, not cut at 120 characters
    assert data["channels"][1]["x-text"] == long_way
    # a sentence naming no way is kept as text under its heading, and is no step of the procedure
    assert [u for u in data["x-unmapped"] if "畅通" in u["text"]] == [
        {"at": "第6段", "heading": "投诉渠道", "text": "公司应当保障投诉渠道畅通。"}
    ]
    steps = [a["do"] for s in data["scenarios"] for a in s["actions"]]
    assert steps == ["客户服务部接到投诉后1个工作日内登记"]


def test_headings_that_name_ways_are_channels_with_what_stands_under_them(tmp_path: Path):
    source = tmp_path / "plan.md"
    source.write_text(
        "# Complaints procedure\n\n"
        "To make a complaint, you can contact us in the following ways:\n\n"
        "## By phone\n\nOur team can be contacted on 0800 408 6407, Monday to Friday between 9.00am and 7.00pm.\n\n"
        "## By post\n\nYou can write to us at:\n\nCustomer Care team\n\nExample Bank PLC\n\nPO Box 12461\n\nBirmingham\n\n"
        "B16 6AQ\n\n"
        "## By email\n\nEmail complaints@example.co.uk\n\n"
        "## What happens next\n\nWe will acknowledge your complaint within 5 working days.\n\n"
        "## Financial Ombudsman Service\n\n"
        "If you are still unhappy with our final response, you may refer your complaint to the Financial Ombudsman "
        "Service.\n",
        encoding="utf-8",
    )
    data = import_validated(source)
    channels = [(c["name"], c["kind"], c.get("contact"), c.get("hours")) for c in data["channels"]]
    assert channels == [
        ("By phone", "phone", "0800 408 6407", "Monday to Friday between 9.00am and 7.00pm"),
        ("By post", "letter", "Customer Care team, Example Bank PLC, PO Box 12461, Birmingham, B16 6AQ", None),
        ("By email", "email", "complaints@example.co.uk", None),
    ]
    assert data["channels"][1]["x-text"] == "You can write to us at:"
    # the address is the channel's contact, no longer five loose lines; an ombudsman's heading is where to go next,
    # not a way to complain to the organisation
    assert not [u for u in data.get("x-unmapped") or [] if u["text"] in ("PO Box 12461", "Birmingham")]
    steps = [a["do"] for s in data["scenarios"] for a in s["actions"]]
    assert any("Financial Ombudsman" in step for step in steps), steps


def test_a_compound_way_is_of_its_last_noun_and_a_labelled_address_is_its_contact():
    ways = channels_in("客户可通过支行投诉电话0371-6688123、各网点意见簿或来信（地址：城东路88号）反映问题。", "zh-CN")
    assert [(w.name, w.kind, w.contact) for w in ways] == [
        ("支行投诉电话0371-6688123", "phone", "0371-6688123"),
        ("各网点意见簿", "other", ""),
        ("来信", "letter", "城东路88号"),
    ]


def test_what_stands_under_a_way_heading_is_never_lost_and_a_street_number_is_no_heading(tmp_path: Path):
    # 12 Mill Lane is a line of the address, not a heading numbered 12; the lines that are no address are kept
    source = tmp_path / "plan.md"
    source.write_text(
        "# Complaints procedure\n\n## By phone\n\nCall 0161 555 0199.\n\n## By post\n\nWrite to us at:\n\n"
        "Complaints Team\n\nRiverside Housing\n\n12 Mill Lane\n\nSalford\n\nM5 4WT\n\n"
        "## Stage 1\n\nWe will respond within 10 working days.\n",
        encoding="utf-8",
    )
    data = import_validated(source)
    post = next(c for c in data["channels"] if c["name"] == "By post")
    assert post["contact"] == "Complaints Team, Riverside Housing, 12 Mill Lane, Salford, M5 4WT"
    assert post["x-text"] == "Write to us at:"
    assert not [u for u in data.get("x-unmapped") or [] if u.get("heading") == "Mill Lane"]
