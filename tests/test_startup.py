"""The lint path stays lean: `--version` and `lint` never import python-docx or jinja2."""

import ast
import os
import subprocess
import sys

from tests.conftest import PLANS

PROBE = """
import sys
from click.testing import CliRunner
from plancraft.cli import main
CliRunner().invoke(main, sys.argv[1:])
heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('docx', 'jinja2', 'lxml', 'jsonschema'))
print(','.join(heavy))
"""


def imported_by(*args: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True)
    line = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    return [m for m in line.split(",") if m]


def test_version_imports_nothing_heavy():
    assert imported_by("--version") == []


def test_lint_of_a_valid_plan_imports_neither_docx_nor_jinja2_nor_python_jsonschema():
    assert imported_by("lint", "--no-cache", str(PLANS / "examples" / "bank-branch.zh.yaml")) == []


def test_validate_imports_neither_docx_nor_jinja2():
    modules = imported_by("validate", "--no-cache", str(PLANS / "seed"))
    assert not [m for m in modules if m.startswith(("docx", "jinja2"))]


def test_lint_does_not_load_the_importer():
    probe = PROBE.replace("('docx', 'jinja2', 'lxml', 'jsonschema')", "('pypinyin',)").replace(
        "m.split('.')[0] in", "m.startswith('plancraft.importer') or m.split('.')[0] in"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, "lint", "--no-cache", str(PLANS / "examples" / "bank-branch.zh.yaml")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip().splitlines()[-1:] in ([], [""])


def test_a_warm_render_imports_neither_the_linter_nor_what_it_does_not_use(tmp_path):
    """A render of a plan `lint` has checked takes its findings from the lint cache: the rules and the
    engine are never imported, nor xml.sax.saxutils (urllib.request, http.client, ssl) or the Python
    jsonschema (the plan is valid: jsonschema-rs says so). Rendering it again, unchanged, writes the
    document kept in the render output cache: python-docx, lxml and jinja2 are not imported either."""
    plan = str(PLANS / "examples" / "bank-branch.zh.yaml")
    subprocess.run([sys.executable, "-m", "plancraft", "lint", plan], capture_output=True, cwd=tmp_path)
    args = ["render", plan, "-o", str(tmp_path / "plan.docx")]
    light = (
        "m.startswith(('plancraft.lint.engine', 'plancraft.rules', 'xml.sax', 'urllib.request', "
        "'http.client', 'ssl')) or m.split('.')[0] in ('jsonschema',)"
    )
    probe = PROBE.replace("m.split('.')[0] in ('docx', 'jinja2', 'lxml', 'jsonschema')", light)
    for heavy in ("", " or m.split('.')[0] in ('docx', 'jinja2', 'lxml')"):
        result = subprocess.run(
            [sys.executable, "-c", probe.replace(light, light + heavy), *args],
            capture_output=True,
            text=True,
            check=True,
            cwd=tmp_path,
        )
        assert (tmp_path / "plan.docx").is_file()
        assert result.stdout.strip().splitlines()[-1:] in ([], [""]), heavy


# Run as the `plancraft` command runs (click.testing itself imports tempfile): which of `watched` it imported.
COMMAND_PROBE = """
import sys
watched = sys.argv[1].split(',')
sys.argv = ['plancraft', *sys.argv[2:]]
from plancraft.cli import main
try:
    main()
except SystemExit:
    pass
print('imported:' + ','.join(m for m in watched if m in sys.modules))
"""

# What a lint that writes nothing, fixes nothing and prints text has no use for: the fix engine (and the
# IME tables it reads), tempfile and the atomic writer's temporary-file machinery, the XML and JSON
# reporters' modules.
NOT_FOR_A_PLAIN_LINT = ("plancraft.lint.fix", "plancraft.ime", "tempfile", "shutil", "xml.etree.ElementTree")


def imported_of(watched: tuple[str, ...], *args: str, cwd) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", COMMAND_PROBE, ",".join(watched), *args], capture_output=True, text=True, check=True, cwd=cwd
    )
    line = result.stdout.rsplit("imported:", 1)[1].strip()
    return [m for m in line.split(",") if m]


def test_a_plain_lint_imports_neither_the_fix_engine_nor_the_writers_modules(tmp_path):
    plan = str(PLANS / "examples" / "bank-branch.zh.yaml")
    assert imported_of(NOT_FOR_A_PLAIN_LINT, "lint", "--no-cache", plan, cwd=tmp_path) == []
    imported_of((), "lint", plan, cwd=tmp_path)  # fills the lint cache
    # a re-lint from the cache: not even socket (jsonschema-rs's email.utils brings it on a cold lint)
    assert imported_of(NOT_FOR_A_PLAIN_LINT + ("socket",), "lint", plan, cwd=tmp_path) == []


