"""`lint --fix`: input-method mistakes repaired as text edits that keep every comment; unsafe fixes only
on request; every fix checked by reading the result again."""

from __future__ import annotations

from plancraft.lint.fix import apply_fixes, find_fixes, fix_text
from plancraft.loader import load_bytes
from tests.conftest import FIXTURES

MISTAKES = (FIXTURES / "fix" / "ime-mistakes.yaml").read_text(encoding="utf-8")


def test_the_mechanical_mistakes_are_fixed_and_comments_kept():
    result = fix_text(MISTAKES, "ime-mistakes.yaml")
    after = result.after
    assert "  title: 测试预案\n" in after  # full-width colon, trailing spaces
    assert "    owner: lobby-manager      # the title where the id belongs\n" in after
    assert "        within: 10min\n" in after
    assert "    max: 5000   # cap\n" in after
    assert "    within: 3wd\n" in after
    assert "      title: 大堂经理   # the one who greets\n" in after  # a title that is a title stays
    assert after.count("#") == MISTAKES.count("#")
    data = load_bytes(after.encode(), "x.yaml").data
    assert data["limits"][0]["max"] == 5000
    assert data["scenarios"][0]["owner"] == "lobby-manager"
    kinds = sorted(f.kind for f in result.applied)
    assert kinds == sorted(["fullwidth-colon", "trailing-whitespace", "role-title", "duration", "amount", "duration"])
    assert result.skipped_unsafe == 1  # the comma inside a list of texts


def test_fixing_twice_changes_nothing_more():
    once = fix_text(MISTAKES, "x.yaml", unsafe=True).after
    assert fix_text(once, "x.yaml", unsafe=True).after == once
    assert not [f for f in find_fixes(once, "x.yaml")]


def test_a_comma_in_a_list_of_texts_is_an_unsafe_fix_and_in_a_list_of_ids_a_safe_one():
    assert "duties: [接待，引导]" in fix_text(MISTAKES, "x.yaml").after
    assert "duties: [接待, 引导]" in fix_text(MISTAKES, "x.yaml", unsafe=True).after
    ids = "levels:\n  - id: l1\n    notify: [a，b]\n"
    assert [f.safe for f in find_fixes(ids, "x.yaml")] == [True]


def test_an_ambiguous_title_is_not_fixed():
    text = MISTAKES.replace("organisation:\n  roles:\n", "organisation:\n  roles:\n    - id: other\n      title: 大堂经理\n")
    result = fix_text(text, "x.yaml")
    assert "owner: 大堂经理" in result.after
    assert "role-title" not in {f.kind for f in result.applied}


def test_half_units_are_unsafe():
    text = MISTAKES.replace("within: 10分钟", "within: 半天")
    assert "within: 半天" in fix_text(text, "x.yaml").after
    assert "within: 12h" in fix_text(text, "x.yaml", unsafe=True).after


def test_trailing_space_inside_a_block_is_part_of_the_text():
    text = "purpose: |\n  第一行  \n  第二行\nscope: x  \n"
    fixes = find_fixes(text, "x.yaml")
    assert [(f.line, f.safe) for f in fixes] == [(2, False), (4, True)]
    assert apply_fixes(text, [f for f in fixes if f.safe]) == "purpose: |\n  第一行  \n  第二行\nscope: x\n"


def test_crlf_and_quotes_are_kept():
    text = MISTAKES.replace("\n", "\r\n")
    after = fix_text(text, "x.yaml").after
    assert after.count("\r\n") == text.count("\r\n")
    assert "    within: 3wd\r\n" in after  # the quoted "3个工作日" became a plain duration


# --- through the command line ---------------------------------------------------------------------


def _lint(*args):
    from click.testing import CliRunner

    from plancraft.cli import main

    return CliRunner().invoke(main, ["--lang", "en", "lint", "--no-cache", "--output-format", "concise", *map(str, args)])


def test_lint_fix_rewrites_the_plan_keeping_comments(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(MISTAKES, encoding="utf-8")
    result = _lint(plan, "--fix")
    after = plan.read_text(encoding="utf-8")
    assert "title: 测试预案\n" in after and "within: 10min" in after and "max: 5000   # cap" in after
    assert "owner: lobby-manager      # the title where the id belongs" in after
    assert "Fixed 6 problems. 1 more with --unsafe-fixes." in result.output
    assert "PC002" not in [line.split()[1] for line in result.output.splitlines() if ":" in line and "10min" in line]


def test_lint_diff_shows_the_fixes_and_writes_nothing(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(MISTAKES, encoding="utf-8")
    result = _lint(plan, "--diff")
    assert result.exit_code == 1
    assert "-    max: 5000元   # cap\n+    max: 5000   # cap\n" in result.output
    assert "Would fix 6 problems." in result.output
    assert plan.read_text(encoding="utf-8") == MISTAKES
    clean = tmp_path / "clean.yaml"
    clean.write_bytes((FIXTURES.parent.parent / "plans" / "examples" / "bank-branch.en.yaml").read_bytes())
    assert _lint(clean, "--diff").exit_code == 0


def test_sarif_carries_the_fixes(tmp_path):
    import json

    plan = tmp_path / "plan.yaml"
    plan.write_text(MISTAKES.replace("title：测试预案   ", "title: 测试预案"), encoding="utf-8")
    result = _lint(plan, "--format", "sarif")
    results = json.loads(result.output)["runs"][0]["results"]
    fixed = {
        r["locations"][0]["physicalLocation"]["region"]["startLine"]: r["fixes"][0]["artifactChanges"][0]["replacements"][0]
        for r in results
        if "fixes" in r
    }
    assert fixed[17] == {
        "deletedRegion": {"startLine": 17, "startColumn": 17, "endLine": 17, "endColumn": 21},
        "insertedContent": {"text": "10min"},
    }
    assert fixed[21]["insertedContent"] == {"text": "5000"}
    schema_file = FIXTURES.parent.parent.parent / "shared" / "data" / "sarif-schema-2.1.0.json"
    if schema_file.is_file():  # the official schema lives in ../shared/data
        import jsonschema

        schema = json.loads(schema_file.read_text(encoding="utf-8"))
        validator = jsonschema.validators.validator_for(schema)(schema)
        assert not list(validator.iter_errors(json.loads(result.output)))
