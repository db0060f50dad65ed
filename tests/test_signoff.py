"""Sign-off: digests ignore layout, `sign` rewrites only the approvals, `verify` catches changes."""

import shutil

from click.testing import CliRunner

from plancraft.cli import main
from plancraft.digest import chain
from plancraft.loader import load, load_bytes
from plancraft.signoff import digest
from tests.conftest import PLANS

EXAMPLE = PLANS / "examples" / "bank-branch.zh.yaml"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def signed_copy(tmp_path, steps=("prepared", "reviewed", "approved")):
    plan = tmp_path / "plan.yaml"
    shutil.copy(EXAMPLE, plan)
    people = {
        "prepared": ("李明", "office-head", "2024-09-10"),
        "reviewed": ("张华", "compliance-head", "2024-09-12"),
        "approved": ("王强", "president", "2024-09-15"),
    }
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
    assert [a["digest"] for a in data["approvals"]] == chain(data)
    assert len({a["digest"] for a in data["approvals"]}) == 3  # each chained to the one before
    result = run("verify", plan)
    assert result.exit_code == 0, result.output
    assert result.output.count(": current") == 3


def test_re_signing_a_step_replaces_it(tmp_path):
    plan = signed_copy(tmp_path, steps=("prepared",))
    assert (
        run("sign", plan, "--step", "prepared", "--name", "赵六", "--role", "office-head", "--date", "2024-09-11").exit_code == 0
    )
    approvals = load(plan).data["approvals"]
    assert [(a["step"], a["name"]) for a in approvals] == [("prepared", "赵六")]


def test_refusals_leave_the_file_alone(tmp_path):
    plan = signed_copy(tmp_path, steps=("prepared",))
    original = plan.read_bytes()
    cases = [
        # the plan's state refuses it (exit 1); what was typed cannot be used: a usage error (exit 2)
        (("--step", "approved", "--name", "王强", "--role", "president"), "before `reviewed`", 1),
        (("--step", "reviewed", "--name", "张华", "--role", "nobody"), "role `nobody` is not defined", 2),
        (
            ("--step", "reviewed", "--name", "张华", "--role", "compliance-head", "--date", "2024-09-01"),
            "dates never go backwards",
            2,
        ),
        (("--step", "reviewed", "--name", "张华", "--role", "compliance-head", "--date", "2024-02-30"), "is not a date", 2),
        (("--step", "reviewed", "--name", " ", "--role", "compliance-head"), "the signer's name is empty", 2),
    ]
    for args, expected, code in cases:
        result = run("sign", plan, *args)
        assert result.exit_code == code, (args, result.output)
        assert expected in result.output
        assert plan.read_bytes() == original


