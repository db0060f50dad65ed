"""The rules' patterns are compiled on first use (plancraft.rules.lazyre): every one still compiles, matches
as the same `re` pattern does, and importing the rules compiles none of them."""

import re
import subprocess
import sys

import plancraft.rules  # noqa: F401 - makes every rule module's patterns
from plancraft.rules import lazyre, vocabulary

SAMPLES = (
    "由办公室主任负责，因故不能到场时由副主任代行；某某银行××支行",
    "The Duty Manager acknowledges the complaint within 3 working days, or as soon as possible.",
    "Rural Commercial Bank 中国工商银行 工行 ICBC 农村信用合作联社",
    "",
)


def test_every_lazy_pattern_compiles():
    assert lazyre.compile_all() == len(lazyre._ALL) > 100


def test_a_lazy_pattern_matches_as_the_compiled_pattern_does():
    for lazy in lazyre._ALL:
        real = re.compile(lazy.pattern, lazy._flags)
        for text in SAMPLES:
            assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
            assert bool(lazy.search(text)) == bool(real.search(text))
            assert lazy.sub("#", text) == real.sub("#", text)
        assert lazy.flags == real.flags and lazy.groups == real.groups


def test_names_other_than_compile_are_the_standard_modules():
    assert lazyre.IGNORECASE is re.IGNORECASE and lazyre.escape is re.escape and lazyre.Pattern is re.Pattern
    assert lazyre.compile(vocabulary.ABSENCE) is vocabulary.ABSENCE  # already made: returned as it is
    assert lazyre.compile(re.compile("a")).pattern == "a"


def test_importing_the_rules_compiles_no_word_list():
    probe = (
        "import plancraft.rules; from plancraft.rules import lazyre; "
        "print(sum('_compiled' in p.__dict__ for p in lazyre._ALL), len(lazyre._ALL))"
    )
    compiled, made = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert compiled == "0" and int(made) > 100
