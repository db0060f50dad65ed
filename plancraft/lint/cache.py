"""A result cache in `.plancraft_cache/`, keyed by file content, configuration and plancraft version.

An entry is `{"key": KEY, "diagnostics": [...]}` for one file, written atomically (temporary file + rename), so
concurrent runs at worst compute the same entry twice and never read half of one. A plan with a
`document.parent` depends on another file too: its entry records `"parent": [WRITTEN, DIGEST]` (the
parent as the plan names it, and plancraft.lint.parents.digest of it) and serves only while the parent
still has that digest. `plancraft audit` stores what it knows of the plan beside the findings
(`"audit": {...}`, checked by plancraft.audit.facts.valid), so that a lint and an audit share one entry.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from plancraft import __version__
from plancraft.diagnostics import Diagnostic, Severity
from plancraft.lint.config import Config

FOLDER = ".plancraft_cache"

# SHA-256 of the little a re-lint hashes (the settings, the code's fingerprint) by the interpreter's own
# implementation: the same digests as hashlib's, without loading OpenSSL (hashlib's import was 3 ms of a
# re-lint's 47). The plans' bytes (key_of, on the cold path) go through hashlib: faster on large data.
try:
    from _sha256 import sha256 as _small_sha256  # CPython 3.11 and before
except ImportError:  # pragma: no cover - CPython 3.12 and later, or a build without it
    try:
        from _sha2 import sha256 as _small_sha256  # type: ignore[no-redef]
    except ImportError:
        from hashlib import sha256 as _small_sha256  # type: ignore[no-redef]


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
    return _small_sha256("\n".join(stats).encode()).hexdigest()


def cache_key(raw: bytes, name: str, config: Config, *, rules: bool, lang: str = "en") -> str:
    """The key of a plan's entry: its bytes, its name, and everything its findings depend on."""
    return key_of(settings(config, rules=rules, lang=lang), name, raw)


def settings(config: Config, *, rules: bool, lang: str = "en") -> bytes:
    """What the findings of every plan checked with `config` depend on besides the plan itself (plancraft's
    version and code, the selection, severities, options, language); worked out once per configuration."""
    return json.dumps(
        {
            "version": __version__,
            "code": code_fingerprint(),
            "rules": rules,
            "lang": lang,
            "select": config.select,
            "extend_select": config.extend_select,
            "ignore": config.ignore,
            "severity": {k: v.value for k, v in sorted(config.severity.items())},
            "per_file": config.per_file_ignores,
            "options": config.options,
            "root": str(config.root),
        },
        sort_keys=True,
        default=str,
    ).encode("utf-8")


def key_of(settings: bytes, name: str, raw: bytes) -> str:
    """cache_key() from settings() already worked out."""
    import hashlib  # a plan's bytes: read and hashed only when the index does not know the plan unchanged

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
    return _bound(entry, key, path)


def _bound(entry: object, key: str, path: str | Path | None) -> dict | None:
    """`entry` when it was written for `key` (and, for a plan with a parent, the parent plan at `path`
    still has the digest it records), else None."""
    if not isinstance(entry, dict) or entry.get("key") != key:
        return None
    parent = entry.get("parent")
    if parent is not None:
        if not (path is not None and isinstance(parent, list) and len(parent) == 2 and all(isinstance(p, str) for p in parent)):
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


def read_findings(
    folder: Path, key: str, *, path: str | Path | None = None, beside: str | None = None, check=None
) -> tuple[list[Diagnostic], object | None] | None:
    """(the cached diagnostics, entry[beside] when it passes `check(value)` else None), or None when
    there are no usable diagnostics (see read_entry): one read for the audit's findings and facts."""
    entry = _entry(folder, key, path)
    found = _diagnostics(entry)
    if found is None:
        return None
    assert entry is not None
    extra = entry.get(beside) if beside is not None else None
    if extra is not None and not check(extra):
        extra = None
    return found, extra


