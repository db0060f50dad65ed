"""A complaint procedure tells a dissatisfied complainant where to go next.

A complainant who does not accept the final answer has somewhere to go: an ombudsman, the
regulator or the body that supervises the organisation, a mediation or arbitration body, a court,
a public hotline. A procedure that ends with the organisation's own answer leaves them to find it
out alone — and regulators ask for it to be said. FCA DISP 1.6.2R: the final response informs the
complainant that, if still dissatisfied, they may refer the complaint to the Financial Ombudsman
Service (and gives its website); the Housing Ombudsman's Complaint Handling Code asks a landlord
that extends a deadline to give the Ombudsman's details. For Chinese banks and insurers,
银行业保险业消费投诉处理管理办法 names 协商、调解、仲裁、诉讼 as the ways consumer disputes are
resolved (第五条) and the 银保监会 (now 国家金融监督管理总局, whose consumer hotline is 12378) as the
supervisor of complaint handling (第六条); hospitals point to 医疗纠纷人民调解 and the health
authority, public bodies to their superior department and 12345.

The procedure has a route when an escalation, a notification or a channel goes to an external
party that is such a body (its kind or name: ombudsman, regulator, 监管, 调解, 仲裁, 法院, a public
hotline, 上级主管部门, …), or when a text of the procedure (a step, an escalation, a channel, the
scope, the aftermath, …; not the document's title or basis, nor a role's title) names one
(Financial Ombudsman, SPSO, 12378, 人民调解, 向上级主管部门反映, …; the words are in
`plancraft/rules/vocabulary.py`). Not a route: a report line (`reporting`) or a level's notification,
which tell the body themselves; an escalation the organisation makes for its own reasons
("内容重要、情况特殊和涉及行业稳定的情况" → 县交通运输局, "serious or media cases") rather than for the
complainant's dissatisfaction; a body named in the privacy or accountability texts ("不得泄露主管部门
机密"). An emergency plan is not asked: it answers an incident, not a
complainant's appeal.

An external disputes resolution scheme is such a body whatever it is called (Financial Services
Complaints Limited, AFCA, an ombudsman scheme), and so is a statutory consumer body that takes up
the complaints a company has not resolved (CCW, the Consumer Council for Water).

Passing::

    document: {id: p, title: Complaints procedure, type: complaint-procedure, language: en}
    scenarios:
      - id: stage-2
        title: Stage 2 review
        escalation:
          - {when: If you are still unhappy after stage 2, to: ombudsman}
    external:
      - {id: ombudsman, name: Housing Ombudsman, kind: ombudsman, contact: {phone: "0300 111 3000"}}

Failing::

    document: {id: p, title: Complaints procedure, type: complaint-procedure, language: en}
    scenarios:
      - id: stage-2
        title: Stage 2 review
        actions:
          - {do: Send the final response, within: 20wd}     # and if the complainant is still unhappy?
"""

from __future__ import annotations

from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import COMPLAINT_PROCEDURE, EXTERNAL, Plan, get
from plancraft.rules.helpers import for_plan, listed
from plancraft.rules.vocabulary import ESCALATION_ROUTE, ROUTE_KINDS

CODE = "PC452"
NAME = "no-escalation-route"
GROUP = "management"
SEVERITY = Severity.WARNING
SUMMARY = "A complaint procedure tells a dissatisfied complainant where to go next (ombudsman, regulator, mediation)"
SOURCE = (
    "FCA DISP 1.6.2R (the final response refers the complainant to the Financial Ombudsman Service; read in "
    "the FCA Handbook); 银行业保险业消费投诉处理管理办法 第五条 (协商、调解、仲裁、诉讼) and 第六条 (supervision); "
    "ISO 10002:2018 (responding and closing)"
)
CLAUSES: tuple[str, ...] = ()  # DISP 1.6.2R binds FCA firms only; the rule asks every procedure, so it evidences no clause
VERIFIED = False
DOUBT = (
    "the article of 银行业保险业消费投诉处理管理办法 that obliges a bank to tell the complainant its further routes "
    "was not found in a primary text this session, so none is cited for CN plans; 第五条 and 第六条 were read"
)
DOCUMENT_TYPES = (COMPLAINT_PROCEDURE,)  # an emergency plan answers an incident, not a complainant's appeal
OPTIONS: dict[str, object] = {}

