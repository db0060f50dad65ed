from plancraft.lint.engine import check_paths
from tests.conftest import FIXTURES

PARENT = FIXTURES / "parent"


def findings(name: str) -> list[tuple[int, int, str]]:
    report = check_paths([str(PARENT / name)])
    return [(d.line, d.column, d.message) for d in report.diagnostics if d.code == "PC702"]


def test_passing():
    # An equal cap and a cap the parent does not have are fine.
    assert findings("branch-within-parent.yaml") == []


def test_failing_points_at_the_max():
    found = findings("branch-exceeds-parent.yaml")
    # `foreign-payout` is in CNY here and USD in the parent: not compared.
    assert [(line, col) for line, col, _ in found] == [(20, 47)]
    assert found[0][2].startswith(
        "cap `emergency-payout` (紧急用款援助) is 20000 CNY, above the parent plan's 5000 CNY in head-office.yaml"
    )
