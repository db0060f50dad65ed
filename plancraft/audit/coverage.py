"""Standards coverage: for each clause some rule evidences, is it met by each plan?

Every rule module names the clauses it gives evidence for (`CLAUSES`, e.g. "GB/T 29639-2020
6.1.2" or "投诉办法 第七条"). For one plan and one clause:

- covered   — every rule evidencing the clause ran, found nothing, and the plan has the content
              the rule looks at (a rule that found nothing because there was nothing to check,
              e.g. no time limits for a deadline rule, evidences nothing: issue 14);
- partly    — some evidencing rules found something, or some did not run (disabled by the
              configuration), while at least one is satisfied;
- not       — no evidencing rule that ran is satisfied (each found something or had nothing to
              check);
- unchecked — none of them ran (the plan failed the schema check, the rules are disabled, or the
              rules are statutory rules of another jurisdiction, e.g. 投诉办法 for a UK plan).

What content a rule needs is its EVIDENCE: YAML paths (`levels[].criteria`; `a|b` for either)
that must all hold something. A rule module may declare `EVIDENCE`; otherwise the table below
holds it. A rule without either is taken at its word (no content check).

Rules still being written (SUMMARY "STUB") evidence nothing. A finding silenced by an inline
suppression counts as no finding: the suppression is the plan owner's recorded decision.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from plancraft.audit.collect import UNREADABLE_STATUS, PlanAudit, implemented

COVERED, PARTLY, NOT, UNCHECKED = "covered", "partly", "not", "unchecked"
STATES = (COVERED, PARTLY, NOT, UNCHECKED)

# What each clause-evidencing rule needs the plan to contain before its silence counts.
EVIDENCE: dict[str, tuple[str, ...]] = {
    "PC101": ("organisation.roles",),
    "PC106": ("levels", "scenarios"),
    "PC107": ("scenarios[].actions",),
    "PC108": ("scenarios[].owner",),
    "PC201": ("levels",),
    "PC202": ("levels[].criteria|levels[].thresholds",),
    "PC203": ("levels[].lead",),
    "PC204": ("levels[].notify",),
    "PC205": ("levels[].end_when",),
    "PC206": ("levels[].lead",),
    "PC208": ("organisation.groups",),
    "PC209": ("organisation.roles[].backup",),
    "PC210": ("organisation.roles[].duties|scenarios[].actions[].by",),
    "PC211": ("organisation.roles[].contact",),
    "PC401": ("drills.every",),
    "PC402": ("review.every",),
    "PC403": ("review.triggers",),
    "PC405": ("reporting",),
    "PC406": ("monitoring.sources",),
    "PC407": ("support",),
    "PC408": ("aftermath",),
    "PC409": ("channels",),
    "PC410": ("privacy",),
    "PC411": ("media.spokesperson",),
    "PC412": ("accountability",),
    "PC501": ("document.number",),
    "PC502": ("document.version",),
    "PC503": ("document.basis",),
    "PC504": ("distribution",),
    "PC505": ("revisions",),
    "PC601": ("approvals",),
    "PC603": ("approvals",),
    "PC604": ("approvals",),
    "PC606": ("approvals", "document.effective"),
    "PC607": ("approvals",),
    "PC620": ("approvals",),
    "PC704": ("document.parent",),
}


def evidence_of(rule: Any) -> tuple[str, ...] | None:
    declared = getattr(rule, "EVIDENCE", None)
    return tuple(declared) if declared is not None else EVIDENCE.get(rule.CODE)


def evidence_patterns(rules: Iterable | None = None) -> list[str]:
    """Every evidence pattern of the rules (each plan's answer is kept with its facts, audit.facts)."""
    if rules is None:
        from plancraft.rules import RULES

        return list(_all_evidence_patterns(tuple(RULES)))  # asked for every plan of an audit: worked out once
    return sorted({pattern for rule in rules for pattern in evidence_of(rule) or ()})


@lru_cache(maxsize=4)
def _all_evidence_patterns(rules: tuple) -> tuple[str, ...]:
    return tuple(evidence_patterns(rules))


def has_content(data: Any, pattern: str) -> bool:
    """True when some value at `pattern` (`a.b[].c`, alternatives joined by `|`) holds something:
    not missing, not empty, not `null` or the "not stated" placeholder."""
    from plancraft.stated import is_not_stated

    def walk(value: Any, parts: list[str]) -> bool:
        if not parts:
            if is_not_stated(value):
                return False
            return bool(value) or isinstance(value, (int, float)) and not isinstance(value, bool)
        head, rest = parts[0], parts[1:]
        many = head.endswith("[]")
        key = head[:-2] if many else head
        child = value.get(key) if isinstance(value, dict) else None
        if many:
            return isinstance(child, list) and any(walk(item, rest) for item in child)
        return walk(child, rest)

    return any(walk(data, alternative.split(".")) for alternative in pattern.split("|"))


# Clauses of Chinese laws and national standards bind CN plans only; ISO clauses bind all.
_CN_STANDARDS = ("投诉办法", "国办发", "生产安全事故应急预案管理办法", "GB/T ")


def applies(clause: Clause, data: Any) -> bool:
    """False for a clause of another jurisdiction's law (投诉办法 for a UK plan): not checked."""
    from plancraft.model import jurisdiction_of

    return applies_in(clause, jurisdiction_of(data))


def applies_in(clause: Clause, jurisdiction: str | None) -> bool:
    """applies() for a plan of `jurisdiction` (plancraft.model.jurisdiction_of)."""
    if clause.text.startswith(_CN_STANDARDS):
        return jurisdiction == "CN"
    return True


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
    not_run: tuple[str, ...] = ()  # evidencing rules that did not run (or do not apply)
    empty: tuple[str, ...] = ()  # evidencing rules that found nothing because the content is missing


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
    if rules is None:
        from plancraft.rules import RULES as rules
    rules = list(rules)
    listed = clauses(rules)
    readable = [p for p in plans if p.status != UNREADABLE_STATUS]
    cells: dict[tuple[str, str], Cell] = {}
    evidence = [(r.CODE, evidence_of(r)) for r in rules]
    # a statute-backed rule declares where it applies (JURISDICTIONS); elsewhere it checks nothing, so its
    # silence is no evidence (PC351, the UK acknowledgement, passes every Chinese plan)
    bound = {r.CODE: tuple(r.JURISDICTIONS) for r in rules if getattr(r, "JURISDICTIONS", None)}
    for plan in readable:
        found = {d.code for d in plan.findings}
        # a pattern the plan's facts do not answer (a rule outside the registry) counts as no content
        present = {code for code, needs in evidence if needs is None or all(plan.content.get(p, False) for p in needs)}
        # the rules run on the plan that count where it applies: the same for every clause, so worked out once
        ran_bound = frozenset(c for c in plan.rules_run if c not in bound or plan.jurisdiction in bound[c])
        for clause in listed:
            ran = ran_bound if applies_in(clause, plan.jurisdiction) else frozenset()
            cells[(clause.text, plan.file)] = judge(clause.rules, ran, found, present)
    return Coverage(listed, [p.file for p in readable], cells)


def judge(evidencing: Iterable[str], ran: Iterable[str], found: Iterable[str], present: Iterable[str] | None = None) -> Cell:
    """The state of one clause for one plan. `present`: the rules whose content the plan has
    (None: all of them)."""
    evidencing = tuple(sorted(evidencing))
    ran_set, found_set = set(ran), set(found)
    ran_here = [c for c in evidencing if c in ran_set]
    not_run = tuple(c for c in evidencing if c not in ran_set)
    failing = tuple(c for c in ran_here if c in found_set)
    present_set = set(evidencing) if present is None else set(present)
    empty = tuple(c for c in ran_here if c not in found_set and c not in present_set)
    if not ran_here:
        return Cell(UNCHECKED, (), not_run)
    satisfied = len(ran_here) - len(failing) - len(empty)
    if satisfied == 0:
        return Cell(NOT, failing, not_run, empty)
    if failing or not_run:
        return Cell(PARTLY, failing, not_run, empty)
    return Cell(COVERED, (), (), empty)  # a rule with nothing to check neither proves nor spoils it


def split_clause(text: str) -> tuple[str, str]:
    """ "GB/T 29639-2020 6.1.2" -> ("GB/T 29639-2020", "6.1.2"); the article is the last word."""
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
