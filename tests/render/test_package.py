"""Byte-identical output, embedded properties, draft marking, templates and reference documents."""

from __future__ import annotations

import copy
import io
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import plancraft
from plancraft.render import ControlledCopy, RenderError, RenderOptions, read_embedded_properties, render_docx
from plancraft.render.texts import builtin_templates_dir

from .helpers import all_text, document, part, parts

DIGEST = "sha256:" + "0123456789abcdef" * 4


def test_same_plan_same_bytes(zh_plan, zh_docx):
    assert render_docx(copy.deepcopy(zh_plan)) == zh_docx
    with zipfile.ZipFile(io.BytesIO(zh_docx)) as z:
        infos = z.infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}


def test_core_properties_from_the_plan(zh_docx):
    cp = document(zh_docx).core_properties
    assert cp.title == "客户投诉应急预案"
    assert cp.author == "农行重庆梁平支行"
    assert cp.version == "1.1"
    assert cp.created.date().isoformat() == "2024-09-19" == cp.modified.date().isoformat()
    assert "python-docx" not in part(zh_docx, "docProps/core.xml")


def test_custom_properties_round_trip(zh_plan):
    docx = render_docx(zh_plan, RenderOptions(digest=DIGEST, version="9.9.9"))
    props = read_embedded_properties(docx)
    assert {k: props[k] for k in ("plancraft.digest", "plancraft.version")} == {
        "plancraft.digest": DIGEST,
        "plancraft.version": "9.9.9",
    }
    assert sorted(props) == ["plancraft.content", "plancraft.digest", "plancraft.seal", "plancraft.version"]
    assert read_embedded_properties(render_docx(zh_plan)) == {"plancraft.version": plancraft.__version__}
    assert "docProps/custom.xml" in part(docx, "[Content_Types].xml")
    assert "custom-properties" in part(docx, "_rels/.rels")
    assert render_docx(zh_plan, RenderOptions(digest=DIGEST)) != render_docx(zh_plan)


def test_draft_on_cover_and_every_page(zh_docx):
    headers = parts(zh_docx, "word/header")
    assert len(headers) == 3  # odd, even, first (cover)
    for name, xml in headers.items():
        assert ">草稿" in xml, name
        assert 'string="草稿"' in xml and "PowerPlusWaterMarkObject" in xml, name
    assert "（草稿）" in all_text(zh_docx)


def test_final_with_current_approvals_is_not_a_draft(zh_plan):
    docx = render_docx(zh_plan, RenderOptions(final=True, approvals_current=True, digest=DIGEST))
    text = all_text(docx)
    assert "草稿" not in text and "PowerPlusWaterMarkObject" not in "".join(parts(docx, "word/header").values())
    assert "正式发布" in text
    footers = "".join(parts(docx, "word/footer").values())
    assert "校验码：0123456789ab<" in footers
    # final without current approvals stays a draft
    assert "草稿" in all_text(render_docx(zh_plan, RenderOptions(final=True, approvals_current=False)))


def test_controlled_copy(zh_plan):
    docx = render_docx(zh_plan, RenderOptions(copy=ControlledCopy(number=3, recipient="综合部")))
    text = all_text(docx)
    assert "受控副本　第3号" in text and "持有人" in text and "综合部" in text
    headers = "".join(parts(docx, "word/header").values())
    assert "受控副本　第3号" in headers and "持有人：综合部" in headers


def test_english_draft_and_copy(en_plan):
    docx = render_docx(en_plan, RenderOptions(copy=ControlledCopy(number=2, recipient="General Office")))
    headers = "".join(parts(docx, "word/header").values())
    assert "DRAFT" in headers and 'string="DRAFT"' in headers
    assert "Controlled copy No. 2" in headers and "Recipient: General Office" in headers


def _copy_templates(tmp_path: Path, lang: str = "zh-CN") -> Path:
    target = tmp_path / "templates"
    shutil.copytree(builtin_templates_dir() / lang, target / lang)
    return target


