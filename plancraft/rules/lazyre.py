r"""`re` for the rules' word lists, with `compile` put off until a pattern is first used (not a rule itself).

The rules hold some 250 regular expressions (vocabulary.py alone about 70). Compiling them costs about
30 ms at every start of `plancraft lint` — a quarter of linting one plan — and a plan uses only a part of
them: an English plan none of the Chinese-only lists, a plan without another bank's name none of PC512's
single bank names, a complete plan none of the patterns that look for what is missing. A module that writes
its patterns as `re.compile(...)` imports this module as `re` (`from plancraft.rules import lazyre as re`)
and keeps its text as it is: `compile` returns a LazyPattern, which compiles on first use and from then on
hands out the compiled pattern's own methods (no cost per call). `.pattern` is known without compiling,
so a pattern built from another's text (`re.compile(A.pattern + "…")`) stays lazy. Every other name is the
standard module's.

A pattern that does not compile fails where it is first used, not at import: tests/rules/test_lazyre.py
compiles every pattern of every rule module, so that such a mistake fails the tests, not a user's lint.

Searching is made faster where Python's regex engine cannot skip ahead by itself. It skips to the places
where a match can begin only when every alternative begins with a plain character of no case; a word list
read without regard to case (`re.IGNORECASE`) or with an alternative that begins with `\b` is tried, every
alternative of it, at every character of every text. For such a pattern, `search` and `finditer` first
find, with a second pattern that the engine does skip with, the next character that can begin a match
(worked out from the pattern: its first characters, each letter in every case the engine matches it in)
where the pattern matches, and then match the pattern there: the same matches, found in a fraction of the
time. Where the first characters cannot be worked out (`\w`, `.`, a class that excludes), or a match may
be empty, the pattern searches as it is.

Compiling is kept between runs as bytecode is: the engine's code of each pattern compiled is written next
to the rules' bytecode at exit (`__pycache__/lazyre.<python>.regex`, not when Python writes no bytecode) and
read back by the next run, so that a lint of one plan does not compile the ninety patterns it uses again.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re as _re
import sys
from pathlib import Path
from typing import Any

import _sre

try:  # the regex engine's own parser (Python 3.11 and later), to read a pattern's first characters
    from re import _compiler, _constants, _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_constants as _constants  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

# Compiled when the pattern is first used: the methods rules call, kept on the instance.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

_ALL: list["LazyPattern"] = []  # every pattern made here (compile_all)


class LazyPattern:
    """A regular expression compiled on first use; then its methods are the compiled pattern's."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> _re.Pattern:
        found = self.__dict__.get("_compiled")
        if found is None:
            found = _compile(self.pattern, self._flags)
            self.__dict__.update({name: getattr(found, name) for name in _METHODS}, _compiled=found)
            self.__dict__.update(_counting(self, found))
        return found

    def settle(self) -> None:
        """Search from now on as fast as this pattern can: skipping ahead (_skipping) or as compiled."""
        found = self.compiled()
        self.__dict__.update(search=found.search, finditer=found.finditer)
        self.__dict__.update(_skipping(found))

    def __getattr__(self, name: str) -> Any:  # only for what the instance does not hold yet
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazyre.compile({self.pattern!r}, {self._flags!r})"


def compile(pattern: Any, flags: int = 0) -> Any:  # noqa: A001 - stands in for re.compile
    """re.compile, put off until the pattern is used (a compiled or lazy pattern is returned as it is; the
    same pattern made twice is one LazyPattern). For a module's patterns: a pattern made anew for each
    plan (from the plan's words) is better compiled with re itself."""
    if isinstance(pattern, (LazyPattern, _re.Pattern)):
        return pattern
    made = _MADE.get((pattern, flags))
    if made is None:
        made = _MADE[(pattern, flags)] = LazyPattern(pattern, flags)
        _ALL.append(made)
    return made


_MADE: dict[tuple[Any, int], LazyPattern] = {}


def compile_all() -> int:
    """Compile every pattern made so far (tests; a caller that wants no compiling later). Returns how many."""
    for pattern in _ALL:
        pattern.compiled()
    return len(_ALL)


# Every other public name (search, escape, IGNORECASE, Pattern, …) is re's own, bound here so that a call
# costs what it costs with re; anything else is looked up in re when asked for.
globals().update({name: getattr(_re, name) for name in _re.__all__ if name != "compile"})


def __getattr__(name: str) -> Any:
    return getattr(_re, name)


# ---------------------------------------------------------------- searching that skips ahead

# Characters a pattern searches as compiled before it is made to skip ahead (_skipping): working out the
# first characters and compiling the pattern that skips costs about what compiling the pattern did, which a
# lint of one plan would not win back (a word list reads some 5,000 characters of a plan), a lint of many does.
_WORTH = 50_000


