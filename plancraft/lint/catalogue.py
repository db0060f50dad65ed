"""The rule catalogue as text, JSON or Markdown (docs/rules.md is generated from it)."""

from __future__ import annotations

import inspect
import json
from types import ModuleType

from plancraft.i18n import _, translate_paragraphs
from plancraft.lint.suppressions import META_CODES


def rule_info(rule: ModuleType, *, docs_url: str | None = None) -> dict:
    """A rule as data, its texts (summary, source, documentation) in the current language; `help_uri`
    is its section of the rule docs at `docs_url` (the configured `docs-url`), or None where no
    address is configured — never a guessed public one. Whether a cited clause is confirmed from a
    primary text is metadata (`verified`), never wording."""
    doc = translate_paragraphs(inspect.cleandoc(rule.__doc__ or ""))
    return {
        "code": rule.CODE,
        "name": rule.NAME,
        "severity": rule.SEVERITY.value,
        "summary": _(rule.SUMMARY),
        "source": _(rule.SOURCE),
        "verified": bool(getattr(rule, "VERIFIED", True)),
        "clauses": list(rule.CLAUSES),
        "options": dict(rule.OPTIONS),
        "documentation": doc,
        "anchor": anchor(rule.CODE, rule.NAME),
        "help_uri": help_uri(rule.CODE, rule.NAME, docs_url),
    }


def anchor(code: str, name: str) -> str:
    """The rule's heading anchor in docs/rules.md (the same in docs/rules.zh-CN.md)."""
    return f"{code.lower()}-{name}"


def _word(severity: str) -> str:
    """A severity value as readers see it ("warning" / 警告)."""
    from plancraft.diagnostics import Severity

    return Severity(severity).word


def help_uri(code: str, name: str, docs_url: str | None) -> str | None:
    """The rule's section at `docs_url`; in Chinese the page next to it (rules.md → rules.zh-CN.md)."""
    from plancraft.i18n import current

    if not docs_url:
        return None
    if current() != "en" and docs_url.endswith("rules.md"):
        docs_url = docs_url[: -len("rules.md")] + f"rules.{current()}.md"
    return f"{docs_url}#{anchor(code, name)}"


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
    lines = [f"{r['code']}  {r['name']:<{width}}  {_word(r['severity']):<7}  {r['summary']}{_clauses_suffix(r)}"
             for r in rules]
    label = _("(suppressions)")
    lines += [f"{code}  {label:<{width}}  {_word('warning'):<7}  {_(summary)}" for code, summary in META_CODES.items()]
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
        f"{info['code']} {info['name']} ({_word(info['severity'])})",
        "",
        info["summary"],
        "",
        info["documentation"],
        "",
        _("Source: {source}").format(source=info["source"]),
    ]
    if info["clauses"]:
        lines.append(_("Evidences: {clauses}").format(clauses=", ".join(info["clauses"])))
    for name, default in info["options"].items():
        lines.append(_("Option `{name}` (default {default})").format(name=name, default=repr(default)))
    return "\n".join(lines) + "\n"


def markdown(rules: list[dict]) -> str:
    out = [
        _("# Lint rules"),
        "",
        _("Generated from the rule modules by `plancraft rules --format markdown`; do not edit by hand."),
        "",
        _("| code | name | severity | summary |"),
        "|---|---|---|---|",
    ]
    out += [f"| [{r['code']}](#{r['code'].lower()}-{r['name']}) | {r['name']} | {_word(r['severity'])} | {r['summary']} |"
            for r in rules]
    label = _("(suppressions)")
    out += [f"| {code} | {label} | {_word('warning')} | {_(summary)} |" for code, summary in META_CODES.items()]
    for r in rules:
        out += ["", f"## {r['code']}-{r['name']}", "",
                _("**{summary}** — default severity: {severity}.").format(summary=r["summary"], severity=_word(r["severity"])),
                ""]
        out += [r["documentation"], "", _("Source: {source}.").format(source=r["source"])]
        if r["clauses"]:
            out.append(_("Evidences: {clauses}.").format(clauses=", ".join(r["clauses"])))
        for name, default in r["options"].items():
            out.append(_("Option `{name}`, default `{default}`.").format(name=name, default=default))
    return "\n".join(out) + "\n"
