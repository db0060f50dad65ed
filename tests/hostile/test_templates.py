"""User templates (`render --templates DIR`) are untrusted; reference documents may be anything.

A template that reaches for Python internals is refused with a clear error (exit 3); one that
loops or allocates without bound is stopped by a time and memory limit (exit 3, within 10 s and
2 GB); plan and template text with `&`, `<` or `</w:t>` appears literally in Word. A bad
`--reference-docx` is a clear one-line error with exit 2.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from .helpers import ROOT, run_cli
from .make_cases import BASE

BUILTIN = ROOT / "templates" / "en"

_SANDBOX_FIX = (
    "plancraft/render/texts.py: no time or size limit on user templates; see the issue 7 report "
    "(a SandboxedEnvironment subclass capping `*`/`**`/range/filter arguments and the output size, "
    "a deadline checked from the render loop, MemoryError turned into a RenderError with a message)"
)


def _plan(folder: Path) -> None:
    (folder / "plan.yaml").write_text(BASE, encoding="utf-8")


def _templates(folder: Path, line: str, name: str = "labels.yaml.j2") -> None:
    (folder / "tpl" / "en").mkdir(parents=True)
    text = (BUILTIN / name).read_text(encoding="utf-8")
    (folder / "tpl" / "en" / name).write_text(text.rstrip("\n") + "\n" + line + "\n", encoding="utf-8")


def _render_with(tmp_path: Path, line: str):
    _plan(tmp_path)
    _templates(tmp_path, line)
    return run_cli("render", "--no-cache", "plan.yaml", "--templates", "tpl", "-o", "x.docx", cwd=tmp_path)


def _assert_refused(run, tmp_path: Path, *words: str) -> None:
    assert "Traceback" not in run.output, run.output[-2000:]
    assert run.code == 3, run.output[-2000:]
    errors = [line for line in run.message_lines() if line.startswith("plancraft: ")]
    assert len(errors) == 1, run.output[-2000:]
    error = errors[0]
    assert re.match(r"^plancraft: plan\.yaml: \S*labels\.yaml\.j2(?::\d+)?: ", error), error
    detail = error.split("template error:", 1)[-1].strip()
    assert len(detail) >= 10, f"the message must say what went wrong: {error!r}"
    for word in words:
        assert word in error, error
    assert not (tmp_path / "x.docx").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    "expression",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__ }}",
        "{{ lipsum.__globals__['os'] }}",
        "{{ joiner.__init__.__globals__.os.system('touch PWNED') }}",
        "{{ namespace.__init__.__globals__ }}",
        "{{ self.__dict__ }}",
        "{{ ().__class__.__base__.__subclasses__() }}",
        "{{ title.__class__.__base__ }}",
    ],
)
def test_template_reaching_python_internals_is_refused(tmp_path, expression):
    run = _render_with(tmp_path, f'x_hostile: "{expression}"')
    _assert_refused(run, tmp_path, "unsafe")
    assert not (tmp_path / "PWNED").exists()


def test_undefined_variable_is_an_error_not_an_empty_string(tmp_path):
    run = _render_with(tmp_path, 'x_hostile: "{{ no_such_variable }}"')
    _assert_refused(run, tmp_path, "no_such_variable")


def test_range_over_the_sandbox_limit_is_refused(tmp_path):
    run = _render_with(tmp_path, 'x_hostile: "{% for i in range(10**9) %}{% endfor %}"')
    _assert_refused(run, tmp_path, "range")


@pytest.mark.parametrize(
    "expression",
    [
        pytest.param("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}", id="nested-loops-1e10"),
        pytest.param("{{ 'x' * 10**8 }}", id="string-times-1e8"),
        pytest.param("{{ 'x' * 10**10 }}", id="string-times-1e10"),
        pytest.param("{{ 'x'|center(10**9) }}", id="center-1e9"),
        pytest.param("{{ range(99999)|join('x' * 99999) }}", id="join-1e10"),
        pytest.param("{{ [1] * 10**9 }}", id="list-times-1e9"),
    ],
)
def test_unbounded_template_is_stopped_with_a_clear_error(tmp_path, expression):
    run = _render_with(tmp_path, f'x_hostile: "{expression}"')  # run_cli fails past 10 s
    _assert_refused(run, tmp_path, "limit")


def test_template_text_with_xml_characters_appears_literally(tmp_path):
    import docx

    _plan(tmp_path)
    _templates(tmp_path, "", name="sections.yaml.j2")
    sections = tmp_path / "tpl" / "en" / "sections.yaml.j2"
    text = sections.read_text(encoding="utf-8")
    text = re.sub(r"^purpose:.*$", 'purpose: "Aims & <ends> </w:t><w:t>x ]]>"', text, count=1, flags=re.M)
    sections.write_text(text, encoding="utf-8")
    run = run_cli("render", "--no-cache", "plan.yaml", "--templates", "tpl", "-o", "x.docx", cwd=tmp_path)
    assert run.code == 0, run.output
    document = docx.Document(str(tmp_path / "x.docx"))
    assert any("Aims & <ends> </w:t><w:t>x ]]>" in p.text for p in document.paragraphs)


# --------------------------------------------------------------------------- --reference-docx

_REFERENCE_FIX = (
    "plancraft/render/emit.py open_base(): a reference document that cannot be read is the user's input "
    "(exit 2), not a render failure (3): raise RenderError with exit_code = exitcodes.USAGE; check "
    "zipfile.is_zipfile and the parts' total uncompressed size (e.g. > 64 MB or ratio > 200) before "
    "Document(); say 'is not a Word .docx file' instead of python-docx's 'Package not found'"
)


def _docx_bytes() -> bytes:
    from ruamel.yaml import YAML

    from plancraft.render import render_docx

    return render_docx(YAML(typ="safe").load(BASE))


def _dotx(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            part = source.read(name)
            if name == "[Content_Types].xml":
                part = part.replace(b"wordprocessingml.document.main+xml", b"wordprocessingml.template.main+xml")
            target.writestr(name, part)
    return out.getvalue()


def _zip_bomb(data: bytes) -> bytes:
    """word/styles.xml inflating to 600 MB (from under 1 MB on disk)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            if name != "word/styles.xml":
                target.writestr(name, source.read(name))
                continue
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            with target.open(info, "w", force_zip64=True) as part:
                head = source.read(name)
                cut = head.index(b">", head.index(b"<w:styles")) + 1
                part.write(head[:cut])
                chunk = b" " * (1 << 20)
                for _ in range(600):
                    part.write(chunk)
                part.write(head[cut:])
    return out.getvalue()


