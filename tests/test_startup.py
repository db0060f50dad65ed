"""The lint path stays lean: `--version` and `lint` never import python-docx or jinja2."""

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
        "m.split('.')[0] in", "m.startswith('plancraft.importer') or m.split('.')[0] in")
    result = subprocess.run([sys.executable, "-c", probe, "lint", "--no-cache",
                             str(PLANS / "examples" / "bank-branch.zh.yaml")], capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1:] in ([], [""])


def test_a_warm_render_imports_neither_the_linter_nor_what_it_does_not_use(tmp_path):
    """A render of a plan `lint` has checked takes its findings from the lint cache: the rules and the
    engine are never imported, nor xml.sax.saxutils (urllib.request, http.client, ssl) or the Python
    jsonschema (the plan is valid: jsonschema-rs says so). Rendering it again, unchanged, writes the
    document kept in the render output cache: python-docx, lxml and jinja2 are not imported either."""
    plan = str(PLANS / "examples" / "bank-branch.zh.yaml")
    subprocess.run([sys.executable, "-m", "plancraft", "lint", plan], capture_output=True, cwd=tmp_path)
    args = ["render", plan, "-o", str(tmp_path / "plan.docx")]
    light = ("m.startswith(('plancraft.lint.engine', 'plancraft.rules', 'xml.sax', 'urllib.request', "
             "'http.client', 'ssl')) or m.split('.')[0] in ('jsonschema',)")
    probe = PROBE.replace("m.split('.')[0] in ('docx', 'jinja2', 'lxml', 'jsonschema')", light)
    for heavy in ("", " or m.split('.')[0] in ('docx', 'jinja2', 'lxml')"):
        result = subprocess.run([sys.executable, "-c", probe.replace(light, light + heavy), *args],
                                capture_output=True, text=True, check=True, cwd=tmp_path)
        assert (tmp_path / "plan.docx").is_file()
        assert result.stdout.strip().splitlines()[-1:] in ([], [""]), heavy
