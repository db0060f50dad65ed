"""Optional Ed25519 signatures: `sign --key` records key and signature, `verify --trust` checks them."""

import pytest
from click.testing import CliRunner

from plancraft.cli import main
from plancraft.loader import load
from tests.test_signoff import EXAMPLE, signed_copy

serialization = pytest.importorskip("cryptography.hazmat.primitives.serialization")
ed25519 = pytest.importorskip("cryptography.hazmat.primitives.asymmetric.ed25519")

PEOPLE = {
    "prepared": ("李明", "office-head", "2024-09-10"),
    "reviewed": ("张华", "compliance-head", "2024-09-12"),
    "approved": ("王强", "president", "2024-09-15"),
}


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def make_key(path):
    key = ed25519.Ed25519PrivateKey.generate()
    path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return path


def signed_with_keys(tmp_path):
    plan = signed_copy(tmp_path, steps=())
    keys = {}
    for step, (name, role, date) in PEOPLE.items():
        keys[step] = make_key(tmp_path / f"{step}.pem")
        result = run("sign", plan, "--step", step, "--name", name, "--role", role, "--date", date, "--key", keys[step])
        assert result.exit_code == 0, result.output
    trust = tmp_path / "trusted.txt"
    trust.write_text(
        "# the officers\n" + "".join(f"{a['key']}  {a['name']}\n" for a in load(plan).data["approvals"]), encoding="utf-8"
    )
    return plan, trust


def test_signed_plan_verifies_against_trusted_keys(tmp_path):
    plan, trust = signed_with_keys(tmp_path)
    assert [sorted(a) for a in load(plan).data["approvals"]][0] == ["date", "digest", "key", "name", "role", "signature", "step"]
    assert run("lint", "--no-cache", plan).exit_code == 0
    result = run("verify", plan, "--trust", trust)
    assert result.exit_code == 0, result.output
    assert result.output.count("signature valid (key") == 3
    plain = run("verify", plan)
    assert plain.exit_code == 0 and "not checked against trusted keys" in plain.output


def test_untrusted_key_and_unsigned_steps_fail_with_trust(tmp_path):
    plan, trust = signed_with_keys(tmp_path)
    lines = trust.read_text(encoding="utf-8").splitlines()
    trust.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")  # the approver's key is not trusted
    result = run("verify", plan, "--trust", trust)
    assert result.exit_code == 1 and "key NOT TRUSTED" in result.output
    (tmp_path / "u").mkdir()
    unsigned = signed_copy(tmp_path / "u")
    result = run("verify", unsigned, "--trust", trust)
    assert result.exit_code == 1 and result.output.count("no signature") == 3


def test_a_forged_signer_with_a_recomputed_digest_fails_the_signature(tmp_path):
    plan, trust = signed_with_keys(tmp_path)
    from plancraft.digest import chain

    text = plan.read_text(encoding="utf-8").replace("name: 王强", "name: 赵六")
    forged = load(plan).data
    forged["approvals"][2]["name"] = "赵六"
    text = text.replace(load(plan).data["approvals"][2]["digest"], chain(forged)[2])  # anyone can do this
    plan.write_text(text, encoding="utf-8")
    result = run("verify", plan)
    assert "approved  赵六 2024-09-15: current" in result.output  # the digest alone cannot tell
    assert result.exit_code == 1 and "signature INVALID" in result.output
    assert run("verify", plan, "--trust", trust).exit_code == 1


def test_bad_key_files_are_usage_errors(tmp_path):
    plan = signed_copy(tmp_path, steps=())
    original = plan.read_bytes()
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a key", encoding="utf-8")
    for key in (garbage, tmp_path / "missing.pem"):
        result = run("sign", plan, "--step", "prepared", "--name", "李明", "--role", "office-head", "--key", key)
        assert result.exit_code == 2 and "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1, result.output
    assert plan.read_bytes() == original
    bad_trust = tmp_path / "trust.txt"
    bad_trust.write_text("ed25519:nope\n", encoding="utf-8")
    result = run("verify", EXAMPLE, "--trust", bad_trust)
    assert result.exit_code == 2 and "trust.txt:1: not a public key" in result.output
