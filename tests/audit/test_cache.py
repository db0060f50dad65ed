"""The audit from the lint cache: one entry per plan shared with lint, the same report warm or cold,
a parent read once and followed when it changes, --no-cache, and workers."""

from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from plancraft.audit import audit, render
from plancraft.cli import main
from plancraft.lint import parents
from plancraft.lint.cache import FOLDER
from plancraft.lint.engine import check_paths

from .conftest import AS_OF, PORTFOLIO


def _portfolio(tmp_path, monkeypatch):
    shutil.copytree(PORTFOLIO, tmp_path / "portfolio")
    monkeypatch.chdir(tmp_path)  # no configuration: the cache sits in the working directory
    return tmp_path / "portfolio"


def _entries(tmp_path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / FOLDER).rglob("*.json")]


def _report(**options) -> str:
    return render(audit(["portfolio"], as_of=AS_OF, **options), "json")


def test_a_warm_audit_reports_exactly_what_a_cold_one_does(tmp_path, monkeypatch):
    _portfolio(tmp_path, monkeypatch)
    cold = _report(use_cache=False)
    assert not (tmp_path / FOLDER).exists()  # use_cache=False writes nothing
    first = _report()
    entries = _entries(tmp_path)
    assert len(entries) == 9 and all("audit" in e and "diagnostics" in e for e in entries)
    assert sum("parent" in e for e in entries) == 2  # the two children record their parent
    assert cold == first == _report()


def test_a_warm_audit_parses_nothing(tmp_path, monkeypatch):
    _portfolio(tmp_path, monkeypatch)
    _report()
    import plancraft.loader

    def refuse(*args, **kwargs):
        raise AssertionError("a warm audit parsed a plan")

    monkeypatch.setattr(plancraft.loader, "load_bytes", refuse)  # parents reads a parent through the loader's own name
    assert json.loads(_report())["portfolio"]["totals"]["plans"] == 9


def test_the_audit_completes_what_lint_cached(tmp_path, monkeypatch):
    _portfolio(tmp_path, monkeypatch)
    check_paths(["portfolio"])
    assert all("audit" not in e for e in _entries(tmp_path))
    import plancraft.lint.engine

    def refuse(*args, **kwargs):
        raise AssertionError("the audit linted a plan lint had cached")

    with monkeypatch.context() as patched:
        patched.setattr(plancraft.lint.engine, "check_plan", refuse)
        warm = _report()
    assert all("audit" in e for e in _entries(tmp_path))
    assert warm == _report(use_cache=False)


def test_a_damaged_or_forged_audit_entry_is_worked_out_again(tmp_path, monkeypatch):
    _portfolio(tmp_path, monkeypatch)
    expected = _report()
    for path in (tmp_path / FOLDER).rglob("*.json"):
        entry = json.loads(path.read_text(encoding="utf-8"))
        entry["audit"]["status"] = "approved-by-me"
        entry["audit"]["earlier_versions"] = "many"
        path.write_text(json.dumps(entry), encoding="utf-8")
    assert _report() == expected


def test_a_parent_is_read_once_for_all_its_children(tmp_path, monkeypatch):
    plans = _portfolio(tmp_path, monkeypatch)
    child = (plans / "branches" / "exceeds-parent.yaml").read_text(encoding="utf-8")
    for n in range(3):
        (plans / "branches" / f"sibling-{n}.yaml").write_text(
            child.replace("riverside-branch-complaints", f"sibling-{n}"), encoding="utf-8"
        )
    reads = []
    real = parents._read
    monkeypatch.setattr(parents, "_read", lambda path, display: reads.append(path) or real(path, display))
    result = audit(["portfolio"], as_of=AS_OF, use_cache=False)
    head = (plans / "head-office.yaml").resolve()
    assert reads.count(head) == 1
    assert sum(1 for e in result.portfolio.exceeding if e.id == "emergency-payout") == 4
    assert {p.parent_id for p in result.plans if p.parent == "../head-office.yaml"} == {"head-office-complaints"}


def test_a_changed_parent_is_seen_by_the_next_audit_and_lint(tmp_path, monkeypatch):
    plans = _portfolio(tmp_path, monkeypatch)
    before = audit(["portfolio"], as_of=AS_OF)
    assert {e.id for e in before.portfolio.exceeding} == {"emergency-payout", "first-reply"}
    lint_before = check_paths(["portfolio"])
    head = plans / "head-office.yaml"
    head.write_text(head.read_text(encoding="utf-8").replace("max: 5000", "max: 50000"), encoding="utf-8")
    after = audit(["portfolio"], as_of=AS_OF)
    assert {e.id for e in after.portfolio.exceeding} == {"first-reply"}
    lint_after = check_paths(["portfolio"])
    assert lint_after.diagnostics == check_paths(["portfolio"], use_cache=False).diagnostics
    assert lint_after.diagnostics != lint_before.diagnostics
    head.unlink()  # a parent that disappears: the children's entries no longer serve
    [missing] = [m for m in audit(["portfolio"], as_of=AS_OF).portfolio.missing_parents if "branches" in m.file]
    assert missing.reason == "no such file"


def test_workers_report_what_one_process_does(tmp_path, monkeypatch):
    _portfolio(tmp_path, monkeypatch)
    assert _report(jobs=2, use_cache=False) == _report(jobs=1, use_cache=False)
    runner = CliRunner()
    one = runner.invoke(main, ["audit", "portfolio", "--as-of", "2026-03-01", "-j", "1", "--no-cache"])
    two = runner.invoke(main, ["audit", "portfolio", "--as-of", "2026-03-01", "-j", "2", "--no-cache"])
    assert one.exit_code == two.exit_code == 1 and one.output == two.output
    assert not (tmp_path / FOLDER).exists()
