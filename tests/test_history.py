"""`plancraft history`, verify across versions, `render --final` needs an effective date, and the
issue's done-when scenario end to end (#17)."""

import io
import json
import shutil
import subprocess

import docx as python_docx
import pytest

from plancraft.loader import load
from tests.conftest import PLANS
from tests.signing import run, sign_all

EXAMPLE = PLANS / "examples" / "bank-branch.zh.yaml"


def git(folder, *args):
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=folder, check=True, capture_output=True
    )


@pytest.fixture
def two_versions(tmp_path):
    """Version 1.1 (effective 2027-01-10) approved, rendered and committed; then changed, refused,
    revised to 1.2 (effective 2027-04-01), signed three times and committed."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        EXAMPLE.read_text(encoding="utf-8").replace("  effective: 2027-01-01 ", "  effective: 2027-01-10 "), encoding="utf-8"
    )
    git(tmp_path, "init", "-q")
    sign_all(plan, ("2027-01-02", "2027-01-03", "2027-01-05"))
    assert run("render", plan, "--final", "-o", tmp_path / "v1.1.docx").exit_code == 0
    git(tmp_path, "add", "plan.yaml")
    git(tmp_path, "commit", "-q", "-m", "1.1 approved")
    plan.write_text(plan.read_text(encoding="utf-8").replace("max: 10000", "max: 20000"), encoding="utf-8")
    refused = run("sign", plan, "--step", "prepared", "--name", "李明", "--role", "office-head", "--date", "2027-03-02")
    assert refused.exit_code == 1
    assert f'`plancraft revise {plan} --version 1.2 --summary "what changed"`' in refused.output
    revised = run(
        "revise", plan, "--version", "1.2", "--summary", "提高贵宾限额", "--date", "2027-03-01", "--effective", "2027-04-01"
    )
    assert revised.exit_code == 0, revised.output
    sign_all(plan, ("2027-03-02", "2027-03-03", "2027-03-05"))
    git(tmp_path, "commit", "-q", "-am", "1.2 approved")
    return plan


def test_done_when_the_plan_file_alone_says_who_approved_every_version_and_which_was_in_force(two_versions):
    plan = two_versions
    # the plan file alone: copy it away from the repository and the documents
    alone = plan.parent / "alone"
    alone.mkdir()
    shutil.copy(plan, alone / "plan.yaml")
    result = run("history", alone / "plan.yaml", "--as-of", "2027-03-31")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "version 1.1  effective 2027-01-10  in force; superseded by 1.2 on 2027-04-01" in lines
    assert "  approved  王强 (president) 2027-01-05" in lines
    assert "version 1.2  effective 2027-04-01  not yet in force (takes effect 2027-04-01)" in lines
    assert "  prepared  李明 (office-head) 2027-03-02" in lines
    assert lines[-1] == "In force on 2027-03-31: version 1.1, approved by 王强 on 2027-01-05, effective 2027-01-10"
    for day, expected in (("2027-01-09", None), ("2027-01-10", "1.1"), ("2027-04-01", "1.2"), ("2030-01-01", "1.2")):
        answer = json.loads(run("history", alone / "plan.yaml", "--as-of", day, "--format", "json").output)
        assert answer["in_force"] == expected, day
    answer = json.loads(run("history", alone / "plan.yaml", "--as-of", "2027-05-01", "--format", "json").output)
    assert [(v["version"], v["state"], [a["name"] for a in v["approvals"]]) for v in answer["versions"]] == [
        ("1.1", "superseded", ["李明", "张华", "王强"]),
        ("1.2", "in force", ["李明", "张华", "王强"]),
    ]


def test_done_when_the_old_document_is_recognised_as_superseded(two_versions):
    result = run("verify", two_versions, two_versions.parent / "v1.1.docx")
    assert result.exit_code == 1
    assert (
        "v1.1.docx: superseded: this document is version 1.1 (approved by 王强 on 2027-01-05), superseded by 1.2 on 2027-04-01"
    ) in result.output
    assert result.output.count(": current") == 3  # the plan's own sign-offs are fine
    new = two_versions.parent / "v1.2.docx"
    assert run("render", two_versions, "--final", "-o", new).exit_code == 0
    assert run("verify", two_versions, new).exit_code == 0


def test_document_control_page_lists_every_approved_version(two_versions):
    out = two_versions.parent / "v1.2.docx"
    assert run("render", two_versions, "--final", "-o", out).exit_code == 0
    document = python_docx.Document(io.BytesIO(out.read_bytes()))
    paragraphs = [p.text for p in document.paragraphs]
    assert "版本历史" in paragraphs
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "版本" and len(t.columns) == 4)
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["版本", "生效日期", "审批", "被替代为"]
    assert rows[1][0] == "1.1" and rows[1][1] == "2027年1月10日" and rows[1][3] == "1.2（2027年4月1日）"
    assert "批准 王强" in rows[1][2] and "2027年1月5日" in rows[1][2]
    assert rows[2][0] == "1.2" and rows[2][3] == "—"  # the version in force: not replaced


def test_history_diff_between_versions_reads_old_texts_from_git(two_versions):
    without = run("history", two_versions, "--diff", "1.1", "1.2")
    assert without.exit_code == 2
    assert "the text of version 1.1 is not in the plan file; add --git" in without.output
    result = run("history", two_versions, "--diff", "1.1", "1.2", "--git")
    assert result.exit_code == 0, result.output
    assert "限额「紧急用款援助（贵宾客户）」上限：10,000元 → 20,000元" in result.output
    assert "审批" not in result.output  # sign-offs are not part of what the approver compares
    assert result.output.rstrip().endswith("1.1 → 1.2：共4处变化（新增1，删除0，修改3）。")


def test_history_markdown_and_unknown_version(two_versions):
    result = run("history", two_versions, "--as-of", "2027-04-01", "--format", "markdown")
    assert (
        "| 1.1 | 2027-01-10 | 李明 (office-head), 2027-01-02 | 张华 (compliance-head), 2027-01-03 | "
        "王强 (president), 2027-01-05 | superseded by 1.2 on 2027-04-01 |" in result.output
    )
    missing = run("history", two_versions, "--diff", "0.9", "1.2")
    assert missing.exit_code == 2 and "the plan has no version 0.9 (versions: 1.1, 1.2)" in missing.output


def test_history_of_a_draft_and_of_a_missing_file(tmp_path):
    result = run("history", EXAMPLE, "--as-of", "2027-01-01")
    assert result.exit_code == 0
    assert "version 1.1  effective 2027-01-01  draft (not approved)" in result.output
    assert "In force on 2027-01-01: no approved version" in result.output
    missing = run("history", tmp_path / "nope.yaml")
    assert missing.exit_code == 2 and "Traceback" not in missing.output


def test_render_final_needs_an_effective_date(tmp_path):
    plan = tmp_path / "plan.yaml"
    text = EXAMPLE.read_text(encoding="utf-8")
    plan.write_text("\n".join(line for line in text.splitlines() if not line.startswith("  effective:")) + "\n", encoding="utf-8")
    sign_all(plan, ("2027-01-02", "2027-01-03", "2027-01-05"))
    out = tmp_path / "final.docx"
    result = run("render", plan, "--final", "-o", out)
    assert result.exit_code == 1
    assert (
        f"plancraft: {plan}: cannot render a final document: it does not say when it takes effect; set "
        "document.effective to a date (YYYY-MM-DD), or to `on-approval`"
    ) in result.output
    assert not out.exists()
    lint = run("lint", plan, "--select", "PC614")
    assert "PC614 warning: the plan is approved but does not say when it takes effect" in lint.output
    assert run("render", plan, "-o", out).exit_code == 0  # a draft may go without


def test_on_approval_takes_the_approval_date(tmp_path):
    plan = tmp_path / "plan.yaml"
    text = EXAMPLE.read_text(encoding="utf-8")
    plan.write_text(text.replace("  effective: 2027-01-01 ", "  effective: on-approval "), encoding="utf-8")
    sign_all(plan, ("2027-01-02", "2027-01-03", "2027-01-05"))
    out = tmp_path / "final.docx"
    assert run("render", plan, "--final", "-o", out).exit_code == 0
    document = python_docx.Document(io.BytesIO(out.read_bytes()))
    assert any("2027年1月5日" in p.text for p in document.paragraphs)
    result = run("history", plan, "--as-of", "2027-01-05")
    assert "In force on 2027-01-05: version 1.1, approved by 王强 on 2027-01-05, effective 2027-01-05" in result.output


@pytest.mark.parametrize("lang, placeholder", [("zh-CN", "【待填写】"), ("en", "[TODO: effective date]")])
def test_starters_carry_an_effective_placeholder(tmp_path, lang, placeholder):
    plan = tmp_path / "plan.yaml"
    assert run("init", "--lang", lang, plan).exit_code == 0
    assert load(plan).data["document"]["effective"] == placeholder
    assert run("validate", plan).exit_code == 0
    lint = run("lint", plan, "--select", "PC510")
    assert f"{plan}:15:14: PC510 error" in lint.output


def test_audit_shows_the_version_in_force_and_a_revision_waiting_for_approval(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        EXAMPLE.read_text(encoding="utf-8").replace("  effective: 2027-01-01 ", "  effective: 2027-01-10 "), encoding="utf-8"
    )
    sign_all(plan, ("2027-01-02", "2027-01-03", "2027-01-05"))
    assert run("revise", plan, "--version", "1.2", "--summary", "提高限额", "--date", "2027-03-01").exit_code == 0
    result = run("audit", plan, "--as-of", "2027-04-15")
    assert result.exit_code == 1, result.output
    assert "version 1.2 revised on 2027-03-01 is not approved after 45 days; version 1.1 is still in force" in result.output
    assert (
        f"  {plan}: version 1.1 in force since 2027-01-10 (approved 2027-01-05 by 王强); version 1.2 awaiting "
        "approval since 2027-03-01 (45 days)"
    ) in result.output
    assert "1 awaiting approval" in result.output.splitlines()[0]
    within = run("audit", plan, "--as-of", "2027-04-15", "--unapproved-after", "2mo", "--format", "json")
    entry = json.loads(within.output)["plans"][0]
    assert entry["in_force"] == {"version": "1.1", "effective": "2027-01-10", "approved_on": "2027-01-05", "approved_by": "王强"}
    assert entry["awaiting_approval"] == {"version": "1.2", "since": "2027-03-01", "days": 45, "overdue": False}
    assert not any("not approved after" in reason for reason in entry["reasons"])
    markdown = run("audit", plan, "--as-of", "2027-04-15", "--format", "markdown").output
    assert "| `" in markdown and "**1.2 since 2027-03-01 (45 days)**" in markdown
    bad = run("audit", plan, "--unapproved-after", "soon")
    assert bad.exit_code == 2 and "--unapproved-after `soon` is not a duration" in bad.output


def test_revise_finds_the_approved_text_in_git_and_verify_checks_the_history(two_versions):
    entry = load(two_versions).data["history"][0]
    committed = subprocess.run(
        ["git", "show", "HEAD~1:plan.yaml"], cwd=two_versions.parent, capture_output=True, check=True
    ).stdout
    from plancraft.loader import load_bytes
    from plancraft.signoff import digest

    assert entry["digest"] == digest(load_bytes(committed, "old").data)  # recorded although the file had changed
    result = run("verify", two_versions)
    assert result.exit_code == 0, result.output
    assert "  history   1.1, approved by 王强 on 2027-01-05: approvals match its approved text" in result.output
    lines = two_versions.read_text(encoding="utf-8").splitlines()
    index = max(i for i, line in enumerate(lines) if line.strip() == "name: 王强")  # the last: in history
    lines[index] = lines[index].replace("王强", "赵六")
    two_versions.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tampered = run("verify", two_versions)
    assert tampered.exit_code == 1
    assert "  history   1.1, approved by 赵六 on 2027-01-05: NOT BOUND (the history was edited" in tampered.output
    lint = run("lint", two_versions, "--select", "PC615")
    assert "PC615 error: the approvals of version 1.1 do not match its digest" in lint.output


def test_audit_page_names_the_version_in_force_and_the_one_waiting(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        EXAMPLE.read_text(encoding="utf-8").replace("  effective: 2027-01-01 ", "  effective: 2027-01-10 "), encoding="utf-8"
    )
    sign_all(plan, ("2027-01-02", "2027-01-03", "2027-01-05"))
    assert run("revise", plan, "--version", "1.2", "--summary", "提高限额", "--date", "2027-03-01").exit_code == 0
    page = run("audit", plan, "--as-of", "2027-04-15", "--format", "html").output
    assert '<span class="file">version 1.2</span><br><span class="file">in force: 1.1</span>' in page
    assert '<span class="late">awaiting approval since 2027-03-01</span>' in page
