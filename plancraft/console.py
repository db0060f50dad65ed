"""The commands' work after their arguments are parsed, and a quick path past click.

`quick` (which the `plancraft` command, plancraft.__main__.main, tries first) runs the two commands
people wait for most, in their plainest form, without importing click (about a fifth of a re-lint's
time is click's import): `plancraft lint|validate PATH...` (paths only) and `plancraft render PLAN...
[-o OUT] [--page-numbers|--no-page-numbers]`, each also with `--no-cache`. Anything else (another command, any other option, a path that starts with `-`, `--help`)
goes to the full command line, plancraft.cli, which parses it with click and calls the same functions
below (run_checks_command, render_command), so both paths choose the language, print, handle errors
(PlancraftError: its findings, `plancraft: <message>`, its exit code), signals and exit codes alike.
tests/test_console.py runs both paths on the same inputs and compares every byte.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Callable

from plancraft import exitcodes

Echo = Callable[..., None]

# Set by the `plancraft` command (plancraft.__main__): `render` of a draft builds the document in a second
# process while this one lints (publish.render_files); in-process callers (tests, the library) never fork.
SECOND_PROCESS = False


def quick(args: list[str]) -> int | None:
    """Run `args` without click when they are a plain lint, validate or render (see the module); the
    exit code, or None when the full command line must parse them."""
    parsed = quick_arguments(args)
    if parsed is None:
        return None
    command, given = parsed
    if command == "render":
        return _guarded(
            lambda: render_command(
                given["plans"],
                output=given["output"],
                echo=echo,
                use_cache=not given["no_cache"],
                page_numbers=given["page_numbers"],
            )
        )
    return _guarded(
        lambda: run_checks_command(
            given["paths"], rules=command == "lint", fmt=given["fmt"], output=None, echo=echo, use_cache=not given["no_cache"]
        )
    )


def quick_arguments(args: list[str]) -> tuple[str, dict] | None:
    """(command, the parameters click would give it) for a plain `lint|validate PATH...` or `render
    PLAN... [-o OUT] [--page-numbers|--no-page-numbers]` (each with or without `--no-cache`), or None
    for anything else. Every token is read in order, as click reads it: an option's value that starts
    with `-` (`-o --no-cache`) is not understood here and goes to click. tests/test_console.py compares
    these with click's parse."""
    if not args or args[0] not in ("lint", "validate", "render"):
        return None
    command = args[0]
    names: list[str] = []
    output: str | None = None
    no_cache = False
    page_numbers: bool | None = None
    index = 1
    while index < len(args):
        arg = args[index]
        if arg == "--no-cache":
            no_cache = True
        elif command == "render" and arg in ("-o", "--output") and output is None:
            if index + 1 >= len(args) or not _plain(args[index + 1]):
                return None
            output = args[index + 1]
            index += 1
        elif command == "render" and arg.startswith("--output=") and output is None:
            output = arg.split("=", 1)[1]
        elif command == "render" and arg in ("--page-numbers", "--no-page-numbers"):
            page_numbers = arg == "--page-numbers"  # the last one given wins, as with click
        elif _plain(arg):
            names.append(arg)
        else:
            return None
        index += 1
    if not names:
        return None
    if command == "render":
        return command, {"plans": tuple(names), "output": output, "no_cache": no_cache, "page_numbers": page_numbers}
    return command, {"paths": tuple(names), "fmt": "text", "no_cache": no_cache}


def _plain(arg: str) -> bool:
    return not arg.startswith("-")


def _guarded(work: Callable[[], int]) -> int:
    """`work()` as the full command line runs a command: in the language of the configuration and the
    environment, SIGTERM ending it like ^C, a PlancraftError printed as one line with its exit code,
    ^C as `Aborted!` (exit 1), a closed pipe as exit 1 without a word."""
    import errno

    from plancraft import i18n
    from plancraft.errors import PlancraftError
    from plancraft.fileio import cleanup_on_signals
    from plancraft.lint.config import language_setting

    i18n.set_language(i18n.choose(None, language_setting(Path.cwd())))
    try:
        restore = cleanup_on_signals()
        try:
            return work()
        except PlancraftError as error:
            for diagnostic in error.diagnostics:
                echo(diagnostic.as_text(), err=True)
            echo(i18n._("plancraft: {message}").format(message=error.message), err=True)
            return error.exit_code
        finally:
            restore()
    except (EOFError, KeyboardInterrupt):
        echo("", err=True)
        echo(i18n._("Aborted!"), err=True)
        return 1
    except OSError as error:
        if error.errno != errno.EPIPE:
            raise
        sys.stdout = _Quiet(sys.stdout)  # nothing more can be said where the reader has gone
        sys.stderr = _Quiet(sys.stderr)
        return 1


class _Quiet:
    """A stream whose flush never fails (a closed pipe at exit), as click's PacifyFlushWrapper."""

    def __init__(self, wrapped):
        self.wrapped = wrapped

    def flush(self) -> None:
        try:
            self.wrapped.flush()
        except OSError:
            pass

    def __getattr__(self, attr):
        return getattr(self.wrapped, attr)


def echo(text: str = "", err: bool = False, nl: bool = True, colour: bool = False) -> None:
    """Print as click.echo does: a line to standard output (or error), flushed; escape sequences kept
    only with `colour` or on a terminal."""
    stream = sys.stderr if err else sys.stdout
    if stream is None:
        return
    if "\x1b" in text and not colour and not (hasattr(stream, "isatty") and stream.isatty()):
        import re

        text = re.sub(r"\033\[[;?0-9]*[a-zA-Z]", "", text)
    stream.write(text + "\n" if nl else text)
    stream.flush()


