"""Every command speaks the language asked for: with --lang zh-CN no English words are left outside
codes, ids, keys, paths, backticks and plan text; with --lang en the same run is English."""

from __future__ import annotations

import re
import shutil

import pytest
from click.testing import CliRunner

from plancraft.cli import main
from tests.conftest import PLANS

EXAMPLE = PLANS / "examples" / "bank-branch.zh.yaml"
# words that are names, not prose: the program, commands, options' values, format names, ids in the example
ALLOWED = {
    "plancraft",
    "lint",
    "validate",
    "render",
    "sign",
    "verify",
    "fmt",
    "init",
    "diff",
    "audit",
    "explain",
    "rules",
    "schema",
    "revise",
    "history",
    "cards",
    "text",
    "json",
    "sarif",
    "github",
    "junit",
    "gitlab",
    "full",
    "concise",
    "markdown",
    "html",
    "error",
    "warning",
    "info",
    "prepared",
    "reviewed",
    "approved",
    "plan",
    "PATHS",
    "OPTIONS",
    "PLAN",
    "CODE",
    "FILE",
    "DOCUMENTS",
    "TEXT",
    "INTEGER",
    "RANGE",
    "PATH",
    "DIRECTORY",
    "YYYY",
    "COMMAND",
    "ARGS",
    "LibreOffice",
    "soffice",
    "Word",
    "JSON",
    "Schema",
    "YAML",
    "ISO",
    "UTF",
    "Ed25519",
    "PEM",
    "base64",
    "git",
    "HEAD",
    "OLD",
    "NEW",
    "REV",
    "KEYS",
    "office",
    "head",
    "bank",
    "branch",
    "example",
    "complaints",
    "docx",
    "yaml",
    "zh-CN",
    "lobby",
    "manager",
    "president",
    "cutover",
    "enterprise",
    "property",
    "starter",
    "lang",
    "list",
    "force",
    "check",
    "final",
    "copies",
    "templates",
    "reference",
    "role",
    "name",
    "step",
    "date",
    "trust",
    "summary",
    "version",
    "effective",
    "output",
    "format",
    "select",
    "ignore",
    "jobs",
    "cache",
    "config",
    "help",
    "as-of",
    "sheet",
    "Example",
    "Code",
    "Quality",
    "schema.json",
    "wang",
    "pem",
    "keys",
    "CRLF",
    "DURATION",
    "notice",
    "limits",
    "CODES",
    "approvals",
    "import",
    "SOURCE",
    "PATTERNS",
    "LANG",
    "GLOB",
    "build",
    "dist",
    "stderr",
    "unapproved",
    "after",
    "fail-on",
    "no-cache",
    "with",
    "REVIEWED",
    "VERSION",
    "DATE",
    "NAME",
    "ROLE",
}


def english_words(output: str) -> list[str]:
    output = "\n".join(line for line in output.splitlines() if not re.match(r"\s*\d*\s*\|", line))  # source lines
    text = re.sub(r"`[^`]*`|“[^”]*”|'[^']*'|\"[^\"]*\"", " ", output)  # code spans and quoted plan text
    text = re.sub(r"\S*[/\\.]\S*|--?[a-z][\w-]*|\bPC\d{3}\b|[a-z]+(?:-[a-z]+)+|\b\w+_\w+\b", " ", text)
    return [w for w in re.findall(r"[A-Za-z]{4,}", text) if w not in ALLOWED]


def run(*args, cwd=None):
    return CliRunner().invoke(main, [str(a) for a in args], prog_name="plancraft")


@pytest.fixture
def plan(tmp_path):
    target = tmp_path / "plan.yaml"
    shutil.copy(EXAMPLE, target)
    return target


