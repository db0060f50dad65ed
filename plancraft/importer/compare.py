"""How much of a careful hand transcription an import recovered, field by field.

    recovery(imported, reference) -> {"roles": (found, total), "levels": ..., "limits": ...,
                                      "time_limits": ..., "steps": ...}
    precision(imported, reference) -> {"roles": (right, extracted), ...}

Matching is one-to-one (the most pairs that can be made, not the first free match of each item in
turn) and lenient about wording (and script: 總經理 is 总经理), strict about numbers:
- a role matches when its title or holder equals, or contains (3+ characters), the reference's
  holder, or its title when the reference has no holder (组长, 成员 alone say little; a holder written as the
  "not stated" placeholder is no holder);
- a level matches on its name (containment, or half its character pairs in common);
- a cap matches on the amount; a deadline on the duration (a step's `within` counts too);
- a step matches when half the character pairs of the reference's `do` are in an imported step.

Precision turns the question round: of what the import extracted, how much the hand transcription
has. Each extracted item counts once; the right ones are those matched one-to-one as above (for
deadlines against every deadline of the transcription: its time limits, steps' `within` and reports'
`within`, so a step deadline the transcriber wrote on the step is not counted wrong), except steps:
an imported step is right when half its character pairs are in one of the transcription's steps or
the other way round (a sentence split differently is not a wrong step).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from ..stated import is_not_stated
from .hant import simplified

CATEGORIES = ("roles", "levels", "limits", "time_limits", "steps")
_GENERIC_TITLES = {"组长", "副组长", "成员", "组员", "主任", "副主任", "总指挥", "副总指挥"}


def _norm(text: Any) -> str:
    # in one script: a transcription typed in simplified characters of a document in traditional ones (or the
    # other way round) says the same thing; and in one form: Ⅳ级 is IV级, ３日 is 3日 (NFKC)
    return "".join(ch for ch in unicodedata.normalize("NFKC", simplified(str(text or ""))).lower() if ch.isalnum())


def _pairs(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def similar(a: str, b: str, *, threshold: float = 0.5) -> bool:
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return False
    if a == b or (min(len(a), len(b)) >= 3 and (a in b or b in a)):
        return True
    pa, pb = _pairs(a), _pairs(b)
    return bool(pa) and len(pa & pb) / len(pa) >= threshold


def _role_keys(role: dict, *, reference: bool) -> list[str]:
    # a holder the source does not state (组长, holder: 【未载明】) names nobody: the role is its title
    holder = "" if is_not_stated(role.get("holder")) else _norm(role.get("holder"))
    title = _norm(role.get("title"))
    if reference and holder and role.get("title") in _GENERIC_TITLES:
        return [holder]
    return [k for k in (holder, title) if k]


def _role_match(ref: dict, got: dict) -> bool:
    for a in _role_keys(ref, reference=True):
        for b in _role_keys(got, reference=False):
            if a == b or (min(len(a), len(b)) >= 3 and (a in b or b in a)):
                return True
    return False


def _matched(refs: list, gots: list, match: Callable[[Any, Any], bool]) -> int:
    """How many reference items are recovered one-to-one: the most pairs (reference, imported) that match with no
    item in two pairs (a maximum bipartite matching, by augmenting paths). Taking each reference item's first free
    match in turn would undercount: 组长 (holder 某局局长) taken by the reference's 某局 leaves its own 组长 without one."""
    candidates = [[j for j, got in enumerate(gots) if match(ref, got)] for ref in refs]
    owner: dict[int, int] = {}  # imported item -> the reference item it is matched to
    holds: dict[int, int] = {}  # reference item -> its imported item
    for start in range(len(refs)):
        # a path from `start` through imported items held by other reference items to a free one (breadth first,
        # so that no recursion limit caps a long plan)
        came_from: dict[int, int] = {}  # imported item -> the reference item that reached it
        frontier, free = [start], None
        while frontier and free is None:
            reached = []
            for i in frontier:
                for j in candidates[i]:
                    if j in came_from:
                        continue
                    came_from[j] = i
                    if j not in owner:
                        free = j
                        break
                    reached.append(owner[j])
                if free is not None:
                    break
            frontier = reached
        while free is not None:  # along the path back, each reference item takes the imported item it reached
            i = came_from[free]
            previous = holds.get(i)
            owner[free], holds[i] = i, free
            free = previous
    return len(holds)


