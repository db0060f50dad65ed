"""Atomic writes: a failure in the middle of a write leaves the old file as it was and nothing else.

The failure is injected where a real one happens: in the fsync of the temporary file (a full disk,
an I/O error) or in the rename over the target. Every command that writes a file is covered:
render, sign, fmt, init (and plancraft.fileio.write_atomic itself).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from plancraft import fileio
from plancraft.cli import main

from .make_cases import BASE

UNFORMATTED = BASE.replace("plancraft: 1\n", "plancraft:    1\n")


def _fail(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture(params=["fsync", "replace"])
def broken_disk(request, monkeypatch):
    """os.fsync or os.replace raise ENOSPC, as a full disk would."""
    target = {"fsync": "fsync", "replace": "replace"}[request.param]
    monkeypatch.setattr(fileio.os, target, _fail)
    return request.param


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _invoke(folder: Path, *args: str):
    old = os.getcwd()
    os.chdir(folder)
    try:
        return CliRunner().invoke(main, list(args), catch_exceptions=True)
    finally:
        os.chdir(old)


def _assert_clean_failure(result, before: dict, folder: Path) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert _files(folder) == before, "a failed write changed or left files"


def test_render_failure_leaves_no_docx(tmp_path, broken_disk):
    (tmp_path / "plan.yaml").write_text(BASE, encoding="utf-8")
    before = _files(tmp_path)
    result = _invoke(tmp_path, "render", "--no-cache", "plan.yaml", "-o", "x.docx")
    _assert_clean_failure(result, before, tmp_path)


def test_render_failure_keeps_the_previous_docx(tmp_path, broken_disk):
    (tmp_path / "plan.yaml").write_text(BASE, encoding="utf-8")
    (tmp_path / "x.docx").write_bytes(b"the previous document")
    before = _files(tmp_path)
    result = _invoke(tmp_path, "render", "--no-cache", "plan.yaml", "-o", "x.docx")
    _assert_clean_failure(result, before, tmp_path)


def test_sign_failure_leaves_the_plan_alone(tmp_path, broken_disk):
    (tmp_path / "plan.yaml").write_text(BASE, encoding="utf-8")
    before = _files(tmp_path)
    result = _invoke(
        tmp_path, "sign", "plan.yaml", "--step", "prepared", "--name", "Li Ming", "--role", "lead", "--date", "2024-09-10"
    )
    _assert_clean_failure(result, before, tmp_path)


def test_fmt_failure_leaves_the_plan_alone(tmp_path, broken_disk):
    (tmp_path / "plan.yaml").write_text(UNFORMATTED, encoding="utf-8")
    before = _files(tmp_path)
    result = _invoke(tmp_path, "fmt", "plan.yaml")
    _assert_clean_failure(result, before, tmp_path)


def test_init_failure_writes_nothing(tmp_path, broken_disk):
    before = _files(tmp_path)
    result = _invoke(tmp_path, "init", "--lang", "en", "new.yaml")
    _assert_clean_failure(result, before, tmp_path)


def test_init_force_failure_keeps_the_old_file(tmp_path, broken_disk):
    (tmp_path / "new.yaml").write_text("# my work\n", encoding="utf-8")
    before = _files(tmp_path)
    result = _invoke(tmp_path, "init", "--lang", "en", "--force", "new.yaml")
    _assert_clean_failure(result, before, tmp_path)


def test_validate_report_failure_leaves_no_report(tmp_path, broken_disk):
    (tmp_path / "plan.yaml").write_text(BASE, encoding="utf-8")
    before = _files(tmp_path)
    result = _invoke(tmp_path, "validate", "--no-cache", "plan.yaml", "-o", "report.txt")
    _assert_clean_failure(result, before, tmp_path)


def test_sign_keeps_the_file_mode(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(BASE, encoding="utf-8")
    plan.chmod(0o640)
    result = _invoke(
        tmp_path, "sign", "plan.yaml", "--step", "prepared", "--name", "Li Ming", "--role", "lead", "--date", "2024-09-10"
    )
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(plan.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["plan.yaml"]


# --------------------------------------------------------------------------- write_atomic itself


def test_write_atomic_interrupted_by_ctrl_c(tmp_path, monkeypatch):
    target = tmp_path / "f.txt"
    target.write_text("old")

    def interrupt(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(fileio.os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        fileio.write_atomic(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]


def test_write_atomic_keeps_mode_and_uses_umask_for_new_files(tmp_path):
    existing = tmp_path / "a.txt"
    existing.write_text("x")
    existing.chmod(0o600)
    fileio.write_atomic(existing, "y")
    assert stat.S_IMODE(existing.stat().st_mode) == 0o600 and existing.read_text() == "y"
    old = os.umask(0o027)
    try:
        fileio.write_atomic(tmp_path / "b.txt", "z")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "b.txt").stat().st_mode) == 0o640


def test_write_atomic_over_a_folder_fails_cleanly(tmp_path):
    (tmp_path / "d").mkdir()
    with pytest.raises(OSError):
        fileio.write_atomic(tmp_path / "d", "data")
    assert [p.name for p in tmp_path.iterdir()] == ["d"]


def test_write_atomic_replaces_a_symlink_not_its_target(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("keep")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    fileio.write_atomic(link, "new")
    assert real.read_text() == "keep"
    assert link.read_text() == "new" and not link.is_symlink()
