from plancraft.lint.engine import check_paths
from tests.conftest import FIXTURES

PARENT = FIXTURES / "parent"


def findings(name: str) -> list[tuple[int, int, str]]:
    report = check_paths([str(PARENT / name)])
    return [(d.line, d.column, d.message) for d in report.diagnostics if d.code == "PC703"]


def test_passing():
    # 4h within 1d; 10wd (two weeks) within 15d.
    assert findings("branch-within-parent.yaml") == []


def test_failing_points_at_within():
    found = findings("branch-exceeds-parent.yaml")
    # `final-reply` is P15D against 15d: equal, not longer.
    assert [(line, col) for line, col, _ in found] == [(23, 45)]
    assert found[0][2].startswith(
        "time limit `first-reply` (首次回复客户) allows 3d, longer than the 1d of the parent plan head-office.yaml"
    )