def _steps(plan: dict) -> list[dict]:
    return [step for scenario in plan.get("scenarios") or [] for step in scenario.get("actions") or []]


def _deadlines(plan: dict) -> list[str]:
    return (
        [t["within"] for t in plan.get("time_limits") or []]
        + [s["within"] for s in _steps(plan) if "within" in s]
        + [r["within"] for r in plan.get("reporting") or [] if "within" in r]
    )


def _extracted(plan: dict) -> dict[str, list]:
    return {
        "roles": (plan.get("organisation") or {}).get("roles") or [],
        "levels": plan.get("levels") or [],
        "limits": plan.get("limits") or [],
        "time_limits": _deadlines(plan),
        "steps": _steps(plan),
    }


def _level_match(r: dict, g: dict) -> bool:
    return similar(r.get("name"), g.get("name")) or similar(r.get("criteria"), g.get("criteria"), threshold=0.6)


def precision(imported: dict, reference: dict) -> dict[str, tuple[int, int]]:
    """{category: (right, extracted)}: extracted items the hand transcription also has, one-to-one."""
    ref, got = _extracted(reference), _extracted(imported)
    matchers: dict[str, Callable[[Any, Any], bool]] = {
        "roles": _role_match,
        "levels": _level_match,
        "limits": lambda r, g: float(r["max"]) == float(g["max"]),
        "time_limits": lambda r, g: r == g,
    }
    out = {c: (_matched(ref[c], got[c], matchers[c]), len(got[c])) for c in CATEGORIES if c in matchers}
    # A step is right when the transcription has it, whole or as part of one of its steps: a sentence the
    # transcriber split in two, or two the import split, is not a wrong step.
    texts = [f"{g.get('when', '')}{g['do']}" for g in got["steps"]]
    out["steps"] = (sum(1 for g in texts if any(similar(r["do"], g) or similar(g, r["do"]) for r in ref["steps"])), len(texts))
    return {c: out[c] for c in CATEGORIES}


def recovery(imported: dict, reference: dict) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    ref_roles = (reference.get("organisation") or {}).get("roles") or []
    got_roles = (imported.get("organisation") or {}).get("roles") or []
    out["roles"] = (_matched(ref_roles, got_roles, _role_match), len(ref_roles))
    ref_levels = reference.get("levels") or []
    got_levels = imported.get("levels") or []
    out["levels"] = (_matched(ref_levels, got_levels, _level_match), len(ref_levels))
    ref_limits = reference.get("limits") or []
    got_limits = imported.get("limits") or []
    out["limits"] = (_matched(ref_limits, got_limits, lambda r, g: float(r["max"]) == float(g["max"])), len(ref_limits))
    ref_deadlines = reference.get("time_limits") or []
    got_deadlines = (
        [t["within"] for t in imported.get("time_limits") or []]
        + [s["within"] for s in _steps(imported) if "within" in s]
        + [r["within"] for r in imported.get("reporting") or [] if "within" in r]
    )
    out["time_limits"] = (_matched(ref_deadlines, got_deadlines, lambda r, g: r["within"] == g), len(ref_deadlines))
    ref_steps = _steps(reference)
    got_steps = [f"{s.get('when', '')}{s['do']}" for s in _steps(imported)]
    out["steps"] = (_matched(ref_steps, got_steps, lambda r, g: similar(r["do"], g)), len(ref_steps))
    return out


def share(counts: dict[str, tuple[int, int]]) -> float | None:
    found = sum(f for f, _ in counts.values())
    total = sum(t for _, t in counts.values())
    return None if total == 0 else found / total
