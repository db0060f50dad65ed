"""Issue 13's bounds, measured: verify on a zip bomb, controlled copies, fmt on a 2 MB plan.

    python benchmarks/safety_bench.py [COPIES]        # default 100 copies

Each command runs as a child process; the report gives its wall time and the child's peak
resident memory (ru_maxrss). Targets (issue 13, "Done when"): verify on a zip bomb and --copies
within 10 s per 100 copies and 300 MB; fmt on a 2 MB plan within 3 s.
"""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "plans" / "examples" / "bank-branch.zh.yaml"
DISTRIBUTION = re.compile(r"^distribution:\n(?:  .*\n|\n)*", re.M)


def run(*args: str, cwd: Path) -> tuple[float, float, int]:
    """(CPU seconds, peak MB of the largest child so far, exit code) of `python -m plancraft ARGS`.

    CPU time (user + system of the child), not wall time: on a shared machine the wall clock
    mostly measures the other processes."""
    env = {**os.environ, "PLANCRAFT_NO_LAYOUT": "1", "NO_COLOR": "1"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, "-m", "plancraft", *args], cwd=cwd, env=env, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, after.ru_maxrss / 1024, done.returncode


def zip_bomb(path: Path, megabytes: int = 1600) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as handle:
            block = b"\0" * (1024 * 1024)
            for _ in range(megabytes):
                handle.write(block)


def signed_plan(folder: Path, copies: int) -> Path:
    plan = folder / "plan.yaml"
    text = DISTRIBUTION.sub(f"distribution:\n  - to: 各营业网点\n    copies: {copies}\n\n", EXAMPLE.read_text("utf-8"), 1)
    plan.write_text(text, encoding="utf-8")
    for step, name, role in (
        ("prepared", "李明", "office-head"),
        ("reviewed", "张华", "compliance-head"),
        ("approved", "王强", "president"),
    ):
        assert run("sign", str(plan), "--step", step, "--name", name, "--role", role, "--date", "2024-09-15", cwd=folder)[2] == 0
    return plan


def big_plan(path: Path, size: int = 1_950_000) -> None:
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith("scenarios:"))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].strip() and not lines[i].startswith((" ", "#")))
    block, extra, n, total = "".join(lines[start + 1 : end]), [], 0, len("".join(lines).encode())
    while total < size:
        n += 1
        copy = re.sub(r"(\n  - id: )([\w-]+)", lambda m: f"{m.group(1)}{m.group(2)}-{n}", "\n" + block)[1:]
        extra.append(copy)
        total += len(copy.encode())
    path.write_text("".join(lines[:end]) + "".join(extra) + "".join(lines[end:]), encoding="utf-8")


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bomb = folder / "bomb.docx"
        zip_bomb(bomb)
        plan = signed_plan(folder, copies)
        seconds, peak, code = run("verify", str(plan), str(bomb), cwd=folder)
        print(
            f"verify on a {bomb.stat().st_size / 1e6:.1f} MB zip bomb (1.6 GB unpacked): "
            f"{seconds:.2f} s, peak {peak:.0f} MB, exit {code}"
        )
        seconds, peak, code = run(
            "render", str(plan), "--final", "--copies", "--max-copies", str(copies), "-o", str(folder / "copies"), cwd=folder
        )
        print(
            f"render --final --copies ({copies} copies): {seconds:.1f} s "
            f"({seconds / copies * 100:.1f} s per 100), peak {peak:.0f} MB, exit {code}"
        )
        big = folder / "big.yaml"
        big_plan(big)
        seconds, peak, code = run("fmt", str(big), cwd=folder)
        print(f"fmt on a {big.stat().st_size / 1e6:.2f} MB plan: {seconds:.1f} s, peak {peak:.0f} MB, exit {code}")


if __name__ == "__main__":
    main()
