"""The composite action: one lint run, annotations within GitHub's cap, a job summary that loses nothing,
and inputs that reach scripts only through environment variables."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

from plancraft import github_action
from plancraft.github_action import ANNOTATIONS_PER_KIND, Finding, choose_annotations, job_summary, parse_paths

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "plans" / "seed"


def test_action_never_pastes_an_input_into_a_script():
    action = YAML(typ="safe").load((ROOT / "action.yml").read_text(encoding="utf-8"))
    runs = [step["run"] for step in action["runs"]["steps"] if "run" in step]
    assert runs
    for script in runs:
        assert "${{" not in script, script
    assert set(action["inputs"]) >= {"paths", "fail-on", "config", "sarif", "version"}


def test_action_lints_once():
    text = (ROOT / "action.yml").read_text(encoding="utf-8")
    assert text.count("plancraft.github_action") == 1
    action = YAML(typ="safe").load(text)
    scripts = "\n".join(step.get("run", "") for step in action["runs"]["steps"])
    assert not re.search(r"plancraft\s+lint\b|-m plancraft lint", scripts)


def test_paths_input_keeps_spaces_that_are_quoted_and_one_path_per_line():
    assert parse_paths("plans/ other/") == ["plans/", "other/"]
    assert parse_paths('"my plans/" b.yaml') == ["my plans/", "b.yaml"]
    assert parse_paths("my plans/a.yaml\nb.yaml\n") == ["my", "plans/a.yaml", "b.yaml"]


def _finding(file: str, n: int, kind: str = "warning") -> Finding:
    return Finding("PC401", kind, f"message {n}", file, n, 1)


def test_annotations_stay_within_the_cap_and_reach_every_file_first():
    findings = [_finding(f"plan{i}.yaml", n) for i in range(3) for n in range(1, 8)]
    findings += [_finding("plan0.yaml", 99, "error")]
    chosen = choose_annotations(findings)
    warnings = [f for f in chosen if f.kind == "warning"]
    assert len(warnings) == ANNOTATIONS_PER_KIND
    assert {f.file for f in warnings[:3]} | {f.file for f in warnings} == {"plan0.yaml", "plan1.yaml", "plan2.yaml"}
    assert [f for f in chosen if f.kind == "error"] == [findings[-1]]


def test_summary_lists_every_code_and_says_what_annotations_left_out():
    findings = [_finding("a.yaml", n) for n in range(1, 30)] + [Finding("PC101", "error", "x | y", "b.yaml", 3, 4)]
    text = job_summary(findings, shown=11)
    assert "| PC401 | 29 |" in text and "| PC101 | 1 |" in text
    assert "GitHub shows 11 of the 30 findings" in text
    assert "… and 9 more in this file" in text
    assert "x \\| y" in text


def test_main_runs_lint_once_and_writes_annotations_summary_and_output(tmp_path, capfd):
    plans = tmp_path / "my plans"
    shutil.copytree(SEEDS, plans)
    summary, output = tmp_path / "summary.md", tmp_path / "output.txt"
    env = {
        **os.environ,
        "PLANCRAFT_PATHS": f'"{plans}"',
        "PLANCRAFT_FAIL_ON": "warning",
        "PLANCRAFT_SARIF": str(tmp_path / "out.sarif"),
        "GITHUB_STEP_SUMMARY": str(summary),
        "GITHUB_OUTPUT": str(output),
    }
    code = github_action.main(env)
    assert code == 1
    assert output.read_text() == "exit-code=1\n"
    out = capfd.readouterr().out
    annotations = [line for line in out.splitlines() if line.startswith("::")]
    kinds = [line.split(" ", 1)[0] for line in annotations if "title=PC" in line]
    for kind in ("::error", "::warning", "::notice"):
        assert kinds.count(kind) <= ANNOTATIONS_PER_KIND
    assert "more findings are not shown as annotations" in out
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("## plancraft lint")
    for seed in sorted(SEEDS.glob("*.yaml")):
        assert seed.name in text


def test_action_module_runs_as_the_action_calls_it(tmp_path):
    plan = ROOT / "plans" / "examples" / "bank-branch.en.yaml"
    env = {
        **os.environ,
        "PLANCRAFT_PATHS": str(plan),
        "PLANCRAFT_SARIF": str(tmp_path / "x.sarif"),
        "GITHUB_OUTPUT": str(tmp_path / "o"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "plancraft.github_action"], env=env, capture_output=True, text=True, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "o").read_text() == "exit-code=0\n"
    assert (tmp_path / "x.sarif").is_file()
