"""Configuration: `[tool.plancraft]` in pyproject.toml or a plancraft.toml, found by walking up.

[tool.plancraft]                    # in plancraft.toml the table may also be top-level
select = ["PC1", "PC301"]           # codes, prefixes or groups to run (default: all)
extend-select = ["approvals"]       # added to select
ignore = ["PC405"]                  # also extend-ignore
exclude = [".git", "drafts/*"]      # replaces the default folders left out; extend-exclude adds
fail-on = "error"                   # error | warning | info
docs-url = "https://git.example.com/org/plancraft/-/blob/main/docs/rules.md"  # rule links in SARIF/JSON
lang = "zh-CN"                      # zh-CN | en | plan (each plan's document.language); see README
[tool.plancraft.severity]
PC405 = "info"
[tool.plancraft.per-file-ignores]
"plans/seed/*.yaml" = ["PC501"]
[tool.plancraft.options]
decision-period = "15d"
"""

from __future__ import annotations

import fnmatch
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from plancraft.i18n import _, listing
from plancraft.diagnostics import Severity
from plancraft.errors import UsageError
from plancraft.lint.selection import split_selectors

CONFIG_FILES = ("plancraft.toml", "pyproject.toml")
KNOWN_KEYS = {
    "select",
    "ignore",
    "extend-select",
    "extend-ignore",
    "exclude",
    "extend-exclude",
    "fail-on",
    "severity",
    "per-file-ignores",
    "options",
    "docs-url",
    "lang",
}
# Folders never walked into when a folder is checked (`exclude` replaces this list, `extend-exclude` adds).
DEFAULT_EXCLUDE = (
    ".git",
    ".hg",
    ".svn",
    ".venv",
    "venv",
    ".tox",
    ".nox",
    "node_modules",
    "__pycache__",
    ".plancraft_cache",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    "build",
    "dist",
    "site-packages",
)


class ConfigError(UsageError):
    """A configuration that cannot be used (a usage error); the message names the file."""


class Config:
    """The settings a plan is checked with, read from its configuration file; never changed once made
    (`replace` makes a changed copy). A plain class rather than a dataclass, which would import
    `dataclasses` and `inspect` on every re-lint (issue 20)."""

    __slots__ = (
        "select",  # selectors (plancraft.lint.selection); empty: ALL
        "ignore",
        "extend_select",
        "exclude",
        "fail_on",
        "severity",  # code -> Severity
        "per_file_ignores",  # ((pattern, codes), ...)
        "options",  # rule option -> value
        "root",  # folder of the config file (globs are relative to it)
        "source",  # the config file, for messages
        "docs_url",  # where the rule docs are published (SARIF/JSON links); none: no links
        "lang",  # language of messages: "zh-CN", "en" or "plan" (None: environment)
    )

    def __init__(
        self,
        *,
        select: tuple[str, ...] = (),
        ignore: tuple[str, ...] = (),
        extend_select: tuple[str, ...] = (),
        exclude: tuple[str, ...] = DEFAULT_EXCLUDE,
        fail_on: Severity = Severity.ERROR,
        severity: dict[str, Severity] | None = None,
        per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = (),
        options: dict[str, Any] | None = None,
        root: Path | None = None,
        source: str | None = None,
        docs_url: str | None = None,
        lang: str | None = None,
    ):
        self.select = select
        self.ignore = ignore
        self.extend_select = extend_select
        self.exclude = exclude
        self.fail_on = fail_on
        self.severity = {} if severity is None else severity
        self.per_file_ignores = per_file_ignores
        self.options = {} if options is None else options
        self.root = root
        self.source = source
        self.docs_url = docs_url
        self.lang = lang

    def replace(self, **changes: Any) -> Config:
        """A copy with `changes` made (dataclasses.replace)."""
        return Config(**{**{name: getattr(self, name) for name in self.__slots__}, **changes})

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Config):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self.__slots__)

    __hash__ = None  # type: ignore[assignment]  # it holds dicts, as the dataclass did

    def __repr__(self) -> str:
        return "Config(" + ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__) + ")"

    def enabled(self, code: str, file: str | None = None) -> bool:
        from plancraft.lint.selection import ALL, is_selected

        select = (self.select or (ALL,)) + self.extend_select
        ignore = self.ignore + (self.file_ignores(file) if file is not None else ())
        return is_selected(code, select, ignore)

    def excluded(self, path: Path) -> bool:
        """Whether a file or folder met while walking a folder is left out (`exclude`): a pattern matches
        its name or its path relative to the configuration's folder."""
        names, globs, paths = _exclusions(self.exclude)
        name = os.path.normcase(path.name)
        if name in names or (globs is not None and globs.match(name)):
            return True
        if not paths or self.root is None:  # resolving costs system calls: only for patterns with a folder
            return False
        try:
            relative = path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return False
        return any(fnmatch.fnmatch(relative, pattern) for pattern in paths)

    def file_ignores(self, file: str) -> tuple[str, ...]:
        if not self.per_file_ignores:  # the common case, without resolving the path (system calls)
            return ()
        codes: list[str] = []
        path = Path(file).resolve()
        try:
            relative = path.relative_to(self.root).as_posix() if self.root else path.as_posix()
        except ValueError:
            relative = path.as_posix()
        for pattern, ignored in self.per_file_ignores:
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(path.name, pattern):
                codes.extend(ignored)
        return tuple(codes)


