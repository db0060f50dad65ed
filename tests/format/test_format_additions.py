"""Issue 14 item 1: jurisdiction, level thresholds, step `when`/`approval`, deadline owners and
`party: customer`, `document.source` and "not stated" — schema, model, fmt, diff and render in step."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plancraft.diff import diff_files
from plancraft.fmt import format_bytes
from plancraft.loader import load_bytes
from plancraft.model import EXTERNAL, ROLE, Plan, jurisdiction_of
from plancraft.render import render_docx
from plancraft.schema import validate
from plancraft.stated import is_not_stated

from tests.render.helpers import all_text, document, tables_text

PLAN = """\
plancraft: 1
document:
  id: x
  title: 客户投诉应急预案
  language: zh-CN
  jurisdiction: CN
  source:
    publication: 某银行官网 消费者权益保护专栏
    address: https://www.example.com/complaints.html
    date: 2023-06-01
purpose: null   # 原文未载明
scope: 【未载明】
principles:
  - title: 依法合规
organisation:
  roles:
    - {id: president, title: 行长}
    - {id: branch-head, title: 网点负责人}
external:
  - {id: regulator, name: 当地银保监分局}
levels:
  - {id: general, name: 一般投诉, criteria: 个别客户投诉}
  - id: major
    name: 重大投诉
    thresholds:
      - {measure: 投诉人数, min: 20, unit: 人}
      - {measure: 涉及金额, min: 200000, unit: CNY}
scenarios:
  - id: on-site
    title: 处理现场投诉
    level: general
    owner: branch-head
    actions:
      - when: 不能现场答复的
        do: 登记后转交投诉管理部门
        by: branch-head
        within: 1d
        approval: president
time_limits:
  - {id: first-reply, what: 首次回复客户, within: 1d, from: 收到投诉, owner: branch-head}
  - {id: decision, what: 作出处理决定, within: 15d, from: 收到投诉, after: first-reply, owner: branch-head}
  - {id: report, what: 报告处理结果, within: 3d, after: decision, owner: regulator}
  - {id: review-request, what: 申请复核, within: 30d, from: 收到处理决定, party: customer}
