"""The smaller holes of issue 13: cache entries, escapes, duplicate keys, dates, file names, git."""

import json
import subprocess

import pytest
from click.testing import CliRunner

from plancraft.cli import main
from plancraft.diagnostics import PlanError
from plancraft.loader import load_bytes
from tests.conftest import PLANS

EXAMPLE = PLANS / "examples" / "bank-branch.zh.yaml"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def refusal(text: str) -> str:
    with pytest.raises(PlanError) as caught:
        load_bytes(text.encode("utf-8"), "p.yaml")
    return caught.value.diagnostic.as_text()


def test_forged_or_misplaced_cache_entries_are_ignored(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    plan = tmp_path / "plan.yaml"
    plan.write_text("document: {id: p}\n", encoding="utf-8")  # fails the schema
    first = run("lint", plan)
    assert first.exit_code == 1
    entries = list((tmp_path / ".plancraft_cache").rglob("*.json"))
    assert len(entries) == 1
    for forged in (
        [],
        {"key": "other", "diagnostics": []},
        {"key": entries[0].stem, "diagnostics": [{"line": "x"}]},
        {"key": entries[0].stem, "diagnostics": [[1, 2]]},
        "text",
    ):
        entries[0].write_text(json.dumps(forged), encoding="utf-8")
        result = run("lint", plan)
        assert result.exit_code == 1 and "Traceback" not in result.output, (forged, result.output)
        assert "PC002" in result.output


@pytest.mark.parametrize(
    "text, where",
    [
        ('a: "\\x85"\n', "p.yaml:1:4: PC001 error: text contains the control character U+0085"),
        ('a: "\\u009b"\n', "p.yaml:1:4: PC001 error: text contains the control character U+009B"),
        ('"\\x9b": 1\n', "p.yaml:1:1: PC001 error: a key contains the control character U+009B"),
        ("a: x\u0085y\n", "p.yaml:1:5: PC001 error: the file contains the control character U+0085"),
        ("x-a: 1\ntrue: 1\nTrue: 2\n", "p.yaml:3:1: PC001 error: duplicate key `True` (`true` means the same in YAML)"),
        ("0x10: 1\n16: 2\n", "p.yaml:2:1: PC001 error: duplicate key `16` (`0x10` means the same in YAML)"),
        ('"16": 1\n16: 2\n', "p.yaml:2:1: PC001 error: duplicate key `16` (first at line 1)"),
    ],
)
def test_loader_refusals(text, where):
    assert refusal(text).startswith(where)


def test_escaped_surrogate_pairs_are_one_character():
    assert load_bytes('a: "\\ud83d\\ude00 ok"\n'.encode(), "p.yaml").data == {"a": "\U0001f600 ok"}
    assert "U+D83D" in refusal('a: "\\ud83d alone"\n')


def test_year_0000_is_refused_by_both_validators(tmp_path):
    plan = tmp_path / "plan.yaml"
    text = EXAMPLE.read_text(encoding="utf-8")
    effective = next(line for line in text.splitlines() if line.strip().startswith("effective:"))
    plan.write_text(text.replace(effective, effective.split(":")[0] + ": 0000-01-01", 1), encoding="utf-8")
    from plancraft.loader import load
    from plancraft import schema

    loaded = load(plan)
    assert any("document.effective" in d.message for d in schema.validate(loaded))
    result = run("validate", "--no-cache", plan)
    assert result.exit_code == 1 and "document.effective" in result.output


def test_control_and_bidi_characters_in_file_names_are_escaped(tmp_path):
    name = tmp_path / "evil\x1b]0;owned\x07\u202ename\nx.yaml"
    name.write_text("document: {id: p}\n", encoding="utf-8")
    for fmt in ("text", "github"):
        result = run("lint", "--no-cache", "--format", fmt, tmp_path)
        assert "\x1b" not in result.output and "\x07" not in result.output and "\u202e" not in result.output
        assert "\\x1b]0;owned\\x07\\u202ename" in result.output
        lines = [line for line in result.output.splitlines() if "owned" in line]
        assert lines and all("PC002" in line or "PC" in line for line in lines)


def test_git_revision_is_never_an_option(tmp_path):
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    plan = tmp_path / "plan.yaml"
    plan.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@e", "add", "."], cwd=tmp_path, check=True)
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qm", "x"], cwd=tmp_path, check=True)
    result = run("diff", "--git", f"--output={tmp_path / 'written'}", plan)
    assert result.exit_code == 2 and not (tmp_path / "written").exists()
    assert run("diff", "--git", "HEAD", plan).exit_code == 0


def test_out_of_range_review_date_is_a_finding_not_a_crash(tmp_path):
    plan = tmp_path / "plan.yaml"
    text = EXAMPLE.read_text(encoding="utf-8")
    effective = next(line for line in text.splitlines() if line.strip().startswith("effective:"))
    plan.write_text(text.replace(effective, effective.split(":")[0] + ": 9999-12-31", 1), encoding="utf-8")
    lint = run("lint", "--no-cache", plan)
    assert "PC621" in lint.output and "Traceback" not in lint.output
    audit = run("audit", plan)
    assert audit.exit_code in (0, 1) and "Traceback" not in audit.output, audit.output
    every = plan.read_text(encoding="utf-8").replace("every: 1y", "every: 99999y")
    plan.write_text(every, encoding="utf-8")
    assert run("validate", "--no-cache", plan).exit_code == 1
    assert "Traceback" not in run("audit", plan).output
