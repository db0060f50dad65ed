"""`plancraft audit` in Chinese: text, Markdown and HTML; English stays as it was."""

from __future__ import annotations

import re

from click.testing import CliRunner

from plancraft.cli import main
from tests.conftest import PLANS

EXAMPLES = str(PLANS / "examples")


def audit(*args):
    return CliRunner().invoke(main, ["audit", EXAMPLES, "--as-of", "2026-12-01", *args])


def test_text_report_in_chinese():
    output = audit("--lang", "zh-CN").output
    assert output.startswith(
        "plancraft 总体检查（截至 2026-12-01）：2 份预案：0 份已批准、2 份草稿、0 份已失效、0 份逾期、0 份有错误。\n"
    )
    assert "没有需要关注的预案" in output and "最常见的检查发现" in output and "重复的预案 id" in output
    assert "PC603  not-approved  提示" in output and "预案已获批准（草稿阶段为提示）" in output


def test_text_report_in_english():
    output = audit("--lang", "en").output
    assert output.startswith(
        "plancraft audit as of 2026-12-01: 2 plans: 0 approved, 2 draft, 0 stale, 0 overdue, 0 with errors.\n"
    )


def test_markdown_report_in_chinese():
    output = audit("--lang", "zh-CN", "--format", "markdown").output
    assert output.startswith("# 预案总体检查\n")
    for heading in ("## 预案", "## 最常见的检查发现", "## 重复的预案 id", "## 标准覆盖情况", "## 各预案的检查发现"):
        assert f"\n{heading}\n" in output
    assert "2 个错误" not in output and "0 个错误、0 个警告、1 条提示" in output


def test_html_report_in_chinese(tmp_path):
    page = tmp_path / "audit.html"
    audit("--lang", "zh-CN", "--format", "html", "-o", str(page))
    html = page.read_text(encoding="utf-8")
    assert '<html lang="zh-CN">' in html and "<title>预案总体检查（截至 2026-12-01）</title>" in html
    assert '<h2 id="coverage-h">标准覆盖情况</h2>' in html and "全部展开" in html
    assert "截至 <strong>2026-12-01</strong> · 2 个预案文件" in html
    visible = re.sub(r"<(script|style)>.*?</\1>", "", html, flags=re.S)
    visible = re.sub(r"<wbr\s*/?>", "", visible)  # break hints inside file paths: keep each path one word
    visible = re.sub(r"<[^>]+>", " ", visible)
    visible = re.sub(r"`[^`]*`|\S+\.ya?ml|plancraft \S+|https?://\S+", " ", visible)
    english = re.findall(r"\b[A-Za-z]{4,}\b", visible)
    allowed = {
        "plancraft",
        "audit",
        "lint",
        "review",
        "every",
        "approved",
        "Customer",
        "Complaint",
        "Emergency",
        "Plan",
        "Example",
        "Bank",
        "Riverside",
        "Branch",
        "complaints",
        "example",
        "branch",
        "work",
        "plans",
        "examples",
        "sign",
        "check",
        "Housing",
        "Ombudsman",
        "Complaint",
        "Handling",
        "Code",
        "DISP",
    }  # plan texts, ids, paths, clause names
    assert not [w for w in english if w not in allowed], sorted(set(english) - allowed)[:20]
