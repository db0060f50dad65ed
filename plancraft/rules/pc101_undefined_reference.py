"""Every reference names an id that the plan defines, of a kind allowed in that field.

A scenario that escalates to `regional-office` when no role, group or external party has that
id sends people to nobody on the day. Each field may name only certain kinds (a level's `lead`
is a role, `notify` may be a role, a group or an external party): see the reference table in
docs/plan-format.md.

Passing::

    organisation:
      roles:
        - {id: branch-head, title: 网点负责人}
    levels:
      - {id: general, name: 一般投诉, lead: branch-head}

Failing::

    levels:
      - {id: general, name: 一般投诉, lead: branch-haed}   # no such role
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan, kind_word, kinds_words

CODE = "PC101"
NAME = "undefined-reference"
GROUP = "references"
SEVERITY = Severity.ERROR
SUMMARY = "References name a defined id of a kind allowed in that field"
SOURCE = "plancraft format, reference table; GB/T 29639-2020 6.2 (organisation and duties)"
CLAUSES = ("GB/T 29639-2020 6.2",)
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    import difflib

    for ref in plan.references:
        kind = plan.kind_of(ref.target)
        if kind is not None and kind in ref.allowed:
            continue  # the common case, without wording a message
        allowed = kinds_words(ref.allowed)
        if kind is None:
            candidates = [d.id for d in plan.definitions if d.kind in ref.allowed]
            close = difflib.get_close_matches(ref.target, candidates, n=1, cutoff=0.6)
            hint = _("; did you mean `{close}`?").format(close=close[0]) if close else ""
            yield plan.finding(
                ref.path,
                _("`{target}` is not defined; {field} must name a {allowed}{hint}").format(
                    target=ref.target, field=ref.field, allowed=allowed, hint=hint
                ),
            )
        elif kind not in ref.allowed:
            yield plan.finding(
                ref.path,
                _("`{target}` is a {kind}, but {field} must name a {allowed}").format(
                    target=ref.target, kind=kind_word(kind), field=ref.field, allowed=allowed
                ),
            )
