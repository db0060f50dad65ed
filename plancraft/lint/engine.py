"""Run the checks: load -> schema -> rules -> suppressions, over files and folders.

`check_paths` is what `validate` and `lint` call; it never prints. One broken file never
hides the others: a file that cannot be read becomes one diagnostic and the run goes on.

No `from __future__ import annotations` here, as in plancraft.diagnostics: CliOptions and FileOutcome are
NamedTuples, whose string annotations would be compiled on every re-lint (the names only imported for
type checkers are written as strings).
"""

import os
from functools import lru_cache, partial
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, NamedTuple

from plancraft import i18n
from plancraft.diagnostics import Diagnostic, PlanError, Severity
from plancraft.lint import cache, parents
from plancraft.lint.config import Config, find_config, load_config, with_cli
from plancraft.lint.source import lines_at
from plancraft.codes import UNREADABLE  # the loader (parsing) is imported only where a plan is read

if TYPE_CHECKING:  # for the annotation only; lint_plan imports the model when it runs
    from plancraft.loader import LoadedPlan
    from plancraft.model import Plan

PLAN_SUFFIXES = (".yaml", ".yml")


class Report:
    """What a run found: every diagnostic, the files checked, and which could not be read."""

    __slots__ = ("diagnostics", "files", "unreadable", "fail_on", "sources", "docs_url", "fixes")

    def __init__(
        self,
        diagnostics: list[Diagnostic] | None = None,
        files: list[str] | None = None,
        unreadable: list[str] | None = None,
        fail_on: Severity = Severity.ERROR,
        sources: dict[str, dict[int, str]] | None = None,
        docs_url: str | None = None,
        fixes: dict[str, list] | None = None,
    ):
        self.diagnostics = diagnostics if diagnostics is not None else []
        self.files = files if files is not None else []
        self.unreadable = unreadable if unreadable is not None else []
        self.fail_on = fail_on
        # file -> {line number: text} for the lines findings point at, so reporters can show them
        self.sources = sources if sources is not None else {}
        self.docs_url = docs_url  # the configured base address of the rule docs (`docs-url`), if any
        self.fixes = fixes if fixes is not None else {}  # file -> the fixes `lint --fix` would apply

    @property
    def failed(self) -> bool:
        return any(d.severity.rank >= self.fail_on.rank for d in self.diagnostics)

    def count(self, severity: Severity) -> int:
        return sum(1 for d in self.diagnostics if d.severity is severity)


