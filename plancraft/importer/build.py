"""Read, extract, write YAML, check the draft validates, and say what was done."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from plancraft.diff import section_label
from plancraft.i18n import _, current, pgettext
from . import ImportResult
from .emit import dump, plain
from .errors import ImportFailed
from .extract import NOT_STATED, Src, _order, extract
from .hant import Script, source_script
from .reader import read

LANGUAGES = ("zh-CN", "en")


def build_result(path: Path, *, lang: str | None, template: str | None) -> ImportResult:
    if lang is not None and lang not in LANGUAGES:
        raise ImportFailed(_("unknown language `{lang}`; use one of {items}").format(lang=lang, items=", ".join(LANGUAGES)))
    source = read(path)
    if source.embedded is not None:
        embedded = _embedded(source.embedded, path)
        if embedded is not None:
            return embedded
    try:
        draft = extract(source, lang)
    except Exception as error:  # noqa: BLE001 - a reading no test foresaw: one line, exit 2, nothing written
        raise ImportFailed(
            _(
                "{name}: the importer stopped on this document ({error}); nothing was written. Please report it with the document"
            ).format(name=str(path), error=f"{type(error).__name__}: {error}")
        ) from error
    script = source_script(text for block in source.blocks for text in (block.text, *(c for row in block.rows for c in row)))
    if script is not None:
        draft.data = _written_as(draft.data, script)
    if source.edited:
        draft.notes.append("edited")
    data = draft.data
    used_template: list[str] = []
    if template:
        used_template = _apply_template(data, template, draft.language)
        data = _order(data)
    zh = draft.language == "zh-CN"
    header = [
        f"原文：{path.name}（由 plancraft import 生成的草稿，请逐项核对）"
        if zh
        else f"source: {path.name} (a draft made by plancraft import; check every value)"
    ]
    text = dump(data, draft.language, header=header)
    plain_data = _check(text, str(path))
    counts = _counts(plain_data, draft)
    report = _report(path, counts, draft, used_template)
    return ImportResult(text, plain_data, draft.language, report, False, counts)


def _written_as(node: Any, script: Script) -> Any:
    """The draft in the script of a document written in traditional characters (hant.source_script): every text
    value as the document writes it; ids, keys and the "not stated" placeholder as they are."""
    if isinstance(node, Src):
        return Src(_written_as(node.value, script), node.at)
    if isinstance(node, dict):
        return {key: _written_as(value, script) for key, value in node.items()}
    if isinstance(node, list):
        return [_written_as(value, script) for value in node]
    if isinstance(node, str) and node not in NOT_STATED.values():
        return script(node)
    return node


def _embedded(data: dict, path: Path) -> ImportResult | None:
    """A document plancraft rendered (and nobody edited since) carries its plan: give it back unchanged."""
    from plancraft.loader import load_bytes
    from plancraft.schema import validate

    lang = str((data.get("document") or {}).get("language") or "zh-CN")
    lang = lang if lang in LANGUAGES else "en"
    header = [
        f"原文：{path.name}（由 plancraft render 生成；预案数据取自文件内嵌的原始数据）"
        if lang == "zh-CN"
        else f"source: {path.name} (made by plancraft render; the plan data embedded in it)"
    ]
    text = dump(data, lang, header=header)
    try:
        loaded = load_bytes(text.encode("utf-8"), str(path))
    except Exception:  # noqa: BLE001 - an embedded copy that does not read back: import the text instead
        return None
    if loaded.data != data or any(d.severity.name == "ERROR" for d in validate(loaded)):
        return None
    line = (
        f"{path}：该文件由 plancraft 生成且未经改动，已原样取回其中的预案数据"
        if lang == "zh-CN"
        else f"{path}: made by plancraft render and not edited since; its plan was taken back unchanged"
    )
    return ImportResult(text, loaded.data, lang, [line], True, _counts(loaded.data, None))


def _check(text: str, name: str) -> dict:
    from plancraft.diagnostics import PlanError
    from plancraft.loader import load_bytes
    from plancraft.schema import validate

    too_big = _("{name}: the draft would be larger than a plan may be ({reason}); is this several plans? split the document")
    try:
        loaded = load_bytes(text.encode("utf-8"), name)
    except PlanError as error:
        raise ImportFailed(too_big.format(name=name, reason=error.diagnostic.message.split(";")[0])) from None
    errors = [d for d in validate(loaded) if d.severity.name == "ERROR"]
    if errors:
        first = errors[0]
        if "more than" in first.message or "超过" in first.message:  # a list over the format's maxItems
            raise ImportFailed(too_big.format(name=name, reason=first.message))
        # anything else is a bug in the importer, never the user's fault: say so in one line
        raise ImportFailed(
            _("{name}: the draft made from this document does not validate (line {line}: {message}); please report this").format(
                name=name, line=first.line, message=first.message
            )
        )
    return loaded.data


def _apply_template(data: dict, template: str, lang: str) -> list[str]:
    """Sections the document lacks are taken from the starter `template` (with its placeholders)."""
    from plancraft.loader import load
    from plancraft.starters import STARTERS, StarterError

    names = [s.name for s in STARTERS]
    if template not in names:
        raise ImportFailed(
            _("unknown template `{template}`; use one of {items}").format(template=template, items=", ".join(names))
        )
    starter = next(s for s in STARTERS if s.name == template)
    try:
        skeleton = load(starter.path(lang)).data
    except (StarterError, OSError) as exc:
        raise ImportFailed(_("template `{template}` cannot be read: {exc}").format(template=template, exc=exc)) from None
    taken = []
    for key, value in skeleton.items():
        if key in ("plancraft", "document", "approvals", "revisions"):
            continue
        current = data.get(key)
        missing = (
            current is None or current == [] or current == {} or (isinstance(current, Src) and current.value == NOT_STATED[lang])
        )
        if missing and value not in (None, [], {}):
            data[key] = value
            taken.append(key)
    if taken:  # the starter's sections name its roles, groups and parties: bring those the draft lacks
        org = data.get("organisation")
        org = org.value if isinstance(org, Src) else org
        if not isinstance(org, dict):
            org = {}
            data["organisation"] = org
        have = {_id(item) for key in ("roles", "groups") for item in org.get(key) or []}
        have |= {_id(item) for item in data.get("external") or []}
        for key in ("roles", "groups"):
            extra = [item for item in (skeleton.get("organisation") or {}).get(key) or [] if item.get("id") not in have]
            if extra:
                org[key] = list(org.get(key) or []) + extra
        extra = [item for item in skeleton.get("external") or [] if item.get("id") not in have]
        if extra:
            data["external"] = list(data.get("external") or []) + extra
    return taken


def _id(item: Any) -> Any:
    ident = item.get("id") if isinstance(item, dict) else None
    return ident.value if isinstance(ident, Src) else ident


def _counts(data: dict, draft: Any) -> dict[str, int]:
    org = data.get("organisation") or {}
    scenarios = data.get("scenarios") or []
    return {
        "roles": len(org.get("roles") or []),
        "groups": len(org.get("groups") or []),
        "levels": len(data.get("levels") or []),
        "scenarios": len(scenarios),
        "steps": sum(len(s.get("actions") or []) for s in scenarios),
        # a deadline read into a step (its `within`) is a deadline recovered too, not only a time limit
        "timed_steps": sum(1 for s in scenarios for a in s.get("actions") or [] if isinstance(a, dict) and a.get("within")),
        "limits": len(data.get("limits") or []),
        "time_limits": len(data.get("time_limits") or []),
        "principles": len(data.get("principles") or []),
        "escalations": sum(len(s.get("escalation") or []) for s in scenarios),
        "external": len(data.get("external") or []),
        "unmapped": len(data.get("x-unmapped") or []),
    }


def _sections(keys: list[str]) -> str:
    """The sections a report names, as the file's keys; a Chinese reader is told what each is (处置情形（scenarios）)."""
    lang = current()
    named = [key if lang == "en" or section_label(key, lang) == key else f"{section_label(key, lang)}（{key}）" for key in keys]
    return pgettext("list of names", ", ").join(named)