def test_template_override(zh_plan, tmp_path):
    overrides = tmp_path / "mine"
    (overrides / "zh-CN").mkdir(parents=True)
    (overrides / "zh-CN" / "annex.j2").write_text("附 件 {{ number }}\n", encoding="utf-8")
    sections = (builtin_templates_dir() / "zh-CN" / "sections.yaml.j2").read_text(encoding="utf-8")
    (overrides / "sections.yaml.j2").write_text(sections.replace("general: 总则", "general: 总　　则"), encoding="utf-8")
    sentences = (builtin_templates_dir() / "zh-CN" / "sentences.yaml.j2").read_text(encoding="utf-8")
    (overrides / "zh-CN" / "sentences.yaml.j2").write_text(
        sentences.replace("自{date}起施行。", "自{date}起执行。"), encoding="utf-8"
    )
    text = all_text(render_docx(zh_plan, RenderOptions(templates_dir=overrides)))
    assert "一、总　　则" in text and "附 件 1" in text and "本预案自2024年9月19日起执行。" in text
    assert "同一链条中的时限按先后顺序列示" in text  # untouched templates still come from plancraft


def test_template_syntax_error_names_file_and_line(zh_plan, tmp_path):
    templates = _copy_templates(tmp_path)
    path = templates / "zh-CN" / "labels.yaml.j2"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[2] = "draft: {{ 1 + }}"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(RenderError, match=r"labels\.yaml\.j2:3: template syntax error"):
        render_docx(zh_plan, RenderOptions(templates_dir=templates))


def test_template_undefined_variable_names_file_and_line(zh_plan, tmp_path):
    templates = tmp_path / "t"
    templates.mkdir()
    (templates / "annex.j2").write_text("{# a comment #}\n附件{{ number }}\n{{ no_such_thing }}\n", encoding="utf-8")
    with pytest.raises(RenderError) as err:
        render_docx(zh_plan, RenderOptions(templates_dir=templates))
    assert "annex.j2:3" in str(err.value) and "no_such_thing" in str(err.value)


def test_template_sandbox_refuses_unsafe_code(zh_plan, tmp_path):
    templates = tmp_path / "t"
    templates.mkdir()
    (templates / "annex.j2").write_text("{{ number.__class__.__mro__[1].__subclasses__() }}\n", encoding="utf-8")
    with pytest.raises(RenderError, match=r"annex\.j2:1"):
        render_docx(zh_plan, RenderOptions(templates_dir=templates))


def test_template_missing_key_and_missing_dir(zh_plan, tmp_path):
    (tmp_path / "sections.yaml.j2").write_text("general: 总则\n", encoding="utf-8")
    with pytest.raises(RenderError, match=r"sections\.yaml\.j2: entry `\w+` is missing"):
        render_docx(zh_plan, RenderOptions(templates_dir=tmp_path))
    with pytest.raises(RenderError, match="does not exist"):
        render_docx(zh_plan, RenderOptions(templates_dir=tmp_path / "nope"))


def test_reference_docx_styles_are_kept(zh_plan, tmp_path):
    import docx
    from docx.shared import Pt

    reference = docx.Document()
    reference.styles["Normal"].font.name = "Georgia"
    reference.styles["Normal"].font.size = Pt(13)
    reference.add_paragraph("organisation boilerplate that must not leak into the plan")
    path = tmp_path / "house.docx"
    reference.save(path)
    out = render_docx(zh_plan, RenderOptions(reference_docx=path))
    rendered = document(out)
    assert rendered.styles["Normal"].font.name == "Georgia"
    assert rendered.styles["Normal"].font.size == Pt(13)
    assert "boilerplate" not in all_text(out)
    assert "一、总则" in all_text(out)
    assert render_docx(zh_plan, RenderOptions(reference_docx=path)) == out


def test_bad_reference_docx(zh_plan, tmp_path):
    text_file = tmp_path / "notes.docx"
    text_file.write_text("not a zip", encoding="utf-8")
    with pytest.raises(RenderError, match="cannot be read as a .docx"):
        render_docx(zh_plan, RenderOptions(reference_docx=text_file))
    with pytest.raises(RenderError, match="does not exist"):
        render_docx(zh_plan, RenderOptions(reference_docx=tmp_path / "missing.docx"))


def test_read_embedded_properties_of_non_docx():
    with pytest.raises(RenderError):
        read_embedded_properties(b"plain text")


def test_importing_the_renderer_does_not_import_docx_or_jinja2():
    code = (
        "import sys, plancraft.render; "
        "bad = [m for m in ('docx', 'jinja2') if m in sys.modules]; "
        "sys.exit(f'imported {bad}' if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