class CliOptions(NamedTuple):
    """The command line's choices that apply to every plan of a run (a frozen value: a dict key)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    config: str | None = None  # --config: this file for every plan instead of the one found beside it
    extend_select: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    extend_exclude: tuple[str, ...] = ()
    fixes: bool = False  # also work out the fixes for each file's findings (carried in SARIF)

    def config_for(self, path: Path) -> Config:
        """The configuration a plan (or a folder being walked) is checked with: --config or the one found
        beside it, with the command line on top."""
        config_file = Path(self.config) if self.config else find_config(path if path.is_dir() else path.parent)
        return with_cli(
            load_config(config_file),
            select=self.select,
            ignore=self.ignore,
            fail_on=self.fail_on,
            extend_select=self.extend_select,
            exclude=self.exclude,
            extend_exclude=self.extend_exclude,
        )


def plan_files(paths: Iterable[str], *, cli: CliOptions | None = None) -> list[tuple[str, Path | None]]:
    """(display name, path) for every plan named or found under the folders named, in order.

    Walking a folder leaves out hidden folders and what the configuration's `exclude` names (by default
    .git, .venv, caches, node_modules, build, dist …); a file named on the command line is always checked.
    A path that does not exist is kept with path None so that it is reported, not skipped.
    """
    found: list[tuple[str, Path | None]] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            config = (cli or CliOptions()).config_for(path)
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not config.excluded(Path(folder) / d))
                base = Path(folder)
                for file in sorted(files):
                    if file.endswith(PLAN_SUFFIXES):
                        candidate = base / file  # one Path per plan
                        if not config.excluded(candidate):
                            found.append((os.path.join(folder, file), candidate))
        else:
            found.append((name, path if path.exists() else None))
    return found


def check_paths(
    paths: Iterable[str],
    *,
    rules: bool = True,
    cli: CliOptions = CliOptions(),
    jobs: int = 1,
    use_cache: bool = True,
    progress: Callable[[int, int], None] | None = None,
    lang: str | None = None,
    files: list[tuple[str, Path | None]] | None = None,
) -> Report:
    """Validate (rules=False) or lint every plan under `paths` (`files`: plan_files(paths, cli=cli) when
    the caller has walked them already).

    `jobs` > 1 checks files in worker processes; `progress(done, total)` is called as files finish.
    `lang` (e.g. from `--lang`) is the language of the findings; None: the configuration's `lang`,
    then the environment (see plancraft.i18n.choose).
    """
    report = Report()
    if files is None:
        files = plan_files(paths, cli=cli)
    report.files = [name for name, _ in files]
    run = new_run()
    tasks = [(name, str(path) if path else None, rules, cli, use_cache, lang, run) for name, path in files]
    cache.index_end(save=False)  # nothing left over from a run that stopped half-way
    try:
        outcomes = run_tasks(
            _check_task, tasks, jobs=jobs, progress=progress, cached=partial(_check_task, cached_only=True) if use_cache else None
        )
    except BaseException:
        cache.index_end(save=False)
        raise
    thresholds = []
    for outcome in outcomes:
        assert outcome is not None
        if outcome.note is not None and outcome.note[2] is not None:
            cache.index_merge(*outcome.note)  # a worker's findings join this process's index
        report.diagnostics.extend(outcome.diagnostics)
        thresholds.append(outcome.config.fail_on)
        report.docs_url = report.docs_url or outcome.config.docs_url
        if outcome.lines:
            report.sources[outcome.name] = outcome.lines
        if outcome.fixes:
            report.fixes[outcome.name] = outcome.fixes
        if outcome.unreadable:
            report.unreadable.append(outcome.name)
    cache.index_end()  # the lint index, written once when the run added to it
    if thresholds:  # the strictest file's threshold decides the exit code
        report.fail_on = min(thresholds, key=lambda severity: severity.rank)
    report.diagnostics.sort(key=Diagnostic.sort_key)
    return report


# Lookups that all miss at the start of a run before the rest goes straight to the workers.
_COLD = 16


def run_tasks(
    work: Callable[[tuple], object],
    tasks: list[tuple],
    *,
    jobs: int,
    progress: Callable[[int, int], None] | None = None,
    cached: Callable[[tuple], object] | None = None,
    preload: Callable[[], None] | None = None,
) -> list:
    """`work` over `tasks`, in order: in `jobs` worker processes when there are several tasks, else here.

    `cached(task)`: the result from the cache, or None. What the cache answers is answered here first
    (no workers started, no plan parsed, no rules imported) unless the first lookups all miss (a cold
    cache: the workers look up the rest themselves); `work` does the tasks it does not answer.
    `preload()`: imports `work` needs beyond the linter's, done once before the workers fork.
    """
    results: list = [None] * len(tasks)
    hits = 0
    try:
        if cached is not None:
            misses = 0
            for index, task in enumerate(tasks):
                results[index] = cached(task)
                if results[index] is None:
                    misses += 1
                    if misses == _COLD and index + 1 == misses:
                        break
                    continue
                hits += 1
                if progress:
                    progress(hits, len(tasks))
        todo = [index for index, result in enumerate(results) if result is None]
        rest = _run(
            work,
            [tasks[index] for index in todo],
            jobs=jobs,
            preload=preload,
            progress=(lambda n, _total: progress(hits + n, len(tasks))) if progress else None,
        )
        for index, result in zip(todo, rest):
            results[index] = result
        return results
    finally:
        parents.end()  # parents read in this process are read again by the next run


def _run(
    work: Callable[[tuple], object],
    tasks: list[tuple],
    *,
    jobs: int,
    progress: Callable[[int, int], None] | None,
    preload: Callable[[], None] | None = None,
) -> list:
    if jobs > 1 and len(tasks) > 1:
        from concurrent.futures import ProcessPoolExecutor

        if _preload() and preload is not None:
            preload()

        # small chunks: the workers finish together (a plan takes a few milliseconds; a chunk's trip
        # between processes well under one)
        chunk = max(1, min(8, len(tasks) // (jobs * 4)))
        with ProcessPoolExecutor(max_workers=min(jobs, len(tasks))) as pool:
            return _with_progress(pool.map(work, tasks, chunksize=chunk), len(tasks), progress)
    return _with_progress(map(work, tasks), len(tasks), progress)


def _preload() -> bool:
    """Import and prepare what checking a plan needs before the workers start: forked workers share it
    instead of each importing the rules and building the schema validator again (on a busy machine the
    second worker's CPU is the scarce thing)."""
    import multiprocessing

    method = multiprocessing.get_start_method(allow_none=True) or multiprocessing.get_all_start_methods()[0]
    if method != "fork":
        return False  # workers that do not fork import for themselves
    from plancraft import model, rules  # noqa: F401 - imported for the workers
    from plancraft.loader import _events
    from plancraft.rules import lazyre
    from plancraft.schema import _fast_validator

    _events()
    _fast_validator()
    lazyre.compile_kept()  # the patterns an earlier run compiled: a few milliseconds here, not in each worker
    return True


def _with_progress(results: Iterable, total: int, progress: Callable[[int, int], None] | None) -> list:
    collected = []
    for result in results:
        collected.append(result)
        if progress:
            progress(len(collected), total)
    return collected


class FileOutcome(NamedTuple):
    """What checking one file gave: its findings, whether it could be read, the configuration it was
    checked with, and the source lines its findings point at."""

    name: str
    diagnostics: list[Diagnostic]
    unreadable: bool
    config: Config
    lines: dict[int, str]
    fixes: list  # plancraft.lint.fix.Fix, when the caller asked (SARIF)
    note: tuple | None = None  # (cache folder, settings, what cache.index_merge keeps) from a worker


def _check_task(task: tuple, *, cached_only: bool = False) -> FileOutcome | None:
    """Check one file (in this process or a worker); cached_only: only if the cache holds its findings
    (None otherwise)."""
    found = _check_one(task, cached_only=cached_only)
    if found is None:
        return None
    name, diagnostics, unreadable, config, raw, lines, note = found
    fixes = []
    if task[3].fixes and raw and diagnostics:
        from plancraft.lint.fix import find_fixes

        try:
            fixes = find_fixes(raw.decode("utf-8"), name)
        except UnicodeDecodeError:
            fixes = []
    return FileOutcome(name, diagnostics, unreadable, config, lines, fixes, note)


def _check_one(task: tuple, *, cached_only: bool = False) -> tuple | None:
    """(name, diagnostics, unreadable, config, raw, the source lines the findings point at, the lint
    index's note for the main process (cache.index_file) or None), or None (cached_only and no hit)."""
    name, path, rules, cli, use_cache, lang, run = task
    parents.begin(run)
    raw = b""
    setup = setup_for(cli, path or name, run)
    config = setup.config
    lang = setup.language(lang)
    stat = None
    try:
        if path is None:
            if cached_only:
                return None
            with i18n.language(i18n.without_plan(lang)):
                raise PlanError(Diagnostic(name, 1, 1, UNREADABLE, Severity.ERROR, i18n._("no such file or folder")))
        if use_cache and lang != i18n.PLAN and not cli.fixes:
            # one stat: a plan whose file the index saw unchanged is neither read nor hashed (cache.FILES)
            stat = cache.stat_of(path)
            if stat is not None:
                with i18n.language(lang):
                    known = cache.index_unchanged(setup.folder, setup.settings(rules, lang), name, stat, path=path)
                if known is not None:
                    return name, known[0], False, config, None, known[1], None
        from plancraft.loader import load_bytes, read_plan_bytes  # (a plan the index answers is not read: no loader)

        with i18n.language(i18n.without_plan(lang)):
            raw = read_plan_bytes(path, name)
        spoken = i18n.for_plan(lang, _declared_language(raw) if lang == i18n.PLAN else None)
        settings = setup.settings(rules, spoken) if use_cache else b""
        key = cache.key_of(settings, name, raw) if use_cache else ""
        folder = setup.folder
        with i18n.language(spoken):
            cached = cache.lookup(folder, settings, key, path=path) if use_cache else None
        if cached is not None:
            lines = lines_at(raw, {d.line for d in cached})
            note = (folder, settings, cache.index_file(folder, settings, name, stat, key, lines))
            return name, cached, False, config, raw, lines, note
        if cached_only:
            return None
        with i18n.language(spoken):
            plan = load_bytes(raw, name)
    except PlanError as error:
        if cached_only:
            return None
        # an unreadable file gets its one-line error and nothing more (no source excerpt)
        return name, [error.diagnostic], True, config, raw or None, {}, None
    note = None
    with i18n.language(spoken):
        diagnostics = check_plan(plan, config, rules=rules)
        lines = lines_at(raw, {d.line for d in diagnostics})
        if use_cache:
            parent = parent_dependency(plan.data, path, rules=rules)
            cache.write(folder, key, diagnostics, parent=parent)
            cache.index_add(folder, settings, key, diagnostics, parent=parent)
            note = (folder, settings, cache.index_file(folder, settings, name, stat, key, lines))
    return name, diagnostics, False, config, raw, lines, note


class Setup:
    """A configuration as one run uses it: the Config, its cache folder, and its cache settings per
    (rules, language), worked out once per folder of plans rather than once per plan."""

    def __init__(self, config: Config):
        self.config = config
        self.folder = cache.cache_folder(config)
        self._settings: dict[tuple[bool, str], bytes] = {}
        self._languages: dict[str | None, str] = {}

    def language(self, cli: str | None) -> str:
        """plancraft.i18n.choose(cli, the configuration's lang), once per run."""
        found = self._languages.get(cli)
        if found is None:
            found = self._languages[cli] = i18n.choose(cli, self.config.lang)
        return found

    def settings(self, rules: bool, lang: str) -> bytes:
        found = self._settings.get((rules, lang))
        if found is None:
            found = self._settings[(rules, lang)] = cache.settings(self.config, rules=rules, lang=lang)
        return found


_setups: dict[tuple[CliOptions, str], Setup] = {}
_setups_run: list[object] = [None]


def setup_for(cli: CliOptions, path: str | Path, run: object) -> Setup:
    """The configuration of a plan at `path` in run `run` (looked up once per folder and run)."""
    if _setups_run[0] != run:
        _setups.clear()
        _setups_run[0] = run
    key = (cli, os.path.dirname(path))
    found = _setups.get(key)
    if found is None:
        found = _setups[key] = Setup(cli.config_for(Path(path)))
    return found


def new_run() -> str:
    """A token for one run over many files: parent plans are read once per run (plancraft.lint.parents)."""
    import time

    return f"{os.getpid()}:{time.monotonic_ns()}"


def parent_dependency(data: object, path: str, *, rules: bool = True) -> tuple[str, str] | None:
    """(document.parent as written, the parent's digest) for a cache entry of a plan whose findings
    depend on its parent; None when they do not (no parent, or only the schema check ran)."""
    from plancraft.lint.parents import digest
    from plancraft.model import get

    written = get(data, "document", "parent")
    if not rules or not isinstance(written, str):
        return None
    return written, digest(path, written)


def _declared_language(raw: bytes) -> str | None:
    """`document.language` read from the text (also from a plan whose YAML is broken), for `lang = "plan"`."""
    import re

    found = re.search(rb"^[ \t]+language:[ \t]*[\"']?([A-Za-z][A-Za-z_-]*)", raw, re.MULTILINE)
    return found.group(1).decode("ascii") if found else None


def check_plan(plan: "LoadedPlan", config: Config, *, rules: bool = True) -> list[Diagnostic]:
    """Schema errors of a loaded plan, then (when it is schema-valid and rules=True) rule findings."""
    from plancraft.schema import validate

    found = validate(plan)
    if found or not rules:
        return found
    return lint_plan(plan, config)


def lint_plan(plan: "LoadedPlan", config: Config) -> list[Diagnostic]:
    """Run every enabled rule on a schema-valid plan, with severities and suppressions applied."""
    from plancraft.lint.suppressions import apply_suppressions
    from plancraft.model import Plan
    from plancraft.rules import RULES, applies_to, default_options

    options = {**default_options(), **config.options}
    model = Plan(plan, options=options)
    _attach_parent(model)
    locked = unsuppressible()
    enabled = _enabled_codes(config, plan.file, locked)
    document_type = model.document_type
    found: list[Diagnostic] = []
    for rule in RULES:  # run_rule's work, without a generator per rule (some 90 rules a plan, most finding nothing)
        code = rule.CODE
        if code not in enabled or not applies_to(rule, document_type):
            continue
        severity = None if code in locked else config.severity.get(code)
        for finding in rule.check(model, options):
            diagnostic = _located(rule, model, finding)
            found.append(diagnostic._replace(severity=severity) if severity else diagnostic)
    found = apply_suppressions(plan.file, plan.text, found, unsuppressible=locked)
    found = [d for d in found if _enabled(config, d.code, plan.file, locked)]
    return sorted(found, key=Diagnostic.sort_key)


def run_rule(rule: ModuleType, model: "Plan", options: dict) -> Iterator[Diagnostic]:
    """The rule's findings as Diagnostics: the engine fills in the rule's code and (unless the
    finding says otherwise) its default severity, and locates each finding's YAML path. A rule
    that does not judge the plan's kind of document (`document.type`, the rule's DOCUMENT_TYPES)
    does not run."""
    from plancraft.rules import applies_to

    if not applies_to(rule, model.document_type):
        return
    for found in rule.check(model, options):
        yield _located(rule, model, found)


def _located(rule: ModuleType, model: "Plan", found: object) -> Diagnostic:
    """A rule's finding as a Diagnostic: the rule's code and (unless the finding says otherwise) its default
    severity, at the finding's YAML path."""
    if isinstance(found, Diagnostic):  # a rule written before rules yielded findings
        return found
    return model.diagnostic(
        found.path, rule.CODE, found.severity or rule.SEVERITY, found.message, at_key=found.at_key, related=found.related
    )


def unsuppressible() -> frozenset[str]:
    """Codes of the rules that say SUPPRESSIBLE = False (the sign-off chain): no inline suppression,
    `ignore`, per-file ignore or severity override silences them; `select` still chooses what runs."""
    from plancraft.rules import RULES

    return _unsuppressible(tuple(RULES))


@lru_cache(maxsize=4)
def _unsuppressible(rules: tuple[ModuleType, ...]) -> frozenset[str]:
    return frozenset(rule.CODE for rule in rules if getattr(rule, "SUPPRESSIBLE", True) is False)


def _enabled_codes(config: Config, file: str, locked: frozenset[str]) -> frozenset[str]:
    """The codes of the rules that run on `file`: decided once per selection and file ignores (every
    plan of a folder usually shares them), not once per rule and plan."""
    from plancraft.rules import RULES

    key = (config.select, config.extend_select, config.ignore, config.file_ignores(file), locked, tuple(RULES))
    found = _ENABLED.get(key)
    if found is None:
        if len(_ENABLED) > 256:
            _ENABLED.clear()
        found = _ENABLED[key] = frozenset(rule.CODE for rule in RULES if _enabled(config, rule.CODE, file, locked))
    return found


_ENABLED: dict[tuple, frozenset[str]] = {}


def _enabled(config: Config, code: str, file: str, locked: frozenset[str]) -> bool:
    if code in locked:  # selected like any rule, but no ignore (config, per-file or --ignore) applies
        from plancraft.lint.selection import ALL, is_selected

        return is_selected(code, (config.select or (ALL,)) + config.extend_select, ())
    return config.enabled(code, file)


def _attach_parent(model: "Plan") -> None:
    """Read document.parent (relative to the plan) so rules can compare without touching files."""
    from plancraft.i18n import _
    from plancraft.lint.parents import parent_of
    from plancraft.model import Plan, get

    parent = get(model.data, "document", "parent")
    if not isinstance(parent, str):
        return
    path = Path(model.file).parent / parent
    found = parent_of(model.file, parent, display=str(path))  # read and checked once per run
    if found.loaded is None:
        model.parent_problem = _("the parent plan `{parent}` cannot be read: {reason}").format(
            parent=parent, reason=found.problem
        )
        return
    if not found.schema_valid:
        model.parent_problem = _(
            "the parent plan `{parent}` does not pass the schema check; run `plancraft validate {path}`"
        ).format(parent=parent, path=path)
        return
    model.parent = Plan(found.loaded)