def test_the_fix_engine_and_the_chosen_reporter_are_imported_when_asked_for(tmp_path):
    """The guard above watches modules that the same probe does see when they are needed."""
    plan = str(PLANS / "examples" / "bank-branch.zh.yaml")
    assert imported_of(NOT_FOR_A_PLAIN_LINT, "lint", "--no-cache", "--diff", plan, cwd=tmp_path) == [
        "plancraft.lint.fix",
        "plancraft.ime",
    ]
    assert imported_of(NOT_FOR_A_PLAIN_LINT, "lint", "--no-cache", "--format", "junit", plan, cwd=tmp_path) == [
        "xml.etree.ElementTree"
    ]


# As the `plancraft` command runs (plancraft.__main__: the quick path past click), printing nothing else.
QUICK_PROBE = """
import contextlib, io, sys
watched = sys.argv[1].split(',')
sys.argv = ['plancraft', *sys.argv[2:]]
from plancraft.__main__ import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main()
    except SystemExit:
        pass
print('imported:' + ','.join(m for m in watched if m in sys.modules))
"""

# What a re-lint of unchanged plans answered by the lint index has no use for (issue 20: it is start-up
# bound): the loader, the schema and the rules, dataclasses (with inspect), hashlib (OpenSSL), and in
# English gettext.
NOT_FOR_A_RE_LINT = (
    "plancraft.loader",
    "plancraft.schema",
    "plancraft.rules",
    "ruamel",
    "dataclasses",
    "inspect",
    "hashlib",
    "gettext",
)


def test_a_re_lint_of_an_unchanged_plan_imports_only_what_its_cached_findings_need(tmp_path):
    plan = str(PLANS / "examples" / "bank-branch.zh.yaml")

    def imported() -> list[str]:
        result = subprocess.run(
            [sys.executable, "-c", QUICK_PROBE, ",".join(NOT_FOR_A_RE_LINT), "lint", plan],
            capture_output=True,
            text=True,
            check=True,
            cwd=tmp_path,
            env={**os.environ, "PLANCRAFT_LANG": "en"},
        )
        return [m for m in result.stdout.rsplit("imported:", 1)[1].strip().split(",") if m]

    assert "plancraft.rules" in imported()  # the first lint checks the plan and fills the lint cache
    assert imported() == []


def test_a_re_lint_compiles_no_source(tmp_path):
    """The first compile() in a process sets up the whole AST machinery (1.5 ms, a twentieth of a re-lint):
    a NamedTuple whose annotations are strings (`from __future__ import annotations`) compiles each one.
    (Modules imported without bytecode are compiled from their files: those are not counted. Reading a
    pyproject.toml, as here the repository's, imports tomllib, whose own NamedTuple has two such fields.)"""
    plan = str(PLANS / "examples" / "bank-branch.zh.yaml")
    probe = "import builtins\ncompiled = []\nreal = builtins.compile\n"
    probe += "builtins.compile = lambda *a, **k: (isinstance(a[0], str) and compiled.append(a[0])) or real(*a, **k)\n"
    probe += QUICK_PROBE.replace("print('imported:'", "print('compiled:' + repr(compiled))\nprint('imported:'")
    for _ in range(2):  # the first run fills the lint cache
        result = subprocess.run(
            [sys.executable, "-c", probe, "", "lint", plan], capture_output=True, text=True, check=True, cwd=tmp_path
        )
    compiled = result.stdout.split("compiled:", 1)[1].splitlines()[0]
    assert set(ast.literal_eval(compiled)) <= {"NestedDict", "Flags"}


def test_a_re_lint_with_a_configuration_imports_no_rule(tmp_path):
    """A configuration without [options] has nothing to check against the rules' declarations: a re-lint
    with one imported every rule module (30 ms, issue 20) and then read no plan."""
    config = tmp_path / "plancraft.toml"
    config.write_text('fail-on = "error"\n', encoding="utf-8")
    args = ("lint", "--config", str(config), str(PLANS / "examples" / "bank-branch.zh.yaml"))
    imported_of((), *args, cwd=tmp_path)  # fills the lint cache
    assert imported_of(("plancraft.rules", "plancraft.loader"), *args, cwd=tmp_path) == []
