from plancraft.digest import approval_digest
from tests.conftest import positions, rule_findings

CONTENT = "sha256:" + "a" * 64


def entry(name: str) -> str:
    approvals = [
        {"step": "prepared", "name": "张三", "role": "office-head", "date": "2025-01-10"},
        {"step": "approved", "name": "王五", "role": "president", "date": "2025-01-20"},
    ]
    previous, digests = "", []
    for a in approvals:
        previous = approval_digest(CONTENT, previous, a)
        digests.append(previous)
    approvals[1]["name"] = name
    rows = "".join(
        f'      - {{step: {a["step"]}, name: {a["name"]}, role: {a["role"]}, date: {a["date"]}, digest: "{d}"}}\n'
        for a, d in zip(approvals, digests)
    )
    return f'history:\n  - version: "1.0"\n    digest: "{CONTENT}"\n    approvals:\n{rows}'


def test_passing():
    assert positions("PC615", entry("王五")) == []


def test_changed_name_points_at_the_digest():
    found = rule_findings("PC615", entry("另一个人"))
    assert found == [
        (
            3,
            13,
            (
                "the approvals of version 1.0 do not match its digest: the history was changed "
                "after `plancraft revise` wrote it; restore it from the repository "
                "(`plancraft history --git` shows the versions it can find)"
            ),
        )
    ]
