"""Sign-off bound to content and to itself: `sign`, `verify`, the approval chain, controlled copies.

The digests are computed in plancraft.digest (their one home). Each approval's digest covers the
plan content, the approvals before it in order and its own step, name, role and date, so changing
the text, a signer or an earlier approval makes it stale. `chain_problems` is the check `verify`
and `render --final` apply: the full prepared → reviewed → approved chain, each step once, roles
defined, dates never backwards, every digest matching. Neither can be suppressed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any, Iterator

from plancraft.digest import PREFIX as DIGEST_PREFIX
from plancraft.digest import STEPS, approval_list, chain, content_digest, payloads, short
from plancraft.loader import LoadedPlan, load_bytes

__all__ = ["DIGEST_PREFIX", "STEPS", "SignOffError", "approval_statuses", "approvals", "chain_problems",
           "current_approval", "digest", "short_digest", "sign"]


class SignOffError(Exception):
    """A sign-off that must not be recorded; the message says why and what to do."""


def digest(data: dict) -> str:
    """`sha256:<64 hex>` over the canonical form of the plan's content (approvals left out)."""
    return content_digest(data)


def short_digest(value: str) -> str:
    return short(value)


def approvals(data: dict) -> list[dict]:
    return approval_list(data)


def approval_states(data: dict) -> list[str]:
    """"current", "stale" or "unsigned" (no digest) for each approval, in list order."""
    expected = chain(data)
    return ["unsigned" if not a.get("digest") else "current" if a.get("digest") == want else "stale"
            for a, want in zip(approvals(data), expected)]


def current_approval(data: dict) -> dict | None:
    """The `approved` step when the whole chain up to and including it is current and complete."""
    if chain_problems(data):
        return None
    return next(a for a in approvals(data) if a.get("step") == "approved")


def chain_problems(data: dict) -> list[str]:
    """Why the sign-off chain does not make this plan approved ([] when it does)."""
    entries = approvals(data)
    steps = [a.get("step") for a in entries]
    problems: list[str] = []
    if steps != list(STEPS):
        missing = [s for s in STEPS if s not in steps]
        if missing:
            problems.append(f"there is no `{'` or `'.join(missing)}` sign-off; "
                            "sign prepared → reviewed → approved with `plancraft sign`")
        else:
            problems.append("the sign-offs are not exactly prepared → reviewed → approved, each once; "
                            "re-sign the plan from `prepared`")
    roles = _role_ids(data)
    for approval in entries:
        if approval.get("role") not in roles:
            problems.append(f"the `{approval.get('step')}` sign-off names role `{approval.get('role')}`, "
                            "which organisation.roles does not define")
    dates = [str(a.get("date", "")) for a in entries]
    if any(later < earlier for earlier, later in pairwise(dates)):
        problems.append("the sign-off dates go backwards; dates never go backwards along the chain")
    for approval, state in zip(entries, approval_states(data)):
        if state == "stale":
            problems.append(f"the `{approval.get('step')}` sign-off by {approval.get('name')} is stale: the plan, "
                            "the signer or an earlier sign-off changed after signing; sign it again")
        elif state == "unsigned":
            problems.append(f"the `{approval.get('step')}` sign-off has no digest (written by hand); "
                            "sign it with `plancraft sign`")
    return problems


def unsafe_character(c: str) -> bool:
    """A control (C0, DEL, C1), line/paragraph separator, surrogate or bidi control character."""
    return unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp") and c != "\t" or c in _BIDI


_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _role_ids(data: dict) -> set:
    organisation = data.get("organisation") if isinstance(data.get("organisation"), dict) else {}
    roles = organisation.get("roles") if isinstance(organisation.get("roles"), list) else []
    return {r.get("id") for r in roles if isinstance(r, dict) and isinstance(r.get("id"), str)}


# ---------------------------------------------------------------- sign


