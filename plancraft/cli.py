"""The command line: parses arguments, calls the library, prints, and exits with a documented code.

This is the only module that imports click; everything it does is available from the library.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from plancraft import __version__, exitcodes

FORMATS_VALIDATE = ("text", "json")
FORMATS_LINT = ("text", "json", "sarif", "github", "junit")


@click.group(
    epilog=exitcodes.HELP,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, "--version", prog_name="plancraft")
def main() -> None:
    """plancraft: check, lint, render and sign off emergency response plans written as YAML.

    \b
    Example:
      plancraft lint plans/
    """


def _use_colour(stream) -> bool:
    return "NO_COLOR" not in os.environ and hasattr(stream, "isatty") and stream.isatty()


def _fail(message: str, code: int) -> None:
    click.echo(f"plancraft: {message}", err=True)
    sys.exit(code)


def _emit(text: str, output: str | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    from plancraft.fileio import write_atomic

    try:
        write_atomic(output, text)
    except OSError as exc:
        _fail(f"{output}: cannot write the output: {exc.strerror or exc}", exitcodes.USAGE)


def _run_checks(paths, *, rules: bool, fmt: str, output: str | None, select=(), ignore=(), fail_on=None) -> None:
    from plancraft.lint.config import ConfigError
    from plancraft.lint.engine import CliOptions, check_paths
    from plancraft.lint.reporters import REPORTERS

    try:
        report = check_paths(paths, rules=rules, cli=CliOptions(tuple(select), tuple(ignore), fail_on))
    except ConfigError as exc:
        _fail(str(exc), exitcodes.USAGE)
    reporter = REPORTERS[fmt]
    if fmt == "text":
        stream = sys.stdout if output is None else None
        text = reporter(report, colour=stream is not None and _use_colour(stream))
    else:
        text = reporter(report)
    _emit(text, output)
    if report.unreadable:
        sys.exit(exitcodes.USAGE)
    sys.exit(exitcodes.FINDINGS if report.failed else exitcodes.OK)


@main.command(epilog=exitcodes.HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(FORMATS_VALIDATE), default="text", show_default=True,
              help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report to a file.")
def validate(paths: tuple[str, ...], fmt: str, output: str | None) -> None:
    """Check plans against the JSON Schema only (files, or folders of *.yaml / *.yml).

    \b
    Example:
      plancraft validate plans/examples/bank-branch.zh.yaml
      plancraft validate plans/ --format json
    """
    _run_checks(paths, rules=False, fmt=fmt, output=output)


@main.command(epilog=exitcodes.HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(FORMATS_LINT), default="text", show_default=True,
              help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report to a file.")
@click.option("--select", multiple=True, metavar="CODE", help="Run only these rules (code or prefix, repeatable).")
@click.option("--ignore", multiple=True, metavar="CODE", help="Skip these rules (code or prefix, repeatable).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Lowest severity that makes the exit code 1 (default: error, or the config's fail-on).")
def lint(paths, fmt, output, select, ignore, fail_on) -> None:
    """Check plans against the schema and every enabled lint rule.

    \b
    Example:
      plancraft lint plans/
      plancraft lint plans/ --format sarif -o plancraft.sarif
      plancraft lint plan.yaml --select PC3 --fail-on warning
    """
    _run_checks(paths, rules=True, fmt=fmt, output=output, select=select, ignore=ignore, fail_on=fail_on)


@main.command(epilog=exitcodes.HELP)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True)
def rules(fmt: str) -> None:
    """List the lint rules.

    \b
    Example:
      plancraft rules --format markdown
    """
    from plancraft.lint import catalogue

    click.echo(catalogue.render(fmt), nl=False)


@main.command(epilog=exitcodes.HELP)
@click.argument("code")
def explain(code: str) -> None:
    """Show one rule in full: rationale, source, options and examples.

    \b
    Example:
      plancraft explain PC101
    """
    from plancraft.lint import catalogue

    text = catalogue.explain(code.upper())
    if text is None:
        _fail(f"`{code}` names no rule; `plancraft rules` lists them", exitcodes.USAGE)
    click.echo(text, nl=False)


@main.command(epilog=exitcodes.HELP)
def schema() -> None:
    """Print the plan JSON Schema (for editors).

    \b
    Example:
      plancraft schema > plan.schema.json
    """
    from importlib import resources

    click.echo(resources.files("plancraft").joinpath("data/plan.schema.json").read_text(encoding="utf-8"), nl=False)


if __name__ == "__main__":  # pragma: no cover
    main()
