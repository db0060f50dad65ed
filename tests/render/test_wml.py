"""The text writer (render.wml on the fixed parts of render.base) makes the document python-docx makes
(render.emit), byte for byte: the same paragraphs, runs, styles, tables, numbering, sections, headers,
footers, fields, bookmarks, properties and embedded plan, in Chinese and English, draft, final,
controlled copy and with contents page numbers, with user templates and with a reference document.
The fixed parts are built once and kept (in memory and in the render cache); a render that finds them
imports neither python-docx nor lxml."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from plancraft.render import base
from plancraft.render.build import render
from plancraft.render.layout import EN, ZH
from plancraft.render.options import ControlledCopy, RenderOptions
from plancraft.resources import templates_dir

from .helpers import EXAMPLES, FIXTURES, load_plan

PLANS = Path(__file__).resolve().parents[2] / "plans"
CASES = [
    EXAMPLES / "bank-branch.zh.yaml",
    EXAMPLES / "bank-branch.en.yaml",
    FIXTURES / "water-utility.zh.yaml",
    PLANS / "seed" / "02-liangping-branch.yaml",
]
DIGEST = "0123456789abcdef" * 4
VARIANTS = {
    "draft": RenderOptions(),
    "final": RenderOptions(final=True, approvals_current=True, digest=DIGEST),
    "copy": RenderOptions(final=True, approvals_current=True, digest=DIGEST, copy=ControlledCopy(7, 'Büro "A" & <综合部>')),
    "page numbers": RenderOptions(toc_pages=list(range(3, 300))),
}


def _parts(docx: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        return {name: z.read(name) for name in z.namelist()}


def _same(data: dict, options: RenderOptions) -> bytes:
    """Both writers on the same plan and options: the same bytes (a part that differs is named)."""
    built = render(data, options, writer="python-docx")
    written = render(data, options)
    if written != built:
        old, new = _parts(built), _parts(written)
        assert sorted(new) == sorted(old)
        different = [name for name in old if old[name] != new[name]]
        name = different[0]
        at = next(i for i, (a, b) in enumerate(zip(old[name], new[name])) if a != b)
        raise AssertionError(f"{name} differs at byte {at}: {old[name][at - 80 : at + 80]!r} / {new[name][at - 80 : at + 80]!r}")
    return written


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("plan", CASES, ids=lambda p: p.stem)
def test_the_text_writer_makes_the_document_python_docx_makes(plan, variant):
    data = load_plan(plan) if plan.exists() else pytest.skip(f"{plan} is not in this checkout")
    _same(data, VARIANTS[variant])


def test_text_that_needs_escaping_tabs_breaks_and_edge_spaces(tmp_path):
    data = load_plan(EXAMPLES / "bank-branch.en.yaml")
    data["document"]["title"] = ' Plan <for> "A" & B\'s\tbranch\nsecond line\r '
    data["document"]["number"] = "No. <1>\t&"
    data["purpose"] = "  leading and trailing spaces  \n\nand a paragraph with \u3000 ideographic space\u3000"
    _same(data, VARIANTS["copy"])
    _same(data, VARIANTS["draft"])


@pytest.mark.parametrize("bad", ["\x01", "\ufffe", "a\x0bb"])
def test_text_xml_cannot_hold_fails_as_python_docx_fails(bad):
    data = load_plan(EXAMPLES / "bank-branch.en.yaml")
    data["purpose"] = f"text {bad}"
    with pytest.raises(ValueError) as built:
        render(data, RenderOptions(), writer="python-docx")
    with pytest.raises(ValueError) as written:
        render(data, RenderOptions())
    assert str(written.value) == str(built.value)


def test_with_user_templates(tmp_path):
    templates = tmp_path / "templates"
    shutil.copytree(templates_dir() / "zh-CN", templates / "zh-CN")
    labels = templates / "zh-CN" / "labels.yaml.j2"
    text = labels.read_text(encoding="utf-8")
    assert "草稿" in text
    labels.write_text(text.replace("草稿", "征求意见稿 <&>", 1), encoding="utf-8")
    data = load_plan(EXAMPLES / "bank-branch.zh.yaml")
    for options in VARIANTS.values():
        from dataclasses import replace

        _same(data, replace(options, templates_dir=templates))


@pytest.mark.filterwarnings("ignore:Duplicate name")  # a plancraft document as reference brings its own plan part
@pytest.mark.parametrize("reference", ["python-docx", "plancraft"])
def test_with_a_reference_document(tmp_path, reference):
    import docx

    path = tmp_path / "reference.docx"
    if reference == "python-docx":
        docx.Document().save(path)
    else:
        path.write_bytes(render(load_plan(EXAMPLES / "bank-branch.zh.yaml"), RenderOptions()))
    from dataclasses import replace

    for plan in CASES[:2]:
        for options in VARIANTS.values():
            _same(load_plan(plan), replace(options, reference_docx=path))


def test_the_fixed_parts_are_kept_and_a_damaged_entry_is_rebuilt(tmp_path, monkeypatch):
    from plancraft import publish

    monkeypatch.setattr(base, "_MEMORY", {})
    token = base.kept_in.set(publish.base_store(tmp_path))
    try:
        first = base.base_for(ZH, None, toc_dirty=True)
        (entry,) = (tmp_path / "renders" / publish.BASES_FOLDER).glob("??/*.json")
        base._MEMORY.clear()
        assert base.base_for(ZH, None, toc_dirty=True) == first  # read back from the cache
        stored = json.loads(entry.read_text(encoding="utf-8"))
        stored["base"]["style_ids"] = {"Title": 3}
        entry.write_text(json.dumps(stored), encoding="utf-8")
        base._MEMORY.clear()
        assert base.base_for(ZH, None, toc_dirty=True) == first  # rebuilt
        assert base.base_for(EN, None, toc_dirty=True) != first  # another layout, another base
        assert base.base_for(ZH, None, toc_dirty=False) != first  # the contents numbered, no updateFields
    finally:
        base.kept_in.reset(token)


# `plancraft render` in one process (the quick path without the command's second process, which would
# build the document where this process cannot see what it imports)
PROBE = """
import sys
from plancraft.console import quick
assert quick(sys.argv[1:]) == 0
print(sorted({name.split(".")[0] for name in sys.modules} & {"docx", "lxml"}))
"""


def test_a_render_with_the_fixed_parts_kept_imports_neither_python_docx_nor_lxml(tmp_path):
    plan = tmp_path / "plan.yaml"
    shutil.copyfile(EXAMPLES / "bank-branch.zh.yaml", plan)
    env = {**os.environ, "PLANCRAFT_NO_LAYOUT": "1"}

    def imported(text: str) -> str:
        plan.write_text(text, encoding="utf-8")
        result = subprocess.run(
            [sys.executable, "-c", PROBE, "render", "plan.yaml", "-o", "plan.docx"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip().splitlines()[-1]

    source = plan.read_text(encoding="utf-8")
    assert imported(source) == "['docx', 'lxml']"  # the first render builds the fixed parts
    edited = source.replace("title: ", "title: 新", 1)
    assert imported(edited) == "[]"  # another document, the same fixed parts
    assert zipfile.ZipFile(tmp_path / "plan.docx").testzip() is None
