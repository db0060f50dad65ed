"""What the audit knows of one plan file, worked out once and kept in the lint cache.

`collect(task)` runs for one file (in this process or a worker): it reads the file, takes the
findings and these facts from the cache entry when one matches (plancraft.lint.cache: same content,
configuration, language and plancraft code; same parent), else parses the plan once, lints it as
`plancraft lint` does, works the facts out and stores both in one entry. A `plancraft lint` before
an audit leaves the findings in the cache; the audit then only adds the facts.

The facts are plain JSON and depend on nothing but the plan, its parent and the language: status and
approval, versions, revision dates, review interval, which evidence the plan holds (coverage), its
jurisdiction, its parent's id or why the parent cannot be had, and the caps and deadlines that exceed
the parent's (both as the rules report them and as the audit compares them; collect.summarise picks).
What depends on the audit day (next review, the version in force, waiting for approval) is worked
out from them by plancraft.audit.collect. `valid()` checks an entry read back before it is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from plancraft.audit.collect import PARENT_RULES, Exceedance, _kind, _text, _value
from plancraft.diagnostics import Diagnostic, PlanError, Severity
from plancraft.lint.config import Config
from plancraft.loader import CODE as UNREADABLE, LoadedPlan

VERSION = 1  # of the facts' shape; an entry of another shape is worked out again


@dataclass(frozen=True)
class Collected:
    """One file as the audit found it: its findings, and its facts (None when it cannot be read)."""

    name: str
    findings: list[Diagnostic]
    config: Config
    facts: dict | None
    unreadable: str | None = None  # why the file cannot be read


def collect(task: tuple, *, cached_only: bool = False) -> Collected | None:
    """Findings and facts of one file; `task` is (name, path or None, use_cache, language, run).
    cached_only: only when the cache holds both (None otherwise)."""
    from plancraft import i18n
    from plancraft.lint import parents

    name, path, use_cache, lang, run = task
    parents.begin(run)
    with i18n.language(lang):
        return _collect(name, path, use_cache, lang, run, cached_only)


def preload() -> None:
    """What facts_of imports, imported once before the audit's workers fork (plancraft.lint.engine.run_tasks)."""
    from plancraft import approval, cjk, history, stated, versions  # noqa: F401
    from plancraft.audit import coverage  # noqa: F401
    from plancraft.lint import parents  # noqa: F401


def collect_cached(task: tuple) -> Collected | None:
    """collect() when the cache answers, else None (asked in the main process before any worker starts)."""
    return collect(task, cached_only=True)


def _collect(name: str, path: str | None, use_cache: bool, lang: str, run: object, cached_only: bool = False) -> Collected | None:
    from plancraft.i18n import _
    from plancraft.lint import cache
    from plancraft.lint.engine import CliOptions, check_plan, setup_for
    from plancraft.loader import load_bytes, read_plan_bytes

    setup = setup_for(CliOptions(), path or name, run)  # the configuration lint uses, without options
    config = setup.config
    try:
        if path is None:
            if cached_only:
                return None
            raise PlanError(Diagnostic(name, 1, 1, UNREADABLE, Severity.ERROR, _("no such file or folder")))
        raw = read_plan_bytes(path, name)
        key = cache.key_of(setup.settings(True, lang), name, raw) if use_cache else ""
        folder = setup.folder
        cached = cache.read_findings(folder, key, path=path, beside="audit", check=valid) if use_cache else None
        if cached is not None and cached[1] is not None:
            return Collected(name, cached[0], config, cached[1])
        if cached_only:
            return None
        loaded = load_bytes(raw, name)
    except PlanError as error:
        if cached_only:
            return None
        return Collected(name, [error.diagnostic], config, None, error.diagnostic.message)
    findings = cached[0] if cached is not None else check_plan(loaded, config)
    facts = facts_of(name, path, loaded, findings)
    if use_cache:
        parent = facts["parent"]["written"]
        from plancraft.lint.parents import digest

        cache.write(folder, key, findings, parent=(parent, digest(path, parent)) if parent else None, audit=facts)
    return Collected(name, findings, config, facts)


