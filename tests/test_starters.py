"""plancraft init: every starter validates, lints to placeholder findings only, and is written safely."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from plancraft import exitcodes
from plancraft.cli import main
from plancraft.diagnostics import Severity
from plancraft.lint.config import Config
from plancraft.lint.engine import check_plan
from plancraft.loader import load
from plancraft.schema import validate
from plancraft.starters import LANGUAGES, SCHEMA_URL, STARTERS, StarterError, starter_text, write_starter

CASES = [(s.name, lang) for s in STARTERS for lang in LANGUAGES]
PLACEHOLDER_CODE = "PC510"
# A new plan is never signed off yet; that is information, not a fault of the starter.
ALLOWED_OTHER = {"PC603"}


@pytest.fixture(params=CASES, ids=lambda c: f"{c[0]}.{c[1]}")
def written(request, tmp_path: Path) -> tuple[str, str, Path]:
    name, lang = request.param
    target = tmp_path / "plan.yaml"
    write_starter(target, template=name, lang=lang)
    return name, lang, target


def test_starter_validates(written) -> None:
    _, _, target = written
    assert validate(load(target)) == []


def test_starter_lints_to_placeholder_findings_only(written) -> None:
    _, lang, target = written
    findings = check_plan(load(target), Config())
    placeholders = [d for d in findings if d.code == PLACEHOLDER_CODE]
    others = [
        d.as_text()
        for d in findings
        if d.code != PLACEHOLDER_CODE and (d.severity is not Severity.INFO or d.code not in ALLOWED_OTHER)
    ]
    assert others == []
    assert placeholders and all(d.severity is Severity.ERROR for d in placeholders)
    mark = "【待填写】" if lang == "zh-CN" else "[TODO"
    assert all(mark in d.message for d in placeholders)


def test_starter_language_matches(written) -> None:
    _, lang, target = written
    assert load(target).data["document"]["language"] == lang


def test_schema_line_is_the_url_outside_a_repository(written) -> None:
    _, _, target = written
    assert target.read_text(encoding="utf-8").splitlines()[0] == f"# yaml-language-server: $schema={SCHEMA_URL}"


def test_schema_line_is_relative_inside_a_repository_with_the_schema(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "plan.schema.json").write_text("{}", encoding="utf-8")
    (tmp_path / "plans" / "branch").mkdir(parents=True)
    target = tmp_path / "plans" / "branch" / "complaints.yaml"
    write_starter(target, template="it-cutover", lang="en")
    assert target.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../../schema/plan.schema.json\n")


def test_unknown_template_and_language() -> None:
    with pytest.raises(StarterError, match="no starter `nope`"):
        starter_text("nope", "en")
    with pytest.raises(StarterError, match="no language"):
        starter_text("bank-branch", "fr")


def test_cli_list() -> None:
    result = CliRunner().invoke(main, ["init", "--list"])
    assert result.exit_code == exitcodes.OK
    for starter in STARTERS:
        assert starter.name in result.output


def test_cli_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text("mine\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["init", str(target)])
    assert result.exit_code == exitcodes.USAGE
    assert "already exists" in result.output and "--force" in result.output
    assert target.read_text(encoding="utf-8") == "mine\n"
    forced = runner.invoke(main, ["init", "--force", "--template", "property", "--lang", "en", str(target)])
    assert forced.exit_code == exitcodes.OK, forced.output
    assert "Residents' Complaint Emergency Plan" in target.read_text(encoding="utf-8")


def test_cli_unknown_template_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["init", "--template", "nope", str(tmp_path / "p.yaml")])
    assert result.exit_code == exitcodes.USAGE
    assert not (tmp_path / "p.yaml").exists()


def test_cli_then_lint_fails_on_placeholders(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(target)]).exit_code == exitcodes.OK
    lint = runner.invoke(main, ["lint", str(target)])
    assert lint.exit_code == exitcodes.FINDINGS
    assert "PC510" in lint.output


def test_cli_creates_missing_folders_and_hints_at_the_schema(tmp_path: Path) -> None:
    target = tmp_path / "plans" / "branch" / "complaints.yaml"
    result = CliRunner().invoke(main, ["init", str(target)])
    assert result.exit_code == 0, result.output
    assert target.is_file() and validate(load(target)) == []
    assert "plancraft schema > schema/plan.schema.json" in result.output


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_procedure_starter_is_a_complaint_procedure(tmp_path: Path, lang: str) -> None:
    """document.type: complaint-procedure is what keeps the starter free of the emergency-plan rules."""
    target = tmp_path / "plan.yaml"
    write_starter(target, template="complaint-procedure", lang=lang)
    assert load(target).data["document"]["type"] == "complaint-procedure"
    as_emergency = tmp_path / "emergency.yaml"
    as_emergency.write_text(
        target.read_text(encoding="utf-8").replace("type: complaint-procedure", "type: emergency-plan"), encoding="utf-8"
    )
    codes = {d.code for d in check_plan(load(as_emergency), Config())}
    assert {"PC204", "PC205", "PC401", "PC406", "PC407", "PC411"} <= codes


def test_a_path_ending_in_a_slash_is_a_folder_not_a_file_named_like_it(tmp_path):
    # `plancraft init plans/new/` wrote a file called `new` (no .yaml, not found by `lint plans/`)
    from click.testing import CliRunner

    from plancraft.cli import main

    wanted = str(tmp_path / "new") + "/"
    result = CliRunner().invoke(main, ["init", "--lang", "zh-CN", wanted])
    assert result.exit_code == 2
    assert not (tmp_path / "new").exists()
    assert f"{wanted}：这是文件夹；请给出新预案文件的路径，例如 {tmp_path / 'new' / 'plan.yaml'}" in result.output


def test_an_unknown_starter_lists_the_starters_as_a_chinese_list(tmp_path):
    from click.testing import CliRunner

    from plancraft.cli import main

    result = CliRunner().invoke(main, ["init", "--lang", "zh-CN", "--template", "bank", str(tmp_path / "p.yaml")])
    assert result.exit_code == 2
    assert "请从 bank-branch、it-cutover、enterprise、property、complaint-procedure 中选择" in result.output
