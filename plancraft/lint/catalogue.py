"""The rule catalogue as text, JSON or Markdown (docs/rules.md is generated from it)."""

from __future__ import annotations

import inspect
import json
from types import ModuleType


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
        # a statute-backed rule names the jurisdictions whose law it applies (ISO 3166-1); [] = all
        "jurisdictions": list(getattr(rule, "JURISDICTIONS", ())),
        "options": {name: option.default for name, option in rule.OPTIONS.items()},
        "option_docs": {name: f"{option.kind}: {option.doc}" for name, option in rule.OPTIONS.items()},
        "group": rule.GROUP,
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


def builtin_info(entry: dict, *, docs_url: str | None = None) -> dict:
    """A built-in code in the shape of catalogue.rule_info(): input codes link to the plan format's
    docs, the others to their section of the rule docs (only where a docs address is configured)."""
    if entry["plan_format_anchor"] is not None:
        plan_format = docs_url.rsplit("/", 1)[0] + "/plan-format.md" if docs_url else None
        uri = plan_format and plan_format + entry["plan_format_anchor"]
    else:
        uri = help_uri(entry["code"], entry["name"], docs_url)
    info = {key: value for key, value in entry.items() if key not in ("plan_format_anchor", "lint")}
    return {**info, "clauses": [], "options": {}, "option_docs": {},
            "anchor": anchor(entry["code"], entry["name"]), "help_uri": uri}


def builtin_codes(*, docs_url: str | None = None) -> list[dict]:
    """PC001, PC002, PC003, PC901, PC902 (lint/builtin.py) in the shape of rule_info()."""
    from plancraft.lint.builtin import BUILTIN

    return [builtin_info(entry, docs_url=docs_url) for entry in BUILTIN]


def info_for(code: str) -> dict | None:
    """Any code `plancraft rules` lists, as data (None for a code that names nothing)."""
    from plancraft.lint.builtin import BY_CODE as BUILTIN
    from plancraft.rules import BY_CODE

    if code in BY_CODE:
        return rule_info(BY_CODE[code])
    return builtin_info(BUILTIN[code]) if code in BUILTIN else None


def render(fmt: str) -> str:
    """Every code a finding can carry (the rules and the built-in codes), in code order."""
    rules = sorted(all_rules() + builtin_codes(), key=lambda r: r["code"])
    if fmt == "json":
        return json.dumps(rules, ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return markdown(rules)
    width = max(len(r["name"]) for r in rules)
    lines = [f"{r['code']}  {r['name']:<{width}}  {r['severity']:<7}  {r['summary']}{_clauses_suffix(r)}"
             for r in rules]
    return "\n".join(lines) + "\n"


def _clauses_suffix(rule: dict) -> str:
    """` [GB/T 29639-2020 6.1.2; 投诉办法 第七条]`: the clauses the rule evidences, on its one line."""
    return f"  [{'; '.join(rule['clauses'])}]" if rule["clauses"] else ""


def explain(code: str) -> str | None:
    """Every code `plancraft rules` lists, in full; None for a code that names nothing."""
    info = info_for(code)
    if info is None:
        return None
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
    if info.get("jurisdictions"):
        lines.append(f"Applies to plans whose jurisdiction is {', '.join(info['jurisdictions'])}")
    for name, default in info["options"].items():
        lines.append(f"Option `{name}` (default {default!r}) — {info['option_docs'][name]}")
    return "\n".join(lines) + "\n"


def markdown(rules: list[dict]) -> str:
    out = [
        "# Lint rules",
        "",
        "Generated from the rule modules and the built-in codes (plancraft/lint/builtin.py) by "
        "`plancraft rules --format markdown`; do not edit by hand.",
        "",
        "| code | name | severity | summary |",
        "|---|---|---|---|",
    ]
    out += [f"| [{r['code']}](#{r['code'].lower()}-{r['name']}) | {r['name']} | {r['severity']} | {r['summary']} |"
            for r in rules]
    for r in rules:
        out += ["", f"## {r['code']}-{r['name']}", "", f"**{r['summary']}** — default severity: {r['severity']}.", ""]
        out += [r["documentation"], "", f"Source: {r['source']}."]
        if r["clauses"]:
            out.append(f"Evidences: {', '.join(r['clauses'])}.")
        if r.get("jurisdictions"):
            out.append(f"Applies to plans whose jurisdiction is {', '.join(r['jurisdictions'])}.")
        for name, default in r["options"].items():
            out.append(f"Option `{name}`, default `{default}` — {r['option_docs'][name]}.")
    return "\n".join(out) + "\n"
