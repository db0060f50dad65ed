"""A read-only view of a schema-checked plan: what each id names and where references point.

Rules read the plan through this view so that "which ids are roles" or "every place that
names a role" is written once, here, and not in every rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterator

from plancraft.diagnostics import Diagnostic, Finding, Severity
from plancraft.loader import LoadedPlan, YamlPath

ROLE, GROUP, LEVEL, SCENARIO, EXTERNAL, LIMIT, TIME_LIMIT = (
    "role", "group", "level", "scenario", "external party", "limit", "time limit",
)

# Where each kind of thing is defined: (kind, path to its list).
DEFINITIONS: tuple[tuple[str, YamlPath], ...] = (
    (ROLE, ("organisation", "roles")),
    (GROUP, ("organisation", "groups")),
    (LEVEL, ("levels",)),
    (SCENARIO, ("scenarios",)),
    (EXTERNAL, ("external",)),
    (LIMIT, ("limits",)),
    (TIME_LIMIT, ("time_limits",)),
)

PEOPLE = (ROLE, GROUP, EXTERNAL)


@dataclass(frozen=True)
class Reference:
    """One place in the plan that names an id, and the kinds it may name there."""

    path: YamlPath
    target: str
    allowed: tuple[str, ...]
    field: str  # e.g. "scenarios[].escalation[].to", for messages


@dataclass(frozen=True)
class Definition:
    kind: str
    id: str
    path: YamlPath  # path of the item (its `id` is at path + ("id",))
    item: dict


@dataclass
class Plan:
    """A loaded, schema-valid plan as rules see it."""

    loaded: LoadedPlan
    parent: "Plan | None" = None
    parent_problem: str | None = None  # why document.parent could not be read
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def data(self) -> dict:
        return self.loaded.data

    @property
    def file(self) -> str:
        return self.loaded.file

    @property
    def language(self) -> str:
        return str(get(self.data, "document", "language") or "zh-CN")

    @property
    def jurisdiction(self) -> str | None:
        """`document.jurisdiction`, or CN for a zh-CN plan that does not say; None when unknown."""
        return jurisdiction_of(self.data)

    def finding(self, path: YamlPath, message: str, *, at_key: bool = False,
                severity: Severity | None = None) -> Finding:
        """What a rule yields: the engine adds the rule's code and severity (see Finding)."""
        return Finding(tuple(path), message, at_key, severity)

    def diagnostic(
        self, path: YamlPath, code: str, severity: Severity, message: str, *, at_key: bool = False
    ) -> Diagnostic:
        """A located Diagnostic (for the engine; rules yield `finding`s)."""
        return self.loaded.diagnostic(path, code, severity, message, at_key=at_key)

    def section_anchor(self, key: str) -> YamlPath:
        """Where to report a missing or empty top-level section: its key, or the `document` key
        (where the plan starts) when the section is absent."""
        return (key,) if isinstance(self.data, dict) and key in self.data else ("document",)

    def items(self, *path: str | int) -> Iterator[tuple[YamlPath, dict]]:
        """(path, item) for every mapping in the list at `path` (missing or malformed lists yield nothing)."""
        value = get(self.data, *path)
        if isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    yield tuple(path) + (index,), item

    @cached_property
    def definitions(self) -> list[Definition]:
        found = []
        for kind, list_path in DEFINITIONS:
            for path, item in self.items(*list_path):
                if isinstance(item.get("id"), str):
                    found.append(Definition(kind, item["id"], path, item))
        return found

    @cached_property
    def by_id(self) -> dict[str, Definition]:
        """The first definition of each id (duplicates are a rule's business)."""
        index: dict[str, Definition] = {}
        for definition in self.definitions:
            index.setdefault(definition.id, definition)
        return index

    def kind_of(self, ident: str) -> str | None:
        definition = self.by_id.get(ident)
        return definition.kind if definition else None

    def name_of(self, ident: str) -> str:
        """What a reader calls the thing `ident` names (title, name or what), for messages."""
        definition = self.by_id.get(ident)
        if not definition:
            return ident
        item = definition.item
        return str(item.get("title") or item.get("name") or item.get("what") or ident)

    @cached_property
    def references(self) -> list[Reference]:
        """Every reference in the plan, as the table in plan-format.md allows."""
        refs: list[Reference] = []

        def add(path: YamlPath, value: Any, allowed: tuple[str, ...], name: str) -> None:
            if isinstance(value, str):
                refs.append(Reference(path, value, allowed, name))
            elif isinstance(value, list):
                for index, each in enumerate(value):
                    if isinstance(each, str):
                        refs.append(Reference(path + (index,), each, allowed, name))

        for path, group in self.items("organisation", "groups"):
            for key in ("leader", "deputies", "members"):
                add(path + (key,), group.get(key), (ROLE,), f"organisation.groups[].{key}")
        for path, role in self.items("organisation", "roles"):
            add(path + ("backup",), role.get("backup"), (ROLE,), "organisation.roles[].backup")
        for path, level in self.items("levels"):
            add(path + ("lead",), level.get("lead"), (ROLE,), "levels[].lead")
            add(path + ("notify",), level.get("notify"), PEOPLE, "levels[].notify")
        for path, scenario in self.items("scenarios"):
            add(path + ("level",), scenario.get("level"), (LEVEL,), "scenarios[].level")
            add(path + ("owner",), scenario.get("owner"), (ROLE,), "scenarios[].owner")
            for action_path, action in self.items(*path, "actions"):
                add(action_path + ("by",), action.get("by"), (ROLE,), "scenarios[].actions[].by")
                add(action_path + ("approval",), action.get("approval"), (ROLE,), "scenarios[].actions[].approval")
            for step_path, step in self.items(*path, "escalation"):
                add(step_path + ("to",), step.get("to"), PEOPLE, "scenarios[].escalation[].to")
        for path, limit in self.items("limits"):
            add(path + ("approver",), limit.get("approver"), (ROLE,), "limits[].approver")
        for path, limit in self.items("time_limits"):
            add(path + ("owner",), limit.get("owner"), (ROLE, EXTERNAL), "time_limits[].owner")
            add(path + ("after",), limit.get("after"), (TIME_LIMIT,), "time_limits[].after")
        for path, report in self.items("reporting"):
            add(path + ("to",), report.get("to"), PEOPLE, "reporting[].to")
            add(path + ("owner",), report.get("owner"), (ROLE,), "reporting[].owner")
        for section, key in (("media", "spokesperson"), ("monitoring", "owner"), ("drills", "owner"),
                             ("review", "owner"), ("training", "owner")):
            value = get(self.data, section, key)
            add((section, key), value, (ROLE,), f"{section}.{key}")
        add(("drills", "scenarios"), get(self.data, "drills", "scenarios"), (SCENARIO,), "drills.scenarios")
        for path, item in self.items("support"):
            add(path + ("owner",), item.get("owner"), (ROLE,), "support[].owner")
        for path, approval in self.items("approvals"):
            add(path + ("role",), approval.get("role"), (ROLE,), "approvals[].role")
        return refs

    def texts(self) -> Iterator[tuple[YamlPath, str]]:
        """Every text value in the plan with its path, in document order; keys are not values, but
        ids, references and digests are (PC510's `prose()` leaves those out)."""
        stack: list[tuple[YamlPath, Any]] = [((), self.data)]
        while stack:
            path, value = stack.pop()
            if isinstance(value, str):
                yield path, value
            elif isinstance(value, dict):
                stack.extend((path + (k,), v) for k, v in reversed(list(value.items())))
            elif isinstance(value, list):
                stack.extend((path + (i,), v) for i, v in reversed(list(enumerate(value))))


def jurisdiction_of(data: Any) -> str | None:
    """The plan's jurisdiction (ISO 3166-1 alpha-2): `document.jurisdiction`, else CN for a plan
    written in zh-CN, else None. The one place this default is decided."""
    stated = get(data, "document", "jurisdiction")
    if isinstance(stated, str) and stated:
        return stated
    return "CN" if get(data, "document", "language") in (None, "zh-CN") else None


def get(data: Any, *path: str | int) -> Any:
    """data[path[0]][path[1]]... or None where any step is missing."""
    for part in path:
        if isinstance(part, int):
            if not isinstance(data, list) or not -len(data) <= part < len(data):
                return None
        elif not isinstance(data, dict):
            return None
        data = data[part] if isinstance(part, int) else data.get(part)
    return data