def _diagnostics(entry: dict | None) -> list[Diagnostic] | None:
    entries = entry.get("diagnostics") if entry is not None else None
    if not isinstance(entries, list):
        return None
    found = []
    for item in entries:
        diagnostic = _diagnostic(item)
        if diagnostic is None:
            return None
        found.append(diagnostic)
    return found


_SEVERITIES = {s.value: s for s in Severity}


def _diagnostic(e: object) -> Diagnostic | None:
    """The Diagnostic that an item of an entry's "diagnostics" holds (as _plain wrote it), or None when the
    item is of another shape: a damaged or forged entry is never believed. Checked and built in one pass;
    the item comes from json.loads, so `type(x) is int` is an int and not a bool."""
    if type(e) is not dict:
        return None
    file, line, column, code, message = e.get("file"), e.get("line"), e.get("column"), e.get("code"), e.get("message")
    severity, path, related = e.get("severity"), e.get("path"), e.get("related") or []
    if not (
        type(file) is str
        and type(message) is str
        and type(code) is str
        and len(code) == 5
        and code.startswith("PC")
        and type(line) is int
        and line >= 0
        and type(column) is int
        and column >= 0
        and type(severity) is str
        and severity in _SEVERITIES
        and type(path) is list
        and all(type(p) is str or type(p) is int for p in path)
        and type(related) is list
        and all(
            type(r) is list and len(r) == 3 and type(r[0]) is int and type(r[1]) is int and type(r[2]) is str for r in related
        )
    ):
        return None
    return Diagnostic(file, line, column, code, _SEVERITIES[severity], message, tuple(path), tuple(map(tuple, related)))


def write_entry(folder: Path, key: str, field: str, value: object, *, beside: dict | None = None) -> None:
    """Store `{"key": key, field: value}` (and the fields `beside`) under `key`, atomically (temporary
    file + rename)."""
    target = folder / key[:2] / f"{key}.json"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if not (folder / ".gitignore").exists():
            (folder / ".gitignore").write_text("*\n", encoding="utf-8")
        temporary = target.with_suffix(f".{os.getpid()}.tmp")
        try:
            temporary.write_text(json.dumps({"key": key, field: value, **(beside or {})}, ensure_ascii=False), encoding="utf-8")
            os.replace(temporary, target)
        except BaseException:  # a full disk, ^C or SIGTERM half-way: no temporary left in the cache
            temporary.unlink(missing_ok=True)
            raise
    except (OSError, TypeError, ValueError):  # unwritable, or a value JSON cannot hold
        pass  # a cache that cannot be written only costs speed


def write(
    folder: Path, key: str, diagnostics: list[Diagnostic], *, parent: tuple[str, str] | None = None, audit: object = None
) -> None:
    """Store `diagnostics` under `key`; `parent`: (document.parent as written, its digest) when the
    plan's findings depend on its parent; `audit`: the audit's facts about the plan (JSON data)."""
    beside: dict[str, object] = {}
    if parent is not None:
        beside["parent"] = list(parent)
    if audit is not None:
        beside["audit"] = audit
    write_entry(folder, key, "diagnostics", _plain(diagnostics), beside=beside)


def _plain(diagnostics: list[Diagnostic]) -> list[dict]:
    return [dict(d._asdict(), severity=d.severity.value) for d in diagnostics]


# The lint index: one file per cache folder and settings (plancraft.lint.cache.settings) holding the
# findings of every plan linted with them, `{"settings": SHA, "entries": {KEY: ENTRY}, "files": {NAME:
# STAT}}` with each ENTRY shaped and checked like an entry file (bound to its KEY, its parent's digest). A
# re-lint reads it once instead of one entry file per plan; a run that found something new writes it once
# at its end (temporary file + rename: concurrent runs never corrupt it, the last writer wins and entries
# are keyed by content). A damaged or forged index is ignored and rebuilt. The entry files stay (audit,
# render).
#
# FILES: what the file of each plan looked like when its KEY was worked out from its bytes, STAT = [device,
# inode, size, mtime_ns, ctime_ns, KEY]. A plan whose file still has all five is not read or hashed again:
# its findings (and the source lines they point at, kept in the entry as "lines") come from ENTRY[KEY],
# which must also name the plan ("name"). Writing a file changes its ctime (which no program can set back)
# and replacing it changes its inode; a STAT is recorded only for a file whose times lie RACY_NS before
# the moment it was read, so that a change within the same tick of the file system's clock is never
# mistaken for no change (as git's "racy clean" rule). Anything else (no STAT, a different one, an entry
# without its lines) reads and hashes the plan as before.