COMMANDS = [
    "validate",
    "lint",
    "rules",
    "explain",
    "render",
    "sign",
    "verify",
    "schema",
    "init",
    "fmt",
    "diff",
    "import",
    "audit",
    "revise",
    "history",
    "cards",
]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_of_every_command_in_chinese(command):
    result = run(command, "--help", "--lang", "zh-CN")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"用法：plancraft {command} [OPTIONS]") and "\n选项：\n" in result.output
    assert "显示本帮助并退出。" in result.output and "用法:" not in result.output and "选项:" not in result.output
    assert not english_words(result.output), english_words(result.output)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_of_every_command_in_english(command):
    result = run(command, "--help", "--lang", "en")
    assert "Usage:" in result.output and "Show this message and exit." in result.output
    assert not re.search(r"[\u4e00-\u9fff]{9,}", result.output)  # examples may name a Chinese file


def test_main_help_in_chinese():
    result = run("--help", "--lang", "zh-CN")
    assert "检查、审查、生成并签署以 YAML 编写的应急预案" in result.output
    assert not english_words(result.output), english_words(result.output)


def test_lint_formats_in_chinese(plan, tmp_path):
    text = plan.read_text(encoding="utf-8").replace("  number: ", "  x-number: ", 1)
    plan.write_text(text, encoding="utf-8")
    for fmt in ("text", "concise", "github"):
        result = run("lint", "--no-cache", "--lang", "zh-CN", "--format", fmt, plan)
        assert "预案没有文号" in result.output, (fmt, result.output)
        assert not english_words(result.output.replace(str(tmp_path), "")), (fmt, english_words(result.output))
    english = run("lint", "--no-cache", "--lang", "en", "--format", "concise", plan).output
    assert "PC501 warning: the plan has no document number" in english


def test_sign_verify_render_fmt_diff_history_in_both_languages(plan, tmp_path):
    outputs = {}
    for lang in ("zh-CN", "en"):
        copy = tmp_path / f"{lang}.yaml"
        shutil.copy(plan, copy)
        out = []
        out.append(
            run(
                "sign",
                copy,
                "--step",
                "prepared",
                "--name",
                "李明",
                "--role",
                "office-head",
                "--date",
                "2026-01-01",
                "--lang",
                lang,
            ).output
        )
        out.append(run("verify", copy, "--lang", lang).output)
        out.append(run("render", copy, "-o", tmp_path / f"{lang}.docx", "--lang", lang).output)
        out.append(run("verify", copy, tmp_path / f"{lang}.docx", "--lang", lang).output)
        out.append(run("fmt", "--check", copy, "--lang", lang).output)
        out.append(run("diff", copy, "--lang", lang).output)
        out.append(run("history", copy, "--lang", lang).output)
        out.append(run("init", tmp_path / f"new-{lang}.yaml", "--lang", lang).output)
        out.append(run("init", tmp_path / f"new-{lang}.yaml", "--lang", lang).output)  # exists: refused
        outputs[lang] = "\n".join(out).replace(str(tmp_path), "")
    zh, en = outputs["zh-CN"], outputs["en"]
    assert "已完成 `prepared` 签署" in zh and "内容摘要" in zh and "已写入" in zh and "请给出两份预案" in zh
    assert "文件已存在；如需覆盖请用 --force" in zh
    assert not english_words(zh), english_words(zh)
    assert "signed `prepared` by 李明 (office-head)" in en and "content digest" in en and "wrote" in en
    assert "already exists; use --force to overwrite it" in en


def test_diff_speaks_the_chosen_language(tmp_path):
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    text = EXAMPLE.read_text(encoding="utf-8")
    old.write_text(text, encoding="utf-8")
    new.write_text(text.replace("within: 10min", "within: 20min", 1), encoding="utf-8")
    chinese = run("diff", old, new).output  # no --lang: the plans' own language
    english = run("diff", old, new, "--lang", "en").output
    assert "20min" in english or "20 minutes" in english
    assert english != chinese and not re.search(r"[\u4e00-\u9fff]{2,}(?!.*[“”])", english.split("\n")[-2])
