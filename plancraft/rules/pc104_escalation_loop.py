"""Escalation never loops back to where it started.

Escalation moves a case to someone who can decide more: the owner of a scenario escalates to
`escalation[].to`. Put together across all scenarios, these links must lead upwards and end
somewhere. When they go round in a circle — the branch head escalates to the deputy, and a
scenario the deputy owns escalates back to the branch head — a case can be handed round without
anyone taking the decision. A scenario that escalates to its own owner is the shortest such circle, unless others do its
steps: then the escalation is theirs, up to the one in charge of the case (各部门在岗人员遇到问题向总指挥
请示, in a scenario the 总指挥 owns), which is where it should go.
A level's `notify` only informs people and hands nothing over, so it is not part of the graph.

Each circle is reported at the `to` that closes it, and the message names every role in the
circle and the scenario each link comes from.

Passing::

    levels:
      - {id: general, name: 一般投诉, lead: branch-head, notify: [vice-president]}
    scenarios:
      - id: general-complaint
        title: 处理一般投诉
        owner: branch-head
        escalation:
          - {when: 超出网点权限, to: vice-president}
      - id: disorder-complaint
        title: 处理影响秩序的投诉
        owner: vice-president
        escalation:
          - {when: 出现过激行为, to: president}

Failing::

    scenarios:
      - id: general-complaint
        title: 处理一般投诉
        owner: branch-head
        escalation:
          - {when: 超出网点权限, to: vice-president}
      - id: disorder-complaint
        title: 处理影响秩序的投诉
        owner: vice-president
        escalation:
          - {when: 出现过激行为, to: branch-head}   # back to where it started
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.loader import YamlPath
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.rules.helpers import named

CODE = "PC104"
NAME = "escalation-loop"
GROUP = "references"
SEVERITY = Severity.ERROR
SUMMARY = "Escalation (scenario owner to `escalation.to`) never loops back"
SOURCE = "good practice (standards.md gap catalogue: escalation never loops)"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


@dataclass(frozen=True)
class _Link:
    source: str
    target: str
    path: YamlPath  # the `to` value
    via: str  # "scenario `x`"
    verb: str  # "escalates to"


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    links: dict[str, list[_Link]] = {}
    for link in sorted(_links(plan), key=lambda each: plan.loaded.locate(each.path)):
        # One link per (source, target): a second scenario with the same escalation closes no new loop.
        if all(existing.target != link.target for existing in links.get(link.source, [])):
            links.setdefault(link.source, []).append(link)

    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
    for start in links:
        if start in state:
            continue
        stack: list[tuple[str, Iterator[_Link]]] = [(start, iter(links[start]))]
        trail: list[_Link] = []  # trail[i] leads from stack[i] to stack[i + 1]
        state[start] = 1
        while stack:
            node, pending = stack[-1]
            link = next(pending, None)
            if link is None:
                state[node] = 2
                stack.pop()
                if trail:
                    trail.pop()
                continue
            seen = state.get(link.target)
            if seen == 1:
                first = next(i for i, (each, _) in enumerate(stack) if each == link.target)
                yield _finding(plan, trail[first:] + [link])
            elif seen is None:
                state[link.target] = 1
                trail.append(link)
                stack.append((link.target, iter(links.get(link.target, []))))


def _links(plan: Plan) -> Iterator[_Link]:
    for path, scenario in plan.items("scenarios"):
        owner = scenario.get("owner")
        if not isinstance(owner, str):
            continue
        via = _("scenario `{get}`").format(get=scenario.get("id"))
        doers = {step.get("by") for _skip, step in plan.items(*path, "actions") if isinstance(step.get("by"), str)}
        for step_path, step in plan.items(*path, "escalation"):
            if not isinstance(step.get("to"), str):
                continue
            if step["to"] == owner and doers - {owner}:
                continue  # the people doing the steps go up to the one in charge of the case: no circle
            yield _Link(owner, step["to"], step_path + ("to",), via, _("escalates to"))


def _who(plan: Plan, ident: str) -> str:
    name = plan.name_of(ident)
    return named(ident, name) if name != ident else f"`{ident}`"


def _finding(plan: Plan, loop: list[_Link]) -> Finding:
    closing = loop[-1]
    if len(loop) == 1:
        message = _(
            "{via} escalates to its own owner {who}; escalate to someone who can decide more (a more senior role, the group or an external party)"
        ).format(via=closing.via, who=_who(plan, closing.target))
    else:
        steps = _who(plan, loop[0].source) + _(", who").join(
            _(" escalates to {who} ({via})").format(who=_who(plan, link.target), via=link.via) for link in loop
        )
        message = _(
            "escalation goes round in a loop: {steps}; a case passed along it comes back to where it started — make the last link go to someone more senior or outside the loop"
        ).format(steps=steps)
    return plan.finding(closing.path, message)
