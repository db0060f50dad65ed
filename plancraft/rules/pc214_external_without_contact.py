"""Every external party the plan relies on has a phone number, whole, under a name one can look up.

The police, the regulator, the upper office, the ombudsman a complainant is sent to: when the plan says to
call, notify or go to them, the reader needs the number at hand, not a search. The rendered contact annex
lists the numbers. One finding for the plan, at the `external` key, lists them all (each a related
location in SARIF). The public and the media (公众, 媒体, the press) are not parties one phones.

What counts as "complete enough": at least one working channel — the format's `phone` — that is whole,
under a name by which the party can be found. A second finding, at the `external` key, lists the parties
that have a phone but are still hard to reach: one named only by an abbreviation the plan never spells out
(`name: FOS`, with "Financial Ombudsman Service" nowhere in the plan: a complainant cannot look it up), and,
in a GB plan, a number that looks cut off (fewer than the 10 or 11 digits of a UK number, and not a
three-digit or 116/118 service code). A website, postal address or e-mail address is not asked for: the
format has no field for them.

Passing::

    external:
      - {id: police, name: 辖区派出所, phone: "110"}

Failing::

    external:
      - {id: regulator, name: 当地金融监管部门}     # how is it reached?
      - {id: upper-office, name: 上级行}            # the same finding
"""

from __future__ import annotations

import re
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _, pgettext
from plancraft.model import Plan
from plancraft.rules.helpers import named, prose

CODE = "PC214"
NAME = "external-without-contact"
GROUP = "organisation"
SEVERITY = Severity.WARNING
SUMMARY = "Every external party has a phone number, whole, under a name one can look up"
SOURCE = "GB/T 29639-2020 9 (annexes: contact lists); good practice"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


_ACRONYM = re.compile(r"^(?:the\s+)?([A-Z]{2,6})$")
_LINKING = r"(?:(?:of|and|for|the|&)\s+)*"


def _spelled_out(plan: Plan, acronym: str) -> bool:
    """True when some text of the plan writes out the words whose initials make `acronym`."""
    words = (r"\s+" + _LINKING).join(letter + r"[\w'’-]*" for letter in acronym)
    pattern = re.compile(r"\b" + words + r"\b")
    return any(pattern.search(text) for _path, text in prose(plan))


def _cut_off(plan: Plan, phone: str) -> bool:
    """True when every number in a GB plan's `phone` is too short to dial (not a service code)."""
    if plan.jurisdiction != "GB":
        return False
    numbers = [re.sub(r"\D", "", part) for part in re.split(r"\bor\b|[,/;]", phone)]
    numbers = [n for n in numbers if n]
    return bool(numbers) and all(len(n) < 10 and len(n) != 3 and not (len(n) == 6 and n[:3] in ("116", "118")) for n in numbers)


_NOT_CALLED = re.compile(r"公众|社会|媒体|新闻|舆论|public|media|press|customers", re.IGNORECASE)


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    missing = []
    hard_to_reach = []
    for path, party in plan.items("external"):
        phone = party.get("phone")
        if isinstance(phone, str) and phone.strip():
            text = named(party.get("id"), party.get("name") or party.get("id"))
            acronym = _ACRONYM.match(str(party.get("name") or "").strip())
            if acronym and not _spelled_out(plan, acronym.group(1)):
                hard_to_reach.append(
                    (path, _("{text} is named only by an abbreviation the plan never spells out").format(text=text))
                )
            elif _cut_off(plan, phone):
                hard_to_reach.append((path, _("the phone of {text} looks cut off ({phone})").format(text=text, phone=phone)))
            continue
        if _NOT_CALLED.search(str(party.get("name") or "")):
            continue
        missing.append((path, named(party.get("id"), party.get("name") or party.get("id"))))
    if hard_to_reach:
        yield plan.finding(
            ("external",),
            _(
                "external party contact incomplete: {listed}; give the full name and a whole number, so that the reader can find and reach them"
            ).format(listed=pgettext("reasons", "; ").join(text for _, text in hard_to_reach)),
            at_key=True,
            related=tuple(hard_to_reach),
        )
    if not missing:
        return
    listed = pgettext("list separator", ", ").join(text for _, text in missing)
    noun = _("external party") if len(missing) == 1 else _("{count} external parties").format(count=len(missing))
    yield plan.finding(
        ("external",),
        _(
            '{noun} without a phone number: {listed}; add `phone` (quoted, e.g. `phone: "110"`) so that the person on duty can reach them'
        ).format(noun=noun, listed=listed),
        at_key=True,
        related=tuple((path, _("{text} has no phone").format(text=text)) for path, text in missing),
    )