def _counting(lazy: LazyPattern, pattern: _re.Pattern) -> dict[str, Any]:
    """`search` and `finditer` that count the characters they are given and settle the pattern (skipping
    ahead or not) once they pass _WORTH."""
    search, finditer = pattern.search, pattern.finditer
    left = [_WORTH]

    def counted_search(string: str, pos: int = 0, endpos: int = _MAXSIZE) -> Any:
        left[0] -= len(string)
        if left[0] < 0:
            lazy.settle()
        return search(string, pos, endpos)

    def counted_finditer(string: str, pos: int = 0, endpos: int = _MAXSIZE) -> Any:
        left[0] -= len(string)
        if left[0] < 0:
            lazy.settle()
        return finditer(string, pos, endpos)

    return {"search": counted_search, "finditer": counted_finditer}


def _skipping(pattern: _re.Pattern) -> dict[str, Any]:
    """`search` and `finditer` for `pattern` that skip to where a match can begin (see the module's
    docstring), or nothing when the engine skips by itself or the first characters are not known."""
    try:
        scan = _scanner(pattern)
    except Exception:  # noqa: BLE001 - any doubt about the analysis: the pattern searches as it is
        scan = None
    if scan is None:
        return {}
    find, match = scan.search, pattern.match

    def search(string: str, pos: int = 0, endpos: int = _MAXSIZE) -> Any:
        found = find(string, pos, endpos)
        return None if found is None else match(string, found.start(), endpos)

    def finditer(string: str, pos: int = 0, endpos: int = _MAXSIZE) -> Any:
        return _matches(find, match, string, pos, endpos)

    return {"search": search, "finditer": finditer}


def _matches(find: Any, match: Any, string: str, pos: int, endpos: int) -> Any:
    while True:
        found = find(string, pos, endpos)
        if found is None:
            return
        found = match(string, found.start(), endpos)
        yield found
        pos = found.end()  # never empty (_scanner): the next match begins at or after its end


_MAXSIZE = sys.maxsize


