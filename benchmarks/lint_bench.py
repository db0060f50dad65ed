"""plancraft lint against check-jsonschema, side by side in one run (alternating, medians).

    pip install check-jsonschema ruamel.yaml.clib   # the peer, with its C YAML loader (without it the peer is ~2.6x slower); not a plancraft dependency
    python benchmarks/lint_bench.py [--rounds 3] [--sizes 500,1000] [--lang zh-CN]

Prints the ratios of issue 20's table: cold lint of N plans vs check-jsonschema (goal <= 0.25; issue 8
asked for 0.5), re-lint of the unchanged plans with the cache vs cold (goal <= 0.05; issue 8: 0.1), one
plan (start-up, goal <= 0.5), and the peak memory of a 1,000-plan lint (goal <= 200 MB). Each round runs
the peer, the cold lint and the re-lint in turn, so that a machine busy with something else slows them
alike; medians are compared. Both tools run as fresh processes with bytecode caching allowed, as an
installed tool would. `--lang zh-CN` runs plancraft in Chinese (PLANCRAFT_LANG, as a Chinese officer's
locale or `lang` setting would): every command then reads the Chinese catalogue. `audit_bench.py`
measures the audit and `-j`.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import make_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schema" / "plan.schema.json"
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(command: list[str], cwd: Path) -> float:
    """Wall-clock seconds of one run; its CPU seconds (user + system, worker processes included) are
    added to CPU[the command], which shows how much of a wall-clock ratio is another program's load."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.setdefault(tuple(command), []).append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}): {result.stderr.decode()[-500:]}")
    return elapsed


CPU: dict[tuple[str, ...], list[float]] = {}


def peer(files: list[Path]) -> list[str]:
    return [shutil.which("check-jsonschema") or "check-jsonschema", "--schemafile", str(SCHEMA), *map(str, files)]


def ours(target: Path, *extra: str) -> list[str]:
    return [shutil.which("plancraft") or "plancraft", "lint", str(target), *extra]


def compare(label: str, a: list[str], b: list[str], cwd: Path, rounds: int, before_a=None) -> tuple[float, float]:
    times_a, times_b = [], []
    timed(a, cwd), timed(b, cwd)  # warm the OS file cache and bytecode for both
    for _ in range(rounds):
        if before_a:
            before_a()
        times_a.append(timed(a, cwd))
        times_b.append(timed(b, cwd))
    ma, mb = statistics.median(times_a), statistics.median(times_b)
    print(f"{label:<44} plancraft {ma:7.2f} s   peer {mb:7.2f} s   ratio {ma / mb:5.2f}")
    return ma, mb


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sizes", default="500,1000")
    parser.add_argument("--lang", default="en", help="the language plancraft speaks (en, zh-CN)")
    args = parser.parse_args()
    ENV["PLANCRAFT_LANG"] = args.lang
    if not shutil.which("check-jsonschema"):
        raise SystemExit("install the peer first: pip install check-jsonschema ruamel.yaml.clib")
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()}; "
        f"plancraft in {args.lang}"
    )
    rows = []
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        largest = max(int(s) for s in args.sizes.split(","))
        files = make_corpus(largest, work / "plans")
        for size in (int(s) for s in args.sizes.split(",")):
            folder = work / f"set-{size}"
            folder.mkdir()
            for f in files[:size]:
                os.link(f, folder / f.name)
            shutil.rmtree(work / ".plancraft_cache", ignore_errors=True)
            commands = {"peer": peer(sorted(folder.iterdir())), "cold": ours(folder, "--no-cache"), "warm": ours(folder)}
            for command in commands.values():  # warm the OS file cache and bytecode; fill the lint cache
                timed(command, work)
            times: dict[str, list[float]] = {label: [] for label in commands}
            for _ in range(args.rounds):
                for label, command in commands.items():
                    times[label].append(timed(command, work))
            peer_time, cold, warm = (statistics.median(times[label]) for label in ("peer", "cold", "warm"))
            print(
                f"{'lint ' + str(size) + ' plans, cold (no cache)':<44} plancraft {cold:7.2f} s   peer {peer_time:7.2f} s   ratio {cold / peer_time:5.2f}"
            )
            print(
                f"{'re-lint ' + str(size) + ' unchanged plans (cache)':<44} plancraft {warm:7.2f} s   cold {cold:7.2f} s   ratio {warm / cold:5.2f}"
            )
            cpu = {label: statistics.median(CPU[tuple(command)][1:]) for label, command in commands.items()}
            print(
                f"{'  CPU seconds (all processes), median':<44} plancraft {cpu['cold']:7.2f} s   peer {cpu['peer']:7.2f} s   "
                f"ratio {cpu['cold'] / cpu['peer']:5.2f} (re-lint {cpu['warm']:.2f} s)"
            )
            rows.append((f"lint {size} plans cold vs check-jsonschema", cold / peer_time, 0.25))
            rows.append((f"re-lint {size} plans (cache) vs cold", warm / cold, 0.05))
        one = files[0]
        start, peer_start = compare("lint one plan (start-up)", ours(one, "--no-cache"), peer([one]), work, args.rounds * 3)
        rows.append(("lint one plan vs check-jsonschema", start / peer_start, 0.5))
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        subprocess.run(ours(work / f"set-{largest}", "--no-cache"), cwd=work, env=ENV, stdout=subprocess.DEVNULL)
        peak_mb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
        print(f"peak memory of one process linting {largest} plans: {peak_mb:.0f} MB")
        rows.append((f"peak memory, {largest} plans (MB, largest process)", peak_mb, 200))
    import datetime as dt

    print()
    print(
        f"Measured {dt.date.today().isoformat()}: {platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, {platform.system()}; {args.rounds} rounds; load average now "
        f"{os.getloadavg()[0]:.1f}; plancraft in {args.lang}."
    )
    print()
    print("| what | measured | goal | met |")
    print("|---|---|---|---|")
    for what, value, goal in rows:
        print(f"| {what} | {value:.2f} | ≤ {goal} | {'yes' if value <= goal else 'NO'} |")


if __name__ == "__main__":
    main()