# Sections whose texts are not the procedure's words to the complainant: the document's title and basis
# (a law's name is no route), the organisation's titles, the sign-off records, and the scope: it says which
# complaints the procedure takes (those passed on by a 12345 hotline or a regulator, or not "an appeal against a
# court decision"), not where a dissatisfied complainant goes next.
# Texts that name a body without offering it to the complainant ("不得泄露主管部门……机密").
_NOT_TOLD = {"privacy", "accountability"}
_NOT_PROCEDURE = {"document", "basis", "organisation", "revisions", "approvals", "history", "distribution", "scope"}


# The organisation's own reason to report (important, special, major, affecting stability), not the complainant's.
_INTERNAL_TRIGGER = re.compile(
    r"重要|特殊|重大|紧急|稳定|敏感|群体|舆情|\bserious\b|\bmajor\b|\bsensitive\b|\bmedia\b", re.IGNORECASE
)
_DISSATISFIED = re.compile(
    r"不满意|不满|不服|异议|不接受|不认可|仍未|未能解决|申诉|复核|unhappy|dissatisfied|not satisfied|disagree|"
    r"\bstill\b|\bappeal|\breview\b|not resolved",
    re.IGNORECASE,
)


def _offered(plan: Plan, path: tuple) -> bool:
    """True when the reference at `path` offers the body to the complainant: not a report line (`reporting`) or a
    level's notification, which tell the body themselves, and not an escalation the organisation makes for its own
    reasons ("内容重要、情况特殊和涉及行业稳定的情况" → 县交通运输局) rather than for the complainant's dissatisfaction."""
    if not path or path[0] in ("reporting", "levels"):
        return False
    if len(path) >= 4 and path[0] == "scenarios" and path[2] == "escalation":
        when = str(get(plan.data, *path[:4], "when") or "")
        if _INTERNAL_TRIGGER.search(when) and not _DISSATISFIED.search(when):
            return False
    return True


def _external_routes(plan: Plan) -> set[str]:
    routes = set()
    for _path, party in plan.items("external"):
        words = " ".join(str(party.get(key) or "") for key in ("name", "kind"))
        if isinstance(party.get("id"), str) and (ROUTE_KINDS.search(words) or ESCALATION_ROUTE.search(words)):
            routes.add(party["id"])
    return routes


def _says_route(plan: Plan) -> bool:
    # The organisation's own name is no route out of it: the Scottish Courts and Tribunals Service's texts
    # name "Courts" and "Tribunals", a 信访办's texts name 信访.
    issuer = str(get(plan.data, "document", "issuer") or "").strip()
    own = [issuer] if len(issuer) > 2 else []
    for path, text in plan.texts():
        if not path or path[0] in _NOT_PROCEDURE or path[0] in _NOT_TOLD or path[-1] == "kind":
            continue  # a kind is a label; confidentiality and discipline texts tell the complainant nothing
        for name in own:
            text = text.replace(name, " ")
        if ESCALATION_ROUTE.search(text):
            return True
    return False


# [jurisdiction, else the plan's language] -> routes such a plan would name (values, not translated)
_EXAMPLES = {
    "CN": ("国家金融监督管理总局 12378", "医疗纠纷人民调解委员会", "12345"),
    "GB": ("the Financial Ombudsman Service", "the Local Government and Social Care Ombudsman", "the SPSO"),
    "HK": ("the Financial Dispute Resolution Centre (FDRC)", "the Office of The Ombudsman"),
    "zh": ("国家金融监督管理总局 12378", "医疗纠纷人民调解委员会"),
    "en": ("the Financial Ombudsman Service",),
}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    routes = _external_routes(plan)
    if any(ref.target in routes and plan.kind_of(ref.target) == EXTERNAL and _offered(plan, ref.path) for ref in plan.references):
        return
    if any(str(get(channel, "kind") or "") == "regulator" for _path, channel in plan.items("channels")):
        return
    if _says_route(plan):
        return
    yield plan.finding(
        plan.section_anchor("external"),
        _(
            "the procedure never tells a complainant who is still dissatisfied where to go next; add an escalation "
            "`to:` an external party that can take the complaint further (an ombudsman, the regulator, a mediation "
            "body, a court or public hotline, the superior department), with its contact, e.g. {examples}"
        ).format(examples=listed(for_plan(plan, _EXAMPLES))),
        at_key=True,
    )
