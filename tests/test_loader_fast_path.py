"""The libyaml fast path and the pure-Python path give identical data and positions."""

import pytest
from ruamel.yaml import YAML

from plancraft import loader
from tests.conftest import ROOT

PLAN_FILES = sorted(p for p in (ROOT / "plans").rglob("*.yaml")) + sorted(
    p for p in (ROOT / "tests").rglob("*.yaml") if "hostile" not in p.parts
)


def pure(text: str):
    return loader._build(YAML(typ="safe", pure=True).parse(text), "x", text=text)


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
        fast = loader._build(fast_events(text), "x")
    except Exception:  # noqa: BLE001 - libyaml is YAML 1.1 and rejects e.g. `[a:b]`; parse() falls back
        fast = loader.parse(text, "x")
    assert fast[0] == expected[0]
    assert fast[1] == expected[1]