def _scanner(pattern: _re.Pattern) -> _re.Pattern | None:
    """A pattern that matches (one character long) where `pattern` matches, found by a charset the engine
    skips with: `[first characters](?<=(?=pattern).)`. None when there is no need or no way."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (_re.VERBOSE | _re.LOCALE | _re.ASCII):
        return None
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if parsed.getwidth()[0] < 1:
        return None  # a match may be empty
    if _compiler._get_literal_prefix(parsed, pattern.flags)[0] or _compiler._get_charset_prefix(parsed, pattern.flags):
        return None  # the engine skips ahead by itself
    chars, ranges, empty = _first(parsed.data, pattern.flags)
    if empty or (not chars and not ranges):
        return None
    items = "".join(_re.escape(char) for char in sorted(chars))
    items += "".join(f"{_re.escape(chr(lo))}-{_re.escape(chr(hi))}" for lo, hi in sorted(ranges))
    return _compile(f"(?-i:[{items}])(?<=(?=(?:{pattern.pattern}))(?s:.))", pattern.flags)


class _Unknown(Exception):
    """The first characters of a pattern cannot be listed."""


# The characters other than the ASCII letters that the engine matches, without regard to case, to i, s, k.
_OTHER_CASES = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# Code points with no case (CJK ideographs): a range of them is kept as a range, with or without IGNORECASE.
_UNCASED_BLOCKS = ((0x2E80, 0x2FDF), (0x3000, 0x303F), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


def _first(items: list, flags: int) -> tuple[set[str], set[tuple[int, int]], bool]:
    """(characters, ranges of code points) a match of the sequence `items` (parsed) can begin with, and
    whether it can be empty; _Unknown when that cannot be said."""
    try:
        return _first_of(items, flags)
    except _Unknown:
        return set(), set(), True


def _first_of(items: list, flags: int) -> tuple[set[str], set[tuple[int, int]], bool]:
    chars: set[str] = set()
    ranges: set[tuple[int, int]] = set()
    for op, av in items:
        more, spans, empty = _first_one(op, av, flags)
        chars |= more
        ranges |= spans
        if not empty:
            return chars, ranges, False
    return chars, ranges, True


def _first_one(op: Any, av: Any, flags: int) -> tuple[set[str], set[tuple[int, int]], bool]:
    c = _constants
    if op is c.LITERAL:
        return _cases(chr(av), flags), set(), False
    if op is c.IN:
        chars: set[str] = set()
        ranges: set[tuple[int, int]] = set()
        for kind, value in av:
            if kind is c.LITERAL:
                chars |= _cases(chr(value), flags)
            elif kind is c.RANGE:
                lo, hi = value
                if not flags & _re.IGNORECASE or any(a <= lo and hi <= b for a, b in _UNCASED_BLOCKS):
                    ranges.add((lo, hi))
                elif hi - lo <= 128:
                    for code in range(lo, hi + 1):
                        chars |= _cases(chr(code), flags)
                else:
                    raise _Unknown
            else:  # NEGATE, CATEGORY (\d, \w, \s): too many characters
                raise _Unknown
        return chars, ranges, False
    if op is c.BRANCH:
        chars, ranges, empty = set(), set(), False
        for alternative in av[1]:
            more, spans, can = _first_of(alternative.data, flags)
            chars |= more
            ranges |= spans
            empty = empty or can
        return chars, ranges, empty
    if op is c.SUBPATTERN:
        _group, add, remove, inner = av
        return _first_of(inner.data, (flags | add) & ~remove)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _first_of(av.data, flags)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
        least, _most, inner = av
        chars, ranges, empty = _first_of(inner.data, flags)
        return chars, ranges, empty or least == 0
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), set(), True  # takes no character
    raise _Unknown  # ANY, NOT_LITERAL, a group reference, ...


def _cases(char: str, flags: int) -> set[str]:
    """`char` and what the engine also matches to it without regard to case (IGNORECASE)."""
    if not flags & _re.IGNORECASE or char.lower() == char.upper():
        return {char}
    if char in _ASCII_LETTERS:
        low = char.lower()
        return {low, low.upper(), *_OTHER_CASES.get(low, "")}
    raise _Unknown  # a letter of another script: not worth listing


# ---------------------------------------------------------------- compiled patterns kept, as bytecode is

# Compiling is most of what the rules' patterns cost a lint of one plan (about 25 ms for the 90 a complete plan
# uses). The regex engine's code of each pattern this Python compiled is kept next to the rules' bytecode
# (`__pycache__/lazyre.<python>.regex`), written as Python writes bytecode (not when it writes none,
# PYTHONDONTWRITEBYTECODE), and read back by the next run; a file that does not read as this Python's, or a
# code the engine does not accept, is compiled afresh.
_VERSION = (sys.version, _sre.MAGIC, _sre.CODESIZE, 1)
_KEPT: dict | None = None  # (pattern, flags) -> what _sre.compile is given, as read from the file
_NEW: dict = {}  # compiled in this run, written at exit


def _cache_file() -> Path:
    return Path(__file__).resolve().parent / "__pycache__" / f"lazyre.{sys.implementation.cache_tag}.regex"


def _kept() -> dict:
    global _KEPT
    if _KEPT is None:
        _KEPT = {}
        try:
            data = marshal.loads(_cache_file().read_bytes())
            if isinstance(data, dict) and data.get("version") == _VERSION and isinstance(data.get("codes"), dict):
                _KEPT = data["codes"]
        except Exception:  # noqa: BLE001 - no file, or not one this Python wrote: compile afresh
            pass
    return _KEPT


def _compile(pattern: str, flags: int = 0) -> _re.Pattern:
    """re.compile(pattern, flags), with the engine's code kept between runs (see above)."""
    flags = int(flags)
    key = (pattern, flags)
    kept = _kept().get(key)
    if kept is not None:
        try:
            return _sre.compile(pattern, *kept)
        except Exception:  # noqa: BLE001 - not a code this engine takes: compile afresh
            pass
    try:  # what re's compiler does (re._compiler.compile), keeping what it hands the engine
        parsed = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]  # (opcodes are int subclasses)
        names = dict(parsed.state.groupdict)
        index: list = [None] * parsed.state.groups
        for name, number in names.items():
            index[number] = name
        kept = (flags | parsed.state.flags, code, parsed.state.groups - 1, names, tuple(index))
        made = _sre.compile(pattern, *kept)
    except Exception:  # noqa: BLE001 - an error in the pattern is re's to report; any other doubt: re itself
        return _re.compile(pattern, flags)
    if not _NEW:
        _save_at_exit()
    _NEW[key] = kept
    return made


def _save_at_exit() -> None:
    """Write the new codes when this process ends: at exit, or, in a worker process (lint -j), when
    multiprocessing finishes it (a worker's end skips atexit)."""
    atexit.register(_save)
    process = sys.modules.get("multiprocessing.process")
    if process is not None and process.parent_process() is not None:
        from multiprocessing.util import Finalize

        Finalize(None, _save, exitpriority=0)


def compile_kept() -> int:
    """Compile now every pattern made so far whose code an earlier run kept (cheap: no parsing): before
    lint's worker processes fork, so that they share the compiled patterns. Returns how many."""
    kept = _kept()
    ready = [made for made in _ALL if "_compiled" not in made.__dict__ and (made.pattern, int(made._flags)) in kept]
    for made in ready:
        made.compiled()
    return len(ready)


def _save() -> None:
    """Write the codes compiled in this run to the file (with those read from it), in one rename."""
    if not _NEW or sys.dont_write_bytecode:
        return
    path = _cache_file()
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        codes = {**_kept(), **_NEW}
        data = marshal.dumps({"version": _VERSION, "codes": codes})
        path.parent.mkdir(exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except Exception:  # noqa: BLE001 - a read-only installation: nothing kept, as with bytecode
        try:
            temporary.unlink()
        except OSError:
            pass
