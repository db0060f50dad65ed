"""Final documents and controlled copies (issue 5): only from a current approval, verifiable later."""

import csv
import hashlib
import json
import zipfile

from click.testing import CliRunner

from plancraft.cli import main
from plancraft.render import read_embedded_properties
from plancraft.signoff import digest
from plancraft.loader import load
from tests.test_signoff import run, signed_copy


def document_text(path) -> str:
    with zipfile.ZipFile(path) as docx:
        return "".join(docx.read(n).decode("utf-8") for n in docx.namelist() if n.startswith("word/"))


def test_final_document_has_no_draft_marks_and_carries_the_approval(tmp_path):
    plan = signed_copy(tmp_path)
    out = tmp_path / "final.docx"
    result = run("render", plan, "--final", "-o", out)
    assert result.exit_code == 0, result.output
    text = document_text(out)
    assert "草稿" not in text
    assert "王强" in text and ("2024-09-15" in text or "2024年9月15日" in text)
    short = digest(load(plan).data)[len("sha256:") :][:12]
    assert short in text
    properties = read_embedded_properties(out.read_bytes())
    assert properties["plancraft.digest"] == digest(load(plan).data)
    assert run("verify", plan, out).exit_code == 0


def test_draft_render_is_marked(tmp_path):
    plan = signed_copy(tmp_path, steps=("prepared",))
    out = tmp_path / "draft.docx"
    assert run("render", plan, "-o", out).exit_code == 0
    assert "草稿" in document_text(out)


def test_final_is_refused_without_a_current_approval(tmp_path):
    plan = signed_copy(tmp_path, steps=("prepared", "reviewed"))
    out = tmp_path / "final.docx"
    result = run("render", plan, "--final", "-o", out)
    assert result.exit_code == 1 and "no `approved` sign-off" in result.output
    assert not out.exists()


def test_controlled_copies_and_register(tmp_path):
    plan = signed_copy(tmp_path)
    folder = tmp_path / "copies"
    result = run("render", plan, "--final", "--copies", "-o", folder)
    assert result.exit_code == 0, result.output
    data = load(plan).data
    expected = sum(entry["copies"] for entry in data["distribution"])
    documents = sorted(folder.glob("*.docx"))
    assert len(documents) == expected
    # Excel on a Chinese Windows reads UTF-8 only with a byte order mark
    assert (folder / "register.csv").read_bytes().startswith(b"\xef\xbb\xbfrecipient,copy,")
    rows = list(csv.DictReader((folder / "register.csv").open(encoding="utf-8-sig")))
    assert [int(r["copy"]) for r in rows] == list(range(1, expected + 1))
    assert rows[0]["recipient"] == data["distribution"][0]["to"]
    for row in rows:
        content = (folder / row["file"]).read_bytes()
        assert hashlib.sha256(content).hexdigest() == row["sha256"]
        assert row["plan_digest"] == digest(data)
        text = document_text(folder / row["file"])
        assert f"受控副本 第 {row['copy']} 号" in text or f"第{row['copy']}号" in text
        assert row["recipient"] in text
    assert json.loads((folder / "register.json").read_text(encoding="utf-8")) == [dict(r, copy=int(r["copy"])) for r in rows]
    # byte-identical on re-run
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert run("render", plan, "--final", "--copies", "-o", folder).exit_code == 0
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_raising_the_vip_cap_after_approval_is_caught_everywhere(tmp_path):
    plan = signed_copy(tmp_path)
    old_docx = tmp_path / "final.docx"
    assert run("render", plan, "--final", "-o", old_docx).exit_code == 0
    plan.write_text(plan.read_text(encoding="utf-8").replace("max: 10000", "max: 20000"), encoding="utf-8")

    verify = run("verify", plan, old_docx)
    assert verify.exit_code == 1
    assert "STALE" in verify.output and f"{old_docx}: stale" in verify.output

    lint = CliRunner().invoke(main, ["lint", "--no-cache", str(plan)])
    assert lint.exit_code == 1 and "PC604 error" in lint.output

    final = run("render", plan, "--final", "-o", tmp_path / "again.docx")
    assert final.exit_code == 1 and "stale" in final.output
    assert not (tmp_path / "again.docx").exists()


def test_copies_need_final_and_an_output_folder(tmp_path):
    plan = signed_copy(tmp_path)
    assert run("render", plan, "--copies", "-o", tmp_path).exit_code == 2
    assert run("render", plan, "--final", "--copies").exit_code == 2


def test_render_refuses_a_plan_that_fails_the_schema(tmp_path):
    from tests.conftest import FIXTURES

    out = tmp_path / "x.docx"
    result = run("render", FIXTURES / "six-errors.yaml", "-o", out)
    assert result.exit_code == 1
    assert result.output.count("PC002 error") == 6
    assert "does not pass the schema check; nothing was rendered" in result.output
    assert not out.exists()


def test_lint_findings_are_printed_but_do_not_block_a_draft(tmp_path):
    from tests.conftest import FIXTURES

    out = tmp_path / "x.docx"
    result = run("render", FIXTURES / "lint-done-when.yaml", "-o", out)
    assert result.exit_code == 0, result.output
    assert "PC301 error" in result.output and out.exists()


def test_render_and_sign_report_an_unusable_config_in_one_line(tmp_path):
    from tests.test_signoff import EXAMPLE

    (tmp_path / "plancraft.toml").write_text('select = ["PC999"]\n', encoding="utf-8")
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(EXAMPLE.read_bytes())
    for args in (
        ("render", plan, "-o", tmp_path / "x.docx"),
        ("sign", plan, "--step", "prepared", "--name", "李明", "--role", "office-head"),
    ):
        result = run(*args)
        assert result.exit_code == 2, result.output
        assert isinstance(result.exception, SystemExit)  # a message, not a traceback
        assert "`PC999` names no rule" in result.output
    assert not (tmp_path / "x.docx").exists()


def test_one_copy_is_counted_in_the_singular(tmp_path):
    import shutil

    from tests.test_signoff import EXAMPLE

    plan = tmp_path / "plan.yaml"
    shutil.copy(EXAMPLE, plan)
    text = plan.read_text(encoding="utf-8")
    start = text.index("\ndistribution:")
    end = text.index("\n\n", start + 1) if "\n\n" in text[start + 1 :] else len(text)
    plan.write_text(text[:start] + "\ndistribution:\n  - to: 综合部\n    copies: 1\n" + text[end:], encoding="utf-8")
    for step, name, role, date in (
        ("prepared", "李明", "office-head", "2024-09-10"),
        ("reviewed", "张华", "compliance-head", "2024-09-12"),
        ("approved", "王强", "president", "2024-09-15"),
    ):
        assert run("sign", plan, "--step", step, "--name", name, "--role", role, "--date", date).exit_code == 0
    result = run("render", plan, "--final", "--copies", "-o", tmp_path / "copies")
    assert result.exit_code == 0, result.output
    assert "wrote 1 controlled copy and the register" in result.output
