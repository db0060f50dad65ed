from plancraft.digest import chain
from tests.conftest import positions, rule_findings, snippet_plan

CONTENT = """\
document:
  id: p
  title: 预案
"""
ENTRIES = [
    {"step": "prepared", "name": "张三", "role": "office-head", "date": "2025-01-10"},
    {"step": "approved", "name": "王五", "role": "president", "date": "2025-01-20"},
]


def signed(content: str, digests: list[str]) -> str:
    return content + (
        "approvals:\n"
        f'  - {{step: prepared, name: 张三, role: office-head, date: 2025-01-10, digest: "{digests[0]}"}}\n'
        f'  - {{step: approved, name: 王五, role: president, date: 2025-01-20, digest: "{digests[1]}"}}\n'
    )


CURRENT = chain(snippet_plan(CONTENT).data, ENTRIES)
PASSING = signed(CONTENT, CURRENT)
# Signed, then the title was edited.
FAILING = signed(CONTENT, CURRENT).replace("title: 预案", "title: 修改后的预案")


def test_passing():
    assert positions("PC604", PASSING) == []


def test_failing_points_at_each_digest():
    found = rule_findings("PC604", FAILING)
    assert [(line, col) for line, col, _ in found] == [(5, 77), (6, 75)]
    assert found[1][2] == (
        "the plan, the signer or an earlier sign-off has changed since approved by 王五 on 2025-01-20; "
        "re-sign with `plancraft sign`"
    )


def test_a_changed_approver_name_is_stale_and_only_from_there_on():
    forged = PASSING.replace("name: 王五", "name: 赵六")
    assert positions("PC604", forged) == [(6, 75)]
    earlier = PASSING.replace("name: 张三", "name: 赵六")
    assert positions("PC604", earlier) == [(5, 77), (6, 75)]


def test_a_content_digest_copied_into_the_approval_is_stale():
    content = chain(snippet_plan(CONTENT).data, [])  # nothing: the content digest alone is not an approval digest
    from plancraft.digest import content_digest

    copied = signed(CONTENT, [content_digest(snippet_plan(CONTENT).data)] * 2)
    assert content == [] and positions("PC604", copied) == [(5, 77), (6, 75)]


def test_without_digest_is_not_stale():
    assert positions("PC604", CONTENT + "approvals:\n  - {step: approved, name: 王五, role: president, date: 2025-01-20}\n") == []
