"""Sign-off bound to content: the plan digest, `sign`, `verify`, and numbered controlled copies.

The digest is SHA-256 over a canonical form of the plan's data without `approvals` (sorted keys,
UTF-8, fixed separators), so comments and layout never change it and `fmt` never invalidates an
approval, while any change of content does.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plancraft.loader import LoadedPlan, load_bytes

DIGEST_PREFIX = "sha256:"
STEPS = ("prepared", "reviewed", "approved")


class SignOffError(Exception):
    """A sign-off that must not be recorded; the message says why and what to do."""


def canonical(data: dict) -> bytes:
    """The plan without its approvals, as sorted-key compact UTF-8 JSON."""
    content = {k: v for k, v in data.items() if k != "approvals"}
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False, default=str).encode("utf-8")


def digest(data: dict) -> str:
    """`sha256:<64 hex>` over the canonical form of the plan's data."""
    return DIGEST_PREFIX + hashlib.sha256(canonical(data)).hexdigest()


def short_digest(value: str) -> str:
    return value[len(DIGEST_PREFIX):][:12] if value.startswith(DIGEST_PREFIX) else value[:12]


def approvals(data: dict) -> list[dict]:
    value = data.get("approvals")
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


def approval_is_current(approval: Any, current: str) -> bool:
    return isinstance(approval, dict) and approval.get("digest") == current


def current_approval(data: dict) -> dict | None:
    """The `approved` step when its digest matches the plan as it is now."""
    now = digest(data)
    for approval in approvals(data):
        if approval.get("step") == "approved" and approval_is_current(approval, now):
            return approval
    return None


# ---------------------------------------------------------------- sign


def sign(plan: LoadedPlan, *, step: str, name: str, role: str, date: str | None = None) -> str:
    """The plan's new text with `step` signed by `name` as `role` (raises SignOffError).

    Only the `approvals` block is rewritten; every other line stays byte for byte.
    """
    data = plan.data
    if step not in STEPS:
        raise SignOffError(f"`{step}` is not a sign-off step; use one of {', '.join(STEPS)}")
    roles = {r.get("id") for r in (data.get("organisation") or {}).get("roles") or [] if isinstance(r, dict)}
    if role not in roles:
        known = ", ".join(sorted(r for r in roles if isinstance(r, str))) or "none"
        raise SignOffError(f"role `{role}` is not defined in organisation.roles (defined: {known})")
    if not name.strip():
        raise SignOffError("the signer's name is empty")
    date = date or dt.date.today().isoformat()
    try:
        dt.date.fromisoformat(date)
    except ValueError:
        raise SignOffError(f"`{date}` is not a date; write YYYY-MM-DD") from None
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", date):
        raise SignOffError(f"`{date}` is not a date; write YYYY-MM-DD")

    now = digest(data)
    by_step = {a.get("step"): a for a in approvals(data)}
    index = STEPS.index(step)
    for earlier in STEPS[:index]:
        previous = by_step.get(earlier)
        if previous is None:
            raise SignOffError(f"cannot record `{step}` before `{earlier}`; sign `{earlier}` first")
        if not approval_is_current(previous, now):
            raise SignOffError(f"the `{earlier}` sign-off is stale (the plan changed since); sign `{earlier}` again first")
        if str(previous.get("date", "")) > date:
            raise SignOffError(f"date {date} is before the `{earlier}` sign-off of {previous.get('date')}; dates never go backwards")

    entry = {"step": step, "name": name, "role": role, "date": date, "digest": now}
    kept = [a for a in approvals(data) if a.get("step") != step]
    kept.append(entry)
    kept.sort(key=lambda a: STEPS.index(a["step"]) if a.get("step") in STEPS else len(STEPS))
    new_text = _replace_approvals(plan, kept)
    _check_same_content(plan, new_text)
    return new_text


def _replace_approvals(plan: LoadedPlan, entries: list[dict]) -> str:
    newline = "\r\n" if "\r\n" in plan.text else "\n"
    lines = plan.text.splitlines(keepends=True)
    block = ["approvals:" + newline]
    for entry in entries:
        first = True
        for key in ("step", "name", "role", "date", "digest"):
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
    if key in ("date", "digest", "step", "role") or re.fullmatch(r"[\w\u3400-\u9fff·]+(?: [\w\u3400-\u9fff·]+)*", text) and not re.fullmatch(
        r"[-+0-9.]+|true|false|null|yes|no|on|off|~", text, re.IGNORECASE
    ):
        return text
    return json.dumps(text, ensure_ascii=False)


def _check_same_content(plan: LoadedPlan, new_text: str) -> None:
    """Refuse to write anything that would change more than the approvals."""
    after = load_bytes(new_text.encode("utf-8"), plan.file)
    if canonical(after.data) != canonical(plan.data):  # pragma: no cover - a guard, not a path
        raise SignOffError("signing would change the plan's content; nothing was written")


# ---------------------------------------------------------------- verify


@dataclass(frozen=True)
class ApprovalStatus:
    step: str
    name: str
    date: str
    state: str  # "current", "stale" or "unsigned" (no digest)


def approval_statuses(data: dict) -> list[ApprovalStatus]:
    now = digest(data)
    result = []
    for approval in approvals(data):
        state = "unsigned" if not approval.get("digest") else "current" if approval["digest"] == now else "stale"
        result.append(ApprovalStatus(str(approval.get("step")), str(approval.get("name")),
                                     str(approval.get("date")), state))
    return result


@dataclass(frozen=True)
class DocumentStatus:
    file: str
    state: str  # "current", "stale" (other content), "foreign" (not rendered by plancraft), "unreadable"
    detail: str


def document_status(plan_data: dict, docx: Path) -> DocumentStatus:
    from plancraft.render import read_embedded_properties

    try:
        properties = read_embedded_properties(docx.read_bytes())
    except Exception as exc:  # a damaged or non-Word file is a verdict, not a crash
        return DocumentStatus(str(docx), "unreadable", f"cannot be read as a Word document ({type(exc).__name__})")
    embedded = properties.get("plancraft.digest")
    if not embedded:
        return DocumentStatus(str(docx), "foreign", "was not rendered by plancraft (no embedded digest)")
    now = digest(plan_data)
    version = properties.get("plancraft.version", "?")
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


def copies(data: dict) -> list[Copy]:
    """One numbered copy per copy each distribution entry asks for, numbered 1..N in list order."""
    result: list[Copy] = []
    for entry in data.get("distribution") or []:
        if isinstance(entry, dict):
            for _ in range(int(entry.get("copies") or 0)):
                result.append(Copy(len(result) + 1, str(entry.get("to"))))
    return result


def copy_file_name(data: dict, copy: Copy) -> str:
    ident = str((data.get("document") or {}).get("id") or "plan")
    return f"{ident}-copy-{copy.number:03d}.docx"


def register_rows(data: dict, files: list[tuple[Copy, str, bytes]], *, date: str) -> list[dict]:
    plan_digest = digest(data)
    return [
        {"recipient": copy.recipient, "copy": copy.number, "file": name,
         "sha256": hashlib.sha256(content).hexdigest(), "plan_digest": plan_digest, "date": date}
        for copy, name, content in files
    ]


def register_csv(rows: list[dict]) -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["recipient", "copy", "file", "sha256", "plan_digest", "date"],
                            lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def register_json(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
