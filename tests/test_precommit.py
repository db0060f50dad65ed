"""The hooks in .pre-commit-hooks.yaml, run by the pre-commit tool itself, as a user's project runs them.

pre-commit installs a hook repository from a commit, so the working tree of plancraft is copied into a
temporary git repository and committed there first; each project's .pre-commit-config.yaml names that
repository at that commit. pre-commit keeps one environment per repository and commit, so the hooks are
installed once for the module (`pre-commit try-repo` would install them again on every call).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pre_commit")
if shutil.which("git") is None:  # pragma: no cover
    pytest.skip("git is not installed", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[1]
# Caches are left out as well as build output: other tests running beside this one write lint results into
# .plancraft_cache/ (a temporary file there may vanish mid-copy), and none of them is part of a hook repository.
IGNORE = shutil.ignore_patterns(
    ".git",
    ".venv",
    "venv",
    "__pycache__",
    "*.egg-info",
    "build",
    "dist",
    "out",
    "node_modules",
    ".pytest_cache",
    ".plancraft_cache",
    ".hypothesis",
    ".ruff_cache",
    ".import_linter_cache",
)
GOOD = ROOT / "plans" / "examples" / "bank-branch.en.yaml"


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        env={
            **os.environ,
            "GIT_AUTHOR_NAME": "t",
            "GIT_AUTHOR_EMAIL": "t@example.com",
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@example.com",
        },
    )


def _commit_all(repo: Path) -> None:
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "--no-verify", "-m", "snapshot")


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> Path:
    repo = tmp_path_factory.mktemp("hooks") / "plancraft"
    shutil.copytree(ROOT, repo, ignore=IGNORE)
    _git(repo, "init", "-q")
    _commit_all(repo)
    return repo


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


def _project(tmp_path: Path, plan_text: bytes, hook_repo: Path) -> Path:
    project = tmp_path / "project"
    (project / "plans").mkdir(parents=True)
    (project / "plans" / "plan.yaml").write_bytes(plan_text)
    (project / "ci.yaml").write_text("not: a plan\n", encoding="utf-8")  # outside plans/: not checked
    rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=hook_repo, check=True, capture_output=True, text=True)
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_repo.as_posix()}\n    rev: {rev.stdout.strip()}\n"
        "    hooks:\n      - id: plancraft-lint\n      - id: plancraft-fmt\n",
        encoding="utf-8",
    )
    _git(project, "init", "-q")
    _commit_all(project)
    return project


def _run_hook(project: Path, home: Path, hook: str, *files: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", hook, "--files", *files],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )


def test_lint_hook_passes_a_clean_plan_and_fails_a_bad_one(tmp_path, hook_repo, pre_commit_home) -> None:
    project = _project(tmp_path, GOOD.read_bytes(), hook_repo)
    good = _run_hook(project, pre_commit_home, "plancraft-lint", "plans/plan.yaml", "ci.yaml")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "plancraft lint" in good.stdout and "Passed" in good.stdout

    bad = GOOD.read_text(encoding="utf-8").replace("lead: branch-head", "lead: nobody", 1)
    (project / "plans" / "plan.yaml").write_text(bad, encoding="utf-8")
    failed = _run_hook(project, pre_commit_home, "plancraft-lint", "plans/plan.yaml")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "PC101" in failed.stdout


def test_fmt_hook_rewrites_and_then_passes(tmp_path, hook_repo, pre_commit_home) -> None:
    unformatted = b"plancraft: 1\nscope: All.\npurpose: Why.\ndocument: {id: a, title: T, language: en}\nprinciples: []\nlevels: []\nscenarios: []\n"
    project = _project(tmp_path, unformatted, hook_repo)
    first = _run_hook(project, pre_commit_home, "plancraft-fmt", "plans/plan.yaml")
    assert first.returncode == 1, first.stdout + first.stderr  # files were modified by this hook
    text = (project / "plans" / "plan.yaml").read_text(encoding="utf-8")
    assert text.startswith("plancraft: 1\n\ndocument:")
    second = _run_hook(project, pre_commit_home, "plancraft-fmt", "plans/plan.yaml")
    assert second.returncode == 0, second.stdout + second.stderr
