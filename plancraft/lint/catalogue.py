"""The rule catalogue as text, JSON or Markdown (docs/rules.md is generated from it)."""

from __future__ import annotations

import inspect
import json
from types import ModuleType

from plancraft.errors import UsageError
from plancraft.i18n import _, listing, translate_paragraphs


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
        # a statute-backed rule names the jurisdictions whose law it applies (ISO 3166-1); [] = all
        "jurisdictions": list(getattr(rule, "JURISDICTIONS", ())),
        # the kinds of document (`document.type`) the rule judges; every kind unless it says
        "document_types": list(_document_types(rule)),
        "options": {name: option.default for name, option in rule.OPTIONS.items()},
        "option_docs": {name: f"{option.kind}: {_(option.doc)}" for name, option in rule.OPTIONS.items()},
        "group": rule.GROUP,
        "documentation": doc,
        "anchor": anchor(rule.CODE, rule.NAME),
        "help_uri": help_uri(rule.CODE, rule.NAME, docs_url),
    }


def _document_types(rule: ModuleType) -> tuple[str, ...]:
    from plancraft.rules import document_types

    return document_types(rule)


def _only_some_types(info: dict) -> bool:
    from plancraft.model import DOCUMENT_TYPES

    return set(info.get("document_types") or DOCUMENT_TYPES) != set(DOCUMENT_TYPES)


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


def builtin_info(entry: dict, *, docs_url: str | None = None) -> dict:
    """A built-in code in the shape of catalogue.rule_info(): input codes link to the plan format's
    docs, the others to their section of the rule docs (only where a docs address is configured)."""
    if entry["plan_format_anchor"] is not None:
        plan_format = docs_url.rsplit("/", 1)[0] + "/plan-format.md" if docs_url else None
        uri = plan_format and plan_format + entry["plan_format_anchor"]
    else:
        uri = help_uri(entry["code"], entry["name"], docs_url)
    info = {key: value for key, value in entry.items() if key not in ("plan_format_anchor", "lint")}
    info.update(summary=_(entry["summary"]), source=_(entry["source"]), documentation=_(entry["documentation"]))
    from plancraft.model import DOCUMENT_TYPES

    return {
        **info,
        "clauses": [],
        "options": {},
        "option_docs": {},
        "document_types": list(DOCUMENT_TYPES),
        "anchor": anchor(entry["code"], entry["name"]),
        "help_uri": uri,
    }


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
    """Every code a finding can carry (the rules and the built-in codes), in code order, as `fmt`
    (one of FORMATS)."""
    rules = sorted(all_rules() + builtin_codes(), key=lambda r: r["code"])
    return FORMATS[fmt](rules)


def _json(rules: list[dict]) -> str:
    return json.dumps(rules, ensure_ascii=False, indent=2) + "\n"


def _text(rules: list[dict]) -> str:
    width = max(len(r["name"]) for r in rules)
    lines = [f"{r['code']}  {r['name']:<{width}}  {_word(r['severity']):<7}  {r['summary']}{_clauses_suffix(r)}" for r in rules]
    return "\n".join(lines) + "\n"


def _clauses_suffix(rule: dict) -> str:
    """` [GB/T 29639-2020 6.1.2; 投诉办法 第七条]`: the clauses the rule evidences, on its one line."""
    return f"  [{'; '.join(rule['clauses'])}]" if rule["clauses"] else ""


def explain_code(code: str) -> str:
    """`plancraft explain`: the code (any case) or the rule's name as `plancraft rules` lists it
    (`undefined-reference`) in full; UsageError for a code that names nothing."""
    text = explain(code.upper()) or explain(_code_named(code))
    if text is None:
        raise UsageError(_("`{code}` names no rule; `plancraft rules` lists them").format(code=code))
    return text


def _code_named(name: str) -> str:
    """The code of the rule or built-in code whose name is `name` (any case), or "" for none."""
    wanted = name.strip().lower()
    return next((r["code"] for r in all_rules() + builtin_codes() if r["name"] == wanted), "")


def explain(code: str) -> str | None:
    """Every code `plancraft rules` lists, in full; None for a code that names nothing."""
    info = info_for(code)
    if info is None:
        return None
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
        lines.append(_("Evidences: {items}").format(items=listing(info["clauses"])))
    if info.get("jurisdictions"):
        lines.append(_("Applies to plans whose jurisdiction is {items}").format(items=listing(info["jurisdictions"])))
    if _only_some_types(info):
        lines.append(
            _("Applies only to documents of type {items} (`document.type`)").format(items=listing(info["document_types"]))
        )
    for name, default in info["options"].items():
        lines.append(
            _("Option `{name}` (default {default}) — {doc}").format(
                name=name, default=repr(default), doc=info["option_docs"][name]
            )
        )
    return "\n".join(lines) + "\n"


def markdown(rules: list[dict]) -> str:
    out = [
        _("# Lint rules"),
        "",
        "Generated from the rule modules and the built-in codes (plancraft/lint/builtin.py) by "
        "`plancraft rules --format markdown`; do not edit by hand.",
        "",
        _("| code | name | severity | summary |"),
        "|---|---|---|---|",
    ]
    out += [
        f"| [{r['code']}](#{r['code'].lower()}-{r['name']}) | {r['name']} | {_word(r['severity'])} | {r['summary']} |"
        for r in rules
    ]
    for r in rules:
        out += [
            "",
            f"## {r['code']}-{r['name']}",
            "",
            _("**{summary}** — default severity: {severity}.").format(summary=r["summary"], severity=_word(r["severity"])),
            "",
        ]
        out += [r["documentation"], "", _("Source: {source}.").format(source=r["source"])]
        if r["clauses"]:
            out.append(_("Evidences: {items}.").format(items=listing(r["clauses"])))
        if r.get("jurisdictions"):
            out.append(_("Applies to plans whose jurisdiction is {items}.").format(items=listing(r["jurisdictions"])))
        if _only_some_types(r):
            out.append(
                _("Applies only to documents of type {items} (`document.type`).").format(
                    items=listing(f"`{kind}`" for kind in r["document_types"])
                )
            )
        for name, default in r["options"].items():
            out.append(
                _("Option `{name}`, default `{default}` — {doc}.").format(name=name, default=default, doc=r["option_docs"][name])
            )
    return "\n".join(out) + "\n"


# Output format -> the function that writes the list of rules (`plancraft rules --format`).
FORMATS = {"text": _text, "json": _json, "markdown": markdown}