INDEX_LIMIT = 20_000  # entries kept in one index; those of the latest run first
RACY_NS = 2_000_000_000  # a file changed less than this before it was read is always read again (see FILES)
_INDEX_BYTES = 256 * 1024 * 1024  # a larger file is not read (not one plancraft wrote within the limit)
_indexes: dict[tuple[str, bytes], "_Index"] = {}


class _Index:
    def __init__(self, folder: Path, settings: bytes):
        self.digest = _small_sha256(settings).hexdigest()
        self.path = os.path.join(folder, f"lint-index-{self.digest[:32]}")
        self.folder = folder
        self.entries: dict = {}
        self.files: dict = {}
        self.used: dict[str, dict] = {}
        self.used_files: dict[str, list] = {}
        self.changed = False
        try:
            with open(self.path, "rb", buffering=0) as handle:
                if os.fstat(handle.fileno()).st_size <= _INDEX_BYTES:
                    data = json.loads(handle.read())
                    if isinstance(data, dict) and data.get("settings") == self.digest and isinstance(data.get("entries"), dict):
                        self.entries = data["entries"]
                        files = data.get("files")
                        self.files = files if isinstance(files, dict) else {}
        except (OSError, ValueError, RecursionError):
            pass

    def write(self) -> None:
        kept = dict(self.used)
        for key, entry in self.entries.items():
            if len(kept) >= INDEX_LIMIT:
                break
            kept.setdefault(key, entry)
        files = dict(self.used_files)
        for name, stat in self.files.items():
            if len(files) >= INDEX_LIMIT:
                break
            if name not in files and isinstance(stat, list) and len(stat) == 6 and stat[5] in kept:
                files[name] = stat
        temporary = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(self.folder, exist_ok=True)
            if not os.path.exists(os.path.join(self.folder, ".gitignore")):
                with open(os.path.join(self.folder, ".gitignore"), "w", encoding="utf-8") as handle:
                    handle.write("*\n")
            with open(temporary, "w", encoding="utf-8") as handle:
                json.dump({"settings": self.digest, "entries": kept, "files": files}, handle, ensure_ascii=False)
            os.replace(temporary, self.path)
        except (OSError, TypeError, ValueError):  # a cache that cannot be written only costs speed
            try:
                os.unlink(temporary)
            except OSError:
                pass


def _index(folder: Path, settings: bytes) -> _Index:
    found = _indexes.get((str(folder), settings))
    if found is None:
        found = _indexes[(str(folder), settings)] = _Index(folder, settings)
    return found


def index_read(folder: Path, settings: bytes, key: str, *, path: str | Path | None = None) -> list[Diagnostic] | None:
    """The diagnostics under `key` in the lint index of `folder` and `settings` (read once per run), or
    None: not there, or the entry fails the checks of an entry file (see read)."""
    index = _index(folder, settings)
    entry = _bound(index.entries.get(key), key, path)
    found = _diagnostics(entry)
    if found is not None:
        index.used[key] = entry  # type: ignore[assignment]
    return found


def stat_of(path: str) -> os.stat_result | None:
    """The one system call a re-lint makes for a plan the index knows (None: it cannot be stat'ed)."""
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


def _stat_record(stat: os.stat_result) -> list:
    return [stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns]


