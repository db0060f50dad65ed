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


def test_a_party_hard_to_reach_though_it_has_a_phone():
    text = """\
document: {id: p, title: Complaints, language: en, jurisdiction: GB}
external:
  - {id: fos, name: FOS, phone: "0800 023 4567"}
  - {id: lgo, name: LGO, phone: "0300 061 0614"}
  - {id: hos, name: Housing Ombudsman, phone: "0300 111"}
  - {id: police, name: Police, phone: "999"}
scenarios:
  - id: complaint
    title: If you remain unhappy, go to the Local Government Ombudsman
"""
    plan = snippet_plan(text)
    found = list(run_rule(BY_CODE["PC214"], plan, plan.options))
    assert [(d.line, d.column) for d in found] == [(2, 1)]
    assert found[0].message == (
        "external party contact incomplete: `fos` (FOS) is named only by an abbreviation the plan never spells out; "
        "the phone of `hos` (Housing Ombudsman) looks cut off (0300 111); give the full name and a whole number, so "
        "that the reader can find and reach them"
    )
    assert [(line, col) for line, col, _ in found[0].related] == [(3, 5), (5, 5)]
    assert (
        positions(
            "PC214",
            text.replace("jurisdiction: GB", "jurisdiction: HK").replace("name: FOS", "name: FOS (Financial Ombudsman Service)"),
        )
        == []
    )
