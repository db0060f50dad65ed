"""One named person speaks to the media.

A complaint that reaches the press is answered by whoever the journalist finds first, unless
the plan names the only person who speaks (新闻发言人) and tells everyone else to refer
journalists to them. ISO 22301:2019 8.4.3 expects communication, including with the media, to be
planned. Name the role in `media.spokesperson`.

Passing::

    media:
      spokesperson: office-head
      rules: [网点员工不接受采访，婉言谢绝并提供新闻发言人联系方式]

Failing::

    media:
      rules: [网点员工不接受采访]     # nobody named to speak
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import EMERGENCY_PLAN, Plan, get

CODE = "PC411"
NAME = "no-media-spokesperson"
GROUP = "management"
SEVERITY = Severity.WARNING
SUMMARY = "The plan names a media spokesperson (media.spokesperson)"
SOURCE = "ISO 22301:2019 8.4.3 (communication, including with the media)"
CLAUSES = ("ISO 22301:2019 8.4.3",)
VERIFIED = True
DOCUMENT_TYPES = (
    EMERGENCY_PLAN,
)  # a media spokesperson belongs to an emergency response (ISO 22301:2019 8.4.3), not to a routine complaint procedure
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    data = plan.data if isinstance(plan.data, dict) else {}
    if get(data, "media", "spokesperson"):
        return
    if isinstance(data.get("media"), dict):
        where, message = ("media",), _("media handling names no spokesperson")
    else:
        where, message = ("document",), _("the plan says nothing about the media")
    yield plan.finding(
        where,
        _(
            "{message}; add `media.spokesperson` with the role that alone speaks to journalists, and `rules` for everyone else (ISO 22301:2019 8.4.3)"
        ).format(message=message),
        at_key=True,
    )
