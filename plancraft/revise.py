"""`plancraft revise`: start a new version of a plan without losing the approvals of the old one.

The new version number must be greater than the current one (dotted numbers: 1.10 > 1.9).
`document.version` is set, a `revisions` row (version, date, summary) is appended, and the
current approvals move into a `history` entry together with the version they approved, the
date it took effect and the digest of the approved text. The plan is a draft again and goes
through prepared → reviewed → approved once more. Only those parts of the file are rewritten;
every other line, comment included, stays as it was.
"""

from __future__ import annotations

from plancraft.i18n import _

import copy
import datetime as dt
import json
from typing import Any

from plancraft import history as _history
from plancraft import ime
from plancraft import versions as _versions
from plancraft.errors import Refused, UsageError
from plancraft.loader import LoadedPlan, load_bytes
from plancraft.signoff import approvals as _approvals
from plancraft.yamledit import (
    EditError,
    append_item,
    block_item_prefix,
    item_lines,
    newline_of,
    remove_key,
    replace_top_level,
    set_scalar,
    top_level_span,
)


class RevisionError(Refused):
    """A revision that must not be started; the message says why and what to do."""


class BadRevisionArgument(UsageError, RevisionError):
    """A revision refused for what was typed (--version, --summary, --date, --effective): a usage
    error (exit 2); a refusal for the plan itself stays a RevisionError (exit 1)."""


def _check_date(value: str, option: str) -> str:
    if not _history.is_date(value):
        typed = ime.date_hint(value)  # 2027年3月1日: say which date to write
        if typed is not None:
            raise BadRevisionArgument(
                _("{option} `{value}` is not a date; write YYYY-MM-DD: `{suggestion}`").format(
                    option=option, value=value, suggestion=typed.replacement
                )
            )
        raise BadRevisionArgument(_("{option} `{value}` is not a date; write YYYY-MM-DD").format(option=option, value=value))
    return value


def history_entry(data: dict, approved_digest: str | None = None) -> dict | None:
    """The `history` entry that records the version in the file with its approvals (None when
    nothing was signed). `approved_digest` is the approved text's content digest when the caller
    found it elsewhere (the file no longer holds that text)."""
    current = _approvals(data)
    if not current:
        return None
    document = data.get("document") or {}
    entry: dict[str, Any] = {"version": str(document.get("version"))}
    effective = _history.effective_date(data)
    if effective:
        entry["effective"] = effective
    signed = _history.approved_content(data) or (
        approved_digest if approved_digest and _history.bound_to(approved_digest, current) else None
    )
    if signed:
        entry["digest"] = signed
    entry["approvals"] = [dict(a) for a in current]
    return entry


def revised_data(
    data: dict, *, version: str, summary: str, date: str, effective: str | None, approved_digest: str | None = None
) -> dict:
    """What the plan's data is after the revision (the text edits are checked against it)."""
    new = copy.deepcopy(data)
    new["document"]["version"] = version
    if effective:
        new["document"]["effective"] = effective
    else:
        new["document"].pop("effective", None)
    entry = history_entry(data, approved_digest)
    if entry is not None:
        new["history"] = list(new.get("history") or []) + [entry]
        new["approvals"] = []
    new["revisions"] = list(new.get("revisions") or []) + [{"version": version, "date": date, "changes": summary}]
    return new


