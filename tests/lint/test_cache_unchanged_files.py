"""The lint index's file records (issue 20.5): a re-lint of a plan whose file the index saw unchanged makes
one stat and neither reads nor hashes the plan; any change to the file (its bytes, even with the size and
mtime kept, or a replaced file), its name, the configuration, a forged record, or a file written just now
goes back to reading and hashing it."""

import json
import os
import shutil
import time

import pytest
from click.testing import CliRunner

import plancraft.lint.engine
import plancraft.loader
from plancraft.cli import main
from plancraft.lint import cache
from plancraft.lint.cache import FOLDER
from plancraft.lint.engine import check_paths
from tests.conftest import FIXTURES, PLANS


@pytest.fixture
def plans(tmp_path, monkeypatch):
    plans = tmp_path / "plans"
    shutil.copytree(PLANS / "seed", plans)
    shutil.copy(FIXTURES / "lint-done-when.yaml", plans / "done-when.yaml")
    monkeypatch.chdir(tmp_path)  # no configuration: the cache sits in the working directory
    return plans


@pytest.fixture
def settled(monkeypatch):
    """Files written by the test count as settled at once (instead of RACY_NS = 2 s after their last change)."""
    monkeypatch.setattr(cache, "RACY_NS", 0)


def _findings(report) -> list[tuple]:
    return [(d.file, d.line, d.column, d.code, d.severity, d.message, d.path, d.related) for d in report.diagnostics]


def _index(tmp_path) -> dict:
    (found,) = (tmp_path / FOLDER).glob("lint-index-*")
    return json.loads(found.read_text(encoding="utf-8"))


class Reads:
    """Counts the plans read from disk by the linter (what the file records spare)."""

    def __init__(self, monkeypatch):
        self.names: list[str] = []
        original = plancraft.loader.read_plan_bytes

        def counting(path, name):
            self.names.append(name)
            return original(path, name)

        monkeypatch.setattr(plancraft.loader, "read_plan_bytes", counting)


def _same_size_edit(path) -> None:
    """Change one byte of `path` and put its mtime back: only its ctime tells (after the clock ticked)."""
    before = path.stat()
    time.sleep(0.05)  # past the file system clock's tick, so the ctime differs
    raw = bytearray(path.read_bytes())
    at = raw.index(b"regional-manager")
    raw[at : at + len(b"regional-manager")] = b"regional-managex"
    path.write_bytes(bytes(raw))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns


def test_an_unchanged_plan_is_not_read_again(tmp_path, plans, settled, monkeypatch):
    fresh = _findings(check_paths(["plans"], use_cache=False))
    assert _findings(check_paths(["plans"], jobs=1)) == fresh
    index = _index(tmp_path)
    names = sorted(f"plans/{p.name}" for p in plans.glob("*.yaml"))
    assert sorted(index["files"]) == names
    for name, record in index["files"].items():
        entry = index["entries"][record[5]]
        assert entry["key"] == record[5] and entry["name"] == name
    reads = Reads(monkeypatch)
    monkeypatch.setattr(plancraft.lint.engine, "check_plan", lambda *a, **k: pytest.fail("a plan was linted again"))
    assert _findings(check_paths(["plans"], jobs=1)) == fresh
    assert reads.names == []


def test_the_text_report_of_a_stat_hit_shows_the_same_source_lines(tmp_path, plans, settled, monkeypatch):
    runner = CliRunner()
    fresh = runner.invoke(main, ["lint", "--no-cache", "plans"])
    assert runner.invoke(main, ["lint", "plans"]).output == fresh.output
    reads = Reads(monkeypatch)
    again = runner.invoke(main, ["lint", "plans"])
    assert reads.names == []
    assert again.output == fresh.output and again.exit_code == fresh.exit_code
    assert "  |" in again.output  # source lines with carets, from the index


