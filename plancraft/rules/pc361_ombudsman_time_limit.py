"""A UK financial firm's procedure states the six months a complainant has to go to the Financial Ombudsman Service.

A final response from a firm under the FCA's complaint rules tells the complainant that they may now refer the
complaint to the Financial Ombudsman Service, gives its website, and says whether the firm consents to waive the
time limits for doing so, in the wording of DISP 1 Annex 3R: "you must do so within six months of the date of
this letter" (DISP 1.6.2R(1)(d)–(f); the six months are DISP 2.8.2R(1)). A procedure that sends complainants to
the Ombudsman but never says that they have six months from the final response — or says another period — lets
them lose the right the letter must tell them of.

The rule judges GB plans of firms under DISP 1 (a plan whose words name a bank, insurer or other FCA firm, or that
sends complainants to the Financial Ombudsman Service) that name the Ombudsman as an external party or an
escalation target. The limit counts as stated when a time limit marked `party: customer` for going to the
Ombudsman (its `what` or `from` names the Ombudsman, a referral or a final response) is six months (`6mo`,
`26w`), or when any text of the plan about going to the Ombudsman (it names the Ombudsman, a referral or the final
response) says "six months" (or "6 months"). One
finding: where the plan states another period, at that time limit or text; where it states none, at the
escalation to the Ombudsman (else at the Ombudsman's entry under `external`).

Passing::

    document: {id: p, title: Complaints, type: complaint-procedure, language: en, jurisdiction: GB}
    time_limits:
      - {id: fos-referral, what: Refer your complaint to the Financial Ombudsman Service, within: 6mo,
         from: the date of our final response, party: customer}
    external:
      - {id: fos, name: Financial Ombudsman Service, phone: "0800 023 4567"}

Failing::

    document: {id: p, title: Complaints, type: complaint-procedure, language: en, jurisdiction: GB}
    scenarios:
      - id: complaint
        title: Handling your complaint
        actions:
          - {do: Send our final response, within: 8w}
        escalation:
          - {when: If you are unhappy with our final response, to: fos}   # by when?
    external:
      - {id: fos, name: Financial Ombudsman Service, phone: "0800 023 4567"}
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.durations import parse_duration
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.rules.helpers import prose
from plancraft.rules.presence import is_complaint_plan
from plancraft.rules.statutory import fos_anchor, under_disp
from plancraft.rules.vocabulary import ABOUT_REFERRAL, MONTHS_STATED

CODE = "PC361"
NAME = "ombudsman-time-limit"
GROUP = "deadlines"
SEVERITY = Severity.WARNING
SUMMARY = "A UK financial firm's procedure states the six months a complainant has to refer a complaint to the Financial Ombudsman Service"
SOURCE = (
    "FCA DISP 1.6.2R(1) and DISP 1 Annex 3R (the final response tells the complainant they must refer the "
    "complaint within six months of the date of the letter), DISP 2.8.2R(1); read in the primary text "
    "(handbook.fca.org.uk DISP 1.6, DISP 1 Annex 3)"
)
CLAUSES = ("DISP 1.6.2R",)
VERIFIED = True
JURISDICTIONS = ("GB",)
OPTIONS: dict[str, object] = {}

_SIX_MONTHS = range(180 * 24 * 60, 184 * 24 * 60 + 1)  # 6mo (180 days as plancraft counts it) to 26 weeks and a bit
_SIX = {"six", "6"}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if not under_disp(plan) or not is_complaint_plan(plan):
        return
    anchor = fos_anchor(plan)
    if anchor is None:
        return
    wrong: tuple | None = None
    for path, limit in plan.items("time_limits"):
        said = f"{limit.get('what') or ''} {limit.get('from') or ''}"
        if limit.get("party") != "customer" or not ABOUT_REFERRAL.search(said):
            continue
        within = parse_duration(str(limit.get("within") or ""))
        if within is not None and within.minutes in _SIX_MONTHS:
            return
        wrong = wrong or ((*path, "within"), str(limit.get("within")))
    for path, text in prose(plan):
        if not ABOUT_REFERRAL.search(text):
            continue
        for found in MONTHS_STATED.finditer(text):
            if found.group(1).lower() in _SIX:
                return
            wrong = wrong or (path, found.group(0))
    if wrong:
        yield plan.finding(
            wrong[0],
            _(
                "the procedure gives the complainant {said} to go to the Financial Ombudsman Service; the final response "
                "must tell them they have six months from its date (FCA DISP 1.6.2R, DISP 1 Annex 3R)"
            ).format(said=f"“{wrong[1]}”"),
        )
        return
    yield plan.finding(
        anchor,
        _(
            "the procedure sends complainants to the Financial Ombudsman Service but never says that they must do so "
            "within six months of the final response, which the final response must tell them (FCA DISP 1.6.2R, "
            "DISP 1 Annex 3R); add a time limit such as `{id: fos-referral, what: Refer the complaint to the "
            "Financial Ombudsman Service, within: 6mo, from: the date of our final response, party: customer}`"
        ),
    )
