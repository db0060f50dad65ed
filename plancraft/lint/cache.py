"""A result cache in `.plancraft_cache/`, keyed by file content, configuration and plancraft version.

An entry is `{"key": KEY, "diagnostics": [...]}` for one file, written atomically (temporary file + rename), so
concurrent runs at worst compute the same entry twice and never read half of one. A plan with a
`document.parent` depends on another file too: its entry records `"parent": [WRITTEN, DIGEST]` (the
parent as the plan names it, and plancraft.lint.parents.digest of it) and serves only while the parent
still has that digest. `plancraft audit` stores what it knows of the plan beside the findings
(`"audit": {...}`, checked by plancraft.audit.facts.valid), so that a lint and an audit share one entry.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

from plancraft import __version__
from plancraft.diagnostics import Diagnostic, Severity
from plancraft.lint.config import Config

FOLDER = ".plancraft_cache"


def cache_folder(config: Config) -> Path:
    """Next to the configuration file, or in the working directory."""
    return (config.root if config.root else Path.cwd()) / FOLDER


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Size and mtime of plancraft's own modules, so an edited rule never serves old results."""
    from plancraft.resources import schema_file

    package = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    start = len(package) + 1
    stats = []
    for folder, dirs, files in os.walk(package):  # os.walk, not Path.rglob: a fifth of the time, every run
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for file in files:
            if file.endswith((".py", ".json", ".po")):
                path = os.path.join(folder, file)
                info = os.stat(path)
                stats.append(f"{path[start:]}:{info.st_size}:{info.st_mtime_ns}")
    stats.sort()
    schema = schema_file().stat()  # in a checkout the schema lives outside the package
    stats.append(f"schema:{schema.st_size}:{schema.st_mtime_ns}")
    return hashlib.sha256("\n".join(stats).encode()).hexdigest()


def cache_key(raw: bytes, name: str, config: Config, *, rules: bool, lang: str = "en") -> str:
    """The key of a plan's entry: its bytes, its name, and everything its findings depend on."""
    return key_of(settings(config, rules=rules, lang=lang), name, raw)


def settings(config: Config, *, rules: bool, lang: str = "en") -> bytes:
    """What the findings of every plan checked with `config` depend on besides the plan itself (plancraft's
    version and code, the selection, severities, options, language); worked out once per configuration."""
    return json.dumps(
        {"version": __version__, "code": code_fingerprint(), "rules": rules, "lang": lang, "select": config.select,
         "extend_select": config.extend_select, "ignore": config.ignore,
         "severity": {k: v.value for k, v in sorted(config.severity.items())},
         "per_file": config.per_file_ignores, "options": config.options, "root": str(config.root)},
        sort_keys=True, default=str,
    ).encode("utf-8")


def key_of(settings: bytes, name: str, raw: bytes) -> str:
    """cache_key() from settings() already worked out."""
    return hashlib.sha256(settings + b"\0" + name.encode("utf-8", "surrogateescape") + b"\0" + raw).hexdigest()


def read_entry(folder: Path, key: str, field: str, check, *, path: str | Path | None = None) -> object | None:
    """`entry[field]` of the entry stored under `key`, or None: missing, damaged, written for another
    key (a forged or misplaced entry), failing `check(value)` (the wrong shape), or made when the parent
    plan of the plan at `path` had other content. Any cache of plancraft (lint findings, the audit's
    facts, render's contents page numbers) reads its entries through this."""
    entry = _entry(folder, key, path)
    if entry is None or field not in entry or not check(entry[field]):
        return None
    return entry[field]