def test_workers_findings_get_their_file_records_too(tmp_path, plans, settled, monkeypatch):
    check_paths(["plans"], jobs=2)
    assert sorted(_index(tmp_path)["files"]) == sorted(f"plans/{p.name}" for p in plans.glob("*.yaml"))


def test_a_same_size_edit_with_the_mtime_put_back_is_linted_again(tmp_path, plans, settled, monkeypatch):
    check_paths(["plans"], jobs=1)
    target = plans / "done-when.yaml"
    _same_size_edit(target)
    reads = Reads(monkeypatch)
    after = _findings(check_paths(["plans"], jobs=1))
    assert set(reads.names) == {"plans/done-when.yaml"}  # (the cache lookup, then the lint)
    assert after == _findings(check_paths(["plans"], use_cache=False))
    assert any("regional-managex" in finding[5] for finding in after)


def test_a_replaced_file_is_read_again(tmp_path, plans, settled, monkeypatch):
    check_paths(["plans"], jobs=1)
    target = plans / "done-when.yaml"
    before = target.stat()
    replacement = plans / "replacement.tmp"
    shutil.copy(target, replacement)
    os.utime(replacement, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(replacement, target)  # as an editor saves: another inode, same bytes, size and mtime
    reads = Reads(monkeypatch)
    check_paths(["plans"], jobs=1)
    assert set(reads.names) == {"plans/done-when.yaml"}  # (the cache lookup, then the lint)


def test_a_file_changed_just_now_gets_no_record(tmp_path, plans):
    check_paths(["plans"], jobs=1)  # the files were copied a moment ago: RACY_NS (2 s) has not passed
    assert _index(tmp_path)["files"] == {}
    assert len(_index(tmp_path)["entries"]) == len(list(plans.glob("*.yaml")))


def test_a_changed_configuration_reads_the_plans_again(tmp_path, plans, settled, monkeypatch):
    check_paths(["plans"], jobs=1)
    (tmp_path / "plancraft.toml").write_text('select = ["PC1"]\n', encoding="utf-8")
    reads = Reads(monkeypatch)
    after = _findings(check_paths(["plans"], jobs=1))
    assert set(reads.names) == {f"plans/{p.name}" for p in plans.glob("*.yaml")}
    assert after == _findings(check_paths(["plans"], use_cache=False))
    assert after and all(finding[3].startswith("PC1") for finding in after)


def test_another_name_for_the_same_file_is_read(tmp_path, plans, settled, monkeypatch):
    check_paths(["plans"], jobs=1)
    reads = Reads(monkeypatch)
    check_paths([str(plans)], jobs=1)  # the names in the findings differ: other keys
    assert set(reads.names) == {str(p) for p in plans.glob("*.yaml")}


@pytest.mark.parametrize("forgery", ["other-key", "no-lines", "bad-lines", "short-record", "no-name"])
def test_a_forged_file_record_is_ignored(tmp_path, plans, settled, monkeypatch, forgery):
    fresh = _findings(check_paths(["plans"], use_cache=False))
    check_paths(["plans"], jobs=1)
    (path,) = (tmp_path / FOLDER).glob("lint-index-*")
    index = json.loads(path.read_text(encoding="utf-8"))
    target, other = (
        "plans/done-when.yaml",
        "plans/" + next(p.name for p in sorted(plans.glob("*.yaml")) if p.name != "done-when.yaml"),
    )
    record = index["files"][target]
    if forgery == "other-key":  # another plan's findings for this one
        record[5] = index["files"][other][5]
    elif forgery == "no-lines":
        del index["entries"][record[5]]["lines"]
    elif forgery == "bad-lines":
        index["entries"][record[5]]["lines"] = [["8", "document:"]]
    elif forgery == "short-record":
        index["files"][target] = record[:5]
    else:
        del index["entries"][record[5]]["name"]
    path.write_text(json.dumps(index), encoding="utf-8")
    reads = Reads(monkeypatch)
    assert _findings(check_paths(["plans"], jobs=1)) == fresh
    assert set(reads.names) == {target}
