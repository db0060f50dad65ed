from tests.conftest import positions, rule_findings

PASSING = """\
document:
  id: p
accountability:
  - 因处理不当激化矛盾的，追究当事人责任
"""

FAILING = """\
plancraft: 1
document:
  id: p
"""


def test_passing():
    assert positions("PC412", PASSING) == []


def test_failing_points_at_document():
    found = rule_findings("PC412", FAILING)
    assert [(line, col) for line, col, _ in found] == [(2, 1)]
    assert "the plan says nothing about accountability" in found[0][2]


def test_an_empty_section_points_at_its_key():
    assert positions("PC412", "document:\n  id: p\naccountability: []\n") == [(3, 1)]


# absent2 (#14, held-out misses): accountability that names no failure of handling.


def test_accountability_for_attendance_only_is_reported_once():
    text = """\
accountability:
  - 每半年对院领导、陪同人员出勤率、办事效率、执行情况进行统计和考核
  - 情节严重给予解聘,触犯法律的,移交司法部门依法处理
"""
    found = rule_findings("PC412", text)
    assert [(line, col) for line, col, _ in found] == [(1, 1)]
    assert "names no failure of complaint handling" in found[0][2]
    assert "每半年对院领导、陪同人员出勤率" in found[0][2]


def test_english_accountability_for_leaks_only():
    text = "accountability:\n  - Staff who disclose a complainant's personal data face disciplinary action\n"
    assert positions("PC412", text) == [(1, 1)]


def test_a_handling_failure_or_a_breach_satisfies_it():
    for item in (
        "严禁推诿、久拖不决,因此扩大损失的,追究直接当事人责任",
        "超过时限久拖不决的,予以问责",
        "违反本制度的,按规定追究责任",
        "Complaints left unresolved past their deadline lead to the responsible manager being held to account",
        "Any breach of this procedure is a disciplinary matter",
    ):
        assert positions("PC412", f"accountability:\n  - {item}\n") == [], item


def test_a_time_not_kept_in_other_words_satisfies_it():
    # "do not meet the response times", "miss a target", "outside the timescales", 未在规定时限内
    for item in (
        "Managers who do not meet the response times explain why to the Head of Customer Experience",
        "Staff who miss a response target twice in a quarter are retrained",
        "Complaints answered outside the timescales are reported to the Board with the reasons",
        "未在规定时限内答复投诉人的,对经办人员予以通报批评",
        "Failures to meet the customer update times are reviewed at the debrief and reported to the Board",
    ):
        assert positions("PC412", f"accountability:\n  - {item}\n") == [], item
    # meeting a standard of conduct, or attendance, is no failure of handling
    assert positions("PC412", "accountability:\n  - Staff are expected to meet our standards of conduct\n") == [(1, 1)]
