"""plancraft diff: id-matched changes in words, reordered lists, renamed ids, formats, exit codes, --git."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from plancraft import exitcodes
from plancraft.cli import main
from plancraft.diff import diff_files, diff_git

ROOT = Path(__file__).resolve().parents[1]
ZH = ROOT / "plans" / "examples" / "bank-branch.zh.yaml"
EN = ROOT / "plans" / "examples" / "bank-branch.en.yaml"


def _edit(source: Path, target: Path, *replacements: tuple[str, str]) -> Path:
    text = source.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    target.write_text(text, encoding="utf-8")
    return target


def _sentences(old: Path, new: Path) -> list[str]:
    result = diff_files(old, new)
    return [c.sentence(result.language) for c in result.changes]


def test_same_plan_no_changes() -> None:
    result = diff_files(ZH, ZH)
    assert result.changes == []
    assert "没有变化" in result.summary()


def test_limit_and_time_limit_changes_in_words_zh(tmp_path: Path) -> None:
    new = _edit(ZH, tmp_path / "new.yaml", ("max: 10000", "max: 20000"), ("within: 8h", "within: 12h"))
    sentences = _sentences(ZH, new)
    assert "限额「紧急用款援助（贵宾客户）」上限：10,000元 → 20,000元" in sentences
    assert any("8小时 → 12小时" in s for s in sentences)
    assert len(sentences) == 2


def test_changes_in_words_en(tmp_path: Path) -> None:
    new = _edit(
        EN,
        tmp_path / "new.yaml",
        ("max: 10000", "max: 20000"),
        ("within: 8h", "within: 12h"),
        ("lead: vice-president\n    notify: [president, office-head]", "lead: president\n    notify: [president, office-head]"),
    )
    sentences = _sentences(EN, new)
    assert "Limit “Emergency cash assistance, VIP customers” maximum: CNY 10,000 → CNY 20,000" in sentences
    assert "Time limit “Report the outcome to the leading group's office” deadline: 8 hours → 12 hours" in sentences
    # references are shown by name (title and holder), not by id
    assert any(
        "lead: Deputy Group Leader (Vice President in charge of consumer protection) → Group Leader (Branch President)" in s
        for s in sentences
    )


def test_reordered_lists_are_no_change(tmp_path: Path) -> None:
    from ruamel.yaml import YAML

    yaml = YAML()
    data = yaml.load(EN.read_text(encoding="utf-8"))
    for key in (
        "principles",
        "levels",
        "scenarios",
        "limits",
        "time_limits",
        "channels",
        "reporting",
        "support",
        "external",
        "revisions",
        "distribution",
        "annexes",
        "aftermath",
    ):
        data[key].reverse()
    for key in ("groups", "roles"):
        data["organisation"][key].reverse()
    for role in data["organisation"]["roles"]:
        role["duties"].reverse()
    data["drills"]["scenarios"].reverse()
    data["levels"][0]["notify"].reverse()
    with open(tmp_path / "new.yaml", "w", encoding="utf-8") as out:
        yaml.dump(data, out)
    result = diff_files(EN, tmp_path / "new.yaml")
    assert result.changes == []


def test_renamed_id_is_removed_and_added(tmp_path: Path) -> None:
    new = _edit(ZH, tmp_path / "new.yaml", ("- id: guard\n", "- id: door-guard\n"))
    result = diff_files(ZH, new)
    kinds = sorted(c.kind for c in result.changes if c.section == "organisation")
    assert kinds == ["added", "removed"]
    assert any(c.kind == "removed" and "值勤保安" in c.subject for c in result.changes)


def test_scenario_steps_by_position(tmp_path: Path) -> None:
    new = _edit(
        EN,
        tmp_path / "new.yaml",
        (
            "        by: lobby-manager\n        within: 10min\n      - do: Check the facts",
            "        by: lobby-manager\n        within: 20min\n      - do: Check the facts",
        ),
    )
    sentences = _sentences(EN, new)
    assert sentences == ["Scenario “Handling an ordinary complaint” step 1 deadline: 10 minutes → 20 minutes"]


def test_added_and_removed_items_and_text_lists(tmp_path: Path) -> None:
    new = _edit(
        EN,
        tmp_path / "new.yaml",
        (
            '  - id: regulator\n    name: National Financial Regulatory Administration, Chongqing Office\n    phone: "12378"\n    kind: Financial regulator\n',
            "",
        ),
        (
            "        - Secures the scene and assists the police\n",
            "        - Secures the scene and assists the police\n        - Checks the fire exits every morning\n",
        ),
    )
    result = diff_files(EN, new)
    kinds = {(c.kind, c.section) for c in result.changes}
    assert ("removed", "external") in kinds
    assert any("duties" in c.field and "Checks the fire exits every morning" in (c.new or "") for c in result.changes)


def test_cli_exit_codes_and_formats(tmp_path: Path) -> None:
    new = _edit(ZH, tmp_path / "new.yaml", ("max: 10000", "max: 20000"))
    runner = CliRunner()
    same = runner.invoke(main, ["diff", str(ZH), str(ZH)])
    assert same.exit_code == exitcodes.OK
    text = runner.invoke(main, ["diff", str(ZH), str(new)])
    assert text.exit_code == exitcodes.FINDINGS
    assert "10,000元 → 20,000元" in text.output and "共1处变化" in text.output
    markdown = runner.invoke(main, ["diff", str(ZH), str(new), "--format", "markdown"])
    assert markdown.exit_code == exitcodes.FINDINGS and markdown.output.startswith("### ")
    data = json.loads(runner.invoke(main, ["diff", str(ZH), str(new), "--format", "json"]).output)
    assert data["changes"][0]["kind"] == "changed" and data["changes"][0]["old"] == "10,000元"
    missing = runner.invoke(main, ["diff", str(ZH), str(tmp_path / "missing.yaml")])
    assert missing.exit_code == exitcodes.USAGE and "PC001" in missing.output


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_revision(tmp_path: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.email", "t@example.com")
    git("config", "user.name", "T")
    (tmp_path / "plans").mkdir()
    plan = tmp_path / "plans" / "p.yaml"
    shutil.copy(ZH, plan)
    git("add", ".")
    git("commit", "-q", "-m", "v1")
    _edit(ZH, plan, ("max: 10000", "max: 20000"))
    result = diff_git("HEAD", plan)
    assert [c.new for c in result.changes] == ["20,000元"]
    cli = CliRunner().invoke(main, ["diff", "--git", "HEAD", str(plan), "--format", "markdown"])
    assert cli.exit_code == exitcodes.FINDINGS
    bad = CliRunner().invoke(main, ["diff", "--git", "no-such-rev", str(plan)])
    assert bad.exit_code == exitcodes.USAGE
