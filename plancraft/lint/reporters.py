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

import posixpath
import re
from functools import lru_cache
from pathlib import PurePath
from typing import Callable
from urllib.parse import quote

from plancraft.diagnostics import Diagnostic, Severity, format_path, one_line, safe_text
from plancraft.lint.engine import Report
from plancraft.lint.selection import group_of
from plancraft.lint.source import text_width, token_end, window, wrap
from plancraft.codes import UNREADABLE
from plancraft.i18n import _, ngettext, pgettext

_COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_RESET = "\033[0m"


def text(report: Report, *, colour: bool = False, width: int | None = None) -> str:
    """Each finding as `path:line:col: CODE severity: message` with the line it points at and a caret
    under the column (CJK characters count two columns), then a summary line.

    `width` is the terminal's: messages wrap to it and long source lines are trimmed around the column;
    without one (a pipe, a file) messages stay on one line and source lines are trimmed at 120 columns.
    """
    lines: list[str] = []
    for d in report.diagnostics:
        header = _header(d, colour)
        lines.extend(wrap(header, width or 0, indent="    ") if width else [header])
        source = report.sources.get(d.file, {}).get(d.line)
        if source is not None:
            lines.extend(_snippet(d, source, colour=colour, width=width or 120))
        lines.append("")
    lines.append(summary(report))
    return "\n".join(lines) + "\n"


def concise(report: Report, *, colour: bool = False, width: int | None = None) -> str:
    """One line per finding (`path:line:col: CODE severity: message`), for grep and editors; then a
    summary line. Files are separated by a blank line."""
    lines: list[str] = []
    current = None
    for d in report.diagnostics:
        if current is not None and d.file != current:
            lines.append("")
        current = d.file
        lines.append(_header(d, colour))
    if lines:
        lines.append("")
    lines.append(summary(report))
    return "\n".join(lines) + "\n"


def _header(d: Diagnostic, colour: bool) -> str:
    severity = d.severity.word
    if colour:
        severity = f"{_COLOURS[d.severity]}{severity}{_RESET}"
    return f"{one_line(d.file)}:{d.line}:{d.column}: {d.code} {severity}: {one_line(d.message)}"


def _snippet(d: Diagnostic, source: str, *, colour: bool, width: int) -> list[str]:
    """The source line, trimmed around the finding, with a caret line under the token it points at."""
    source = source.replace("\t", " " * 4)
    start = min(max(d.column - 1, 0), len(source))
    end = max(token_end(source, d.column) - 1, start + 1)
    gutter = len(str(d.line))
    shown, start, end = window(source, start, end, max(width - gutter - 3, 20))
    pad = " " * text_width(shown[:start])
    carets = "^" * max(text_width(shown[start:end]), 1)
    if colour:
        carets = f"{_COLOURS[d.severity]}{carets}{_RESET}"
    blank = " " * gutter
    return [f"{blank} |", f"{d.line} | {shown}".rstrip(), f"{blank} | {pad}{carets}"]


def summary(report: Report) -> str:
    """`1 error, 1 info in 1 of 1 file.` / `1 个错误、1 条提示，涉及 1 个文件中的 1 个。`"""
    errors, warnings, infos = (report.count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO))
    parts = []
    if errors:
        parts.append(ngettext("{count} error", "{count} errors", errors).format(count=errors))
    if warnings:
        parts.append(ngettext("{count} warning", "{count} warnings", warnings).format(count=warnings))
    if infos:
        parts.append(ngettext("{count} info", "{count} infos", infos).format(count=infos))
    files = len(report.files)
    if not files:  # a folder without plans: say so, instead of "No problems in 0 files."
        return _("No plan files (*.yaml, *.yml) were found in the paths given; nothing was checked.")
    if not parts:
        return ngettext("No problems in {count} file.", "No problems in {count} files.", files).format(count=files)
    with_findings = len({d.file for d in report.diagnostics})
    return ngettext(
        "{findings} in {with_findings} of {count} file.", "{findings} in {with_findings} of {count} files.", files
    ).format(findings=pgettext("list separator", ", ").join(parts), with_findings=with_findings, count=files)


JSON_VERSION = 1  # the shape in docs/lint-json.schema.json; raised only when a field changes meaning or goes


