"""Sign-off bound to content: the plan digest, and checks of approvals against it."""

from __future__ import annotations

import hashlib
import json
from typing import Any

DIGEST_PREFIX = "sha256:"
STEPS = ("prepared", "reviewed", "approved")


def canonical(data: dict) -> bytes:
    """The plan without its approvals, as sorted-key compact UTF-8 JSON (comments and layout do not count)."""
    content = {k: v for k, v in data.items() if k != "approvals"}
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False,
                      default=str).encode("utf-8")


def digest(data: dict) -> str:
    """`sha256:<64 hex>` over the canonical form of the plan's data."""
    return DIGEST_PREFIX + hashlib.sha256(canonical(data)).hexdigest()


def approval_is_current(approval: Any, current: str) -> bool:
    return isinstance(approval, dict) and approval.get("digest") == current
