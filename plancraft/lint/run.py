"""`plancraft lint` and `plancraft validate` as one library call: refuse a report output that would
destroy an input, apply or show the fixes (`--fix`, `--diff`), check the plans and write the report
in the format asked for.

The command line only passes what it knows about the terminal (colour, width, a progress bar) and
turns the verdict (`CheckRun`) into an exit code.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Callable, Iterable

from plancraft.lint.engine import CliOptions, Report, check_paths, plan_files

if TYPE_CHECKING:  # the fix engine is imported only with --fix / --diff
    from plancraft.lint.fix import FixRun

# Formats meant for people: coloured and wrapped on a terminal, with a progress line for many files.
PEOPLE_FORMATS = ("text", "full", "concise")


class CheckRun:
    """What a lint or validate run found: the report and its text in the format asked for, or (with
    `--diff`) only the fixes that would be made."""

    __slots__ = ("report", "text", "fixes", "inputs")

    def __init__(self, report: Report | None = None, text: str = "", fixes: FixRun | None = None, inputs: list | None = None):
        self.report = report
        self.text = text
        self.fixes = fixes
        self.inputs = inputs if inputs is not None else []  # every path read (a report output may be none of them)

    @property
    def diff_only(self) -> bool:
        return self.report is None


def report_inputs(output: str | None, paths: Iterable[str], *, files: list | None = None) -> list:
    """Refuse (fileio.WriteRefused) a report output that is one of the plans read, or a device, before
    any work; returns the paths read. `files`: the run's plan_files (with its --exclude and --config),
    else the folders walked with the configuration found there."""
    if output is None:
        return []
    from plancraft.fileio import check_output

    paths = list(paths)
    inputs = paths + [p for _, p in (plan_files(paths) if files is None else files) if p is not None]
    check_output(output, inputs, what="report")
    return inputs


def run_language(paths: list[str], lang: str | None, options: CliOptions = CliOptions(), *, files: list | None = None) -> str:
    """The one language of a lint/validate run: `--lang`, else the `lang` of the configuration that
    applies to the first plan (found beside it, or --config — where the findings' language comes
    from), else the environment. Plans under configurations of other languages follow it too.
    May be "plan" (each plan's findings follow its document.language). `files`: plan_files(paths,
    cli=options) when the caller has it already."""
    from pathlib import Path

    from plancraft import i18n
    from plancraft.errors import PlancraftError

    if lang is not None:
        return i18n.choose(lang)
    if files is None:
        files = plan_files(paths, cli=options)
    first = str(files[0][1] or files[0][0]) if files else None
    try:
        config = options.config_for(Path(first)) if first is not None else None
    except (PlancraftError, OSError):
        config = None  # the run itself reports a broken configuration
    if config is None:
        from plancraft.lint.config import language_setting

        return i18n.choose(None, language_setting(Path.cwd()))
    return i18n.choose(None, config.lang)


def run_checks(
    paths: Iterable[str],
    *,
    rules: bool,
    fmt: str,
    output: str | None = None,
    jobs: int | None = None,
    use_cache: bool = True,
    statistics: bool = False,
    fix: bool = False,
    unsafe_fixes: bool = False,
    show_diff: bool = False,
    lang: str | None = None,
    colour: bool = False,
    width: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    emit: Callable[..., None],
    options: CliOptions = CliOptions(),
) -> CheckRun:
    """Validate (`rules=False`) or lint the plans under `paths`; the fixes' diffs and summary go
    through `emit(text, err=False, nl=True)`. With `show_diff` nothing is checked or written."""
    from plancraft.lint.reporters import REPORTERS, STATISTICS

    from plancraft import i18n

    paths = list(paths)
    files = plan_files(paths, cli=options)  # walked once: the language, the fixes and the checks read it
    lang = run_language(paths, lang, options, files=files)
    i18n.set_language(lang)  # the summary, severities and fix messages speak the findings' language
    run = CheckRun(inputs=report_inputs(output, paths, files=files))
    if fix or show_diff:
        from plancraft.lint.fix import fix_files

        run.fixes = fix_files(files, unsafe=unsafe_fixes, write=not show_diff)
        if show_diff:
            emit(run.fixes.diffs(), nl=False)
        emit(run.fixes.summary(written=not show_diff), err=True)
        if show_diff:
            return run
    if fmt == "sarif":
        options = options._replace(fixes=True)  # SARIF carries the fix of each finding that has one
    run.report = check_paths(
        paths,
        files=files,
        rules=rules,
        cli=options,
        jobs=jobs if jobs else (os.cpu_count() or 1),
        use_cache=use_cache,
        progress=progress,
        lang=lang,
    )
    reporter = STATISTICS.get(fmt, STATISTICS["text"]) if statistics else REPORTERS[fmt]
    if fmt in PEOPLE_FORMATS:
        run.text = reporter(run.report, colour=colour, width=width)
    else:
        run.text = reporter(run.report)
    return run


__all__ = ["PEOPLE_FORMATS", "CheckRun", "report_inputs", "run_checks", "run_language"]
