"""The libyaml fast path and the pure-Python path give identical data and positions."""

import re

import pytest
from ruamel.yaml import YAML

from plancraft import loader
from tests.conftest import ROOT, bundled_plans

PLAN_FILES = bundled_plans(heldout_at_most=600) + sorted(p for p in (ROOT / "tests").rglob("*.yaml") if "hostile" not in p.parts)


def pure(text: str):
    return loader._build(YAML(typ="safe", pure=True).parse(text), "x", text=text, source=text)


@pytest.mark.parametrize("path", PLAN_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_same_data_and_positions(path):
    fast_events = loader._fast_events  # noqa: SLF001 - the point of the test
    if fast_events("a: 1") is None:
        pytest.skip("ruamel.yaml.clib is not installed")
    try:
        text = loader.decode(path.read_bytes(), str(path))
        expected = pure(text)
    except loader.PlanError:
        return  # a refused file is refused by both paths (parse() falls back to the pure path)
    try:
        fast = loader._build(fast_events(text), "x", source=text)
    except Exception:  # noqa: BLE001 - libyaml is YAML 1.1 and rejects e.g. `[a:b]`; parse() falls back
        fast = loader.parse(text, "x")
    assert fast[0] == expected[0]
    assert fast[1] == expected[1]
    # parse() reads libyaml's events as tuples (loader._TupleEvents): the same data, positions and folds
    assert loader.parse(text, "x") == (expected[0], expected[1], expected[2])


@pytest.mark.parametrize(
    "text, where",
    [
        ("x: 1\ny:\nz: 2\n", (2, 1, 2, 3)),
        ("x: 1\ny:\n\n\n", (2, 1, 2, 3)),  # at the end of the file, after blank lines
        ("x: 1\ny:  \n# note\n", (2, 1, 2, 3)),  # before a comment
        ("l:\n  - 创新建议:\n", (2, 5, 2, 10)),
        ("a: {y: , c: 1}\n", (1, 5, 1, 7)),  # in a flow mapping
    ],
)
def test_an_empty_value_stands_right_after_its_keys_colon_on_both_paths(text, where):
    """`key:` with nothing after it: the value is placed after the colon, on the key's line, by both parsers (the
    pure one placed it at the next token, lines below; libyaml a flow mapping's at the comma)."""
    if loader._fast_events("a: 1") is None:
        pytest.skip("ruamel.yaml.clib is not installed")
    key = ("l", 0, "创新建议") if text.startswith("l:") else ("a", "y") if text.startswith("a:") else ("y",)
    assert pure(text)[1][key] == where
    assert loader._build(loader._fast_events(text), "x", source=text)[1][key] == where
    assert loader.parse(text, "x")[1][key] == where


def test_tuple_events_only_for_the_reading_thread():
    """While a plan is read, libyaml's parser makes tuples for that thread only: a parser in another thread
    still gets ruamel's event objects, and afterwards the C module names ruamel's classes again."""
    import threading

    from ruamel.yaml import events

    parser = loader._c_parser("a: [b]\n")
    if parser is None:
        pytest.skip("ruamel.yaml.clib is not installed")
    module = type(parser).get_event.__globals__
    before = {name: module[name] for name in loader._NODE_EVENTS}
    other: list = []
    with loader._TupleEvents(parser) as read:
        assert read.tuples
        mine = list(read)
        thread = threading.Thread(target=lambda: other.extend(loader._fast_events("c: d\n")))
        thread.start()
        thread.join()
    assert [e[0] for e in mine if type(e) is tuple] == [
        loader._MAPPING,
        loader._SCALAR,
        loader._SEQUENCE,
        loader._SCALAR,
        loader._SEQUENCE_END,
        loader._MAPPING_END,
    ]
    assert [type(e) for e in other if type(e) is not events.StreamStartEvent][:3] == [
        events.DocumentStartEvent,
        events.MappingStartEvent,
        events.ScalarEvent,
    ]
    assert {name: module[name] for name in loader._NODE_EVENTS} == before
    assert before["ScalarEvent"] is events.ScalarEvent


def test_tuple_events_put_back_after_a_syntax_error():
    """A plan libyaml cannot read (here an unclosed flow sequence) leaves the C module naming ruamel's
    classes and the reading lock free: the next plan is read as tuples again, with its positions."""
    from ruamel.yaml import events

    parser = loader._c_parser("a: [b\n")
    if parser is None:
        pytest.skip("ruamel.yaml.clib is not installed")
    module = type(parser).get_event.__globals__
    with pytest.raises(Exception):  # noqa: B017, PT011 - libyaml's own error type
        with loader._TupleEvents(parser) as read:
            list(read)
    assert module["ScalarEvent"] is events.ScalarEvent
    assert not loader._TUPLE_LOCK.locked()
    assert loader.parse("a: [b, c]\n", "x")[0] == {"a": ["b", "c"]}
    with loader._TupleEvents(loader._c_parser("d: e\n")) as read:
        assert read.tuples


@pytest.mark.parametrize("path", PLAN_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_texts_listed_by_the_loader_are_the_walk_of_the_data(path):
    """LoadedPlan.texts (listed as the file is read) is what Plan.texts() walks out of the data: the same
    paths and texts in the same order."""
    from dataclasses import replace

    from plancraft.model import Plan

    try:
        loaded = loader.load_bytes(path.read_bytes(), str(path))
    except loader.PlanError:
        return
    walked = tuple(Plan(replace(loaded, texts=None)).texts())
    if loaded.texts is None:
        # an alias repeats a node (duties: *team-duties, as in heldout37/h37-1): the loader lists no texts and the
        # model walks the data instead
        assert re.search(r"(?m)^[^#\n]*:\s*\*[\w-]+\s*$", path.read_text(encoding="utf-8")), path
    else:
        assert loaded.texts == walked
    assert tuple(Plan(loaded).texts()) == walked


def test_texts_under_an_alias_are_walked():
    """An alias repeats its anchor's texts at another path: the loader does not list them, the model walks."""
    from plancraft.model import Plan

    loaded = loader.load_bytes(b"a: &x [one, {b: two}]\nc: *x\n", "x")
    assert loaded.texts is None
    assert tuple(Plan(loaded).texts()) == (
        (("a", 0), "one"),
        (("a", 1, "b"), "two"),
        (("c", 0), "one"),
        (("c", 1, "b"), "two"),
    )
