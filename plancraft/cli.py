"""The command line: parses arguments, calls the library, prints, and exits with a documented code.

This is the only module that imports click; everything it does is available from the library.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from plancraft import __version__, exitcodes, i18n
from plancraft.errors import PlancraftError
from plancraft.i18n import _

FORMATS_VALIDATE = ("text", "full", "concise", "json", "json-v0")
FORMATS_LINT = ("text", "full", "concise", "json", "json-v0", "sarif", "github", "junit", "gitlab")
LANG_CHOICES = ("zh-CN", "en", "plan")

# `--lang` of this run, if given (the engine resolves config/environment per plan when it is None).
_cli_lang: str | None = None


def _lang_in(args: list[str]) -> str | None:
    """The value of `--lang` in the raw arguments (before click parses them, so --help and usage
    errors already speak it)."""
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _speak(args: list[str]) -> None:
    """Choose the language of this run and put click's texts (help, usage errors) into it."""
    global _cli_lang
    from plancraft.lint.config import language_setting

    cli = _lang_in(args)
    _cli_lang = cli if cli in LANG_CHOICES else None
    i18n.set_language(i18n.choose(_cli_lang, language_setting(Path.cwd())))
    for name, module in list(sys.modules.items()):
        if name == "click" or name.startswith("click."):
            if getattr(module, "_", None) is not None and getattr(module, "_") is not i18n._:
                module._ = i18n._
            if getattr(module, "ngettext", None) is not None:
                module.ngettext = i18n.ngettext
    _localise(main)


def _localise(command: click.Command) -> None:
    """Help texts of every command and option in the current language (the English text is the msgid)."""
    import inspect

    english = command.__dict__.setdefault("_plancraft_msgids", {})
    if "_help_option" in command.__dict__:
        command._help_option = None  # click builds --help once, in the language of that moment
    for attr in ("help", "epilog", "short_help"):
        text = english.setdefault(attr, getattr(command, attr))
        setattr(command, attr, _(inspect.cleandoc(text)) if text else text)
    for param in command.params:
        if isinstance(param, click.Option):
            text = english.setdefault(id(param), param.help)
            param.help = _(text) if text else text
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            _localise(sub)


class _Date(click.DateTime):
    """A YYYY-MM-DD option; a date typed another way (2027年1月1日, ２０２７-０１-０１) is told the date to write,
    in the reader's language, instead of click's `does not match the format '%Y-%m-%d'`."""

    name = "date"

    def __init__(self) -> None:
        super().__init__(formats=["%Y-%m-%d"])

    def convert(self, value, param, ctx):
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter:
            from plancraft import ime

            typed = ime.date_hint(str(value))
            if typed is not None:
                self.fail(
                    _("`{date}` is not a date; write YYYY-MM-DD: `{suggestion}`").format(
                        date=value, suggestion=typed.replacement
                    ),
                    param,
                    ctx,
                )
            self.fail(_("`{date}` is not a date; write YYYY-MM-DD").format(date=value), param, ctx)


def _chinese(text: str) -> str:
    """click's own message in the punctuation of plancraft's Chinese messages: names and values in
    backticks (click writes '--output'), a list with 、, a sentence ending in 。 (click adds a `.`)."""
    import re

    text = re.sub(r"'([^'\n]*)'", r"`\1`", text)
    text = text.replace("`, `", "`、`")
    text = text.replace("。 （", "。（")  # click's `(Did you mean …?)` after the sentence
    return re.sub(r"(?<=[`\u4e00-\u9fff）)])\.(?=\s|$)", "。", text)


def _in_reader_punctuation(error: click.ClickException) -> None:
    """Make a usage error of click's speak with the punctuation of the current language."""
    if i18n.current().startswith("zh") and not getattr(error, "_plancraft_punctuated", False):
        original = error.format_message
        error.format_message = lambda: _chinese(original())  # type: ignore[method-assign]
        error._plancraft_punctuated = True  # type: ignore[attr-defined]


