from plancraft.lint.engine import check_paths
from tests.conftest import FIXTURES

PARENT = FIXTURES / "parent"


def findings(name: str) -> list[tuple[int, int, str]]:
    report = check_paths([str(PARENT / name)])
    return [(d.line, d.column, d.message) for d in report.diagnostics if d.code == "PC704"]


def test_passing():
    # Every parent level kept; an extra level of the branch's own is fine.
    assert findings("branch-within-parent.yaml") == []


def test_each_missing_level_at_the_levels_key():
    found = findings("branch-exceeds-parent.yaml")
    assert [(line, col) for line, col, _ in found] == [(15, 1), (15, 1)]
    assert "has the level `disorder` (较大投诉), which this plan does not" in found[0][2]
    assert "has the level `severe` (重大投诉)" in found[1][2]
