"""The rule catalogue as text, JSON or Markdown (docs/rules.md is generated from it)."""

from __future__ import annotations

import inspect
import json
from types import ModuleType

from plancraft.lint.suppressions import META_CODES

def rule_info(rule: ModuleType, *, docs_url: str | None = None) -> dict:
    """A rule as data; `help_uri` is its section of the rule docs at `docs_url` (the configured
    `docs-url`), or None where no address is configured — never a guessed public one."""
    doc = inspect.cleandoc(rule.__doc__ or "")
    return {
        "code": rule.CODE,
        "name": rule.NAME,
        "severity": rule.SEVERITY.value,
        "summary": rule.SUMMARY,
        "source": rule.SOURCE + ("" if getattr(rule, "VERIFIED", True) else " (unverified)"),
        "clauses": list(rule.CLAUSES),
        "options": dict(rule.OPTIONS),
        "documentation": doc,
        "anchor": anchor(rule.CODE, rule.NAME),
        "help_uri": help_uri(rule.CODE, rule.NAME, docs_url),
    }


def anchor(code: str, name: str) -> str:
    """The rule's heading anchor in docs/rules.md."""
    return f"{code.lower()}-{name}"


def help_uri(code: str, name: str, docs_url: str | None) -> str | None:
    return f"{docs_url}#{anchor(code, name)}" if docs_url else None


def all_rules(*, docs_url: str | None = None) -> list[dict]:
    from plancraft.rules import RULES

    return [rule_info(rule, docs_url=docs_url) for rule in RULES]


def render(fmt: str) -> str:
    rules = all_rules()
    if fmt == "json":
        return json.dumps(rules, ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return markdown(rules)
    width = max(len(r["name"]) for r in rules)
    lines = [f"{r['code']}  {r['name']:<{width}}  {r['severity']:<7}  {r['summary']}{_clauses_suffix(r)}"
             for r in rules]
    lines += [f"{code}  {'(suppressions)':<{width}}  warning  {summary}" for code, summary in META_CODES.items()]
    return "\n".join(lines) + "\n"


def _clauses_suffix(rule: dict) -> str:
    """` [GB/T 29639-2020 6.1.2; 投诉办法 第七条]`: the clauses the rule evidences, on its one line."""
    return f"  [{'; '.join(rule['clauses'])}]" if rule["clauses"] else ""


def explain(code: str) -> str | None:
    from plancraft.rules import BY_CODE

    rule = BY_CODE.get(code)
    if rule is None:
        return None
    info = rule_info(rule)
    lines = [
        f"{info['code']} {info['name']} ({info['severity']})",
        "",
        info["summary"],
        "",
        info["documentation"],
        "",
        f"Source: {info['source']}",
    ]
    if info["clauses"]:
        lines.append(f"Evidences: {', '.join(info['clauses'])}")
    for name, default in info["options"].items():
        lines.append(f"Option `{name}` (default {default!r})")
    return "\n".join(lines) + "\n"


def markdown(rules: list[dict]) -> str:
    out = [
        "# Lint rules",
        "",
        "Generated from the rule modules by `plancraft rules --format markdown`; do not edit by hand.",
        "",
        "| code | name | severity | summary |",
        "|---|---|---|---|",
    ]
    out += [f"| [{r['code']}](#{r['code'].lower()}-{r['name']}) | {r['name']} | {r['severity']} | {r['summary']} |"
            for r in rules]
    out += [f"| {code} | (suppressions) | warning | {summary} |" for code, summary in META_CODES.items()]
    for r in rules:
        out += ["", f"## {r['code']}-{r['name']}", "", f"**{r['summary']}** — default severity: {r['severity']}.", ""]
        out += [r["documentation"], "", f"Source: {r['source']}."]
        if r["clauses"]:
            out.append(f"Evidences: {', '.join(r['clauses'])}.")
        for name, default in r["options"].items():
            out.append(f"Option `{name}`, default `{default}`.")
    return "\n".join(out) + "\n"
