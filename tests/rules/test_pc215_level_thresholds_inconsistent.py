from tests.conftest import positions, rule_findings

PASSING = """\
levels:
  - {id: general, name: 一般投诉, thresholds: [{measure: 投诉人数, min: 1, unit: 人}]}
  - id: major
    name: 较大投诉
    thresholds: [{measure: 投诉人数, min: 5, unit: 人}, {measure: 涉及金额, min: 50000, unit: CNY}]
  - {id: severe, name: 重大投诉, thresholds: [{measure: 投诉人数, min: 20, unit: 人}]}
"""

FAILING = """\
levels:
  - {id: general, name: 一般投诉, thresholds: [{measure: 投诉人数, min: 5, unit: 人}]}
  - {id: major, name: 较大投诉}
  - id: severe
    name: 重大投诉
    thresholds:
      - {measure: 投诉人数, min: 5, unit: 户}
"""


def test_passing():
    assert positions("PC215", PASSING) == []


def test_failing_points_at_unit_minimum_and_gap():
    found = rule_findings("PC215", FAILING)
    assert sorted((line, col) for line, col, _ in found) == [(3, 10), (7, 30), (7, 39)]
    messages = {(line, col): message for line, col, message in found}
    assert messages[(7, 39)].startswith("`投诉人数` is counted in 户 here but in 人 at level `general`")
    assert messages[(7, 30)].startswith("`投诉人数` starts at 5 at level `severe`, not above the 5")
    assert messages[(3, 10)].startswith("level `major` (较大投诉) states no `投诉人数` threshold")
