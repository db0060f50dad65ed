"""Writes that cannot destroy: never over an input, never over a device, through symlinks, read-only kept."""

import os
import shutil
import stat

import pytest
from click.testing import CliRunner

from plancraft.cli import main
from tests.conftest import PLANS

EXAMPLE = PLANS / "examples" / "bank-branch.zh.yaml"


def run(*args, cwd=None):
    if cwd is not None:
        old = os.getcwd()
        os.chdir(cwd)
    try:
        return CliRunner().invoke(main, [str(a) for a in args])
    finally:
        if cwd is not None:
            os.chdir(old)


@pytest.fixture
def plan(tmp_path):
    target = tmp_path / "plan.yaml"
    shutil.copy(EXAMPLE, target)
    return target


@pytest.mark.parametrize("command", [("lint", "--no-cache"), ("validate", "--no-cache"), ("audit",), ("render",)])
def test_output_over_the_input_is_refused(plan, command):
    original = plan.read_bytes()
    result = run(*command, plan, "-o", plan)
    assert result.exit_code == 2, result.output
    assert "is the same file as the input" in result.output and "Traceback" not in result.output
    assert plan.read_bytes() == original


def test_output_over_an_input_inside_a_folder_or_through_a_link_is_refused(plan, tmp_path):
    original = plan.read_bytes()
    (tmp_path / "link.yaml").symlink_to(plan)
    assert run("lint", "--no-cache", tmp_path, "-o", plan).exit_code == 2
    assert run("render", plan, "-o", tmp_path / "link.yaml").exit_code == 2
    assert plan.read_bytes() == original and (tmp_path / "link.yaml").is_symlink()


def test_output_over_a_plan_the_run_reads_only_through_its_exclude_is_refused(tmp_path):
    # `--exclude` replaces the default exclusions, so a plan under build/ is read: it is an input too
    built = tmp_path / "build" / "plan.yaml"
    built.parent.mkdir()
    shutil.copy(EXAMPLE, built)
    original = built.read_bytes()
    result = run("lint", "--no-cache", "--exclude", "drafts", tmp_path, "-o", built)
    assert result.exit_code == 2, result.output
    assert "is the same file as the input" in result.output
    assert built.read_bytes() == original


@pytest.mark.parametrize("command", [("lint", "--no-cache"), ("audit",), ("render",)])
def test_fifo_and_device_targets_are_refused(plan, tmp_path, command):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    device = tmp_path / "null-link"
    device.symlink_to(os.devnull)
    for target in (fifo, device):
        result = run(*command, plan, "-o", target)
        assert result.exit_code == 2, result.output
        assert "not a regular file" in result.output
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and device.is_symlink()
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_init_force_does_not_replace_a_device(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    result = run("init", fifo, "--force")
    assert result.exit_code == 2 and "not a regular file" in result.output
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_dash_is_standard_output(plan, tmp_path):
    result = run("lint", "--no-cache", plan, "-o", "-", cwd=tmp_path)
    assert result.exit_code in (0, 1) and "PC" in result.output
    assert not (tmp_path / "-").exists()
    rendered = CliRunner().invoke(main, ["render", str(plan), "-o", "-"])
    assert rendered.exit_code == 0, rendered.output
    assert not (tmp_path / "-").exists()


def test_fmt_and_sign_write_through_a_symlink(plan, tmp_path):
    link = tmp_path / "link.yaml"
    link.symlink_to(plan.name)
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("\n\n", "\n\n\n", 1), encoding="utf-8")
    assert run("fmt", link).exit_code == 0
    assert link.is_symlink() and plan.read_text(encoding="utf-8") == text
    result = run("sign", link, "--step", "prepared", "--name", "李明", "--role", "office-head")
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and "step: prepared" in plan.read_text(encoding="utf-8")


def test_read_only_plan_needs_force(plan):
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("\n\n", "\n\n\n", 1), encoding="utf-8")
    plan.chmod(0o444)
    before = plan.read_bytes()
    for args in (("fmt", plan), ("sign", plan, "--step", "prepared", "--name", "李明", "--role", "office-head")):
        result = run(*args)
        assert result.exit_code == 2 and "read-only" in result.output, result.output
        assert plan.read_bytes() == before
    assert run("fmt", "--force", plan).exit_code == 0
    assert plan.read_text(encoding="utf-8") == text
    assert stat.S_IMODE(plan.stat().st_mode) == 0o444


def test_a_failed_pdf_leaves_no_docx(plan, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))  # no soffice
    result = run("render", plan, "-o", tmp_path / "out" / "x.docx", "--pdf")
    assert result.exit_code == 3, result.output
    assert not (tmp_path / "out" / "x.docx").exists() and not (tmp_path / "out" / "x.pdf").exists()


def test_fmt_and_sign_refuse_a_fifo_without_reading_it(tmp_path):
    fifo = tmp_path / "plan.yaml"
    os.mkfifo(fifo)
    for args in (("fmt", fifo), ("sign", fifo, "--step", "prepared", "--name", "李明", "--role", "office-head")):
        result = run(*args)
        assert result.exit_code == 2 and "not a regular file" in result.output, result.output
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
