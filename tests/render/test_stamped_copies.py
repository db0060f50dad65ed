"""Controlled copies by stamping (issue 20 part 3, issue 13 part 6): the document is rendered once and
each copy's marks stamped into it; every copy is byte-identical to a full render of that copy, and
verify and the register keep working."""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile

import pytest
from click.testing import CliRunner

from plancraft import publish
from plancraft.cli import main
from plancraft.render.options import ControlledCopy, RenderOptions
from plancraft.render.stamp import PLACEHOLDER, CopyStamper
from plancraft.signoff import copies
from tests.safety.test_copies import signed

HOSTILE = "distribution:\n" + "".join(
    f"  - to: {to}\n    copies: {n}\n"
    for to, n in (("各营业网点", 3), ("'R&D <lab> \"A\" > B'", 1), ("Branch Office No. 918", 2), ("综合部", 1))
)
IRREGULAR = (
    'distribution:\n  - to: "  padded  "\n    copies: 1\n  - to: "tab\\tinside"\n    copies: 1\n  - to: 综合部\n    copies: 1\n'
)


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def _full(checked, copy):
    return publish.render_bytes(checked, RenderOptions(final=True, copy=ControlledCopy(copy.number, copy.recipient)))


def _texts(docx: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("word/"))


@pytest.mark.parametrize("distribution", [HOSTILE, IRREGULAR], ids=["escaped", "irregular"])
def test_every_stamped_copy_is_the_full_render_of_that_copy(tmp_path, distribution):
    plan = signed(tmp_path, distribution)
    checked = publish.check_for_render(plan, use_cache=False)
    stamper = publish.copy_stamper(checked, RenderOptions(final=True))
    assert stamper is not None and stamper.usable
    stamped = 0
    for copy in copies(checked.plan.data):
        marks = ControlledCopy(copy.number, copy.recipient)
        full = _full(checked, copy)
        if stamper.fits(marks):
            assert stamper.stamp(marks) == full, copy
            stamped += 1
        assert str(PLACEHOLDER.number) not in _texts(full)
    assert stamped == (7 if distribution == HOSTILE else 1)  # padded and tab recipients are rendered in full


def test_copies_written_by_stamping_verify_and_match_the_register(tmp_path):
    plan = signed(tmp_path, HOSTILE)
    folder = tmp_path / "copies"
    result = run("render", plan, "--final", "--copies", "-o", folder, "--no-cache")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader((folder / "register.csv").open(encoding="utf-8-sig")))
    assert [int(r["copy"]) for r in rows] == list(range(1, 8))
    checked = publish.check_for_render(plan, use_cache=False)
    for row, copy in zip(rows, copies(checked.plan.data)):
        content = (folder / row["file"]).read_bytes()
        assert hashlib.sha256(content).hexdigest() == row["sha256"]
        assert content == _full(checked, copy)
        text = _texts(content)
        assert f"第{row['copy']}号" in text
        assert row["recipient"].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in text
        assert "\ue000" not in text and str(PLACEHOLDER.number) not in text
        verify = run("verify", plan, folder / row["file"])
        assert verify.exit_code == 0, verify.output


def test_user_templates_and_reference_documents_are_never_stamped(tmp_path):
    plan = signed(tmp_path, HOSTILE)
    checked = publish.check_for_render(plan, use_cache=False)
    assert publish.copy_stamper(checked, RenderOptions(final=True, templates_dir=tmp_path)) is None
    assert publish.copy_stamper(checked, RenderOptions(final=True, reference_docx=tmp_path / "ref.docx")) is None


def test_a_plan_containing_a_placeholder_is_rendered_in_full(tmp_path):
    plan = signed(tmp_path, "distribution:\n  - to: 各营业网点\n    copies: 2\n")
    plan.write_text(plan.read_text(encoding="utf-8") + f"# {PLACEHOLDER.number}\n", encoding="utf-8")
    checked = publish.check_for_render(plan, use_cache=False)
    assert publish.copy_stamper(checked, RenderOptions(final=True)) is None


def test_a_placeholder_left_in_another_part_makes_the_stamper_unusable():
    docx = io.BytesIO()
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="http://schemas.openxmlformats.org/'
            f'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{PLACEHOLDER.number}</w:t></w:r></w:p>'
            f"</w:body></w:document>",
        )
        z.writestr("docProps/core.xml", str(PLACEHOLDER.number))
    assert not CopyStamper(docx.getvalue()).usable


@pytest.mark.parametrize("final", [False, True], ids=["draft", "final"])
@pytest.mark.parametrize("distribution", [HOSTILE], ids=["zh"])
def test_contents_pages_written_into_a_render_are_that_render_with_pages(tmp_path, distribution, final):
    from plancraft.render.stamp import with_contents_pages

    plan = signed(tmp_path, distribution)
    checked = publish.check_for_render(plan, use_cache=False)
    without = publish.render_bytes(checked, RenderOptions(final=final))
    count = _texts(without).count("PAGEREF _Toc")
    pages = [3 + n // 2 for n in range(count)]
    expected = publish.render_bytes(checked, RenderOptions(final=final, toc_pages=pages))
    assert with_contents_pages(without, pages) == expected
    assert with_contents_pages(without, pages[:-1]) is None  # not one number per entry: render again
    verify = run("verify", plan, _written(tmp_path / "with-pages.docx", with_contents_pages(without, pages)))
    assert verify.exit_code == 0, verify.output


def test_contents_pages_of_an_english_copy(tmp_path):
    from plancraft.render import render_docx
    from plancraft.render.stamp import with_contents_pages
    from tests.render.helpers import EXAMPLES, load_plan

    data = load_plan(EXAMPLES / "bank-branch.en.yaml")
    options = RenderOptions(digest="sha256:" + "ab" * 32, copy=ControlledCopy(4, "Head office"))
    without = render_docx(data, options)
    pages = [2 + n for n in range(_texts(without).count("PAGEREF _Toc"))]
    from dataclasses import replace

    assert with_contents_pages(without, pages) == render_docx(data, replace(options, toc_pages=pages))


def _written(path, content):
    path.write_bytes(content)
    return path


def test_body_texts_are_what_an_xml_parser_reads(en_docx, zh_docx):
    from xml.etree import ElementTree

    from plancraft.render.xml import W_NS, body_texts

    for docx in (en_docx, zh_docx):
        with zipfile.ZipFile(io.BytesIO(docx)) as z:
            document = z.read("word/document.xml")
        body = ElementTree.fromstring(document).find(f"{{{W_NS}}}body")
        assert body_texts(document) == [node.text or "" for node in body.iter(f"{{{W_NS}}}t")]
    sample = (
        b"<w:body><w:p><w:r><w:t>a &amp; b &lt;c&gt; &#13;&#x41;</w:t></w:r><w:r><w:t/></w:r>"
        b'<w:r><w:t xml:space="preserve"> x </w:t></w:r><w:r><w:tab/></w:r></w:p></w:body>'
    )
    assert body_texts(sample) == ["a & b <c> \rA", "", " x "]