def sign(plan: LoadedPlan, *, step: str, name: str, role: str, date: str | None = None,
         private_key: Any = None) -> str:
    """The plan's new text with `step` signed by `name` as `role` (raises SignOffError).

    Only the `approvals` block is rewritten; every other line stays byte for byte. With an Ed25519
    `private_key` (plancraft.signature.load_private_key) the sign-off also records the public key and
    a signature over the bytes its digest covers.
    """
    data = plan.data
    if step not in STEPS:
        raise SignOffError(f"`{step}` is not a sign-off step; use one of {', '.join(STEPS)}")
    roles = _role_ids(data)
    if role not in roles:
        known = ", ".join(sorted(roles)) or "none"
        raise SignOffError(f"role `{role}` is not defined in organisation.roles (defined: {known})")
    if not name.strip():
        raise SignOffError("the signer's name is empty")
    bad = next((c for c in name if unsafe_character(c)), None)
    if bad is not None:
        raise SignOffError(f"the signer's name contains the control character U+{ord(bad):04X}; type the name again")
    date = date or dt.date.today().isoformat()
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", date) or date.startswith("0000"):
        raise SignOffError(f"`{date}` is not a date; write YYYY-MM-DD")
    try:
        dt.date.fromisoformat(date)
    except ValueError:
        raise SignOffError(f"`{date}` is not a date; write YYYY-MM-DD") from None

    _refuse_signing_over_an_approval(plan)
    entry: dict[str, Any] = {"step": step, "name": name, "role": role, "date": date}
    kept = [a for a in approvals(data) if a.get("step") != step]
    kept.append(entry)
    kept.sort(key=lambda a: STEPS.index(a["step"]) if a.get("step") in STEPS else len(STEPS))
    position = kept.index(entry)
    expected = chain(data, kept)
    by_step = {a.get("step"): (i, a) for i, a in enumerate(kept[:position])}
    for earlier in STEPS[:STEPS.index(step)]:
        if earlier not in by_step:
            raise SignOffError(f"cannot record `{step}` before `{earlier}`; sign `{earlier}` first")
        i, previous = by_step[earlier]
        if previous.get("digest") != expected[i]:
            raise SignOffError(f"the `{earlier}` sign-off is stale (the plan or an earlier sign-off changed since); "
                               f"sign `{earlier}` again first")
        if str(previous.get("date", "")) > date:
            raise SignOffError(f"date {date} is before the `{earlier}` sign-off of {previous.get('date')}; dates never go backwards")
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
    which = f"version {version}" if version is not None else "this plan"
    who = f"{last.get('name', '?')} on {last.get('date', '?')}"
    command = f"plancraft revise {plan.file} --version {next_version(version)} --summary \"what changed\""
    if approval_states(data)[approved[-1]] != "stale":
        raise SignOffError(f"{which} is already approved (by {who}); to change it, start a new version "
                           f"with `{command}`, then sign that")
    raise SignOffError(f"{which} was approved by {who} and its text or sign-offs changed since; an approval is "
                       f"never signed over — start a new version with `{command}` (the approvals move into the "
                       f"plan's history), then sign the new version")


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
    if key in ("date", "digest", "step", "role", "key", "signature") or re.fullmatch(r"[\w\u3400-\u9fff·]+(?: [\w\u3400-\u9fff·]+)*", text) and not re.fullmatch(
        r"[-+0-9.]+|true|false|null|yes|no|on|off|~", text, re.IGNORECASE
    ):
        return text
    return json.dumps(text, ensure_ascii=False)


def _check_same_content(plan: LoadedPlan, new_text: str, entries: list[dict]) -> None:
    """Refuse to write anything that would change more than the approvals, or read back altered."""
    after = load_bytes(new_text.encode("utf-8"), plan.file)
    if content_digest(after.data) != content_digest(plan.data):  # pragma: no cover - a guard, not a path
        raise SignOffError("signing would change the plan's content; nothing was written")
    if chain(after.data) != chain(plan.data, entries) or approvals(after.data) != entries:
        raise SignOffError("the sign-off would not read back as given; nothing was written")


# ---------------------------------------------------------------- verify


@dataclass(frozen=True)
class ApprovalStatus:
    step: str
    name: str
    date: str
    state: str  # "current", "stale" or "unsigned" (no digest)