def use_colour(stream) -> bool:
    """NO_COLOR (set and not empty) turns colour off, FORCE_COLOR (set and not empty) forces it;
    otherwise colour only on a terminal (https://no-color.org, https://force-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()


def terminal_width(stream) -> int | None:
    """The terminal's width for wrapping, or None when the output is not a terminal."""
    if not (hasattr(stream, "isatty") and stream.isatty()):
        return None
    import shutil

    return shutil.get_terminal_size().columns


def exit_code(errors, *, findings: bool = False) -> int:
    """The exit code of a command that carried on past errors: the worst error's, else 1 for
    findings (a verdict such as "would be reformatted"), else 0."""
    return max([error.exit_code for error in errors] + [exitcodes.FINDINGS if findings else exitcodes.OK])


def emit_report(text: str, output: str | None, *, echo: Echo, colour: bool = False, inputs=()) -> None:
    """A report to standard output, or written (atomically) to `output`."""
    if output is None:
        echo(text, nl=False, colour=colour)
        return
    from plancraft.errors import UsageError
    from plancraft.fileio import write_output
    from plancraft.i18n import _

    try:
        write_output(output, text, inputs=inputs, what="report")
    except OSError as exc:
        raise UsageError(
            _("{output}: cannot write the output: {value}").format(output=output, value=exc.strerror or exc)
        ) from None


def progress_bar(fmt: str, output: str | None):
    """A progress line on a terminal for many files; never in machine-readable or redirected output."""
    from plancraft.i18n import _
    from plancraft.lint.run import PEOPLE_FORMATS

    if fmt not in PEOPLE_FORMATS or output is not None or not sys.stdout.isatty() or not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total < 20:
            return
        width = 30
        filled = width * done // total
        sys.stderr.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] " + _("{done}/{total} plans").format(done=done, total=total)
        )
        if done == total:
            sys.stderr.write("\r" + " " * (width + 30) + "\r")
        sys.stderr.flush()

    return show


def run_checks_command(
    paths,
    *,
    rules: bool,
    fmt: str,
    output: str | None,
    echo: Echo,
    jobs: int | None = None,
    use_cache: bool = True,
    statistics: bool = False,
    fix: bool = False,
    unsafe_fixes: bool = False,
    show_diff: bool = False,
    lang: str | None = None,
    **selection,
) -> int:
    """`plancraft validate` / `plancraft lint` after parsing: check, print or write the report; the exit code."""
    from plancraft.lint.engine import CliOptions
    from plancraft.lint.run import PEOPLE_FORMATS, run_checks

    stream = sys.stdout if output is None and fmt in PEOPLE_FORMATS else None
    colour = stream is not None and use_colour(stream)
    run = run_checks(
        paths,
        rules=rules,
        fmt=fmt,
        output=output,
        jobs=jobs,
        use_cache=use_cache,
        statistics=statistics,
        fix=fix,
        unsafe_fixes=unsafe_fixes,
        show_diff=show_diff,
        lang=lang,
        colour=colour,
        width=terminal_width(stream) if stream is not None else None,
        progress=progress_bar(fmt, output),
        emit=echo,
        options=CliOptions(**selection),
    )
    if run.diff_only:
        assert run.fixes is not None
        return exit_code([], findings=bool(run.fixes.applied))
    assert run.report is not None
    emit_report(run.text, output, echo=echo, colour=colour, inputs=run.inputs)
    if run.report.unreadable:
        return exitcodes.USAGE
    return exit_code([], findings=run.report.failed)


def render_command(
    plans,
    *,
    output: str | None,
    echo: Echo,
    templates_dir: str | None = None,
    reference_docx: str | None = None,
    pdf: bool = False,
    final: bool = False,
    copies: bool = False,
    max_copies: int | None = None,
    jobs: int | None = None,
    use_cache: bool = True,
    page_numbers: bool | None = None,
) -> int:
    """`plancraft render` after parsing: render and write every plan, print what each gave; the exit code.
    `page_numbers` None: laid out for --final and --pdf only (publish.render_job)."""
    from plancraft.publish import render_files, render_job
    from plancraft.render.options import RenderOptions

    plans = tuple(plans)
    options = RenderOptions(
        templates_dir=Path(templates_dir) if templates_dir else None,
        reference_docx=Path(reference_docx) if reference_docx else None,
        final=final,
    )
    job = render_job(
        plans,
        output=output,
        options=options,
        pdf=pdf,
        copies=copies,
        max_copies=max_copies,
        use_cache=use_cache,
        page_numbers=page_numbers,
    )
    for note in job.notes:
        echo(note, err=True)
    show_progress = len(plans) > 1 and sys.stderr.isatty()
    worst = exitcodes.OK
    workers = jobs if jobs else (os.cpu_count() or 1)
    for number, rendered in enumerate(render_files(job, jobs=workers, second_process=SECOND_PROCESS), start=1):
        if show_progress:
            echo(f"[{number}/{len(plans)}] {rendered.plan}", err=True)
        for line, err in rendered.lines:
            echo(line, err=err)
        worst = max(worst, rendered.exit_code or exitcodes.OK)
    return worst
