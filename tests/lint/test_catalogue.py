"""The rule catalogue: complete metadata, documentation with examples, docs/rules.md up to date."""

import re

from click.testing import CliRunner

from plancraft.cli import main
from plancraft.diagnostics import Severity
from plancraft.lint.catalogue import render
from plancraft.rules import BY_CODE, RULES
from tests.conftest import ROOT


def test_at_least_35_rules_with_unique_codes_and_names():
    assert len(RULES) >= 35
    assert len({r.CODE for r in RULES}) == len(RULES)
    assert len({r.NAME for r in RULES}) == len(RULES)


def test_every_rule_is_documented_with_examples_and_a_source():
    for rule in RULES:
        assert re.fullmatch(r"PC[1-9][0-9]{2}", rule.CODE), rule.CODE
        assert re.fullmatch(r"[a-z0-9-]+", rule.NAME), rule.NAME
        assert isinstance(rule.SEVERITY, Severity)
        assert rule.SUMMARY and "STUB" not in rule.SUMMARY, rule.CODE
        assert rule.SOURCE and "STUB" not in rule.SOURCE, rule.CODE
        doc = rule.__doc__ or ""
        assert "Passing::" in doc and "Failing::" in doc, f"{rule.CODE} docstring lacks examples"
        assert isinstance(rule.CLAUSES, tuple) and isinstance(rule.OPTIONS, dict)


def test_every_rule_has_its_own_test_file():
    tests = {p.name for p in (ROOT / "tests" / "rules").glob("test_pc*.py")}
    for rule in RULES:
        module = rule.__name__.rsplit(".", 1)[-1]
        assert f"test_{module}.py" in tests, f"no tests/rules/test_{module}.py"


def test_docs_rules_md_is_generated_from_the_rules():
    expected = render("markdown")
    actual = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/rules.md is stale: run `plancraft rules --format markdown > docs/rules.md`"


def test_rules_and_explain_commands():
    runner = CliRunner()
    listing = runner.invoke(main, ["rules"])
    assert listing.exit_code == 0 and "PC101" in listing.output and "undefined-reference" in listing.output
    explained = runner.invoke(main, ["explain", "pc301"])
    assert explained.exit_code == 0
    assert "Passing::" in explained.output and "Source:" in explained.output
    unknown = runner.invoke(main, ["explain", "PC999"])
    assert unknown.exit_code == 2 and "names no rule" in unknown.output
    assert set(BY_CODE) <= set(re.findall(r"PC\d{3}", runner.invoke(main, ["rules", "--format", "json"]).output))


def test_explain_takes_the_name_that_rules_lists():
    # `plancraft rules` shows `PC101  undefined-reference`: a new user tries either
    from click.testing import CliRunner

    from plancraft.cli import main

    by_code = CliRunner().invoke(main, ["explain", "PC101"])
    by_name = CliRunner().invoke(main, ["explain", "undefined-reference"])
    assert by_name.exit_code == 0 and by_name.output == by_code.output
    assert CliRunner().invoke(main, ["explain", "Schema-Error"]).output.startswith("PC002 schema-error")
    missing = CliRunner().invoke(main, ["explain", "no-such-rule"])
    assert missing.exit_code == 2 and "`no-such-rule` names no rule" in missing.output
