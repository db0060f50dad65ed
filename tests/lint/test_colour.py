"""Colour and the progress bar only on a terminal; never with NO_COLOR, in a file or in a pipe."""

import os
import re
import pty
import shutil
import subprocess
import sys

from tests.conftest import FIXTURES, PLANS

PLAN = str(FIXTURES / "lint-done-when.yaml")


def run_on_terminal(extra_env: dict, target: str = PLAN) -> str:
    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env.update(extra_env)
    process = subprocess.Popen(
        [sys.executable, "-m", "plancraft", "lint", "--no-cache", target], stdout=follower, stderr=follower, env=env
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=30)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", errors="replace")


def test_colour_on_a_terminal():
    output = run_on_terminal({})
    assert "\033[31merror\033[0m" in output


def test_no_colour_with_no_color_set():
    output = run_on_terminal({"NO_COLOR": "1"})
    # a long path wraps the line on a terminal (…:202:13: PC101 / error: …): the code and its severity, wherever
    assert "\033[" not in output and re.search(r"PC101\s+error:", output)


def test_no_colour_in_a_pipe():
    result = subprocess.run([sys.executable, "-m", "plancraft", "lint", "--no-cache", PLAN], capture_output=True, text=True)
    assert "\033[" not in result.stdout and "PC101 error:" in result.stdout


def test_progress_bar_on_a_terminal_for_many_plans_but_not_in_machine_output(tmp_path):
    for n in range(25):
        shutil.copy(PLANS / "examples" / "bank-branch.zh.yaml", tmp_path / f"plan-{n:02d}.yaml")
    assert "25/25 plans" in run_on_terminal({}, str(tmp_path))
    piped = subprocess.run(
        [sys.executable, "-m", "plancraft", "lint", "--no-cache", str(tmp_path)], capture_output=True, text=True
    )
    assert "plans" not in piped.stderr and "25/25" not in piped.stdout
