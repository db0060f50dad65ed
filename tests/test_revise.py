"""`plancraft revise`: a new version keeps the old approvals in `history`; `sign` never signs over an approval."""

import pytest

from plancraft.loader import load, load_bytes
from plancraft.revise import RevisionError, revise
from plancraft.signoff import digest
from plancraft.versions import is_version, next_version, parse
from tests.conftest import PLANS
from tests.signing import run, sign_all

EXAMPLE = PLANS / "examples" / "bank-branch.zh.yaml"


@pytest.fixture
def approved(tmp_path):
    """The example, version 1.1 effective 2027-01-10, approved on 2027-01-05."""
    plan = tmp_path / "plan.yaml"
    text = EXAMPLE.read_text(encoding="utf-8").replace("  effective: 2027-01-01 ", "  effective: 2027-01-10 ")
    plan.write_text(text, encoding="utf-8")
    sign_all(plan, ("2027-01-02", "2027-01-03", "2027-01-05"))
    assert run("fmt", plan).exit_code == 0  # approvals where the format puts them
    return plan


def test_versions_compare_number_by_number():
    assert parse("1.10") > parse("1.9")
    assert parse("1.0") == parse("1") and parse("V2.1") == (2, 1)
    assert next_version("1.9") == "1.10" and next_version("2") == "2.1" and next_version("x") == "1.1"


def test_signing_a_changed_approved_plan_is_refused_and_names_revise(approved):
    approved.write_text(approved.read_text(encoding="utf-8").replace("max: 10000", "max: 20000"), encoding="utf-8")
    before = approved.read_bytes()
    result = run("sign", approved, "--step", "prepared", "--name", "李明", "--role", "office-head")
    assert result.exit_code == 1
    assert (
        f"{approved}: not signed: version 1.1 was approved by 王强 on 2027-01-05 and its text or sign-offs changed since"
        in result.output
    )
    assert f'`plancraft revise {approved} --version 1.2 --summary "what changed"`' in result.output
    assert approved.read_bytes() == before


def test_signing_again_an_unchanged_approved_plan_is_refused(approved):
    result = run("sign", approved, "--step", "approved", "--name", "赵六", "--role", "president")
    assert result.exit_code == 1
    assert "version 1.1 is already approved (by 王强 on 2027-01-05)" in result.output
    assert "plancraft revise" in result.output


def test_revise_moves_the_approvals_into_history_and_keeps_every_other_line(approved):
    before_text = approved.read_text(encoding="utf-8")
    old = load(approved).data
    result = run(
        "revise", approved, "--version", "1.2", "--summary", "提高限额", "--date", "2027-03-01", "--effective", "2027-04-01"
    )
    assert result.exit_code == 0, result.output
    assert f"{approved}: now version 1.2, a draft" in result.output
    data = load(approved).data
    assert data["document"]["version"] == "1.2" and data["document"]["effective"] == "2027-04-01"
    assert data["revisions"][-1] == {"version": "1.2", "date": "2027-03-01", "changes": "提高限额"}
    assert data["approvals"] == []
    assert data["history"] == [
        {"version": "1.1", "effective": "2027-01-10", "digest": digest(old), "approvals": old["approvals"]}
    ]
    after_text = approved.read_text(encoding="utf-8")
    assert "  effective: 2027-04-01              # 施行日期须晚于最终批准日期\n" in after_text  # comment kept
    block = before_text.split("\napprovals:\n")[1].split("\n\n")[0]
    changed = {
        '  version: "1.1"',
        "  effective: 2027-01-10              # 施行日期须晚于最终批准日期",
        "approvals:",
        *block.splitlines(),
    }
    kept = iter(after_text.splitlines())
    assert all(line in kept for line in before_text.splitlines() if line not in changed)  # in order, comments too
    assert run("fmt", "--check", approved).exit_code == 0  # history sits where fmt puts it
    assert run("validate", approved).exit_code == 0


def test_revise_then_three_signatures(approved):
    assert (
        run(
            "revise", approved, "--version", "1.2", "--summary", "提高限额", "--date", "2027-03-01", "--effective", "2027-04-01"
        ).exit_code
        == 0
    )
    sign_all(approved, ("2027-03-02", "2027-03-03", "2027-03-05"))
    result = run("verify", approved)
    assert result.exit_code == 0, result.output
    data = load(approved).data
    assert [a["name"] for a in data["history"][0]["approvals"]] == ["李明", "张华", "王强"]
    assert [a["date"] for a in data["approvals"]] == ["2027-03-02", "2027-03-03", "2027-03-05"]


