"""A plan's versions: the approved versions kept in `history`, the version in the file, and which
was in force on a given day.

`plancraft revise` moves the approvals of the version being replaced into a `history` entry
(version, effective date, content digest, approvals); this module reads that record back. It is
the one place that answers "which versions were approved, by whom, when did each take effect,
which one was in force on a day, and which version does a digest belong to".
"""

from __future__ import annotations

from plancraft.i18n import _

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from plancraft import versions as _versions
from plancraft.digest import approval_digest
from plancraft.digest import approval_list as _approvals
from plancraft.digest import content_digest as _digest

# `document.effective: on-approval` — the plan takes effect on the day of its `approved` sign-off
# (自批准之日起施行).
ON_APPROVAL = "on-approval"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def is_date(value: Any) -> bool:
    if not isinstance(value, str) or not _DATE.match(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Version:
    """One version of the plan: from `history`, or the one the file holds now (`in_file`)."""

    version: str
    effective: str | None  # the day it took (or takes) effect, when known
    digest: str | None  # content digest of the approved text (what rendered documents carry)
    approvals: tuple[dict, ...] = field(default=())
    in_file: bool = False
    stale: bool = False  # in_file only: the text changed after its approval
    index: int | None = None  # position in `history`

    @property
    def approved(self) -> dict | None:
        """The `approved` sign-off, if this version has one."""
        for approval in self.approvals:
            if approval.get("step") == "approved":
                return approval
        return None

    @property
    def approved_on(self) -> str | None:
        approval = self.approved
        return str(approval.get("date")) if approval and approval.get("date") is not None else None


def entries(data: dict) -> list[tuple[int, dict]]:
    """(index, entry) of every well-formed `history` item."""
    value = data.get("history") if isinstance(data, dict) else None
    return [(i, e) for i, e in enumerate(value) if isinstance(e, dict)] if isinstance(value, list) else []


def bound_to(content: str, approval_list: list[dict] | tuple[dict, ...]) -> bool:
    """Do these sign-offs carry the digests of a text whose content digest is `content`?

    Each digest chains from the content digest and the sign-off before it (plancraft.digest);
    sign-offs recorded before the chain (every digest equal to the content digest) count too."""
    recorded = [a.get("digest") for a in approval_list]
    if not recorded or not all(isinstance(d, str) for d in recorded):
        return False
    if all(d == content for d in recorded):
        return True
    previous = ""
    for approval in approval_list:
        previous = approval_digest(content, previous, approval)
        if approval.get("digest") != previous:
            return False
    return True


def approved_content(data: dict) -> str | None:
    """The content digest of the text the file's sign-offs approved, when the file shows it: the
    text as it is now when they are bound to it, else the digest of sign-offs recorded before
    the chain (which is the content digest itself); None when the text changed since."""
    current = _approvals(data)
    if not current:
        return None
    now = _digest(data)
    if bound_to(now, current):
        return now
    recorded = {a.get("digest") for a in current}
    if len(recorded) == 1 and len(current) > 1:
        legacy = recorded.pop()
        return legacy if isinstance(legacy, str) else None
    return None


def effective_date(data: dict) -> str | None:
    """The date the version in the file takes effect: `document.effective`, or the approval date
    when it says `on-approval`; None when neither is known."""
    document = data.get("document") if isinstance(data, dict) else None
    effective = document.get("effective") if isinstance(document, dict) else None
    if is_date(effective):
        return effective
    if effective == ON_APPROVAL:
        for approval in _approvals(data):
            if approval.get("step") == "approved" and is_date(str(approval.get("date"))):
                return str(approval["date"])
    return None


def effective_shown(data: dict) -> str:
    """What a document shows as the effective date: the date (the approval date for `on-approval`),
    a starter's placeholder as written, or "" when not known yet."""
    document = data.get("document") if isinstance(data, dict) else None
    written = document.get("effective") if isinstance(document, dict) else None
    return effective_date(data) or ("" if written in (None, ON_APPROVAL) else str(written))


def in_file(data: dict) -> Version:
    """The version the file holds now, with its current approvals."""
    document = data.get("document") if isinstance(data.get("document"), dict) else {}
    current = _approvals(data)
    approved = approved_content(data)
    return Version(
        version=str(document.get("version")) if document.get("version") is not None else "",
        effective=effective_date(data),
        digest=approved,
        approvals=tuple(current),
        in_file=True,
        stale=bool(current) and approved != _digest(data),
    )


def all_versions(data: dict) -> list[Version]:
    """Every version in the record: the history entries in order, then the version in the file."""
    result = []
    for index, entry in entries(data):
        approvals = [a for a in entry.get("approvals") or [] if isinstance(a, dict)]
        effective = entry.get("effective")
        result.append(
            Version(
                version=str(entry.get("version")),
                effective=effective if is_date(effective) else None,
                digest=entry.get("digest") if isinstance(entry.get("digest"), str) else None,
                approvals=tuple(approvals),
                index=index,
            )
        )
    result.append(in_file(data))
    return result


def approved_versions(data: dict) -> list[Version]:
    return [v for v in all_versions(data) if v.approved]


def in_force(data: dict, day: str) -> Version | None:
    """The approved version in force on `day` (YYYY-MM-DD): the latest to take effect on or before it."""
    return in_force_of(approved_versions(data), day)


def in_force_of(approved: list[Version], day: str) -> Version | None:
    """in_force() over the plan's approved versions, in record order (the audit keeps them in its cache)."""
    candidates = [(v.effective, i, v) for i, v in enumerate(approved) if v.effective and v.effective <= day]
    return max(candidates, key=lambda c: (c[0], c[1]))[2] if candidates else None


def successor(data: dict, version: Version) -> Version | None:
    """The approved version that replaced `version`: the first approved one after it."""
    later = [v for v in approved_versions(data) if _later(v, version)]
    return later[0] if later else None


def _later(a: Version, b: Version) -> bool:
    ka, kb = _versions.key(a.version), _versions.key(b.version)
    if ka is not None and kb is not None:
        return ka > kb
    return a.in_file and not b.in_file or (a.index or 0) > (b.index or 0)


def describe_superseded(data: dict, version: Version) -> str:
    """ "version 1.0 (approved by 王强 on 2025-01-05), superseded by 1.1 on 2025-07-01" and the like."""
    approved = version.approved
    who = (
        _(" (approved by {get} on {get2})").format(get=approved.get("name"), get2=approved.get("date"))
        if approved
        else _(" (never approved)")
    )
    after = successor(data, version)
    if after is None:
        newest = all_versions(data)[-1]
        if newest is not version and newest.version:
            return _(
                "version {version}{who}; the newer version {version2} is not approved yet, so this one is still the version in force"
            ).format(version=version.version, who=who, version2=newest.version)
        return _("version {version}{who}").format(version=version.version, who=who)
    when = (
        _(" on {date}").format(date=after.effective)
        if after.effective
        else _(", approved on {approved_on} (no effective date)").format(approved_on=after.approved_on)
    )
    return _("version {version}{who}, superseded by {version2}{when}").format(
        version=version.version, who=who, version2=after.version, when=when
    )


def by_digest(data: dict, value: str) -> Version | None:
    """The version (from history, or the one in the file) whose approved text has content digest
    `value`: its recorded digest, or sign-offs whose digests chain from `value`."""
    for version in all_versions(data):
        if version.digest == value or version.approvals and bound_to(value, version.approvals):
            return version
    return None


def check_entries(data: dict) -> list[tuple[Version, str]]:
    """(version, state) for each history entry: "bound" (its approvals chain from its digest),
    "unbound" (they do not: edited after `revise`), "unknown" (no digest recorded) or "unsigned"."""
    result = []
    for version in all_versions(data):
        if version.in_file:
            continue
        if not version.approvals:
            result.append((version, "unsigned"))
        elif version.digest is None:
            result.append((version, "unknown"))
        else:
            result.append((version, "bound" if bound_to(version.digest, version.approvals) else "unbound"))
    return result
