"""What a plan has at all (not a rule itself): procedure, deadlines, complaint handling.

Rules that report an absence and rules that judge content read the same facts from here, so that
one fault gives one finding: when the plan has no procedure at all, PC109 says so once and the rules
that would otherwise report each level without a scenario or each unused role stay quiet; when it
has no deadline at all, PC306 says so once and the per-step deadline rules stay quiet.
"""

from __future__ import annotations

from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster

from plancraft.i18n import _, pgettext
from plancraft.model import Plan, get
from plancraft.rules.vocabulary import (  # the word lists live in vocabulary; read here by untimed_steps
    COMPLAINANT_SUBMITS,
    IMMEDIATE,
    IN_PRESENCE,
    INTAKE_STEP,
)

_COMPLAINT = re.compile(r"投诉|信访|complain", re.IGNORECASE)


def scenarios(plan: Plan) -> list[dict]:
    return [item for _, item in plan.items("scenarios")]


def has_scenarios(plan: Plan) -> bool:
    return bool(scenarios(plan))


def has_procedure(plan: Plan) -> bool:
    """True when at least one scenario lists at least one step."""
    return any(isinstance(s.get("actions"), list) and s["actions"] for s in scenarios(plan))


def has_deadline(plan: Plan) -> bool:
    """True when anything in the plan has a time limit: a time limit, a step, an escalation or a
    one-off report with `within`."""
    if any(item.get("within") for _, item in plan.items("time_limits")):
        return True
    for path, _scenario in plan.items("scenarios"):
        for key in ("actions", "escalation"):
            if any(step.get("within") for _, step in plan.items(*path, key)):
                return True
    return any(report.get("within") for _, report in plan.items("reporting"))


def untimed_steps(plan: Plan, scenario_path: tuple) -> list[tuple[tuple, str]]:
    """(path, words) for each step of a scenario without a `within` (one that says to act at once counts as
    timed, and so does one done with the complainant there: 当场解决, "on the spot", and a step that takes the
    complaint in — receives or logs it — before a timed step, which bounds it) and each escalation to a role or group without one: what PC305 and PC352 list."""
    from plancraft.i18n import _
    from plancraft.model import GROUP, ROLE

    untimed: list[tuple[tuple, str]] = []
    steps = list(plan.items(*scenario_path, "actions"))
    timed_at = [index for index, (_path, step) in enumerate(steps) if step.get("within")]
    for index, (step_path, step) in enumerate(steps):
        if step.get("within") or IMMEDIATE.search(str(step.get("do") or "")) or IN_PRESENCE.search(str(step.get("do") or "")):
            continue  # timed, or says to act at once (PC308's), or done with the complainant there (当场解决)
        if not step.get("by") and COMPLAINANT_SUBMITS.search(str(step.get("do") or "")):
            continue  # what the complainant provides: their part, not a step the organisation times
        if timed_at and timed_at[-1] > index and INTAKE_STEP.search(str(step.get("do") or "")):
            continue  # taking the complaint in, bounded by the timed step after it (the first response)
        untimed.append((step_path, _("step {value} has no `within`").format(value=step_path[-1] + 1)))
    for step_path, step in plan.items(*scenario_path, "escalation"):
        target = step.get("to")
        if step.get("within") or not isinstance(target, str) or plan.kind_of(target) not in (ROLE, GROUP):
            continue
        untimed.append(
            (step_path, _("escalation {value} to `{target}` has no `within`").format(value=step_path[-1] + 1, target=target))
        )
    return untimed


def is_complaint_plan(plan: Plan) -> bool:
    """True when the plan is about complaints: it is a complaint procedure (`document.type`), or its
    title, scope, purpose or a level or scenario says so."""
    from plancraft.model import COMPLAINT_PROCEDURE

    if plan.document_type == COMPLAINT_PROCEDURE:
        return True
    texts = [get(plan.data, "document", "title"), get(plan.data, "scope"), get(plan.data, "purpose")]
    texts += [item.get("name") for _, item in plan.items("levels")]
    texts += [item.get("title") for _, item in plan.items("scenarios")]
    return any(isinstance(t, str) and _COMPLAINT.search(t) for t in texts)


