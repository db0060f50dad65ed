"""Output formats for a Report, chosen by name from REPORTERS. Each returns the whole text.

text and json are for people and scripts; sarif, github and junit are for CI:

- sarif: SARIF 2.1.0 for code-scanning tools (GitHub code scanning, IDE viewers), with every
  rule described in `tool.driver.rules`;
- github: GitHub Actions workflow commands, one annotation per line;
- junit: JUnit XML for CI test-report views, one testsuite per file.

Every reporter is a pure function of the Report: the same report gives the same text, byte
for byte (no timestamps, no absolute paths, no set ordering).
"""

from __future__ import annotations

import json
import posixpath
import re
import xml.etree.ElementTree as ET
from pathlib import PurePath
from typing import Callable
from urllib.parse import quote

from plancraft.diagnostics import Diagnostic, Severity, one_line, safe_text
from plancraft.lint.engine import Report
from plancraft.loader import CODE as UNREADABLE

_COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_RESET = "\033[0m"


def text(report: Report, *, colour: bool = False) -> str:
    """`path:line:col: CODE severity: message`, grouped by file, then a summary line."""
    lines: list[str] = []
    current = None
    for d in report.diagnostics:
        if current is not None and d.file != current:
            lines.append("")
        current = d.file
        severity = d.severity.value
        if colour:
            severity = f"{_COLOURS[d.severity]}{severity}{_RESET}"
        lines.append(f"{one_line(d.file)}:{d.line}:{d.column}: {d.code} {severity}: {one_line(d.message)}")
    if lines:
        lines.append("")
    lines.append(summary(report))
    return "\n".join(lines) + "\n"


def summary(report: Report) -> str:
    counts = [(report.count(s), s.value) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)]
    parts = [f"{n} {name}{'' if n == 1 else 's'}" for n, name in counts if n]
    files = len(report.files)
    where = f"{files} file{'' if files == 1 else 's'}"
    if not parts:
        return f"No problems in {where}."
    with_findings = len({d.file for d in report.diagnostics})
    return f"{', '.join(parts)} in {with_findings} of {where}."


def json_(report: Report) -> str:
    return json.dumps([d.as_dict() for d in report.diagnostics], ensure_ascii=False, indent=2) + "\n"


# --- SARIF 2.1.0 -------------------------------------------------------------------------

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
INFORMATION_URI = "https://github.com/plancraft/plancraft"
SRCROOT = "%SRCROOT%"

_SARIF_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

# The first digit of a rule code is its area (see plancraft.rules); it becomes a SARIF tag.
_AREAS = {
    "0": "input",
    "1": "references",
    "2": "levels-and-organisation",
    "3": "limits-and-time-limits",
    "4": "plan-management",
    "5": "document-and-text",
    "6": "approvals",
    "7": "parent-plan",
    "9": "suppressions",
}


def _builtin_rules() -> list[dict]:
    """PC001, PC002 and the suppression codes, which are not rule modules but do appear in results,
    described in the same shape as catalogue.rule_info()."""
    from plancraft.lint.catalogue import DOCS_URL, help_uri
    from plancraft.lint.suppressions import META_CODES, UNUSED, WITHOUT_REASON
    from plancraft.schema import CODE as SCHEMA

    plan_format = DOCS_URL.rsplit("/", 1)[0] + "/plan-format.md"
    suppression_doc = (
        "Write `# plancraft: ignore[PC123] reason` at the end of the line a finding is on, or alone on the "
        "line above it. {what}"
    )
    return [
        {
            "code": UNREADABLE, "name": "unreadable-file", "severity": "error",
            "summary": "The plan file can be read as YAML within the input limits",
            "source": "plancraft format, file basics",
            "clauses": [],
            "documentation": (
                "The file does not exist, is not UTF-8, is not valid YAML, or goes over an input limit "
                "(size, nesting depth, number of nodes; duplicate keys and custom tags are refused). "
                "Nothing else can be checked until it is fixed; the exit code is 2."
            ),
            "help_uri": plan_format + "#file-basics",
        },
        {
            "code": SCHEMA, "name": "schema-error", "severity": "error",
            "summary": "The plan follows the plancraft format (JSON Schema)",
            "source": "plancraft format, schema/plan.schema.json",
            "clauses": [],
            "documentation": (
                "A key is unknown or misspelt, a required key is missing, or a value has the wrong type or "
                "form (an id, a duration, a date, an amount). The lint rules run only on plans without "
                "schema errors."
            ),
            "help_uri": plan_format,
        },
        {
            "code": WITHOUT_REASON, "name": "suppression-without-reason", "severity": "warning",
            "summary": META_CODES[WITHOUT_REASON], "source": "plancraft", "clauses": [],
            "documentation": suppression_doc.format(
                what="A suppression must say why after the closing bracket, so that reviewers can judge it."),
            "help_uri": help_uri(WITHOUT_REASON, "suppression-without-reason"),
        },
        {
            "code": UNUSED, "name": "unused-suppression", "severity": "warning",
            "summary": META_CODES[UNUSED], "source": "plancraft", "clauses": [],
            "documentation": suppression_doc.format(
                what="A suppression that no longer matches a finding on the line it covers is stale; remove it."),
            "help_uri": help_uri(UNUSED, "unused-suppression"),
        },
    ]


