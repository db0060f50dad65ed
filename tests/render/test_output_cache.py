"""An unchanged render is written from the render output cache (issue 20 part 1): the same bytes as a
render, the same lines; a plan whose comments or layout changed is the same document (still linted, its
findings printed); any change of the plan's content, a render option, a template, the reference
document, the layout pass or the language renders afresh; `--no-cache` neither reads nor writes it;
damaged or forged entries are ignored; the cache keeps a bounded number of documents."""

from __future__ import annotations

import json
import os
import shutil

import pytest
from click.testing import CliRunner

import plancraft.render
from plancraft import publish
from plancraft.cli import main
from plancraft.resources import templates_dir
from tests.safety.test_copies import signed

from .helpers import EXAMPLES, part

ZH = EXAMPLES / "bank-branch.zh.yaml"


@pytest.fixture
def builds(monkeypatch, tmp_path):
    """Every document actually built (not taken from the cache), as the options it was built with."""
    calls: list = []
    real = publish._render_bytes

    def counting(checked, options, *, laid_out):
        calls.append(options)
        return real(checked, options, laid_out=laid_out)

    monkeypatch.setattr(publish, "_render_bytes", counting)
    monkeypatch.chdir(tmp_path)  # the cache goes beside the configuration, or here
    return calls


def _render(plan, out, *args):
    result = CliRunner().invoke(main, ["render", str(plan), "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    return out.read_bytes(), result.output


def _kept(tmp_path) -> list:
    return sorted((tmp_path / ".plancraft_cache" / publish.OUTPUTS_FOLDER).glob("??/*.json"))


def test_an_unchanged_render_is_the_kept_document_byte_for_byte(tmp_path, builds):
    plan = tmp_path / "plan.yaml"
    shutil.copyfile(ZH, plan)
    first, said = _render(plan, tmp_path / "a.docx")
    second, said_again = _render(plan, tmp_path / "b.docx")
    assert len(builds) == 1 and len(_kept(tmp_path)) == 1
    assert first == second
    assert said_again == said.replace("a.docx", "b.docx")  # the same findings and the same sentence
    uncached, _ = _render(plan, tmp_path / "c.docx", "--no-cache")
    assert uncached == first and len(builds) == 2


def test_an_unchanged_draft_is_written_without_even_parsing_the_plan(tmp_path, builds, monkeypatch):
    plan = tmp_path / "plan.yaml"
    shutil.copyfile(ZH, plan)
    first, said = _render(plan, tmp_path / "a.docx")

    def no_parse(*args, **kwargs):
        raise AssertionError("parsed")

    monkeypatch.setattr(publish, "load_bytes", no_parse)
    second, said_again = _render(plan, tmp_path / "b.docx")
    assert second == first and said_again == said.replace("a.docx", "b.docx") and len(builds) == 1
    # anything else (here: another configuration, so other lint findings) goes the whole way
    (tmp_path / "plancraft.toml").write_text('select = ["PC1"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["render", str(plan), "-o", str(tmp_path / "c.docx")])
    assert isinstance(result.exception, AssertionError)


def test_no_cache_neither_reads_nor_writes_the_output_cache(tmp_path, builds):
    _render(ZH, tmp_path / "a.docx", "--no-cache")
    _render(ZH, tmp_path / "b.docx", "--no-cache")
    assert len(builds) == 2
    assert not (tmp_path / ".plancraft_cache").exists()


def _templates(tmp_path, sentence):
    folder = tmp_path / "templates" / "zh-CN"
    folder.mkdir(parents=True, exist_ok=True)
    text = (templates_dir() / "zh-CN" / "sections.yaml.j2").read_text(encoding="utf-8")
    assert "总则" in text
    (folder / "sections.yaml.j2").write_text(text.replace("总则", sentence, 1), encoding="utf-8")
    return str(tmp_path / "templates")


@pytest.mark.filterwarnings("ignore:Duplicate name")  # a plancraft document as reference brings its own plan part
def test_every_input_of_the_document_is_part_of_the_key(tmp_path, builds, monkeypatch):
    plan = signed(tmp_path, "distribution:\n  - to: 各营业网点\n    copies: 2\n")
    documents = {}

    def render(label, *args, source=plan):
        before = len(builds)
        documents[label] = _render(source, tmp_path / f"{label}.docx", *args)[0]
        return len(builds) - before  # 1: built, 0: from the cache

    assert render("draft") == 1
    assert render("draft again") == 0
    # a comment: the plan's bytes differ, the document is the same (its data are)
    edited = tmp_path / "edited.yaml"
    edited.write_bytes(plan.read_bytes() + b"#\n")
    assert render("edited", source=edited) == 0
    assert render("edited again", source=edited) == 0
    assert documents["edited"] == documents["draft"]
    # one character of the plan's content
    retitled = tmp_path / "retitled.yaml"
    retitled.write_bytes(plan.read_bytes().replace("title: ".encode(), "title: 新".encode(), 1))
    assert render("retitled", source=retitled) == 1
    assert render("retitled again", source=retitled) == 0
    assert documents["retitled"] != documents["draft"]
    # an option
    assert render("final", "--final") == 1
    assert render("final again", "--final") == 0
    assert documents["final"] != documents["draft"]
    # a template: the user's templates, then one byte of one of them
    templates = _templates(tmp_path, "总体要求")
    assert render("templated", "--templates", templates) == 1
    assert render("templated again", "--templates", templates) == 0
    _templates(tmp_path, "总体原则")
    assert render("template edited", "--templates", templates) == 1
    assert documents["template edited"] != documents["templated"]
    # the reference document, then its content under the same name
    reference = tmp_path / "reference.docx"
    reference.write_bytes(documents["draft"])
    assert render("referenced", "--reference-docx", str(reference)) == 1
    assert render("referenced again", "--reference-docx", str(reference)) == 0
    reference.write_bytes(documents["final"])
    assert render("reference edited", "--reference-docx", str(reference)) == 1
    # the language of the run, and the contents laid out (page numbers) or not
    assert render("messages in Chinese", "--lang", "zh-CN") == 1
    monkeypatch.setattr(publish, "layout_available", lambda: True)
    monkeypatch.setattr(plancraft.render, "toc_pages", lambda docx: [3] * part(docx, "word/document.xml").count("PAGEREF _Toc"))
    assert render("not asked") == 0  # a draft's contents are not laid out unless asked: the same document
    assert documents["not asked"] == documents["draft"]
    assert render("laid out", "--page-numbers") == 1
    assert render("laid out again", "--page-numbers") == 0
    assert documents["laid out"] != documents["draft"]
    assert render("draft again, LibreOffice installed") == 0


def test_the_built_in_templates_plancraft_and_its_libraries_are_part_of_the_key(tmp_path, builds, monkeypatch):
    from plancraft.lint import cache

    _render(ZH, tmp_path / "a.docx")
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "another plancraft")
    _render(ZH, tmp_path / "b.docx")
    assert len(builds) == 2
    libraries = publish._libraries()
    assert any("docx" in found for found in libraries) and any("lxml" in found for found in libraries)
    monkeypatch.setattr(publish, "_libraries", lambda: libraries[:-1] + ["another ruamel.yaml"])
    _render(ZH, tmp_path / "b.docx")
    assert len(builds) == 3
    monkeypatch.setattr(publish, "_libraries", lambda: libraries)
    builtin = tmp_path / "builtin"
    shutil.copytree(templates_dir(), builtin)
    monkeypatch.setattr("plancraft.resources.templates_dir", lambda: builtin)
    _render(ZH, tmp_path / "c.docx")
    assert len(builds) == 3  # the same templates elsewhere: their content is the key, not their place
    (builtin / "en" / "annex.j2").write_text((builtin / "en" / "annex.j2").read_text(encoding="utf-8") + " ", encoding="utf-8")
    _render(ZH, tmp_path / "d.docx")
    assert len(builds) == 4


def test_controlled_copies_are_not_kept(tmp_path, builds):
    plan = signed(tmp_path, "distribution:\n  - to: 各营业网点\n    copies: 2\n")
    result = CliRunner().invoke(main, ["render", str(plan), "--final", "--copies", "-o", str(tmp_path / "copies")])
    assert result.exit_code == 0, result.output
    assert _kept(tmp_path) == []


@pytest.mark.parametrize("damage", ["bytes", "digest", "shape", "key"])
def test_a_damaged_or_forged_entry_is_ignored_and_rebuilt(tmp_path, builds, damage):
    first, _ = _render(ZH, tmp_path / "a.docx")
    (entry,) = _kept(tmp_path)
    stored = json.loads(entry.read_text(encoding="utf-8"))
    forged = json.loads(json.dumps(stored))
    if damage == "bytes":
        forged["docx"]["bytes"] = forged["docx"]["bytes"][:-8] + "AAAAAAA="
    elif damage == "digest":
        forged["docx"]["sha256"] = "0" * 64
    elif damage == "shape":
        forged["docx"] = ["not", "a", "document"]
    else:
        forged["key"] = "0" * 64
    entry.write_text(json.dumps(forged), encoding="utf-8")
    second, _ = _render(ZH, tmp_path / "b.docx")
    assert second == first and len(builds) == 2
    assert json.loads(entry.read_text(encoding="utf-8")) == stored  # rebuilt


def test_the_cache_keeps_the_most_recent_documents_only(tmp_path, monkeypatch):
    monkeypatch.setattr(publish, "OUTPUTS_KEPT", 3)
    folder = tmp_path / ".plancraft_cache"
    keys = [f"{n:02d}" * 32 for n in range(5)]
    for n, key in enumerate(keys):
        publish.keep_output(folder, key, b"document %d" % n)
        entry = folder / publish.OUTPUTS_FOLDER / key[:2] / f"{key}.json"
        os.utime(entry, ns=(n * 10**9, n * 10**9))  # written one after another
    assert [publish.cached_output(folder, key) for key in keys] == [None, None, b"document 2", b"document 3", b"document 4"]
    monkeypatch.setattr(publish, "OUTPUTS_MAX_BYTES", 10)
    publish.keep_output(folder, "ff" * 32, b"too large to keep beside the others")
    assert len(list((folder / publish.OUTPUTS_FOLDER).glob("??/*.json"))) == 0
    monkeypatch.setattr(publish, "OUTPUT_MAX_BYTES", 4)
    publish.keep_output(folder, "ee" * 32, b"larger than one document may be")
    assert publish.cached_output(folder, "ee" * 32) is None


def test_a_comment_or_layout_edit_is_linted_but_not_rebuilt(tmp_path, builds):
    """The document is made of the plan's data: comments, quoting and layout change the file, not the
    document. Lint still runs on the new bytes (suppressions live in comments): its findings are printed."""
    plan = tmp_path / "plan.yaml"
    shutil.copyfile(ZH, plan)
    first, said = _render(plan, tmp_path / "a.docx")
    codes = [line.split(": ")[1].split()[0] for line in said.splitlines() if ": PC" in line]
    assert codes, said
    line = next(line for line in said.splitlines() if ": PC" in line)
    number, code = int(line.split(":")[1]), line.split(": ")[1].split()[0]
    lines = plan.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(number - 1, f"# plancraft: ignore[{code}] accepted for this test\n")
    plan.write_text("".join(lines).replace("\n\n", "\n\n\n", 1), encoding="utf-8")
    second, said_again = _render(plan, tmp_path / "b.docx")
    assert second == first and len(builds) == 1  # the same document, not built again
    assert said_again != said.replace("a.docx", "b.docx")  # linted afresh: the finding is suppressed
    assert f": {code} " not in said_again or said_again.count(f": {code} ") < said.count(f": {code} ")
    uncached, _ = _render(plan, tmp_path / "c.docx", "--no-cache")
    assert uncached == first and len(builds) == 2


def test_the_same_text_from_other_data_is_another_document(tmp_path, builds):
    """A title folded over two lines reads the same as on one line (Chinese lines are joined without a
    space), but its data differ ("第一 版" against "第一版"), and so does the digest the document carries:
    the key is the readable text and the digest, so it is built again."""
    plan = tmp_path / "plan.yaml"
    source = ZH.read_text(encoding="utf-8")
    plan.write_text(source.replace("\n  title: ", "\n  title: >-\n    第一\n    版", 1), encoding="utf-8")
    first, _ = _render(plan, tmp_path / "a.docx")
    plan.write_text(source.replace("\n  title: ", "\n  title: 第一版", 1), encoding="utf-8")
    second, _ = _render(plan, tmp_path / "b.docx")
    assert len(builds) == 2 and second != first
    assert part(first, "word/document.xml").count("第一版") == part(second, "word/document.xml").count("第一版") > 0


def test_the_plan_file_points_at_its_document_before_it_is_parsed(tmp_path, builds, monkeypatch):
    """An unchanged file is served through its alias (renders/files/) without parsing; a forged alias
    pointing at another document is not believed blindly: the document it names must exist."""
    plan = tmp_path / "plan.yaml"
    shutil.copyfile(ZH, plan)
    _render(plan, tmp_path / "a.docx")
    aliases = sorted((tmp_path / ".plancraft_cache" / publish.OUTPUTS_FOLDER / publish.ALIASES_FOLDER).glob("??/*.json"))
    assert len(aliases) == 1 and len(_kept(tmp_path)) == 1
    alias = json.loads(aliases[0].read_text(encoding="utf-8"))
    assert alias["document"] == _kept(tmp_path)[0].stem
    alias["document"] = "0" * 64  # points nowhere
    aliases[0].write_text(json.dumps(alias), encoding="utf-8")
    again, _ = _render(plan, tmp_path / "b.docx")
    assert again == (tmp_path / "a.docx").read_bytes() and len(builds) == 1  # parsed, found by its data
    assert json.loads(aliases[0].read_text(encoding="utf-8"))["document"] == _kept(tmp_path)[0].stem  # repaired