def approval_statuses(data: dict) -> list[ApprovalStatus]:
    return [ApprovalStatus(str(a.get("step")), str(a.get("name")), str(a.get("date")), state)
            for a, state in zip(approvals(data), approval_states(data))]


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
    state: str  # "current", "stale" (other content), "foreign" (not rendered by plancraft), "unreadable"
    detail: str


def document_status(plan_data: dict, docx: Path) -> DocumentStatus:
    """Was `docx` rendered from this plan, and is every part of it as rendered?

    The document carries plancraft.digest (the plan content it was rendered from), plancraft.content
    (a hash of all its other parts) and plancraft.seal (the two bound together); an edited body, a
    swapped part or a copied property is caught. The file is read within the zip caps of
    plancraft.ziplimits (a zip bomb is a verdict, not minutes of work)."""
    from plancraft.digest import CUSTOM_PART, parts_digest, seal
    from plancraft.render import read_document_parts
    from plancraft.render.xml import read_custom_properties
    from plancraft.ziplimits import MAX_FILE

    try:
        if docx.stat().st_size > MAX_FILE:
            return DocumentStatus(str(docx), "unreadable",
                                  f"is larger than {MAX_FILE // (1024 * 1024)} MB; not a document plancraft rendered")
        parts = read_document_parts(docx.read_bytes())
        properties = read_custom_properties(parts[CUSTOM_PART]) if CUSTOM_PART in parts else {}
    except Exception as exc:  # noqa: BLE001 - a damaged or non-Word file is a verdict, not a crash
        detail = str(exc).split(": ", 1)[-1][:160] if "zip bomb" in str(exc) else type(exc).__name__
        return DocumentStatus(str(docx), "unreadable", f"cannot be read as a Word document ({detail})")
    embedded = properties.get("plancraft.digest")
    if not embedded:
        return DocumentStatus(str(docx), "foreign", "was not rendered by plancraft (no embedded digest)")
    now = digest(plan_data)
    version = properties.get("plancraft.version", "?")
    content = properties.get("plancraft.content")
    if not content:
        return DocumentStatus(str(docx), "unsealed", f"carries no content hash (rendered by plancraft {version}); "
                                                     "its body cannot be checked — render it again")
    if content != parts_digest(parts) or properties.get("plancraft.seal") != seal(embedded, content):
        return DocumentStatus(str(docx), "altered", "was changed after rendering: its parts do not match the "
                                                    "content hash embedded when it was rendered")
    if embedded != now:
        return DocumentStatus(str(docx), "stale",
                              f"was rendered from other content ({short_digest(embedded)}, plancraft {version}); "
                              f"the plan is now {short_digest(now)}")
    return DocumentStatus(str(docx), "current", f"rendered from this plan ({short_digest(now)}, plancraft {version})")


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
            for _ in range(entry["copies"]):
                number += 1
                yield Copy(number, str(entry.get("to")))


def copy_file_name(data: dict, copy: Copy) -> str:
    ident = str((data.get("document") or {}).get("id") or "plan")
    return f"{ident}-copy-{copy.number:03d}.docx"


def register_row(data: dict, copy: Copy, name: str, content: bytes, *, date: str,
                 plan_digest: str | None = None) -> dict:
    return {"recipient": copy.recipient, "copy": copy.number, "file": name,
            "sha256": hashlib.sha256(content).hexdigest(), "plan_digest": plan_digest or digest(data), "date": date}


def register_rows(data: dict, files: list[tuple[Copy, str, bytes]], *, date: str) -> list[dict]:
    plan_digest = digest(data)
    return [register_row(data, copy, name, content, date=date, plan_digest=plan_digest)
            for copy, name, content in files]


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
    writer = csv.DictWriter(out, fieldnames=["recipient", "copy", "file", "sha256", "plan_digest", "date"],
                            lineterminator="\n")
    writer.writeheader()
    writer.writerows({key: spreadsheet_safe(value) for key, value in row.items()} for row in rows)
    # A UTF-8 byte order mark: without it Excel on a Chinese Windows reads the file as GBK (mojibake).
    return "\ufeff" + out.getvalue()


def register_json(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
