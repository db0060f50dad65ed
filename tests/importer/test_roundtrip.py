"""render -> import gives back the same plan; an edited or foreign document is read from its text."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest

from plancraft.importer import import_document
from plancraft.importer.compare import recovery
from plancraft.loader import load
from plancraft.render import render_docx
from tests.conftest import PLANS

EXAMPLES = sorted((PLANS / "examples").glob("*.yaml"))


@pytest.mark.parametrize("plan", EXAMPLES, ids=lambda p: p.name)
def test_render_then_import_gives_back_the_same_plan_data(plan: Path, tmp_path: Path):
    data = load(plan).data
    rendered = tmp_path / "plan.docx"
    rendered.write_bytes(render_docx(data))
    result = import_document(rendered)
    assert result.embedded
    assert result.data == data
    assert load_text(result.text, tmp_path) == data


def load_text(text: str, folder: Path) -> dict:
    path = folder / "again.yaml"
    path.write_text(text, encoding="utf-8")
    return load(path).data


def _without_embedded_plan(blob: bytes) -> bytes:
    """The same document as another tool would leave it: no plancraft part, only the text."""
    source = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "customXml/plancraft-plan.xml":
                continue
            if name.endswith(".rels") or name == "[Content_Types].xml":
                data = re.sub(rb"<(?:Relationship|Override) [^>]*plancraft-plan\.xml\"[^>]*/>", b"", data)
            target.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize("plan", EXAMPLES, ids=lambda p: p.name)
def test_rendered_text_alone_recovers_roles_levels_caps_deadlines_and_steps(plan: Path, tmp_path: Path):
    data = load(plan).data
    rendered = tmp_path / "plan.docx"
    rendered.write_bytes(_without_embedded_plan(render_docx(data)))
    result = import_document(rendered)
    assert not result.embedded
    counts = recovery(result.data, data)
    for category, (found, total) in counts.items():
        assert found == total, (category, found, total)


def test_a_document_edited_after_rendering_is_read_from_its_text(tmp_path: Path):
    data = load(PLANS / "examples" / "bank-branch.zh.yaml").data
    rendered = tmp_path / "plan.docx"
    rendered.write_bytes(render_docx(data))
    document = docx.Document(str(rendered))
    paragraph = next(p for p in document.paragraphs if "客户投诉应急预案" in p.text)
    paragraph.runs[0].text = paragraph.runs[0].text.replace("客户投诉应急预案", "客户投诉处置预案")
    document.save(str(rendered))
    from plancraft import i18n

    with i18n.language("zh-CN"):  # the report speaks the interface language
        result = import_document(rendered)
    assert not result.embedded
    assert any("改动过" in line for line in result.report)
    assert result.data["document"]["title"] == "客户投诉处置预案"


@pytest.mark.parametrize("plan", EXAMPLES, ids=lambda p: p.name)
def test_cli_render_then_import_gives_back_the_plan_as_read(plan: Path, tmp_path: Path, monkeypatch):
    """Through the commands: render gives Word the plan as a reader sees it (folded Chinese lines joined,
    plancraft.cjk), and import gives back exactly that."""
    from click.testing import CliRunner

    from plancraft.cli import main

    monkeypatch.setenv("PLANCRAFT_NO_LAYOUT", "1")
    docx_path, yaml_path = tmp_path / "plan.docx", tmp_path / "again.yaml"
    assert CliRunner().invoke(main, ["render", str(plan), "-o", str(docx_path)]).exit_code == 0
    result = CliRunner().invoke(main, ["import", str(docx_path), "-o", str(yaml_path)])
    assert result.exit_code == 0, result.output
    assert load(yaml_path).data == load(plan).readable
