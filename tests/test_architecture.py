"""The structure as tests: the import contracts cover every module, and every user-facing error is a
PlancraftError with an exit code (issue 12)."""

from __future__ import annotations

import pkgutil
import sys
from pathlib import Path

import pytest

import plancraft
from plancraft import exitcodes
from plancraft.errors import PlancraftError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent


def _contracts() -> list[dict]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]


def test_every_module_but_the_cli_is_kept_from_click():
    modules = {f"plancraft.{m.name}" for m in pkgutil.iter_modules(plancraft.__path__)} - {"plancraft.cli"}
    contract = next(c for c in _contracts() if c.get("forbidden_modules") == ["click"])
    assert modules <= set(contract["source_modules"]), "add the new module to the click contract in pyproject.toml"


def test_every_module_has_a_layer():
    modules = {f"plancraft.{m.name}" for m in pkgutil.iter_modules(plancraft.__path__)} - {"plancraft.__main__"}
    layers = next(c for c in _contracts() if c["type"] == "layers")["layers"]
    placed = {name.strip() for layer in layers for name in layer.replace("|", ":").split(":")}
    assert modules <= placed, "give the new module its layer in pyproject.toml"


@pytest.mark.parametrize(
    "name",
    [
        "plancraft.diagnostics:PlanError",
        "plancraft.lint.config:ConfigError",
        "plancraft.starters:StarterError",
        "plancraft.diff:DiffError",
        "plancraft.render:RenderError",
        "plancraft.publish:PublishRefused",
        "plancraft.signoff:SignOffError",
        "plancraft.fmt:FormatRefused",
        "plancraft.signature:SignatureError",
        "plancraft.revise:RevisionError",
        "plancraft.importer:ImportFailed",
        "plancraft.history_report:HistoryError",
    ],
)
def test_user_facing_errors_are_plancraft_errors(name):
    module, cls = name.split(":")
    error = getattr(__import__(module, fromlist=[cls]), cls)
    assert issubclass(error, PlancraftError)
    assert error.exit_code in (exitcodes.USAGE, exitcodes.FINDINGS, exitcodes.RENDER_FAILED)


def test_a_render_input_error_is_a_usage_error():
    from plancraft.render.errors import RenderError, RenderInputError

    assert issubclass(RenderInputError, RenderError) and RenderInputError.exit_code == exitcodes.USAGE
    assert RenderError.exit_code == exitcodes.RENDER_FAILED


def test_the_message_is_one_line():
    assert PlancraftError("a\nb").message == "a\\nb"


def test_library_modules_do_not_know_exit_codes():
    """Only the error kinds (plancraft.errors), the command line (cli, console) and the audit verdict name
    exit codes."""
    allowed = {"errors.py", "cli.py", "console.py", "__main__.py", "exitcodes.py", "audit/collect.py"}
    package = ROOT / "plancraft"
    offenders = [
        str(p.relative_to(package))
        for p in package.rglob("*.py")
        if "exitcodes" in p.read_text(encoding="utf-8") and str(p.relative_to(package)) not in allowed
    ]
    assert offenders == []


def test_rules_say_only_what_is_theirs():
    """A rule yields plan.finding(path, message): the engine fills in code and severity. It declares
    its GROUP and typed OPTIONS, and imports shared code from rules/helpers.py, not from another rule."""
    import re

    from plancraft.rules import GROUPS, RULES
    from plancraft.rules.options import KINDS, Option

    for rule in RULES:
        source = Path(rule.__file__).read_text(encoding="utf-8")
        body = [line for line in source.splitlines() if not re.match(r"(CODE|SEVERITY) = ", line)]
        named = [line.strip() for line in body if re.search(r"\b(CODE|SEVERITY)\b", line)]
        assert named == [], f"{rule.CODE} names its own code or severity; yield plan.finding(path, message)"
        assert "plan.diagnostic(" not in source, f"{rule.CODE}: yield plan.finding(path, message) instead"
        assert not re.search(r"from plancraft\.rules\.pc\d", source), f"{rule.CODE} imports another rule; use rules/helpers.py"
        assert rule.GROUP in GROUPS, f"{rule.CODE}: GROUP must be one of {GROUPS}"
        assert all(isinstance(o, Option) and o.kind in KINDS and o.doc for o in rule.OPTIONS.values()), rule.CODE


def test_explain_works_for_every_code_rules_lists():
    from click.testing import CliRunner

    from plancraft.cli import main

    runner = CliRunner()
    listed = [line.split()[0] for line in runner.invoke(main, ["rules"]).output.splitlines()]
    assert {"PC001", "PC002", "PC003", "PC901", "PC902", "PC101"} <= set(listed)
    for code in listed:
        explained = runner.invoke(main, ["explain", code])
        assert explained.exit_code == 0 and explained.output.startswith(code), code


def test_builtin_codes_are_defined_once():
    from plancraft import codes, fmt, loader, schema
    from plancraft.lint import suppressions
    from plancraft.lint.builtin import BY_CODE

    assert (loader.CODE, schema.CODE, fmt.CODE) == (codes.UNREADABLE, codes.SCHEMA, codes.FORMAT_REFUSED)
    assert set(suppressions.META_CODES) == {codes.SUPPRESSION_WITHOUT_REASON, codes.UNUSED_SUPPRESSION}
    assert set(BY_CODE) == {v for k, v in vars(codes).items() if k.isupper()}
