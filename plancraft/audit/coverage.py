"""Standards coverage: for each clause some rule evidences, is it met by each plan?

Every rule module names the clauses it gives evidence for (`CLAUSES`, e.g. "GB/T 29639-2020
6.1.2" or "投诉办法 第七条"). For one plan and one clause:

- covered   — every rule evidencing the clause ran and found nothing;
- partly    — some evidencing rules found something, or some did not run (disabled by the
              configuration) while the others found nothing;
- not       — every evidencing rule that ran found something;
- unchecked — none of them ran (the plan failed the schema check, or the rules are disabled).

Rules still being written (SUMMARY "STUB") evidence nothing. A finding silenced by an inline
suppression counts as no finding: the suppression is the plan owner's recorded decision.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from plancraft.audit.collect import UNREADABLE_STATUS, PlanAudit, implemented

COVERED, PARTLY, NOT, UNCHECKED = "covered", "partly", "not", "unchecked"
STATES = (COVERED, PARTLY, NOT, UNCHECKED)


@dataclass(frozen=True)
class Clause:
    text: str  # as the rules write it, e.g. "GB/T 29639-2020 6.1.2"
    standard: str  # "GB/T 29639-2020"
    article: str  # "6.1.2"
    rules: tuple[str, ...]  # codes of the rules that evidence it


@dataclass(frozen=True)
class Cell:
    state: str
    failing: tuple[str, ...] = ()  # evidencing rules that found something
    not_run: tuple[str, ...] = ()  # evidencing rules that did not run


@dataclass
class Coverage:
    clauses: list[Clause]
    files: list[str]  # the readable plans, in audit order
    cells: dict[tuple[str, str], Cell]  # (clause text, plan file) -> Cell

    def cell(self, clause: str, file: str) -> Cell:
        return self.cells[(clause, file)]

    def clause_counts(self, clause: str) -> Counter[str]:
        return Counter(self.cells[(clause, f)].state for f in self.files)

    def plan_counts(self, file: str) -> Counter[str]:
        return Counter(self.cells[(c.text, file)].state for c in self.clauses)


def clauses(rules: Iterable | None = None) -> list[Clause]:
    """Every clause named by an implemented rule, with its rules, in reading order."""
    if rules is None:
        from plancraft.rules import RULES as rules
    by_clause: dict[str, list[str]] = {}
    for rule in rules:
        if not implemented(rule):
            continue
        for text in getattr(rule, "CLAUSES", ()):
            by_clause.setdefault(text, []).append(rule.CODE)
    found = [Clause(text, *split_clause(text), tuple(sorted(codes))) for text, codes in by_clause.items()]
    return sorted(found, key=lambda c: (c.standard, article_key(c.article), c.text))


def coverage(plans: list[PlanAudit], rules: Iterable | None = None) -> Coverage:
    listed = clauses(rules)
    readable = [p for p in plans if p.status != UNREADABLE_STATUS]
    cells: dict[tuple[str, str], Cell] = {}
    for plan in readable:
        found = {d.code for d in plan.findings}
        for clause in listed:
            cells[(clause.text, plan.file)] = judge(clause.rules, plan.rules_run, found)
    return Coverage(listed, [p.file for p in readable], cells)


def judge(evidencing: Iterable[str], ran: Iterable[str], found: Iterable[str]) -> Cell:
    evidencing = tuple(sorted(evidencing))
    ran_set, found_set = set(ran), set(found)
    ran_here = [c for c in evidencing if c in ran_set]
    not_run = tuple(c for c in evidencing if c not in ran_set)
    failing = tuple(c for c in ran_here if c in found_set)
    if not ran_here:
        return Cell(UNCHECKED, (), not_run)
    if len(failing) == len(ran_here):
        return Cell(NOT, failing, not_run)
    if failing or not_run:
        return Cell(PARTLY, failing, not_run)
    return Cell(COVERED)


def split_clause(text: str) -> tuple[str, str]:
    """"GB/T 29639-2020 6.1.2" -> ("GB/T 29639-2020", "6.1.2"); the article is the last word."""
    standard, _, article = text.rpartition(" ")
    return (standard, article) if standard else (text, "")


_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def chinese_number(text: str) -> int | None:
    """十八 -> 18, 二十五 -> 25, 一百零三 -> 103; None when `text` is not such a number."""
    if not text or any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, digit = 0, 0
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        else:
            total += (digit or 1) * (10 if ch == "十" else 100)
            digit = 0
    return total + digit


def article_key(article: str) -> tuple:
    """Sort 6.2 before 6.10 and 第七条 before 第十八条; anything else after, by text."""
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)*", article):
        return (0, tuple(int(n) for n in article.split(".")), article)
    match = re.fullmatch(r"第(.+)条", article)
    number = chinese_number(match.group(1)) if match else None
    if number is not None:
        return (1, (number,), article)
    return (2, (), article)
