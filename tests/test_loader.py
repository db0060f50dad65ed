"""The loader: plain data, 1-based positions for every key and value, and refusals with line:col."""

import pytest

from plancraft.diagnostics import PlanError
from plancraft.loader import MAX_BYTES, load, load_bytes


def parse(text: str):
    return load_bytes(text.encode("utf-8"), "p.yaml")


def refusal(raw) -> str:
    with pytest.raises(PlanError) as info:
        load_bytes(raw if isinstance(raw, bytes) else raw.encode("utf-8"), "p.yaml")
    return info.value.diagnostic.as_text()


def test_yaml_12_scalars_dates_stay_text():
    plan = parse("a: [no, on, 010, 1:00, 2024-09-19, '1.0', 1.5, ~, true, 0x1f]\n")
    assert plan.data == {"a": ["no", "on", 10, "1:00", "2024-09-19", "1.0", 1.5, None, True, 31]}


def test_positions_of_nested_keys_and_list_items():
    plan = parse(
        "document:\n"
        "  id: x\n"
        "scenarios:\n"
        "  - id: s1\n"
        "    actions:\n"
        "      - do: 报警\n"
        "        by: guard\n"
        "      - {do: 劝阻, by: lobby}\n"
    )
    assert plan.locate(("document", "id")) == (2, 7)
    assert plan.locate_key(("document", "id")) == (2, 3)
    assert plan.locate(("scenarios", 0)) == (4, 5)
    assert plan.locate(("scenarios", 0, "actions", 0, "by")) == (7, 13)
    assert plan.locate_key(("scenarios", 0, "actions", 1, "by")) == (8, 18)
    assert plan.locate(("scenarios", 0, "actions", 1, "by")) == (8, 22)
    # a missing key falls back to its nearest existing ancestor
    assert plan.locate(("scenarios", 0, "owner")) == (4, 5)


def test_columns_count_characters_not_bytes():
    plan = parse("名称: 客户投诉\n")
    assert plan.locate(("名称",)) == (1, 5)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("a: 1\na: 2\n", "p.yaml:2:1: PC001 error: duplicate key `a` (first at line 1)"),
        ("a:\n\tb: 1\n", "p.yaml:2:1: PC001 error: a tab is used for indentation"),
        (b"a: caf\xe9\n", "p.yaml:1:7: PC001 error: the file is not valid UTF-8"),
        (b"\xff\xfea\x00", "p.yaml:1:1: PC001 error: the file is UTF-16 encoded"),
        ("a: 'open\n", "p.yaml:1:4: PC001 error: YAML syntax error"),
        (
            "a: !!python/object/apply:os.system [ls]\n",
            "p.yaml:1:4: PC001 error: the YAML tag `!!python/object/apply:os.system` is not allowed",
        ),
        ("%YAML 1.1\n---\na: no\n", "p.yaml:2:1: PC001 error: the file declares YAML 1.1"),
        ("a: &x {b: *x}\n", "p.yaml:1:11: PC001 error: alias *x refers to the node that contains it"),
        ("", "p.yaml:1:1: PC001 error: the file is empty"),
        ("- a\n", "p.yaml:1:1: PC001 error: the file holds a list, not a plan"),
        ("a: 1\n---\nb: 2\n", "p.yaml:2:1: PC001 error: the file holds more than one YAML document"),
        ('a: "x\\x0by"\n', "p.yaml:1:4: PC001 error: text contains the control character U+000B"),
        ("a: 1\nb: x\ufeffy\n", "p.yaml:2:5: PC001 error: the file contains the control character U+FEFF"),
        ("x: 1\n<<: {a: 1}\n", "p.yaml:2:1: PC001 error: merge keys (`<<`) are not supported"),
    ],
)
def test_refusals_name_the_place(raw, expected):
    assert refusal(raw).startswith(expected)


def test_alias_bomb_is_refused_quickly():
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        prev, name = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    message = refusal("\n".join(lines) + "\n")
    assert "expands to more than 100,000 YAML nodes" in message


@pytest.mark.parametrize(
    "text",
    [
        "a: " + "[" * 300 + "]" * 300 + "\n",
        "a: " + "[" * 5000 + "]" * 5000 + "\n",
        "a:\n" + "".join("  " * i + "b:\n" for i in range(1, 300)),
    ],
)
def test_deep_nesting_is_refused(text):
    assert "nests deeper than 64 levels" in refusal(text)


def test_size_limit(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a: " + b"x" * (MAX_BYTES + 10) + b"\n")
    with pytest.raises(PlanError) as info:
        load(big)
    assert "larger than 2 MB" in info.value.diagnostic.message


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(PlanError, match="no such file"):
        load(tmp_path / "nope.yaml")
    with pytest.raises(PlanError, match="folder"):
        load(tmp_path)


@pytest.mark.parametrize(
    "text, finite",
    [
        ("a: [1.5, 10, 1e3, text, '.nan', '1e999']\n", True),
        ("a: .nan\n", False),
        ("a: [-.inf]\n", False),
        ("a: 1e999\n", False),
        ("a: {b: !!float nan}\n", False),
        ("x: &n .inf\ny: *n\n", False),
    ],
)
def test_loader_says_whether_it_made_a_nan_or_infinity(text, finite):
    """LoadedPlan.finite: the schema check looks for .nan and .inf only where the loader made one."""
    assert parse(text).finite is finite


@pytest.mark.parametrize(
    "text, extended",
    [
        ("a: {b: c}\nd: [x-ray, {e: x-f}]\n", False),
        ("a: {x-note: c}\n", True),
        ("x-deep: 1\n", True),
        ('"x-quoted": 1\n', True),
    ],
)
def test_loader_says_whether_a_key_begins_with_x(text, extended):
    """LoadedPlan.extended: rules.helpers.prose looks for texts under `x-` keys only in a plan that has one."""
    assert parse(text).extended is extended