class _Formatter(click.HelpFormatter):
    """click's help pages in the reader's punctuation: `用法：plancraft …`, `选项：` in Chinese (click
    writes a half-width colon and a space after `Usage:` and after each heading)."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        if prefix is None:
            prefix = _("Usage:")
            prefix = prefix if prefix.endswith("：") else prefix + " "
        super().write_usage(prog, args, prefix=prefix)

    def write_heading(self, heading: str) -> None:
        line = _("{heading}:").format(heading=heading)
        self.write(f"{'':>{self.current_indent}}{line}\n")


class _Context(click.Context):
    formatter_class = _Formatter


class _Group(click.Group):
    """The plancraft group: chooses the language before parsing; every command gets `--lang`."""

    context_class = _Context

    def make_context(self, info_name, args, parent=None, **extra):
        _speak(list(args))
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.ClickException as error:
            _in_reader_punctuation(error)
            raise

    def add_command(self, cmd, name=None):
        if not any(param.name == "lang" for param in cmd.params):
            cmd.params.insert(0, _lang_option())
        cmd.context_class = _Context
        super().add_command(cmd, name)


def _lang_option() -> click.Option:
    return click.Option(
        ["--lang"],
        type=click.Choice(LANG_CHOICES),
        expose_value=False,
        help="Language of the messages: zh-CN or en (default: the `lang` setting, "
        "PLANCRAFT_LANG, then the locale); plan: each plan's document.language.",
    )


class _Commands(_Group):
    """The command group with the one handler for every error a user can meet (PlancraftError):
    its findings, then `plancraft: <message>` on stderr, then its exit code. Never a traceback."""

    def invoke(self, ctx: click.Context):
        from plancraft.fileio import cleanup_on_signals

        restore = cleanup_on_signals()  # SIGTERM cleans up like ^C while a command runs
        try:
            return super().invoke(ctx)
        except click.ClickException as error:
            _in_reader_punctuation(error)
            raise
        except PlancraftError as error:
            _print_diagnostics(error.diagnostics)
            click.echo(_("plancraft: {message}").format(message=error.message), err=True)
            ctx.exit(error.exit_code)
        finally:
            restore()


@click.group(
    cls=_Commands,
    epilog=exitcodes.HELP,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, "--version", prog_name="plancraft")
@click.option(
    "--lang",
    type=click.Choice(LANG_CHOICES),
    expose_value=False,
    help="Language of the messages: zh-CN or en (default: the `lang` setting, "
    "PLANCRAFT_LANG, then the locale); plan: each plan's document.language.",
)
def main() -> None:
    """plancraft: check, lint, render and sign off emergency response plans written as YAML.

    \b
    Example:
      plancraft lint plans/
    """


def _emit(text: str, output: str | None, *, colour: bool = False, inputs=()) -> None:
    from plancraft.console import emit_report

    emit_report(text, output, echo=_echo, colour=colour, inputs=inputs)


def _check_report_target(output: str | None, paths) -> list:
    """Refuse (WriteRefused) a report output that is one of the plans read, or a device, before any work."""
    from plancraft.lint.run import report_inputs

    return report_inputs(output, paths)


def _run_checks(paths, *, rules: bool, fmt: str, output: str | None, **rest) -> None:
    from plancraft.console import run_checks_command

    sys.exit(run_checks_command(paths, rules=rules, fmt=fmt, output=output, echo=_echo, lang=_cli_lang, **rest))


# Options that several commands share, declared once so that their wording stays the same.
_templates_option = click.option(
    "--templates",
    "templates_dir",
    type=click.Path(file_okay=False),
    help="Folder of text templates that override the built-in ones.",
)
_pdf_option = click.option("--pdf", is_flag=True, help="Also convert to PDF with LibreOffice (soffice).")
_report_option = click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report to a file.")


def _speed_options(command):
    command = click.option("--no-cache", is_flag=True, help="Do not read or write .plancraft_cache/.")(command)
    command = click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        default=None,
        help="Worker processes for many files (default: the number of CPUs).",
    )(command)
    return command


@main.command(epilog=exitcodes.HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format",
    "--output-format",
    "fmt",
    type=click.Choice(FORMATS_VALIDATE),
    default="text",
    show_default=True,
    help="Output format (text is the full form with source lines; concise is one line per finding).",
)
@_report_option
@_speed_options
def validate(paths: tuple[str, ...], fmt: str, output: str | None, jobs: int | None, no_cache: bool) -> None:
    """Check plans against the JSON Schema only (files, or folders of *.yaml / *.yml).

    \b
    Example:
      plancraft validate plans/examples/bank-branch.zh.yaml
      plancraft validate plans/ --format json
    """
    _run_checks(paths, rules=False, fmt=fmt, output=output, jobs=jobs, use_cache=not no_cache)


@main.command(epilog=exitcodes.HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format",
    "--output-format",
    "fmt",
    type=click.Choice(FORMATS_LINT),
    default="text",
    show_default=True,
    help="Output format: text (full, with the source line and a caret), concise (one "
    "line per finding), json (versioned, docs/lint-json.schema.json), json-v0 (the 0.1 list, for one "
    "release), sarif, github, junit, gitlab (Code Quality).",
)
@_report_option
@click.option(
    "--select",
    multiple=True,
    metavar="CODES",
    help="Run only these rules: codes, prefixes (PC4) or groups (approvals), comma-separated; replaces the configured select.",
)
@click.option("--extend-select", multiple=True, metavar="CODES", help="Run these rules as well as the selected ones.")
@click.option("--ignore", multiple=True, metavar="CODES", help="Skip these rules (e.g. --ignore PC4,PC5).")
@click.option("--extend-ignore", multiple=True, metavar="CODES", help="Skip these rules too (same as --ignore).")
@click.option(
    "--exclude",
    multiple=True,
    metavar="GLOB",
    help="Files and folders to leave out when walking folders; replaces the defaults (.git, .venv, caches, "
    "node_modules, build, dist).",
)
@click.option("--extend-exclude", multiple=True, metavar="GLOB", help="Files and folders to leave out as well.")
@click.option("--statistics", is_flag=True, help="Print the number of findings per code instead of the findings.")
@click.option(
    "--fix",
    is_flag=True,
    help="Repair mechanical mistakes in place (2小时, 5000元, title：, a title where an id belongs, "
    "trailing spaces), keeping comments, then lint.",
)
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff: also apply fixes that may change the meaning.")
@click.option(
    "--diff",
    "show_diff",
    is_flag=True,
    help="Show the fixes as a diff without writing anything (exit 1 when there is something to fix).",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    default=None,
    help="Lowest severity that makes the exit code 1 (default: error, or the config's fail-on).",
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False),
    help="Use this plancraft.toml or pyproject.toml for every plan instead of the one found beside it.",
)
@_speed_options
def lint(
    paths,
    fmt,
    output,
    select,
    extend_select,
    ignore,
    extend_ignore,
    exclude,
    extend_exclude,
    statistics,
    fix,
    unsafe_fixes,
    show_diff,
    fail_on,
    config_file,
    jobs,
    no_cache,
) -> None:
    """Check plans against the schema and every enabled lint rule.

    \b
    Example:
      plancraft lint plans/
      plancraft lint plans/ --ignore PC4,PC5 --statistics
      plancraft lint plans/ --format sarif -o plancraft.sarif
      plancraft lint plan.yaml --select limits,PC3 --fail-on warning
      plancraft lint plans/ --fix
    """
    _run_checks(
        paths,
        rules=True,
        fmt=fmt,
        output=output,
        jobs=jobs,
        use_cache=not no_cache,
        statistics=statistics,
        fix=fix,
        unsafe_fixes=unsafe_fixes,
        show_diff=show_diff,
        select=select,
        extend_select=extend_select,
        ignore=ignore + extend_ignore,
        exclude=exclude,
        extend_exclude=extend_exclude,
        fail_on=fail_on,
        config=config_file,
    )


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

    CODE is a code that `plancraft rules` lists (PC101) or the rule's name (undefined-reference).

    \b
    Example:
      plancraft explain PC101
      plancraft explain undefined-reference
    """
    from plancraft.lint import catalogue

    click.echo(catalogue.explain_code(code), nl=False)


