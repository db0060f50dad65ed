"""A step that says "immediately" also says how fast, with `within`.

立即, 马上, 及时, 当场, 第一时间, 迅速, 尽快, 即刻, 紧急处置, "immediately", "promptly", "without delay",
and the adjective forms "take immediate action", "a prompt reply", "urgent action": the words promise
speed but set no deadline, so nobody can tell on time from late, and in practice "及时" stretches
to days. Wherever a step's text uses one of them and the step has no `within`, the plan should
turn the promise into a time (`within: 10min`, `within: 1h`). This applies at every level,
including the lowest, because the text itself claims urgency.

What is done with the complainant still there is a time they can check, not a vague promise: 当场解决,
当场答复, "resolved on the spot", "while you wait" end before the complainant leaves (so does 当场能够解决的…当场予以解决), and are neither
reported here nor counted as untimed by PC305 and PC352. 当场 before any other act (当场报警) still is.

One scenario, one finding: the finding sits on the scenario's `actions` and lists them all (each a
related location in SARIF). A plan with no deadline at all is reported once by PC306 instead.

Passing::

    scenarios:
      - id: violent
        title: 处理过激行为
        actions:
          - {do: 立即报警, by: branch-head, within: 5min}
          - {do: 安抚其他客户, by: lobby-manager}

Failing::

    scenarios:
      - id: violent
        title: 处理过激行为
        actions:
          - {do: 立即报警, by: branch-head}          # how fast is 立即?
          - {do: 及时向行长报告, by: branch-head}     # and 及时?
          - {do: 疏散其他客户, by: lobby-manager, within: 10min}
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _, ngettext
from plancraft.model import Plan
from plancraft.rules.presence import has_deadline
from plancraft.rules.vocabulary import IMMEDIATE

CODE = "PC308"
NAME = "immediate-without-deadline"
GROUP = "deadlines"
SEVERITY = Severity.WARNING
SUMMARY = "A step whose text says act immediately (立即, 及时, promptly ...) has a `within`"
SOURCE = 'good practice; seed plans 篇2 and 篇8 ("立即赶到现场", "及时上报" with no time limit)'
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if not has_deadline(plan):
        return
    for path, scenario in plan.items("scenarios"):
        vague: list[tuple[tuple, str]] = []
        for step_path, step in plan.items(*path, "actions"):
            match = IMMEDIATE.search(str(step.get("do") or ""))
            if match and not step.get("within"):
                vague.append(
                    (
                        step_path,
                        _("step {value} says “{group}” with no `within`").format(value=step_path[-1] + 1, group=match.group()),
                    )
                )
        if not vague:
            continue
        words = "、".join(dict.fromkeys(text.split("“")[1].split("”")[0] for _, text in vague))
        steps = ", ".join(str(p[-1] + 1) for p, _ in vague)
        yield plan.finding(
            path + ("actions",),
            ngettext(
                "scenario `{get}` ({value}): step {steps} says “{words}” but gives no time; write how fast as a "
                "`within` (e.g. `within: 10min`), since “{words}” is not a deadline anyone can check",
                "scenario `{get}` ({value}): steps {steps} say “{words}” but give no time; write how fast as a "
                "`within` (e.g. `within: 10min`), since “{words}” is not a deadline anyone can check",
                len(vague),
            ).format(get=scenario.get("id"), value=scenario.get("title") or scenario.get("id"), steps=steps, words=words),
            at_key=True,
            related=tuple(vague),
        )