@lru_cache(maxsize=64)
def _exclusions(patterns: tuple[str, ...]) -> tuple[frozenset[str], re.Pattern[str] | None, tuple[str, ...]]:
    """`exclude` as a walk asks it, once per file: (the patterns without wildcards, which match a name
    only by being it; the others as one compiled expression for fnmatch of a name against any of them, or
    None when there are none; the patterns with a folder, matched against a path). Names never need
    a regular expression for the defaults, all plain names (compiling one was 3.7 M instructions of a
    re-lint: issue 20)."""
    plain = frozenset(os.path.normcase(p) for p in patterns if not any(c in p for c in "*?["))
    wild = [p for p in patterns if any(c in p for c in "*?[")]
    globs = re.compile("|".join(f"(?:{fnmatch.translate(os.path.normcase(p))})" for p in wild)) if wild else None
    return plain, globs, tuple(p for p in patterns if "/" in p)


def find_config(start: Path) -> Path | None:
    """The nearest plancraft.toml, or pyproject.toml with a [tool.plancraft] table, at or above `start`."""
    return _find_config(start.resolve())


def _find_config(folder: Path) -> Path | None:
    while True:
        found = _config_in(folder, _stamp(folder), _stamp(folder / CONFIG_FILES[1]))
        if found is not None or folder.parent == folder:
            return found
        folder = folder.parent


@lru_cache(maxsize=512)
def _config_in(folder: Path, *stamps: tuple[int, int]) -> Path | None:
    """The config file in this one folder; keyed by the folder's and pyproject's mtimes, so that a
    new file, or a [tool.plancraft] table added later, is seen."""
    for candidate in (folder / CONFIG_FILES[0], folder / CONFIG_FILES[1]):
        if candidate.is_file():
            if candidate.name == "pyproject.toml" and "plancraft" not in _read_toml(candidate).get("tool", {}):
                continue
            return candidate
    return None


def _read_toml(path: Path) -> dict:
    return _read_toml_at(path, _stamp(path))


def _stamp(path: Path) -> tuple[int, int]:
    """Size and mtime, so that a cached read is redone when the file changes."""
    try:
        info = path.stat()
    except OSError:
        return (0, 0)
    return (info.st_size, info.st_mtime_ns)


@lru_cache(maxsize=64)
def _read_toml_at(path: Path, stamp: tuple[int, int]) -> dict:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(_("{path}: cannot read the configuration: {exc}").format(path=path, exc=exc)) from None


def load_config(path: Path | None) -> Config:
    """The Config in `path` (None: the defaults), checked against the rule catalogue."""
    if path is None:
        return Config()
    if not path.is_file():
        raise ConfigError(_("{path}: no such configuration file").format(path=path))
    return _load_config_at(path, _stamp(path))


@lru_cache(maxsize=64)
def _load_config_at(path: Path, stamp: tuple[int, int]) -> Config:
    table = _read_toml(path)
    if path.name == "pyproject.toml" or "tool" in table:
        table = table.get("tool", {}).get("plancraft", {})
    return parse_config(table, source=str(path), root=path.parent)


