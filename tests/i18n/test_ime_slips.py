"""More Chinese input-method slips, found as a new user makes them: a full-width space after the colon,
a quote closed with `”`, a comment started with `＃`, full-width digits in a duration or a date, a date
written the Chinese way. Each is reported at its own line:col in both languages, and `lint --fix` repairs it."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from plancraft import ime
from plancraft.cli import main
from tests.conftest import PLANS

EXAMPLE = (PLANS / "examples" / "bank-branch.zh.yaml").read_text(encoding="utf-8")


def line_of(start: str) -> int:
    return next(i for i, line in enumerate(EXAMPLE.split("\n"), 1) if line.startswith(start))


def replaced(start: str, old: str, new: str) -> tuple[str, int]:
    number = line_of(start)
    lines = EXAMPLE.split("\n")
    assert old in lines[number - 1]
    lines[number - 1] = lines[number - 1].replace(old, new, 1)
    return "\n".join(lines), number


def lint(tmp_path, text: str, *args: str):
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", "--no-cache", "--output-format", "concise", *args, str(plan)])
    lines = [line.split("plan.yaml:", 1)[1] for line in result.output.splitlines() if "plan.yaml:" in line]
    return result, [line for line in lines if "PC603" not in line]


VERSION = line_of("  version: ")
NUMBER = line_of("  number: ")
EFFECTIVE = line_of("  effective: ")
BY = line_of("        by: lobby-manager")


def test_fullwidth_space_after_the_colon(tmp_path):
    text, line = replaced("        by: lobby-manager", "by: ", "by:\u3000")
    result, lines = lint(tmp_path, text, "--lang", "zh-CN")
    assert result.exit_code == 2
    assert lines == [f"{line}:12: PC001 错误: 第{line}行 `by:` 后面用了全角空格（U+3000），请改成半角空格"]
    result, lines = lint(tmp_path, text, "--lang", "en")
    assert lines == [
        f"{line}:12: PC001 error: line {line} has a full-width space (U+3000) after `by:`; write a half-width space after the colon"
    ]


def test_quote_closed_with_a_chinese_quote_is_reported_where_it_opens(tmp_path):
    # the text runs on to the next `"`, fifty lines below, where the parser stops: the message names line 13
    text, line = replaced("  version: ", 'version: "1.1"', 'version: "1.1”')
    result, lines = lint(tmp_path, text, "--lang", "zh-CN")
    assert result.exit_code == 2
    assert lines == [
        f'{line}:16: PC001 错误: 第{line}行的引号以半角 `"` 开始，却以中文引号 `”` 结束；请同样用半角 `"` 结束'
        "（中文引号不能结束文字，下面各行都会被当作这段文字的一部分）"
    ]


def test_comment_started_with_a_fullwidth_hash(tmp_path):
    text, line = replaced("  number: ", "        # 六角", "        ＃ 六角")
    result, lines = lint(tmp_path, text, "--lang", "zh-CN")
    assert result.exit_code == 1  # it parses: the comment became part of the document number
    assert lines == [f"{line}:32: PC002 错误: 第{line}行用全角“＃”开始注释，注释因此成了取值的一部分；注释请以半角“#”开始"]
    result, lines = lint(tmp_path, text, "--lang", "en")
    assert lines == [
        f"{line}:32: PC002 error: line {line} starts a comment with a full-width `＃`, so the comment is part of the value; "
        "start a comment with a half-width `#`"
    ]


@pytest.mark.parametrize(
    "value, replacement", [("２０２７-０１-０１", "2027-01-01"), ("2027年1月1日", "2027-01-01"), ("2027.1.1", "2027-01-01")]
)
def test_dates_typed_as_said(tmp_path, value, replacement):
    text, line = replaced("  effective: ", "2027-01-01", value)
    result, lines = lint(tmp_path, text, "--lang", "zh-CN")
    assert lines == [f"{line}:14: PC002 错误: document.effective：`{value}` → 写成 `{replacement}`（日期写作 YYYY-MM-DD）"]


def test_fullwidth_digits_in_a_duration(tmp_path):
    text, line = replaced("        within: 10min", "10min", "１０min")
    result, lines = lint(tmp_path, text, "--lang", "zh-CN")
    assert lines == [
        f"{line}:17: PC002 错误: scenarios[0].actions[0].within：`１０min` → 写成 `10min`（时限写作数字加单位：min 分钟、"
        "h 小时、d 日、wd 工作日、w 周、mo 月、y 年）"
    ]


@pytest.mark.parametrize(
    "start, old, new",
    [
        ("        by: lobby-manager", "by: ", "by:\u3000"),
        ("  version: ", 'version: "1.1"', 'version: "1.1”'),
        ("  number: ", "        # 六角", "        ＃ 六角"),
        ("  effective: ", "2027-01-01", "2027年1月1日"),
        ("        within: 10min", "10min", "１０min"),
    ],
)
def test_fix_repairs_each_slip(tmp_path, start, old, new):
    text, _line = replaced(start, old, new)
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", "--no-cache", "--fix", str(plan)])
    assert result.exit_code == 0, result.output
    assert plan.read_text(encoding="utf-8") == EXAMPLE


@pytest.mark.parametrize(
    "line",
    [
        "  address: 3＃楼",  # a building number, not a comment
        '  what: "他说“好”就办"',  # Chinese quotes inside a quoted text that closes
        '  what: "第一段”第二段"',  # closed on the line by a half-width quote
        "  what: 中文冒号：后面是文字",
        "  # 注释里的 ＃ 号",
    ],
)
def test_ordinary_text_is_not_a_slip(line):
    assert ime.scan_text(line + "\n") == []


def test_fullwidth_hash_in_a_block_is_text():
    assert ime.scan_text("purpose: |\n  第一段 ＃ 不是注释\n") == []


def test_only_a_text_with_a_fullwidth_hash_is_scanned_when_valid():
    assert not ime.has_value_slips(EXAMPLE)
    assert ime.has_value_slips("a: b ＃ c")


def test_a_plan_saved_as_gbk_is_named_as_such(tmp_path):
    # a Chinese Windows editor saves GBK / GB18030 unless told otherwise
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(EXAMPLE.encode("gb18030"))
    result = CliRunner().invoke(main, ["lint", "--no-cache", "--lang", "zh-CN", "--output-format", "concise", str(plan)])
    assert result.exit_code == 2
    lines = [line.split("plan.yaml:", 1)[1] for line in result.output.splitlines() if "plan.yaml:" in line]
    assert lines == [
        "3:4: PC001 错误: 文件是中文编码（GBK / GB18030），不是 UTF-8；请另存为 UTF-8（记事本：“另存为”，编码选“UTF-8”）"
    ]


def test_a_latin_1_file_is_not_called_chinese(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_bytes("plancraft: 1\ndocument:\n  title: Café complaints\n".encode("latin-1"))
    result = CliRunner().invoke(main, ["lint", "--no-cache", "--output-format", "concise", str(plan)])
    assert result.exit_code == 2
    assert "3:13: PC001 error: the file is not valid UTF-8 (byte 0xe9); save the file as UTF-8" in result.output


def test_sign_and_revise_say_which_date_to_write(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(EXAMPLE, encoding="utf-8")
    args = ["--lang", "zh-CN", "sign", str(plan), "--step", "prepared", "--name", "张三", "--role", "compliance-head"]
    result = CliRunner().invoke(main, [*args, "--date", "2026年11月1日"])
    assert result.exit_code == 2 and plan.read_text(encoding="utf-8") == EXAMPLE
    assert "未签署：`2026年11月1日` 不是日期；请写成 YYYY-MM-DD：`2026-11-01`" in result.output
    result = CliRunner().invoke(main, ["revise", str(plan), "--version", "1.2", "--summary", "x", "--date", "2027.3.1"])
    assert "--date `2027.3.1` is not a date; write YYYY-MM-DD: `2027-03-01`" in result.output


def test_as_of_and_unapproved_after_typed_the_chinese_way(tmp_path):
    result = CliRunner().invoke(main, ["--lang", "zh-CN", "history", str(PLANS / "examples"), "--as-of", "2027年1月1日"])
    assert result.exit_code == 2
    assert "`2027年1月1日` 不是日期；请写成 YYYY-MM-DD：`2027-01-01`" in result.output
    result = CliRunner().invoke(main, ["audit", str(PLANS / "examples"), "--as-of", "2027-02-30"])
    assert result.exit_code == 2 and "`2027-02-30` is not a date; write YYYY-MM-DD" in result.output
    result = CliRunner().invoke(main, ["--lang", "zh-CN", "audit", str(PLANS / "examples"), "--unapproved-after", "30天"])
    assert result.exit_code == 2 and "--unapproved-after `30天` 不是时长；请写成 `30d`" in result.output


def test_fullwidth_space_after_a_list_dash_is_one_finding(tmp_path):
    text, line = replaced("      - 客户在营业网点当面投诉", "      - ", "      -\u3000")
    result, lines = lint(tmp_path, text, "--lang", "zh-CN")
    assert lines == [f"{line}:8: PC002 错误: 第{line}行列表项的“-”后面用了全角空格（U+3000），请改成半角空格"]


@pytest.mark.parametrize("value, replacement", [("10 min", "10min"), ("10MIN", "10min"), ("10 minutes", "10min")])
def test_durations_with_spaces_capitals_or_words(tmp_path, value, replacement):
    text, line = replaced("        within: 10min", "10min", value)
    result, lines = lint(tmp_path, text, "--lang", "en")
    assert lines == [
        f"{line}:17: PC002 error: scenarios[0].actions[0].within: `{value}` → write `{replacement}` "
        "(a duration is a number and a unit: min, h, d, wd for working days, w, mo, y)"
    ]


def test_a_valid_duration_gets_no_hint():
    assert ime.duration_hint("10min") is None and ime.duration_hint("PT1H") is None


def test_a_key_typed_with_fullwidth_letters_is_recognised(tmp_path):
    text, line = replaced("  classification: ", "classification", "ｃｌａｓｓｉｆｉｃａｔｉｏｎ")
    result, lines = lint(tmp_path, text, "--lang", "zh-CN")
    assert lines == [
        f"{line}:3: PC002 错误: document 中有未知的键 `ｃｌａｓｓｉｆｉｃａｔｉｏｎ`；是否想写 `classification`？（扩展键以 `x-` 开头）"
    ]


@pytest.mark.parametrize(
    "new, where",
    [
        ("notify: [president，office-head]", "levels[1].notify[0]"),
        ("notify: [president、 office-head]", "levels[1].notify[0]"),
        ("notify: president、office-head", "levels[1].notify"),
    ],
)
def test_ids_separated_with_chinese_punctuation(tmp_path, new, where):
    text, line = replaced("    notify: [president, office-head]", "notify: [president, office-head]", new)
    result, lines = lint(tmp_path, text, "--lang", "zh-CN")
    assert len(lines) == 1 and lines[0].startswith(f"{line}:")
    value = new.split(": ", 1)[1].strip("[]")
    assert lines[0].endswith(f"{where}：`{value}` 用中文标点分隔了几项；请用半角逗号分隔：`[president, office-head]`")


def test_chinese_punctuation_in_ordinary_text_is_not_a_list():
    assert ime.list_hint("客户在营业场所无理取闹、长时间滞留") is None
    assert ime.list_hint("president") is None
