from tests.conftest import positions, rule_findings

HEAD = "document: {id: p, title: 行风投诉处理流程, type: complaint-procedure, language: zh-CN}\n"

PASSING = (
    HEAD
    + """\
time_limits:
  - {id: reply, what: 向投诉人做出答复, within: 30wd}
  - {id: window, what: 投诉人申请复核, within: 90d, party: customer}
  - {id: archive, what: 投诉材料归档, within: 90d}
"""
)

FAILING = (
    HEAD
    + """\
time_limits:
  - {id: reply, what: 行风投诉查明原因并向投诉人做出答复, within: 30wd}
  - {id: other, what: 其他医疗质量投诉查明原因并向投诉人做出答复, within: 60wd}
"""
)


def test_passing():
    assert positions("PC354", PASSING) == []


def test_failing_points_at_the_within():
    found = rule_findings("PC354", FAILING)
    assert [(line, col) for line, col, _ in found] == [(4, 54)]
    assert found[0][2].startswith("time limit `other` (其他医疗质量投诉查明原因并向投诉人做出答复) allows 60wd (about 84 days)")


def test_the_option_and_a_statutory_plan():
    assert positions("PC354", FAILING, **{"longest-decision-period": "90d"}) == []
    bank = FAILING.replace("行风投诉处理流程", "某银行投诉处理流程")  # 投诉办法: PC304's business
    assert positions("PC354", bank) == []


def test_a_plan_whose_own_sector_statute_sets_the_outer_limit_is_left_to_that_statute():
    # an NHS trust in England answers under S.I. 2009/309: "no statute sets one" does not hold there; a GB
    # council or a Chinese hospital (no statute plancraft knows of) is still judged
    def plan(jurisdiction, publication, language="en"):
        return f"""\
document:
  id: p
  title: Complaints
  type: complaint-procedure
  language: {language}
  jurisdiction: {jurisdiction}
  source: {{publication: {publication}}}
time_limits:
  - {{id: level-3, what: Level 3 response, within: 60wd}}
"""

    assert positions("PC354", plan("GB", "cornwallft.nhs.uk, Patient Advice and Liaison Service")) == []
    assert positions("PC354", plan("GB", "Adult social care complaints, a county council")) == []
    council = rule_findings("PC354", plan("GB", "A district council's housing complaints page"))
    assert [(line, col) for line, col, _ in council] == [(9, 51)]
    assert "allows 60wd (about 84 days) to answer the complaint" in council[0][2]
    chinese = rule_findings("PC354", plan("CN", "某医院 NHS 合作项目", "zh-CN"))  # the English statute is GB's only
    assert [(line, col) for line, col, _ in chinese] == [(9, 51)]


def test_a_petitions_plan_answers_under_its_own_regulation():
    # 信访工作条例 governs how long a 信访事项 may take: not "no statute sets one"; a 行风投诉 plan is still judged
    petition = FAILING.replace("行风投诉处理流程", "信访事项办理流程")
    assert positions("PC354", petition) == []
    assert [(line, col) for line, col, _ in rule_findings("PC354", FAILING)] == [(4, 54)]
