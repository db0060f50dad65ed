"""The compiled catalogue (issue 20): an installed plancraft reads the `.mo` its build made from each
`.po`, a checkout the `.po`; both say every message alike, and a `.mo` not made from the `.po` beside
it is never used. (tests/packaging/test_distribution.py checks that a wheel ships and uses the `.mo`.)"""

from __future__ import annotations

import shutil
import subprocess
from gettext import GNUTranslations
from pathlib import Path

import pytest

from plancraft.i18n import DOMAIN, LOCALE_DIR
from plancraft.i18n.catalogue import Compiled, compile_catalogue, load, load_po, mo_bytes, mo_entries

PO_FILES = sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
NUMBERS = (0, 1, 2, 5, 11, 21, 101)


@pytest.fixture
def catalogue(tmp_path) -> Path:
    """A copy of the Chinese catalogue's .po, where a test may compile, edit and spoil it."""
    path = tmp_path / "zh_CN" / "LC_MESSAGES" / f"{DOMAIN}.po"
    path.parent.mkdir(parents=True)
    shutil.copyfile(LOCALE_DIR / "zh_CN" / "LC_MESSAGES" / f"{DOMAIN}.po", path)
    return path


@pytest.mark.parametrize("po", PO_FILES, ids=lambda p: p.parent.parent.name)
def test_every_message_is_the_same_compiled_or_read_from_the_po(po, tmp_path):
    compiled = load(_compiled_copy(po, tmp_path))
    assert isinstance(compiled, Compiled)
    read = load_po(po)
    entries = [msgid for msgid, _msgstr in mo_entries(po.read_text(encoding="utf-8")) if msgid]
    assert len(entries) > 1000
    for msgid in entries:
        key, _nul, plural = msgid.partition("\0")
        context, _eot, message = key.rpartition("\x04")
        if context:
            assert compiled.pgettext(context, message) == read.pgettext(context, message), key
        else:
            assert compiled.gettext(key) == read.gettext(key), key
        for n in NUMBERS:
            assert compiled.ngettext(key, plural or f"{key}s", n) == read.ngettext(key, plural or f"{key}s", n), key
    for stranger in ("not a message plancraft has", "zzz", "\x00", " " + entries[-1], entries[0] + " "):
        assert compiled.gettext(stranger) == read.gettext(stranger) == stranger
        assert compiled.pgettext("no such context", stranger) == stranger
        assert compiled.ngettext(stranger, "many", 2) == read.ngettext(stranger, "many", 2) == "many"


def _compiled_copy(po: Path, tmp_path: Path) -> Path:
    copy = tmp_path / po.parent.parent.name / po.name
    copy.parent.mkdir(parents=True)
    shutil.copyfile(po, copy)
    compile_catalogue(copy)
    return copy


def test_the_compiled_catalogue_is_read_by_gettext_too(catalogue):
    """The .mo is GNU gettext's layout: gettext's own reader gives the same translations."""
    mo = compile_catalogue(catalogue)
    with open(mo, "rb") as handle:
        gnu = GNUTranslations(handle)
    compiled = load(catalogue)
    for msgid, _msgstr in mo_entries(catalogue.read_text(encoding="utf-8"))[:300]:
        key = msgid.partition("\0")[0]
        if key:
            assert gnu.gettext(key) == compiled.gettext(key)


def test_without_a_compiled_catalogue_the_po_is_read(catalogue):
    loaded = load(catalogue)
    assert isinstance(loaded, GNUTranslations)
    assert (
        loaded.gettext("no such file or folder")
        == load_po(catalogue).gettext("no such file or folder")
        != "no such file or folder"
    )


def test_a_po_edited_after_compiling_is_read_instead(catalogue):
    """A translator's edit that keeps the file's size (one character for another) still wins."""
    compile_catalogue(catalogue)
    text = catalogue.read_text(encoding="utf-8")
    before = load(catalogue).gettext("no such file or folder")
    assert before != "no such file or folder"
    changed = before[:-1] + ("件" if before[-1] != "件" else "夹")  # same length in UTF-8
    assert len(changed.encode()) == len(before.encode())
    catalogue.write_text(text.replace(f'msgstr "{before}"', f'msgstr "{changed}"', 1), encoding="utf-8")
    assert catalogue.stat().st_size == len(text.encode())
    fresh = load(catalogue)
    assert isinstance(fresh, GNUTranslations)
    assert fresh.gettext("no such file or folder") == changed
    catalogue.write_text(text + '\nmsgid "added"\nmsgstr "新增"\n', encoding="utf-8")  # another size
    assert load(catalogue).gettext("added") == "新增"


@pytest.mark.parametrize(
    "spoil",
    [
        lambda mo, po: mo.write_bytes(mo_bytes(mo_entries(po.read_text(encoding="utf-8")))),  # not stamped (msgfmt)
        lambda mo, po: mo.write_bytes(mo.read_bytes()[:100]),  # truncated
        lambda mo, po: mo.write_bytes(b"\x95\x04\x12\xde" + mo.read_bytes()[4:]),  # big-endian magic
        lambda mo, po: mo.write_bytes(b""),
        lambda mo, po: mo.unlink() or mo.mkdir(),  # not a file
    ],
    ids=["unstamped", "truncated", "big-endian", "empty", "folder"],
)
def test_a_compiled_catalogue_not_made_by_the_build_is_not_used(catalogue, spoil):
    mo = compile_catalogue(catalogue)
    spoil(mo, catalogue)
    loaded = load(catalogue)
    assert isinstance(loaded, GNUTranslations)
    assert loaded.gettext("no such file or folder") != "no such file or folder"


def test_plural_rules_of_other_languages(tmp_path):
    """A catalogue whose Plural-Forms is an expression answers as gettext does (Chinese has one form)."""
    po = tmp_path / "fr" / "LC_MESSAGES" / f"{DOMAIN}.po"
    po.parent.mkdir(parents=True)
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n'
        'msgid "{count} file"\nmsgid_plural "{count} files"\nmsgstr[0] "{count} fichier"\nmsgstr[1] "{count} fichiers"\n\n'
        'msgctxt "list separator"\nmsgid ", "\nmsgstr " ; "\n',
        encoding="utf-8",
    )
    compile_catalogue(po)
    compiled, read = load(po), load_po(po)
    assert isinstance(compiled, Compiled)
    for n in NUMBERS:
        assert compiled.ngettext("{count} file", "{count} files", n) == read.ngettext("{count} file", "{count} files", n)
    assert compiled.gettext("{count} file") == read.gettext("{count} file") == "{count} fichier"
    assert compiled.pgettext("list separator", ", ") == " ; "


def test_no_compiled_catalogue_is_committed():
    """The .po files are the one source: the build makes the .mo (setup.py), git ignores it."""
    root = LOCALE_DIR.parent.parent
    if not (root / ".git").exists():
        pytest.skip("not a git checkout")
    listed = subprocess.run(["git", "ls-files", "*.mo"], cwd=root, capture_output=True, text=True, check=True)
    assert listed.stdout == ""
    ignored = subprocess.run(["git", "check-ignore", "-q", "plancraft/locale/zh_CN/LC_MESSAGES/plancraft.mo"], cwd=root)
    assert ignored.returncode == 0
