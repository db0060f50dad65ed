"""A writer killed outright (SIGKILL) leaves its temporary file; the next writer in that folder
removes it — and never the temporary file of a writer that is still running."""

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

from plancraft import fileio

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLE = ROOT / "plans" / "examples" / "bank-branch.en.yaml"

# A real command whose write stops at the fsync of its temporary file, until it is killed.
STUCK = """
import os, sys, time
def stuck(fd):
    print("ready", flush=True)
    time.sleep(60)
os.fsync = stuck
from plancraft.cli import main
main(sys.argv[1:])
"""


def _stuck(*args: str, cwd: Path) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", STUCK, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=cwd,
        env={**os.environ, "PLANCRAFT_LANG": "en"},
    )
    assert child.stdout.readline().strip() == b"ready", child.stderr.read().decode()
    return child


def _unformatted(path: Path) -> None:
    path.write_text("scope: x\n" + EXAMPLE.read_text(encoding="utf-8").replace("\nscope:", "\nx-scope:", 1), encoding="utf-8")


def _temporaries(folder: Path) -> dict[str, int]:
    found = {}
    for path in folder.iterdir():
        match = re.fullmatch(r"\.(.+)\.plancraft-[0-9a-f]{8}-([0-9]+)-.*\.tmp", path.name)
        if match:
            found[path.name] = int(match.group(2))
    return found


def test_the_next_writer_removes_what_a_killed_one_left_but_not_a_live_ones(tmp_path):
    plan, other = tmp_path / "plan.yaml", tmp_path / "other.yaml"
    _unformatted(plan)
    _unformatted(other)
    before = plan.read_bytes()
    killed = _stuck("fmt", str(plan), cwd=tmp_path)
    live = _stuck("fmt", str(other), cwd=tmp_path)
    try:
        killed.send_signal(signal.SIGKILL)
        killed.wait(timeout=20)
        left = _temporaries(tmp_path)
        assert sorted(left.values()) == sorted([killed.pid, live.pid])  # named for the process that wrote it
        assert plan.read_bytes() == before  # the plan itself is untouched by the kill

        done = subprocess.run(
            [sys.executable, "-m", "plancraft", "fmt", str(plan)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            env={**os.environ, "PLANCRAFT_LANG": "en"},
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout == f"{plan}: reformatted\n"
        assert list(_temporaries(tmp_path).values()) == [live.pid]  # the killed writer's file is gone
        assert other.read_bytes().startswith(b"scope: x\n")  # the live writer has not finished yet
    finally:
        live.send_signal(signal.SIGKILL)
        live.wait(timeout=20)
        for stream in (killed.stdout, killed.stderr, live.stdout, live.stderr):
            stream.close()


def test_only_files_named_like_temporaries_of_gone_processes_are_removed(tmp_path):
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(gone.stdout)
    host = fileio._HOST
    stale = tmp_path / f".plan.yaml.plancraft-{host}-{pid}-abc123.tmp"
    elsewhere = tmp_path / f".plan.yaml.plancraft-{'0' * 8 if host != '0' * 8 else '1' * 8}-{pid}-abc.tmp"
    mine = tmp_path / f".plan.yaml.plancraft-{host}-{os.getppid()}-abc.tmp"  # a live process (pytest's parent)
    unrelated = tmp_path / f".plan.yaml.{pid}.tmp"
    for path in (stale, elsewhere, mine, unrelated):
        path.write_bytes(b"half")
    assert fileio.remove_stale_temporaries(tmp_path) == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in (elsewhere, mine, unrelated))
