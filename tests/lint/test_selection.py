"""Rule selection as ruff does it: comma lists, prefixes, groups, extend-*, specificity; folder exclusion;
--statistics. Through the real command line."""

from __future__ import annotations

import re
import shutil

from click.testing import CliRunner

from plancraft.cli import main
from plancraft.lint.selection import groups, is_selected, split_selectors
from tests.conftest import FIXTURES, PLANS

DONE_WHEN = FIXTURES / "lint-done-when.yaml"


def lint(*args):
    return CliRunner().invoke(main, ["lint", "--no-cache", "--output-format", "concise", *map(str, args)])


def codes(output: str) -> set[str]:
    return set(re.findall(r":\d+:\d+: (PC\d{3}) ", output))


def test_selectors_split_on_commas_and_repeat():
    assert split_selectors(["PC4,PC5", " pc101 ", "Approvals", ""]) == ("PC4", "PC5", "PC101", "approvals")


def test_the_more_specific_selector_wins():
    assert not is_selected("PC401", ["PC4"], ["PC401"])
    assert is_selected("PC402", ["PC4"], ["PC401"])
    assert is_selected("PC401", ["PC401"], ["PC4"])
    assert not is_selected("PC401", ["PC4"], ["PC4"])  # a tie: ignore wins
    assert is_selected("PC601", [], ["PC4"])  # nothing selected means all
    assert not is_selected("PC601", ["PC4"], [])


def test_ignore_a_comma_list_of_prefixes_with_statistics():
    result = lint(PLANS / "seed", "--ignore", "PC4,PC5", "--statistics")
    assert result.exit_code == 1, result.output  # seed plans without procedure or deadlines are errors (issue 14)
    rows = [line.split() for line in result.output.splitlines()[:-1]]
    assert rows and all(re.fullmatch(r"PC\d{3}", row[1]) for row in rows)
    assert not any(row[1].startswith(("PC4", "PC5")) for row in rows)
    counts = [int(row[0]) for row in rows]
    assert counts == sorted(counts, reverse=True)
    full = lint(PLANS / "seed", "--ignore", "PC4,PC5")
    assert sum(counts) == len(codes_list(full.output))
    assert result.output.splitlines()[-1] == full.output.splitlines()[-1]  # the same summary


def codes_list(output: str) -> list[str]:
    return re.findall(r":\d+:\d+: (PC\d{3}) ", output)


def test_groups_by_name_and_extend_select():
    assert "approvals" in groups() and "references" in groups()
    result = lint(DONE_WHEN, "--select", "approvals")
    assert codes(result.output) and all(code.startswith("PC6") for code in codes(result.output)), result.output
    both = lint(DONE_WHEN, "--select", "approvals", "--extend-select", "PC101")
    assert codes(both.output) == codes(result.output) | {"PC101"}


def test_config_extend_select_and_extend_ignore(tmp_path):
    plan = tmp_path / "plan.yaml"
    shutil.copy(DONE_WHEN, plan)
    (tmp_path / "plancraft.toml").write_text(
        'select = ["PC40"]\nextend-select = ["PC101"]\nextend-ignore = "PC402,PC403"\n', encoding="utf-8"
    )
    found = codes(lint(plan).output)
    assert "PC101" in found and not found & {"PC402", "PC403"} and all(c[:4] in ("PC40", "PC10") for c in found)


def test_unknown_selectors_are_usage_errors():
    result = lint(DONE_WHEN, "--ignore", "PC4,nonsense")
    assert result.exit_code == 2
    assert "`nonsense` names no rule, code prefix or group" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_default_exclusions_and_extend_exclude(tmp_path):
    good = PLANS / "examples" / "bank-branch.en.yaml"
    for folder in ("plans", "plans/node_modules/x", "plans/build", "plans/drafts", ".venv/lib"):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(good, tmp_path / folder / "plan.yaml")
    result = CliRunner().invoke(main, ["lint", "--no-cache", "--statistics", str(tmp_path)])
    assert result.output.splitlines()[-1].endswith("in 2 files.") or "of 2 files" in result.output, result.output
    (tmp_path / "plancraft.toml").write_text('extend-exclude = ["plans/drafts"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", "--no-cache", "--statistics", str(tmp_path)])
    assert "1 file." in result.output.splitlines()[-1], result.output
    # a file named on the command line is checked whatever the exclusions say
    named = CliRunner().invoke(main, ["lint", "--no-cache", "--exclude", "*.yaml", str(tmp_path / "plans/drafts/plan.yaml")])
    assert "1 file." in named.output.splitlines()[-1]
    cli = CliRunner().invoke(main, ["lint", "--no-cache", "--extend-exclude", "drafts", str(tmp_path / "plans")])
    assert "1 file." in cli.output.splitlines()[-1], cli.output


def test_statistics_name_the_severity_in_the_readers_language():
    result = CliRunner().invoke(main, ["--lang", "zh-CN", "lint", "--no-cache", "--statistics", str(PLANS / "seed")])
    rows = result.output.splitlines()[:-1]
    assert rows and all(row.split()[2] in ("错误", "警告", "提示") for row in rows), result.output


def test_an_exclude_pattern_matches_a_name_as_fnmatch_does(tmp_path):
    """Plain names are compared, the others matched as globs (plancraft.lint.config._exclusions)."""
    import fnmatch

    from plancraft.lint.config import Config

    patterns = ("build", "*.bak", "dr?fts", "[._]hidden", "a.b", "x+y", "(g)", "plans/old")
    config = Config(exclude=patterns)
    names = ["build", "builds", "x.bak", "drafts", "dr_fts", ".hidden", "_hidden", "a.b", "axb", "x+y", "xy", "(g)", "g", "old"]
    for name in names:
        assert config.excluded(tmp_path / name) == any(fnmatch.fnmatch(name, p) for p in patterns), name
    assert not Config(exclude=()).excluded(tmp_path / "build")
