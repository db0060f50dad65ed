"""The catalogues at run time: a `.mo` compiled from each `.po` when plancraft is built, else the `.po`.

The `.po` files in the repository are the one source the translators edit. Building plancraft
(`pip install .`, a wheel: setup.py's build step calls `compile_catalogue`) writes a `.mo` beside
each `.po`, in GNU gettext's layout, with the `.po`'s size and CRC-32 in its header; `load` reads
that `.mo` where a message is looked up (a binary search: nothing is parsed at start-up) as long
as it was made from the `.po` beside it. A checkout or an editable install has no `.mo`, and a
`.mo` made from another `.po` is never used: the `.po` is then read with the standard library
and compiled here, in memory, into the same layout for `gettext.GNUTranslations`. Fuzzy and
untranslated entries are left out (English shows).
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # gettext only where a .po is read or a plural rule needs its expression parser
    from gettext import GNUTranslations

Entry = tuple[str, str]  # (msgid, msgstr) in .mo form: plural forms joined with NUL
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "b": "\b", "f": "\f", "v": "\v", "a": "\a"}


def _unquote(text: str) -> str:
    """A .po string literal ("...", C escapes) as text; faster than ast.literal_eval at start-up."""
    if "\\" not in text:  # most lines (four in five): nothing to unescape, no regular expression
        return text[1:-1]
    import re  # only with a .po: a compiled catalogue has no escapes

    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), "\\" + m.group(1)), text[1:-1])


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
    import struct  # only to write a .mo: reading one needs none (Compiled)

    header = struct.pack("<7I", 0x950412DE, 0, count, 7 * 4, 7 * 4 + 8 * count, 0, 0)
    return header + struct.pack(f"<{4 * count}I", *offsets) + id_data + b"".join(s + b"\0" for s in strs)


def load_po(path: Path, text: str | None = None) -> GNUTranslations:
    """The translations of one `.po` file (or of its `text`, already read), through the standard library's gettext."""
    import gettext
    import io

    entries = mo_entries(path.read_text(encoding="utf-8") if text is None else text)
    return gettext.GNUTranslations(io.BytesIO(mo_bytes(entries)))


# ---------------------------------------------------------------------------------------------------
# The compiled catalogue: built from the .po, read without parsing.

SOURCE_FIELD = "X-Plancraft-Source"  # the header line that names the .po a .mo was made from


def source_stamp(po: bytes) -> str:
    """What a `.mo` records of its `.po`: size and CRC-32 (an edit that keeps the size changes the CRC)."""
    return f"{len(po)} {zlib.crc32(po):08x}"


def compile_catalogue(po_path: Path, mo_path: Path | None = None) -> Path:
    """Write the `.mo` of the `.po` at `po_path` (beside it unless `mo_path`), stamped with the `.po`'s
    size and CRC-32; setup.py's build step calls this for every catalogue it ships."""
    po = po_path.read_bytes()
    entries = mo_entries(po.decode("utf-8"))
    header = dict(entries).get("", "")
    stamped = [(msgid, msgstr) for msgid, msgstr in entries if msgid]
    stamped.append(("", header.rstrip("\n") + f"\n{SOURCE_FIELD}: {source_stamp(po)}\n"))
    target = mo_path or po_path.with_suffix(".mo")
    target.write_bytes(mo_bytes(stamped))
    return target


def load(po_path: Path) -> GNUTranslations | Compiled:
    """The translations of the `.po` at `po_path`: its compiled `.mo` when one beside it was made from
    this very `.po`, else the `.po` itself (a checkout, an editable install, a stale or damaged `.mo`)."""
    po = po_path.read_bytes()
    try:
        compiled = Compiled(po_path.with_suffix(".mo").read_bytes())
    except (OSError, ValueError, IndexError):
        compiled = None
    if compiled is not None and compiled.stamp == source_stamp(po):
        return compiled
    return load_po(po_path, po.decode("utf-8"))


class Compiled:
    """A `.mo` of `compile_catalogue`, read where a message is looked up: a binary search over its sorted
    message ids, each answer kept. Answers as `gettext.GNUTranslations` of the same catalogue would
    (gettext, ngettext, pgettext; an untranslated message is its English text)."""

    def __init__(self, data: bytes):
        self._data = data
        magic, revision, count, ids_at, strs_at = (self._word(4 * n) for n in range(5))
        if magic != 0x950412DE or revision >> 16:
            raise ValueError("not a little-endian .mo of a known revision")
        self._count, self._ids_at, self._strs_at = count, ids_at, strs_at
        self._found: dict[str, tuple[str | None, list[str] | None]] = {}
        info = {}
        for line in (self._string(0) if count and self._msgid(0) == b"" else "").splitlines():
            name, _sep, value = line.partition(":")
            info[name.strip().lower()] = value.strip()
        if "charset=utf-8" not in info.get("content-type", "").lower().replace(" ", ""):
            raise ValueError("not a UTF-8 catalogue")
        self.stamp = info.get(SOURCE_FIELD.lower())
        self._plural_forms = info.get("plural-forms", "")
        self._plural = None

    def _word(self, at: int) -> int:
        word = self._data[at : at + 4]
        if len(word) != 4:
            raise ValueError("a truncated .mo")
        return int.from_bytes(word, "little")

    def _msgid(self, index: int) -> bytes:
        length, offset = self._word(self._ids_at + 8 * index), self._word(self._ids_at + 8 * index + 4)
        return self._data[offset : offset + length]

    def _string(self, index: int) -> str:
        length, offset = self._word(self._strs_at + 8 * index), self._word(self._strs_at + 8 * index + 4)
        return self._data[offset : offset + length].decode("utf-8")

    def _find(self, key: str) -> tuple[str | None, list[str] | None]:
        """The translation of `key` as a singular entry, and as a plural one (its forms), each or None."""
        try:
            return self._found[key]
        except KeyError:
            pass
        wanted = key.encode("utf-8")
        low, high = 0, self._count
        while low < high:  # the first id not below `wanted`: `key`, then `key\0plural` right after it
            middle = (low + high) // 2
            if self._msgid(middle) < wanted:
                low = middle + 1
            else:
                high = middle
        singular = forms = None
        if low < self._count and self._msgid(low) == wanted:
            singular = self._string(low)
            low += 1
        if low < self._count and self._msgid(low).startswith(wanted + b"\0"):
            forms = self._string(low).split("\0")
        self._found[key] = singular, forms
        return singular, forms

    def plural(self, n: int) -> int:
        """The index of the plural form for `n` (the header's Plural-Forms, as gettext reads it)."""
        if self._plural is None:
            expression = self._plural_forms.partition("plural=")[2].strip().rstrip(";").strip()
            if expression.isdigit():  # one form for every number (Chinese): no expression to compile
                value = int(expression)
                self._plural = lambda n: value
            else:
                import gettext

                self._plural = gettext.c2py(expression or "n != 1")
        return self._plural(n)

    def _singular(self, key: str) -> str | None:
        singular, forms = self._find(key)
        if singular is None and forms is not None and self.plural(1) < len(forms):
            return forms[self.plural(1)]  # as gettext: a plural entry answers for its singular too
        return singular

    def gettext(self, message: str) -> str:
        translated = self._singular(message)
        return message if translated is None else translated

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        forms = self._find(singular)[1]
        if forms is not None and self.plural(n) < len(forms):
            return forms[self.plural(n)]
        return singular if n == 1 else plural

    def pgettext(self, context: str, message: str) -> str:
        translated = self._singular(f"{context}\x04{message}")
        return message if translated is None else translated
