from tests.conftest import positions, rule_findings

APPROVALS = """\
approvals:
  - {step: approved, name: 王五, role: president, date: 2025-01-20}
"""


def test_passing():
    assert positions("PC614", "document:\n  effective: 2025-02-01\n" + APPROVALS) == []
    assert positions("PC614", "document:\n  effective: on-approval\n" + APPROVALS) == []
    assert positions("PC614", "document:\n  title: 预案\n") == []  # a draft needs no date yet


def test_missing_effective_date_points_at_document():
    found = rule_findings("PC614", "document:\n  title: 预案\n" + APPROVALS)
    assert found == [
        (
            1,
            1,
            (
                "the plan is approved but does not say when it takes effect; set document.effective "
                "to a date (or `on-approval`) — `render --final` needs it"
            ),
        )
    ]


def test_placeholder_points_at_the_value():
    assert positions("PC614", "document:\n  effective: 【待填写】\n" + APPROVALS) == [(2, 14)]