def _report(path: Path, counts: dict[str, int], draft: Any, template: list[str]) -> list[str]:
    """The short report of what was mapped and what was left, in the interface language."""
    lines = [
        _(
            "{path}: found {roles} role(s), {groups} group(s), {levels} level(s), {scenarios} scenario(s) "
            "({steps} step(s), {timed_steps} with a deadline), {limits} cap(s), {time_limits} time limit(s), "
            "{principles} principle(s)"
        ).format(path=path, **counts),
        *(
            [_("  {escalations} escalation rule(s), {external} party(ies) outside the organisation").format(**counts)]
            if counts["escalations"] or counts["external"]
            else []
        ),
        _("  sections mapped: {sections}").format(sections=_sections(draft.mapped_sections) or _("none")),
        _("  {count} paragraph(s) mapped to no section, kept under x-unmapped with their position").format(
            count=counts["unmapped"]
        ),
    ]
    if draft.not_stated:
        lines.append(
            _('  not stated in the source, written as "{placeholder}": {keys}').format(
                placeholder=NOT_STATED[draft.language if draft.language in NOT_STATED else "en"],
                keys=_sections(draft.not_stated),
            )
        )
    if template:
        lines.append(_("  sections taken from the template: {sections}").format(sections=_sections(template)))
    if "steps-from-duties" in draft.notes:
        lines.append(_("  the source states no procedure: its steps are what its posts and groups are charged with, to review"))
    if "steps-added-from-duties" in draft.notes:
        lines.append(
            _("  the source states only a few steps: steps were added from what its posts and groups are charged with, to review")
        )
    if "edited" in draft.notes:
        lines.append(_("  made by plancraft render but edited since, so read from its text, not from the embedded plan"))
    return lines


__all__ = ["build_result", "plain"]
