"""Rule names, summaries, documentation and sources in both languages: rules, explain, docs, SARIF."""

from __future__ import annotations

import json

from click.testing import CliRunner

from plancraft import i18n
from plancraft.cli import main
from plancraft.lint.catalogue import render
from tests.conftest import FIXTURES, ROOT


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_chinese_rule_docs_are_generated_from_the_rules():
    with i18n.language("zh-CN"):
        expected = render("markdown")
    actual = (ROOT / "docs" / "rules.zh-CN.md").read_text(encoding="utf-8")
    assert actual == expected, (
        "docs/rules.zh-CN.md is stale: run `plancraft rules --format markdown --lang zh-CN > docs/rules.zh-CN.md`"
    )


def test_explain_in_chinese():
    output = run("explain", "PC201", "--lang", "zh-CN").output
    assert output.startswith("PC201 too-few-levels (警告)\n\n预案至少有两个响应级别\n\n预案至少分两个响应级别。\n")
    assert "通过的示例::" in output and "# 只有一个级别" in output
    assert "依据：GB/T 29639-2020 6.1.2（分级响应）；国办发〔2024〕5号 第十八条（分级）" in output
    english = run("explain", "PC201", "--lang", "en").output
    assert english.startswith("PC201 too-few-levels (warning)\n\nThe plan has at least two response levels\n")
    assert "# one level only" in english and "Source: GB/T 29639-2020 6.1.2 (response grading)" in english


def test_rules_listing_in_chinese():
    output = run("rules", "--lang", "zh-CN").output
    assert "PC201  too-few-levels" in output and "警告" in output and "预案至少有两个响应级别" in output
    assert "PC901" in output and "忽略注释写明理由" in output


def test_no_doubt_words_in_any_rule_text():
    for lang in ("en", "zh-CN"):
        text = run("rules", "--format", "json", "--lang", lang).output
        for word in ("unverified", "unconfirmed", "not yet confirmed", "secondary source"):
            assert word not in text, (lang, word)
    data = json.loads(run("rules", "--format", "json").output)
    assert {r["code"]: r.get("verified") for r in data}["PC408"] is False


def test_sarif_descriptions_in_chinese(tmp_path):
    out = tmp_path / "r.sarif"
    config = tmp_path / "plancraft.toml"
    config.write_text('docs-url = "https://example.org/plancraft/docs/rules.md"\n', encoding="utf-8")
    run(
        "lint",
        "--no-cache",
        "--lang",
        "zh-CN",
        "--format",
        "sarif",
        "--config",
        str(config),
        "-o",
        str(out),
        str(FIXTURES / "six-errors.yaml"),
    )
    log = json.loads(out.read_text(encoding="utf-8"))
    rules = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["PC201"]["shortDescription"]["text"] == "预案至少有两个响应级别"
    assert rules["PC201"]["fullDescription"]["text"] == "预案至少分两个响应级别。"
    assert (
        "依据：" in rules["PC201"]["help"]["text"]
        and rules["PC201"]["helpUri"] == "https://example.org/plancraft/docs/rules.zh-CN.md#pc201-too-few-levels"
    )
    assert rules["PC002"]["shortDescription"]["text"] == "预案符合 plancraft 格式（JSON Schema 结构定义）"
    messages = [r["message"]["text"] for r in log["runs"][0]["results"]]
    assert messages and all("`" in m or "：" in m for m in messages)
