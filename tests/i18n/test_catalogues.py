"""The catalogues are complete: every message has a translation with the same placeholders.

A message added with `_()` and not yet in the catalogue fails `test_catalogues_are_up_to_date`:
run `python scripts/i18n_extract.py`, translate the new entries in
plancraft/locale/zh_CN/LC_MESSAGES/plancraft.po, and run this file again (docs/translating.md).
"""

from __future__ import annotations

import re

import pytest

pytest.importorskip("babel")

from babel.messages.pofile import read_po  # noqa: E402

from plancraft.i18n import LOCALE_DIR, DOMAIN  # noqa: E402
from tests.i18n.extraction import updated_catalogues  # noqa: E402

PO_FILES = sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
BRACE = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)?(?:![rsa])?(?::[^{}]*)?\}(?!\})")
PERCENT = re.compile(r"%\(([A-Za-z_]+)\)[sdr]")


def placeholders(text: str) -> set[str]:
    return {f"{{{m}}}" for m in BRACE.findall(text)} | {f"%({m})" for m in PERCENT.findall(text)}


def catalogue(path):
    with open(path, "rb") as handle:
        return read_po(handle, locale=path.parent.parent.name, domain=DOMAIN)


def entries(path):
    for message in catalogue(path):
        if message.id:
            yield message


def test_there_is_a_chinese_catalogue():
    assert [p.parent.parent.name for p in PO_FILES] == ["zh_CN"]


def own_ids(text: str) -> set:
    """The msgids of plancraft's own messages in a catalogue text (click's own depend on its version)."""
    import io

    catalog = read_po(io.BytesIO(text.encode("utf-8")))
    return {(m.id, m.context) for m in catalog if m.id and any(not where.startswith("click/") for where, _line in m.locations)}


def test_catalogues_are_up_to_date():
    stale = [
        str(path)
        for path, text in updated_catalogues().items()
        if not path.exists() or own_ids(path.read_text(encoding="utf-8")) != own_ids(text)
    ]
    assert not stale, f"run `python scripts/i18n_extract.py` and translate the new entries: {stale}"


@pytest.mark.parametrize("path", PO_FILES, ids=lambda p: p.parent.parent.name)
def test_every_message_is_translated(path):
    missing = []
    for message in entries(path):
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            missing.append(message.id)
    assert not missing, f"{len(missing)} untranslated in {path.name}, first: {missing[:5]}"


@pytest.mark.parametrize("path", PO_FILES, ids=lambda p: p.parent.parent.name)
def test_placeholders_match(path):
    wrong = []
    for message in entries(path):
        if isinstance(message.id, tuple):
            # plural: each form has the plural msgid's placeholders and no others than the two msgids'
            required, allowed = placeholders(message.id[1]), placeholders(message.id[0]) | placeholders(message.id[1])
            forms = message.string
        else:
            required = allowed = placeholders(message.id)
            forms = (message.string,)
        for form in forms:
            if form and not (required <= placeholders(form) <= allowed):
                wrong.append((message.id, form))
    assert not wrong, wrong[:5]


def test_placeholder_pattern():
    assert placeholders("`{value}` in {where!r}: {n:,} %(prog)s") == {"{value}", "{where}", "{n}", "%(prog)"}
    assert placeholders("a {{literal}} brace") == set()


def test_no_function_hides_the_translation_function():
    """`line, _ = ...` in a function that also calls `_()` makes `_` a local: the call then fails."""
    import ast

    from plancraft.i18n import LOCALE_DIR as locale

    package = locale.parent
    hidden = []
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            nodes = list(ast.walk(function))
            stores = any(
                isinstance(n, ast.Name) and n.id == "_" and isinstance(n.ctx, ast.Store) and not _in_comprehension(function, n)
                for n in nodes
            )
            calls = any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "_" for n in nodes)
            if stores and (calls or imports_translation(tree)):
                hidden.append(f"{path.relative_to(package.parent)}: {function.name}")
    assert not hidden, f"rename the `_` variable (e.g. `_skip`): {hidden}"


def imports_translation(tree) -> bool:
    import ast

    return any(
        isinstance(n, ast.ImportFrom) and n.module == "plancraft.i18n" and any(a.name == "_" for a in n.names) for n in tree.body
    )


def _in_comprehension(function, name) -> bool:
    import ast

    for node in ast.walk(function):
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            if any(n is name for gen in node.generators for n in ast.walk(gen.target)):
                return True
    return False


@pytest.mark.parametrize("path", PO_FILES, ids=lambda p: p.parent.parent.name)
def test_plancraft_reads_each_catalogue_as_babel_does(path):
    """plancraft.i18n.catalogue reads the .po files itself (no Babel at run time): what it keeps is
    every translated, not fuzzy message as Babel reads it, context and plural forms included."""
    from plancraft.i18n.catalogue import mo_entries

    expected = {}
    for message in entries(path):
        if message.fuzzy or not all(message.string if isinstance(message.string, tuple) else (message.string,)):
            continue
        singular, plural = (message.id if isinstance(message.id, tuple) else (message.id, None))[:2]
        msgid = f"{message.context}\x04{singular}" if message.context else singular
        if plural is not None:
            msgid = f"{msgid}\0{plural}"
        expected[msgid] = "\0".join(message.string) if isinstance(message.string, tuple) else message.string
    ours = dict(mo_entries(path.read_text(encoding="utf-8")))
    ours.pop("")  # the header, which Babel keeps apart
    assert ours == expected
