from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: xx-branch
  issuer: 示例银行梁平支行
organisation:
  roles:
    - {id: office-head, title: 办公室主任, holder: 综合部经理}
    - {id: guard, title: XXL号保安服, holder: 接待员, x-note: TODO}
scenarios:
  - id: s1
    title: 耐心等待，待岗培训
"""

FAILING = """\
document:
  issuer: "**银行**分行"
organisation:
  roles:
    - id: office-head
      title: 办公室主任
      holder: 【待补充】
    - id: guard
      title: ××支行保安
      holder: "***"
scenarios:
  - id: s1
    title: 联系XX客户经理
    key_points: TODO 补充要点，时限待定
"""


def test_passing():
    assert positions("PC510", PASSING) == []


def test_failing_points_at_each_scalar():
    found = rule_findings("PC510", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 11), (7, 15), (9, 14), (10, 15), (13, 12), (14, 17)]
    messages = [message for _, _, message in found]
    assert messages[0].startswith("placeholder `**` left in the text (“**银行**分行”)")
    assert "`【待补充】`" in messages[1]
    assert "`××`" in messages[2]
    assert "`***`" in messages[3]
    assert "`XX`" in messages[4]
    assert messages[5].startswith("placeholders `TODO`, `待定`")


def test_configured_patterns():
    text = """\
    organisation:
      roles:
        - {id: office-head, title: 办公室主任, holder: 行长, duties: [接待某某客户]}
    """
    assert positions("PC510", text) == []  # in prose 某某 is an example unless asked for
    found = rule_findings("PC510", text, **{"placeholder-patterns": ["某某", "[unclosed"]})
    assert [(line, col) for line, col, _ in found] == [(3, 60)]
    assert "`某某`" in found[0][2]


NAMES = """\
document:
  id: p
  title: 某某银行客户投诉应急预案
  issuer: 某某银行某某支行
organisation:
  roles:
    - {id: president, title: 行长, holder: 张某}
    - {id: office-head, title: 办公室主任, holder: 李某某、王某}
    - {id: lobby, title: 大堂经理, holder: 大堂经理, duties: [接待某某客户, 张某投诉时记录]}
  groups:
    - {id: g, name: 某某支行投诉处理小组, leader: president}
annexes:
  - title: 投诉登记表
    text: 填写示例：投诉人张某，某某支行
"""


def test_some_one_in_a_name_is_a_placeholder_in_prose_an_example():
    found = rule_findings("PC510", NAMES)
    assert [(line, col) for line, col, _ in found] == [(3, 10), (4, 11), (7, 42), (8, 47), (11, 21)]
    messages = [message for _, _, message in found]
    assert messages[1].startswith("placeholder `某某` left in the text (“某某银行某某支行”)")
    assert messages[2].startswith("placeholder `张某` left in the text (“张某”)")
    assert messages[3].startswith("placeholders `某某`, `王某` left in the text")


def test_more_placeholder_forms():
    text = """\
accountability:
  - 凡未及时处理投诉案件的,处罚金X元
  - "落款日期: XX年XX月XX日"
  - "[insert the name of the complaints manager]"
  - 联系电话:【】
  - "Phone: ______"
  - "[TODO] add the address"
  - 发现X光片丢失的,立即报告       # X光 is an X-ray, not a blank
"""
    found = rule_findings("PC510", text)
    assert [(line, col) for line, col, _ in found] == [(2, 5), (3, 5), (4, 5), (5, 5), (6, 5), (7, 5)]
    assert "`X`" in found[0][2] and "`XX`" in found[1][2]
    assert "`[insert the name of the complaints manager]`" in found[2][2]
    assert "`【】`" in found[3][2] and "`______`" in found[4][2] and "`[TODO]`" in found[5][2]


def test_the_labelled_blanks_of_an_annexed_form_are_its_fields():
    # a form the complainant fills in leaves its fields blank; the same blank in the plan's own text, or an
    # unlabelled blank or ××× in an annex, is still a placeholder
    text = """\
document:
  issuer: 示例景区管理处
purpose: "联系电话:________"
annexes:
  - title: 投诉表
    text: "投诉人:________ 联系方式:________ 投诉对象:________(景区/商家名称)"
  - title: Complaint form
    text: "Name: ________  Phone: ________  What happened: ____________"
  - title: 通讯录
    text: "值班电话 ________,负责人×××"
"""
    found = rule_findings("PC510", text)
    assert [(line, col) for line, col, _ in found] == [(3, 10), (10, 11)]
    assert "`________`" in found[0][2]
    assert "值班电话 ________" in found[1][2]


def test_the_address_a_plan_was_found_at_is_not_its_text():
    # a source address as published (…/xx/…, a query ?ref=XX12) is where the transcription came from; the same
    # XX in the publication's name or the plan's own words is still a placeholder
    text = """\
document:
  id: p
  source: {publication: XX银行官网, address: "http://www.xx.gov.cn/xx/2024/xx_123.html?ref=XX12", date: 2024-01-01}
"""
    found = rule_findings("PC510", text)
    assert [(line, col) for line, col, _ in found] == [(3, 25)]


def test_a_sign_off_s_digest_key_and_signature_are_not_text():
    # base64 spells TBA or XX by chance (a signed plan once failed its next sign-off on `…wpmtSVdJPhT3TBA==`); the
    # same word in the approver's own entry is still a placeholder
    text = """\
approvals:
  - step: approved
    name: TBA
    digest: sha256:XXab
    key: ed25519:TBAxx0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
    signature: ed25519:wpmtSVdJPhT3TBA==
"""
    found = rule_findings("PC510", text)
    assert [(line, col) for line, col, _ in found] == [(3, 11)]
