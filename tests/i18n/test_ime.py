"""Chinese input-method mistakes: each gets its own message at the right line:col, in both languages."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from plancraft import i18n, ime
from plancraft.cli import main
from tests.conftest import PLANS

EXAMPLE = (PLANS / "examples" / "bank-branch.zh.yaml").read_text(encoding="utf-8")


def lint(tmp_path, text: str, *args: str):
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", "--no-cache", *args, str(plan)])
    lines = [line.split("plan.yaml:", 1)[1] for line in result.output.splitlines() if "plan.yaml:" in line]
    return result, lines


def line_of(start: str) -> int:
    """The number of the first line of the example that starts with `start`."""
    return next(i for i, line in enumerate(EXAMPLE.split("\n"), 1) if line.startswith(start))


NUMBER = line_of("  number: ")


def replace_line(text: str, number: int, old: str, new: str) -> str:
    lines = text.split("\n")
    assert old in lines[number - 1], (number, lines[number - 1])
    lines[number - 1] = lines[number - 1].replace(old, new, 1)
    return "\n".join(lines)


# ------------------------------------------------------------------- detection (what --fix uses)


@pytest.mark.parametrize(
    "value, replacement",
    [
        ("2小时", "2h"),
        ("10分钟", "10min"),
        ("3个工作日", "3wd"),
        ("十五日", "15d"),
        ("15天", "15d"),
        ("半小时", "30min"),
        ("1.5小时", "90min"),
        ("24小时内", "24h"),
        ("两周", "2w"),
        ("6个月", "6mo"),
    ],
)
def test_durations_as_said(value, replacement):
    found = ime.duration_hint(value)
    assert found is not None and found.replacement == replacement and found.kind == "duration"


@pytest.mark.parametrize(
    "value, replacement",
    [
        ("5000元", "5000"),
        ("5,000元", "5000"),
        ("5，000元", "5000"),
        ("伍仟元", "5000"),
        ("五千元", "5000"),
        ("¥5000", "5000"),
        ("1万元", "10000"),
        ("壹万元整", "10000"),
        ("两万三千元", "23000"),
        ("５０００元", "5000"),
    ],
)
def test_amounts_as_said(value, replacement):
    found = ime.amount_hint(value)
    assert found is not None and found.replacement == replacement and found.kind == "amount"


@pytest.mark.parametrize("value", ["5000", "4h", "网点负责人", "", "PT1H"])
def test_plain_values_are_not_hinted(value):
    assert ime.duration_hint(value) is None and ime.amount_hint(value) is None


def test_line_mistakes_with_spans():
    text = "document:\n  title：投诉\nlevels:\n  － id: a\n　　name: b\nnote: |\n  步骤：打电话\n"
    found = [(s.line, s.column, s.length, s.replacement, s.kind) for s in ime.scan_text(text)]
    assert found == [(2, 8, 1, ": ", "fullwidth-colon"), (4, 3, 2, "- ", "fullwidth-dash"), (5, 1, 2, "    ", "fullwidth-space")]


def test_chinese_colons_in_text_are_not_mistakes():
    assert ime.scan_text("principles:\n  - 原则：先处置后追责\nnote: 说明：无\n") == []


def test_title_for_id():
    names = {"大堂经理": ("role", "lobby-manager")}
    found = ime.title_hint("大堂经理", names)
    assert found.replacement == "lobby-manager"
    with i18n.language("zh-CN"):
        assert ime.title_hint("大堂经理", names).message == "`大堂经理` 是角色 `lobby-manager` 的名称，引用时请写 `lobby-manager`"


# ------------------------------------------------------------------- through the CLI, exact line:col


def test_fullwidth_colon_is_a_syntax_error_on_its_own_line(tmp_path):
    text = replace_line(EXAMPLE, NUMBER, "  number: ", "  number：")
    result, lines = lint(tmp_path, text, "--lang", "zh-CN")
    assert result.exit_code == 2
    assert lines == [f"{NUMBER}:9: PC001 错误: 第{NUMBER}行 `number` 后面用了全角冒号“：”，请改成半角冒号“:”（后面加一个空格）"]
    result, lines = lint(tmp_path, text, "--lang", "en")
    assert lines == [
        f"{NUMBER}:9: PC001 error: line {NUMBER} uses a full-width colon `：` after `number`; "
        "write a half-width colon `:` (followed by a space)"
    ]


def test_fullwidth_space_indentation(tmp_path):
    text = replace_line(EXAMPLE, NUMBER, "  number: ", "\u3000number: ")
    result, lines = lint(tmp_path, text, "--lang", "zh-CN")
    assert lines == [f"{NUMBER}:1: PC001 错误: 第{NUMBER}行用全角空格（U+3000）缩进，请改用半角空格缩进"]


def test_fullwidth_dash(tmp_path):
    line = line_of("    - id: lobby-manager")
    text = replace_line(EXAMPLE, line, "    - id:", "    － id:")
    result, lines = lint(tmp_path, text, "--lang", "zh-CN")
    assert lines == [f"{line}:5: PC001 错误: 第{line}行用“－”开始列表项，请改成半角“-”加一个空格"]


def test_missing_colon_points_at_its_own_line(tmp_path):
    text = replace_line(EXAMPLE, NUMBER, "  number: ", "  number ")
    result, lines = lint(tmp_path, text, "--lang", "en")
    assert len(lines) == 1 and lines[0].startswith(f"{NUMBER}:")
    assert lines[0] == f"{NUMBER}:3: PC001 error: YAML syntax error: line {NUMBER} has a key without `:`; write `key: value`"


def test_values_typed_as_said(tmp_path):
    text = EXAMPLE
    text = replace_line(text, 182, "within: 10min", "within: 10分钟")
    text = replace_line(text, 185, "within: 1h", "within: 2小时")
    text = replace_line(text, 191, "within: 4h", "within: 3个工作日")
    text = replace_line(text, 195, "within: 30min", "within: 十五日")
    text = replace_line(text, 151, "lead: branch-head", "lead: 大堂经理")
    result, lines = lint(tmp_path, text, "--lang", "zh-CN")
    assert result.exit_code == 1
    assert lines == [
        "151:11: PC002 错误: levels[0].lead：`大堂经理` 是角色 `lobby-manager` 的名称，引用时请写 `lobby-manager`",
        "182:17: PC002 错误: scenarios[0].actions[0].within：`10分钟` → 写成 `10min`（时限写作数字加单位：min 分钟、"
        "h 小时、d 日、wd 工作日、w 周、mo 月、y 年）",
        "185:17: PC002 错误: scenarios[0].actions[1].within：`2小时` → 写成 `2h`（时限写作数字加单位：min 分钟、"
        "h 小时、d 日、wd 工作日、w 周、mo 月、y 年）",
        "191:17: PC002 错误: scenarios[0].actions[3].within：`3个工作日` → 写成 `3wd`（时限写作数字加单位：min 分钟、"
        "h 小时、d 日、wd 工作日、w 周、mo 月、y 年）",
        "195:17: PC002 错误: scenarios[0].escalation[0].within：`十五日` → 写成 `15d`（时限写作数字加单位：min 分钟、"
        "h 小时、d 日、wd 工作日、w 周、mo 月、y 年）",
    ]
    assert result.output.endswith("5 个错误，涉及 1 个文件中的 1 个。\n")


@pytest.mark.parametrize("amount", ["5000元", "5,000元", "伍仟元"])
def test_amounts_typed_as_said(tmp_path, amount):
    line = next(i for i, text in enumerate(EXAMPLE.split("\n"), 1) if text.strip() == "max: 5000")
    text = replace_line(EXAMPLE, line, "max: 5000", f"max: {amount}")
    result, lines = lint(tmp_path, text, "--lang", "zh-CN")
    assert len(lines) == 1
    assert lines[0].startswith(f"{line}:10: PC002 错误: limits[0].max：`{amount}` → 写成 `5000`（金额只写阿拉伯数字")
    result, lines = lint(tmp_path, text, "--lang", "en")
    assert lines[0].startswith(f"{line}:10: PC002 error: limits[0].max: `{amount}` → write `5000` (an amount is")


def test_plan_suggestions_with_positions_for_fix():
    from plancraft.loader import load_bytes

    text = EXAMPLE
    text = replace_line(text, line_of("        within: 10min"), "within: 10min", "within: 10分钟")
    text = replace_line(text, line_of("    lead: branch-head"), "lead: branch-head", "lead: 大堂经理")
    loaded = load_bytes(text.encode("utf-8"), "p.yaml")
    found = ime.plan_suggestions(loaded.text, loaded.data, loaded.locate)
    assert [(s.line, s.column, s.length, s.replacement, s.kind) for s in found] == [
        (line_of("    lead: branch-head"), 11, 4, "lobby-manager", "role-title"),
        (line_of("        within: 10min"), 17, 4, "10min", "duration"),
    ]
    lines = text.split("\n")
    for s in found:  # applying the replacement gives the fixed line
        row = lines[s.line - 1]
        lines[s.line - 1] = row[: s.column - 1] + s.replacement + row[s.column - 1 + s.length :]
    assert "lead: lobby-manager" in "\n".join(lines) and "within: 10min" in "\n".join(lines)