def test_a_second_revision_appends_to_history(approved):
    assert (
        run(
            "revise", approved, "--version", "1.2", "--summary", "一", "--date", "2027-03-01", "--effective", "2027-04-01"
        ).exit_code
        == 0
    )
    sign_all(approved, ("2027-03-02", "2027-03-03", "2027-03-05"))
    assert run("revise", approved, "--version", "1.10", "--summary", "二", "--date", "2027-06-01").exit_code == 0
    data = load(approved).data
    assert [h["version"] for h in data["history"]] == ["1.1", "1.2"]
    assert data["history"][1]["effective"] == "2027-04-01"
    assert "effective" not in data["document"]  # the new version's date is not known yet
    assert [r["version"] for r in data["revisions"]][-2:] == ["1.2", "1.10"]


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ("--version", "1.1", "--summary", "x"),
            "version 1.1 is not greater than the current version 1.1; use e.g. --version 1.2",
        ),
        (("--version", "1.0.9", "--summary", "x"), "version 1.0.9 is not greater than the current version 1.1"),
        (("--version", "1.2a", "--summary", "x"), "--version `1.2a` is not a dotted version number"),
        (("--version", "1.2", "--summary", " "), "--summary is empty"),
        (("--version", "1.2", "--summary", "x", "--date", "2027-02-30"), "--date `2027-02-30` is not a date"),
        (
            ("--version", "1.2", "--summary", "x", "--date", "2027-03-01", "--effective", "2027-02-01"),
            "--effective 2027-02-01 is before the revision date 2027-03-01",
        ),
    ],
)
def test_refusals_leave_the_file_alone(approved, args, message):
    before = approved.read_bytes()
    result = run("revise", approved, *args)
    assert result.exit_code == 2, result.output  # a bad argument is a usage error (product.md)
    assert f"{approved}: not revised: {message}" in result.output
    assert approved.read_bytes() == before


def test_revise_a_missing_file_is_a_usage_error(tmp_path):
    result = run("revise", tmp_path / "nope.yaml", "--version", "2", "--summary", "x")
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_revise_an_unsigned_draft_records_no_history():
    text = EXAMPLE.read_text(encoding="utf-8")
    new = revise(load_bytes(text.encode(), "p.yaml"), version="1.2", summary="草稿修订", date="2027-02-01")
    data = load_bytes(new.encode(), "p.yaml").data
    assert "history" not in data and "approvals" not in data
    assert data["document"]["version"] == "1.2"


def test_flow_style_items_get_a_flow_row_and_crlf_stays_crlf():
    text = (
        "plancraft: 1\r\ndocument:\r\n  id: p\r\n  title: 预案\r\n  language: zh-CN\r\n  version: '1.0'\r\n"
        "revisions:\r\n  - {version: '1.0', date: 2025-01-01, changes: 首次发布}  # first\r\n"
    )
    new = revise(load_bytes(text.encode(), "p.yaml"), version="1.1", summary="改", date="2025-06-01")
    assert new.endswith(
        "  - {version: '1.0', date: 2025-01-01, changes: 首次发布}  # first\r\n"
        '  - {version: "1.1", date: 2025-06-01, changes: 改}\r\n'
    )
    assert '  version: "1.1"\r\n' in new and "\n" not in new.replace("\r\n", "")


def test_flow_style_document_is_refused_with_advice():
    text = "plancraft: 1\ndocument: {id: p, title: 预案, language: zh-CN, version: '1.0'}\n"
    with pytest.raises(RevisionError, match="written on one line"):
        revise(load_bytes(text.encode(), "p.yaml"), version="1.1", summary="改", date="2025-06-01")


def test_summary_with_yaml_specials_round_trips():
    text = "plancraft: 1\ndocument:\n  id: p\n  title: 预案\n  language: zh-CN\n  version: '1.0'\n"
    summary = 'cap: 10,000 → 20,000 # "VIP" & - yes'
    new = revise(load_bytes(text.encode(), "p.yaml"), version="1.1", summary=summary, date="2025-06-01")
    assert load_bytes(new.encode(), "p.yaml").data["revisions"] == [{"version": "1.1", "date": "2025-06-01", "changes": summary}]


def test_revising_a_changed_approved_plan_keeps_the_approvals_without_a_digest(approved):
    old = load(approved).data
    approved.write_text(approved.read_text(encoding="utf-8").replace("max: 10000", "max: 20000"), encoding="utf-8")
    assert run("revise", approved, "--version", "1.2", "--summary", "提高限额", "--date", "2027-03-01").exit_code == 0
    entry = load(approved).data["history"][0]
    # the approved text is no longer in the file, so its content digest is not known from it; the
    # approvals are kept exactly and still chain from the old digest (which documents carry)
    assert "digest" not in entry and entry["approvals"] == old["approvals"]
    from plancraft.history import bound_to

    assert bound_to(digest(old), entry["approvals"]) and not bound_to(digest(load(approved).data), entry["approvals"])


def test_diff_names_the_version_moved_into_history(approved, tmp_path):
    before = tmp_path / "before.yaml"
    before.write_bytes(approved.read_bytes())
    assert run("revise", approved, "--version", "1.2", "--summary", "提高限额", "--date", "2027-03-01").exit_code == 0
    result = run("diff", before, approved)
    assert result.exit_code == 1
    assert "+ 新增审批历史「1.1」" in result.output
    assert "~ 文件信息版本：1.1 → 1.2" in result.output and "+ 新增修订记录「1.2」" in result.output