def _entry(folder: Path, key: str, path: str | Path | None) -> dict | None:
    try:
        with open(os.path.join(folder, key[:2], key + ".json"), "rb", buffering=0) as handle:
            entry = json.loads(handle.read())  # UTF-8 JSON; a text-mode file costs more than the read
    except (OSError, ValueError):
        return None
    if not isinstance(entry, dict) or entry.get("key") != key:
        return None
    parent = entry.get("parent")
    if parent is not None:
        if not (path is not None and isinstance(parent, list) and len(parent) == 2
                and all(isinstance(p, str) for p in parent)):
            return None
        from plancraft.lint.parents import digest

        if digest(path, parent[0]) != parent[1]:
            return None
    return entry


def read(folder: Path, key: str, *, path: str | Path | None = None) -> list[Diagnostic] | None:
    """The cached diagnostics under `key`, or None: missing, damaged, of the wrong shape, or written
    for another key (a forged or misplaced entry is ignored, and rebuilt by the caller); `path`: the
    plan's file, for an entry that depends on its parent."""
    found = read_findings(folder, key, path=path)
    return found[0] if found is not None else None


def read_findings(folder: Path, key: str, *, path: str | Path | None = None, beside: str | None = None,
                  check=None) -> tuple[list[Diagnostic], object | None] | None:
    """(the cached diagnostics, entry[beside] when it passes `check(value)` else None), or None when
    there are no usable diagnostics (see read_entry): one read for the audit's findings and facts."""
    entry = _entry(folder, key, path)
    entries = entry.get("diagnostics") if entry is not None else None
    if not isinstance(entries, list) or not all(_well_formed(e) for e in entries):
        return None
    extra = entry.get(beside) if beside is not None else None
    if extra is not None and not check(extra):
        extra = None
    return ([Diagnostic(e["file"], e["line"], e["column"], e["code"], Severity(e["severity"]), e["message"],
                        tuple(e["path"]), tuple(tuple(r) for r in e.get("related") or ())) for e in entries], extra)


_SEVERITIES = {s.value for s in Severity}


def _well_formed(e: object) -> bool:
    return (isinstance(e, dict)
            and isinstance(e.get("file"), str) and isinstance(e.get("message"), str)
            and isinstance(e.get("code"), str) and len(e["code"]) == 5 and e["code"].startswith("PC")
            and all(isinstance(e.get(k), int) and not isinstance(e.get(k), bool) and e[k] >= 0
                    for k in ("line", "column"))
            and e.get("severity") in _SEVERITIES
            and isinstance(e.get("path"), list)
            and all(isinstance(p, (str, int)) and not isinstance(p, bool) for p in e["path"])
            and isinstance(e.get("related") or [], list)
            and all(isinstance(r, list) and len(r) == 3 and isinstance(r[0], int) and isinstance(r[1], int)
                    and isinstance(r[2], str) for r in e.get("related") or []))


def write_entry(folder: Path, key: str, field: str, value: object, *, beside: dict | None = None) -> None:
    """Store `{"key": key, field: value}` (and the fields `beside`) under `key`, atomically (temporary
    file + rename)."""
    target = folder / key[:2] / f"{key}.json"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if not (folder / ".gitignore").exists():
            (folder / ".gitignore").write_text("*\n", encoding="utf-8")
        temporary = target.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps({"key": key, field: value, **(beside or {})}, ensure_ascii=False),
                             encoding="utf-8")
        os.replace(temporary, target)
    except (OSError, TypeError, ValueError):  # unwritable, or a value JSON cannot hold
        pass  # a cache that cannot be written only costs speed


def write(folder: Path, key: str, diagnostics: list[Diagnostic], *, parent: tuple[str, str] | None = None,
          audit: object = None) -> None:
    """Store `diagnostics` under `key`; `parent`: (document.parent as written, its digest) when the
    plan's findings depend on its parent; `audit`: the audit's facts about the plan (JSON data)."""
    beside: dict[str, object] = {}
    if parent is not None:
        beside["parent"] = list(parent)
    if audit is not None:
        beside["audit"] = audit
    write_entry(folder, key, "diagnostics", [dict(asdict(d), severity=d.severity.value) for d in diagnostics],
                beside=beside)
