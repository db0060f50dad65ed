"""The CI output formats of `plancraft lint`: sarif, github and junit (plancraft.lint.reporters).

Reports are built from real plans: the small bad fixtures under tests/fixtures/reporters/ and
the complete example plans/examples/bank-branch.zh.yaml. Rule selection is pinned to PC101
and the suppression codes so that the expected findings do not move as other rules are added.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from plancraft import __version__
from plancraft.cli import main
from plancraft.diagnostics import Diagnostic, Severity
from plancraft.lint.catalogue import all_rules
from plancraft.lint.engine import CliOptions, Report, check_paths
from plancraft.lint.reporters import (
    REPORTERS,
    escape_github_data,
    escape_github_property,
    github,
    junit,
    sarif,
)
from tests.conftest import ROOT

SARIF_SCHEMA = Path(ROOT).parent / "shared/data/sarif-schema-2.1.0.json"

FIXTURES = "tests/fixtures/reporters"
FINDINGS = f"{FIXTURES}/findings.yaml"
SCHEMA_ERRORS = f"{FIXTURES}/schema-errors.yaml"
BROKEN = f"{FIXTURES}/broken.yaml"
CLEAN = "plans/examples/bank-branch.zh.yaml"
SELECT = ("PC101", "PC9")  # pinned: see the module docstring

# What the fixtures give, as (file, line, col, code, severity).
EXPECTED = [
    (FINDINGS, 46, 25, "PC902", "warning"),
    (FINDINGS, 53, 13, "PC101", "error"),
    (FINDINGS, 56, 23, "PC901", "warning"),
    (SCHEMA_ERRORS, 6, 14, "PC002", "error"),
    (SCHEMA_ERRORS, 19, 10, "PC002", "error"),
    (SCHEMA_ERRORS, 24, 13, "PC002", "error"),
]


@pytest.fixture(autouse=True)
def at_repo_root(monkeypatch):
    """Run from the repository root, as CI does, so that file names are relative."""
    monkeypatch.chdir(ROOT)


def build(*paths: str, fail_on: str | None = None) -> Report:
    return check_paths(paths, cli=CliOptions(select=SELECT, fail_on=fail_on))


@pytest.fixture
def report() -> Report:
    """Findings in two files, plus one clean file; every file readable."""
    found = build(FINDINGS, SCHEMA_ERRORS, CLEAN)
    assert [(d.file, d.line, d.column, d.code, d.severity.value) for d in found.diagnostics] == EXPECTED
    return found


@pytest.fixture
def sarif_validator():
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"the official SARIF 2.1.0 schema is not at {SARIF_SCHEMA} (it lives in ../shared/data/)")
    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)  # draft-04, from the schema's $schema
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def assert_valid_sarif(validator, log: dict) -> None:
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


def test_all_formats_registered():
    assert set(REPORTERS) >= {"text", "json", "sarif", "github", "junit"}


# --- SARIF ---------------------------------------------------------------------------------


def test_sarif_validates_against_the_official_schema(report, sarif_validator):
    assert_valid_sarif(sarif_validator, json.loads(sarif(report)))


def test_sarif_with_an_unreadable_and_a_missing_file_validates(sarif_validator):
    found = build(BROKEN, "no/such/plan.yaml", CLEAN)
    log = json.loads(sarif(found))
    assert_valid_sarif(sarif_validator, log)
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["PC001", "PC001"]


def test_sarif_of_the_examples_validates(sarif_validator):
    log = json.loads(sarif(check_paths(["plans/examples"])))
    assert_valid_sarif(sarif_validator, log)
    assert [a["location"]["uri"] for a in log["runs"][0]["artifacts"]] == [
        "plans/examples/bank-branch.en.yaml",
        "plans/examples/bank-branch.zh.yaml",
    ]


def test_sarif_log_and_driver(report):
    log = json.loads(sarif(report))
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    assert len(log["runs"]) == 1
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "plancraft"
    assert driver["version"] == __version__
    assert "informationUri" not in driver  # no guessed public address without `docs-url`
    assert all("helpUri" not in rule and "More:" not in rule["help"]["text"] for rule in driver["rules"])


DOCS = "https://git.example.com/org/plancraft/-/blob/main/docs/rules.md"


def test_sarif_links_to_the_configured_docs_url(report):
    report.docs_url = DOCS
    driver = json.loads(sarif(report))["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == DOCS
    by_id = {r["id"]: r for r in driver["rules"]}
    assert by_id["PC101"]["helpUri"] == DOCS + "#pc101-undefined-reference"
    assert f"More: {DOCS}#pc101-undefined-reference" in by_id["PC101"]["help"]["text"]


def test_docs_url_comes_from_the_configuration(tmp_path):
    (tmp_path / "plancraft.toml").write_text(f'docs-url = "{DOCS}"\n', encoding="utf-8")
    plan = tmp_path / "plan.yaml"
    plan.write_bytes((Path(ROOT) / FINDINGS).read_bytes())
    out = CliRunner().invoke(main, ["lint", str(plan), "--select", "PC101", "--format", "json"]).output
    finding = json.loads(out)["findings"][0]
    assert finding["documentation"] == {"anchor": "pc101-undefined-reference", "url": DOCS + "#pc101-undefined-reference"}


def test_sarif_driver_describes_every_rule_and_the_builtin_codes(report):
    report.docs_url = DOCS
    rules = json.loads(sarif(report))["runs"][0]["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert len(ids) == len(set(ids))
    assert set(ids) == {r["code"] for r in all_rules()} | {"PC001", "PC002", "PC901", "PC902"}
    assert ids == sorted(ids)
    catalogue = {r["code"]: r for r in all_rules(docs_url=DOCS)}
    for rule in rules:
        assert rule["name"] and rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"] and rule["help"]["markdown"]
        assert rule["helpUri"].startswith("https://")
        assert rule["defaultConfiguration"]["level"] in {"error", "warning", "note"}
        assert rule["properties"]["tags"]
        info = catalogue.get(rule["id"])
        if info:
            assert rule["name"] == info["name"]
            assert rule["shortDescription"]["text"] == info["summary"]
            assert rule["helpUri"] == info["help_uri"]
            expected_level = {"error": "error", "warning": "warning", "info": "note"}[info["severity"]]
            assert rule["defaultConfiguration"]["level"] == expected_level
            assert set(info["clauses"]) <= set(rule["properties"]["tags"])
            assert info["documentation"].split("\n\n")[0].split("\n")[0] in rule["help"]["text"]
    by_id = {r["id"]: r for r in rules}
    assert by_id["PC001"]["defaultConfiguration"]["level"] == "error"
    assert by_id["PC002"]["defaultConfiguration"]["level"] == "error"
    assert by_id["PC901"]["defaultConfiguration"]["level"] == "warning"
    assert by_id["PC902"]["defaultConfiguration"]["level"] == "warning"


def test_sarif_results_point_at_the_diagnostics(report):
    run = json.loads(sarif(report))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert len(results) == len(report.diagnostics)
    for result, d in zip(results, report.diagnostics):
        assert result["ruleId"] == d.code
        assert rules[result["ruleIndex"]]["id"] == d.code
        assert result["level"] == {"error": "error", "warning": "warning"}[d.severity.value]
        assert result["message"]["text"] == d.message
        (location,) = result["locations"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"]["uri"] == d.file
        assert physical["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert run["artifacts"][physical["artifactLocation"]["index"]]["location"]["uri"] == d.file
        assert physical["region"] == {"startLine": d.line, "startColumn": d.column}
    # Every file checked is an artifact, the clean one included.
    assert [a["location"]["uri"] for a in run["artifacts"]] == [FINDINGS, SCHEMA_ERRORS, CLEAN]
    # The newline of the echoed value stays in the message, as JSON escapes it.
    assert "`24\nhours: 100%`" in results[-1]["message"]["text"]


def test_sarif_info_is_note_and_uris_are_encoded(sarif_validator):
    synthetic = Report(
        diagnostics=[
            Diagnostic("预案 一.yaml", 3, 5, "PC603", Severity.INFO, "no approval yet"),
            Diagnostic("/abs/plan.yaml", 1, 1, "PC999", Severity.WARNING, "a code nobody describes"),
        ],
        files=["预案 一.yaml", "/abs/plan.yaml"],
    )
    log = json.loads(sarif(synthetic))
    assert_valid_sarif(sarif_validator, log)
    first, second = log["runs"][0]["results"]
    assert first["level"] == "note"
    location = first["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"] == "%E9%A2%84%E6%A1%88%20%E4%B8%80.yaml"
    assert location["uriBaseId"] == "%SRCROOT%"
    assert second["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "file:///abs/plan.yaml"
    assert "uriBaseId" not in second["locations"][0]["physicalLocation"]["artifactLocation"]
    assert "ruleIndex" not in second  # an unknown code is still reported, without an index


def test_sarif_is_deterministic_utf8_text(report):
    first = sarif(report)
    assert first == sarif(build(FINDINGS, SCHEMA_ERRORS, CLEAN))
    assert "网点负责人" in first  # ensure_ascii=False: Chinese stays readable
    assert first.endswith("}\n")


# --- GitHub annotations ----------------------------------------------------------------------


def test_github_one_annotation_per_finding(report):
    lines = github(report).splitlines()
    assert len(lines) == len(report.diagnostics)
    pattern = re.compile(r"^::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+),title=([^:,]*)::(.*)$")
    for line, d in zip(lines, report.diagnostics):
        match = pattern.match(line)
        assert match, line
        command, file, row, col, title, message = match.groups()
        assert command == {"error": "error", "warning": "warning", "info": "notice"}[d.severity.value]
        assert (file, int(row), int(col), title) == (d.file, d.line, d.column, d.code)
        assert message == escape_github_data(d.message)
    assert lines[1] == (
        f"::error file={FINDINGS},line=53,col=13,title=PC101::`regional-office` is not defined; "
        "scenarios[].escalation[].to must name a role or group or external party"
    )


def test_github_escapes_the_message(report):
    last = github(report).splitlines()[-1]
    assert "`24%0Ahours: 100%25`" in last
    assert "\r" not in github(report)


def test_github_escaping_rules():
    assert escape_github_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b"
    assert escape_github_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    synthetic = Report(
        diagnostics=[Diagnostic("dir,x/a:b.yaml", 2, 3, "PC603", Severity.INFO, "x%\ny")],
        files=["dir,x/a:b.yaml"],
    )
    assert github(synthetic) == "::notice file=dir%2Cx/a%3Ab.yaml,line=2,col=3,title=PC603::x%25%0Ay\n"


def test_github_clean_report_is_empty():
    assert github(build(CLEAN)) == ""


# --- JUnit -------------------------------------------------------------------------------


def suites_of(text: str) -> tuple[ET.Element, dict[str, ET.Element]]:
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(text.encode("utf-8"))
    return root, {s.get("name"): s for s in root.findall("testsuite")}


def test_junit_counts_and_failures(report):
    root, suites = suites_of(junit(report))
    assert root.tag == "testsuites" and root.get("name") == "plancraft"
    assert list(suites) == [FINDINGS, SCHEMA_ERRORS, CLEAN]
    assert (root.get("tests"), root.get("failures"), root.get("errors"), root.get("skipped")) == ("7", "4", "0", "0")

    findings = suites[FINDINGS]
    assert (findings.get("tests"), findings.get("failures"), findings.get("errors")) == ("3", "1", "0")
    cases = findings.findall("testcase")
    assert [c.get("name") for c in cases] == ["PC902 46:25", "PC101 53:13", "PC901 56:23"]
    assert {c.get("classname") for c in cases} == {FINDINGS}
    failure = cases[1].find("failure")
    assert failure.get("type") == "PC101"
    assert failure.get("message") == report.diagnostics[1].message
    assert failure.text == report.diagnostics[1].as_text()
    # Below the failing severity: a passing testcase that carries the finding in system-out.
    for case, d in ((cases[0], report.diagnostics[0]), (cases[2], report.diagnostics[2])):
        assert case.find("failure") is None and case.find("skipped") is None
        assert case.find("system-out").text == d.as_text()

    schema = suites[SCHEMA_ERRORS]
    assert (schema.get("tests"), schema.get("failures")) == ("3", "3")
    assert [f.get("type") for f in schema.iter("failure")] == ["PC002"] * 3
    # Newlines and '<' survive the round trip through XML.
    assert "`24\nhours: 100%`" in schema.findall("testcase")[2].find("failure").get("message")

    clean = suites[CLEAN]
    assert [clean.get(key) for key in ("tests", "failures", "errors", "skipped")] == ["1", "0", "0", "0"]
    (case,) = clean.findall("testcase")
    assert (case.get("name"), case.get("classname"), list(case)) == ("lint", CLEAN, [])


def test_junit_counts_add_up(report):
    root, suites = suites_of(junit(report))
    for key in ("tests", "failures", "errors", "skipped"):
        assert int(root.get(key)) == sum(int(s.get(key)) for s in suites.values())
    for suite in suites.values():
        cases = suite.findall("testcase")
        assert int(suite.get("tests")) == len(cases)
        assert int(suite.get("failures")) == sum(1 for c in cases if c.find("failure") is not None)
        assert int(suite.get("errors")) == sum(1 for c in cases if c.find("error") is not None)


def test_junit_fail_on_warning_turns_warnings_into_failures():
    root, suites = suites_of(junit(build(FINDINGS, fail_on="warning")))
    assert (root.get("tests"), root.get("failures")) == ("3", "3")
    assert [f.get("type") for f in suites[FINDINGS].iter("failure")] == ["PC902", "PC101", "PC901"]


def test_junit_unreadable_file_is_an_error():
    root, suites = suites_of(junit(build(BROKEN, CLEAN)))
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("2", "0", "1")
    error = suites[BROKEN].find("testcase/error")
    assert error.get("type") == "PC001"
    assert error.text.startswith(f"{BROKEN}:2:11: PC001 error: YAML syntax error")


def test_junit_survives_characters_xml_cannot_hold():
    synthetic = Report(
        diagnostics=[Diagnostic("a.yaml", 1, 1, "PC511", Severity.ERROR, 'bad \x01 <&> "text"')],
        files=["a.yaml"],
    )
    _, suites = suites_of(junit(synthetic))
    failure = suites["a.yaml"].find("testcase/failure")
    assert failure.get("message") == 'bad \\u0001 <&> "text"'


# --- Through the command line --------------------------------------------------------------


def test_cli_sarif_to_stdout_exits_1_on_errors(sarif_validator):
    result = CliRunner().invoke(main, ["lint", FINDINGS, "--format", "sarif", "--select", "PC101"])
    assert result.exit_code == 1, result.output
    log = json.loads(result.stdout)
    assert_valid_sarif(sarif_validator, log)
    assert [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in log["runs"][0]["results"]] == [
        ("PC101", 53)
    ]


def test_cli_sarif_of_the_examples_exits_0(sarif_validator):
    result = CliRunner().invoke(main, ["lint", "plans/examples", "--format", "sarif"])
    assert result.exit_code == 0, result.output
    assert_valid_sarif(sarif_validator, json.loads(result.stdout))


def test_cli_junit_to_a_file(tmp_path):
    out = tmp_path / "plancraft.xml"
    result = CliRunner().invoke(
        main,
        ["lint", FINDINGS, SCHEMA_ERRORS, CLEAN, "--format", "junit", "-o", str(out), "--select", "PC101", "--select", "PC9"],
    )
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert out.read_bytes().decode("utf-8") == junit(build(FINDINGS, SCHEMA_ERRORS, CLEAN))
    root, _ = suites_of(out.read_text(encoding="utf-8"))
    assert (root.get("tests"), root.get("failures")) == ("7", "4")


def test_cli_github_warnings_only_exit_0_unless_fail_on_warning():
    args = ["lint", FINDINGS, "--format", "github", "--select", "PC9"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    # PC101 is not selected, so its suppression on line 56 suppresses nothing either.
    annotation = re.compile(r"::(\w+) .*line=(\d+),.*title=(\w+)::")
    assert [annotation.match(line).groups() for line in result.stdout.splitlines()] == [
        ("warning", "46", "PC902"),
        ("warning", "56", "PC901"),
        ("warning", "56", "PC902"),
    ]
    assert CliRunner().invoke(main, args + ["--fail-on", "warning"]).exit_code == 1


def test_cli_unreadable_file_exits_2_and_still_reports(sarif_validator):
    result = CliRunner().invoke(main, ["lint", BROKEN, CLEAN, "--format", "sarif"])
    assert result.exit_code == 2, result.output
    log = json.loads(result.stdout)
    assert_valid_sarif(sarif_validator, log)
    assert [r["ruleId"] for r in log["runs"][0]["results"] if r["level"] != "note"] == ["PC001"]


# --- GitLab Code Quality -------------------------------------------------------------------------


def test_gitlab_one_issue_per_finding_with_stable_fingerprints(report):
    from plancraft.lint.reporters import gitlab

    issues = json.loads(gitlab(report))
    assert [(i["location"]["path"], i["location"]["lines"]["begin"], i["check_name"]) for i in issues] == [
        (file, line, code) for file, line, _col, code, _sev in EXPECTED
    ]
    assert [i["severity"] for i in issues] == ["minor", "major", "minor", "major", "major", "major"]
    for issue in issues:
        assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["description"].startswith(issue["check_name"] + " ")
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    assert gitlab(report) == gitlab(build(FINDINGS, SCHEMA_ERRORS, CLEAN))


def test_gitlab_format_from_the_command_line(tmp_path):
    out = tmp_path / "gl-code-quality-report.json"
    result = CliRunner().invoke(main, ["lint", FINDINGS, "--select", "PC101", "--format", "gitlab", "-o", str(out)])
    assert result.exit_code == 1
    assert json.loads(out.read_text(encoding="utf-8"))[0]["check_name"] == "PC101"
