"""`re` for the rules' word lists, with `compile` put off until a pattern is first used (not a rule itself).

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
"""

from __future__ import annotations

import re as _re
from typing import Any

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
            found = _re.compile(self.pattern, self._flags)
            self.__dict__.update({name: getattr(found, name) for name in _METHODS}, _compiled=found)
        return found

    def __getattr__(self, name: str) -> Any:  # only for what the instance does not hold yet
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazyre.compile({self.pattern!r}, {self._flags!r})"


def compile(pattern: Any, flags: int = 0) -> Any:  # noqa: A001 - stands in for re.compile
    """re.compile, put off until the pattern is used (a compiled or lazy pattern is returned as it is)."""
    if isinstance(pattern, (LazyPattern, _re.Pattern)):
        return pattern
    made = LazyPattern(pattern, flags)
    _ALL.append(made)
    return made


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
