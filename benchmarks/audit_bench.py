"""plancraft audit against plancraft lint, and worker processes (-j), side by side in one run.

    python benchmarks/audit_bench.py [--rounds 5] [--size 500]

Prints the ratios of issue 20: a cold audit of N plans against a cold lint of the same plans
(goal <= 1.3), a warm audit of the unchanged plans against a cold one (goal <= 0.25), and for lint
and audit the time with two worker processes against one (`-j 2` / `-j 1`, goal <= 0.7). Every
round runs each command once, in turn, so that a machine busy with something else slows all of
them alike; the medians are compared. Cold means `--no-cache` (nothing read or written); warm means
the cache of an earlier run over the same, unchanged plans. All run as fresh processes with bytecode
caching allowed, as an installed tool would.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lint_bench import CPU, timed  # noqa: E402  (one way to time a command and count its CPU)
from make_corpus import make_corpus  # noqa: E402

PLANCRAFT = shutil.which("plancraft") or "plancraft"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--size", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        make_corpus(args.size, work / "plans")
        commands = {
            "lint cold": [PLANCRAFT, "lint", "plans", "--no-cache"],
            "audit cold": [PLANCRAFT, "audit", "plans", "--no-cache"],
            "audit warm": [PLANCRAFT, "audit", "plans"],
            "lint -j 1": [PLANCRAFT, "lint", "plans", "--no-cache", "-j", "1"],
            "lint -j 2": [PLANCRAFT, "lint", "plans", "--no-cache", "-j", "2"],
            "audit -j 1": [PLANCRAFT, "audit", "plans", "--no-cache", "-j", "1"],
            "audit -j 2": [PLANCRAFT, "audit", "plans", "--no-cache", "-j", "2"],
        }
        for command in commands.values():  # warm the OS file cache and bytecode; fill the audit's cache
            timed(command, work)
        times: dict[str, list[float]] = {label: [] for label in commands}
        loads = []
        for _ in range(args.rounds):
            for label, command in commands.items():
                times[label].append(timed(command, work))
            loads.append(os.getloadavg()[0])
    median = {label: statistics.median(values) for label, values in times.items()}
    for label, value in median.items():
        cpu = statistics.median(CPU[tuple(commands[label])][1:])
        print(f"{label:<12} median {value:6.2f} s   CPU {cpu:6.2f} s   rounds {' '.join(f'{t:.2f}' for t in times[label])}")
    rows = [
        (f"audit of {args.size} plans, cold, vs a cold lint", median["audit cold"] / median["lint cold"], 1.3),
        (f"audit of {args.size} unchanged plans, warm (cache), vs cold", median["audit warm"] / median["audit cold"], 0.25),
        (f"lint of {args.size} plans, `-j 2` vs `-j 1`", median["lint -j 2"] / median["lint -j 1"], 0.7),
        (f"audit of {args.size} plans, `-j 2` vs `-j 1`", median["audit -j 2"] / median["audit -j 1"], 0.7),
    ]
    print()
    print(
        f"Measured {dt.date.today().isoformat()}: {platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, {platform.system()}; {args.rounds} rounds, load average during the rounds "
        f"{min(loads):.1f}-{max(loads):.1f}."
    )
    print()
    print("| what | ratio measured | goal | met |")
    print("|---|---|---|---|")
    for what, value, goal in rows:
        print(f"| {what} | {value:.2f} | ≤ {goal} | {'yes' if value <= goal else 'NO'} |")


if __name__ == "__main__":
    main()
