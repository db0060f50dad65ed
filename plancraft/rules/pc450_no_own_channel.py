"""The plan says how a complaint reaches the organisation itself, not only outside bodies.

A procedure that lists only the regulator's or the ombudsman's addresses sends customers away
before the organisation has had its chance to put things right, and leaves its own front door
undocumented: nobody knows which number, desk or form is watched. The Housing Ombudsman and the
Financial Ombudsman both consider a complaint only after the organisation has had it first. List
the organisation's own channels (hotline, desk, letter, e-mail or web form) next to the outside
ones.

PC409 reports a plan with no channels at all; this rule reports a plan whose channels are all
outside bodies (`kind: regulator` or `kind: media`).

Passing::

    channels:
      - {name: Housing services complaints line, kind: phone, contact: "0161 000 0000", hours: Mon–Fri 9–5}
      - {name: Housing Ombudsman, kind: regulator, contact: "0300 111 3000"}

Failing::

    channels:                       # only the ombudsman: how does a resident complain to us?
      - {name: Housing Ombudsman, kind: regulator, contact: "0300 111 3000"}
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan

CODE = "PC450"
NAME = "no-own-channel"
GROUP = "management"
SEVERITY = Severity.WARNING
SUMMARY = "Besides outside bodies, the plan lists at least one channel of the organisation's own"
SOURCE = (
    "good practice; outside plan: Manchester City Council social housing complaints (lists only the Housing Ombudsman's contacts)"
)
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}

OUTSIDE_KINDS = ("regulator", "media")


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    channels = [channel for _, channel in plan.items("channels")]
    if not channels or any(channel.get("kind") not in OUTSIDE_KINDS for channel in channels):
        return
    yield plan.finding(
        ("channels",),
        _(
            "all {count} channels lead to outside bodies (regulator or media); add the organisation's own channels (hotline, desk, letter, e-mail or web form) with their contact and hours, so that a complaint reaches the people who can put it right first"
        ).format(count=len(channels)),
        at_key=True,
    )
