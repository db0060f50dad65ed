"""Configuration files, CLI overrides and inline suppressions, through the real command line."""

import shutil

from click.testing import CliRunner

from plancraft.cli import main
from tests.conftest import FIXTURES, PLANS

DONE_WHEN = FIXTURES / "lint-done-when.yaml"


def lint(*args):
    return CliRunner().invoke(main, ["lint", "--no-cache", *map(str, args)])


def codes(output: str) -> set[str]:
    return {line.split(": ")[1].split()[0] for line in output.splitlines() if ": PC" in line}


def plan_in(tmp_path, source=DONE_WHEN, name="plan.yaml"):
    target = tmp_path / "plans" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(source, target)
    return target


def test_pyproject_select_ignore_severity_and_options(tmp_path):
    plan = plan_in(tmp_path)
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.plancraft]\nselect = ["PC3", "PC4"]\nignore = ["PC402"]\n'
        '[tool.plancraft.severity]\nPC301 = "warning"\n[tool.plancraft.options]\ndecision-period = "30d"\n',
        encoding="utf-8",
    )
    result = lint(plan)
    found = codes(result.output)
    assert found == {"PC301", "PC303", "PC401"}, result.output  # PC304: 20d is within 30d now
    assert "PC301 warning" in result.output


def test_plancraft_toml_per_file_ignores_and_fail_on(tmp_path):
    plan = plan_in(tmp_path)
    (tmp_path / "plancraft.toml").write_text(
        'fail-on = "warning"\n[per-file-ignores]\n"plans/*.yaml" = ["PC1", "PC5", "PC6", "PC3"]\n', encoding="utf-8"
    )
    result = lint(plan)
    assert not codes(result.output) & {"PC101", "PC510", "PC602", "PC301"}
    assert result.exit_code == 1  # warnings fail with fail-on = warning


def test_cli_select_ignore_and_fail_on():
    result = lint(DONE_WHEN, "--select", "PC40", "--ignore", "PC402")
    assert codes(result.output) == {"PC401"} and result.exit_code == 0
    assert lint(DONE_WHEN, "--select", "PC40", "--ignore", "PC402", "--fail-on", "warning").exit_code == 1


def test_unknown_codes_and_options_are_usage_errors(tmp_path):
    assert "`PC999` names no rule" in lint(DONE_WHEN, "--select", "PC999").output
    assert lint(DONE_WHEN, "--select", "PC999").exit_code == 2
    plan = plan_in(tmp_path)
    for body, message in [
        ('[tool.plancraft]\nignore = ["PC777"]\n', "`PC777` names no rule"),
        ('[tool.plancraft.options]\ndrill-every = "1y"\n', "unknown rule option `drill-every`"),
        ('[tool.plancraft.options]\ndecision-period = "two weeks"\n', "must be a duration"),
        ('[tool.plancraft.options]\nplaceholder-patterns = ["(unclosed"]\n', "not a valid regular expression"),
        ('[tool.plancraft]\nselekt = ["PC1"]\n', "unknown setting `selekt`"),
        ("[tool.plancraft\n", "cannot read the configuration"),
    ]:
        (tmp_path / "pyproject.toml").write_text(body, encoding="utf-8")
        result = lint(plan)
        assert result.exit_code == 2, (body, result.output)
        assert message in result.output and "pyproject.toml" in result.output
        assert "Traceback" not in result.output


def test_inline_suppressions(tmp_path):
    plan = plan_in(tmp_path)
    lines = plan.read_text(encoding="utf-8").split("\n")
    lines[135] += "  # plancraft: ignore[PC510] name not yet decided by HR"  # line 136, trailing
    lines.insert(144, "    # plancraft: ignore[PC105]")  # above line 145, no reason
    lines.insert(0, "# plancraft: ignore[PC301] nothing to suppress on line 2")  # unused
    plan.write_text("\n".join(lines), encoding="utf-8")
    result = lint(plan)
    found = codes(result.output)
    assert "PC510" not in found and "PC105" not in found
    assert f"{plan}:146:5: PC901 warning: suppression of PC105 gives no reason" in result.output
    assert f"{plan}:1:1: PC902 warning: suppression of `PC301` suppresses nothing on line 2" in result.output


def test_examples_stay_clean_with_the_default_config():
    assert lint(PLANS / "examples", "--fail-on", "warning").exit_code == 0