def facts_of(name: str, path: str, loaded: LoadedPlan, findings: list[Diagnostic]) -> dict:
    """The facts of a readable plan (see the module's docstring), as JSON data."""
    from plancraft import cjk, history, versions
    from plancraft.approval import approval_state
    from plancraft.audit.coverage import evidence_patterns, has_content
    from plancraft.model import document_type_of, jurisdiction_of

    data = loaded.data
    # the document's fields as a reader sees them (folded Chinese lines joined, plancraft.cjk): only that part
    # of the plan is read here, so only it is rejoined
    document = cjk.readable(data.get("document"), loaded.folds, ("document",))
    document = document if isinstance(document, dict) else {}
    state = approval_state(data)
    approval = state.approval
    every = history.all_versions(data)
    version = _text(document.get("version"))
    review = data.get("review") if isinstance(data.get("review"), dict) else {}
    interval = review.get("every")
    key = versions.key(version) if version else None
    dates = [
        r.get("date")
        for r in data.get("revisions") or []
        if isinstance(r, dict)
        and (versions.key(r.get("version")) == key if key is not None else str(r.get("version")) == version)
    ]
    return {
        "v": VERSION,
        "document": {field: _text(document.get(field)) for field in ("id", "title", "issuer", "language")},
        "version": version,
        "effective": history.effective_date(data) or _text(document.get("effective")),
        "status": state.state,
        "status_detail": _status_detail(state),
        "approved_on": None if approval is None or approval.get("date") is None else str(approval.get("date")),
        "approved_by": None if approval is None else _text(approval.get("name")),
        "review_every": interval if isinstance(interval, (str, int, float)) and not isinstance(interval, bool) else None,
        "earlier_versions": sum(1 for v in every if not v.in_file and v.approved),
        "approved_versions": [[v.version, v.effective, v.approved] for v in every if v.approved],
        "revision_dates": [str(d) for d in dates if d],
        "jurisdiction": jurisdiction_of(data),
        "document_type": document_type_of(data),
        "content": {pattern: has_content(data, pattern) for pattern in evidence_patterns()},
        "parent": _parent_facts(name, path, loaded, findings, _text(document.get("parent"))),
    }


def _status_detail(state: Any) -> str:
    """draft / approved / stale in the words the reports show."""
    from plancraft.i18n import _

    if state.approval is None:
        return _("no `approved` sign-off")
    if state.current:
        return _("the `approved` sign-off matches the plan")
    if state.entry_state == "unsigned":
        # Written by hand: nothing binds it to this content, so it cannot count as approved.
        return _("the `approved` sign-off has no digest (written by hand); sign it with `plancraft sign`")
    if state.entry_state == "stale":
        return _("the plan or its sign-offs changed after the `approved` sign-off; it needs signing again")
    return state.problems[0]


def _parent_facts(name: str, path: str, loaded: LoadedPlan, findings: list[Diagnostic], written: str | None) -> dict:
    """The parent's id, or why it cannot be had, and what exceeds it; the parent is read once per run."""
    import os

    from plancraft.lint.parents import parent_of

    facts: dict[str, Any] = {"written": written, "id": None, "problem": None, "exceeding": {}}
    if not written:
        return facts
    parent_file = os.path.normpath(os.path.join(os.path.dirname(name), written))
    parent = parent_of(path, written, display=parent_file)
    if parent.loaded is None:
        facts["problem"] = parent.problem
        return facts
    theirs = parent.loaded.data
    if isinstance(theirs.get("document"), dict):
        facts["id"] = _text(theirs["document"].get("id"))
    for section, code in PARENT_RULES.items():
        facts["exceeding"][section] = {
            "audit": [_row(e) for e in _compare(name, parent_file, written, loaded, theirs, section)],
            "rule": [_row(e) for e in _from_findings(name, parent_file, loaded.data, findings, theirs, section, code)],
        }
    return facts


def _row(e: Exceedance) -> list:
    return [e.file, e.parent_file, e.kind, e.id, e.value, e.parent_value, e.line, e.message, e.source]


