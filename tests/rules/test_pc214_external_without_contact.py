from plancraft.lint.engine import run_rule
from plancraft.rules import BY_CODE
from tests.conftest import positions, snippet_plan

PASSING = """\
external:
  - {id: police, name: 辖区派出所, phone: "110"}
"""

FAILING = """\
external:
  - {id: police, name: 辖区派出所, phone: "110"}
  - {id: regulator, name: 当地金融监管部门}
  - id: upper
    name: 上级行
    phone: " "
  - {id: public, name: 社会公众}
"""


def test_passing():
    assert positions("PC214", PASSING) == []


def test_failing_points_at_each_party():
    plan = snippet_plan(FAILING)
    found = list(run_rule(BY_CODE["PC214"], plan, plan.options))
    assert [(d.line, d.column) for d in found] == [(1, 1)]  # the `external` key
    assert found[0].message.startswith(
        "2 external parties without a phone number: `regulator` (当地金融监管部门), `upper` (上级行);"
    )
    assert [(line, col) for line, col, _ in found[0].related] == [(3, 5), (4, 5)]
