"""One body, one abbreviation: an abbreviation matches the name it stands for and is spelt one way.

A plan that tells the complainant "the Financial Services and Pensions Ombudsman (FPSO)" and, a
line later, "the FSPO" has named one body two ways; the customer who searches for the first
finds nothing, and a reader cannot tell whether two bodies are meant. Such slips are almost always
two letters swapped. The rule reports, in any language:

- an abbreviation in brackets after a name whose initials have the same letters in another order
  ("Financial Services and Pensions Ombudsman (FPSO)": the initials are FSPO);
- two abbreviations in the plan's texts that differ only by two neighbouring letters swapped
  (FSPO and FPSO, 向FSPO投诉 and 金融申诉专员(FPSO)), once per pair, at the later one, with the
  earlier as a related location.

Initials are taken from the name's capitalised words (and, of, for, the, … are skipped). An
abbreviation whose letters differ from the initials in other ways (a body's own short form,
"Her Majesty's Revenue and Customs (HMRC)") is left alone: only a reordering is a slip for certain.

Passing::

    external:
      - {id: fspo, name: Financial Services and Pensions Ombudsman (FSPO), kind: ombudsman, phone: "01 567 7000"}

Failing::

    external:
      - {id: fspo, name: Financial Services and Pensions Ombudsman (FPSO), kind: ombudsman, phone: "01 567 7000"}
"""

from __future__ import annotations

from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan

CODE = "PC552"
NAME = "abbreviation-mismatch"
GROUP = "text"
SEVERITY = Severity.WARNING
SUMMARY = "An abbreviation matches the name it stands for and is spelt one way (not FPSO for the FSPO)"
SOURCE = "good practice; fourth held-out set: an Irish retailer's 'Financial Services and Pensions Ombudsman (FPSO)'"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}

_SMALL = r"(?:and|of|for|the|in|on|to|at|&|de|du|des|la|le)"
# A name of two or more capitalised words (small words between them) followed by its abbreviation in brackets.
_NAMED = re.compile(rf"((?:[A-Z][A-Za-z'’\-]*\s+(?:{_SMALL}\s+)*){{1,9}}[A-Z][A-Za-z'’\-]*)\s*[(（]\s*([A-Z]{{2,8}})\s*[)）]")
_WORD = re.compile(r"[A-Za-z'’\-]+")
# An abbreviation: two to eight capitals standing alone (not inside a longer Latin word).
_ABBREVIATION = re.compile(r"(?<![A-Za-z])[A-Z]{3,8}(?![A-Za-z])")
_CAPITALS = re.compile(r"[A-Z]{2}")
# Paths whose text is not the plan's prose (ids, references and the document's source address).
_NOT_PROSE = ("id", "to", "by", "owner", "lead", "after", "level", "digest", "address")


def _initials(name: str) -> str:
    return "".join(w[0] for w in _WORD.findall(name) if not re.fullmatch(_SMALL, w, re.IGNORECASE))


def _one_swap(a: str, b: str) -> bool:
    """True when b is a with two neighbouring letters swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    # Both patterns need two capitals in a row: texts without them (most of a Chinese plan) are not scanned.
    texts = [(path, text) for path, text in plan.texts() if not (path and path[-1] in _NOT_PROSE) and _CAPITALS.search(text)]
    reported: set[frozenset[str]] = set()
    for path, text in texts:
        for match in _NAMED.finditer(text):
            name, short = match.group(1), match.group(2)
            initials = _initials(name)
            if initials != short and _one_swap(initials, short):
                reported.add(frozenset((initials, short)))
                yield plan.finding(
                    path,
                    _(
                        "“{short}” stands for “{name}”, whose initials are {initials}: one body named two ways; "
                        "write the abbreviation the body uses, the same everywhere"
                    ).format(short=short, name=name.strip(), initials=initials),
                )
    first_seen: dict[str, tuple] = {}
    for path, text in texts:
        for match in _ABBREVIATION.finditer(text):
            short = match.group(0)
            for seen, seen_path in list(first_seen.items()):
                pair = frozenset((seen, short))
                if pair in reported or not _one_swap(seen, short):
                    continue
                reported.add(pair)
                yield plan.finding(
                    path,
                    _(
                        "“{short}” and “{seen}” differ only by two letters swapped: one body named two ways; "
                        "write the abbreviation the body uses, the same everywhere"
                    ).format(short=short, seen=seen),
                    related=((seen_path, _("“{seen}” is written here").format(seen=seen)),),
                )
            first_seen.setdefault(short, path)