def test_sign_refuses_a_plan_with_lint_errors(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(EXAMPLE.read_text(encoding="utf-8").replace("lead: branch-head", "lead: nobody-here", 1), encoding="utf-8")
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


def test_forged_approver_is_caught_by_verify_lint_and_render_final(tmp_path):
    plan = signed_copy(tmp_path)
    plan.write_text(plan.read_text(encoding="utf-8").replace("name: 王强", "name: 赵六"), encoding="utf-8")
    result = run("verify", plan)
    assert result.exit_code == 1
    assert "approved  赵六 2024-09-15: STALE" in result.output
    assert "prepared  李明 2024-09-10: current" in result.output
    lint = run("lint", "--no-cache", plan)
    assert lint.exit_code == 1 and "PC604" in lint.output
    final = run("render", plan, "--final", "-o", tmp_path / "x.docx")
    assert final.exit_code == 1 and "stale" in final.output
    assert not (tmp_path / "x.docx").exists()


def test_changing_an_earlier_sign_off_makes_the_later_ones_stale(tmp_path):
    plan = signed_copy(tmp_path)
    plan.write_text(plan.read_text(encoding="utf-8").replace("date: 2024-09-10", "date: 2024-09-09"), encoding="utf-8")
    result = run("verify", plan)
    assert result.exit_code == 1
    assert result.output.count("STALE") == 3


def test_hand_written_approved_block_with_copied_digest_is_refused(tmp_path):
    plan = signed_copy(tmp_path)
    data = load(plan).data
    approved = data["approvals"][-1]
    text = plan.read_text(encoding="utf-8")
    head = text[: text.index("approvals:")]
    forged = (
        head + "approvals:\n"
        f"  - step: approved\n    name: 王强\n    role: president\n    date: 2024-09-15\n"
        f"    digest: {digest(data)}\n"
    )
    for digest_value in (digest(data), approved["digest"]):
        plan.write_text(forged.replace(digest(data), digest_value), encoding="utf-8")
        result = run("verify", plan)
        assert result.exit_code == 1, result.output
        assert "there is no `prepared` or `reviewed` sign-off" in result.output
        lint = run("lint", "--no-cache", plan)
        assert "PC620" in lint.output and lint.exit_code == 1
        final = run("render", plan, "--final", "-o", tmp_path / "x.docx")
        assert final.exit_code == 1 and not (tmp_path / "x.docx").exists()


def test_pc604_and_pc620_cannot_be_suppressed(tmp_path):
    plan = signed_copy(tmp_path)
    text = plan.read_text(encoding="utf-8").replace("max: 10000", "max: 20000")
    text = text.replace("    digest: sha256:", "    digest: sha256:", 1)
    lines = text.splitlines()
    lines = [line + ("  # plancraft: ignore[PC604] we know" if line.lstrip().startswith("digest:") else "") for line in lines]
    plan.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "plancraft.toml").write_text('ignore = ["PC604", "PC620"]\n', encoding="utf-8")
    lint = run("lint", "--no-cache", plan)
    assert lint.exit_code == 1
    assert lint.output.count("PC604") >= 3 and "cannot be suppressed" in lint.output


def test_sign_refuses_control_characters_in_the_name(tmp_path):
    plan = signed_copy(tmp_path, steps=())
    original = plan.read_bytes()
    for name in ("王\u0085强", "王\x1b]0;x\x07强", "王\u202e强", "a\nb"):
        result = run("sign", plan, "--step", "prepared", "--name", name, "--role", "office-head")
        assert result.exit_code == 2 and "control character" in result.output, result.output
        assert plan.read_bytes() == original


def test_names_with_quotes_and_backslashes_round_trip(tmp_path):
    plan = signed_copy(tmp_path, steps=())
    for step, name in (("prepared", 'O"Brien \\ co'), ("reviewed", "yes"), ("approved", "- 12: x")):
        role = {"prepared": "office-head", "reviewed": "compliance-head", "approved": "president"}[step]
        result = run("sign", plan, "--step", step, "--name", name, "--role", role, "--date", "2024-09-15")
        assert result.exit_code == 0, result.output
    assert [a["name"] for a in load(plan).data["approvals"]] == ['O"Brien \\ co', "yes", "- 12: x"]
    assert run("verify", plan).exit_code == 0


def test_sign_offs_without_digests_are_unsigned_without_working_out_the_plan_digest(monkeypatch):
    """A draft's hand-written sign-offs (no digest) are all `unsigned`; the plan's digest, which nothing
    would be compared with, is not worked out. One digest among them and the chain is computed as before."""
    from plancraft import approval

    data = load(EXAMPLE).data
    entries = [{"step": "prepared", "name": "李明", "role": "office-head", "date": "2024-09-10"}]
    monkeypatch.setattr(approval, "chain", lambda _data: (_ for _ in ()).throw(AssertionError("digest worked out")))
    assert approval.approval_states({**data, "approvals": entries}) == ["unsigned"]
    assert approval.approval_states({**data, "approvals": []}) == []
    monkeypatch.undo()
    signed = [{**entries[0], "digest": chain({**data, "approvals": entries})[0]}]
    assert approval.approval_states({**data, "approvals": signed + entries}) == ["current", "unsigned"]
