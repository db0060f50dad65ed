"""verify checks what is in the document: an edited body, a copied digest and a zip bomb are caught."""

import io
import shutil
import zipfile

from click.testing import CliRunner

from plancraft.cli import main
from plancraft.digest import content_digest
from plancraft.loader import load
from tests.conftest import PLANS

EXAMPLE = PLANS / "examples" / "bank-branch.zh.yaml"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def rendered(tmp_path):
    plan = tmp_path / "plan.yaml"
    shutil.copy(EXAMPLE, plan)
    result = run("render", plan, "-o", tmp_path / "plan.docx")
    assert result.exit_code == 0, result.output
    return plan, tmp_path / "plan.docx"


def rezip(source, target, change):
    with zipfile.ZipFile(source) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    change(parts)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def document_line(result, docx):
    return next(line for line in result.output.splitlines() if line.startswith(str(docx)))


def test_the_rendered_document_verifies(tmp_path):
    plan, docx = rendered(tmp_path)
    result = run("verify", plan, docx)
    assert f"{docx}: current: rendered from this plan" in result.output


def test_an_edited_body_is_caught(tmp_path):
    plan, docx = rendered(tmp_path)
    edited = tmp_path / "edited.docx"

    def change(parts):
        body = parts["word/document.xml"].decode("utf-8")
        assert "10000" in body or "10,000" in body
        parts["word/document.xml"] = body.replace("10,000", "500,000").replace("10000", "500000").encode("utf-8")

    rezip(docx, edited, change)
    result = run("verify", plan, edited)
    assert result.exit_code == 1
    assert f"{edited}: altered: was changed after rendering" in result.output


def test_a_digest_copied_from_another_plan_is_caught(tmp_path):
    plan, docx = rendered(tmp_path)
    other = tmp_path / "other.yaml"
    other.write_text(plan.read_text(encoding="utf-8").replace("max: 10000", "max: 20000"), encoding="utf-8")
    forged = tmp_path / "forged.docx"
    old, new = content_digest(load(plan).data), content_digest(load(other).data)

    def change(parts):
        parts["docProps/custom.xml"] = parts["docProps/custom.xml"].replace(old.encode(), new.encode())

    rezip(docx, forged, change)
    result = run("verify", other, forged)
    assert result.exit_code == 1 and "altered" in document_line(result, forged)


def test_a_zip_bomb_is_refused_quickly(tmp_path):
    plan, _ = rendered(tmp_path)
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as handle:
            block = b"\0" * (1024 * 1024)
            for _ in range(100):
                handle.write(block)
    assert bomb.stat().st_size < 1024 * 1024
    result = run("verify", plan, bomb)  # refused from the zip directory alone (benchmarks/ measures it)
    assert result.exit_code == 2  # over a size limit: unreadable input (product.md)
    assert "zip bomb" in document_line(result, bomb)


def test_too_many_members_are_refused(tmp_path):
    plan, _ = rendered(tmp_path)
    many = tmp_path / "many.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as z:
        for n in range(2_001):
            z.writestr(f"p{n}", b"")
    many.write_bytes(buffer.getvalue())
    result = run("verify", plan, many)
    assert result.exit_code == 2 and "more than the limit of 2,000" in document_line(result, many)


def test_a_missing_or_unreadable_document_is_a_usage_error(tmp_path):
    plan, _ = rendered(tmp_path)
    text = tmp_path / "notes.docx"
    text.write_text("not a zip", encoding="utf-8")
    for document, line in (
        (tmp_path / "none.docx", f"{tmp_path / 'none.docx'}: no such file"),
        (tmp_path, f"{tmp_path}: a folder, not a .docx file"),
        (text, f"{text}: unreadable: "),
    ):
        result = run("verify", plan, document)
        assert result.exit_code == 2, result.output
        assert line in result.output
