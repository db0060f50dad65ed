"""Rendering many plans in one call (issue 20 part 4): `-j N` worker processes like lint's, the
results printed in the order of the plans and the exit code the worst plan's, whatever the workers do."""

from __future__ import annotations

import shutil

from click.testing import CliRunner

from plancraft.cli import main

from .helpers import EXAMPLES, part

ZH = EXAMPLES / "bank-branch.zh.yaml"
EN = EXAMPLES / "bank-branch.en.yaml"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def _plans(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    names = []
    for n in range(4):
        source = EN if n % 2 else ZH
        target = folder / f"plan-{n}.yaml"
        shutil.copyfile(source, target)
        names.append(target)
    broken = folder / "broken.yaml"
    broken.write_text("document: [unclosed\n", encoding="utf-8")
    invalid = folder / "invalid.yaml"
    invalid.write_text("document:\n  title: x\n", encoding="utf-8")
    return [names[0], broken, names[1], invalid, names[2], names[3]]


def test_workers_give_the_documents_order_and_exit_code_of_one_process(tmp_path):
    plans = _plans(tmp_path)
    serial = run("render", *plans, "-o", tmp_path / "one", "-j", "1", "--no-cache")
    parallel = run("render", *plans, "-o", tmp_path / "two", "-j", "2", "--no-cache")
    assert serial.exit_code == parallel.exit_code == 2  # the unreadable plan is the worst
    assert parallel.output == serial.output.replace(str(tmp_path / "one"), str(tmp_path / "two"))
    written = [line for line in parallel.output.splitlines() if ": wrote " in line]
    assert [line.split(":")[0] for line in written] == [str(plans[i]) for i in (0, 2, 4, 5)]
    assert "broken.yaml:1:" in parallel.output and "does not pass the schema check" in parallel.output
    for n in range(4):
        one, two = (tmp_path / d / f"plan-{n}.docx" for d in ("one", "two"))
        assert one.read_bytes() == two.read_bytes()
    assert "客户投诉应急预案" in part((tmp_path / "two" / "plan-0.docx").read_bytes(), "word/document.xml")
    assert not (tmp_path / "two" / "broken.docx").exists() and not (tmp_path / "two" / "invalid.docx").exists()


def test_a_refused_plan_gives_exit_1_and_the_others_are_written(tmp_path):
    plans = _plans(tmp_path)
    result = run("render", plans[0], plans[3], plans[2], "-o", tmp_path / "out", "-j", "2", "--no-cache")
    assert result.exit_code == 1, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["plan-0.docx", "plan-1.docx"]


def test_two_plans_with_one_target_are_refused_before_anything_is_written(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copyfile(ZH, tmp_path / "a" / "plan.yaml")
    shutil.copyfile(EN, tmp_path / "b" / "plan.yaml")
    result = run("render", tmp_path / "a" / "plan.yaml", tmp_path / "b" / "plan.yaml", "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert "would both be written to" in result.output and "plan.docx" in result.output
    assert not (tmp_path / "out").exists()


def test_help_says_what_jobs_defaults_to():
    result = run("render", "--help")
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    assert "-j, --jobs" in text and "(default: the number of CPUs)" in text
    assert "--no-cache" in result.output


def test_workers_speak_the_language_of_the_run(tmp_path):
    plans = _plans(tmp_path)[:2]
    result = run("--lang", "zh-CN", "render", *plans, "-o", tmp_path / "out", "-j", "2", "--no-cache")
    assert result.exit_code == 2
    assert "写入" in result.output or "已写" in result.output, result.output
    english = run("--lang", "en", "render", *plans, "-o", tmp_path / "out2", "-j", "2", "--no-cache")
    assert ": wrote " in english.output