def _echo(text: str, err: bool = False, nl: bool = True, colour: bool = False) -> None:
    """What library functions say as they go (`emit`): a line to stdout, or stderr with err; escape
    sequences kept with `colour` (click would strip forced colour in a pipe)."""
    click.echo(text, err=err, nl=nl, color=True if colour else None)


def _exit_code(errors, *, findings: bool = False) -> int:
    from plancraft.console import exit_code

    return exit_code(errors, findings=findings)


def _print_diagnostics(diagnostics, *, err: bool = True) -> None:
    for d in diagnostics:
        click.echo(d.as_text(), err=err)


@main.command(epilog=exitcodes.HELP)
@click.argument("plans", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", type=click.Path(), help="Output .docx (one plan) or folder (several plans, --copies).")
@_templates_option
@click.option("--reference-docx", type=click.Path(dir_okay=False), help="A Word file whose styles the document takes.")
@_pdf_option
@click.option("--final", is_flag=True, help="A final document: needs a current `approved` sign-off and no lint errors.")
@click.option(
    "--copies",
    is_flag=True,
    help="With --final: one numbered controlled copy per distribution copy, plus a register, in the -o folder.",
)
@click.option(
    "--max-copies",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="With --copies: allow up to N controlled copies (default: 1000).",
)
@click.option(
    "--page-numbers/--no-page-numbers",
    default=None,
    help="Print the contents' page numbers, laid out by one LibreOffice pass (a second or more). "
    "Default: with --final or --pdf; a draft's contents lists the headings and Word numbers them on opening.",
)
@_speed_options
def render(plans, output, templates_dir, reference_docx, pdf, final, copies, max_copies, page_numbers, jobs, no_cache) -> None:
    """Render plans into formal Word documents (a draft unless --final).

    Lint findings are printed but do not block a draft; a plan that fails the schema is refused.

    \b
    Example:
      plancraft render plans/examples/bank-branch.zh.yaml -o out/plan.docx --pdf
      plancraft render plan.yaml --final --copies -o out/copies/
    """
    from plancraft.console import render_command

    sys.exit(
        render_command(
            plans,
            output=output,
            echo=_echo,
            templates_dir=templates_dir,
            reference_docx=reference_docx,
            pdf=pdf,
            final=final,
            copies=copies,
            max_copies=max_copies,
            jobs=jobs,
            use_cache=not no_cache,
            page_numbers=page_numbers,
        )
    )


@main.command(epilog=exitcodes.HELP)
@click.argument("plan", type=click.Path())
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Output .docx file.")
@_pdf_option
@click.option(
    "--role", "roles", multiple=True, metavar="ID", help="Only this role's card (repeatable); default: every acting role."
)
@click.option(
    "--sheet",
    type=click.Choice(["a6", "a4"]),
    default="a6",
    show_default=True,
    help="One card per A6 page, or four cards to an A4 sheet with cut lines.",
)
@_templates_option
def cards(plan, output, pdf, roles, sheet, templates_dir) -> None:
    """Pocket response cards (应急处置卡): one card per role that acts in the plan.

    Each card lists where the role acts, its steps in order with deadlines, the caps it may approve,
    whom it escalates to and when, and the numbers it needs. Marked draft like the document until
    the plan has a current approval.

    \b
    Example:
      plancraft cards plans/examples/bank-branch.zh.yaml -o out/cards.docx --pdf
      plancraft cards plan.yaml --role lobby-manager --sheet a4 -o out/lobby.docx
    """
    from plancraft.publish import write_cards

    write_cards(plan, output, pdf=pdf, roles=roles, sheet=sheet, templates_dir=templates_dir, emit=_echo)


@main.command(epilog=exitcodes.HELP)
@click.argument("plan", type=click.Path())
@click.option("--step", required=True, type=click.Choice(["prepared", "reviewed", "approved"]), help="The sign-off step.")
@click.option("--name", required=True, help="The signer's name.")
@click.option("--role", required=True, help="The signer's role id in organisation.roles.")
@click.option("--date", help="YYYY-MM-DD (default: today).")
@click.option(
    "--key",
    "key_file",
    type=click.Path(dir_okay=False),
    help="Also sign with this Ed25519 private key (PEM); the public key and signature are recorded.",
)
@click.option("--force", is_flag=True, help="Rewrite the plan even when the file is read-only.")
def sign(plan, step, name, role, date, key_file, force) -> None:
    """Record a sign-off bound to the plan's current content digest.

    Only the `approvals` block of the file is rewritten (atomically); comments and layout stay.

    \b
    Example:
      plancraft sign plan.yaml --step prepared --name 李明 --role office-head --date 2024-09-10
      plancraft sign plan.yaml --step approved --name 王强 --role president --key wang.pem
    """
    from plancraft.publish import sign_file

    click.echo(
        sign_file(
            Path(plan),
            step=step,
            name=name,
            role=role,
            date=date,
            display=plan,
            key_file=Path(key_file) if key_file else None,
            force=force,
        )
    )


@main.command(epilog=exitcodes.HELP)
@click.argument("plan", type=click.Path())
@click.option("--version", "version", required=True, help="The new version, greater than the current one (1.10 > 1.9).")
@click.option("--summary", required=True, help="What this version changes (the revisions row).")
@click.option("--date", help="Date of the revision, YYYY-MM-DD (default: today).")
@click.option("--effective", help="Date the new version is to take effect, YYYY-MM-DD (default: not yet set).")
@click.option("--force", is_flag=True, help="Rewrite the plan even when the file is read-only.")
def revise(plan, version, summary, date, effective, force) -> None:
    """Start a new version: the current approvals move into the plan's history.

    Sets document.version, appends a revisions row and leaves the plan a draft to be signed
    again (prepared, reviewed, approved). Only those parts of the file are rewritten (atomically).

    \b
    Example:
      plancraft revise plan.yaml --version 1.1 --summary "VIP payout cap raised to 20000" --effective 2025-07-01
    """
    from plancraft.publish import revise_file

    click.echo(
        revise_file(Path(plan), version=version, summary=summary, date=date, effective=effective, display=plan, force=force)
    )


@main.command("history", epilog=exitcodes.HELP)
@click.argument("plan", type=click.Path())
@click.option(
    "--as-of",
    "as_of",
    type=_Date(),
    default=None,
    metavar="YYYY-MM-DD",
    help="Which version was in force on this day (default: today).",
)
@click.option("--format", "fmt_", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True)
@click.option(
    "--diff",
    "diff_",
    nargs=2,
    metavar="V1 V2",
    default=None,
    help="What changed between two versions whose texts can be found (the file holds one).",
)
@click.option("--git", "use_git", is_flag=True, help="With --diff: find earlier texts in the repository's history by digest.")
def history_(plan, as_of, fmt_, diff_, use_git) -> None:
    """Every version of the plan, who approved it and when, and which was in force on a day.

    Read from the plan file alone (its history, approvals and revisions); --git only serves --diff.

    \b
    Example:
      plancraft history plan.yaml --as-of 2025-06-30
      plancraft history plan.yaml --diff 1.0 1.1 --git --format markdown
    """
    from plancraft.history_report import history_of

    click.echo(history_of(plan, as_of=as_of.date() if as_of else None, fmt=fmt_, versions_=diff_, use_git=use_git), nl=False)


@main.command(epilog=exitcodes.HELP)
@click.argument("plan", type=click.Path())
@click.argument("documents", nargs=-1, type=click.Path())
@click.option(
    "--trust",
    "trust_file",
    type=click.Path(dir_okay=False),
    help="File of trusted Ed25519 public keys (ed25519:…, one a line): every sign-off must be signed by one.",
)
def verify(plan, documents, trust_file) -> None:
    """Are the plan's sign-offs current; was each .docx rendered from this exact plan?

    The digests are integrity checks, not signatures; with --trust every sign-off must also carry
    a valid Ed25519 signature (`sign --key`) by a trusted key.

    \b
    Example:
      plancraft verify plan.yaml out/plan.docx
      plancraft verify plan.yaml --trust trusted-keys.txt
    """
    from plancraft.verify import verify_plan

    verdict = verify_plan(plan, documents, trust_file=trust_file, emit=lambda text, err=False: click.echo(text, err=err))
    sys.exit(exitcodes.USAGE if verdict.unreadable else exitcodes.OK if verdict.current else exitcodes.FINDINGS)


@main.command(epilog=exitcodes.HELP)
def schema() -> None:
    """Print the plan JSON Schema (for editors).

    \b
    Example:
      plancraft schema > plan.schema.json
    """

    from plancraft.resources import schema_file

    click.echo(schema_file().read_text(encoding="utf-8"), nl=False)


@main.command(epilog=exitcodes.HELP)
@click.argument("path", required=False, type=click.Path())
@click.option(
    "--template", "template", default="bank-branch", show_default=True, help="Starter to use; `plancraft init --list` shows them."
)
@click.option(
    "--lang",
    type=click.Choice(["zh-CN", "en"]),
    default=None,
    help="Language of the plan's content and of the messages (default content: zh-CN).",
)
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@click.option("--list", "list_", is_flag=True, help="List the starters and exit.")
def init(path, template, lang, force, list_) -> None:
    """Write a new plan from a starter; the values only you can know are left as placeholders.

    \b
    Example:
      plancraft init --list
      plancraft init --template it-cutover --lang en plans/cutover.yaml
    """
    from plancraft.starters import init_plan, starter_lines

    for line in starter_lines() if list_ else init_plan(path, template=template, lang=lang, force=force):
        click.echo(line)


@main.command("import", epilog=exitcodes.HELP)
@click.argument("source", type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the draft plan here (default: print it).")
@click.option(
    "--lang", type=click.Choice(["zh-CN", "en"]), default=None, help="Language of the document (default: guessed from its text)."
)
@click.option("--template", default=None, help="Take the sections the document lacks from this starter (see `init --list`).")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
def import_(source, output, lang, template, force) -> None:
    """Turn an existing plan (.docx, .txt, .md) into a plancraft YAML draft that validates.

    Every extracted value carries a comment saying where it came from; paragraphs that map to no
    section are kept under `x-unmapped`. A short report of what was mapped goes to stderr.

    \b
    Example:
      plancraft import 客户投诉应急预案.docx -o plans/complaints.yaml
      plancraft import procedure.md --lang en -o plans/procedure.yaml
    """
    from plancraft.importer import import_to

    result = import_to(source, output, lang=lang, template=template, force=force)
    if output is None:
        click.echo(result.text, nl=False)
    for line in result.report:
        click.echo(line, err=True)


@main.command(epilog=exitcodes.HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--check", is_flag=True, help="Change nothing; exit 1 when a file would be reformatted.")
@click.option("--diff", "show_diff", is_flag=True, help="Change nothing; print a unified diff of what would change.")
@click.option("--force", is_flag=True, help="Rewrite plans even when the file is read-only.")
def fmt(paths, check, show_diff, force) -> None:
    """Lay plans out canonically, keeping every comment, quote and value.

    Keys in the order of the format, two-space indentation, one blank line between sections, a
    final newline; CRLF files stay CRLF. The output is read back and compared before anything is
    written; if a comment or value would be lost the file is left alone.

    \b
    Example:
      plancraft fmt plans/
      plancraft fmt --check plans/
      plancraft fmt --diff plans/branch.yaml
    """
    from plancraft.publish import format_files

    run = format_files(paths, check=check, show_diff=show_diff, force=force, emit=_echo)
    sys.exit(_exit_code(run.errors, findings=bool(run.changed) and not run.wrote))


@main.command(epilog=exitcodes.HELP)
@click.argument("old", type=click.Path())
@click.argument("new", required=False, type=click.Path())
@click.option("--git", "rev", metavar="REV", help="Compare PLAN (the one argument) with its version at git revision REV.")
@click.option(
    "--format",
    "fmt_",
    type=click.Choice(["text", "markdown", "json"]),
    default="text",
    show_default=True,
    help="Output format; markdown fits a pull-request comment or a revision note.",
)
def diff(old, new, rev, fmt_) -> None:
    """What changed between two versions of a plan, by id, in words an approver reads.

    Exit 0 when the plans are the same, 1 when they differ, 2 when one cannot be read.

    \b
    Example:
      plancraft diff plans/branch-v1.yaml plans/branch.yaml
      plancraft diff --git HEAD~1 plans/branch.yaml --format markdown
    """
    from plancraft.diff import compare, render

    result = compare(old, new, rev=rev, language=_cli_lang)
    click.echo(render(result, fmt_), nl=False)
    sys.exit(_exit_code([], findings=bool(result.changes) or result.layout_only))


@main.command(
    epilog="Exit codes: 0 no plan is stale, overdue or has errors; 1 some plan is; "
    "2 usage error or unreadable input (the other plans are still reported)."
)
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--as-of",
    "as_of",
    type=_Date(),
    default=None,
    metavar="YYYY-MM-DD",
    help="Judge review dates as of this day (default: today).",
)
@click.option(
    "--format",
    "fmt_",
    type=click.Choice(["text", "json", "markdown", "html"]),
    default="text",
    show_default=True,
    help="Output format; html is one self-contained page.",
)
@_report_option
@click.option(
    "--unapproved-after",
    default="30d",
    show_default=True,
    metavar="DURATION",
    help="Report a revised version not approved after this long (e.g. 30d, 6w, 2mo).",
)
@_speed_options
def audit(paths, as_of, fmt_, output, unapproved_after, jobs, no_cache) -> None:
    """The state of a whole portfolio of plans: status, due reviews, findings, standards coverage,
    the version in force and revisions waiting for approval.

    \b
    Example:
      plancraft audit plans/
      plancraft audit plans/ --format html -o audit.html
      plancraft audit plans/ --format json --as-of 2026-01-01
    """
    from plancraft.audit import audit as run_audit, render

    inputs = _check_report_target(output, paths)
    result = run_audit(
        paths,
        as_of=as_of.date() if as_of else None,
        unapproved_after=unapproved_after,
        jobs=jobs if jobs else (os.cpu_count() or 1),
        use_cache=not no_cache,
    )
    _emit(render(result, fmt_), output, inputs=inputs)
    sys.exit(result.exit_code)


if __name__ == "__main__":  # pragma: no cover
    main()
