from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: p
channels:
  - {name: Complaints line, kind: phone, contact: "0161 000 0000"}
  - {name: Housing Ombudsman, kind: regulator, contact: "0300 111 3000"}
"""

FAILING = """\
document:
  id: p
channels:
  - {name: Housing Ombudsman online, kind: regulator}
  - {name: Housing Ombudsman by phone, kind: regulator, contact: "0300 111 3000"}
"""


def test_passing():
    assert positions("PC450", PASSING) == []


def test_failing_points_at_channels_key():
    found = rule_findings("PC450", FAILING)
    assert [(line, col) for line, col, _ in found] == [(3, 1)]
    assert "all 2 channels lead to outside bodies" in found[0][2]


def test_no_channels_at_all_is_left_to_pc409():
    assert positions("PC450", "document:\n  id: p\nchannels: []\n") == []
    assert positions("PC450", "document:\n  id: p\n") == []
