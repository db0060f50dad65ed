"""`plancraft fmt` on a valid 2 MB plan (issue 13: within 3 s), in plancraft's layout or in any other.

    python benchmarks/fmt_bench.py [--rounds N] [--keep PATH]
    python benchmarks/fmt_bench.py --styles all|compact,flow,... [--rounds N] [--reference]

Builds a schema-valid plan of about 1.95 MB (the Chinese example with its scenarios copied, each
with more actions and a few comments, up to the schema's 500 scenarios) and times, as fresh
processes (CPU seconds of the child, user + system: on a shared machine the wall clock mostly
measures the other processes), the median of N rounds of:

- `fmt` of the plan laid out differently (`key_points` before `title` in every scenario);
- `fmt` of the plan with `by` before `do` in every action (each under a comment line);
- `fmt` of the plan already formatted: nothing to write;
- `fmt --check` of the formatted plan;
- `validate` of the same plan, for scale (start-up, parse, schema).

With `--styles`, the same plan is written in each layout of benchmarks/fmt_styles.py (compact lists,
other indents, flow and block styles, quoted keys, comments, wrapped values, keys in reverse order,
CRLF, a BOM, all mixed), sized so that it and its laid-out text are at most 1.95 MB (both have to be under
the loader's 2 MiB limit), and the table gives the CPU seconds of `fmt` on it (and its wall clock) and
of `fmt --check` afterwards (which must pass: idempotent). `--reference` also lays each one out with the
full round trip in this process (slow: the layout fmt gave before the fast path) and fails unless fmt
wrote exactly that text.
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
import time
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


def styled_plan(folder: Path, style: str, size: int = SIZE) -> bytes:
    """The benchmark plan in `style` (benchmarks/fmt_styles.py): about `size` bytes, or less where a
    layout is more compact than plancraft's (the plan and its laid-out text must both stay under the
    loader's limit)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from fmt_styles import styled

    from plancraft.fmt import format_bytes

    def larger(data: bytes) -> int:  # the larger of the styled plan and its laid-out text
        return max(len(data), len(format_bytes(data, "styled.yaml").data()))

    sample = folder / "sample.yaml"
    big_plan(sample, 300_000)
    ratio = larger(styled(sample.read_text(encoding="utf-8"), style)) / sample.stat().st_size
    base = folder / f"base-{style}.yaml"
    target = int(size / max(ratio, 1.0))
    for _attempt in range(3):  # the sample's ratio is only an estimate: shrink until it fits
        big_plan(base, target)
        data = styled(base.read_text(encoding="utf-8"), style)
        now = larger(data)
        if now <= size or ratio <= 1.0:
            break
        target = int(target * size / now * 0.99)
    return data


def styles(names: list[str], rounds: int, reference: bool) -> None:
    from plancraft.loader import MAX_BYTES

    print(f"fmt of the same plan in each layout; median of {rounds} rounds, CPU seconds (wall clock of fmt in brackets)")
    print(f"  {'style':<12} {'MB':>5} {'fmt':>7} {'(wall)':>8} {'--check':>8}  {'same as full round trip':<24}")
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for style in names:
            data = styled_plan(folder, style)
            if len(data) > MAX_BYTES:
                sys.exit(f"{style}: the styled plan is {len(data)} bytes, over the loader's limit")
            plan = folder / f"{style}.yaml"
            fmt_times, walls, check_times = [], [], []
            for _round in range(rounds):
                plan.write_bytes(data)
                started = time.perf_counter()
                seconds, code = run("fmt", str(plan), cwd=folder)
                walls.append(time.perf_counter() - started)
                fmt_times.append(seconds)
                seconds, code = run("fmt", "--check", str(plan), cwd=folder)
                if code != 0:
                    sys.exit(f"{style}: fmt is not idempotent")
                check_times.append(seconds)
            same = "-"
            if reference:
                same = "yes" if plan.read_bytes() == _reference(data) else "NO"
                if same == "NO":
                    sys.exit(f"{style}: fmt's text differs from the full round trip's")
            took = statistics.median(fmt_times)
            worst = max(worst, took)
            wall = statistics.median(walls)
            print(
                f"  {style:<12} {len(data) / 1e6:5.2f} {took:6.2f}s {f'({wall:.2f}s)':>8} {statistics.median(check_times):7.2f}s  {same}"
            )
    print(f"slowest: {worst:.2f} s; target (issue 13): fmt within 3 s")


def _reference(data: bytes) -> bytes:
    """What fmt writes for `data` laid out by the full round trip alone (no shortcut)."""
    import plancraft.fmt as fmt

    saved = fmt._layout
    fmt._layout = fmt._layout_text
    try:
        return fmt.format_bytes(data, "reference.yaml").data()
    finally:
        fmt._layout = saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="Also write the 2 MB plan here.")
    parser.add_argument("--styles", help="Comma-separated layouts of benchmarks/fmt_styles.py, or `all`.")
    parser.add_argument("--reference", action="store_true", help="With --styles: compare with the full round trip.")
    args = parser.parse_args()
    if args.styles:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from fmt_styles import STYLES

        names = list(STYLES) if args.styles == "all" else args.styles.split(",")
        unknown = [name for name in names if name not in STYLES]
        if unknown:
            sys.exit(f"unknown style {unknown[0]!r}; known: {', '.join(STYLES)}")
        styles(names, args.rounds, args.reference)
        return
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
