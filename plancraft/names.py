"""Display names, computed once: ids -> the names a reader knows (roles, groups, external parties,
levels, scenarios, time limits). The document, `diff` and rule messages all name things from here."""

from __future__ import annotations

from typing import Any


def short_name(item: dict[str, Any], ident: str) -> str:
    """An item's name without its holder (title, name or what; else its id): how rule messages name it."""
    return str(item.get("title") or item.get("name") or item.get("what") or ident)


def role_name(role: dict[str, Any], lang: str) -> str:
    """Role title with its holder in parentheses: 办公室主任（综合部经理） / Office head (General office manager)."""
    title = str(role.get("title") or role.get("id"))
    holder = role.get("holder")
    if not holder or holder == title:
        return title
    return f"{title}（{holder}）" if lang == "zh-CN" else f"{title} ({holder})"


def build_names(plan: dict[str, Any], lang: str) -> dict[str, str]:
    """Every id in the plan mapped to its printed name."""
    names: dict[str, str] = {}
    if not isinstance(plan, dict):
        return names

    def with_ids(items: Any) -> list[dict[str, Any]]:
        # tolerant of plans that fail the schema: `diff` names things in any plan it can read
        return [i for i in items if isinstance(i, dict) and isinstance(i.get("id"), str)] if isinstance(items, list) else []

    org = plan.get("organisation") if isinstance(plan.get("organisation"), dict) else {}
    for role in with_ids(org.get("roles")):
        names.setdefault(role["id"], role_name(role, lang))
    for group in with_ids(org.get("groups")):
        names.setdefault(group["id"], str(group.get("name") or group["id"]))
    for key, field in (
        ("external", "name"),
        ("levels", "name"),
        ("scenarios", "title"),
        ("time_limits", "what"),
        ("limits", "what"),
    ):
        for item in with_ids(plan.get(key)):
            names.setdefault(item["id"], str(item.get(field) or item["id"]))
    return names


class Names:
    """Look-up with a visible fallback: an unknown id prints as itself rather than vanishing (lint reports it)."""

    def __init__(self, plan: dict[str, Any], lang: str) -> None:
        self.lang = lang
        self.table = build_names(plan, lang)

    def __call__(self, ref: str | None) -> str:
        if not ref:
            return ""
        return self.table.get(ref, str(ref))

    def many(self, refs: list[str] | None) -> str:
        items = [self(r) for r in refs or []]
        return ("、" if self.lang == "zh-CN" else "; ").join(items)


def is_customer_route(escalation: dict[str, Any], plan: dict[str, Any]) -> bool:
    """An escalation that is the customer's own route, not the organisation's duty: marked
    `party: customer`, or addressed to an ombudsman (the customer refers a complaint there)."""
    if escalation.get("party") == "customer":
        return True
    target = next((e for e in plan.get("external") or [] if isinstance(e, dict) and e.get("id") == escalation.get("to")), None)
    if target is None:
        return False
    words = f"{target.get('kind') or ''} {target.get('name') or ''}".lower()
    return "ombudsman" in words or "申诉专员" in words
