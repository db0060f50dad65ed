"""The `re` functions the importer uses, with a cache of compiled patterns large enough to hold them.

`re` keeps the last 512 patterns its module-level functions compiled. The importer's readers write about 1,600
patterns inline (`re.search(r"…", text)`), so `re` dropped and compiled most of them again for every document, and an
import spent a quarter of its time compiling. The importer's modules import this module as `re`: the same calls,
each pattern compiled once (the cache is bounded: some patterns are made from a document's own words).
plancraft/rules/lazyre.py, the rules' stand-in for `re`, solves another problem — it puts off compiling the rules'
module-level patterns for lint's start-up — and leaves these module-level calls to `re`.
"""

from __future__ import annotations

import functools
import re as _re
from re import IGNORECASE, MULTILINE, I, Match, Pattern, escape

__all__ = [
    "IGNORECASE",
    "MULTILINE",
    "I",
    "Match",
    "Pattern",
    "compile",
    "escape",
    "findall",
    "finditer",
    "fullmatch",
    "match",
    "search",
    "split",
    "sub",
]


@functools.lru_cache(maxsize=8192)
def compile(pattern, flags=0) -> Pattern:  # noqa: A001 - re's name, so that `re.compile` reads as before
    return _re.compile(pattern, flags)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)