def json_(report: Report) -> str:
    """A versioned object (docs/lint-json.schema.json): the tool, a summary and every finding with its rule
    name, group, start and end line:col, YAML path and documentation reference."""
    import json  # each machine format imports what it needs: a text lint imports neither json nor xml

    from plancraft import __version__

    described = {info["code"]: info for info in _described_rules(report.docs_url)}
    findings = []
    for d in report.diagnostics:
        info = described.get(d.code, {})
        source = report.sources.get(d.file, {}).get(d.line)
        end_column = token_end(source, d.column) if source is not None else d.column
        findings.append(
            {
                "code": d.code,
                "name": info.get("name"),
                "group": group_of(d.code),
                "severity": d.severity.value,
                "message": d.message,
                "file": d.file,
                "start": {"line": d.line, "column": d.column},
                "end": {"line": d.line, "column": end_column},
                "path": format_path(d.path),
                "documentation": {
                    "anchor": info.get("anchor") or (f"{d.code.lower()}-{info['name']}" if info else None),
                    "url": info.get("help_uri"),
                },
            }
        )
    counts = {s.value: report.count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}
    document = {
        "version": JSON_VERSION,
        "tool": {"name": "plancraft", "version": __version__},
        "files": len(report.files),
        "summary": {
            "errors": counts["error"],
            "warnings": counts["warning"],
            "infos": counts["info"],
            "files_with_findings": len({d.file for d in report.diagnostics}),
            "unreadable": len(report.unreadable),
            "fail_on": report.fail_on.value,
            "failed": report.failed,
        },
        "findings": findings,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def json_v0(report: Report) -> str:
    """The 0.1 output, a bare list of findings; kept for one release (see CHANGELOG)."""
    import json

    return json.dumps([d.as_dict() for d in report.diagnostics], ensure_ascii=False, indent=2) + "\n"


# --- SARIF 2.1.0 -------------------------------------------------------------------------

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
SRCROOT = "%SRCROOT%"

_SARIF_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _builtin_rules(docs_url: str | None = None) -> list[dict]:
    """The built-in codes (lint/builtin.py), described in the same shape as catalogue.rule_info()."""
    from plancraft.lint.builtin import IN_LINT_REPORTS
    from plancraft.lint.catalogue import builtin_info

    return [builtin_info(entry, docs_url=docs_url) for entry in IN_LINT_REPORTS]


def _described_rules(docs_url: str | None = None) -> list[dict]:
    """Every code a result can carry, in code order: PC001, PC002, the catalogue, PC901, PC902."""
    from plancraft.lint.catalogue import all_rules

    by_code = {r["code"]: r for r in _builtin_rules(docs_url)}
    for rule in all_rules(docs_url=docs_url):
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
    link = info.get("help_uri")
    text_help = _("{documentation}\n\nSource: {source}.").format(documentation=documentation, source=source) + (
        "\n" + _("More: {uri}").format(uri=link) if link else ""
    )
    markdown_help = _("**{summary}**\n\n{documentation}\n\nSource: {source}.").format(
        summary=summary, documentation=_markdown_doc(documentation), source=source
    ) + (
        "\n\n" + _("[{code} {name} in the rule catalogue]({uri})").format(code=info["code"], name=info["name"], uri=link)
        if link
        else ""
    )
    clauses = list(info.get("clauses") or ())
    properties: dict = {"tags": [group_of(info["code"]), *clauses], "source": source}
    if clauses:
        properties["clauses"] = clauses
    described = {
        "id": info["code"],
        "name": info["name"],
        "shortDescription": {"text": summary},
        "fullDescription": {"text": full},
        "help": {"text": text_help, "markdown": markdown_help},
        "helpUri": link,
        "defaultConfiguration": {"level": _SARIF_LEVELS[Severity(info["severity"])]},
        "properties": properties,
    }
    if not link:
        del described["helpUri"]
    return described


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
    import json
    from plancraft import __version__

    rules = [_sarif_rule(info) for info in _described_rules(report.docs_url)]
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
        result["locations"] = [
            {
                "physicalLocation": {
                    "artifactLocation": location(d.file),
                    "region": {"startLine": max(d.line, 1), "startColumn": max(d.column, 1)},
                }
            }
        ]
        fixes = [
            f for f in report.fixes.get(d.file, ()) if f.safe and f.line == d.line and (f.expect is None or f.column == d.column)
        ]
        if fixes:  # what `plancraft lint --fix` would change for this finding
            result["fixes"] = [
                {
                    "description": {"text": fix.message},
                    "artifactChanges": [
                        {
                            "artifactLocation": location(d.file),
                            "replacements": [
                                {
                                    "deletedRegion": {
                                        "startLine": fix.line,
                                        "startColumn": fix.column,
                                        "endLine": fix.line,
                                        "endColumn": fix.column + fix.length,
                                    },
                                    "insertedContent": {"text": fix.replacement},
                                }
                            ],
                        }
                    ],
                }
                for fix in fixes
            ]
        if d.related:
            result["relatedLocations"] = [
                {
                    "id": number,
                    "physicalLocation": {
                        "artifactLocation": location(d.file),
                        "region": {"startLine": max(line, 1), "startColumn": max(column, 1)},
                    },
                    "message": {"text": message},
                }
                for number, (line, column, message) in enumerate(d.related, 1)
            ]
        results.append(result)

    log = {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "plancraft",
                        "version": __version__,
                        "semanticVersion": __version__,
                        **({"informationUri": report.docs_url} if report.docs_url else {}),
                        "rules": rules,
                    }
                },
                "artifacts": artifacts,
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
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
    return "".join(
        workflow_command(_GITHUB_COMMANDS[d.severity], file=d.file, line=d.line, column=d.column, title=d.code, message=d.message)
        + "\n"
        for d in report.diagnostics
    )


