"""Every finding on the shipped plans reads in Chinese with --lang zh-CN: no English words remain
outside backticks (codes, ids, keys and values), paths and names of standards."""

from __future__ import annotations

import re

from click.testing import CliRunner

from plancraft.cli import main
from plancraft.lint.engine import check_paths
from tests.conftest import PLANS

ALLOWED = {"plancraft"}


def english_words(message: str) -> list[str]:
    text = re.sub(r"`[^`]*`", "", message)
    text = re.sub(r"[\w./-]+\.ya?ml", "", text)
    return [w for w in re.findall(r"[A-Za-z][A-Za-z-]{3,}", text) if w not in ALLOWED]


def test_findings_on_the_chinese_plans_are_chinese():
    # plans/outside holds published English plans: their names (quoted in findings) are English plan text
    report = check_paths([str(PLANS / "seed"), str(PLANS / "examples")], use_cache=False, lang="zh-CN")
    assert len(report.diagnostics) > 100
    leftovers = {(d.code, d.message) for d in report.diagnostics if english_words(d.message)}
    assert not leftovers, sorted(leftovers)[:5]


def test_findings_follow_the_plan_with_lang_plan(tmp_path):
    zh = (PLANS / "examples" / "bank-branch.zh.yaml").read_text(encoding="utf-8")
    en = (PLANS / "examples" / "bank-branch.en.yaml").read_text(encoding="utf-8")
    (tmp_path / "zh.yaml").write_text(zh.replace("  number: ", "  x-number: ", 1), encoding="utf-8")
    (tmp_path / "en.yaml").write_text(en.replace("  number: ", "  x-number: ", 1), encoding="utf-8")
    (tmp_path / "plancraft.toml").write_text('lang = "plan"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", "--no-cache", str(tmp_path)], env={"PLANCRAFT_LANG": "en"})
    # the findings about each plan are in its language; the severity words and the summary in the locale's
    zh_lines = [line for line in result.output.splitlines() if "zh.yaml" in line and "PC501" in line]
    en_lines = [line for line in result.output.splitlines() if "en.yaml" in line and "PC501" in line]
    assert len(zh_lines) == len(en_lines) == 1
    assert ": PC501 warning: 预案没有文号；请在 `document` 下增加 `number`" in zh_lines[0]
    assert ": PC501 warning: the plan has no document number; add `number` under `document`" in en_lines[0]
    assert result.output.rstrip().endswith("of 2 files.")
