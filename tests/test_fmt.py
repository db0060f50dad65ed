"""plancraft fmt: golden files, idempotence, data and comment preservation, refusals, CLI exit codes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from plancraft import exitcodes
from plancraft.cli import main
from plancraft.fmt import FormatRefused, _comments, format_bytes, format_file
from plancraft.loader import load, load_bytes
from tests.conftest import bundled_plans

HERE = Path(__file__).resolve().parent / "fixtures" / "fmt"
ROOT = Path(__file__).resolve().parents[1]
CASES = sorted(p.name[: -len(".input.yaml")] for p in HERE.glob("*.input.yaml"))


BUNDLED = bundled_plans(heldout_at_most=300)
PLANS = BUNDLED + sorted((ROOT / "templates" / "init").glob("*.yaml"))


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str) -> None:
    result = format_file(HERE / f"{case}.input.yaml")
    assert result.data() == (HERE / f"{case}.expected.yaml").read_bytes()


@pytest.mark.parametrize("case", CASES)
def test_expected_is_a_fixed_point(case: str) -> None:
    expected = HERE / f"{case}.expected.yaml"
    assert not format_file(expected).changed


@pytest.mark.parametrize("case", CASES)
def test_data_and_comments_kept(case: str) -> None:
    source = HERE / f"{case}.input.yaml"
    before = load(source)
    after = load_bytes(format_file(source).data(), "out.yaml")
    assert after.data == before.data
    assert [type(v) for v in after.data.values()] == [type(before.data[k]) for k in after.data]
    texts = lambda text: sorted(t for _, t in _comments(text.replace("\r\n", "\n")))  # noqa: E731
    assert texts(after.text) == texts(before.text)


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.name)
def test_bundled_plans_idempotent_and_equal(plan: Path) -> None:
    once = format_file(plan)
    twice = format_bytes(once.data(), plan.name)
    assert not twice.changed
    assert load_bytes(once.data(), "x").data == load(plan).data


def test_starters_are_canonical() -> None:
    for starter in (ROOT / "templates" / "init").glob("*.yaml"):
        assert not format_file(starter).changed, starter.name


def test_canonical_key_order_and_layout() -> None:
    out = format_file(HERE / "comments.input.yaml").after
    top = [line.split(":")[0] for line in out.splitlines() if line[:1].isalpha()]
    assert top == ["plancraft", "document", "purpose", "scope", "principles", "organisation", "levels", "scenarios"]
    assert "document:\n  id: sample" in out
    assert "\nprinciples:\n  - title: 分级管理\n    text:" in out
    assert "\n\n\n" not in out and out.endswith("\n") and not out.endswith("\n\n")
    # the comment in front of `document` travels with it
    assert "# A comment in front of document, which moves up with it.\ndocument:" in out


def test_quotes_that_matter_are_kept() -> None:
    out = format_file(HERE / "quoted.input.yaml").after
    for kept in ('version: "1.10"', 'purpose: "no"', "scope: 'yes'", 'phone: "110"', 'number: "010"', "max: 1500.50"):
        assert kept in out


def test_crlf_stays_crlf() -> None:
    data = format_file(HERE / "crlf.input.yaml").data()
    assert data.count(b"\r\n") == data.count(b"\n")


def test_bom_kept() -> None:
    raw = b"\xef\xbb\xbf" + (HERE / "quoted.input.yaml").read_bytes()
    assert format_bytes(raw, "bom.yaml").data().startswith(b"\xef\xbb\xbfplancraft: 1\n")


def test_anchors_and_aliases_are_kept() -> None:
    text = "plancraft: 1\ndocument: {id: a, title: t, language: en}\npurpose: &p Same text.\nscope: *p\n"
    out = format_bytes(text.encode(), "a.yaml").after
    assert "&p" in out and "*p" in out


def test_reordering_moves_the_anchor_to_the_first_use_never_expands_it() -> None:
    text = "plancraft: 1\nscope: &s Text.\npurpose: *s\ndocument: {id: a, title: t, language: en}\n"
    out = format_bytes(text.encode(), "a.yaml").after
    assert "purpose: &s Text.\n" in out and "scope: *s\n" in out


def test_a_dropped_anchor_is_refused(monkeypatch) -> None:
    import plancraft.fmt as fmt

    text = "plancraft: 1\ndocument: {id: a, title: t, language: en}\npurpose: &p Same.\nscope: *p\n"
    monkeypatch.setattr(fmt, "_layout", lambda source: source.replace("&p ", "").replace("*p", "Same."))
    with pytest.raises(FormatRefused) as refused:
        format_bytes(text.encode(), "a.yaml")
    assert refused.value.diagnostic.line == 3
    assert "anchor" in refused.value.diagnostic.message


def test_a_lost_comment_is_refused_with_its_line(monkeypatch) -> None:
    import plancraft.fmt as fmt

    text = "plancraft: 1\n# keep me\ndocument: {id: a, title: t, language: en}\n"
    monkeypatch.setattr(fmt, "_layout", lambda source: source.replace("# keep me\n", ""))
    with pytest.raises(FormatRefused) as refused:
        format_bytes(text.encode(), "a.yaml")
    assert refused.value.diagnostic.line == 2
    assert "# keep me" in refused.value.diagnostic.message


def test_a_changed_value_is_refused_with_its_line(monkeypatch) -> None:
    import plancraft.fmt as fmt

    text = 'plancraft: 1\ndocument:\n  id: a\n  title: t\n  version: "1.10"\n  language: en\n'
    monkeypatch.setattr(fmt, "_layout", lambda source: source.replace('"1.10"', "1.10"))
    with pytest.raises(FormatRefused) as refused:
        format_bytes(text.encode(), "a.yaml")
    assert refused.value.diagnostic.line == 5
    assert "document.version" in refused.value.diagnostic.message


def test_a_comment_above_a_moved_top_level_key_moves_with_it() -> None:
    out = format_bytes(b"scope: x\n# about the format\nplancraft: 1\n", "a.yaml").after
    assert out == "# about the format\nplancraft: 1\n\nscope: x\n"


def test_a_file_header_set_off_by_a_blank_line_stays_at_the_top() -> None:
    text = b"# Plan header\n\n# about scope\nscope: x\n# about the format\nplancraft: 1\n"
    out = format_bytes(text, "a.yaml").after
    assert out == "# Plan header\n\n# about the format\nplancraft: 1\n\n# about scope\nscope: x\n"


def test_comments_move_with_nested_keys_and_list_items() -> None:
    text = (
        b"plancraft: 1\ndocument:\n  # about title\n  title: t\n  # about id\n  id: a\n  language: en\n"
        b"scenarios:\n  # first scenario\n  - title: x\n    # about the id\n    id: s1\n"
    )
    out = format_bytes(text, "a.yaml").after
    assert "document:\n  # about id\n  id: a\n  # about title\n  title: t\n" in out
    assert "  # first scenario\n  # about the id\n  - id: s1\n    title: x\n" in out
    assert not format_bytes(out.encode(), "a.yaml").changed


# A comment that ends a block which moves stays with the block, at its column. After a flow list (`duties: []`)
# ruamel files it with the block list around it; after a folded text (`- >-`) in the text's token: either way it was
# written at column 0 in front of the next key, away from what it is about (and moved again by the next fmt).
_ENDING_COMMENTS = [
    (
        "plancraft: 1\norganisation:\n  roles:\n    - id: a\n      title: A\n  groups:\n    - id: g\n      name: G\n"
        "      duties: []\n      # the members are not named\n\nlevels: []\n",
        ["  groups:\n    - id: g\n      name: G\n      duties: []\n      # the members are not named\n  roles:\n"],
        "\n# the members",
    ),
    (
        "plancraft: 1\norganisation:\n  roles:\n    - id: a\n      title: A\n      duties:\n        - >-\n"
        "          first duty\n        # the subject is not written\n  groups:\n    - id: g\n      name: G\nlevels: []\n",
        [
            "organisation:\n  groups:\n",
            "  roles:\n    - id: a\n      title: A\n      duties:\n        - >-\n          first duty\n        # the subject",
        ],
        "\n# the subject",
    ),
]


@pytest.mark.parametrize(("text", "kept", "lost"), _ENDING_COMMENTS, ids=["after-a-flow-list", "after-a-folded-text"])
def test_a_comment_that_ends_a_moved_block_stays_with_the_block(monkeypatch, text: str, kept: list, lost: str) -> None:
    import plancraft.fmt as fmt

    out = format_bytes(text.encode(), "a.yaml").after
    assert all(part in out for part in kept) and lost not in out
    assert not format_bytes(out.encode(), "a.yaml").changed
    monkeypatch.setattr(fmt, "_ITEM_MIN_TEXT", 0)  # the large-file layout says the same
    assert fmt._layout(text) == fmt._layout_text(text) == out


def test_a_float_ruamel_would_misprint_is_written_exactly() -> None:
    out = format_bytes(b"plancraft: 1\nx-max: 3.80638747389553e-73\n", "a.yaml").after
    assert "x-max: 3.80638747389553e-73\n" in out


def test_a_long_flow_list_is_kept_as_written_in_a_large_file() -> None:
    import plancraft.fmt as fmt

    items = ", ".join(["1"] * (fmt._FLOW_ITEMS + 1))
    filler = "".join(f"x-note-{i}: some text {i}\n" for i in range(fmt._FLOW_MIN_TEXT // 20))
    text = f"scope: s\nplancraft: 1\nx-list: [{items}]\nx-list2:\n  - [{items}]\n{filler}"
    assert fmt._opaque_flows(text) and len(fmt._opaque_flows(text)) == 2
    out = format_bytes(text.encode(), "a.yaml").after
    assert out.startswith("plancraft: 1\n\nscope: s\n")
    assert f"x-list: [{items}]\n" in out and f"  - [{items}]\n" in out
    assert out == fmt._layout_text(text.replace("\r\n", "\n"))


# ---------------------------------------------------------------- CLI


def _copy(tmp_path: Path, case: str = "comments") -> Path:
    target = tmp_path / "plan.yaml"
    target.write_bytes((HERE / f"{case}.input.yaml").read_bytes())
    return target


def test_cli_check_exit_codes(tmp_path: Path) -> None:
    plan = _copy(tmp_path)
    runner = CliRunner()
    result = runner.invoke(main, ["fmt", "--check", str(plan)])
    assert result.exit_code == exitcodes.FINDINGS
    assert "would be reformatted" in result.output
    assert plan.read_bytes() == (HERE / "comments.input.yaml").read_bytes()
    plan.write_bytes((HERE / "comments.expected.yaml").read_bytes())
    assert runner.invoke(main, ["fmt", "--check", str(plan)]).exit_code == exitcodes.OK


def test_cli_diff_prints_a_unified_diff_and_changes_nothing(tmp_path: Path) -> None:
    plan = _copy(tmp_path)
    result = CliRunner().invoke(main, ["fmt", "--diff", str(plan)])
    assert result.exit_code == exitcodes.FINDINGS
    assert result.output.startswith(f"--- {plan}\n+++ {plan} (formatted)\n@@ ")
    assert plan.read_bytes() == (HERE / "comments.input.yaml").read_bytes()


def test_cli_writes_in_place_keeping_the_mode(tmp_path: Path) -> None:
    plan = _copy(tmp_path)
    os.chmod(plan, 0o640)
    result = CliRunner().invoke(main, ["fmt", str(plan)])
    assert result.exit_code == exitcodes.OK, result.output
    assert plan.read_bytes() == (HERE / "comments.expected.yaml").read_bytes()
    assert stat.S_IMODE(plan.stat().st_mode) == 0o640
    again = CliRunner().invoke(main, ["fmt", str(plan)])
    assert again.exit_code == exitcodes.OK and again.output == ""


def test_cli_folder(tmp_path: Path) -> None:
    _copy(tmp_path)
    (tmp_path / "other.yaml").write_bytes((HERE / "flow.expected.yaml").read_bytes())
    result = CliRunner().invoke(main, ["fmt", "--check", str(tmp_path)])
    assert result.exit_code == exitcodes.FINDINGS
    assert "plan.yaml: would be reformatted" in result.output and "other.yaml" not in result.output


def test_cli_unreadable_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("plancraft: 1\ndocument: [\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["fmt", str(bad), str(tmp_path / "missing.yaml")])
    assert result.exit_code == exitcodes.USAGE
    lines = [line for line in result.output.splitlines() if line]
    assert len(lines) == 2 and all(": PC001 error: " in line for line in lines)
    assert bad.read_text(encoding="utf-8") == "plancraft: 1\ndocument: [\n"


def test_cli_refusal_leaves_the_file_alone(tmp_path: Path, monkeypatch) -> None:
    import plancraft.fmt as fmt

    plan = tmp_path / "plan.yaml"
    text = "plancraft: 1\n# a comment\nscope: Text.\ndocument: {id: a, title: t, language: en}\n"
    plan.write_text(text, encoding="utf-8")
    monkeypatch.setattr(fmt, "_layout", lambda source: source.replace("# a comment\n", ""))
    result = CliRunner().invoke(main, ["fmt", str(plan)])
    assert result.exit_code == exitcodes.USAGE
    assert ": PC003 error: " in result.output
    assert plan.read_text(encoding="utf-8") == text


# ---------------------------------------------------------------- large plans: settled list items


def _every_plan_text() -> list[Path]:
    return sorted([*HERE.glob("*.yaml"), *BUNDLED])


@pytest.mark.parametrize("path", _every_plan_text(), ids=lambda p: p.name)
def test_settled_items_are_laid_out_as_the_full_round_trip_would(path: Path, monkeypatch) -> None:
    import plancraft.fmt as fmt

    source = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    full = fmt._layout_text(source)
    monkeypatch.setattr(fmt, "_ITEM_MIN_TEXT", 0)
    assert fmt._layout(source) == full


def test_a_list_item_only_out_of_order_is_reordered_as_text(monkeypatch) -> None:
    import plancraft.fmt as fmt

    monkeypatch.setattr(fmt, "_ITEM_MIN_TEXT", 0)
    text = (
        "plancraft: 1\nscenarios:\n  - title: x  # about x\n    id: s1\n    actions:\n"
        "      - within: 1h\n        do: call\n      # second\n      - within: 2h\n        do: write\n"
        "  - key_points: k\n    id: s2\n\n  # before s3\n  - title: y\n    id: s3\n"
        "levels: []\n"
    )
    spans, instead = fmt._stand_in_spans(text)
    # s1's end-of-line comment moves with its key (as ruamel moves it), the comment line above an
    # action's `- ` stays where it is; so does the comment above s3
    assert [text[b:e] for b, e in spans] == [
        "title: x  # about x\n    id: s1\n    actions:\n      - within: 1h\n        do: call\n"
        "      # second\n      - within: 2h\n        do: write",
        "key_points: k\n    id: s2",
        "title: y\n    id: s3",
    ]
    assert list(instead.values()) == [
        "id: s1\n    title: x  # about x\n    actions:\n      - do: call\n        within: 1h\n"
        "      # second\n      - do: write\n        within: 2h",
        "id: s2\n    key_points: k",
        "id: s3\n    title: y",
    ]
    assert fmt._layout(text) == fmt._layout_text(text)
    assert "  - id: s2\n    key_points: k\n" in format_bytes(text.encode(), "a.yaml").after


def test_an_already_formatted_large_plan_is_not_read_back(monkeypatch) -> None:
    import plancraft.fmt as fmt

    text = (HERE / "comments.expected.yaml").read_bytes()
    monkeypatch.setattr(fmt, "_check", lambda *args: pytest.fail("an unchanged text needs no re-read"))
    assert not format_bytes(text, "a.yaml").changed


@pytest.mark.parametrize(
    "item",
    [
        "      - do: a\n        x-" + "k" * 130 + ": long key\n",  # ruamel writes `? key`
        '      - do: "line\u2028separator"\n        by: r\n',  # ruamel escapes it as \\L in double quotes
        "      - do: a\n        by: r   \n",  # trailing spaces
        "      - do: a\n\n\n        by: r\n",  # a run of blank lines
        "      - do: 0x10\n        by: 1.50\n",  # numbers ruamel may write otherwise
        "      - do: ~\n        by: True\n",
        "      - do: a\n        by:\n",  # a null written as nothing
        "      - do: &a x\n        by: *a\n",
        "      - do: !!str 5\n        by: r\n",
        "      - do: [a, b]\n        by: {c: d}\n",
        "      - do: |\n          block\n        by: r\n",
        "      - by: r  # about r\n        do: a\n",
        "      - by: r\n        do: a  # about a, after the item's last value\n",
        "      - within: 1h\n        do: a\n        # trailing\n",
    ],
)
def test_what_ruamel_would_write_differently_is_left_to_ruamel(item: str, monkeypatch) -> None:
    import plancraft.fmt as fmt

    monkeypatch.setattr(fmt, "_ITEM_MIN_TEXT", 0)
    text = f"plancraft: 1\nscenarios:\n  - id: s\n    actions:\n{item}      - do: b\n        by: r\n"
    assert fmt._layout(text) == fmt._layout_text(text)


def test_when_the_shortcut_text_fails_the_check_the_full_round_trip_decides(monkeypatch) -> None:
    import plancraft.fmt as fmt

    monkeypatch.setattr(fmt, "_ITEM_MIN_TEXT", 0)
    text = "plancraft: 1\nscenarios:\n  - title: x\n    id: s1\n"
    monkeypatch.setattr(fmt, "_restore", lambda out, taken: out.replace("plancraft-fmt-stand-in-0", "id: other"))
    assert format_bytes(text.encode(), "a.yaml").after == fmt._layout_text(text)


def test_items_reordered_inside_a_settled_item_are_put_back_laid_out(monkeypatch) -> None:
    import plancraft.fmt as fmt

    monkeypatch.setattr(fmt, "_ITEM_MIN_TEXT", 0)
    text = (
        "plancraft: 1\nscenarios:\n  - key_points: k\n    id: s\n    actions:\n      # first\n"
        "      - by: r\n        do: a\n      # second\n      - do: b\n        by: q\n"
    )
    spans, instead = fmt._stand_in_spans(text)
    assert len(spans) == 1  # the whole scenario, with its first action reordered inside it
    assert list(instead.values()) == [
        "id: s\n    actions:\n      # first\n      - do: a\n        by: r\n"
        "      # second\n      - do: b\n        by: q\n    key_points: k"
    ]
    assert fmt._layout(text) == fmt._layout_text(text)
