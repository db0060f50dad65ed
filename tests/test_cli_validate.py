"""`plancraft validate` through click's CliRunner: output lines and exit codes."""

import json

from click.testing import CliRunner

from plancraft.cli import main
from tests.conftest import FIXTURES, PLANS


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_clean_plans_exit_0():
    result = run("validate", str(PLANS))
    assert result.exit_code == 0, result.output
    assert "No problems in" in result.output


def test_errors_exit_1_one_line_each():
    result = run("validate", str(FIXTURES / "six-errors.yaml"))
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if ": PC002 error: " in line]
    assert len(lines) == 6
    assert lines[2].startswith(f"{FIXTURES / 'six-errors.yaml'}:18:5: PC002 error: unknown key `escalaton`")
    assert result.output.rstrip().endswith("6 errors in 1 of 1 file.")


def test_json_format_fields():
    result = run("validate", "--format", "json", str(FIXTURES / "six-errors.yaml"))
    findings = json.loads(result.output)["findings"]
    assert len(findings) == 6
    assert set(findings[0]) == {"code", "name", "group", "severity", "message", "file", "start", "end", "path", "documentation"}
    assert findings[3]["path"] == "limits[0].max" and findings[3]["start"] == {"line": 24, "column": 10}
    assert findings[3]["end"] == {"line": 24, "column": 17}  # just past `"5,000"`
    assert findings[3]["name"] == "schema-error"


def test_json_v0_keeps_the_old_list_for_one_release():
    data = json.loads(run("validate", "--format", "json-v0", str(FIXTURES / "six-errors.yaml")).output)
    assert len(data) == 6
    assert set(data[0]) == {"file", "line", "column", "code", "severity", "message", "path"}
    assert data[3]["path"] == "limits[0].max" and data[3]["line"] == 24


def test_one_broken_file_does_not_hide_the_others(tmp_path):
    broken = tmp_path / "a-broken.yaml"
    broken.write_text("a: [\n", encoding="utf-8")
    result = run("validate", str(tmp_path), str(FIXTURES / "six-errors.yaml"), str(tmp_path / "missing.yaml"))
    assert result.exit_code == 2
    # the unclosed `[` is pointed at where it opens, not at the end of the file
    assert f"{broken}:1:4: PC001 error: YAML syntax error: the `[` or `{{` on line 1 is never closed" in result.output
    assert "missing.yaml:1:1: PC001 error: no such file or folder" in result.output
    assert result.output.count("PC002") == 6
    assert "Traceback" not in result.output


def test_usage_errors_exit_2():
    assert run("validate").exit_code == 2
    assert run("validate", "--format", "xml", "x.yaml").exit_code == 2


def test_version_and_help():
    assert run("--version").output.startswith("plancraft, version ")
    help_text = run("validate", "--help").output
    assert "Example:" in help_text and "Exit codes: 0 clean, 1 findings" in help_text


def test_schema_command_prints_the_schema():
    data = json.loads(run("schema").output)
    assert data["$schema"].endswith("2020-12/schema")


def test_a_folder_without_plans_says_nothing_was_checked(tmp_path):
    # a new user who points plancraft at the wrong folder is told, not shown "No problems in 0 files."
    (tmp_path / "notes.txt").write_text("not a plan", encoding="utf-8")
    result = run("validate", str(tmp_path))
    assert result.exit_code == 0
    assert result.output == "No plan files (*.yaml, *.yml) were found in the paths given; nothing was checked.\n"
    result = run("lint", "--lang", "zh-CN", str(tmp_path))
    assert result.output == "在给出的路径中没有找到预案文件（*.yaml、*.yml），未检查任何内容。\n"


def test_an_unknown_selector_is_named_in_chinese_with_chinese_punctuation(tmp_path):
    result = run("lint", "--lang", "zh-CN", "--select", "PC999", str(PLANS / "examples"))
    assert result.exit_code == 2
    assert result.output.startswith("plancraft: 命令行：`PC999` 不是任何规则、代码前缀或规则组；")
    (tmp_path / "plancraft.toml").write_text('select = ["PC99"]\n', encoding="utf-8")
    (tmp_path / "plan.yaml").write_bytes((PLANS / "examples" / "bank-branch.zh.yaml").read_bytes())
    result = run("lint", "--lang", "zh-CN", str(tmp_path / "plan.yaml"))
    assert "plancraft.toml：`select`：`PC99` 不是任何规则" in result.output
