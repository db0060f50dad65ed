"""`plancraft verify`: are a plan's sign-offs current, and was each .docx rendered from this exact plan?

One library function for the command: it says each verdict through `emit(text, err=False)` as it
goes, and returns whether everything is current (the command's exit code is the CLI's business).
"""

from __future__ import annotations

from plancraft.i18n import _

from pathlib import Path
from typing import Callable, Iterable, NamedTuple

Emit = Callable[..., None]


class Verdict(NamedTuple):
    """`current`: everything is current (and, with a trust file, signed by a trusted key);
    `unreadable`: a document given was missing, a folder or not a Word file (a usage error)."""

    current: bool
    unreadable: bool = False


def verify_plan(plan: str, documents: Iterable[str] = (), *, trust_file: str | None = None, emit: Emit) -> Verdict:
    """Check the plan at `plan` and each document, saying each verdict as it goes."""
    from plancraft.approval import approval_statuses, chain_problems
    from plancraft.digest import content_digest as digest, short as short_digest
    from plancraft.loader import load
    from plancraft.publish import document_status

    loaded = load(plan)
    statuses = approval_statuses(loaded.data)
    emit(_("{plan}: content digest {short_digest}").format(plan=plan, short_digest=short_digest(digest(loaded.data))))
    if not statuses:
        emit(_("{plan}: no sign-offs recorded").format(plan=plan))
    for status in statuses:
        words = {
            "current": _("current"),
            "stale": _("STALE (the plan, the signer or an earlier sign-off changed after this sign-off)"),
            "unsigned": _("NOT BOUND (no digest; written by hand — sign with `plancraft sign`)"),
        }[status.state]
        emit(f"  {status.step:<9} " + _("{name} {date}: {state}").format(name=status.name, date=status.date, state=words))
    problems = chain_problems(loaded.data)
    for problem in problems:
        emit(_("{plan}: not approved: {problem}").format(plan=plan, problem=problem))
    ok = not problems
    ok = _history(plan, loaded.data, emit) and ok
    ok = _signatures(plan, loaded.data, trust_file, emit) and ok
    unreadable = False
    for document in documents:
        path = Path(document)
        if not path.is_file():
            emit(
                (_("{file}: a folder, not a .docx file") if path.is_dir() else _("{file}: no such file")).format(file=document),
                err=True,
            )
            ok, unreadable = False, True
            continue
        result = document_status(loaded.data, path)
        state = {"current": _("current"), "stale": _("stale"), "foreign": _("foreign"), "unreadable": _("unreadable")}.get(
            result.state, result.state
        )
        emit(_("{file}: {state}: {detail}").format(file=document, state=state, detail=result.detail))
        ok = ok and result.state == "current"
        unreadable = unreadable or result.state == "unreadable"
    return Verdict(ok, unreadable)


def _history(plan: str, data: dict, emit: Emit) -> bool:
    """One line per earlier version kept in `history`: are its approvals still those of its text?"""
    from plancraft.history import check_entries

    words = {
        "bound": _("approvals match its approved text"),
        "unbound": _("NOT BOUND (the history was edited after `plancraft revise` wrote it)"),
        "unknown": _(
            "approvals kept; no digest recorded (the text had changed before `revise`), its documents "
            "are still recognised by their sign-offs"
        ),
        "unsigned": _("no sign-offs recorded"),
    }
    ok = True
    for version, state in check_entries(data):
        approved = (
            _(", approved by {get} on {approved_on}").format(get=version.approved.get("name"), approved_on=version.approved_on)
            if version.approved
            else ""
        )
        emit(_("  history   {version}{approved}: {words}").format(version=version.version, approved=approved, words=words[state]))
        ok = ok and state != "unbound"
    return ok


def _signatures(plan: str, data: dict, trust_file: str | None, emit: Emit) -> bool:
    """Report Ed25519 signatures; with a trust file every sign-off needs a valid trusted one."""
    from plancraft.signature import read_trust_file, short_key
    from plancraft.signoff import approvals, signature_states

    entries = approvals(data)
    if trust_file is None and not any("signature" in a or "key" in a for a in entries):
        return True
    trusted = read_trust_file(Path(trust_file)) if trust_file else None
    states = signature_states(data, trusted)
    ok = True
    words = {
        "none": _("no signature"),
        "valid": _("signature valid"),
        "untrusted": _("signature valid, key NOT TRUSTED"),
        "invalid": _("signature INVALID (forged, or the sign-off changed after signing)"),
    }
    for approval, state in zip(entries, states):
        key = _(" (key {short_key})").format(short_key=short_key(approval.get("key"))) if approval.get("key") else ""
        emit(f"  {str(approval.get('step')):<9} {words[state]}{key}")
        if state == "invalid" or (trusted is not None and state != "valid"):
            ok = False
    if trusted is None:
        emit(_("{plan}: signatures not checked against trusted keys; give --trust KEYS").format(plan=plan))
    elif not entries:
        ok = False
    return ok
