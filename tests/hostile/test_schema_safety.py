"""The schema itself is safe: no catastrophic backtracking, no quadratic uniqueItems, short messages."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from plancraft.loader import load_bytes
from plancraft.schema import MAX_SHOWN, _ecma_pattern, plan_schema, validate

from .helpers import ROOT
from .make_cases import BASE

SCHEMAS = [ROOT / "schema" / "plan.schema.json"]  # the one committed copy (the wheel gets a copy at build time)
BOUND = 0.5  # seconds for one adversarial string against one pattern (a linear match takes microseconds)


def _walk(node, path="$"):
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from _walk(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{path}[{i}]")


def _patterns() -> list[tuple[str, str]]:
    found = []
    for path, node in _walk(plan_schema()):
        if isinstance(node.get("pattern"), str):
            found.append((path, node["pattern"]))
        for key in node.get("patternProperties", {}) if isinstance(node.get("patternProperties"), dict) else ():
            found.append((f"{path}.patternProperties", key))
    return found


def _adversarial(pattern: str) -> list[str]:
    """Long runs of the pattern's own characters, with a character that fails at the end."""
    literals = sorted(set(re.sub(r"\\.|[\[\]{}()?*+^$|:=!,]", "", pattern)) | set("aA0-P1TXx"))
    n = 10_000
    strings = []
    for c in literals:
        strings += [c * n, c * n + "!", c * n + "\n", "!" + c * n]
    strings += [
        "P" + "1" * n + "X",
        "P" + "1Y" * (n // 2) + "!",
        "PT" + "1H" * (n // 2) + "!",
        "P" + "T1" * n,
        "a-" * (n // 2) + "!",
        "a" + "-" * n + "A",
        "sha256:" + "0" * n,
        "sha256:" + "0" * 63 + "g" * n,
        "9" * n + "-",
        "1" * n + "min!",
        "1" * 5 + "m" * n,
        "2024-" * (n // 5) + "!",
        "x-" * (n // 2),
        "A" * n + "a",
        "é" * n,
        "\u0660" * n + "!",
    ]
    return strings


@pytest.mark.parametrize("path, pattern", _patterns(), ids=[p for p, _ in _patterns()])
def test_pattern_has_no_catastrophic_backtracking(path, pattern):
    for compiled in {re.compile(pattern), re.compile(_ecma_pattern(pattern))}:
        for text in _adversarial(pattern):
            started = time.perf_counter()
            compiled.search(text)
            took = time.perf_counter() - started
            assert took < BOUND, f"{path}: {pattern!r} took {took:.2f} s on {text[:30]!r}... ({len(text)} chars)"


def test_patterns_have_no_nested_quantifiers():
    """The shape that backtracks catastrophically: a quantified group that itself contains a quantifier."""
    nested = re.compile(r"\((?:[^()\\]|\\.)*[*+}](?:[^()\\]|\\.)*\)[*+{]")
    for path, pattern in _patterns():
        assert not nested.search(pattern), f"{path}: {pattern!r} nests quantifiers"


@pytest.mark.parametrize("schema_file", SCHEMAS, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_unique_items_over_objects(schema_file: Path):
    """uniqueItems is quadratic over objects; ids are checked by the linter (PC102) in linear time."""
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    for path, node in _walk(schema):
        if node.get("uniqueItems"):
            items = node.get("items", {})
            if "$ref" in items:
                items = schema["$defs"][items["$ref"].rsplit("/", 1)[-1]]
            assert items.get("type") not in ("object", "array"), f"{path}: uniqueItems over {items.get('type')}s"
            assert items.get("type") is not None, f"{path}: uniqueItems over items of any type"


def test_every_array_and_text_is_bounded():
    """maxItems on every array and maxLength on every text keep validation time proportional to the file."""
    for path, node in _walk(plan_schema()):
        if node.get("type") == "array":
            assert "maxItems" in node, f"{path}: an array without maxItems"


def test_patterns_mean_the_end_of_the_text():
    """ECMA-262 `$` is the end of the text; Python's also matches before a final newline."""
    plan = load_bytes(BASE.replace("  id: hostile-test", '  id: "hostile-test\\n"').encode(), "p.yaml")
    messages = [d.message for d in validate(plan)]
    assert any("document.id" in m for m in messages), messages


@pytest.mark.parametrize(
    "field, value",
    [
        ("title", '"' + "x" * 1_000_000 + '"'),
        ("title", "[" + ", ".join(["1"] * 1000) + "]"),
        ("title", "{" + ", ".join(f"k{i}: v" for i in range(1000)) + "}"),
        ("language", '"' + "e" * 1_000_000 + '"'),
        ("id", '"' + "A" * 1_000_000 + '"'),
        ("effective", '"' + "2024-01-01" * 100_000 + '"'),
        ("version", "1" + "0" * 90),
    ],
)
def test_messages_never_embed_a_huge_value(field, value):
    lines = [line for line in BASE.splitlines() if not line.startswith(f"  {field}:")]
    lines.insert(lines.index("document:") + 1, f"  {field}: {value}")
    plan = load_bytes(("\n".join(lines) + "\n").encode(), "p.yaml")
    found = validate(plan)
    assert found, "the value must fail the schema"
    for diagnostic in found:
        assert len(diagnostic.as_text()) < 400 + MAX_SHOWN, diagnostic.as_text()[:500]


def test_huge_key_is_not_echoed():
    plan = load_bytes((BASE + "? " + "k" * 100_000 + "\n: 1\n").encode(), "p.yaml")
    found = validate(plan)
    assert found and all(len(d.as_text()) < 600 for d in found)


def test_schema_validation_of_a_node_flood_is_fast_and_capped():
    items = ", ".join(["1"] * 99_000)
    plan = load_bytes(BASE.replace("  language: en\n", f"  language: en\n  basis: [{items}]\n").encode(), "p.yaml")
    started = time.perf_counter()
    found = validate(plan)
    assert time.perf_counter() - started < 8
    assert len(found) <= 101
    assert "more schema error(s) not shown" in found[-1].message
