"""Controlled copies against one final render, as commands: `render --final --copies` of 26 copies
beside `render --final` of the same plan (alternating rounds, medians), then 1,000 copies: time and
peak memory. Goals (issue 20 part 3): 26 copies within 3x one render; 1,000 copies within 60 s and
300 MB.

    python benchmarks/copies_bench.py [--rounds N] [--big 1000] [--no-layout]

The plans are the complete example with its distribution replaced, signed off in a temporary folder.
The first run of each command lays the document out with LibreOffice (when installed) and is
reported as the cold time; the rounds after it take the contents page numbers from
.plancraft_cache/ (warm). The one-document render is timed building its document: its stored
output (.plancraft_cache/renders/, which would serve an unchanged plan without rendering) is removed
before each of its rounds, since copies are always built. `--no-layout` sets PLANCRAFT_NO_LAYOUT=1
(no LibreOffice at all).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "plans" / "examples" / "bank-branch.zh.yaml"
DISTRIBUTION = """distribution:
  - to: 各营业网点
    copies: 3
  - to: 综合部
    copies: 1
  - to: 内控合规部
    copies: 1
"""
SIGNERS = (("prepared", "李明", "office-head"), ("reviewed", "张华", "compliance-head"), ("approved", "王强", "president"))
# Runs a command and prints its wall time and peak resident memory (its own process tree's largest).
MEASURE = (
    "import json, resource, subprocess, sys, time; t = time.perf_counter(); "
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
    "print(json.dumps([time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss]))"
)


def plancraft(*args: str) -> list[str]:
    return [sys.executable, "-m", "plancraft", *args]


def signed_plan(folder: Path, name: str, distribution: dict[str, int], env: dict[str, str]) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert DISTRIBUTION in text, "the example's distribution changed; update DISTRIBUTION"
    block = "distribution:\n" + "".join(f"  - to: {to}\n    copies: {n}\n" for to, n in distribution.items())
    plan = folder / name
    plan.write_text(text.replace(DISTRIBUTION, block), encoding="utf-8")
    for step, who, role in SIGNERS:
        subprocess.run(
            plancraft("sign", str(plan), "--step", step, "--name", who, "--role", role, "--date", "2024-09-15"),
            check=True,
            cwd=folder,
            env=env,
            capture_output=True,
        )
    return plan


def measure(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """(seconds, peak MB) of one run of `command` in a fresh measuring process."""
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], cwd=cwd, env=env, check=True, capture_output=True, text=True
    ).stdout
    seconds, kilobytes = json.loads(out)
    return seconds, kilobytes / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--big", type=int, default=1000, help="copies in the large run (default 1000)")
    parser.add_argument("--no-layout", action="store_true", help="PLANCRAFT_NO_LAYOUT=1: no LibreOffice pass")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    if args.no_layout:
        env["PLANCRAFT_NO_LAYOUT"] = "1"
    else:
        env.pop("PLANCRAFT_NO_LAYOUT", None)
    with tempfile.TemporaryDirectory(prefix="plancraft-copies-bench-") as tmp:
        folder = Path(tmp)
        small = signed_plan(folder, "p26.yaml", {"各营业网点": 20, "综合部": 3, "内控合规部": 3}, env)
        big = signed_plan(folder, "big.yaml", {"各营业网点": args.big - args.big // 3, "综合部": args.big // 3}, env)
        one = plancraft("render", str(small), "--final", "-o", str(folder / "one.docx"))
        copies = plancraft("render", str(small), "--final", "--copies", "-o", str(folder / "c26"))
        many = plancraft(
            "render", str(big), "--final", "--copies", "-o", str(folder / "many"), "--max-copies", str(max(args.big, 1))
        )
        cold_one, _ = measure(one, folder, env)
        cold_copies, _ = measure(copies, folder, env)
        singles: list[float] = []
        batches: list[float] = []
        for _round in range(args.rounds):
            shutil.rmtree(folder / ".plancraft_cache" / "renders", ignore_errors=True)
            singles.append(measure(one, folder, env)[0])
            batches.append(measure(copies, folder, env)[0])
        cold_many, cold_many_mb = measure(many, folder, env)
        warm_many, warm_many_mb = measure(many, folder, env)
    a, b = statistics.median(singles), statistics.median(batches)
    layout = "no LibreOffice pass" if args.no_layout else "contents page numbers from .plancraft_cache/"
    print(
        f"cold (first run, LibreOffice layout pass where installed): one final render {cold_one:.2f} s, "
        f"26 copies {cold_copies:.2f} s ({cold_copies / cold_one:.2f}x)"
    )
    print(f"warm ({layout}), medians over {args.rounds} rounds:")
    print(f"  render --final (one document, built): {a * 1000:7.0f} ms")
    print(f"  render --final --copies (26):    {b * 1000:7.0f} ms   ratio {b / a:.2f}x (goal <= 3x)")
    print(
        f"{args.big:,} copies: cold {cold_many:.1f} s, peak {cold_many_mb:.0f} MB (LibreOffice included); "
        f"warm {warm_many:.1f} s, peak {warm_many_mb:.0f} MB (goal <= 60 s, <= 300 MB)"
    )
    return 0 if b / a <= 3 and warm_many <= 60 and warm_many_mb <= 300 else 1


if __name__ == "__main__":
    sys.exit(main())
