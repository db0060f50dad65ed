"""Plan text is data, never template source: an issuer with YAML or escapes renders as that text."""

import shutil

import docx
import pytest
from click.testing import CliRunner

from plancraft.cli import main
from tests.conftest import PLANS

EXAMPLE = PLANS / "examples" / "bank-branch.en.yaml"
# Closes the template's quoted string and adds keys with an alias bomb (1 + 9 + 81 + ... nodes).
BOMB = (
    'a"\\nx: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]'
    "\\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]"
    "\\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\\nh: [*g,*g,*g,*g,*g,*g,*g,*g,*g]"
    '\\nz: "'
)


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def with_issuer(tmp_path, issuer_yaml: str):
    plan = tmp_path / "plan.yaml"
    text = EXAMPLE.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.startswith("  issuer:"))
    lines[index] = f"  issuer: {issuer_yaml}\n"
    plan.write_text("".join(lines), encoding="utf-8")
    return plan


def issuer_templates(tmp_path):
    """An organisation's sentences template that puts the issuer inside a double-quoted YAML string."""
    folder = tmp_path / "templates" / "en"
    folder.mkdir(parents=True)
    source = (PLANS.parent / "templates" / "en" / "sentences.yaml.j2").read_text(encoding="utf-8")
    lines = [line for line in source.splitlines() if not line.startswith("interpretation:")]
    lines.append('interpretation: "{{ issuer }} is responsible for the interpretation of this plan."')
    (folder / "sentences.yaml.j2").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path / "templates"


def body_text(path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


@pytest.mark.parametrize(
    "issuer_yaml, expected",
    [
        ("'Bank \"North\" \\\\ branch'", 'Bank "North" \\\\ branch'),
        ("'x\"\\ninterpretation: injected'", 'x"\\ninterpretation: injected'),
        ('"back\\\\0slash \\\\x0b"', "back\\0slash \\x0b"),
        ("'{{ 7 * 7 }} {% raw %}'", "{{ 7 * 7 }} {% raw %}"),
    ],
)
def test_issuer_is_rendered_as_written(tmp_path, issuer_yaml, expected):
    plan = with_issuer(tmp_path, issuer_yaml)
    result = run("render", plan, "--templates", issuer_templates(tmp_path), "-o", tmp_path / "x.docx")
    assert result.exit_code == 0, result.output
    text = body_text(tmp_path / "x.docx")
    assert f"{expected} is responsible for the interpretation of this plan." in text
    assert "injected" not in text.replace(expected, "")


def test_an_alias_bomb_in_the_issuer_stays_text(tmp_path):
    plan = with_issuer(tmp_path, '"' + BOMB.replace('"', '\\"') + '"')
    result = run("render", plan, "--templates", issuer_templates(tmp_path), "-o", tmp_path / "x.docx")
    assert result.exit_code == 0, result.output
    assert "lol" in body_text(tmp_path / "x.docx")
    assert (tmp_path / "x.docx").stat().st_size < 200_000


def test_long_document_fields_are_cut_in_core_properties_and_whole_in_the_body(tmp_path):
    plan = tmp_path / "plan.yaml"
    long_title = "T" * 300
    text = EXAMPLE.read_text(encoding="utf-8")
    title_line = next(line for line in text.splitlines() if line.startswith("  title:"))
    plan.write_text(text.replace(title_line, f"  title: {long_title}", 1), encoding="utf-8")
    result = run("render", plan, "-o", tmp_path / "x.docx")
    assert result.exit_code == 0, result.output
    document = docx.Document(str(tmp_path / "x.docx"))
    assert len(document.core_properties.title) == 255
    assert long_title in body_text(tmp_path / "x.docx")


def test_any_failure_inside_render_is_one_line_exit_3(tmp_path, monkeypatch):
    import plancraft.render.build as build

    def broken(*args, **kwargs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(build, "render", broken)
    monkeypatch.chdir(tmp_path)  # a cache of its own: no document kept by another test's render
    plan = tmp_path / "plan.yaml"
    shutil.copy(EXAMPLE, plan)
    result = run("render", plan, "-o", tmp_path / "x.docx")
    assert result.exit_code == 3
    assert "rendering failed (ZeroDivisionError: boom)" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "x.docx").exists()


def test_a_template_alias_is_refused(tmp_path):
    templates = tmp_path / "templates"
    (templates / "en").mkdir(parents=True)
    source = (PLANS.parent / "templates" / "en" / "labels.yaml.j2").read_text(encoding="utf-8")
    (templates / "en" / "labels.yaml.j2").write_text(source + "\nx-anchor: &a text\nx-alias: *a\n", encoding="utf-8")
    plan = tmp_path / "plan.yaml"
    shutil.copy(EXAMPLE, plan)
    result = run("render", plan, "--templates", templates, "-o", tmp_path / "x.docx")
    assert result.exit_code == 3 and "anchor or alias" in result.output
    assert len(result.output.strip().splitlines()) >= 1 and "Traceback" not in result.output