def parse_config(table: dict, *, source: str, root: Path | None) -> Config:
    unknown = sorted(set(table) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(
            _("{source}: unknown setting `{unknown}`; known: {items}").format(
                source=source, unknown=unknown[0], items=listing(sorted(KNOWN_KEYS))
            )
        )

    def codes(value: Any, key: str) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]  # "PC4,PC5" is a list too
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(
                _('{source}: `{key}` must be a list of rule codes, prefixes or groups, e.g. ["PC4"]').format(
                    source=source, key=key
                )
            )
        selectors = split_selectors(value)
        for code in selectors:
            check_code(code, _("{source}: `{key}`").format(source=source, key=key))
        return selectors

    def globs(key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(
                _('{source}: `{key}` must be a list of file or folder patterns, e.g. ["drafts/*"]').format(source=source, key=key)
            )
        return tuple(value)

    severity = {}
    for code, level in table.get("severity", {}).items():
        check_code(code, _("{source}: [severity]").format(source=source), prefix=False)
        severity[code] = parse_severity(level, _("{source}: severity of {code}").format(source=source, code=code))
    per_file = tuple(
        (pattern, codes(value, f"per-file-ignores.{pattern}")) for pattern, value in table.get("per-file-ignores", {}).items()
    )
    options = check_options(table.get("options", {}), source)
    docs_url = table.get("docs-url")
    if docs_url is not None and (not isinstance(docs_url, str) or not docs_url.strip()):
        raise ConfigError(
            _(
                '{source}: `docs-url` must be the address of the rule docs, e.g. "https://git.example.com/org/plancraft/-/blob/main/docs/rules.md"'
            ).format(source=source)
        )
    lang = parse_lang(table.get("lang"), source)
    return Config(
        docs_url=docs_url.strip() if docs_url else None,
        select=codes(table.get("select", []), "select"),
        ignore=codes(table.get("ignore", []), "ignore") + codes(table.get("extend-ignore", []), "extend-ignore"),
        extend_select=codes(table.get("extend-select", []), "extend-select"),
        exclude=(globs("exclude") if "exclude" in table else DEFAULT_EXCLUDE) + globs("extend-exclude"),
        fail_on=parse_severity(table.get("fail-on", "error"), _("{source}: fail-on").format(source=source)),
        severity=severity,
        per_file_ignores=per_file,
        options=options,
        root=root,
        source=source,
        lang=lang,
    )


def parse_lang(value: Any, source: str) -> str | None:
    """The `lang` setting: a language plancraft has a catalogue for, or "plan"."""
    from plancraft import i18n

    if value is None:
        return None
    if isinstance(value, str) and value.strip().lower() == i18n.PLAN:
        return i18n.PLAN
    lang = i18n.normalise(value) if isinstance(value, str) else None
    if lang is None:
        raise ConfigError(
            _("{source}: `lang` must be one of {items} or plan, not {value!r}").format(
                source=source, items=listing(i18n.languages()), value=value
            )
        )
    return lang


def language_setting(start: Path) -> str | None:
    """The `lang` of the configuration that applies at `start`, read without checking the rest
    (the command's own run reports a broken configuration)."""
    try:
        path = find_config(start)
        if path is None:
            return None
        table = _read_toml(path)
    except ConfigError:
        return None
    if path.name == "pyproject.toml" or "tool" in table:
        table = table.get("tool", {}).get("plancraft", {})
    value = table.get("lang")
    return value if isinstance(value, str) else None


def check_code(code: str, where: str, *, prefix: bool = True) -> None:
    """Refuse a code (or, with prefix=True, any selector: a code prefix like `PC1`, a group, ALL) that
    names no rule."""
    from plancraft.lint.selection import known_codes, unknown_selector

    if prefix:
        problem = unknown_selector(code)
        if problem:
            raise ConfigError(_("{where}: {problem}").format(where=where, problem=problem))
    elif code not in known_codes():
        raise ConfigError(_("{where}: `{code}` names no rule; `plancraft rules` lists them").format(where=where, code=code))


def check_options(options: Any, source: str) -> dict[str, Any]:
    """The `[options]` table, each value checked against its rule's declaration (rules.options.Option)."""
    if not isinstance(options, dict):
        raise ConfigError(_("{source}: [options] must be a table").format(source=source))
    if not options:  # nothing to check: the rules (every module) are not imported for it, a re-lint's 30 ms
        return {}
    from plancraft.rules import declared_options

    declared = declared_options()
    for name, value in options.items():
        if name not in declared:
            raise ConfigError(
                _("{source}: unknown rule option `{name}`; known: {value}").format(
                    source=source, name=name, value=listing(sorted(declared))
                )
            )
        problem = declared[name].problem(value)
        if problem:
            raise ConfigError(_("{source}: option `{name}`{problem}").format(source=source, name=name, problem=problem))
    return dict(options)


def parse_severity(value: Any, where: str) -> Severity:
    try:
        return Severity(value)
    except ValueError:
        raise ConfigError(
            _("{where}: `{value}` is not a severity; use error, warning or info").format(where=where, value=value)
        ) from None


def with_cli(
    config: Config,
    *,
    select: tuple[str, ...] = (),
    ignore: tuple[str, ...] = (),
    fail_on: str | None = None,
    extend_select: tuple[str, ...] = (),
    exclude: tuple[str, ...] = (),
    extend_exclude: tuple[str, ...] = (),
) -> Config:
    """The file's Config with the command line on top: --select replaces the configured selection,
    --extend-select adds to it, --ignore/--extend-ignore add ignores, --exclude replaces the exclusions
    and --extend-exclude adds to them."""
    select, ignore, extend_select = split_selectors(select), split_selectors(ignore), split_selectors(extend_select)
    for code in select + ignore + extend_select:
        check_code(code, _("command line"))
    return config.replace(
        select=select or config.select,
        extend_select=config.extend_select + extend_select,
        ignore=config.ignore + ignore,
        exclude=(tuple(exclude) or config.exclude) + tuple(extend_exclude),
        fail_on=parse_severity(fail_on, "--fail-on") if fail_on else config.fail_on,
    )
