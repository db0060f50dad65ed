"""Readable text output: the source line with a caret under the column (CJK is two columns wide), long
lines trimmed around it, messages wrapped to a terminal; `concise` for grep; colour conventions; the
versioned JSON checked against its published schema."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from plancraft.cli import main
from plancraft.lint.engine import check_paths
from plancraft.lint.reporters import text
from plancraft.lint.source import text_width, token_end, window, wrap
from tests.conftest import ROOT

PLAN = """\
document:
  title: 测试预案
  language: zh-CN
roles:
  - id: lobby-manager
    title: 大堂经理
scenarios:
  - id: s1
    title: 客户闹访
    owner: 大堂经理      # the title where the id belongs
"""


def _plan(tmp_path: Path, body: str = PLAN) -> Path:
    path = tmp_path / "plan.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def lint(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "plancraft", "lint", "--no-cache", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )


def test_caret_sits_under_cjk_text(tmp_path):
    out = lint(str(_plan(tmp_path)), "--output-format", "full").stdout
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("10 | "))
    source, carets = lines[at], lines[at + 1]
    assert source == "10 |     owner: 大堂经理      # the title where the id belongs"
    assert carets.startswith("   | ")
    # the carets start under 大 and cover 大堂经理 (four characters, eight columns)
    prefix = source[: source.index("大")]
    assert carets.index("^") == text_width(prefix)
    assert carets.strip(" |") == "^" * 8


def test_concise_is_one_line_per_finding(tmp_path):
    out = lint(str(_plan(tmp_path)), "--output-format", "concise").stdout
    finding_lines = [line for line in out.splitlines() if line.strip()]
    assert all(line.startswith(str(tmp_path)) for line in finding_lines[:-1])
    assert "^" not in out and " | " not in out


def test_widths_and_token_ends():
    assert text_width("大堂经理") == 8 and text_width("abc") == 3 and text_width("：") == 2
    assert token_end("    owner: 大堂经理  # x", 5) == 10  # the key, before its colon
    assert token_end("    owner: 大堂经理  # x", 12) == 16  # the value, before the comment
    assert token_end('  max: "5,000"', 8) == 15  # a quoted value, to its closing quote


def test_long_lines_are_trimmed_around_the_column():
    line = "x" * 300 + " 目标 " + "y" * 300
    shown, start, end = window(line, 301, 303, 80)
    assert text_width(shown) <= 80
    assert shown.startswith("…") and shown.endswith("…")
    assert shown[start:end] == "目标"


def test_messages_wrap_to_the_terminal_width_between_cjk_characters():
    message = "某某 " + "第十二行用了全角冒号，请改成半角冒号" * 4
    lines = wrap(message, 40, indent="    ")
    assert len(lines) > 1
    assert all(text_width(line) <= 40 for line in lines)
    assert not any(line.strip().startswith(("，", "。")) for line in lines)
    assert "".join(line.strip() for line in lines).replace(" ", "") == message.replace(" ", "")


def test_text_report_wraps_only_with_a_width(tmp_path):
    report = check_paths([str(_plan(tmp_path))], use_cache=False)
    narrow = text(report, width=50)
    assert all(
        text_width(line) <= 50 for line in narrow.splitlines() if not line.startswith(str(tmp_path)[:10]) or len(line) < 50
    )
    wide = text(report)
    assert any(len(line) > 50 for line in wide.splitlines())


def test_colour_conventions(tmp_path):
    plan = str(_plan(tmp_path))
    assert "\033[" not in lint(plan, env={"NO_COLOR": "", "FORCE_COLOR": ""}).stdout
    assert "\033[31merror\033[0m" in lint(plan, env={"FORCE_COLOR": "1", "NO_COLOR": ""}).stdout
    assert "\033[" not in lint(plan, env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).stdout


def test_json_output_validates_against_its_published_schema(tmp_path):
    schema = json.loads((Path(ROOT) / "docs" / "lint-json.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    broken = tmp_path / "broken.yaml"
    broken.write_text("a: [\n", encoding="utf-8")
    for args in (
        [str(_plan(tmp_path)), str(broken)],
        [str(Path(ROOT) / "plans" / "seed")],
        [str(Path(ROOT) / "tests" / "fixtures" / "six-errors.yaml")],
    ):
        result = CliRunner().invoke(main, ["lint", "--format", "json", "--no-cache", *args])
        document = json.loads(result.output)
        errors = list(validator.iter_errors(document))
        assert not errors, errors[0].message
        assert document["findings"]
    document = json.loads(CliRunner().invoke(main, ["lint", "--format", "json", str(_plan(tmp_path))]).output)
    owner = next(f for f in document["findings"] if f["path"] == "scenarios[0].owner")
    assert owner["start"] == {"line": 10, "column": 12} and owner["end"] == {"line": 10, "column": 16}
    assert owner["name"] and owner["group"]
