from plancraft.lint.engine import run_rule
from plancraft.rules import BY_CODE
from tests.conftest import positions, rule_findings, snippet_plan

PASSING = """\
time_limits:
  - {id: first, what: 首次回复, within: 1d, from: 收到投诉}
  - {id: second, what: 回复处理情况, within: 4h, after: first}
"""

FAILING = """\
time_limits:
  - {id: decision, what: 作出处理决定, within: 15d}
  - id: report
    what: 报告处理结果
    within: 3d
"""


def test_passing():
    assert positions("PC309", PASSING) == []


def test_failing_points_at_each_within():
    found = rule_findings("PC309", FAILING)
    assert [(line, col) for line, col, _ in found] == [(1, 1)]  # the `time_limits` key
    assert found[0][2].startswith(
        "2 time limits (`decision` (作出处理决定), `report` (报告处理结果)) do not say when "
        "the clock starts; add `from` with the event counted from (e.g. `from: 事件发生`)"
    )
    plan = snippet_plan(FAILING)
    related = list(run_rule(BY_CODE["PC309"], plan, plan.options))[0].related
    assert [(line, col) for line, col, _ in related] == [(2, 34), (5, 5)]


def test_the_example_start_fits_the_plan():
    # an English plan (language en, or en-GB) is shown an English event; a Chinese plan a Chinese one
    for language in ("en", "en-GB"):
        text = f"""\
document: {{id: p, title: Complaints procedure, type: complaint-procedure, language: {language}}}
time_limits:
  - {{id: reply, what: Final response, within: 8w}}
"""
        found = rule_findings("PC309", text)
        assert [(line, col) for line, col, _ in found] == [(2, 1)]
        assert "(e.g. `from: receipt of the complaint`)" in found[0][2]
