"""The one home of plancraft's digests: plan content, and the chained approval digests.

A leaf module (it imports nothing from plancraft), so the signoff module, the rules, render,
audit and history all compute the same values.

- The *content digest* is SHA-256 over a canonical form of the plan's data without `approvals`
  (sorted keys, UTF-8, fixed separators): comments and layout never change it, any change of
  content does.
- Each approval's *digest* is SHA-256 over the content digest, the digest of the approval before
  it (in the order of the list), and the approval's own step, name, role and date. Changing the
  plan, an earlier approval, or a signer's name, role or date makes that approval and every later
  one stale; an `approved` entry written by hand without the entries before it does not match.

These are integrity checks, not signatures: anyone with the plan can compute them. A real
signature is the optional Ed25519 `signature` (see plancraft.signature).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

PREFIX = "sha256:"
SCHEME = "plancraft-approval-v2"
STEPS = ("prepared", "reviewed", "approved")


def canonical(data: dict) -> bytes:
    """The plan without its approvals, as sorted-key compact UTF-8 JSON."""
    content = {k: v for k, v in data.items() if k != "approvals"}
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=str).encode(
        "utf-8"
    )


def content_digest(data: dict) -> str:
    """`sha256:<64 hex>` over the canonical form of the plan's data (approvals left out)."""
    return PREFIX + hashlib.sha256(canonical(data)).hexdigest()


def approval_payload(content: str, previous: str, approval: dict) -> bytes:
    """The exact bytes an approval's digest (and an Ed25519 signature) is computed over."""
    fields = [SCHEME, content, previous] + [_text(approval.get(key)) for key in ("step", "name", "role", "date")]
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def approval_digest(content: str, previous: str, approval: dict) -> str:
    return PREFIX + hashlib.sha256(approval_payload(content, previous, approval)).hexdigest()


def approval_list(data: dict) -> list[dict]:
    value = data.get("approvals")
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


def chain(data: dict, entries: list[dict] | None = None) -> list[str]:
    """The digest each approval must carry, in order, each chained to the one before.

    `entries` defaults to the plan's own approvals; `sign` passes the list it is about to write.
    """
    content = content_digest(data)
    result: list[str] = []
    previous = ""
    for approval in approval_list(data) if entries is None else entries:
        previous = approval_digest(content, previous, approval)
        result.append(previous)
    return result


def payloads(data: dict, entries: list[dict] | None = None) -> list[bytes]:
    """The bytes each approval's digest is computed over (what an Ed25519 signature signs), in order."""
    content = content_digest(data)
    result: list[bytes] = []
    previous = ""
    for approval in approval_list(data) if entries is None else entries:
        result.append(approval_payload(content, previous, approval))
        previous = approval_digest(content, previous, approval)
    return result


SEAL_SCHEME = "plancraft-document-v1"
CUSTOM_PART = "docProps/custom.xml"  # where the document's own digests live (not covered by the parts hash)


def parts_digest(parts: dict[str, bytes]) -> str:
    """`sha256:` over every part of a .docx but docProps/custom.xml: names and bytes, in name order."""
    h = hashlib.sha256()
    for name in sorted(parts):
        if name == CUSTOM_PART:
            continue
        data = parts[name]
        h.update(name.encode("utf-8") + b"\0" + str(len(data)).encode("ascii") + b"\0")
        h.update(data)
    return PREFIX + h.hexdigest()


def seal(plan_digest: str, content: str) -> str:
    """Binds a document's parts hash to the plan digest it was rendered from (an integrity check)."""
    payload = json.dumps([SEAL_SCHEME, plan_digest, content], separators=(",", ":")).encode("utf-8")
    return PREFIX + hashlib.sha256(payload).hexdigest()


def short(value: str) -> str:
    return value[len(PREFIX) :][:12] if value.startswith(PREFIX) else value[:12]


def _text(value: Any) -> str:
    return "" if value is None else str(value)