REFERENCES = {
    "text-file.docx": lambda d: b"This is not a Word file.\n",
    "truncated.docx": lambda d: d[: len(d) // 2],
    "template.dotx": _dotx,
    "zip-bomb-part.docx": _zip_bomb,
    "empty.docx": lambda d: b"",
}


@pytest.mark.parametrize("name", sorted(REFERENCES))
def test_bad_reference_docx_is_a_clear_usage_error(tmp_path, name):
    _plan(tmp_path)
    (tmp_path / name).write_bytes(REFERENCES[name](_docx_bytes()))
    run = run_cli("render", "--no-cache", "plan.yaml", "--reference-docx", name, "-o", "x.docx", cwd=tmp_path)
    assert "Traceback" not in run.output, run.output[-2000:]
    errors = [line for line in run.message_lines() if line.startswith("plancraft: ")]
    assert len(errors) == 1 and name in errors[0], run.output
    assert not (tmp_path / "x.docx").exists()
    assert run.code == 2, run.output


def test_missing_reference_docx(tmp_path):
    _plan(tmp_path)
    run = run_cli("render", "--no-cache", "plan.yaml", "--reference-docx", "nope.docx", "-o", "x.docx", cwd=tmp_path)
    assert run.code == 2, run.output
    lines = run.message_lines()
    assert len(lines) == 1 and "nope.docx" in lines[0], run.output
    assert not (tmp_path / "x.docx").exists()
