"""A result cache in `.plancraft_cache/`, keyed by file content, configuration and plancraft version.

An entry is `{"key": KEY, "diagnostics": [...]}` for one file, written atomically (temporary file + rename), so
concurrent runs at worst compute the same entry twice and never read half of one. Plans with a
`document.parent` are not cached: their findings depend on another file.
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
    package = Path(__file__).resolve().parent.parent
    stats = []
    from plancraft.resources import schema_file

    for path in sorted(package.rglob("*.py")) + sorted(package.rglob("*.json")) + sorted(package.rglob("*.po")):
        info = path.stat()
        stats.append(f"{path.relative_to(package)}:{info.st_size}:{info.st_mtime_ns}")
    schema = schema_file().stat()  # in a checkout the schema lives outside the package
    stats.append(f"schema:{schema.st_size}:{schema.st_mtime_ns}")
    return hashlib.sha256("\n".join(stats).encode()).hexdigest()


def cache_key(raw: bytes, name: str, config: Config, *, rules: bool, lang: str = "en") -> str:
    settings = json.dumps(
        {"version": __version__, "code": code_fingerprint(), "rules": rules, "lang": lang, "name": name, "select": config.select, "extend_select": config.extend_select, "ignore": config.ignore,
         "severity": {k: v.value for k, v in sorted(config.severity.items())},
         "per_file": config.per_file_ignores, "options": config.options, "root": str(config.root)},
        sort_keys=True, default=str,
    )
    return hashlib.sha256(settings.encode("utf-8") + b"\0" + raw).hexdigest()


def read_entry(folder: Path, key: str, field: str, check) -> object | None:
    """`entry[field]` of the entry stored under `key`, or None: missing, damaged, written for another
    key (a forged or misplaced entry), or failing `check(value)` (the wrong shape). Any cache of
    plancraft (lint findings, render's contents page numbers) reads its entries through this."""
    try:
        with open(folder / key[:2] / f"{key}.json", encoding="utf-8") as handle:
            entry = json.load(handle)
    except (OSError, ValueError):
        return None
    if not isinstance(entry, dict) or entry.get("key") != key or field not in entry or not check(entry[field]):
        return None
    return entry[field]


def read(folder: Path, key: str) -> list[Diagnostic] | None:
    """The cached diagnostics under `key`, or None: missing, damaged, of the wrong shape, or written
    for another key (a forged or misplaced entry is ignored, and rebuilt by the caller)."""
    entries = read_entry(folder, key, "diagnostics",
                         lambda value: isinstance(value, list) and all(_well_formed(e) for e in value))
    if entries is None:
        return None
    return [Diagnostic(e["file"], e["line"], e["column"], e["code"], Severity(e["severity"]), e["message"],
                       tuple(e["path"]), tuple(tuple(r) for r in e.get("related") or ())) for e in entries]


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


def write_entry(folder: Path, key: str, field: str, value: object) -> None:
    """Store `{"key": key, field: value}` under `key`, atomically (temporary file + rename)."""
    target = folder / key[:2] / f"{key}.json"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if not (folder / ".gitignore").exists():
            (folder / ".gitignore").write_text("*\n", encoding="utf-8")
        temporary = target.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps({"key": key, field: value}, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, target)
    except OSError:
        pass  # a cache that cannot be written only costs speed


def write(folder: Path, key: str, diagnostics: list[Diagnostic]) -> None:
    write_entry(folder, key, "diagnostics", [dict(asdict(d), severity=d.severity.value) for d in diagnostics])
