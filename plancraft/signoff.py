"""Sign-off bound to content and to itself: `sign`, `verify`, the approval chain, controlled copies.

The digests are computed in plancraft.digest (their one home). Each approval's digest covers the
plan content, the approvals before it in order and its own step, name, role and date, so changing
the text, a signer or an earlier approval makes it stale. `chain_problems` is the check `verify`
and `render --final` apply: the full prepared → reviewed → approved chain, each step once, roles
defined, dates never backwards, every digest matching. Neither can be suppressed.
"""

from __future__ import annotations

from plancraft.i18n import _, listing

import datetime as dt
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterator

from plancraft import ime
from plancraft.approval import (  # noqa: F401 - re-exported: callers of sign-off read the state here too
    ApprovalStatus,
    _role_ids,
    approval_states,
    approval_statuses,
    approvals,
    chain_problems,
    current_approval,
)
from plancraft.digest import PREFIX as DIGEST_PREFIX
from plancraft.digest import STEPS, chain, content_digest, payloads, short
from plancraft.errors import Refused, UsageError
from plancraft.loader import LoadedPlan, load_bytes

__all__ = [
    "DIGEST_PREFIX",
    "STEPS",
    "BadSignOffArgument",
    "SignOffError",
    "approval_statuses",
    "approvals",
    "chain_problems",
    "current_approval",
    "digest",
    "short_digest",
    "sign",
]


class SignOffError(Refused):
    """A sign-off that must not be recorded; the message says why and what to do."""


class BadSignOffArgument(UsageError, SignOffError):
    """A sign-off refused for what was typed (step, role, name, date): a usage error (exit 2); a
    refusal for the plan's state (order, stale or approved sign-offs) stays a SignOffError (exit 1)."""


def digest(data: dict) -> str:
    """`sha256:<64 hex>` over the canonical form of the plan's content (approvals left out)."""
    return content_digest(data)


def short_digest(value: str) -> str:
    return short(value)


def unsafe_character(c: str) -> bool:
    """A control (C0, DEL, C1), line/paragraph separator, surrogate or bidi control character."""
    return unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp") and c != "\t" or c in _BIDI


_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


# ---------------------------------------------------------------- sign


def sign(plan: LoadedPlan, *, step: str, name: str, role: str, date: str | None = None, private_key: Any = None) -> str:
    """The plan's new text with `step` signed by `name` as `role` (raises SignOffError).

    Only the `approvals` block is rewritten; every other line stays byte for byte. With an Ed25519
    `private_key` (plancraft.signature.load_private_key) the sign-off also records the public key and
    a signature over the bytes its digest covers.
    """
    data = plan.data
    if step not in STEPS:
        raise BadSignOffArgument(_("`{step}` is not a sign-off step; use one of {items}").format(step=step, items=listing(STEPS)))
    roles = _role_ids(data)
    if role not in roles:
        known = listing(sorted(roles))
        raise BadSignOffArgument(
            _("role `{role}` is not defined in organisation.roles (defined: {known})").format(role=role, known=known)
        )
    if not name.strip():
        raise BadSignOffArgument(_("the signer's name is empty"))
    bad = next((c for c in name if unsafe_character(c)), None)
    if bad is not None:
        raise BadSignOffArgument(
            _("the signer's name contains the control character U+{ord:04X}; type the name again").format(ord=ord(bad))
        )
    date = date or dt.date.today().isoformat()
    typed = ime.date_hint(date)  # 2026年11月1日, ２０２６-１１-０１, 2026.11.1: say which date to write
    if typed is not None:
        raise BadSignOffArgument(
            _("`{date}` is not a date; write YYYY-MM-DD: `{suggestion}`").format(date=date, suggestion=typed.replacement)
        )
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", date) or date.startswith("0000"):
        raise BadSignOffArgument(_("`{date}` is not a date; write YYYY-MM-DD").format(date=date))
    try:
        dt.date.fromisoformat(date)
    except ValueError:
        raise BadSignOffArgument(_("`{date}` is not a date; write YYYY-MM-DD").format(date=date)) from None

    _refuse_signing_over_an_approval(plan)
    entry: dict[str, Any] = {"step": step, "name": name, "role": role, "date": date}
    kept = [a for a in approvals(data) if a.get("step") != step]
    kept.append(entry)
    kept.sort(key=lambda a: STEPS.index(a["step"]) if a.get("step") in STEPS else len(STEPS))
    position = kept.index(entry)
    expected = chain(data, kept)
    by_step = {a.get("step"): (i, a) for i, a in enumerate(kept[:position])}
    for earlier in STEPS[: STEPS.index(step)]:
        if earlier not in by_step:
            raise SignOffError(
                _("cannot record `{step}` before `{earlier}`; sign `{earlier}` first").format(step=step, earlier=earlier)
            )
        i, previous = by_step[earlier]
        if previous.get("digest") != expected[i]:
            raise SignOffError(
                _(
                    "the `{earlier}` sign-off is stale (the plan or an earlier sign-off changed since); sign `{earlier}` again first"
                ).format(earlier=earlier)
            )
        if str(previous.get("date", "")) > date:
            raise BadSignOffArgument(
                _("date {date} is before the `{earlier}` sign-off of {get}; dates never go backwards").format(
                    date=date, earlier=earlier, get=previous.get("date")
                )
            )
    entry["digest"] = expected[position]
    if private_key is not None:
        from plancraft.signature import public_key_text, sign_payload

        entry["key"] = public_key_text(private_key)
        entry["signature"] = sign_payload(private_key, payloads(data, kept)[position])
    new_text = _replace_approvals(plan, kept)
    _check_same_content(plan, new_text, kept)
    return new_text