"""


def _loaded(text: str = PLAN):
    return load_bytes(text.encode("utf-8"), "plan.yaml")


def _data(text: str = PLAN) -> dict:
    import json

    return json.loads(json.dumps(_loaded(text).data, default=str))


def test_schema_accepts_every_addition() -> None:
    assert validate(_loaded()) == []


@pytest.mark.parametrize(
    "edit, where",
    [
        (("jurisdiction: CN", "jurisdiction: cn"), "jurisdiction"),
        (("jurisdiction: CN", "jurisdiction: CHN"), "jurisdiction"),
        (("min: 20,", "min: -1,"), "min"),
        (("min: 20,", 'min: "20人",'), "min"),
        (("party: customer", "party: client"), "party"),
        (("    address:", "    adress:"), "adress"),
        (("{measure: 投诉人数, min: 20, unit: 人}", "{measure: 投诉人数, unit: 人}"), "min"),
    ],
)
def test_schema_rejects_malformed_additions(edit: tuple[str, str], where: str) -> None:
    found = validate(_loaded(PLAN.replace(*edit)))
    assert found, edit
    assert any(where in d.message or where in str(d.path) for d in found), [d.message for d in found]


def test_not_stated_only_where_text_is_required() -> None:
    assert validate(_loaded(PLAN.replace("criteria: 个别客户投诉", "criteria: null"))), "optional text: leave it out"
    assert is_not_stated(None) and is_not_stated("【未载明】") and is_not_stated(" [Not Stated] ")
    assert not is_not_stated("未载明的事项由行长决定")


def test_jurisdiction_default() -> None:
    assert jurisdiction_of({"document": {"language": "zh-CN"}}) == "CN"
    assert jurisdiction_of({"document": {"language": "en"}}) is None
    assert jurisdiction_of({"document": {"language": "zh-CN", "jurisdiction": "HK"}}) == "HK"
    assert jurisdiction_of({"document": {"language": "en", "jurisdiction": "GB"}}) == "GB"


def test_model_references_for_approval_and_external_owner() -> None:
    plan = Plan(_loaded())
    by_field = {(r.field, r.target): r.allowed for r in plan.references}
    assert by_field[("scenarios[].actions[].approval", "president")] == (ROLE,)
    assert by_field[("time_limits[].owner", "regulator")] == (ROLE, EXTERNAL)


def test_fmt_puts_new_keys_in_format_order() -> None:
    text = (
        PLAN.replace(
            "        when: 不能现场答复的\n        do: 登记后转交投诉管理部门\n        by: branch-head\n        within: 1d\n"
            "        approval: president\n",
            "        approval: president\n        within: 1d\n        do: 登记后转交投诉管理部门\n        by: branch-head\n"
            "        when: 不能现场答复的\n",
        )
        .replace("  jurisdiction: CN\n", "")
        .replace("  language: zh-CN\n", "  language: zh-CN\n  jurisdiction: CN\n  parent: up.yaml\n")
    )
    text = text.replace(
        "  source:\n    publication: 某银行官网 消费者权益保护专栏\n    address: https://www.example.com/complaints.html\n"
        "    date: 2023-06-01\n",
        "  source:\n    date: 2023-06-01\n    address: https://www.example.com/complaints.html\n"
        "    publication: 某银行官网 消费者权益保护专栏\n",
    )
    out = format_bytes(text.encode("utf-8"), "plan.yaml").after
    assert "  language: zh-CN\n  jurisdiction: CN\n  parent: up.yaml\n  source:\n    publication:" in out
    assert "    address: https://www.example.com/complaints.html\n    date: 2023-06-01\n" in out
    assert (
        "      - when: 不能现场答复的\n        do: 登记后转交投诉管理部门\n        by: branch-head\n"
        "        within: 1d\n        approval: president\n"
    ) in out
    assert "purpose: null   # 原文未载明" in out
    assert format_bytes(out.encode("utf-8"), "plan.yaml").after == out


def test_diff_names_the_additions(tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"
    new = tmp_path / "new.yaml"
    old.write_text(PLAN, encoding="utf-8")
    new.write_text(
        PLAN.replace("jurisdiction: CN", "jurisdiction: HK")
        .replace("min: 20,", "min: 30,")
        .replace("approval: president", "approval: branch-head")
        .replace("when: 不能现场答复的", "when: 客户不接受现场答复的")
        .replace("date: 2023-06-01", "date: 2024-01-05")
        .replace(", party: customer}", "}"),
        encoding="utf-8",
    )
    result = diff_files(old, new)
    sentences = [c.sentence(result.language) for c in result.changes]
    assert "文件信息司法辖区：CN → HK" in sentences
    assert "文件信息 来源日期：2023年6月1日 → 2024年1月5日" in sentences
    assert "响应级别「重大投诉」量化标准「投诉人数」下限：20 → 30" in sentences
    assert "处置情形「处理现场投诉」第1步审批：行长 → 网点负责人" in sentences
    assert "处置情形「处理现场投诉」第1步情形：不能现场答复的 → 客户不接受现场答复的" in sentences
    assert "处理时限「申请复核」时限归属：客户（客户自己的期限） → （无）" in sentences
    assert len(sentences) == 6


def test_render_shows_the_additions() -> None:
    docx = render_docx(_data())
    text = all_text(docx)
    tables = tables_text(document(docx))
    source = next(t for t in tables if t[0][0] == "发布单位及出处")
    assert source[1] == ["某银行官网 消费者权益保护专栏", "https://www.example.com/complaints.html", "2023年6月1日"]
    assert "来源" in text
    levels = next(t for t in tables if t[0][0] == "级别")
    assert levels[0][:3] == ["级别", "判定标准", "量化标准"]
    assert levels[2][2] == "投诉人数≥20人；涉及金额≥200,000CNY"
    assert "适用情形：不能现场答复的。登记后转交投诉管理部门。责任人：网点负责人；审批人：行长；完成时限：1日内。" in text
    limits = next(t for t in tables if t[0][:3] == ["事项", "时限", "起算"])
    rows = {row[0]: row[1:] for row in limits[1:]}
    assert rows["作出处理决定"] == ["15日内", "收到投诉（在“首次回复客户”之后）", "网点负责人"]  # from wins over after
    assert rows["报告处理结果"] == ["3日内", "“作出处理决定”完成后", "当地银保监分局"]
    assert rows["申请复核"] == ["30日内", "收到处理决定", "客户（客户自身期限）"]
    assert "（一）编制目的\n原文未载明。\n（二）适用范围\n原文未载明。" in text
    assert "None" not in text and "【未载明】" not in text


def test_render_english_not_stated_and_source() -> None:
    data = _data(PLAN.replace("language: zh-CN", "language: en"))
    text = all_text(render_docx(data))
    assert "Not stated in the source." in text
    assert "Published by" in text and "Applies when: 不能现场答复的." in text
    assert re.search(r"Approved by: 行长", text)
