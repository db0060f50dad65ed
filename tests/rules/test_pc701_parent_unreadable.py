from plancraft.lint.engine import check_paths
from tests.conftest import FIXTURES, positions

PARENT = FIXTURES / "parent"


def findings(name: str) -> list[tuple[int, int, str]]:
    report = check_paths([str(PARENT / name)])
    return [(d.line, d.column, d.message) for d in report.diagnostics if d.code == "PC701"]


def test_passing():
    assert findings("branch-within-parent.yaml") == []
    assert positions("PC701", "document: {id: p, title: 预案}\n") == []


def test_missing_parent_is_named_at_document_parent():
    found = findings("branch-missing-parent.yaml")
    assert [(line, col) for line, col, _ in found] == [(7, 11)]
    assert found[0][2].startswith("the parent plan `../head-ofice/complaints.yaml` cannot be read: no such file;")
