"""Which rules run, chosen as ruff chooses: selectors and their specificity.

A selector is `ALL`, a code or code prefix (`PC4`, `PC40`, `PC401`), or a rule group by name
(`references`, `approvals`, …). Lists come from the configuration (`select`, `extend-select`, `ignore`,
`extend-ignore`, `per-file-ignores`) and the command line (`--select PC4,PC5`, …; comma-separated,
repeatable). A rule runs when the most specific selector that names it is a select, not an ignore:

    select = ["PC4"], ignore = ["PC401"]  ->  PC402 runs, PC401 does not
    select = ["PC401"], ignore = ["PC4"]  ->  PC401 runs (a code is more specific than a prefix)

Specificity: ALL < a group < a prefix, longer prefixes more specific; on a tie, ignore wins.
"""

from __future__ import annotations

from plancraft.i18n import _, listing

from functools import lru_cache
from typing import Iterable

ALL = "ALL"


def split_selectors(values: Iterable[str]) -> tuple[str, ...]:
    """`("PC4,PC5", " PC101 ")` -> `("PC4", "PC5", "PC101")`: comma lists and repeats, blanks dropped;
    codes upper-cased, group names lower-cased."""
    found: list[str] = []
    for value in values:
        for part in str(value).split(","):
            part = part.strip()
            if part:
                found.append(_normal(part))
    return tuple(found)


def _normal(selector: str) -> str:
    if selector.upper() == ALL:
        return ALL
    if selector[:2].upper() == "PC":
        return selector.upper()
    return selector.lower()


@lru_cache(maxsize=None)
def known_codes() -> tuple[str, ...]:
    """Every code a selector can name: the rule modules and the built-in codes."""
    from plancraft.lint.suppressions import META_CODES
    from plancraft.rules import BY_CODE

    return tuple(sorted(set(BY_CODE) | set(META_CODES)))


@lru_cache(maxsize=None)
def groups() -> dict[str, frozenset[str]]:
    """Group name -> the codes in it."""
    from plancraft.rules import RULES

    found: dict[str, set[str]] = {}
    for rule in RULES:
        found.setdefault(group_of(rule.CODE), set()).add(rule.CODE)
    return {name: frozenset(codes) for name, codes in found.items()}


def group_of(code: str) -> str:
    """The group a code belongs to: its rule's GROUP; the suppression codes are `suppressions`, the
    other built-in codes (unreadable file, schema) `input`."""
    from plancraft.lint.suppressions import META_CODES
    from plancraft.rules import BY_CODE

    rule = BY_CODE.get(code)
    if rule is not None:
        return rule.GROUP
    return "suppressions" if code in META_CODES else "input"


def unknown_selector(selector: str) -> str | None:
    """Why `selector` selects nothing, or None when it names rules."""
    if selector == ALL or selector in groups():
        return None
    if selector.startswith("PC") and any(code.startswith(selector) for code in known_codes()):
        return None
    names = sorted(groups())
    return _(
        "`{selector}` names no rule, code prefix or group; `plancraft rules` lists the codes, and the groups are: {items}"
    ).format(selector=selector, items=listing(names))


def _specificity(selector: str, code: str) -> int:
    """How specifically `selector` names `code` (0 when it does not name it)."""
    if selector == ALL:
        return 1
    if selector.startswith("PC"):
        return 2 + len(selector) if code.startswith(selector) else 0
    return 2 if code in groups().get(selector, ()) else 0


def is_selected(code: str, select: Iterable[str], ignore: Iterable[str]) -> bool:
    """Whether the most specific selector naming `code` is in `select` (an empty select means ALL)."""
    return _is_selected(code, tuple(select), tuple(ignore))


@lru_cache(maxsize=4096)
def _is_selected(code: str, select: tuple[str, ...], ignore: tuple[str, ...]) -> bool:
    select = select or (ALL,)
    chosen = max((_specificity(s, code) for s in select), default=0)
    if chosen == 0:
        return False
    dropped = max((_specificity(s, code) for s in ignore), default=0)
    return chosen > dropped
