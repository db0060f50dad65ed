"""Every external party the plan relies on has a phone number.

The police, the regulator, the upper office: when the plan says to call or notify them, the person
on duty needs the number at hand, not a search. The rendered contact annex lists the numbers.
One finding for the plan, at the `external` key, lists them all (each a related
location in SARIF). The public and the media (公众, 媒体, the press) are not parties one phones.

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
from plancraft.rules.helpers import named

CODE = "PC214"
NAME = "external-without-contact"
GROUP = "organisation"
SEVERITY = Severity.WARNING
SUMMARY = "Every external party has a phone number"
SOURCE = "GB/T 29639-2020 9 (annexes: contact lists); good practice"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


_NOT_CALLED = re.compile(r"公众|社会|媒体|新闻|舆论|public|media|press|customers", re.IGNORECASE)


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    missing = []
    for path, party in plan.items("external"):
        phone = party.get("phone")
        if isinstance(phone, str) and phone.strip():
            continue
        if _NOT_CALLED.search(str(party.get("name") or "")):
            continue
        missing.append((path, named(party.get("id"), party.get("name") or party.get("id"))))
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