def index_unchanged(
    folder: Path, settings: bytes, name: str, stat: os.stat_result, *, path: str | Path | None = None
) -> tuple[list[Diagnostic], dict[int, str]] | None:
    """(the diagnostics, the source lines they point at) of plan `name` when its file still has the
    `stat` recorded with its key (see FILES) and that key's entry passes every check of index_read and
    names the plan; None otherwise (the caller reads and hashes the plan)."""
    index = _index(folder, settings)
    record = index.files.get(name)
    if not (isinstance(record, list) and len(record) == 6 and record[:5] == _stat_record(stat)):
        return None
    key = record[5]
    if not isinstance(key, str):
        return None
    entry = _bound(index.entries.get(key), key, path)
    if entry is None or entry.get("name") != name:
        return None
    lines = _lines(entry.get("lines"))
    found = _diagnostics(entry) if lines is not None else None
    if found is None:
        return None
    index.used[key] = entry
    index.used_files[name] = record
    return found, lines


def _lines(value: object) -> dict[int, str] | None:
    if not isinstance(value, list):
        return None
    lines: dict[int, str] = {}
    for item in value:
        if not (
            isinstance(item, list)
            and len(item) == 2
            and isinstance(item[0], int)
            and not isinstance(item[0], bool)
            and isinstance(item[1], str)
        ):
            return None
        lines[item[0]] = item[1]
    return lines


def index_file(
    folder: Path, settings: bytes, name: str, stat: os.stat_result | None, key: str, lines: dict[int, str]
) -> tuple | None:
    """Record that plan `name`, whose file had `stat` before its bytes were read, has the key `key` (its
    entry, already in the index, gains `name` and `lines`), so that the next run need not read it
    (index_unchanged); not for a file changed within RACY_NS of now. Returns what index_merge needs to
    record the same in another process (a worker's findings are kept by the main process), or None when
    `key` is not in this run's index."""
    index = _index(folder, settings)
    entry = index.used.get(key)
    if entry is None:
        return None
    import time

    record = None
    if stat is not None and max(stat.st_mtime_ns, stat.st_ctime_ns) <= time.time_ns() - RACY_NS:
        record = _stat_record(stat) + [key]
        plain_lines = [[number, text] for number, text in sorted(lines.items())]
        if entry.get("name") != name or entry.get("lines") != plain_lines:
            index.used[key] = entry = dict(entry, name=name, lines=plain_lines)
            index.changed = True
    note = (key, entry, name, record)
    index_merge(folder, settings, note)
    return note


def index_merge(folder: Path, settings: bytes, note: tuple) -> None:
    """Keep in this process's index what index_file recorded (in a worker process, or here)."""
    key, entry, name, record = note
    index = _index(folder, settings)
    if index.used.get(key) != entry:
        index.used[key] = entry
        index.changed = True
    if record is not None:
        if index.files.get(name) != record:
            index.changed = True
        index.used_files[name] = record


def lookup(folder: Path, settings: bytes, key: str, *, path: str | Path | None = None) -> list[Diagnostic] | None:
    """index_read(), else the entry file under `key` (read()), which then joins the index."""
    found = index_read(folder, settings, key, path=path)
    if found is None:
        entry = _entry(folder, key, path)
        found = _diagnostics(entry)
        if found is not None:
            assert entry is not None
            index = _index(folder, settings)
            index.used[key] = {k: entry[k] for k in ("key", "diagnostics", "parent") if k in entry}
            index.changed = True
    return found


def index_add(
    folder: Path, settings: bytes, key: str, diagnostics: list[Diagnostic], *, parent: tuple[str, str] | None = None
) -> None:
    """Keep `diagnostics` under `key` in the lint index, written at the end of the run (index_end)."""
    entry: dict[str, object] = {"key": key, "diagnostics": _plain(diagnostics)}
    if parent is not None:
        entry["parent"] = list(parent)
    index = _index(folder, settings)
    index.used[key] = entry
    index.changed = True


def index_end(*, save: bool = True) -> None:
    """Write the indexes the run changed (`save`), and forget them: the next run reads them again."""
    try:
        if save:
            for index in _indexes.values():
                if index.changed:
                    index.write()
    finally:
        _indexes.clear()