def takes_complaints(plan: Plan) -> bool:
    """True when the plan is about complaints (`is_complaint_plan`) or takes complaints in through a channel of
    its own named for them (an outage plan's "意见及投诉工单", a "complaints line"): either way complaints reach it
    and must be answered."""
    if is_complaint_plan(plan):
        return True
    return any(isinstance(item.get("name"), str) and _COMPLAINT.search(item["name"]) for _, item in plan.items("channels"))


_CUSTOMERS = re.compile(
    r"客户|用户|消费者|顾客|宾客|住客|患者|病人|患方|住户|租户|业主|旅客|群众|"
    r"customer|client|\buser|consumer|tenant|resident|patient|\bguests?\b",
    re.IGNORECASE,
)


def serves_customers(plan: Plan) -> bool:
    """True when the events of the plan come in from customers: a plan about complaints, or one whose
    title, scope or purpose names the customers, users, patients or tenants it serves (a utility's
    outage plan takes in reports from users; a regulator's disaster plan takes in none), or whose steps inform or
    answer the people it serves (a property company's outage plan that notifies 业户, a school's plan that tells
    parents)."""
    if is_complaint_plan(plan):
        return True
    texts = [get(plan.data, "document", "title"), get(plan.data, "scope"), get(plan.data, "purpose")]
    if any(isinstance(t, str) and _CUSTOMERS.search(t) for t in texts):
        return True
    # its steps inform or answer the people it serves (notify 业户, tell parents, call users back): they must know where
    # to report to the organisation in turn. A mention in a level's criteria, or a step that only acts on them (a
    # hospital's fire plan evacuating patients), is not such dealing.
    for path, _scenario in plan.items("scenarios"):
        for _p, step in plan.items(*path, "actions"):
            text = str(step.get("do") or "")
            if _PEOPLE_SERVED.search(text) and _INFORMS.search(text):
                return True
    return False


# Telling or answering someone: 通知业户, 向家长通报, 告知用户, 回访, 解释, "inform customers", "call the customer back".
_INFORMS = re.compile(
    r"通知|告知|通报|公告|公布|提醒|答复|回复|解释|沟通|回访|联系|短信|"
    r"\b(?:inform|notify|tell|contact|call|write|reply|respond|explain|update)",
    re.IGNORECASE,
)


_PEOPLE_SERVED = re.compile(
    _CUSTOMERS.pattern + r"|业户|居民|住户|游客|乘客|旅客|来访人|信访人|投诉人|学生|家长|幼儿|考生|市民|村民|观众|就诊者|"
    r"complainants?|pupils?|parents?|passengers?|visitors?",
    re.IGNORECASE,
)


def handles_customers(plan: Plan) -> bool:
    """True when the plan's work touches the people it serves, so that it handles their personal data: it is
    about complaints, or its levels, scenarios or channels name those people (a utility's outage plan whose
    steps visit users and answer their calls, a property company's levels counting residents' losses). A
    title that only names whom the organisation serves is not enough: nothing in the plan then handles them."""
    if is_complaint_plan(plan):
        return True
    data = plan.data if isinstance(plan.data, dict) else {}
    for key in ("levels", "scenarios", "channels"):
        if _mentions(data.get(key), _PEOPLE_SERVED):
            return True
    return False


def _mentions(value: object, pattern: re.Pattern) -> bool:
    if isinstance(value, str):
        return bool(pattern.search(value))
    if isinstance(value, dict):
        return any(_mentions(item, pattern) for item in value.values())
    if isinstance(value, list):
        return any(_mentions(item, pattern) for item in value)
    return False


def said_in_plan(plan: Plan, *patterns: re.Pattern) -> bool:
    """True when a text of the plan outside its `document` block matches one of `patterns`: the document
    block (its title, classification, source) is about the document, not what the plan does, so a rule that
    finds what it looks for written elsewhere than in its own section (the ways to complain in a step, a
    confidentiality principle, an acknowledgement in a time limit) asks here."""
    return any(path[:1] != ("document",) and any(pattern.search(text) for pattern in patterns) for path, text in plan.texts())


