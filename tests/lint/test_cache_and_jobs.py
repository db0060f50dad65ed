"""The result cache and worker processes: same findings as a fresh serial run, invalidated by changes."""

import shutil
import subprocess
import sys

import pytest

from click.testing import CliRunner

from plancraft.cli import main
from plancraft.lint.cache import FOLDER
from plancraft.lint.engine import check_paths
from tests.conftest import FIXTURES, PLANS


def corpus(tmp_path):
    plans = tmp_path / "plans"
    shutil.copytree(PLANS / "seed", plans)
    shutil.copy(FIXTURES / "lint-done-when.yaml", plans / "done-when.yaml")
    return plans


def lint(cwd, *args):
    return subprocess.run([sys.executable, "-m", "plancraft", "lint", *args], cwd=cwd, capture_output=True, text=True)


def test_cached_results_are_reported_exactly_like_fresh_ones(tmp_path):
    corpus(tmp_path)
    fresh = lint(tmp_path, "plans", "--no-cache")
    assert not (tmp_path / FOLDER).exists()  # --no-cache writes nothing
    first = lint(tmp_path, "plans")
    assert (tmp_path / FOLDER).is_dir()  # no config: the cache sits in the working directory
    second = lint(tmp_path, "plans")
    assert fresh.stdout == first.stdout == second.stdout
    assert fresh.returncode == first.returncode == second.returncode == 1
    json_cached = lint(tmp_path, "plans", "--format", "json").stdout
    assert json_cached == lint(tmp_path, "plans", "--format", "json", "--no-cache").stdout


def test_cache_sits_next_to_the_config_and_follows_changes(tmp_path):
    plans = corpus(tmp_path)
    (tmp_path / "plancraft.toml").write_text('select = ["PC3"]\n', encoding="utf-8")
    work = tmp_path / "elsewhere"
    work.mkdir()
    before = lint(work, str(plans))
    assert (tmp_path / FOLDER).is_dir() and not (work / FOLDER).exists()
    assert "PC303" in before.stdout and "PC101" not in before.stdout
    # configuration change: the cached entries no longer apply
    (tmp_path / "plancraft.toml").write_text('select = ["PC1"]\n', encoding="utf-8")
    after = lint(work, str(plans))
    assert "PC101" in after.stdout and "PC303" not in after.stdout
    # content change
    target = plans / "done-when.yaml"
    target.write_text(target.read_text(encoding="utf-8").replace("to: regional-manager", "to: vice-president"), encoding="utf-8")
    assert "regional-manager" not in lint(work, str(plans)).stdout


def test_parallel_workers_find_the_same_as_one_process(tmp_path):
    corpus(tmp_path)
    serial = check_paths([str(tmp_path / "plans")], jobs=1, use_cache=False)
    parallel = check_paths([str(tmp_path / "plans")], jobs=2, use_cache=False)
    assert serial.diagnostics == parallel.diagnostics and serial.files == parallel.files
    runner = CliRunner()
    assert (
        runner.invoke(main, ["lint", "-j", "2", "--no-cache", str(tmp_path / "plans")]).output
        == runner.invoke(main, ["lint", "-j", "1", "--no-cache", str(tmp_path / "plans")]).output
    )


def test_concurrent_runs_share_the_cache_safely(tmp_path):
    corpus(tmp_path)
    expected = lint(tmp_path, "plans", "--no-cache").stdout
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "plancraft", "lint", "plans"],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    outputs = [run.communicate(timeout=120)[0] for run in runs]
    assert all(output == expected for output in outputs)
    assert lint(tmp_path, "plans").stdout == expected
    assert not list((tmp_path / FOLDER).rglob("*.tmp"))


def test_progress_counts_up_when_the_cache_answers_some_files(tmp_path, monkeypatch):
    plans = corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    check_paths(["plans"])  # fill the cache
    files = sorted(plans.glob("*.yaml"))
    for changed in files[1::2]:  # every other plan changes: the cache answers the rest
        changed.write_text(changed.read_text(encoding="utf-8") + "# changed\n", encoding="utf-8")
    seen = []
    report = check_paths(["plans"], progress=lambda done, total: seen.append((done, total)))
    assert seen == [(n, len(files)) for n in range(1, len(files) + 1)]
    assert report.diagnostics == check_paths(["plans"], use_cache=False).diagnostics


def test_a_cache_entry_that_cannot_be_written_leaves_no_temporary(tmp_path, monkeypatch):
    """write_entry writes a temporary file and renames it; when the rename fails (or ^C comes) the
    temporary is removed, and the cache simply has no entry."""
    from plancraft.lint import cache

    def refuse(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cache.os, "replace", refuse)
    with pytest.raises(KeyboardInterrupt):
        cache.write_entry(tmp_path, "ab" * 32, "document", "x")
    assert sorted(p.name for p in (tmp_path / "ab").iterdir()) == []
    monkeypatch.undo()
    cache.write_entry(tmp_path, "ab" * 32, "document", "x")
    assert cache.read_entry(tmp_path, "ab" * 32, "document", lambda value: value == "x") == "x"
