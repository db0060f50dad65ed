"""The lint index (issue 20.5): one file per cache folder and settings that a re-lint reads instead of one
entry file per plan; forged, damaged or stale contents are ignored and rebuilt."""

import json
import shutil

import pytest

import plancraft.lint.engine
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


def _findings(report) -> list[tuple]:
    return [(d.file, d.line, d.column, d.code, d.severity, d.message, d.path, d.related) for d in report.diagnostics]


def _index(tmp_path):
    found = list((tmp_path / FOLDER).glob("lint-index-*"))
    assert len(found) == 1
    return found[0]


def _refuse_rules(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a plan was linted again")

    monkeypatch.setattr(plancraft.lint.engine, "check_plan", refuse)


def test_a_re_lint_reads_the_index_and_no_entry_file(tmp_path, plans, monkeypatch):
    fresh = _findings(check_paths(["plans"], use_cache=False))
    assert _findings(check_paths(["plans"], jobs=1)) == fresh
    index = json.loads(_index(tmp_path).read_text(encoding="utf-8"))
    assert len(index["entries"]) == len(list(plans.glob("*.yaml")))
    assert all(entry["key"] == key for key, entry in index["entries"].items())

    def no_entry_file(*args, **kwargs):
        raise AssertionError("an entry file was read")

    with monkeypatch.context() as patched:
        _refuse_rules(patched)
        patched.setattr(cache, "_entry", no_entry_file)
        before = _index(tmp_path).stat().st_mtime_ns
        assert _findings(check_paths(["plans"], jobs=1)) == fresh
    assert _index(tmp_path).stat().st_mtime_ns == before  # nothing new: the index is not written again


def test_the_index_is_built_from_the_entry_files_of_an_earlier_run(tmp_path, plans, monkeypatch):
    fresh = _findings(check_paths(["plans"], jobs=1))
    _index(tmp_path).unlink()
    with monkeypatch.context() as patched:
        _refuse_rules(patched)
        assert _findings(check_paths(["plans"], jobs=1)) == fresh
    assert len(json.loads(_index(tmp_path).read_text(encoding="utf-8"))["entries"]) == len(list(plans.glob("*.yaml")))


@pytest.mark.parametrize("damage", ["garbage", "other-settings", "swapped-keys", "bad-shape", "not-a-dict"])
def test_a_damaged_or_forged_index_is_ignored_and_rebuilt(tmp_path, plans, damage):
    fresh = _findings(check_paths(["plans"], use_cache=False))
    check_paths(["plans"], jobs=1)
    path = _index(tmp_path)
    index = json.loads(path.read_text(encoding="utf-8"))
    keys = sorted(index["entries"])
    if damage == "garbage":
        path.write_bytes(b"\xff{not json")
    else:
        if damage == "other-settings":
            index["settings"] = "0" * 64
        elif damage == "swapped-keys":  # another plan's findings under this plan's key
            first, second = index["entries"][keys[0]], index["entries"][keys[1]]
            index["entries"][keys[0]], index["entries"][keys[1]] = second, first
        elif damage == "bad-shape":
            for entry in index["entries"].values():
                entry["diagnostics"] = [{"file": 1, "line": "two"}]
        else:
            index["entries"] = ["nothing"]
        path.write_text(json.dumps(index), encoding="utf-8")
    for entry in (tmp_path / FOLDER).rglob("*.json"):  # the entry files are gone too: only a lint helps
        entry.unlink()
    assert _findings(check_paths(["plans"], jobs=1)) == fresh
    rebuilt = json.loads(path.read_text(encoding="utf-8"))
    assert sorted(rebuilt["entries"]) == keys
    assert all(entry["key"] == key for key, entry in rebuilt["entries"].items())


def test_a_changed_plan_is_linted_again_and_joins_the_index(tmp_path, plans):
    check_paths(["plans"], jobs=1)
    target = plans / "done-when.yaml"
    target.write_text(target.read_text(encoding="utf-8").replace("to: regional-manager", "to: vice-president"), encoding="utf-8")
    warm = _findings(check_paths(["plans"], jobs=1))
    assert warm == _findings(check_paths(["plans"], use_cache=False))
    assert len(json.loads(_index(tmp_path).read_text(encoding="utf-8"))["entries"]) == len(list(plans.glob("*.yaml"))) + 1


def test_the_index_keeps_at_most_its_limit_latest_run_first(tmp_path, plans, monkeypatch):
    check_paths(["plans"], jobs=1)
    earlier = set(json.loads(_index(tmp_path).read_text(encoding="utf-8"))["entries"])
    monkeypatch.setattr(cache, "INDEX_LIMIT", 2)
    target = plans / "done-when.yaml"
    target.write_text(target.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    check_paths([str(target)], jobs=1)
    entries = json.loads(_index(tmp_path).read_text(encoding="utf-8"))["entries"]
    assert len(entries) == 2
    assert len(set(entries) - earlier) == 1  # the changed plan's new entry is kept


def test_no_cache_reads_and_writes_no_index(tmp_path, plans):
    check_paths(["plans"], use_cache=False)
    assert not (tmp_path / FOLDER).exists()


def test_an_indexed_child_follows_a_changed_parent(tmp_path, monkeypatch):
    shutil.copytree(FIXTURES / "parent", tmp_path / "family")
    monkeypatch.chdir(tmp_path)
    before = _findings(check_paths(["family"], jobs=1))
    index = json.loads(_index(tmp_path).read_text(encoding="utf-8"))
    assert any("parent" in entry for entry in index["entries"].values())
    for entry in (tmp_path / FOLDER).rglob("*.json"):  # only the index could answer
        entry.unlink()
    head = tmp_path / "family" / "head-office.yaml"
    head.write_text(head.read_text(encoding="utf-8") + "\n# another revision\n", encoding="utf-8")
    after = _findings(check_paths(["family"], jobs=1))
    assert after == _findings(check_paths(["family"], use_cache=False))
    head.unlink()
    gone = _findings(check_paths(["family"], jobs=1))
    assert gone == _findings(check_paths(["family"], use_cache=False)) and gone != after and before


GOOD = {"file": "a.yaml", "line": 3, "column": 1, "code": "PC603", "severity": "info", "message": "m", "path": ["document", 0]}


@pytest.mark.parametrize(
    "change",
    [
        {"line": True},
        {"line": -1},
        {"column": 1.0},
        {"code": "XX603"},
        {"code": "PC6030"},
        {"severity": "fatal"},
        {"severity": ["info"]},  # unhashable: refused, not a TypeError
        {"message": None},
        {"file": 7},
        {"path": "document"},
        {"path": [False]},
        {"path": [1.5]},
        {"related": [[1, 2]]},
        {"related": [[1, True, "x"]]},
        {"related": [["1", 2, "x"]]},
        {"related": "x"},
    ],
)
def test_an_index_item_of_another_shape_is_not_believed(change):
    assert cache._diagnostic(GOOD) is not None
    assert cache._diagnostic({**GOOD, **change}) is None
    assert cache._diagnostics({"diagnostics": [GOOD, {**GOOD, **change}]}) is None


def test_an_index_item_reads_back_as_the_diagnostic_written():
    from plancraft.diagnostics import Diagnostic, Severity

    written = Diagnostic("a.yaml", 3, 1, "PC603", Severity.INFO, "m", ("document", 0), ((4, 2, "here"),))
    assert cache._diagnostics(json.loads(json.dumps({"diagnostics": cache._plain([written])}))) == [written]
