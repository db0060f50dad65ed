"""Sign-off: digests ignore layout, `sign` rewrites only the approvals, `verify` catches changes."""

import shutil

from click.testing import CliRunner

from plancraft.cli import main
from plancraft.loader import load, load_bytes
from plancraft.signoff import digest
from tests.conftest import PLANS

EXAMPLE = PLANS / "examples" / "bank-branch.zh.yaml"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def signed_copy(tmp_path, steps=("prepared", "reviewed", "approved")):
    plan = tmp_path / "plan.yaml"
    shutil.copy(EXAMPLE, plan)
    people = {"prepared": ("李明", "office-head", "2024-09-10"), "reviewed": ("张华", "compliance-head", "2024-09-12"),
              "approved": ("王强", "president", "2024-09-15")}
    for step in steps:
        name, role, date = people[step]
        result = run("sign", plan, "--step", step, "--name", name, "--role", role, "--date", date)
        assert result.exit_code == 0, result.output
    return plan


def test_digest_ignores_comments_layout_and_approvals():
    text = EXAMPLE.read_text(encoding="utf-8")
    relaid = "# a new comment\n" + text.replace("\n", "\n\n", 3)
    assert digest(load_bytes(relaid.encode(), "a").data) == digest(load(EXAMPLE).data)
    changed = text.replace("max: 10000", "max: 20000")
    assert digest(load_bytes(changed.encode(), "b").data) != digest(load(EXAMPLE).data)
    assert digest(load(EXAMPLE).data).startswith("sha256:") and len(digest(load(EXAMPLE).data)) == 71


def test_sign_keeps_every_other_line_and_records_the_digest(tmp_path):
    plan = signed_copy(tmp_path)
    before = EXAMPLE.read_text(encoding="utf-8").splitlines()
    after = plan.read_text(encoding="utf-8").splitlines()
    assert after[: len(before)] == before  # comments and layout of the rest untouched
    data = load(plan).data
    assert [a["step"] for a in data["approvals"]] == ["prepared", "reviewed", "approved"]
    assert {a["digest"] for a in data["approvals"]} == {digest(data)}
    result = run("verify", plan)
    assert result.exit_code == 0, result.output
    assert result.output.count(": current") == 3


def test_re_signing_a_step_replaces_it(tmp_path):
    plan = signed_copy(tmp_path, steps=("prepared",))
    assert run("sign", plan, "--step", "prepared", "--name", "赵六", "--role", "office-head",
               "--date", "2024-09-11").exit_code == 0
    approvals = load(plan).data["approvals"]
    assert [(a["step"], a["name"]) for a in approvals] == [("prepared", "赵六")]


def test_refusals_leave_the_file_alone(tmp_path):
    plan = signed_copy(tmp_path, steps=("prepared",))
    original = plan.read_bytes()
    cases = [
        (("--step", "approved", "--name", "王强", "--role", "president"), "before `reviewed`"),
        (("--step", "reviewed", "--name", "张华", "--role", "nobody"), "role `nobody` is not defined"),
        (("--step", "reviewed", "--name", "张华", "--role", "compliance-head", "--date", "2024-09-01"),
         "dates never go backwards"),
        (("--step", "reviewed", "--name", "张华", "--role", "compliance-head", "--date", "2024-02-30"),
         "is not a date"),
    ]
    for args, expected in cases:
        result = run("sign", plan, *args)
        assert result.exit_code == 1, (args, result.output)
        assert expected in result.output
        assert plan.read_bytes() == original


def test_sign_refuses_a_plan_with_lint_errors(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(EXAMPLE.read_text(encoding="utf-8").replace("lead: branch-head", "lead: nobody-here", 1),
                    encoding="utf-8")
    result = run("sign", plan, "--step", "prepared", "--name", "李明", "--role", "office-head")
    assert result.exit_code == 1
    assert "PC101" in result.output and "not signed" in result.output


def test_changing_a_cap_after_approval_makes_every_approval_stale(tmp_path):
    plan = signed_copy(tmp_path)
    plan.write_text(plan.read_text(encoding="utf-8").replace("max: 10000", "max: 20000"), encoding="utf-8")
    result = run("verify", plan)
    assert result.exit_code == 1
    assert result.output.count("STALE") == 3


def test_verify_without_approvals_fails(tmp_path):
    result = run("verify", EXAMPLE)
    assert result.exit_code == 1 and "no sign-offs recorded" in result.output
