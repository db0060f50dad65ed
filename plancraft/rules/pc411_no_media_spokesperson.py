"""One named person speaks to the media.

A complaint that reaches the press is answered by whoever the journalist finds first, unless
the plan names the only person who speaks (新闻发言人) and tells everyone else to refer
journalists to them. ISO 22301:2019 8.4.3 expects communication, including with the media, to be
planned. Name the role in `media.spokesperson`. A plan whose roles already name it — a role titled or
charged as the spokesperson (新闻发言人, 统一对外发布信息, "handles all media enquiries") — has named it;
a role that liaises with the media among others (对接家长、媒体及相关部门) has not.

Passing::

    media:
      spokesperson: office-head
      rules: [网点员工不接受采访，婉言谢绝并提供新闻发言人联系方式]

Failing::

    media:
      rules: [网点员工不接受采访]     # nobody named to speak
"""

from __future__ import annotations

from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster
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
    if _spokesperson_among_roles(plan):
        return  # a role's title or duties make it the one who speaks (担任新闻发言人, "handles all media enquiries")
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


# A role that is the one who speaks for the organisation, said in its title, holder or duties: 新闻发言人,
# 统一对外发布信息, 负责新闻发布, 负责接受媒体采访, "spokesperson", "handles all media enquiries", "the only person who
# speaks to the press". Liaising with the media among other parties (对接家长、媒体及相关部门) names no spokesperson.
_SPOKESPERSON = re.compile(
    r"发言人|统一对外(?:发布|口径|发声)|负责(?:新闻|对外信息)发布|新闻发布|负责(?:接受)?媒体采访|"
    r"\bspokes(?:person|man|woman|people)\b|\bpress officer\b|\b(?:handles?|deals? with|responds? to) (?:all )?"
    r"(?:media|press) (?:enquiries|inquiries|queries|contact)\b|\bonly (?:person|one|role) (?:who |to )?(?:speaks?|talks?) "
    r"to (?:the )?(?:media|press|journalists)\b",
    re.IGNORECASE,
)


def _spokesperson_among_roles(plan: Plan) -> bool:
    for _path, role in plan.items("organisation", "roles"):
        texts = [role.get(key) for key in ("title", "holder")]
        texts += role.get("duties") if isinstance(role.get("duties"), list) else []
        if any(isinstance(text, str) and _SPOKESPERSON.search(text) for text in texts):
            return True
    return False
