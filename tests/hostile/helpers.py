"""Running plancraft as a child process under a time and a memory bound."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

TIME_LIMIT = 10  # seconds, per command (issue 7)
MEMORY_LIMIT = 2 * 1024**3  # bytes of address space, per command (issue 7)
ROOT = Path(__file__).resolve().parents[2]

EXCERPT = re.compile(r"^ *\d* \|( |$)")  # `12 | text` and `   | ^^^` under a finding
SUMMARY = re.compile(
    r"^(?:No problems in \d+ files?\.|No plan files \(\*\.yaml, \*\.yml\) were found in the paths given; nothing was checked\.|\d+ (?:error|warning|info).* in \d+ of \d+ files?\.)$"
)


def _limit_memory() -> None:  # pragma: no cover - runs in the child
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


@dataclass
class Run:
    args: tuple[str, ...]
    code: int
    stdout: str
    stderr: str
    seconds: float

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    def message_lines(self) -> list[str]:
        """Every line that says something (blank lines, the validate/lint summary and the source excerpts
        under a finding left out)."""
        return [
            line
            for line in self.output.splitlines()
            if line.strip() and not SUMMARY.match(line.strip()) and not EXCERPT.match(line)
        ]


def run_cli(*args: str, cwd: Path, timeout: float = TIME_LIMIT, env: dict | None = None) -> Run:
    """`python -m plancraft ARGS` in `cwd`, killed after `timeout` s, with at most 2 GB of memory."""
    import time

    environment = {**os.environ, "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8", **(env or {})}
    environment.pop("CI", None)  # no CI-only behaviour in the child
    started = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "plancraft", *args],
            cwd=cwd,
            capture_output=True,
            timeout=timeout,
            env=environment,
            preexec_fn=_limit_memory if os.name == "posix" else None,
        )
    except subprocess.TimeoutExpired as expired:
        raise AssertionError(f"`plancraft {' '.join(args)}` ran longer than {timeout} s") from expired
    return Run(
        tuple(args),
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
        time.monotonic() - started,
    )


def running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0
