"""The quick path (plancraft.console.quick): a plain `lint`/`validate PATH...` and `render PLAN... [-o OUT]
[--page-numbers|--no-page-numbers]` (with or without `--no-cache`) run without importing click, and say, write and exit exactly as the full command line (click) does with
the same arguments; anything else goes to click."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, PLANS

QUICK = [sys.executable, "-m", "plancraft"]  # the `plancraft` command: plancraft.__main__.main
FULL = [sys.executable, "-c", "import sys; sys.argv[0] = 'plancraft'; from plancraft.cli import main; main()"]
PROBE = """
import sys
sys.argv = ['plancraft', *sys.argv[1:]]
from plancraft.__main__ import main
try:
    main()
except SystemExit:
    pass
print('click' in sys.modules)
"""


def _run(command, *args, cwd, env=None):
    environ = {**os.environ, "PLANCRAFT_NO_LAYOUT": "1", **(env or {})}
    return subprocess.run([*command, *args], cwd=cwd, capture_output=True, text=True, env=environ, timeout=120)


def _same(tmp_path, *args, env=None, files=()):
    """Both paths on the same arguments: the same stdout, stderr, exit code and written files."""
    quick = _run(QUICK, *args, cwd=tmp_path, env=env)
    written = {name: (tmp_path / name).read_bytes() for name in files}
    for name in files:
        (tmp_path / name).unlink()
    full = _run(FULL, *args, cwd=tmp_path, env=env)
    assert (quick.stdout, quick.stderr, quick.returncode) == (full.stdout, full.stderr, full.returncode)
    assert written == {name: (tmp_path / name).read_bytes() for name in files}
    return quick


@pytest.fixture
def plans(tmp_path):
    plans = tmp_path / "plans"
    shutil.copytree(PLANS / "seed", plans)
    shutil.copy(FIXTURES / "lint-done-when.yaml", plans / "done-when.yaml")
    return plans


def test_lint_and_validate_say_the_same(tmp_path, plans):
    assert _same(tmp_path, "lint", "plans").returncode == 1
    assert _same(tmp_path, "lint", "plans", "plans/done-when.yaml").stdout
    assert _same(tmp_path, "validate", "plans").returncode == 0
    assert _same(tmp_path, "lint", "plans/no-such.yaml").returncode == 2
    assert _same(tmp_path, "lint", "--no-cache", "plans").returncode == 1


def test_the_language_comes_from_the_configuration_and_the_environment(tmp_path, plans):
    chinese = _same(tmp_path, "lint", "plans", env={"PLANCRAFT_LANG": "zh-CN"})
    assert "。" in chinese.stdout or "：" in chinese.stdout
    (tmp_path / "plancraft.toml").write_text('lang = "zh-CN"\n', encoding="utf-8")
    assert _same(tmp_path, "lint", "plans").stdout == chinese.stdout


def test_a_broken_configuration_is_one_line_and_its_exit_code(tmp_path, plans):
    (tmp_path / "plancraft.toml").write_text("select = [\n", encoding="utf-8")
    result = _same(tmp_path, "lint", "plans")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_render_says_and_writes_the_same(tmp_path, plans):
    shutil.copy(PLANS / "examples" / "bank-branch.zh.yaml", tmp_path / "plan.yaml")
    result = _same(tmp_path, "render", "plan.yaml", "-o", "a.docx", files=["a.docx"])
    assert result.returncode == 0 and "a.docx" in result.stderr + result.stdout
    _same(tmp_path, "render", "plan.yaml", "--output=b.docx", files=["b.docx"])
    _same(tmp_path, "render", "plan.yaml", "--no-cache", "-o", "c.docx", files=["c.docx"])
    _same(tmp_path, "render", "plan.yaml", files=["plan.docx"])
    _same(tmp_path, "render", "plan.yaml", "--no-page-numbers", "-o", "d.docx", files=["d.docx"])
    # page numbers asked for where LibreOffice is switched off: the same note on both paths
    asked = _same(tmp_path, "render", "plan.yaml", "--page-numbers", "-o", "e.docx", files=["e.docx"])
    assert asked.returncode == 0
    (tmp_path / "out").mkdir()
    shutil.copy(PLANS / "examples" / "bank-branch.zh.yaml", tmp_path / "other.yaml")
    _same(tmp_path, "render", "plan.yaml", "other.yaml", "-o", "out/", files=["out/plan.docx", "out/other.docx"])


def test_a_draft_built_in_a_second_process_is_the_same_document(tmp_path, plans):
    """The `plancraft` command builds a draft in a second process while it lints (plancraft.__main__);
    cli.main called directly does not: the same bytes, lines and exit codes, a failing build included."""
    shutil.copy(PLANS / "examples" / "bank-branch.en.yaml", tmp_path / "plan.yaml")
    for n in range(2):  # the fixed parts built, then kept
        text = (tmp_path / "plan.yaml").read_text(encoding="utf-8")
        (tmp_path / "plan.yaml").write_text(text.replace("title: ", f"title: {n}", 1), encoding="utf-8")
        assert _same(tmp_path, "render", "plan.yaml", "-o", "a.docx", files=["a.docx"]).returncode == 0
    # the second process writes the document while the first lints; where it may not, the first says why
    assert _same(tmp_path, "render", "plan.yaml", "-o", "plan.yaml").returncode != 0
    assert (tmp_path / "plan.yaml").read_text(encoding="utf-8").startswith(text[:20])
    templates = tmp_path / "templates" / "en"
    templates.mkdir(parents=True)
    (templates / "annex.j2").write_text("{{ no_such_value }}\n", encoding="utf-8")
    failed = _same(tmp_path, "render", "plan.yaml", "--templates", "templates", "-o", "b.docx")
    assert failed.returncode == 3 and "annex.j2" in failed.stderr and "Traceback" not in failed.stderr
    assert not (tmp_path / "b.docx").exists()
    # a plan the schema refuses: the second process (forked once the plan is loaded) keeps nothing
    kept = sorted((tmp_path / ".plancraft_cache" / "renders").glob("??/*.json"))
    text = (tmp_path / "plan.yaml").read_text(encoding="utf-8")
    (tmp_path / "invalid.yaml").write_text(text.replace("title: ", "title:\n    wrong: ", 1), encoding="utf-8")
    refused = _same(tmp_path, "render", "invalid.yaml", "-o", "c.docx")
    assert refused.returncode != 0 and "schema" in refused.stderr and not (tmp_path / "c.docx").exists()
    assert sorted((tmp_path / ".plancraft_cache" / "renders").glob("??/*.json")) == kept
    # a PDF asked for without page numbers is made (here tried by a LibreOffice that fails) before the .docx
    # is written: the second process, which writes only a .docx, is not used for it
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "soffice").write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    (tmp_path / "bin" / "soffice").chmod(0o755)
    failing = {"PATH": f"{tmp_path / 'bin'}{os.pathsep}{Path(sys.executable).parent}"}
    pdf = _same(tmp_path, "render", "plan.yaml", "--no-cache", "--pdf", "--no-page-numbers", "-o", "d.docx", env=failing)
    assert pdf.returncode == 3 and "LibreOffice" in pdf.stderr and not (tmp_path / "d.docx").exists()


def test_render_refusals_say_the_same(tmp_path, plans):
    (tmp_path / "bad.yaml").write_text("document: [\n", encoding="utf-8")
    assert _same(tmp_path, "render", "bad.yaml", "-o", "bad.docx").returncode == 2
    (tmp_path / "invalid.yaml").write_text("document:\n  title: x\n", encoding="utf-8")
    assert _same(tmp_path, "render", "invalid.yaml", "-o", "invalid.docx").returncode != 0
    assert _same(tmp_path, "render", "a.yaml", "b.yaml").returncode == 2  # several plans need -o


def _imports_click(tmp_path, *args) -> bool:
    result = _run([sys.executable, "-c", PROBE], *args, cwd=tmp_path)
    return result.stdout.strip().splitlines()[-1] == "True"


def test_only_the_plain_forms_skip_click(tmp_path, plans):
    shutil.copy(PLANS / "examples" / "bank-branch.zh.yaml", tmp_path / "plan.yaml")
    assert not _imports_click(tmp_path, "lint", "plans")
    assert not _imports_click(tmp_path, "validate", "plans/done-when.yaml")
    assert not _imports_click(tmp_path, "render", "plan.yaml", "-o", "a.docx")
    assert not _imports_click(tmp_path, "lint", "--no-cache", "plans")
    assert not _imports_click(tmp_path, "render", "plan.yaml", "--page-numbers", "-o", "a.docx")
    for args in (
        ["lint", "--no-cache"],
        ["lint", "-j", "1", "plans"],
        ["lint", "plans", "--format", "json"],
        ["lint"],
        ["render", "plan.yaml", "--final", "-o", "a.docx"],
        ["render", "plan.yaml", "-o"],
        ["render", "-o", "a.docx"],
        ["fmt", "plans"],
        ["--version"],
    ):
        assert _imports_click(tmp_path, *args), args


@pytest.mark.parametrize(
    "args",
    [
        ["lint", "plans"],
        ["lint", "--no-cache", "plans", "more.yaml"],
        ["validate", "plans", "--no-cache"],
        ["render", "plan.yaml"],
        ["render", "plan.yaml", "-o", "a.docx"],
        ["render", "-o", "a.docx", "plan.yaml", "other.yaml", "--no-cache"],
        ["render", "plan.yaml", "--output=a.docx"],
        ["render", "plan.yaml", "--output", "a.docx"],
        ["render", "plan.yaml", "--page-numbers", "-o", "a.docx"],
        ["render", "plan.yaml", "--no-page-numbers"],
        ["render", "--page-numbers", "plan.yaml", "--no-page-numbers", "--no-cache"],
    ],
)
def test_the_quick_parse_is_clicks_parse(args):
    """What the quick path hands the command is exactly what click parses from the same arguments, every
    parameter it does not read being click's default: an option renamed, a default changed or a value
    read differently in plancraft.cli fails here instead of drifting."""
    from click.core import ParameterSource

    from plancraft.cli import main
    from plancraft.console import quick_arguments

    parsed = quick_arguments(args)
    assert parsed is not None, args
    command, given = parsed
    clicked = main.commands[command].make_context(command, list(args[1:]))
    assert {name: clicked.params[name] for name in given} == given
    rest = {name: value for name, value in clicked.params.items() if name not in given}
    assert all(clicked.get_parameter_source(name) is ParameterSource.DEFAULT for name in rest), rest
    assert all(value in (None, False, ()) for value in rest.values()), rest


@pytest.mark.parametrize(
    "args",
    [
        ["render", "plan.yaml", "-o", "--no-cache", "other.yaml"],  # click: the output is a file named --no-cache
        ["render", "plan.yaml", "-o", "a.docx", "-o", "b.docx"],
        ["render", "plan.yaml", "-o"],
        ["lint", "plans", "-o", "report.txt"],
        ["lint", "--", "plans"],
        ["lint", "-"],
        ["lint", "--no-cache"],
        ["--lang", "zh-CN", "lint", "plans"],
    ],
)
def test_the_quick_path_leaves_the_rest_to_click(args):
    from plancraft.console import quick_arguments

    assert quick_arguments(args) is None


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir() or not hasattr(os, "fork"), reason="needs fork and /proc/self/fd")
def test_a_second_process_that_cannot_be_forked_leaves_the_render_to_this_one(tmp_path, monkeypatch):
    """fork failing (no process to spare): the plan is rendered here, to the same document, and the pipes
    opened for the second process are closed again."""
    from plancraft import publish
    from plancraft.render.options import RenderOptions

    shutil.copy(PLANS / "examples" / "bank-branch.en.yaml", tmp_path / "plan.yaml")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PLANCRAFT_NO_LAYOUT", "1")
    job = publish.render_job(["plan.yaml"], output="a.docx", options=RenderOptions(), use_cache=False)
    publish.render_file(job, "plan.yaml")
    expected = (tmp_path / "a.docx").read_bytes()

    def no_fork():
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(publish.os, "fork", no_fork)
    (tmp_path / "a.docx").unlink()
    before = len(os.listdir("/proc/self/fd"))
    rendered = publish.render_file(job, "plan.yaml", second_process=True)
    assert len(os.listdir("/proc/self/fd")) == before
    assert ("plan.yaml: wrote a.docx", False) in rendered.lines
    assert (tmp_path / "a.docx").read_bytes() == expected