def _refuse_signing_over_an_approval(plan: LoadedPlan) -> None:
    """An approved version is never signed over: its approvals would be lost. A changed text needs
    a new version first (`plancraft revise` keeps the old approvals in the history)."""
    from plancraft.versions import next_version

    data = plan.data
    entries = approvals(data)
    approved = [i for i, a in enumerate(entries) if a.get("step") == "approved"]
    if not approved:
        return
    last = entries[approved[-1]]
    version = (data.get("document") or {}).get("version")
    which = _("version {version}").format(version=version) if version is not None else _("this plan")
    who = _("{name} on {date}").format(name=last.get("name", "?"), date=last.get("date", "?"))
    command = _('plancraft revise {file} --version {next_version} --summary "what changed"').format(
        file=plan.file, next_version=next_version(version)
    )
    if approval_states(data)[approved[-1]] != "stale":
        raise SignOffError(
            _(
                "{which} is already approved (by {who}); to change it, start a new version with `{command}`, then sign that"
            ).format(which=which, who=who, command=command)
        )
    raise SignOffError(
        _(
            "{which} was approved by {who} and its text or sign-offs changed since; an approval is never signed over — start a new version with `{command}` (the approvals move into the plan's history), then sign the new version"
        ).format(which=which, who=who, command=command)
    )


def _replace_approvals(plan: LoadedPlan, entries: list[dict]) -> str:
    newline = "\r\n" if "\r\n" in plan.text else "\n"
    lines = plan.text.splitlines(keepends=True)
    block = ["approvals:" + newline]
    for entry in entries:
        first = True
        for key in ("step", "name", "role", "date", "digest", "key", "signature"):
            if key in entry:
                block.append(f"{'  - ' if first else '    '}{key}: {_scalar(entry[key], key)}{newline}")
                first = False
        for key, value in entry.items():  # keep extension keys of hand-written entries
            if key.startswith("x-"):
                block.append(f"    {key}: {json.dumps(value, ensure_ascii=False)}{newline}")
    if "approvals" in plan.data:
        start = plan.locate_key(("approvals",))[0] - 1
        end = start + 1
        while end < len(lines) and (not lines[end].strip() or lines[end][0] in " \t#"):
            end += 1
        while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")):
            end -= 1  # blank lines and comments before the next section belong to it
        return "".join(lines[:start] + block + lines[end:])
    text = plan.text
    if text and not text.endswith(("\n", "\r")):
        text += newline
    return text + newline + "".join(block)


def _scalar(value: Any, key: str) -> str:
    text = str(value)
    if (
        key in ("date", "digest", "step", "role", "key", "signature")
        or re.fullmatch(r"[\w\u3400-\u9fff·]+(?: [\w\u3400-\u9fff·]+)*", text)
        and not re.fullmatch(r"[-+0-9.]+|true|false|null|yes|no|on|off|~", text, re.IGNORECASE)
    ):
        return text
    return json.dumps(text, ensure_ascii=False)


def _check_same_content(plan: LoadedPlan, new_text: str, entries: list[dict]) -> None:
    """Refuse to write anything that would change more than the approvals, or read back altered."""
    after = load_bytes(new_text.encode("utf-8"), plan.file)
    if content_digest(after.data) != content_digest(plan.data):  # pragma: no cover - a guard, not a path
        raise SignOffError(_("signing would change the plan's content; nothing was written"))
    if chain(after.data) != chain(plan.data, entries) or approvals(after.data) != entries:
        raise SignOffError(_("the sign-off would not read back as given; nothing was written"))


# ---------------------------------------------------------------- verify


def signature_states(data: dict, trusted: set[str] | None = None) -> list[str]:
    """For each approval: "none" (no signature), "valid", "untrusted" (valid, but the key is not in
    `trusted`), "invalid" (does not verify: forged, or the sign-off changed) — in list order.

    Raises plancraft.signature.SignatureError when a signature is present but `cryptography` is not.
    """
    from plancraft.signature import signature_valid

    result = []
    for approval, payload in zip(approvals(data), payloads(data)):
        if "signature" not in approval and "key" not in approval:
            result.append("none")
        elif not signature_valid(approval.get("key"), approval.get("signature"), payload):
            result.append("invalid")
        elif trusted is not None and approval.get("key") not in trusted:
            result.append("untrusted")
        else:
            result.append("valid")
    return result