def _compare(name: str, parent_file: str, written: str, loaded: LoadedPlan, parent: dict, section: str) -> list[Exceedance]:
    """The comparison of plancraft.parent (the one PC702 and PC703 report), for plans whose rules did not run."""
    from plancraft.i18n import _
    from plancraft.model import kind_word
    from plancraft.parent import exceeding

    out = []
    for found in exceeding(loaded.data, parent, section):
        item, other = found.item, found.parent_item
        line = loaded.locate((section, found.index, found.key))[0]
        message = _("{kind} `{id}` allows {value}, more than the {parent_value} of the parent plan {parent}").format(
            kind=kind_word(_kind(section)),
            id=item["id"],
            value=_value(section, item),
            parent_value=_value(section, other),
            parent=written,
        )
        out.append(
            Exceedance(
                name,
                parent_file,
                _kind(section),
                item["id"],
                _value(section, item),
                _value(section, other),
                line,
                message,
                "audit",
            )
        )
    return out


def _from_findings(
    name: str, parent_file: str, data: dict, findings: list[Diagnostic], parent: dict, section: str, code: str
) -> list[Exceedance]:
    """The findings of the rule `code` (PC702, PC703) as Exceedances."""
    theirs = _items(parent, section)
    out = []
    for d in findings:
        if d.code != code:
            continue
        item = None
        if len(d.path) >= 2 and d.path[0] == section and isinstance(d.path[1], int):
            listed = data.get(section) or []
            item = listed[d.path[1]] if d.path[1] < len(listed) and isinstance(listed[d.path[1]], dict) else None
        ident = str(item.get("id")) if item else ""
        out.append(
            Exceedance(
                name,
                parent_file,
                _kind(section),
                ident,
                _value(section, item),
                _value(section, theirs.get(ident)),
                d.line,
                d.message,
                code,
            )
        )
    return out


def _items(data: dict, section: str) -> dict[str, dict]:
    items = data.get(section)
    out: dict[str, dict] = {}
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            out.setdefault(item["id"], item)
    return out


# ------------------------------------------------------------------------------ checking an entry read back


def _text_or_none(value: object) -> bool:
    return value is None or isinstance(value, str)


def _row_ok(row: object) -> bool:
    return (
        isinstance(row, list)
        and len(row) == 9
        and all(isinstance(x, str) for x in row[:6])
        and isinstance(row[6], int)
        and not isinstance(row[6], bool)
        and all(isinstance(x, str) for x in row[7:])
    )


def _parent_ok(parent: object) -> bool:
    if not isinstance(parent, dict) or not all(_text_or_none(parent.get(k)) for k in ("written", "id", "problem")):
        return False
    exceeding = parent.get("exceeding")
    return isinstance(exceeding, dict) and all(
        section in PARENT_RULES
        and isinstance(both, dict)
        and set(both) == {"audit", "rule"}
        and all(isinstance(rows, list) and all(_row_ok(r) for r in rows) for rows in both.values())
        for section, both in exceeding.items()
    )


def valid(facts: object) -> bool:
    """Whether `facts` (read back from a cache entry) has the shape facts_of() writes."""
    from plancraft.approval import APPROVED, DRAFT, STALE

    if not isinstance(facts, dict) or facts.get("v") != VERSION:
        return False
    document = facts.get("document")
    versions = facts.get("approved_versions")
    content = facts.get("content")
    return (
        isinstance(document, dict)
        and set(document) == {"id", "title", "issuer", "language"}
        and all(_text_or_none(v) for v in document.values())
        and all(_text_or_none(facts.get(k)) for k in ("version", "effective", "approved_on", "approved_by", "jurisdiction"))
        and isinstance(facts.get("document_type"), str)
        and facts.get("status") in (DRAFT, APPROVED, STALE)
        and isinstance(facts.get("status_detail"), str)
        and (
            facts.get("review_every") is None
            or isinstance(facts["review_every"], (str, int, float))
            and not isinstance(facts["review_every"], bool)
        )
        and isinstance(facts.get("earlier_versions"), int)
        and not isinstance(facts["earlier_versions"], bool)
        and isinstance(versions, list)
        and all(
            isinstance(v, list) and len(v) == 3 and isinstance(v[0], str) and _text_or_none(v[1]) and isinstance(v[2], dict)
            for v in versions
        )
        and isinstance(facts.get("revision_dates"), list)
        and all(isinstance(d, str) for d in facts["revision_dates"])
        and isinstance(content, dict)
        and all(isinstance(v, bool) for v in content.values())
        and _parent_ok(facts.get("parent"))
    )
