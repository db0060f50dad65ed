"""No text is empty, and no required section is an empty list.

A key that is present but holds nothing (`holder: ""`, `text: " "`, `criteria: "—"`) looks
filled in but tells the reader nothing; the rendered plan shows a heading or a label with
nothing after it. The same goes for the sections every plan needs (`principles`, `levels`,
`scenarios`): the format lets a draft leave them as `[]`, but a plan that is issued must
fill them. Texts made of punctuation only count as empty; placeholders such as `***` are
left to PC510.

Passing::

    principles:
      - title: 迅速反应，控制事态
    organisation:
      roles:
        - {id: office-head, title: 办公室主任, holder: 综合部经理}

Failing::

    principles: []                   # a required section with nothing in it
    organisation:
      roles:
        - {id: office-head, title: 办公室主任, holder: ""}
"""

from __future__ import annotations

import unicodedata
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import N_, _
from plancraft.model import Plan, get
from plancraft.rules.helpers import find_placeholders, for_plan, prose

CODE = "PC511"
NAME = "empty-text"
GROUP = "text"
SEVERITY = Severity.WARNING
SUMMARY = "No text is empty and no required section is an empty list"
SOURCE = "good practice; plancraft format (required sections)"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}

# [key] -> what the section is, for a Chinese plan (with the heading it has there) and for any other.
REQUIRED_LISTS = {
    "principles": {"zh": N_(N_("working principles (工作原则)")), "en": N_(N_("working principles"))},
    "levels": {"zh": N_(N_("response levels (分级标准)")), "en": N_(N_("response levels"))},
    "scenarios": {"zh": N_(N_("scenarios (应急处置)")), "en": N_(N_("scenarios"))},
}


def is_empty(text: str) -> bool:
    """True when `text` has no letter, digit or other symbol: only spaces and punctuation."""
    if text[:1].isalpha():
        return False  # most texts begin with a letter (categories L*): not empty, and no character to look up
    return all(ch.isspace() or unicodedata.category(ch).startswith(("P", "Z", "C")) for ch in text)


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    for key, what in REQUIRED_LISTS.items():
        if key in ("scenarios", "levels"):
            continue  # no scenarios is PC109's (an error), no levels PC201's: each reported once
        if get(plan.data, key) == []:
            yield plan.finding(
                (key,),
                _("`{key}` is empty; a plan that is issued needs its {what}").format(key=key, what=_(for_plan(plan, what))),
            )
    for path, text in prose(plan):
        if not is_empty(text) or find_placeholders(text):
            continue
        shown = _(" (only “{strip}”)").format(strip=text.strip()) if text.strip() else ""
        yield plan.finding(
            path,
            _("`{field}` is empty{shown}; write its content or remove the key").format(field=_field(path), shown=shown),
        )


def _field(path: tuple) -> str:
    """`organisation.roles[2].holder` for a path, for messages."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "text"
