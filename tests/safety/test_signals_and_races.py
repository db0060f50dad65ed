"""No temporary file survives SIGTERM/SIGINT; two writers racing never lose an acknowledged change."""

import multiprocessing
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from plancraft.fileio import ConcurrentChange, InPlace

CHILD = """
import os, sys, time
from plancraft import fileio
fileio.cleanup_on_signals()
def slow(fd):
    print("ready", flush=True)
    time.sleep(30)
os.fsync = slow
fileio.write_atomic(sys.argv[1], b"new")
"""


def _interruptible() -> None:
    # a shell that starts the tests in the background (`pytest &`, nohup) makes its children ignore ^C, and
    # Python then leaves SIGINT ignored: the child is started as a terminal would start it
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_killed_write_leaves_no_temporary_file(tmp_path, signum):
    target = tmp_path / "plan.yaml"
    target.write_bytes(b"old")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        preexec_fn=_interruptible,
    )
    assert child.stdout.readline().strip() == b"ready"
    child.send_signal(signum)
    child.wait(timeout=20)
    assert child.returncode != 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml"]
    assert target.read_bytes() == b"old"


def _append_lines(path: str, tag: str, rounds: int, results) -> None:
    done = []
    for i in range(rounds):
        line = f"{tag}-{i}\n".encode()
        try:
            with InPlace(path) as place:
                place.replace(place.original + line)
        except ConcurrentChange:
            continue
        done.append(line.decode().strip())
    results.put((tag, done))


def test_two_processes_racing_never_lose_a_change(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_bytes(b"start\n")
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    workers = [context.Process(target=_append_lines, args=(str(path), tag, 300, results)) for tag in "ab"]
    for worker in workers:
        worker.start()
    acknowledged = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    lines = path.read_text().split()
    for tag, done in acknowledged:
        assert done, tag
        assert set(done) <= set(lines), f"{tag}: {len(set(done) - set(lines))} acknowledged changes lost"
    assert len(lines) == 1 + sum(len(done) for _, done in acknowledged)


def test_a_change_made_without_the_lock_is_not_overwritten(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_bytes(b"one\n")
    with pytest.raises(ConcurrentChange):
        with InPlace(path) as place:
            Path(path).write_bytes(b"edited by hand\n")  # an editor that takes no lock
            place.replace(place.original + b"two\n")
    assert path.read_bytes() == b"edited by hand\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml"]


def _sign_rounds(path: str, rounds: int, results) -> None:
    from plancraft.publish import sign_file

    ok = []
    people = [("prepared", "office-head"), ("reviewed", "compliance-head")]
    for i in range(rounds):
        step, role = people[i % 2]
        name = f"签名人{i}"
        try:
            sign_file(Path(path), step=step, name=name, role=role, date="2024-09-10")
        except Exception:  # noqa: BLE001 - a refused round is allowed; a lost one is not
            continue
        ok.append((step, name))
    results.put(("sign", ok))


def _fmt_rounds(path: str, rounds: int, results) -> None:
    from plancraft.fmt import format_in_place

    ok = 0
    for _ in range(rounds):
        text = Path(path).read_text(encoding="utf-8")
        try:
            format_in_place(path)
        except ConcurrentChange:
            continue
        ok += 1
        del text
    results.put(("fmt", ok))


def test_sign_and_fmt_racing_keep_the_last_acknowledged_sign_off(tmp_path):
    from plancraft.loader import load
    from tests.conftest import PLANS

    path = tmp_path / "plan.yaml"
    path.write_text(
        (PLANS / "examples" / "bank-branch.zh.yaml").read_text(encoding="utf-8").replace("\n\n", "\n\n\n"), encoding="utf-8"
    )
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    workers = [
        context.Process(target=_sign_rounds, args=(str(path), 24, results)),
        context.Process(target=_fmt_rounds, args=(str(path), 24, results)),
    ]
    for worker in workers:
        worker.start()
    outcome = dict(results.get(timeout=300) for _ in workers)
    for worker in workers:
        worker.join(timeout=60)
    signed = outcome["sign"]
    assert signed
    approvals = {a["step"]: a["name"] for a in load(path).data.get("approvals", [])}
    last = {}
    for step, name in signed:
        last[step] = name
    # every acknowledged sign-off is in the file until the same step is signed again
    assert approvals == last
    assert os.listdir(tmp_path) == ["plan.yaml"]


SLOW_FSYNC = """
import os, sys, time
if os.environ.get("PLANCRAFT_TEST_SLOW_FSYNC"):
    def slow(fd):
        sys.stderr.write("ready\\n")
        sys.stderr.flush()
        time.sleep(30)
    os.fsync = slow
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_killed_fmt_leaves_the_plan_and_no_temporary_file(tmp_path, signum):
    from tests.conftest import PLANS

    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(SLOW_FSYNC, encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    plan = work / "plan.yaml"
    original = (PLANS / "examples" / "bank-branch.en.yaml").read_text(encoding="utf-8").replace("\n\n", "\n\n\n", 1)
    plan.write_text(original, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(hooks), *sys.path]), "PLANCRAFT_TEST_SLOW_FSYNC": "1"}
    child = subprocess.Popen(
        [sys.executable, "-m", "plancraft", "fmt", "plan.yaml"],
        cwd=work,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_interruptible,
    )
    assert child.stderr.readline().strip() == b"ready"
    child.send_signal(signum)
    _, err = child.communicate(timeout=30)
    assert child.returncode != 0 and b"Traceback" not in err
    assert sorted(p.name for p in work.iterdir()) == ["plan.yaml"]
    assert plan.read_text(encoding="utf-8") == original


def test_the_command_line_puts_the_signal_handlers_back():
    from click.testing import CliRunner

    from plancraft.cli import main

    before = signal.getsignal(signal.SIGTERM)
    CliRunner().invoke(main, ["rules"])
    assert signal.getsignal(signal.SIGTERM) is before


# render's second process (publish._SecondProcess) is stopped with SIGTERM when the plan is refused; it may be
# anywhere then, an import's callback included, where an exception raised by a handler is only printed
QUIET_CHILD = """
import os, signal, sys, weakref
from plancraft import fileio
fileio.cleanup_on_signals()  # what the command line set up before it forked
fileio.end_quietly_on_signals()
fileio._PENDING.add(sys.argv[1])
class Thing: pass
thing = Thing()
def callback(_):
    os.kill(os.getpid(), signal.SIGTERM)
    sum(range(1000))  # the handler runs here, inside a callback whose exceptions Python only prints
keep = weakref.ref(thing, callback)
del thing
print("went on", flush=True)
"""


def test_the_second_process_ends_at_once_and_says_nothing_on_sigterm(tmp_path):
    temporary = tmp_path / ".x.docx.plancraft-tmp"
    temporary.write_bytes(b"half")
    done = subprocess.run([sys.executable, "-c", QUIET_CHILD, str(temporary)], capture_output=True, timeout=60)
    assert done.returncode == 128 + signal.SIGTERM
    assert done.stderr == b""
    assert b"went on" not in done.stdout
    assert not temporary.exists()
