"""Every response level names who leads the response (`lead`).

When an event is graded at a level, one person takes command: the branch head for an ordinary
complaint, the president for a violent one. A level without a lead leaves that decision to be
made on the day, exactly when there is no time for it. GB/T 29639-2020 6.2 asks the plan to
assign the response to named posts. A level whose own text names the role that leads it (criteria
ending 由中心支公司总经理负责处置, "the Silver Commander leads the response") has a lead, written in words; a
role named there only as someone to tell (报告办公室主任) is none.

In a complaint-handling procedure (`document.type: complaint-procedure`), whose levels are
categories of complaint (ordinary, complex) rather than grades of an emergency response, a category
whose scenarios all name their `owner` is not reported: the unit that owns the scenario handles the
complaints of that category, and a `lead` would only repeat it. A category without any scenario, or
with a scenario nobody owns, is still reported; so is every level of an emergency plan, where one
person must take command whoever handles the case.

Passing::

    levels:
      - {id: severe, name: 重大投诉, lead: president}

Also passing (a procedure's category whose scenario has an owner)::

    document: {id: p, title: 投诉处理程序, type: complaint-procedure}
    levels:
      - {id: complex, name: 复杂投诉}
    scenarios:
      - {id: complex-case, title: 复杂投诉处理, level: complex, owner: complaints-office}

Failing::

    levels:
      - {id: severe, name: 重大投诉}          # who takes command?
"""

from __future__ import annotations

from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import COMPLAINT_PROCEDURE, Plan
from plancraft.rules.helpers import roles_named_in_prose

CODE = "PC203"
NAME = "level-without-lead"
GROUP = "levels"
SEVERITY = Severity.WARNING
SUMMARY = "Every response level has a lead"
SOURCE = "GB/T 29639-2020 6.2 (organisation and duties)"
CLAUSES = ("GB/T 29639-2020 6.2",)
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    owners: dict[object, list[bool]] = {}  # a procedure's category -> whether each of its scenarios names an owner
    if plan.document_type == COMPLAINT_PROCEDURE:
        for _path, scenario in plan.items("scenarios"):
            owners.setdefault(scenario.get("level"), []).append(isinstance(scenario.get("owner"), str))
    led_in_words = _levels_led_in_words(plan)
    for path, level in plan.items("levels"):
        if isinstance(level.get("lead"), str):
            continue
        if all(owners.get(level.get("id")) or [False]):
            continue  # a procedure's category: each of its scenarios has an owner, who handles it
        if path in led_in_words:
            continue  # the level's own text says which role leads it (由中心支公司总经理负责处置)
        ident = level.get("id")
        yield plan.finding(
            path + ("lead",) if "lead" in level else path,
            _("level `{ident}` ({name}) has no lead; name the role that leads the response at this level with `lead:`").format(
                ident=ident, name=plan.name_of(str(ident))
            ),
            at_key=True,
        )


# A role named in a level's own text and then given the lead: 由中心支公司总经理负责处置, 分管副行长牵头, "the Silver
# Commander leads the response", "the duty director is in charge".
_LEADS = re.compile(
    r"^\s*(?:负责|牵头|组织|指挥|主持|统一指挥|担任(?:总)?指挥|任组长)|"
    r"^\s*(?:leads?|will lead|is in charge|takes command|will take command|is responsible for (?:the )?response)\b",
    re.IGNORECASE,
)


def _levels_led_in_words(plan: Plan) -> set[tuple]:
    """Paths of the levels whose own text names the role that leads them."""
    found = set()
    for _ident, mentions in roles_named_in_prose(plan).items():
        for where, _before, after in mentions:
            if len(where) >= 2 and where[0] == "levels" and _LEADS.search(after):
                found.add(tuple(where[:2]))
    return found
