"""The contents' page numbers are laid out where they are printed (`--final`, its controlled copies,
`--pdf`, `--page-numbers`; not a draft by default), once per document (issue 20 part 1): a render of a
document that was laid out before reads them from `.plancraft_cache/`, keyed by what the layout pass reads;
`--no-cache` neither reads nor writes; a forged or misplaced entry is ignored and rebuilt.

LibreOffice itself is replaced by a counting stand-in (test_toc.py runs the real one)."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from click.testing import CliRunner

import plancraft.render
from plancraft import publish
from plancraft.cli import main

from .helpers import EXAMPLES, part

ZH = EXAMPLES / "bank-branch.zh.yaml"


@pytest.fixture
def layout_calls(monkeypatch, tmp_path):
    """Every call of the layout pass, which answers page 3, 4, 5 … for the contents entries."""
    calls: list[bytes] = []

    def fake_pages(docx: bytes) -> list[int]:
        calls.append(docx)
        return [n + 3 for n in range(part(docx, "word/document.xml").count("PAGEREF _Toc"))]

    monkeypatch.setattr(plancraft.render, "toc_pages", fake_pages)
    monkeypatch.setattr(publish, "layout_available", lambda: True)
    # the page numbers' cache by itself: every render builds its document (test_output_cache.py
    # proves the cache of whole documents)
    monkeypatch.setattr(publish, "_inputs_digest", lambda *args, **kwargs: None)
    monkeypatch.chdir(tmp_path)  # the cache goes beside the configuration, or here
    return calls


def _render(plan, out, *args, page_numbers=True):
    asked = ["--page-numbers"] if page_numbers else []
    result = CliRunner().invoke(main, ["render", str(plan), "-o", str(out), *asked, *args])
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def _contents_numbers(docx: bytes) -> list[str]:
    body = part(docx, "word/document.xml")
    return re.findall(
        r'PAGEREF _Toc\d+ \\h ?</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        r"<w:r><w:t>(\d+)</w:t>",
        body,
    )


def _entries(tmp_path) -> list:
    return [
        p for p in (tmp_path / ".plancraft_cache").rglob("*.json") if "toc_pages" in json.loads(p.read_text(encoding="utf-8"))
    ]


def test_a_second_render_takes_the_page_numbers_from_the_cache(tmp_path, layout_calls):
    first = _render(ZH, tmp_path / "a.docx")
    assert len(layout_calls) == 1
    second = _render(ZH, tmp_path / "b.docx")
    assert len(layout_calls) == 1  # no second layout pass
    assert first == second
    numbers = _contents_numbers(second)
    assert len(numbers) > 10 and numbers[:3] == ["3", "4", "5"]
    assert "updateFields" not in part(second, "word/settings.xml")
    assert len(_entries(tmp_path)) == 1


def test_no_cache_lays_out_every_time_and_writes_nothing(tmp_path, layout_calls):
    first = _render(ZH, tmp_path / "a.docx", "--no-cache")
    second = _render(ZH, tmp_path / "b.docx", "--no-cache")
    assert len(layout_calls) == 2 and first == second
    assert not (tmp_path / ".plancraft_cache").exists()


def test_another_text_is_laid_out_afresh(tmp_path, layout_calls):
    _render(ZH, tmp_path / "a.docx")
    changed = tmp_path / "changed.yaml"
    changed.write_text(ZH.read_text(encoding="utf-8").replace("title: ", "title: 新", 1), encoding="utf-8")
    _render(changed, tmp_path / "b.docx")
    assert len(layout_calls) == 2
    assert len(_entries(tmp_path)) == 2


@pytest.mark.parametrize("forged", [["x"], [True], [0], "3", {"pages": [3]}, None])
def test_an_entry_of_the_wrong_shape_is_ignored_and_rebuilt(tmp_path, layout_calls, forged):
    first = _render(ZH, tmp_path / "a.docx")
    (entry,) = _entries(tmp_path)
    stored = json.loads(entry.read_text(encoding="utf-8"))
    entry.write_text(json.dumps({"key": stored["key"], "toc_pages": forged}), encoding="utf-8")
    assert _render(ZH, tmp_path / "b.docx") == first
    assert len(layout_calls) == 2
    assert json.loads(entry.read_text(encoding="utf-8")) == stored  # rebuilt


def test_an_entry_written_for_another_key_is_ignored(tmp_path, layout_calls):
    first = _render(ZH, tmp_path / "a.docx")
    (entry,) = _entries(tmp_path)
    other = tmp_path / "other.yaml"
    other.write_text(ZH.read_text(encoding="utf-8").replace("title: ", "title: 新", 1), encoding="utf-8")
    _render(other, tmp_path / "b.docx")
    (moved,) = [p for p in _entries(tmp_path) if p != entry]
    shutil.copyfile(entry, moved)  # the first document's numbers placed under the second one's key
    _render(other, tmp_path / "c.docx")
    assert len(layout_calls) == 3
    assert first != (tmp_path / "c.docx").read_bytes()


@pytest.mark.filterwarnings("ignore:Duplicate name")  # a plancraft document as reference brings its own plan part
def test_a_reference_document_that_asks_word_to_update_fields_keeps_asking(tmp_path, layout_calls, monkeypatch):
    from plancraft.render.options import RenderOptions

    monkeypatch.setattr(publish, "layout_available", lambda: False)
    reference = tmp_path / "reference.docx"
    _render(ZH, reference)  # rendered without page numbers: its settings ask Word to update fields
    assert "updateFields" in part(reference.read_bytes(), "word/settings.xml")
    monkeypatch.setattr(publish, "layout_available", lambda: True)
    laid_out = _render(ZH, tmp_path / "a.docx", "--reference-docx", str(reference))
    assert len(layout_calls) == 1
    checked = publish.check_for_render(ZH, use_cache=False)
    pages = [int(n) for n in _contents_numbers(laid_out)]
    assert laid_out == publish.render_bytes(checked, RenderOptions(reference_docx=reference, toc_pages=pages))


def test_a_draft_is_laid_out_only_when_asked(tmp_path, layout_calls):
    plain = _render(ZH, tmp_path / "a.docx", page_numbers=False)
    assert layout_calls == []  # no LibreOffice pass for a draft
    assert _contents_numbers(plain) == []
    assert "updateFields" in part(plain, "word/settings.xml")  # Word numbers the contents on opening
    assert _render(ZH, tmp_path / "b.docx", "--no-page-numbers") == plain and layout_calls == []
    numbered = _render(ZH, tmp_path / "c.docx")
    assert len(layout_calls) == 1 and _contents_numbers(numbered)[:2] == ["3", "4"]
    # the last of the two flags wins, as with any click flag
    assert _render(ZH, tmp_path / "d.docx", "--no-page-numbers", "--page-numbers", page_numbers=False) == numbered
    assert _render(ZH, tmp_path / "e.docx", "--page-numbers", "--no-page-numbers", page_numbers=False) == plain
    assert _render(ZH, tmp_path / "f.docx", page_numbers=False) == plain


def test_pdf_and_final_documents_are_laid_out_by_default(tmp_path, layout_calls, monkeypatch):
    from tests.safety.test_copies import signed

    monkeypatch.setattr(plancraft.render, "convert_to_pdf", lambda docx, pdf, **kwargs: pdf.write_bytes(b"%PDF"))
    with_pdf = _render(ZH, tmp_path / "a.docx", "--pdf", page_numbers=False)
    assert len(layout_calls) == 1 and _contents_numbers(with_pdf)
    assert (tmp_path / "a.pdf").read_bytes() == b"%PDF"
    assert _contents_numbers(_render(ZH, tmp_path / "b.docx", "--pdf", "--no-page-numbers", page_numbers=False)) == []
    plan = signed(tmp_path, "distribution:\n  - to: 各营业网点\n    copies: 2\n")
    final = _render(plan, tmp_path / "final.docx", "--final", page_numbers=False)
    assert len(layout_calls) == 2 and _contents_numbers(final)
    assert _contents_numbers(_render(plan, tmp_path / "plain.docx", "--final", "--no-page-numbers", page_numbers=False)) == []
    result = CliRunner().invoke(main, ["render", str(plan), "--final", "--copies", "-o", str(tmp_path / "copies")])
    assert result.exit_code == 0, result.output
    copies = sorted((tmp_path / "copies").glob("*.docx"))
    assert len(copies) == 2 and all(_contents_numbers(c.read_bytes()) for c in copies)
    result = CliRunner().invoke(
        main, ["render", str(plan), "--final", "--copies", "--no-page-numbers", "-o", str(tmp_path / "plain-copies")]
    )
    assert result.exit_code == 0, result.output
    copies = sorted((tmp_path / "plain-copies").glob("*.docx"))
    assert len(copies) == 2 and not any(_contents_numbers(c.read_bytes()) for c in copies)