def cite(plan: Plan, source: str, jurisdictions: tuple[str, ...] = ("CN",)) -> str:
    """` (source)` for a plan in one of `jurisdictions`, else "": a UK plan never reads a Chinese
    statute in a message (the rule's SOURCE still names it)."""
    if plan.jurisdiction not in jurisdictions:
        return ""
    return _(" ({source})").format(source=source.replace("; ", pgettext("list separator", "; ")))


def applies(plan: Plan, jurisdictions: tuple[str, ...]) -> bool:
    """True when a statute-backed rule declared for `jurisdictions` applies to this plan."""
    return plan.jurisdiction in jurisdictions


# A level's grade by the national convention, where Ⅰ级 is the most severe (Ⅰ级特别重大 … Ⅳ级一般): Roman numerals
# only, since a plan's own Chinese numerals may count either way (一级 is the lowest of some petition plans).
_ROMAN_GRADE = re.compile(r"(?<![A-Za-z])(Ⅳ|Ⅲ|Ⅱ|Ⅰ|IV|III|II|I)\s*级|\blevel\s+(IV|III|II|I)\b", re.IGNORECASE)
_ROMAN_RANK = {"Ⅰ": 4, "I": 4, "Ⅱ": 3, "II": 3, "Ⅲ": 2, "III": 2, "Ⅳ": 1, "IV": 1}
# Severity words, least to most severe.
_SEVERITY_WORDS = (
    (re.compile(r"特别重大|特大"), 4),
    (re.compile(r"重大"), 3),
    (re.compile(r"较大"), 2),
    (re.compile(r"一般"), 1),
)
# English grades on one scale, so that the usual series compare: critical > high > medium > low, major > serious
# (significant) > moderate > minor, red > amber > green (a level's name only; read when no Chinese word grades it).
_SEVERITY_WORDS_EN = (
    (re.compile(r"\b(?:critical|catastrophic)\b", re.IGNORECASE), 5),
    (re.compile(r"\b(?:major|severe|high|red)\b", re.IGNORECASE), 4),
    (re.compile(r"\b(?:serious|significant|elevated)\b", re.IGNORECASE), 3),
    (re.compile(r"\b(?:moderate|medium|amber)\b", re.IGNORECASE), 2),
    (re.compile(r"\b(?:minor|low|green)\b", re.IGNORECASE), 1),
)


def _severity(name: object) -> int | None:
    if not isinstance(name, str):
        return None
    roman = _ROMAN_GRADE.search(name)
    if roman:
        return _ROMAN_RANK[(roman.group(1) or roman.group(2)).upper()]
    for pattern, rank in _SEVERITY_WORDS:
        if pattern.search(name):
            return rank
    for pattern, rank in _SEVERITY_WORDS_EN:
        if pattern.search(name):
            return rank
    return None


def levels_reversed(plan: Plan) -> bool:
    """True when the levels are listed most severe first, against the format's rising order: each level's name
    grades it (Ⅰ级 … Ⅳ级, Level I, 特别重大 > 重大 > 较大 > 一般, critical > high > medium > low, major > serious > minor)
    and every grade is lower than the one before."""
    ranks = [_severity(item.get("name")) for _, item in plan.items("levels")]
    known = [rank for rank in ranks if rank is not None]
    return len(known) >= 2 and len(known) == len(ranks) and all(a > b for a, b in zip(known, known[1:]))


def levels_rising(plan: Plan) -> list[tuple]:
    """(path, level) of every level, least severe first: as listed, or turned round where the levels are listed
    most severe first (`levels_reversed`: 特别重大(Ⅰ级) … 一般(Ⅳ级), as most Chinese plans print them). Rules that
    compare a level with the ones below it read them in this order."""
    levels = list(plan.items("levels"))
    return levels[::-1] if levels_reversed(plan) else levels


def top_level(plan: Plan) -> tuple | None:
    """(path, level) of the most severe level: the last one, or the first where the levels are listed most
    severe first (`levels_reversed`)."""
    levels = list(plan.items("levels"))
    if not levels:
        return None
    return levels[0] if levels_reversed(plan) else levels[-1]