@dataclass(frozen=True)
class DocumentStatus:
    file: str
    state: str  # "current", "superseded" (an earlier approved version in the history), "stale" (other
    #             content), "foreign" (not rendered by plancraft), "unreadable"
    detail: str


def document_status(
    plan_data: dict, file: str, properties: dict[str, str] | None, problem: str = "", parts: dict[str, bytes] | None = None
) -> DocumentStatus:
    """Judge a rendered document by its embedded plancraft.* properties (None when the file could
    not be read: `problem` says why) and, given its `parts`, by the content hash embedded at render
    time: plancraft.content (a hash of every other part) and plancraft.seal (that hash bound to
    plancraft.digest) — an edited body, a swapped part or a copied digest is "altered". Reading the
    .docx is the renderer's business; plancraft.publish.document_status does both."""
    from plancraft.digest import parts_digest, seal

    if properties is None:
        return DocumentStatus(file, "unreadable", _("cannot be read as a Word document ({problem})").format(problem=problem))
    embedded = properties.get("plancraft.digest")
    if not embedded:
        return DocumentStatus(file, "foreign", "was not rendered by plancraft (no embedded digest)")
    now = digest(plan_data)
    version = properties.get("plancraft.version", "?")
    content = properties.get("plancraft.content")
    if parts is not None and not content:
        return DocumentStatus(
            file,
            "unsealed",
            _("carries no content hash (rendered by plancraft {version}); its body cannot be checked — render it again").format(
                version=version
            ),
        )
    if parts is not None and (content != parts_digest(parts) or properties.get("plancraft.seal") != seal(embedded, content)):
        return DocumentStatus(
            file, "altered", "was changed after rendering: its parts do not match the content hash embedded when it was rendered"
        )
    if embedded != now:
        from plancraft.history import by_digest, describe_superseded

        found = by_digest(plan_data, embedded)
        if found is not None and not found.in_file:
            return DocumentStatus(
                file,
                "superseded",
                _("this document is {describe_superseded} ({short_digest}, found in the plan's history)").format(
                    describe_superseded=describe_superseded(plan_data, found), short_digest=short_digest(embedded)
                ),
            )
        if found is not None:
            return DocumentStatus(
                file,
                "stale",
                _(
                    "this document is version {version} as it was approved ({short_digest}); the plan has changed since — start a new version with `plancraft revise`"
                ).format(version=found.version, short_digest=short_digest(embedded)),
            )
        return DocumentStatus(
            file,
            "stale",
            _("was rendered from other content ({short_digest}, plancraft {version}); the plan is now {short_digest2}").format(
                short_digest=short_digest(embedded), version=version, short_digest2=short_digest(now)
            ),
        )
    return DocumentStatus(
        file,
        "current",
        _("rendered from this plan ({short_digest}, plancraft {version})").format(
            short_digest=short_digest(now), version=version
        ),
    )


# ---------------------------------------------------------------- controlled copies


@dataclass(frozen=True)
class Copy:
    number: int
    recipient: str


MAX_COPIES = 1000  # default cap on the controlled copies of one run; `render --max-copies N` raises it


def copy_count(data: dict) -> int:
    """How many controlled copies the distribution asks for (without making them)."""
    total = 0
    for entry in data.get("distribution") or []:
        if isinstance(entry, dict) and isinstance(entry.get("copies"), int):
            total += max(0, entry["copies"])
    return total


def copies(data: dict) -> Iterator[Copy]:
    """One numbered copy per copy each distribution entry asks for, numbered 1..N in list order (lazily)."""
    number = 0
    for entry in data.get("distribution") or []:
        if isinstance(entry, dict) and isinstance(entry.get("copies"), int):
            for _copy in range(entry["copies"]):
                number += 1
                yield Copy(number, str(entry.get("to")))


def copy_file_name(data: dict, copy: Copy) -> str:
    ident = str((data.get("document") or {}).get("id") or "plan")
    return f"{ident}-copy-{copy.number:03d}.docx"


def register_row(data: dict, copy: Copy, name: str, content: bytes, *, date: str, plan_digest: str | None = None) -> dict:
    return {
        "recipient": copy.recipient,
        "copy": copy.number,
        "file": name,
        "sha256": hashlib.sha256(content).hexdigest(),
        "plan_digest": plan_digest or digest(data),
        "date": date,
    }


def register_rows(data: dict, files: list[tuple[Copy, str, bytes]], *, date: str) -> list[dict]:
    plan_digest = digest(data)
    return [register_row(data, copy, name, content, date=date, plan_digest=plan_digest) for copy, name, content in files]


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """A CSV cell a spreadsheet will not run: text starting with = + - @ tab or CR gets a leading `'`
    (the OWASP advice for CSV injection); numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def register_csv(rows: list[dict]) -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["recipient", "copy", "file", "sha256", "plan_digest", "date"], lineterminator="\n")
    writer.writeheader()
    writer.writerows({key: spreadsheet_safe(value) for key, value in row.items()} for row in rows)
    # A UTF-8 byte order mark: without it Excel on a Chinese Windows reads the file as GBK (mojibake).
    return "\ufeff" + out.getvalue()


def register_json(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
