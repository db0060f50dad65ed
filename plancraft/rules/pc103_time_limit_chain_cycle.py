"""`after:` chains of time limits do not loop.

A deadline with `after:` counts from the end of an earlier deadline, so a chain must start
somewhere: at a deadline that counts from an event (`from:`). When the `after:` links go round
in a circle — `on-site` after `report-result`, `report-result` after `reply-customer`,
`reply-customer` after `on-site` — none of the deadlines in the circle has a starting point,
and nobody can say on the day when any of them runs out. Each loop is reported once, at the
`after:` of the deadline in the loop that comes first in the file (the one that would start the
chain), and the message names every deadline in the loop.

Passing::

    time_limits:
      - {id: on-site, what: 到达现场, within: 1h, from: 受理投诉}
      - {id: reply-customer, what: 回复客户, within: 4h, after: on-site}
      - {id: report-result, what: 报告处理结果, within: 8h, after: reply-customer}

Failing::

    time_limits:
      - {id: on-site, what: 到达现场, within: 1h, after: report-result}   # closes the loop
      - {id: reply-customer, what: 回复客户, within: 4h, after: on-site}
      - {id: report-result, what: 报告处理结果, within: 8h, after: reply-customer}
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import TIME_LIMIT, Definition, Plan
from plancraft.rules.helpers import named

CODE = "PC103"
NAME = "time-limit-chain-cycle"
GROUP = "references"
SEVERITY = Severity.ERROR
SUMMARY = "`after:` chains of time limits do not loop"
SOURCE = "plancraft format, time_limits[].after (a chain starts at a deadline counted from an event)"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    limits = [d for d in plan.definitions if d.kind == TIME_LIMIT]
    order = {d.path: plan.loaded.locate(d.path) for d in limits}

    def earlier(definition: Definition) -> Definition | None:
        target = definition.item.get("after")
        if isinstance(target, str) and plan.kind_of(target) == TIME_LIMIT:
            return plan.by_id[target]
        return None

    done: set = set()
    for start in limits:
        walk: list[Definition] = []
        on_walk: dict = {}
        current: Definition | None = start
        while current is not None and current.path not in done and current.path not in on_walk:
            on_walk[current.path] = len(walk)
            walk.append(current)
            current = earlier(current)
        if current is not None and current.path in on_walk:
            loop = walk[on_walk[current.path] :]
            yield _finding(plan, loop, order)
        done.update(on_walk)


def _finding(plan: Plan, loop: list[Definition], order: dict) -> Finding:
    # Rotate the loop so it starts at the deadline that comes first in the file.
    first = min(range(len(loop)), key=lambda i: order[loop[i].path])
    loop = loop[first:] + loop[:first]
    head = loop[0]
    if len(loop) == 1:
        message = _(
            "time limit `{id}` ({name}) comes after itself, so it has no starting point; let it count from an event with `from:` or follow a different deadline"
        ).format(id=head.id, name=plan.name_of(head.id))
    else:
        names = [named(d.id, plan.name_of(d.id)) for d in loop]
        chain = (
            names[0]
            + "".join(_(" comes after {name}, which").format(name=name) for name in names[1:])
            + _(" comes after `{id}`").format(id=head.id)
        )
        message = _(
            "the `after:` chain loops: {chain}; none of these deadlines has a starting point — let `{id}` count from an event with `from:` instead of `after:`"
        ).format(chain=chain, id=head.id)
    return plan.finding(head.path + ("after",), message)
