"""Findings in Chinese use Chinese punctuation where plancraft joins the pieces of a message: lists
with 、, citations in （…；…）, a missing key after a colon, no space left between two Chinese words
(found as a new user would, on the shipped plans and on a plan copied from a Word file)."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from plancraft.lint.engine import check_paths
from tests.conftest import PLANS

CJK = "\u4e00-\u9fff"

WORD_COPY = textwrap.dedent(
    """\
    plancraft: 1
    document:
      id: xx-complaints
      title: XX银行XXX支行客户投诉应急预案
      issuer: 示例银行梁平支行
      language: zh-CN
    purpose: 为及时处理客户投诉，特制定本预案。
    scope: 本预案适用于各营业网点。
    principles:
      - title: 快速反应
        text: 接到投诉后立即响应。
    organisation:
      roles:
        - id: president
          title: 组长
          holder: 行长
          contact: {phone: "023-53221000"}
          duties: [全面负责]
        - id: lobby
          title: 大堂经理
          holder: 大堂经理
          contact: {phone: "023-53221001"}
          duties: [接待客户]
    levels:
      - id: general
        name: 一般投诉
        criteria: 客户对服务有异议
        lead: president
      - id: severe
        name: 重大投诉
        criteria: 客户有过激行为
        lead: president
    scenarios:
      - id: s1
        title: 处理一般投诉
        level: general
        owner: president
        actions:
          - {do: 接待客户, by: lobby, within: 10min}
      - id: s2
        title: 处理重大投诉
        level: severe
        owner: lobby
        actions:
          - {do: 报告组长, by: lobby}
          - {do: 赶赴现场, by: president}
    """
)


def problems(message: str) -> list[str]:
    text = re.sub(r"“[^”]*”", "", message)  # plan text quoted in the message is the plan's own
    text = re.sub(r"`[^`]*`", "``", text)  # and so are codes, ids and YAML examples
    found = []
    if re.search(rf"[`{CJK}], ", text):
        found.append("a list joined with `, `")
    if re.search(rf" \([^)]*[{CJK}]", text):
        found.append("half-width brackets around Chinese")
    if re.search(rf"[{CJK}]; ", text):
        found.append("a half-width semicolon")
    if re.search(rf"[{CJK}] (?![第0-9])[{CJK}]", text):  # `投诉办法 第七条`: a statute and its article
        found.append("a space between Chinese words")
    return found


@pytest.fixture(scope="module")
def findings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("word")
    (folder / "word-copy.yaml").write_text(WORD_COPY, encoding="utf-8")
    (folder / "hollow.yaml").write_text(
        "plancraft: 1\ndocument:\n  id: hollow\n  title: 客户投诉应急预案\n  language: zh-CN\n", encoding="utf-8"
    )
    paths = [str(PLANS / "seed"), str(PLANS / "examples"), str(folder)]
    return check_paths(paths, use_cache=False, lang="zh-CN").diagnostics


def test_chinese_findings_use_chinese_punctuation(findings):
    bad = {(d.code, p): d.message for d in findings for p in problems(d.message)}
    assert not bad, "\n".join(f"{code} {problem}: {message}" for (code, problem), message in sorted(bad.items()))


def test_the_cases_are_exercised(findings):
    codes = {d.code for d in findings}
    assert {"PC002", "PC209", "PC305", "PC401", "PC510", "PC512"} <= codes


def test_exact_wording(findings):
    # Only the two plans written here: where the bundled plans sort against the temporary folder
    # depends on where the checkout lives (/work/... after /tmp, /check/... before it).
    mine = [d for d in findings if Path(d.file).name in {"word-copy.yaml", "hollow.yaml"}]

    def message(code, start):
        return next(d.message for d in mine if d.code == code and d.message.startswith(start))

    assert message("PC002", "预案") == "预案：缺少必填的键 `levels`"
    assert "牵头响应级别 `general`、牵头响应级别 `severe`、负责处置场景 `s1`，" in message("PC209", "角色 `president`")
    assert "的处置场景（生产安全事故应急预案管理办法 第三十三条；突发事件应急预案管理办法）" in message("PC401", "")
    assert message("PC510", "文中留有占位符").startswith("文中留有占位符 `XX`、`XXX`（")
    assert "有 2 个步骤没有处置时限（第 1 步没有 `within`；第 2 步没有 `within`）" in message("PC305", "处置场景 `s2`")


# ------------------------------------------------------------------- lists in the commands' own messages


def run_zh(*args: str):
    from click.testing import CliRunner

    from plancraft.cli import main

    return CliRunner().invoke(main, ["--lang", "zh-CN", *args])


EXAMPLE = PLANS / "examples" / "bank-branch.zh.yaml"


def test_sign_names_the_defined_roles_as_a_chinese_list(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(EXAMPLE.read_bytes())
    result = run_zh("sign", str(plan), "--step", "prepared", "--name", "张三", "--role", "行长")
    assert result.exit_code != 0
    assert (
        "（已定义：branch-head、compliance-head、guard、lobby-manager、office-head、ops-supervisor、president、vice-president）"
        in result.output
    )
    assert "Traceback" not in result.output


def test_an_empty_list_reads_none_in_the_readers_language():
    from plancraft import i18n

    with i18n.language("zh-CN"):
        assert i18n.listing([]) == "无"
        assert i18n.listing(["1.0", "1.1"]) == "1.0、1.1"
    assert i18n.listing([]) == "none"
    assert i18n.listing(["1.0", "1.1"]) == "1.0, 1.1"


def test_unknown_key_lists_the_allowed_keys_as_a_chinese_list(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(EXAMPLE.read_text(encoding="utf-8").replace("  classification: 内部", "  zzz: 内部", 1), encoding="utf-8")
    result = run_zh("validate", str(plan))
    line = next(line for line in result.output.splitlines() if "zzz" in line)
    assert "这里可用的键：basis、classification、" in line, line


# ------------------------------------------------------------------- a signed plan changed afterwards, in Chinese


@pytest.fixture()
def stale_plan(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(EXAMPLE.read_bytes())
    for step, name, role, day in (
        ("prepared", "张三", "compliance-head", "2026-11-01"),
        ("reviewed", "李四", "office-head", "2026-11-05"),
        ("approved", "王五", "president", "2026-11-10"),
    ):
        assert run_zh("sign", str(plan), "--step", step, "--name", name, "--role", role, "--date", day).exit_code == 0
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("    max: 5000\n", "    max: 6000\n", 1), encoding="utf-8")
    return plan


def test_history_of_a_changed_plan_is_all_chinese(stale_plan):
    result = run_zh("history", str(stale_plan))
    lines = result.output.splitlines()
    assert lines[0].endswith("plan.yaml：客户投诉应急预案（example-branch-complaints），共 1 个版本")
    assert lines[1] == "1.1 版  施行日期 2027-01-01  尚未施行（2027-01-01 起施行）  （批准后预案有改动）"
    assert "  prepared  张三（compliance-head）2026-11-01" in lines


def test_verify_of_a_changed_plan_reads_chinese(stale_plan):
    result = run_zh("verify", str(stale_plan))
    assert "  prepared  张三 2026-11-01：已失效（签署后预案、签署人或此前的签署有改动）" in result.output.splitlines()
    assert "未获批准：张三的 `prepared` 签署已失效" in result.output


def test_audit_of_a_changed_plan_reads_chinese(stale_plan):
    result = run_zh("audit", str(stale_plan))
    lines = result.output.splitlines()
    flagged = next(line for line in lines if "example-branch-complaints）" in line and line.startswith("  "))
    assert flagged.startswith("  ") and "plan.yaml（example-branch-complaints）：`approved`（批准）" in flagged
    assert any(line.startswith("标准覆盖情况（✓ 已覆盖、~ 部分覆盖、✗ 未覆盖、· 未检查；") for line in lines)


def test_a_broken_sign_off_chain_is_explained_in_chinese():
    from plancraft import i18n
    from plancraft.approval import chain_problems

    steps = ("prepared", "prepared", "reviewed", "approved")
    data = {"approvals": [{"step": s, "name": "张三", "role": "president", "date": "2026-11-01"} for s in steps]}
    with i18n.language("zh-CN"):
        problems = chain_problems(data)
    assert "签署记录不是恰好按“编制 → 审核 → 批准”各一次；请从 `prepared` 起重新签署" in problems


def test_a_signer_is_named_without_a_space_before_the_chinese_word_after(stale_plan):
    from plancraft import i18n
    from plancraft.i18n import _ as translate

    with i18n.language("zh-CN"):
        text = translate(" (approved by {get} on {get2})").format(get="王五", get2="2026-11-10")
    assert text == "（王五于 2026-11-10 批准）"


def test_revise_help_example_is_chinese_in_chinese():
    result = run_zh("revise", "--help")
    assert '--summary "贵宾客户限额提高到20000元"' in result.output