def workflow_command(kind: str, *, file: str, line: int, column: int, title: str, message: str) -> str:
    """One annotation (`::error file=…,line=…,col=…,title=…::message`), escaped as GitHub's toolkit does and
    with control characters in the file name and message made visible. Also used by the GitHub Action."""
    properties = ",".join(
        f"{key}={escape_github_property(str(value))}"
        for key, value in (("file", one_line(PurePath(file).as_posix())), ("line", line), ("col", column), ("title", title))
    )
    return f"::{kind} {properties}::{escape_github_data(safe_text(message))}"


# --- JUnit XML -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _not_xml() -> re.Pattern:
    """Characters XML 1.0 cannot carry at all, even escaped. Compiled when first used, not at import: a class
    of characters beyond Latin-1 takes 4 M instructions to compile, and a text lint never uses it."""
    return re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml_text(value: str) -> str:
    return _not_xml().sub(lambda m: f"\\u{ord(m.group()):04x}", value)


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
    import xml.etree.ElementTree as ET

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
            case = ET.SubElement(suite, "testcase", classname=_xml_text(name), name=f"{d.code} {d.line}:{d.column}")
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


# --- GitLab Code Quality ---------------------------------------------------------------------

_GITLAB_SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def gitlab(report: Report) -> str:
    """GitLab Code Quality (a subset of the Code Climate format), for `artifacts: reports: codequality`.

    One object per finding: description (`CODE message`), check_name (the code), severity (error is
    `major`, warning `minor`, info `info`), location (path, lines.begin) and a fingerprint that stays the
    same while the finding does (file, code, message and which occurrence it is — not its line, so that
    an edit above it does not make it "new" in the merge request).
    """
    import hashlib
    import json

    seen: dict[tuple[str, str, str], int] = {}
    issues = []
    for d in report.diagnostics:
        key = (PurePath(d.file).as_posix(), d.code, d.message)
        seen[key] = seen.get(key, 0) + 1
        fingerprint = hashlib.sha256("\0".join((*key, str(seen[key]))).encode()).hexdigest()
        issues.append(
            {
                "description": f"{d.code} {one_line(d.message)}",
                "check_name": d.code,
                "fingerprint": fingerprint,
                "severity": _GITLAB_SEVERITIES[d.severity],
                "location": {"path": key[0], "lines": {"begin": max(d.line, 1)}},
            }
        )
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"


# --- --statistics ----------------------------------------------------------------------------


def _counts(report: Report) -> list[tuple[str, int, str | None, str]]:
    """(code, count, rule name, severity) per code, most findings first."""
    described = {info["code"]: info for info in _described_rules()}
    per_code: dict[str, list[Diagnostic]] = {}
    for d in report.diagnostics:
        per_code.setdefault(d.code, []).append(d)
    rows = [(code, len(found), described.get(code, {}).get("name"), found[0].severity.value) for code, found in per_code.items()]
    return sorted(rows, key=lambda row: (-row[1], row[0]))


def statistics_text(report: Report, *, colour: bool = False, width: int | None = None) -> str:
    """`--statistics`: one line per code (count, code, severity, rule name), most findings first."""
    rows = _counts(report)
    digits = max((len(str(count)) for _, count, _, _ in rows), default=1)
    words = {code: Severity(severity).word for code, _count, _name, severity in rows}  # in the reader's language
    width_ = max((text_width(w) for w in words.values()), default=7)
    lines = [
        f"{count:>{digits}}  {code}  {words[code]}{' ' * (width_ - text_width(words[code]))}  {name or ''}".rstrip()
        for code, count, name, severity in rows
    ]
    return "\n".join([*lines, summary(report)]) + "\n"


def statistics_json(report: Report) -> str:
    import json

    return (
        json.dumps(
            [
                {"code": code, "name": name, "severity": severity, "count": count}
                for code, count, name, severity in _counts(report)
            ],
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )


STATISTICS: dict[str, Callable[..., str]] = {"text": statistics_text, "json": statistics_json}


REPORTERS: dict[str, Callable[[Report], str]] = {
    "text": text,
    "full": text,
    "concise": concise,
    "json": json_,
    "json-v0": json_v0,
    "sarif": sarif,
    "github": github,
    "junit": junit,
    "gitlab": gitlab,
}
