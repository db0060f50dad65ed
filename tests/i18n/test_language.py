"""Choosing the language: --lang, then `lang` in the config, then PLANCRAFT_LANG, then the locale."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from plancraft import i18n
from plancraft.cli import main
from tests.conftest import PLANS

PLAN = str(PLANS / "examples" / "bank-branch.zh.yaml")


def run(*args, env=None):
    return CliRunner().invoke(main, list(args), env=env)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("zh_CN.UTF-8", "zh-CN"),
        ("zh-cn", "zh-CN"),
        ("zh", "zh-CN"),
        ("zh-Hans", "zh-CN"),
        ("zh_SG", "zh-CN"),
        ("en_GB.UTF-8", "en"),
        ("C", "en"),
        ("POSIX", "en"),
        ("C.UTF-8", "en"),
        ("fr_FR.UTF-8", None),
        ("", None),
    ],
)
def test_normalise(value, expected):
    assert i18n.normalise(value) == expected


def test_precedence():
    env = {"PLANCRAFT_LANG": "en", "LANG": "zh_CN.UTF-8"}
    assert i18n.choose("zh-CN", "en", env) == "zh-CN"  # --lang first
    assert i18n.choose(None, "zh-CN", env) == "zh-CN"  # then the config
    assert i18n.choose(None, None, env) == "en"  # then PLANCRAFT_LANG
    assert i18n.choose(None, None, {"LANG": "zh_CN.UTF-8"}) == "zh-CN"  # then the locale
    assert i18n.choose(None, None, {"LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}) == "en"  # LC_ALL wins
    assert i18n.choose(None, None, {"LC_MESSAGES": "zh_CN", "LANG": "en_US"}) == "zh-CN"
    assert i18n.choose(None, None, {"LANG": "de_DE.UTF-8"}) == "en"  # no catalogue: English
    assert i18n.choose(None, None, {}) == "en"
    assert i18n.choose(None, "plan", env) == "plan"


def test_plan_language_follows_the_document():
    assert i18n.for_plan("plan", "zh-CN") == "zh-CN"
    assert i18n.for_plan("plan", "en") == "en"
    assert i18n.for_plan("en", "zh-CN") == "en"
    assert i18n.for_plan("plan", None) in ("en", "zh-CN")


def test_plural_forms():
    with i18n.language("en"):
        assert i18n.ngettext("{count} error", "{count} errors", 1) == "{count} error"
        assert i18n.ngettext("{count} error", "{count} errors", 2) == "{count} errors"


def test_help_in_chinese_with_lang_option():
    result = run("lint", "--lang", "zh-CN", "--help")
    assert result.exit_code == 0
    assert "按结构定义和所有启用的审查规则检查预案。" in result.output
    assert "只运行这些规则：代码、代码前缀（PC4）或规则组（approvals），用逗号分隔" in result.output
    assert "显示本帮助并退出。" in result.output
    assert "Check plans" not in result.output


def test_help_in_english_with_lang_option():
    result = run("lint", "--lang", "en", "--help", env={"PLANCRAFT_LANG": "zh-CN"})
    assert "Check plans against the schema and every enabled lint rule." in result.output
    assert "Show this message and exit." in result.output
    assert "检查" not in result.output


def test_locale_decides_when_nothing_else_does(monkeypatch):
    monkeypatch.delenv("PLANCRAFT_LANG")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert "按结构定义" in run("lint", "--help").output
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert "Check plans against" in run("lint", "--help").output


def test_plancraft_lang_variable():
    assert (
        "显示规则的完整说明" in run("explain", "--help", env={"PLANCRAFT_LANG": "zh-CN"}).output
        or "完整显示一条规则" in run("explain", "--help", env={"PLANCRAFT_LANG": "zh-CN"}).output
    )


def test_config_lang_beats_the_environment(tmp_path, monkeypatch):
    (tmp_path / "plancraft.toml").write_text('lang = "zh-CN"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert "完整显示一条规则" in run("explain", "--help").output
    assert "Show one rule in full" in run("explain", "--help", "--lang", "en").output


def test_bad_config_lang_is_a_usage_error(tmp_path):
    (tmp_path / "plancraft.toml").write_text('lang = "fr"\n', encoding="utf-8")
    plan = tmp_path / "plan.yaml"
    plan.write_text("x: 1\n", encoding="utf-8")
    result = run("lint", str(plan))
    assert result.exit_code == 2
    assert "`lang` must be one of en, zh-CN or plan, not 'fr'" in result.output


def test_usage_errors_in_chinese():
    result = run("lint", "--lang", "zh-CN", "--format", "foo", PLAN)
    assert result.exit_code == 2
    assert result.output == (
        "用法：main lint [OPTIONS] PATHS...\n运行 `main lint --help` 查看帮助。\n\n"
        "错误：`--format` / `--output-format` 的取值无效：`foo` 不在可选值 `text`、`full`、`concise`、`json`、"
        "`json-v0`、`sarif`、`github`、`junit`、`gitlab` 之中。\n"
    )
    result = run("lint", "--lang", "zh-CN")
    assert result.output.endswith("错误：缺少参数 `PATHS...`。\n")
    result = run("cards", "--lang", "zh-CN", PLAN)
    assert result.exit_code == 2
    assert result.output.endswith("\n错误：缺少选项 `-o` / `--output`。\n")
    result = run("lint", "--lang", "zh-CN", "--fromat", "json", PLAN)
    assert result.output.endswith("\n错误：没有选项 `--fromat`。（是否想用：`--format`？）\n")
    # English keeps click's own wording
    result = run("cards", "--lang", "en", PLAN)
    assert result.output.endswith("Try 'main cards --help' for help.\n\nError: Missing option '-o' / '--output'.\n")


def test_unknown_language_is_refused():
    result = run("lint", "--lang", "fr", PLAN)
    assert result.exit_code == 2
    assert "'fr'" in result.output


def test_messages_of_commands_in_both_languages():
    assert (
        run("explain", "PC999", "--lang", "zh-CN").output
        == "plancraft: `PC999` 不是任何规则的代码；`plancraft rules` 列出全部规则\n"
    )
    assert run("explain", "PC999", "--lang", "en").output == "plancraft: `PC999` names no rule; `plancraft rules` lists them\n"
    assert "请给出两份预案（旧 新），或 `--git REV PLAN`" in run("diff", "--lang", "zh-CN", PLAN).output


def test_missing_file_in_chinese(tmp_path):
    result = run("lint", "--lang", "zh-CN", "--no-cache", str(tmp_path / "none.yaml"))
    assert result.output.endswith(":1:1: PC001 错误: 文件或文件夹不存在\n\n1 个错误，涉及 1 个文件中的 1 个。\n")


def _configured(folder, lang, source="bank-branch.en.yaml"):
    folder.mkdir()
    (folder / "plancraft.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    plan = folder / "plan.yaml"
    plan.write_bytes((PLANS / "examples" / source).read_bytes())
    return plan


ZH_PC603 = "PC603 提示: 预案尚未签署；定稿后请用 `plancraft sign` 完成编制、审核、批准\n"
EN_PC603 = "PC603 info: the plan has not been signed off; when the text is final, have it prepared, reviewed and approved with `plancraft sign`\n"


def test_config_beside_the_plan_sets_the_whole_output(tmp_path, monkeypatch):
    # the configuration is beside the plan, not in the current folder: findings, severity words and
    # the summary all speak its language
    _configured(tmp_path / "cfg", "zh-CN")
    monkeypatch.chdir(tmp_path)
    result = run("lint", "--no-cache", "--format", "concise", "cfg/plan.yaml")
    assert result.output == f"cfg/plan.yaml:10:1: {ZH_PC603}\n1 条提示，涉及 1 个文件中的 1 个。\n"


def test_plans_under_configs_of_different_languages_follow_the_first_plan(tmp_path, monkeypatch):
    # one run, one language: the configuration of the first plan named decides (--lang beats it)
    _configured(tmp_path / "zh", "zh-CN")
    _configured(tmp_path / "en", "en")
    monkeypatch.chdir(tmp_path)
    result = run("lint", "--no-cache", "--format", "concise", "zh/plan.yaml", "en/plan.yaml")
    assert result.output == (
        f"en/plan.yaml:10:1: {ZH_PC603}\nzh/plan.yaml:10:1: {ZH_PC603}\n2 条提示，涉及 2 个文件中的 2 个。\n"
    )
    result = run("lint", "--no-cache", "--format", "concise", "en/plan.yaml", "zh/plan.yaml")
    assert result.output == f"en/plan.yaml:10:1: {EN_PC603}\nzh/plan.yaml:10:1: {EN_PC603}\n2 infos in 2 of 2 files.\n"
    result = run("lint", "--lang", "en", "--no-cache", "--format", "concise", "zh/plan.yaml")
    assert result.output == f"zh/plan.yaml:10:1: {EN_PC603}\n1 info in 1 of 1 file.\n"