def test_every_shipped_plan_can_be_revised_and_keeps_its_other_lines():
    import difflib

    from plancraft.versions import next_version

    touched = ("version:", "effective:")
    for path in sorted(PLANS.glob("**/*.yaml")):
        plan = load(path)
        current = plan.data["document"].get("version")
        if current is not None and not is_version(current):
            # a transcription keeps the source's own words (version: "2025年修订版"): revise asks for a dotted one first
            with pytest.raises(RevisionError, match="is not a dotted version number; correct it first"):
                revise(plan, version="1.0", summary="测试", date="2030-01-01")
            continue
        if current is None and plan.data.get("approvals"):
            # a transcription of a signed plan that states no version (发布令 signed, no 版本): revise asks for the
            # signed version first, as test_an_unversioned_signed_plan_needs_its_version_first says
            with pytest.raises(RevisionError, match="document.version is not set"):
                revise(plan, version="1.0", summary="测试", date="2030-01-01")
            continue
        new = revise(plan, version=next_version(current) if current else "1.0", summary="测试", date="2030-01-01")
        old_lines, new_lines = plan.text.splitlines(), new.splitlines()
        matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
        removed = [
            line for tag, i1, i2, _, _ in matcher.get_opcodes() if tag in ("replace", "delete") for line in old_lines[i1:i2]
        ]
        # a signed plan's approvals move into `history` with the version they approved (the module's design): a line
        # removed is a touched one, or one whose content stands again in the new text
        kept = {line.split("#")[0].strip() for line in new_lines}
        moved = ("approvals:",)
        assert all(any(key in line for key in touched + moved) or line.split("#")[0].strip() in kept for line in removed), (
            path,
            removed,
        )
        assert load_bytes(new.encode(), "new").data["document"]["version"] == (next_version(current) if current else "1.0")


def test_an_unversioned_signed_plan_needs_its_version_first():
    text = (
        "plancraft: 1\ndocument:\n  id: p\n  title: 预案\n  language: zh-CN\n"
        "approvals:\n  - {step: prepared, name: 张三, role: office-head, date: 2025-01-10}\n"
    )
    with pytest.raises(RevisionError, match="document.version is not set, so the signed version cannot be recorded"):
        revise(load_bytes(text.encode(), "p.yaml"), version="1.1", summary="改", date="2025-06-01")


def test_the_comments_of_the_approvals_go_with_them_into_history():
    text = (
        'plancraft: 1\ndocument:\n  id: p\n  title: 预案\n  version: "1.0"\n  language: zh-CN\n'
        "approvals:\n"
        "  - step: prepared\n    name: 张三\n    role: office-head\n    date: 2025-01-10   # 纸质稿上手签\n"
        "  # 审核人由办公室主任代签\n"
        "  - step: approved\n    name: 李四\n    role: president\n    date: 2025-01-12\n"
    )
    first = revise(load_bytes(text.encode(), "p.yaml"), version="1.1", summary="改", date="2025-06-01")
    assert (
        'history:\n  - version: "1.0"\n    approvals:\n      - step: prepared\n        name: 张三\n'
        "        role: office-head\n        date: 2025-01-10   # 纸质稿上手签\n      # 审核人由办公室主任代签\n"
        "      - step: approved\n"
    ) in first
    signed = first.replace(
        "approvals: []", "approvals:\n  - step: approved  # 第二版\n    name: 王五\n    role: president\n    date: 2025-06-10"
    )
    second = revise(load_bytes(signed.encode(), "p.yaml"), version="1.2", summary="再改", date="2025-07-01")
    assert "# 纸质稿上手签" in second and "# 审核人由办公室主任代签" in second  # the first entry's lines stay
    assert '  - version: "1.1"\n    approvals:\n      - step: approved  # 第二版\n' in second
    assert [e["version"] for e in load_bytes(second.encode(), "p.yaml").data["history"]] == ["1.0", "1.1"]


def test_a_history_written_as_a_flow_list_is_written_afresh():
    text = (
        'plancraft: 1\ndocument:\n  id: p\n  title: 预案\n  version: "1.1"\n  language: zh-CN\n'
        "approvals:\n  - step: approved\n    name: 李四\n    role: president\n    date: 2025-06-10\n"
        'history: [{version: "1.0", approvals: [{step: approved, name: 张三, role: president, date: 2025-01-12}]}]\n'
    )
    revised = revise(load_bytes(text.encode(), "p.yaml"), version="1.2", summary="改", date="2025-07-01")
    history = load_bytes(revised.encode(), "p.yaml").data["history"]
    assert [e["version"] for e in history] == ["1.0", "1.1"]
    assert [a["name"] for a in history[1]["approvals"]] == ["李四"]
