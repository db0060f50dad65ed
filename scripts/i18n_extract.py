"""Extract every user-facing message into the catalogues (needs Babel; never imported at run time).

    python scripts/i18n_extract.py          # rewrite plancraft/locale/plancraft.pot, update each .po
    python scripts/i18n_extract.py --check  # exit 1 when the .pot/.po files are not up to date

It lives outside the package: it imports the CLI, the rules and the audit page to collect their texts,
and nothing at run time imports it (Babel is a test/i18n extra, never a dependency of plancraft).

Sources of messages:
- `_()`, `N_()` and `ngettext()` calls in plancraft's own modules (Babel's Python extractor);
- each rule's SUMMARY, SOURCE and documentation (its docstring, paragraph by paragraph);
- the click help of every command and option, and click's own messages ("Usage:", "Missing
  argument …"), which the CLI routes through the same catalogue.
"""

from __future__ import annotations

import inspect
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po, write_po

from plancraft.i18n import DOMAIN, LOCALE_DIR, paragraphs

PACKAGE = Path(__file__).resolve().parent.parent / "plancraft"
CLICK_DYNAMIC = ("required",)  # click translates these with _(variable): no extractor sees them
HEADER = "Messages of plancraft. Source language: English. See docs/translating.md."


def _relative(path: Path) -> str:
    return path.resolve().relative_to(PACKAGE.parent).as_posix()


def source_messages(catalog: Catalog) -> None:
    for filename, lineno, message, comments, context in extract_from_dir(
        PACKAGE,
        method_map=[("**.py", "python")],
        keywords=DEFAULT_KEYWORDS,
        comment_tags=("TRANSLATORS:",),
        strip_comment_tags=True,
    ):
        catalog.add(message, None, [(f"plancraft/{filename}", lineno)], auto_comments=comments, context=context)


def template_messages(catalog: Catalog) -> None:
    """`_()` / `ngettext()` in the Jinja templates of the package (the HTML audit page)."""
    from babel.messages.extract import extract
    from jinja2.ext import babel_extract

    template = PACKAGE / "audit" / "templates" / "report.html.j2"
    where = _relative(template)
    options = {"extensions": "jinja2.ext.i18n", "newstyle_gettext": "true", "trim_blocks": "true", "lstrip_blocks": "true"}
    for lineno, message, comments, context in extract(
        babel_extract, io.BytesIO(template.read_bytes()), keywords=DEFAULT_KEYWORDS, options=options
    ):
        catalog.add(
            message,
            None,
            [(where, lineno)],
            auto_comments=["HTML audit page; keep %(name)s and the markup"],
            context=context,
            flags=("python-format",),
        )


def rule_messages(catalog: Catalog) -> None:
    from plancraft.rules import RULES

    for rule in RULES:
        where = [(_relative(Path(inspect.getfile(rule))), 1)]
        catalog.add(rule.SUMMARY, None, where, auto_comments=[f"{rule.CODE} summary"])
        catalog.add(rule.SOURCE, None, where, auto_comments=[f"{rule.CODE} source (keep clause numbers as they are)"])
        for name, option in getattr(rule, "OPTIONS", {}).items():
            if getattr(option, "doc", None):
                catalog.add(option.doc, None, where, auto_comments=[f"{rule.CODE} option `{name}`"])
        for part in paragraphs(inspect.cleandoc(rule.__doc__ or "")):
            catalog.add(part, None, where, auto_comments=[f"{rule.CODE} documentation (keep YAML keys and ids)"])


def cli_messages(catalog: Catalog) -> None:
    import click

    from plancraft.cli import main

    where = [("plancraft/cli.py", 1)]

    def visit(command: click.Command) -> None:
        english = command.__dict__.get("_plancraft_msgids", {})  # the CLI may have put the help into Chinese
        for attr in ("help", "epilog", "short_help"):
            text = english.get(attr, getattr(command, attr))
            if text:
                catalog.add(inspect.cleandoc(text), None, where, auto_comments=[f"--help of `{command.name}`"])
        for param in command.params:
            text = english.get(id(param), param.help) if isinstance(param, click.Option) else None
            if text:
                catalog.add(text, None, where, auto_comments=[f"--help of `{command.name}` {param.opts[-1]}"])
        if isinstance(command, click.Group):
            for sub in command.commands.values():
                visit(sub)

    visit(main)
    for message in CLICK_DYNAMIC:
        catalog.add(message, None, [("click/core.py", 1)], auto_comments=["click's own message, looked up by value"])
    for filename, lineno, message, comments, context in extract_from_dir(
        Path(click.__file__).parent,
        method_map=[("**.py", "python")],
        keywords=DEFAULT_KEYWORDS,
    ):
        if filename.startswith("_winconsole"):
            continue
        catalog.add(message, None, [(f"click/{filename}", lineno)], auto_comments=["click's own message"])


def template() -> Catalog:
    """The catalogue template: every message, untranslated."""
    catalog = Catalog(domain=DOMAIN, project="plancraft", header_comment=f"# {HEADER}", fuzzy=False, charset="utf-8")
    source_messages(catalog)
    template_messages(catalog)
    rule_messages(catalog)
    cli_messages(catalog)
    return catalog


def _write(catalog: Catalog, **options) -> str:
    buffer = io.BytesIO()
    write_po(
        buffer, catalog, width=0, omit_header=False, ignore_obsolete=True, sort_output=False, include_lineno=False, **options
    )
    return _stable(buffer.getvalue().decode("utf-8"))


def _stable(text: str) -> str:
    """Drop the creation/revision dates from the header so that regenerating changes nothing."""
    return "\n".join(
        line for line in text.split("\n") if not line.startswith(('"POT-Creation-Date:', '"PO-Revision-Date:', '"Generated-By:'))
    )


def updated_catalogues() -> dict[Path, str]:
    """The new text of the .pot and of each .po (translations kept, new messages untranslated)."""
    pot = template()
    out = {LOCALE_DIR / f"{DOMAIN}.pot": _write(pot)}
    for po_path in sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        locale = po_path.parent.parent.name
        with open(po_path, "rb") as handle:
            catalog = read_po(handle, locale=locale, domain=DOMAIN)
        catalog.update(pot, no_fuzzy_matching=True, update_header_comment=False)
        out[po_path] = _write(catalog)
    return out


def main(argv: list[str]) -> int:
    stale = []
    for path, text in updated_catalogues().items():
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old != text:
            stale.append(path)
            if "--check" not in argv:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    for path in stale:
        print(f"{'stale' if '--check' in argv else 'updated'}: {_relative(path)}")
    return 1 if stale and "--check" in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