def _described_rules() -> list[dict]:
    """Every code a result can carry, in code order: PC001, PC002, the catalogue, PC901, PC902."""
    from plancraft.lint.catalogue import all_rules

    by_code = {r["code"]: r for r in _builtin_rules()}
    for rule in all_rules():
        by_code.setdefault(rule["code"], rule)
    return [by_code[code] for code in sorted(by_code)]


def _markdown_doc(documentation: str) -> str:
    """The docstring idiom (`Passing::` + an indented block) read as Markdown."""
    return re.sub(r"::$", ":", documentation, flags=re.MULTILINE)


def _sarif_rule(info: dict) -> dict:
    summary = info["summary"]
    documentation = info.get("documentation") or summary
    full = documentation.split("\n\n", 1)[0].replace("\n", " ")
    source = info["source"]
    text_help = f"{documentation}\n\nSource: {source}.\nMore: {info['help_uri']}"
    markdown_help = (
        f"**{summary}**\n\n{_markdown_doc(documentation)}\n\nSource: {source}.\n\n"
        f"[{info['code']} {info['name']} in the rule catalogue]({info['help_uri']})"
    )
    clauses = list(info.get("clauses") or ())
    properties: dict = {"tags": [_AREAS.get(info["code"][2:3], "other"), *clauses], "source": source}
    if clauses:
        properties["clauses"] = clauses
    return {
        "id": info["code"],
        "name": info["name"],
        "shortDescription": {"text": summary},
        "fullDescription": {"text": full},
        "help": {"text": text_help, "markdown": markdown_help},
        "helpUri": info["help_uri"],
        "defaultConfiguration": {"level": _SARIF_LEVELS[Severity(info["severity"])]},
        "properties": properties,
    }


def artifact_uri(name: str) -> tuple[str, str | None]:
    """(uri, uriBaseId) for a file as the report names it.

    A relative name becomes a relative POSIX URI reference against %SRCROOT% (percent-encoded,
    so spaces and non-ASCII names stay valid URIs); an absolute one becomes a file: URI.
    """
    path = PurePath(name)
    if path.is_absolute():
        return path.as_uri(), None
    posix = posixpath.normpath(path.as_posix())
    return quote(posix, safe="/"), SRCROOT


def sarif(report: Report) -> str:
    """SARIF 2.1.0: one run; the driver describes every rule plus PC001/PC002/PC901/PC902.

    Each result has its rule (ruleId, ruleIndex), level (info is "note"), message and one
    location: the file relative to %SRCROOT% (the folder plancraft ran in) with a region of
    startLine/startColumn. Columns count Unicode code points (run.columnKind). Every file
    checked, clean or not, is listed in run.artifacts and results point to it by index.
    """
    from plancraft import __version__

    rules = [_sarif_rule(info) for info in _described_rules()]
    index = {rule["id"]: i for i, rule in enumerate(rules)}

    artifacts: list[dict] = []
    artifact_index: dict[str, int] = {}

    def location(name: str) -> dict:
        uri, base = artifact_uri(name)
        if uri not in artifact_index:
            artifact_index[uri] = len(artifacts)
            artifacts.append({"location": _artifact_location(uri, base)})
        return {**_artifact_location(uri, base), "index": artifact_index[uri]}

    for name in report.files:
        location(name)
    results = []
    for d in report.diagnostics:
        result: dict = {"ruleId": d.code}
        if d.code in index:
            result["ruleIndex"] = index[d.code]
        result["level"] = _SARIF_LEVELS[d.severity]
        result["message"] = {"text": d.message}
        result["locations"] = [{
            "physicalLocation": {
                "artifactLocation": location(d.file),
                "region": {"startLine": max(d.line, 1), "startColumn": max(d.column, 1)},
            }
        }]
        results.append(result)

    log = {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {
                "name": "plancraft",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": rules,
            }},
            "artifacts": artifacts,
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _artifact_location(uri: str, base: str | None) -> dict:
    return {"uri": uri, "uriBaseId": base} if base else {"uri": uri}


