"""The GitHub Action's one lint run, its annotations and its job summary (`action.yml` calls `main`).

The action runs `plancraft lint` once, writing SARIF, and everything else comes from that file:

- workflow annotations, at most GitHub's cap per kind and step (10 errors, 10 warnings, 10 notices),
  chosen so that every file with findings gets one before any file gets a second;
- a job summary: counts per code, then the findings of each file (the first ones, within the summary's
  size budget), and a line for whatever the annotations could not show — nothing is dropped silently;
- `exit-code` in `$GITHUB_OUTPUT`.

Inputs reach this module only through environment variables (`PLANCRAFT_PATHS`, `PLANCRAFT_FAIL_ON`,
`PLANCRAFT_CONFIG`, `PLANCRAFT_SARIF`), never through text pasted into a shell script.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from plancraft.lint.reporters import workflow_command

ANNOTATIONS_PER_KIND = 10  # GitHub shows this many error, warning and notice annotations per step
SUMMARY_BUDGET = 900_000  # bytes; GitHub's cap for one step's summary is 1 MiB
FINDINGS_PER_FILE = 20  # in the summary, before "… and N more"

_KIND = {"error": "error", "warning": "warning", "note": "notice", "none": "notice"}


@dataclass(frozen=True)
class Finding:
    code: str
    kind: str  # error | warning | notice
    message: str
    file: str
    line: int
    column: int


def parse_paths(value: str) -> list[str]:
    """The `paths` input: one path per line, or several on a line split like a shell would
    (so `"my plans/"` keeps its space)."""
    paths: list[str] = []
    for line in value.splitlines():
        paths.extend(shlex.split(line))
    return paths


def read_sarif(path: Path) -> list[Finding]:
    """The results of plancraft's SARIF log as findings, in report order."""
    log = json.loads(path.read_text(encoding="utf-8"))
    findings = []
    for run in log.get("runs", []):
        for result in run.get("results", []):
            location = result["locations"][0]["physicalLocation"]
            region = location.get("region", {})
            findings.append(
                Finding(
                    code=result["ruleId"],
                    kind=_KIND.get(result.get("level", "warning"), "warning"),
                    message=result["message"]["text"],
                    file=_file_name(location["artifactLocation"]["uri"]),
                    line=region.get("startLine", 1),
                    column=region.get("startColumn", 1),
                )
            )
    return findings


def _file_name(uri: str) -> str:
    from urllib.parse import unquote, urlparse

    if uri.startswith("file:"):
        return unquote(urlparse(uri).path)
    return unquote(uri)


def choose_annotations(findings: list[Finding]) -> list[Finding]:
    """At most ANNOTATIONS_PER_KIND of each kind, spread over files: each file's first finding of a kind
    before any file's second, so that a pull request shows every file that has a problem."""
    chosen: list[Finding] = []
    for kind in ("error", "warning", "notice"):
        by_file: dict[str, list[Finding]] = {}
        for finding in findings:
            if finding.kind == kind:
                by_file.setdefault(finding.file, []).append(finding)
        depth = 0
        picked: list[Finding] = []
        while len(picked) < ANNOTATIONS_PER_KIND and any(len(f) > depth for f in by_file.values()):
            for found in by_file.values():
                if depth < len(found) and len(picked) < ANNOTATIONS_PER_KIND:
                    picked.append(found[depth])
            depth += 1
        chosen.extend(picked)
    order = {id(f): i for i, f in enumerate(findings)}
    return sorted(chosen, key=lambda f: order[id(f)])


def annotation(finding: Finding) -> str:
    return workflow_command(
        finding.kind, file=finding.file, line=finding.line, column=finding.column, title=finding.code, message=finding.message
    )


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def job_summary(findings: list[Finding], *, shown: int, files: int | None = None) -> str:
    """Markdown for `$GITHUB_STEP_SUMMARY`: counts per code, then findings per file."""
    lines = ["## plancraft lint", ""]
    if not findings:
        lines.append("No problems found.")
        return "\n".join(lines) + "\n"
    kinds = Counter(f.kind for f in findings)
    where = len({f.file for f in findings})
    lines.append(
        ", ".join(f"{kinds[k]} {k}{'s' if kinds[k] != 1 else ''}" for k in ("error", "warning", "notice") if kinds[k])
        + f" in {where} file{'s' if where != 1 else ''}."
    )
    if shown < len(findings):
        lines.append("")
        lines.append(
            f"GitHub shows {shown} of the {len(findings)} findings as annotations; all of them are "
            "listed below and in the SARIF report."
        )
    lines += ["", "| code | findings |", "|---|---:|"]
    per_code = Counter(f.code for f in findings)
    for code, count in sorted(per_code.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"| {code} | {count} |")
    text = "\n".join(lines) + "\n"
    by_file: dict[str, list[Finding]] = {}
    for finding in findings:
        by_file.setdefault(finding.file, []).append(finding)
    for name, found in by_file.items():
        block = [f"\n### `{_cell(name)}`\n", "| where | code | message |", "|---|---|---|"]
        for finding in found[:FINDINGS_PER_FILE]:
            block.append(f"| {finding.line}:{finding.column} | {finding.code} {finding.kind} | {_cell(finding.message)} |")
        if len(found) > FINDINGS_PER_FILE:
            block.append(f"\n… and {len(found) - FINDINGS_PER_FILE} more in this file (see the SARIF report).")
        piece = "\n".join(block) + "\n"
        if len((text + piece).encode()) > SUMMARY_BUDGET:
            rest = len(by_file) - list(by_file).index(name)
            text += f"\n… {rest} more file{'s' if rest != 1 else ''} with findings: see the SARIF report.\n"
            break
        text += piece
    return text


def _append(path: str | None, text: str) -> None:
    if path:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(text)


def main(environ: dict[str, str] | None = None) -> int:
    """Run the action's lint step; returns plancraft's exit code (the caller records it, the job fails later)."""
    env = dict(os.environ if environ is None else environ)
    paths = parse_paths(env.get("PLANCRAFT_PATHS", "") or "plans/")
    sarif = env.get("PLANCRAFT_SARIF") or "plancraft.sarif"
    command = [sys.executable, "-m", "plancraft", "lint", "--format", "sarif", "-o", sarif]
    if env.get("PLANCRAFT_FAIL_ON"):
        command += ["--fail-on", env["PLANCRAFT_FAIL_ON"]]
    if env.get("PLANCRAFT_CONFIG"):
        command += ["--config", env["PLANCRAFT_CONFIG"]]
    command += ["--", *paths]
    done = subprocess.run(command, env=env)
    code = done.returncode
    findings = read_sarif(Path(sarif)) if Path(sarif).is_file() else []
    chosen = choose_annotations(findings)
    for finding in chosen:
        print(annotation(finding))
    if len(chosen) < len(findings):
        print(
            f"::notice title=plancraft::{len(findings) - len(chosen)} more findings are not shown as annotations "
            "(GitHub's limit per step); the job summary and the SARIF report list them all."
        )
    _append(env.get("GITHUB_STEP_SUMMARY"), job_summary(findings, shown=len(chosen)))
    _append(env.get("GITHUB_OUTPUT"), f"exit-code={code}\n")
    return code


if __name__ == "__main__":  # pragma: no cover - exercised through `python -m` in the tests
    main()
    sys.exit(0)
