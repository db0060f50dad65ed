"""Along an `after:` chain of time limits, each deadline is at least as long as the one before.

Only links written with `after` alone are judged: with `after` the later step's clock starts when
the earlier one ends, and a later step with much less time is usually a slip. A time limit that
also has `from` counts from its own event (`after` only orders the work), so its length is not
comparable with the step before. An extension (延长, 延期, 展期, extension, extend, further) is
not a later step that does more work but extra time for the same work: it may well be shorter
than the period it extends, and is not judged.

A chain such as *arrive on site within 1 h → reply to the customer within 4 h after that →
report the outcome within 8 h after that* grows as the work grows: each later step does more
(and usually involves more people) than the one before. A later step with less time than its
predecessor is almost always a slip — two values swapped, or `h` written for `d` — and leaves
the later owner an impossible deadline.

Passing::

    time_limits:
      - {id: on-site, what: 到达现场, within: 1h}
      - {id: reply-customer, what: 回复客户, within: 4h, after: on-site}
      - {id: report-result, what: 报告处理结果, within: 8h, after: reply-customer}
      - {id: decision, what: 作出处理决定, within: 15d, from: 收到投诉}
      - {id: extension, what: 复杂情况延长处理期限, within: 15d, after: decision}   # an extension
      - {id: notify, what: 告知监管部门, within: 1d, from: 作出决定, after: decision}   # own start

Failing::

    time_limits:
      - {id: reply-customer, what: 回复客户, within: 12h}
      - {id: report-result, what: 报告处理结果, within: 8h, after: reply-customer}   # 8h < 12h
"""

from __future__ import annotations

import re
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.durations import parse_duration
from plancraft.i18n import _
from plancraft.model import TIME_LIMIT, Plan

CODE = "PC303"
NAME = "deadline-shrinks-along-chain"
GROUP = "deadlines"
SEVERITY = Severity.WARNING
SUMMARY = "Along an `after:` chain each time limit is at least as long as the one before"
SOURCE = "seed plan 篇8 (1小时到达现场, 4小时回复客户, 8小时报告结果); good practice"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}

EXTENSION = re.compile(r"延长|延期|展期|顺延|extension|extend|further", re.IGNORECASE)


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    for path, limit in plan.items("time_limits"):
        earlier_id = limit.get("after")
        if not isinstance(earlier_id, str) or plan.kind_of(earlier_id) != TIME_LIMIT or limit.get("from"):
            continue
        if EXTENSION.search(str(limit.get("what") or "")):
            continue
        earlier = plan.by_id[earlier_id].item
        later_within, earlier_within = parse_duration(limit.get("within")), parse_duration(earlier.get("within"))
        if later_within is None or earlier_within is None or later_within.minutes >= earlier_within.minutes:
            continue
        yield plan.finding(
            path + ("within",),
            _(
                "time limit `{get}` ({value}, {later_within}) is shorter than `{earlier_id}` ({name}, {earlier_within}) that comes before it; a later step needs at least as long — lengthen it to {earlier_within} or more, or check the order of the chain"
            ).format(
                get=limit.get("id"),
                value=limit.get("what") or limit.get("id"),
                later_within=later_within,
                earlier_id=earlier_id,
                name=plan.name_of(earlier_id),
                earlier_within=earlier_within,
            ),
        )