# --- GitHub Actions workflow commands --------------------------------------------------------

_GITHUB_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_github_data(value: str) -> str:
    """Escape a workflow command's message (GitHub's escapeData): % CR LF."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_github_property(value: str) -> str:
    """Escape a workflow command's property value (GitHub's escapeProperty): % CR LF : ,"""
    return escape_github_data(value).replace(":", "%3A").replace(",", "%2C")


def github(report: Report) -> str:
    """GitHub Actions annotations, one per line, in report order:

    `::error file=PATH,line=L,col=C,title=CODE::message` — warning gives `::warning`, info
    `::notice`. PATH is the file as named (relative to the working directory, as POSIX);
    values are escaped as GitHub's toolkit does. No other output, so an empty report is empty.
    """
    lines = []
    for d in report.diagnostics:
        properties = ",".join(
            f"{key}={escape_github_property(str(value))}"
            for key, value in (("file", one_line(PurePath(d.file).as_posix())), ("line", d.line), ("col", d.column),
                               ("title", d.code))
        )
        lines.append(f"::{_GITHUB_COMMANDS[d.severity]} {properties}::{escape_github_data(safe_text(d.message))}")
    return "".join(line + "\n" for line in lines)


# --- JUnit XML -------------------------------------------------------------------------------

# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml_text(value: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\u{ord(m.group()):04x}", value)


def junit(report: Report) -> str:
    """JUnit XML: `<testsuites name="plancraft">`, one `<testsuite name=FILE>` per file checked.

    - A finding at or above `report.fail_on` is `<testcase classname=FILE name="CODE line:col">`
      with `<failure message=MESSAGE type=CODE>` holding the full `path:line:col: ...` line.
    - A file that cannot be read (PC001) has its testcase with `<error>` instead of `<failure>`:
      nothing in it could be checked. It counts in `errors`.
    - A finding below `report.fail_on` is a *passing* testcase whose `<system-out>` holds the
      full line. It is not `<skipped>`: the check did run, and CI views would otherwise count
      reported findings as tests that were not run. `skipped` is therefore always 0.
    - A file without findings has one passing `<testcase classname=FILE name="lint"/>`.

    The counts on each testsuite (and their sums on testsuites) match its testcases; files
    appear in the order checked, findings in report order. Characters XML 1.0 cannot hold are
    written as `\\uXXXX`.
    """
    by_file: dict[str, list[Diagnostic]] = {name: [] for name in report.files}
    for d in report.diagnostics:
        by_file.setdefault(d.file, []).append(d)
    unreadable = set(report.unreadable)

    root = ET.Element("testsuites", name="plancraft")
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for name, found in by_file.items():
        suite = ET.SubElement(root, "testsuite", name=_xml_text(name))
        counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        if not found:
            ET.SubElement(suite, "testcase", classname=_xml_text(name), name="lint")
            counts["tests"] += 1
        for d in found:
            case = ET.SubElement(suite, "testcase", classname=_xml_text(name),
                                 name=f"{d.code} {d.line}:{d.column}")
            counts["tests"] += 1
            full = _xml_text(d.as_text())
            if d.severity.rank >= report.fail_on.rank:
                kind = "error" if d.file in unreadable and d.code == UNREADABLE else "failure"
                outcome = ET.SubElement(case, kind, message=_xml_text(d.message), type=d.code)
                outcome.text = full
                counts["errors" if kind == "error" else "failures"] += 1
            else:
                ET.SubElement(case, "system-out").text = full
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
    for key in ("tests", "failures", "errors", "skipped"):
        root.set(key, str(totals[key]))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


REPORTERS: dict[str, Callable[[Report], str]] = {
    "text": text,
    "json": json_,
    "sarif": sarif,
    "github": github,
    "junit": junit,
}
