"""`plancraft fmt` on a valid 2 MB plan (issue 13: within 3 s).

    python benchmarks/fmt_bench.py [--rounds N] [--keep PATH]

Builds a schema-valid plan of about 1.95 MB (the Chinese example with its scenarios copied, each
with more actions and a few comments, up to the schema's 500 scenarios) and times, as fresh
processes (CPU seconds of the child, user + system: on a shared machine the wall clock mostly
measures the other processes), the median of N rounds of:

- `fmt` of the plan laid out differently (`key_points` before `title` in every scenario);
- `fmt` of the plan with `by` before `do` in every action (each under a comment line);
- `fmt` of the plan already formatted: nothing to write;
- `fmt --check` of the formatted plan;
- `validate` of the same plan, for scale (start-up, parse, schema).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "plans" / "examples" / "bank-branch.zh.yaml"
SIZE = 1_950_000
MAX_SCENARIOS = 500


def run(*args: str, cwd: Path) -> tuple[float, int]:
    """(CPU seconds, exit code) of `python -m plancraft ARGS` as a child process."""
    env = {**os.environ, "NO_COLOR": "1", "PLANCRAFT_LANG": "en"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, "-m", "plancraft", *args], cwd=cwd, env=env, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.exit(f"plancraft {' '.join(args)} failed ({done.returncode}): {done.stderr.decode(errors='replace')}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), done.returncode


def big_plan(path: Path, size: int = SIZE) -> None:
    """A schema-valid plan of about `size` bytes: the example's scenarios copied (new ids) with
    their actions repeated until the file is `size` bytes, at most 500 scenarios in all."""
    text = EXAMPLE.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith("scenarios:"))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].strip() and not lines[i].startswith((" ", "#")))
    block = "".join(lines[start + 1 : end])
    scenarios = [s for s in re.split(r"(?m)^(?=  - id: )", block) if s.startswith("  - id: ")]
    copies = (MAX_SCENARIOS - len(scenarios)) // len(scenarios)
    room = size - len(text.encode())
    per_copy = room // copies
    extra = []
    for n in range(1, copies + 1):
        for scenario in scenarios:
            scenario = re.sub(r"^(  - id: )([\w-]+)", lambda m: f"{m.group(1)}{m.group(2)}-{n}", scenario)
            head, sep, rest = scenario.partition("    actions:\n")
            after = re.search(r"(?m)^    \S", rest)
            body, tail = (rest[: after.start()], rest[after.start() :]) if after else (rest, "")
            steps = [a for a in re.split(r"(?m)^(?=      - do: )", body) if a.startswith("      - do: ")]
            if steps and sep:
                more, k = [], 0
                budget = per_copy // len(scenarios) - len(head.encode()) - len(tail.encode())
                while sum(len(s.encode()) for s in more) < budget and len(more) < 400:
                    step = steps[k % len(steps)]
                    more.append(step.replace("      - do: ", f"      # 第{k + 1}步\n      - do: （{k + 1}）", 1))
                    k += 1
                scenario = head + sep + "".join(more) + tail
            extra.append(scenario)
    path.write_text("".join(lines[:end]) + "".join(extra) + "".join(lines[end:]), encoding="utf-8")


def unformatted(text: str) -> str:
    """The same plan with `key_points` moved in front of `title` in every scenario (fmt puts it back)."""
    return re.sub(
        r"(?m)^(    title: .*\n)((?:    (?!key_points).*\n|      .*\n)*?)(    key_points: .*\n)",
        lambda m: m.group(3) + m.group(1) + m.group(2),
        text,
    )


def actions_unordered(text: str) -> str:
    """The same plan with `by` before `do` in every action (fmt puts `do` first again)."""
    return re.sub(r"(?m)^(      - )do: (.*)\n        by: (.*)\n", r"\1by: \3\n        do: \2\n", text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="Also write the 2 MB plan here.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plan = folder / "big.yaml"
        big_plan(plan)
        if args.keep:
            shutil.copyfile(plan, args.keep)
        seconds, code = run("validate", "--no-cache", str(plan), cwd=folder)
        if code != 0:
            sys.exit("the generated plan does not validate")
        messy = unformatted(plan.read_text(encoding="utf-8"))
        size = len(messy.encode())
        steps = actions_unordered(plan.read_text(encoding="utf-8"))
        timings: dict[str, list[float]] = {
            "fmt (reformats)": [],
            "fmt (every action reordered)": [],
            "fmt (already formatted)": [],
            "fmt --check (already formatted)": [],
            "validate --no-cache": [],
        }
        for _round in range(args.rounds):
            work = folder / "work.yaml"
            work.write_text(messy, encoding="utf-8")
            seconds, code = run("fmt", str(work), cwd=folder)
            if work.read_text(encoding="utf-8") == messy:
                sys.exit("fmt did not reformat the plan")
            timings["fmt (reformats)"].append(seconds)
            other = folder / "steps.yaml"
            other.write_text(steps, encoding="utf-8")
            timings["fmt (every action reordered)"].append(run("fmt", str(other), cwd=folder)[0])
            if other.read_text(encoding="utf-8") != work.read_text(encoding="utf-8"):
                sys.exit("fmt of the reordered actions did not give the laid-out plan")
            timings["fmt (already formatted)"].append(run("fmt", str(work), cwd=folder)[0])
            seconds, code = run("fmt", "--check", str(work), cwd=folder)
            if code != 0:
                sys.exit("fmt is not idempotent on the generated plan")
            timings["fmt --check (already formatted)"].append(seconds)
            timings["validate --no-cache"].append(run("validate", "--no-cache", str(work), cwd=folder)[0])
        print(f"plan: {size / 1e6:.2f} MB, {messy.count(chr(10))} lines; median of {args.rounds} rounds, CPU seconds")
        for what, values in timings.items():
            print(f"  {what:<34} {statistics.median(values):6.2f} s")
        print("target (issue 13): fmt within 3 s")


if __name__ == "__main__":
    main()