def revise(
    plan: LoadedPlan,
    *,
    version: str,
    summary: str,
    date: str | None = None,
    effective: str | None = None,
    approved_digest: str | None = None,
) -> str:
    """The plan's new text for a revision to `version` (raises RevisionError).

    `approved_digest`: the content digest of the approved text when the file no longer holds it
    (found in the repository by the caller); recorded only if the approvals chain from it."""
    data = plan.data
    document = data.get("document") if isinstance(data.get("document"), dict) else None
    if document is None:
        raise RevisionError(_("the plan has no `document` section"))
    current = document.get("version")
    try:
        new_key = _versions.parse(version)
    except _versions.VersionError as error:
        raise BadRevisionArgument(_("--version {error}").format(error=error)) from None
    if current is None and _approvals(data):
        raise RevisionError(
            _(
                "document.version is not set, so the signed version cannot be recorded; write the "
                'version that was signed (e.g. version: "1.0") before revising it'
            )
        )
    try:
        current_key = _versions.parse(current) if current is not None else ()
    except _versions.VersionError:
        raise RevisionError(
            _("document.version `{current}` is not a dotted version number; correct it first").format(current=current)
        ) from None
    if current is not None and new_key <= current_key:
        raise BadRevisionArgument(
            _("version {version} is not greater than the current version {current}; use e.g. --version {next_version}").format(
                version=version, current=current, next_version=_versions.next_version(current)
            )
        )
    recorded = [str(e.get("version")) for _, e in _history.entries(data)]
    if any(_versions.key(v) == new_key for v in recorded):
        raise BadRevisionArgument(_("version {version} is already in the history; choose a new number").format(version=version))
    if not summary.strip():
        raise BadRevisionArgument(_("--summary is empty; say in a few words what this version changes"))
    date = _check_date(date or dt.date.today().isoformat(), "--date")
    if effective is not None:
        _check_date(effective, "--effective")
        if effective < date:
            raise BadRevisionArgument(
                _("--effective {effective} is before the revision date {date}").format(effective=effective, date=date)
            )

    expected = revised_data(
        data, version=version, summary=summary, date=date, effective=effective, approved_digest=approved_digest
    )
    try:
        text = _apply(plan, expected, version=version, effective=effective)
    except EditError as error:
        raise RevisionError(_("cannot edit the file in place: {error}").format(error=error)) from None
    after = load_bytes(text.encode("utf-8"), plan.file)
    if _canonical(after.data) != _canonical(expected):
        raise RevisionError(
            _(
                "the revision could not be written without changing other parts of the plan; "
                "nothing was written (run `plancraft fmt` and try again)"
            )
        )
    return text


def _apply(plan: LoadedPlan, expected: dict, *, version: str, effective: str | None) -> str:
    def step(text: str) -> LoadedPlan:
        return load_bytes(text.encode("utf-8"), plan.file)

    current = plan
    if "history" in expected and expected.get("history") != plan.data.get("history"):
        moved = _with_approvals_moved(current, expected["history"][-1])
        after = step(moved) if moved is not None else None
        if after is None or _canonical(after.data.get("history")) != _canonical(expected["history"]):
            after = step(replace_top_level(current, "history", expected["history"], after="approvals"))  # written afresh
        current = after
        current = step(replace_top_level(current, "approvals", []))
    current = step(append_item(current, "revisions", expected["revisions"][-1], after="history"))
    current = step(set_scalar(current, ("document", "version"), version, after=("number", "issuer", "title", "id")))
    if effective:
        current = step(set_scalar(current, ("document", "effective"), effective, after=("version",)))
    elif "effective" in current.data["document"]:
        current = step(remove_key(current, ("document", "effective")))
    return current.text


def _with_approvals_moved(plan: LoadedPlan, entry: dict) -> str | None:
    """The text with `entry` appended to `history`, its approvals the approvals block's own lines moved under it, so
    that their comments (# 原文：…, who signed on paper) go with them; None when the file is not laid out for that
    (approvals or history written as a flow list), and the caller writes the history afresh."""
    span = top_level_span(plan, "approvals")
    lines = plan.text.splitlines(keepends=True)
    if span is None or lines[span[0]].split("#")[0].strip() != "approvals:":
        return None
    block = lines[span[0] + 1 : span[1]]
    first = next((line for line in block if line.strip() and not line.lstrip().startswith("#")), "")
    history = top_level_span(plan, "history")
    try:
        prefix = block_item_prefix(plan, "history") if history is not None else "  - "
    except EditError:
        return None
    if prefix is None or not first.lstrip().startswith("- "):
        return None  # a history written as a flow list, or approvals not one item a line
    shift = len(prefix) + 2 - (len(first) - len(first.lstrip()))  # the items go under the entry's `approvals:`
    if shift < 0:
        return None
    nl = newline_of(plan)
    new = item_lines({key: value for key, value in entry.items() if key != "approvals"}, prefix, nl)
    new += [" " * len(prefix) + "approvals:" + nl] + [(" " * shift + line) if line.strip() else line for line in block]
    if not new[-1].endswith(("\n", "\r")):
        new[-1] += nl
    if history is not None:
        return "".join(lines[: history[1]] + new + lines[history[1] :])
    return "".join(lines[: span[1]] + [nl, "history:" + nl] + new + lines[span[1] :])


def _canonical(data: Any) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
