"""A read-only view of a schema-checked plan: what each id names and where references point.

Rules read the plan through this view so that "which ids are roles" or "every place that
names a role" is written once, here, and not in every rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterator, NamedTuple

from plancraft.diagnostics import Diagnostic, Finding, Severity
from plancraft.loader import LoadedPlan, YamlPath
from plancraft.names import short_name

ROLE, GROUP, LEVEL, SCENARIO, EXTERNAL, LIMIT, TIME_LIMIT = (
    "role",
    "group",
    "level",
    "scenario",
    "external party",
    "limit",
    "time limit",
)


def kind_word(kind: str) -> str:
    """A kind of definition as a reader calls it, in the current language ("role" → 角色)."""
    from plancraft.i18n import _

    words = {
        ROLE: _("role"),
        GROUP: _("group"),
        LEVEL: _("level"),
        SCENARIO: _("scenario"),
        EXTERNAL: _("external party"),
        LIMIT: _("limit"),
        TIME_LIMIT: _("time limit"),
    }
    return words.get(kind, kind)


def kinds_words(kinds) -> str:
    """`role or group` / `角色或小组`: kinds joined for a message."""
    from plancraft.i18n import _

    return _(" or ").join(kind_word(kind) for kind in kinds)


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
class ReferenceField:
    """A key whose value names ids: its schema path (lists are walked through), the kinds it may
    name, whether it holds a list of ids, and whether it refers to the plan as it is now (`current`;
    the approvals kept in `history` may name roles that a later version removed)."""

    path: tuple[str, ...]
    allowed: tuple[str, ...]
    many: bool = False
    current: bool = True

    @property
    def name(self) -> str:
        """`scenarios[].escalation[].to`, as messages and plan-format.md write it."""
        return _field_name(self.path)


# The one table of reference fields: the model (PC101 and the other rules), `diff` and the docs read it.
REFERENCE_FIELDS: tuple[ReferenceField, ...] = (
    ReferenceField(("organisation", "groups", "leader"), (ROLE,)),
    ReferenceField(("organisation", "groups", "deputies"), (ROLE,), many=True),
    ReferenceField(("organisation", "groups", "members"), (ROLE,), many=True),
    ReferenceField(("organisation", "roles", "backup"), (ROLE,)),
    ReferenceField(("levels", "lead"), (ROLE,)),
    ReferenceField(("levels", "notify"), PEOPLE, many=True),
    ReferenceField(("scenarios", "level"), (LEVEL,)),
    ReferenceField(("scenarios", "owner"), (ROLE,)),
    ReferenceField(("scenarios", "actions", "by"), (ROLE,)),
    ReferenceField(("scenarios", "actions", "approval"), (ROLE,)),
    ReferenceField(("scenarios", "escalation", "to"), PEOPLE),
    ReferenceField(("limits", "approver"), (ROLE,)),
    ReferenceField(("time_limits", "owner"), (ROLE, EXTERNAL)),
    ReferenceField(("time_limits", "after"), (TIME_LIMIT,)),
    ReferenceField(("reporting", "to"), PEOPLE),
    ReferenceField(("reporting", "owner"), (ROLE,)),
    ReferenceField(("media", "spokesperson"), (ROLE,)),
    ReferenceField(("monitoring", "owner"), (ROLE,)),
    ReferenceField(("drills", "owner"), (ROLE,)),
    ReferenceField(("drills", "scenarios"), (SCENARIO,), many=True),
    ReferenceField(("review", "owner"), (ROLE,)),
    ReferenceField(("training", "owner"), (ROLE,)),
    ReferenceField(("support", "owner"), (ROLE,)),
    ReferenceField(("approvals", "role"), (ROLE,)),
    ReferenceField(("history", "approvals", "role"), (ROLE,), current=False),
)

# Sections that are lists of items (the others named in REFERENCE_FIELDS are mappings).
_LISTS = {
    ("organisation", "groups"),
    ("organisation", "roles"),
    ("levels",),
    ("scenarios",),
    ("scenarios", "actions"),
    ("scenarios", "escalation"),
    ("limits",),
    ("time_limits",),
    ("reporting",),
    ("support",),
    ("approvals",),
    ("history",),
    ("history", "approvals"),
}


def _field_name(path: tuple[str, ...]) -> str:
    parts = [part + ("[]" if path[: i + 1] in _LISTS else "") for i, part in enumerate(path)]
    return ".".join(parts)


# REFERENCE_FIELDS (the current ones) as a tree of keys: key -> (field, its allowed kinds and name when the key
# is a reference field, whether the key holds a list of items, the keys below it). Built on first use.
_REFERENCE_TREE: dict[str, tuple] = {}


def _reference_tree() -> dict[str, tuple]:
    if not _REFERENCE_TREE:
        tree: dict[str, list] = {}
        for spec in REFERENCE_FIELDS:
            if not spec.current:
                continue
            level = tree
            for depth, part in enumerate(spec.path):
                node = level.setdefault(part, [None, spec.path[: depth + 1] in _LISTS, {}])
                if depth + 1 == len(spec.path):
                    node[0] = (spec.allowed, spec.name)
                level = node[2]

        def frozen(level: dict[str, list]) -> dict[str, tuple]:
            return {key: (leaf, listed, frozen(below)) for key, (leaf, listed, below) in level.items()}

        _REFERENCE_TREE.update(frozen(tree))
    return _REFERENCE_TREE


def _collect_references(node: dict, tree: dict[str, tuple], path: YamlPath, refs: list[Reference]) -> None:
    """The references under mapping `node` (at `path`), in file order, appended to `refs`: a field's text, or
    each text of its list; below a key, each mapping of its list (a list key) or its mapping."""
    for key, value in node.items():
        branch = tree.get(key)
        if branch is None:
            continue
        leaf, listed, below = branch
        where = path + (key,)
        if isinstance(value, str):
            if leaf is not None:
                refs.append(Reference(where, value, leaf[0], leaf[1]))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, str):
                    if leaf is not None:
                        refs.append(Reference(where + (index,), item, leaf[0], leaf[1]))
                elif listed and below and isinstance(item, dict):
                    _collect_references(item, below, where + (index,), refs)
        elif isinstance(value, dict) and below and not listed:
            _collect_references(value, below, where, refs)


class Reference(NamedTuple):
    """One place in the plan that names an id, and the kinds it may name there. (A named tuple, not a frozen
    dataclass: a plan has a hundred of them, made for every lint, and a frozen dataclass costs three times
    as much to make.)"""

    path: YamlPath
    target: str
    allowed: tuple[str, ...]
    field: str  # e.g. "scenarios[].escalation[].to", for messages


class Definition(NamedTuple):
    """One defined thing (a role, group, level, …): its kind, id, path and the item itself (a named tuple, as
    Reference)."""

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
    # What the rules' shared helpers work out once per plan (rules.helpers.prose): the plan is read-only.
    memo: dict[str | tuple, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def data(self) -> dict:
        return self.loaded.data

    @property
    def file(self) -> str:
        return self.loaded.file

    @cached_property
    def readable(self) -> dict:
        """The data as a reader sees it (folded Chinese lines joined, plancraft.cjk): what a rendered
        document shows. Computed once."""
        return self.loaded.readable

    @property
    def language(self) -> str:
        return str(get(self.data, "document", "language") or "zh-CN")

    @cached_property
    def jurisdiction(self) -> str | None:
        """`document.jurisdiction`, or CN for a zh-CN plan that does not say; None when unknown."""
        return jurisdiction_of(self.data)

    @cached_property
    def document_type(self) -> str:
        """`document.type` (emergency-plan or complaint-procedure), emergency-plan when not stated
        (worked out once: the engine asks for every rule)."""
        return document_type_of(self.data)

    def finding(
        self,
        path: YamlPath,
        message: str,
        *,
        at_key: bool = False,
        severity: Severity | None = None,
        related: tuple[tuple[YamlPath, str], ...] = (),
    ) -> Finding:
        """What a rule yields: the engine adds the rule's code and severity (see Finding). `related`
        lists (path, message) of other places that belong to the same fault (SARIF relatedLocations)."""
        return Finding(tuple(path), message, at_key, severity, tuple(related))

    def diagnostic(
        self,
        path: YamlPath,
        code: str,
        severity: Severity,
        message: str,
        *,
        at_key: bool = False,
        related: tuple[tuple[YamlPath, str], ...] = (),
    ) -> Diagnostic:
        """A located Diagnostic (for the engine; rules yield `finding`s)."""
        return self.loaded.diagnostic(path, code, severity, message, at_key=at_key, related=related)

    def section_anchor(self, key: str) -> YamlPath:
        """Where to report a missing or empty top-level section: its key, or the `document` key
        (where the plan starts) when the section is absent."""
        return (key,) if isinstance(self.data, dict) and key in self.data else ("document",)

    def items(self, *path: str | int) -> Iterator[tuple[YamlPath, dict]]:
        """(path, item) for every mapping in the list at `path` (missing or malformed lists yield nothing).
        Listed once per plan and path (the plan is read-only): the rules ask for the same lists again and again."""
        found = self.memo.get(path)
        if found is None:
            value = get(self.data, *path)
            found = self.memo[path] = (
                tuple((path + (index,), item) for index, item in enumerate(value) if isinstance(item, dict))
                if isinstance(value, list)
                else ()
            )
        return iter(found)

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
        return short_name(definition.item, ident)

    @cached_property
    def references(self) -> list[Reference]:
        """Every reference in the plan (REFERENCE_FIELDS, the table in plan-format.md), in document order:
        the plan is walked once along the table's keys, in the file's order (mappings keep it), so the
        references come out in order without being sorted."""
        refs: list[Reference] = []
        if isinstance(self.data, dict):
            _collect_references(self.data, _reference_tree(), (), refs)
        return refs

    def texts(self) -> Iterator[tuple[YamlPath, str]]:
        """Every text value in the plan with its path, in document order; keys are not values, but
        ids, references and digests are (PC510's `prose()` leaves those out)."""
        return iter(self._texts)

    @cached_property
    def _texts(self) -> tuple[tuple[YamlPath, str], ...]:
        """texts(), walked once: several rules read every text (the loader lists them as it reads the file)."""
        if self.loaded.texts is not None:
            return self.loaded.texts
        found: list[tuple[YamlPath, str]] = []

        def walk(path: YamlPath, value: Any) -> None:
            if isinstance(value, str):
                found.append((path, value))
            elif isinstance(value, dict):
                for key, item in value.items():
                    walk(path + (key,), item)
            elif isinstance(value, list):
                for index, item in enumerate(value):
                    walk(path + (index,), item)

        walk((), self.data)
        return tuple(found)


# What kind of document a plan is (`document.type`): an emergency response plan (应急预案) or a
# complaint-handling procedure (投诉处理程序/办法/制度). Rules declare which kinds they judge
# (DOCUMENT_TYPES in a rule module; the engine skips a rule that does not apply).
EMERGENCY_PLAN = "emergency-plan"
COMPLAINT_PROCEDURE = "complaint-procedure"
DOCUMENT_TYPES: tuple[str, ...] = (EMERGENCY_PLAN, COMPLAINT_PROCEDURE)


# A title about complaints (投诉处理程序, 客户投诉管理办法, 投诉须知, "Complaints procedure",
# "Comments, compliments and complaints") that says nothing of an emergency (预案, 应急, 突发, 处置,
# emergency, contingency, continuity, incident, crisis, disaster, a "plan") nor of major or group
# complaints (重大, 群体, 事件, major: 投诉办法 第二十九条's plan for major complaints) names a procedure.
_PROCEDURE_TITLE = re.compile(r"投诉|信访|申诉|complain", re.IGNORECASE)
_EMERGENCY_TITLE = re.compile(
    r"预案|应急|突发|处置|重大|群体|事件|emergenc|contingenc|continuity|incident|crisis|disaster|major|\bplan\b", re.IGNORECASE
)


def type_from_title(title: Any) -> str | None:
    """complaint-procedure when a title is about complaints and names no emergency, else None."""
    if isinstance(title, str) and _PROCEDURE_TITLE.search(title) and not _EMERGENCY_TITLE.search(title):
        return COMPLAINT_PROCEDURE
    return None


def document_type_of(data: Any) -> str:
    """The plan's document type: `document.type`; when it is not stated, complaint-procedure if the
    title is about complaints and names no emergency (投诉处理程序, "Complaints procedure"), else
    emergency-plan — the format was written for emergency plans, and a plan that does not say is
    held to the fuller set of expectations. The one place this default is decided."""
    stated = get(data, "document", "type")
    if stated in DOCUMENT_TYPES:
        return stated
    return type_from_title(get(data, "document", "title")) or EMERGENCY_PLAN


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
