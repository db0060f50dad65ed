"""Schema errors: each kind with its exact line:col and a message that says what to write."""

import json
from pathlib import Path

from plancraft.loader import load, load_bytes
from plancraft.schema import plan_schema, validate
from tests.conftest import FIXTURES, PLANS, ROOT


def test_the_schema_is_committed_once_and_is_the_one_loaded():
    repo = (ROOT / "schema" / "plan.schema.json").read_bytes()
    assert not (ROOT / "plancraft" / "data" / "plan.schema.json").exists()  # the wheel gets a copy at build time
    assert plan_schema() == json.loads(repo)


def test_every_property_has_a_description():
    def walk(node, path):
        if isinstance(node, dict):
            for name, sub in node.get("properties", {}).items():
                assert "description" in sub, f"{path}.{name} has no description"
            for key, sub in node.items():
                walk(sub, f"{path}.{key}")
        elif isinstance(node, list):
            for i, sub in enumerate(node):
                walk(sub, f"{path}[{i}]")

    walk(plan_schema(), "$")


def test_six_errors_in_one_run():
    plan = load(FIXTURES / "six-errors.yaml", display="six.yaml")
    found = [(d.line, d.column, d.message) for d in validate(plan)]
    assert [(line, col) for line, col, _ in found] == [(6, 14), (12, 11), (18, 5), (24, 10), (29, 13), (32, 13)]
    messages = [m for _, _, m in found]
    assert "not a real calendar date" in messages[0]
    assert "lowercase letters, digits and hyphens" in messages[1]
    assert "did you mean `escalation`?" in messages[2]
    assert "write `5000`" in messages[3]
    assert "`24 hours` → write `24h`" in messages[4]  # a duration in words gets the short form to write
    assert "the least allowed is 1" in messages[5]


def test_missing_key_points_at_the_mapping_that_should_hold_it():
    text = (
        Path(PLANS / "examples" / "bank-branch.zh.yaml").read_text(encoding="utf-8").replace("  title: 客户投诉应急预案\n", "", 1)
    )
    plan = load_bytes(text.encode("utf-8"), "x.yaml")
    errors = validate(plan)
    document_line = text.splitlines().index("document:") + 1
    assert [(d.line, d.column) for d in errors] == [(document_line, 1)]
    assert errors[0].message == "document is missing the required key `title`"


def test_number_where_text_is_expected_and_huge_values_are_not_echoed():
    plan = load_bytes(
        (
            "plancraft: 1\ndocument: {id: a, title: t, language: zh-CN, version: 1.1}\n"
            "purpose: " + "长" * 30000 + "\nscope: s\nprinciples: []\norganisation: {}\n"
            "levels: []\nscenarios: []\n"
        ).encode("utf-8"),
        "x.yaml",
    )
    messages = {(d.line, d.column): d.message for d in validate(plan)}
    assert 'put it in quotes ("1.1")' in messages[(2, 55)]
    assert len(messages[(3, 10)]) < 200 and "longer than 20,000 characters" in messages[(3, 10)]


def test_every_bundled_plan_validates():
    plans = sorted(PLANS.rglob("*.yaml"))
    assert len(plans) >= 14
    for path in plans:
        assert validate(load(path)) == [], path


def test_enum_const_both_every_and_within_and_wrong_container():
    text = (
        "plancraft: 2\n"
        "document: {id: a, title: t, language: zh}\n"
        "purpose: p\nscope: s\nprinciples: {title: x}\norganisation: {}\nlevels: []\nscenarios: []\n"
        "channels:\n  - {name: 热线, kind: fone}\n"
        "reporting:\n  - {what: 日报, to: office, every: 1d, within: 2h}\n"
    )
    found = {(d.line, d.column): d.message for d in validate(load_bytes(text.encode("utf-8"), "x.yaml"))}
    assert found[(1, 12)] == "plancraft: must be `1`, not `2`"
    assert found[(2, 39)].startswith("document.language: `zh` is not one of `zh-CN`, `en`")
    assert found[(5, 13)] == "principles: a list is expected, not a mapping"
    assert found[(10, 22)].startswith("channels[0].kind: `fone` is not one of")
    assert "did you mean `phone`?" in found[(10, 22)]
    assert found[(12, 5)] == "reporting[0]: give either `every` or `within`, not both"


def test_a_version_given_as_text_is_not_told_it_must_be_what_it_shows():
    text = sorted((PLANS / "seed").glob("*.yaml"))[0].read_text(encoding="utf-8")
    quoted = text.replace("plancraft: 1\n", 'plancraft: "1"\n', 1)
    assert quoted != text
    found = [d.message for d in validate(load_bytes(quoted.encode("utf-8"), "x.yaml"))]
    assert found == ["plancraft: must be `1`, not the text `1`"]
