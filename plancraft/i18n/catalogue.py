"""Read a `.po` catalogue with the standard library only and hand it to `gettext.GNUTranslations`.

The `.po` files in the repository are the only form of the catalogues: they are compiled here, in
memory, into the `.mo` layout gettext reads (as GNU msgfmt would), so there is no build step and
no generated binary to keep in step. Fuzzy and untranslated entries are left out (English shows).
"""

from __future__ import annotations

import gettext
import io
import re
import struct
from pathlib import Path

Entry = tuple[str, str]  # (msgid, msgstr) in .mo form: plural forms joined with NUL
_ESCAPE = re.compile(r"\\(.)")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "b": "\b", "f": "\f", "v": "\v", "a": "\a"}


def _unquote(text: str) -> str:
    """A .po string literal ("...", C escapes) as text; faster than ast.literal_eval at start-up."""
    if "\\" not in text:  # most lines (four in five): nothing to unescape, no regular expression
        return text[1:-1]
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), "\\" + m.group(1)), text[1:-1])


def parse_po(text: str) -> list[tuple[dict[str, object], set[str]]]:
    """Each entry of a `.po` text as ({"msgid": ..., "msgid_plural": ..., "msgstr": {index: text}}, flags)."""
    entries: list[tuple[dict[str, object], set[str]]] = []
    entry: dict[str, object] = {}
    flags: set[str] = set()
    key: tuple[str, int | None] | None = None

    def finish() -> None:
        nonlocal entry, flags, key
        if "msgid" in entry:
            entries.append((entry, flags))
        entry, flags, key = {}, set(), None

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            finish()
            continue
        if line.startswith("#,"):
            if "msgid" in entry:
                finish()
            flags.update(flag.strip() for flag in line[2:].split(","))
            continue
        if line.startswith("#"):
            if line.startswith("#~"):
                continue  # obsolete
            if "msgid" in entry and key is not None and key[0] != "msgid":
                finish()
            continue
        if line.startswith('"'):
            if key is None:
                continue
            _append(entry, key, _unquote(line))
            continue
        word, _, rest = line.partition(" ")
        if word == "msgid" and "msgid" in entry:
            finish()
        if word.startswith("msgstr["):
            key = ("msgstr", int(word[7:-1]))
        elif word in ("msgid", "msgid_plural", "msgctxt", "msgstr"):
            key = (word, None)
        else:
            continue
        _append(entry, key, _unquote(rest.strip()), new=True)
    finish()
    return entries


def _append(entry: dict, key: tuple[str, int | None], text: str, *, new: bool = False) -> None:
    name, index = key
    if name == "msgstr":
        forms = entry.setdefault("msgstr", {})
        forms[index or 0] = ("" if new else forms.get(index or 0, "")) + text
    else:
        entry[name] = ("" if new else entry.get(name, "")) + text


def mo_entries(text: str) -> list[Entry]:
    """The translated entries of a `.po` text, as gettext's `.mo` file holds them (header included)."""
    out: list[Entry] = []
    for entry, flags in parse_po(text):
        msgid = str(entry["msgid"])
        forms = entry.get("msgstr", {})
        assert isinstance(forms, dict)
        strings = [forms[i] for i in sorted(forms)]
        if "fuzzy" in flags and msgid:
            continue
        if msgid and not all(strings):
            continue  # untranslated: the English msgid shows
        if "msgctxt" in entry:
            msgid = f"{entry['msgctxt']}\x04{msgid}"
        if "msgid_plural" in entry:
            msgid = f"{msgid}\0{entry['msgid_plural']}"
        out.append((msgid, "\0".join(strings)))
    return out


def mo_bytes(entries: list[Entry]) -> bytes:
    """The GNU `.mo` layout (little-endian, no hash table) of `entries`."""
    entries = sorted(entries)
    ids = [e[0].encode("utf-8") for e in entries]
    strs = [e[1].encode("utf-8") for e in entries]
    count = len(entries)
    key_start = 7 * 4 + 16 * count
    id_data = b"".join(i + b"\0" for i in ids)
    str_start = key_start + len(id_data)
    offsets, position = [], key_start
    for item in ids:
        offsets += [len(item), position]
        position += len(item) + 1
    position = str_start
    for item in strs:
        offsets += [len(item), position]
        position += len(item) + 1
    header = struct.pack("<7I", 0x950412DE, 0, count, 7 * 4, 7 * 4 + 8 * count, 0, 0)
    return header + struct.pack(f"<{4 * count}I", *offsets) + id_data + b"".join(s + b"\0" for s in strs)


def load_po(path: Path) -> gettext.GNUTranslations:
    """The translations of one `.po` file, through the standard library's gettext."""
    entries = mo_entries(path.read_text(encoding="utf-8"))
    return gettext.GNUTranslations(io.BytesIO(mo_bytes(entries)))
