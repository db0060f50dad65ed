"""Levels are listed from the least to the most severe.

The plan format lists `levels` in rising order: the first is the mildest, the last the most
severe, and the rules that judge the top level (who leads it, which authority it tells) read the
last one. Many published plans grade the other way round — 一级 (Ⅰ级) is the gravest under the
national convention (Ⅰ级特别重大 … Ⅳ级一般) — and a transcription that keeps their order tells
every reader and every rule that the mildest level is the worst. The rule reports the order once,
at `levels`, when every level's name grades it — a Roman grade (Ⅰ级 … Ⅳ级, "Level I") or a
severity word (特别重大 > 重大 > 较大 > 一般; critical > high > medium > low, major > serious > moderate >
minor, red > amber > green) — and each is graded below the one before. A plan's own
Chinese numerals (一级, 二级) are not read: some plans count them upwards (一级 the lowest). While the
order is reversed, PC207, PC213 and PC216 judge the first level as the top one, and PC206, PC215, PC305,
PC204 and PC205 read the levels the way their names grade them.

Passing::

    levels:
      - {id: iii, name: 一般投诉(Ⅲ级)}
      - {id: ii, name: 较大投诉(Ⅱ级)}
      - {id: i, name: 重大投诉(Ⅰ级)}

Failing::

    levels:                       # the gravest first
      - {id: i, name: 一级重大事件(Ⅰ级应急响应)}
      - {id: ii, name: 二级重大事件(Ⅱ级应急响应)}
      - {id: iii, name: 三级重大事件(Ⅲ级应急响应)}
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.rules.presence import levels_reversed

CODE = "PC218"
NAME = "levels-reversed"
GROUP = "levels"
SEVERITY = Severity.WARNING
SUMMARY = "Levels are listed from the least to the most severe (not Ⅰ级 first)"
SOURCE = "plan format (levels in rising order); the national grading convention (Ⅰ级 特别重大 … Ⅳ级 一般)"
CLAUSES: tuple[str, ...] = ()
VERIFIED = False
DOUBT = (
    "the Ⅰ级-is-gravest convention was read only in secondary pages this session (not in 突发事件应对法 or "
    "the national master plan themselves), so no article is cited"
)
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if not levels_reversed(plan):
        return
    names = [str(item.get("name") or item.get("id")) for _, item in plan.items("levels")]
    yield plan.finding(
        ("levels",),
        _(
            "the levels are listed from the most severe (“{first}”) to the least (“{last}”); the format lists them "
            "rising, so the last level is read as the top one: put them in the reverse order"
        ).format(first=names[0], last=names[-1]),
        at_key=True,
    )
