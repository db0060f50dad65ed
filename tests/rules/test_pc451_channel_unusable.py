from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: p
channels:
  - {name: 客服热线, kind: phone, contact: "95566", hours: 24h}
  - {name: 医患沟通办公室, kind: branch, hours: 工作日8:00-17:30}
  - {name: 网上投诉, kind: online, contact: https://example.cn/complaints}
  - {name: 媒体, kind: media}
"""

FAILING = """\
document:
  id: p
channels:
  - name: 电话投诉
    kind: phone
    contact: "0564-6018053"
  - {name: 线上投诉, kind: online}
  - {name: 现场, kind: branch}
  - {name: 电话, kind: phone}
"""


def test_passing():
    assert positions("PC451", PASSING) == []


def test_failing_is_one_finding_at_channels_listing_each():
    found = rule_findings("PC451", FAILING)
    assert [(line, col) for line, col, _ in found] == [(3, 1)]
    message = found[0][2]
    assert message.startswith("4 channels cannot be used as written")
    assert "1 (电话投诉, phone): when it is open (`hours`)" in message
    assert "2 (线上投诉, online): its number, address or link (`contact`)" in message
    assert "3 (现场, branch): when it is open (`hours`)" in message
    assert "4 (电话, phone): its number, address or link (`contact`) or when it is open (`hours`)" in message
