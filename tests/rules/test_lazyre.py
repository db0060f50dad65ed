"""The rules' patterns are compiled on first use (plancraft.rules.lazyre): every one still compiles, matches
as the same `re` pattern does (also once it skips ahead to where a match can begin), and importing the rules
compiles none of them."""

import re
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import plancraft.rules  # noqa: F401 - makes every rule module's patterns
from plancraft.loader import load_bytes
from plancraft.model import Plan
from plancraft.rules import lazyre, vocabulary

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "plans" / "examples").glob("*.yaml"))

SAMPLES = (
    "由办公室主任负责，因故不能到场时由副主任代行；某某银行××支行",
    "The Duty Manager acknowledges the complaint within 3 working days, or as soon as possible.",
    "Rural Commercial Bank 中国工商银行 工行 ICBC 农村信用合作联社",
    "",
    # letters the engine matches to i, s and k without regard to case (İ ı ſ K)
    "THE DUTY MANAGER IS ABSENT; ſtaff on ſick leave, the Kelvin-ſign K, İmmediately, ımmediately",
)


@lru_cache(maxsize=1)
def texts() -> tuple[str, ...]:
    found = set(SAMPLES)
    for example in EXAMPLES:
        plan = Plan(load_bytes(example.read_bytes(), example.name))
        found.update(text for _path, text in plan.texts())
    found |= {text.upper() for text in found} | {text.swapcase() for text in found}
    return tuple(sorted(found))


def test_every_lazy_pattern_compiles():
    assert lazyre.compile_all() == len(lazyre._ALL) > 100


def _same(lazy, real: re.Pattern, text: str) -> None:
    assert [(m.span(), m.groups()) for m in lazy.finditer(text)] == [(m.span(), m.groups()) for m in real.finditer(text)]
    found, expected = lazy.search(text), real.search(text)
    assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))
    middle = len(text) // 2
    found, expected = lazy.search(text, middle, len(text) - 1), real.search(text, middle, len(text) - 1)
    assert (found and found.span()) == (expected and expected.span())


def test_a_lazy_pattern_matches_as_the_compiled_pattern_does():
    for lazy in lazyre._ALL:
        real = re.compile(lazy.pattern, lazy._flags)
        for text in SAMPLES:
            _same(lazy, real, text)
            assert lazy.sub("#", text) == real.sub("#", text)
        assert lazy.flags == real.flags and lazy.groups == real.groups


def test_patterns_that_skip_ahead_find_what_re_finds():
    settled = 0
    for lazy in lazyre._ALL:
        lazy.settle()
        if getattr(lazy.search, "__self__", None) is lazy.compiled():
            continue  # the engine skips ahead by itself, or the first characters are not known
        settled += 1
        real = re.compile(lazy.pattern, lazy._flags)
        for text in texts():
            _same(lazy, real, text)
    assert settled > 40  # ABSENCE, DELEGATION, IMMEDIATE, VAGUE_ZH, ... (IGNORECASE, or `\b` first)


def test_a_pattern_skips_ahead_only_after_reading_enough_text():
    lazy = lazyre.compile("因故|请假|\\babsent\\b", re.IGNORECASE)
    real = lazy.compiled()
    assert lazy.search("x") is None and lazy.search.__name__ == "counted_search"
    long = "投诉处理" * (lazyre._WORTH // 4 + 1) + "请假"
    assert lazy.search(long).span() == real.search(long).span()
    assert lazy.search.__name__ == "search" and getattr(lazy.search, "__self__", None) is not real  # now it skips
    assert lazy.search("ABSENT").span() == (0, 6)


def test_what_a_pattern_can_begin_with():
    first = lambda pattern, flags=0: lazyre._first(lazyre._parser.parse(pattern, flags).data, flags)  # noqa: E731
    assert first("因故|请假|(?:不能|无法)到场") == ({"因", "请", "不", "无"}, set(), False)
    assert first(r"\bkey\b", re.IGNORECASE) == ({"k", "K", "\u212a"}, set(), False)
    assert first("(?:相关)?[\u4e00-\u9fff]{1,4}部") == ({"相"}, {(0x4E00, 0x9FFF)}, False)
    assert first(r"\w+|x")[2] and first("a?")[2]  # not known / may be empty: no skipping
    assert lazyre._scanner(re.compile("abc|abd")) is None  # the engine skips by itself


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


def test_compiled_codes_are_kept_between_runs_as_bytecode_is(tmp_path, monkeypatch):
    kept = tmp_path / "lazyre.regex"
    monkeypatch.setattr(lazyre, "_cache_file", lambda: kept)
    monkeypatch.setattr(lazyre, "_KEPT", None)
    monkeypatch.setattr(lazyre, "_NEW", {})
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    pattern, flags = "因故|请假|\\b(?P<word>absent)\\b", re.IGNORECASE
    first = lazyre._compile(pattern, flags)
    assert list(lazyre._NEW) == [(pattern, int(flags))]
    lazyre._save()
    assert kept.is_file()
    monkeypatch.setattr(lazyre, "_KEPT", None)  # the next run reads the file: nothing compiled afresh
    monkeypatch.setattr(lazyre, "_NEW", {})
    again = lazyre._compile(pattern, flags)
    assert lazyre._NEW == {}
    real = re.compile(pattern, flags)
    for text in texts():
        _same(again, real, text)
    assert (
        (again.flags, again.groups, again.groupindex)
        == (real.flags, real.groups, real.groupindex)
        == (first.flags, 1, {"word": 1})
    )
    kept.write_bytes(b"not a kept file")  # unreadable: compiled afresh
    monkeypatch.setattr(lazyre, "_KEPT", None)
    assert lazyre._compile(pattern, flags).search("ABSENT").span() == (0, 6) and lazyre._NEW


def test_no_codes_are_written_when_python_writes_no_bytecode(tmp_path, monkeypatch):
    kept = tmp_path / "lazyre.regex"
    monkeypatch.setattr(lazyre, "_cache_file", lambda: kept)
    monkeypatch.setattr(lazyre, "_KEPT", None)
    monkeypatch.setattr(lazyre, "_NEW", {})
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    lazyre._compile("因故|请假", 0)
    lazyre._save()
    assert not kept.exists() and not list(tmp_path.iterdir())
