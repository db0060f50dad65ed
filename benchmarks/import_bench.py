"""`plancraft import` in one process over the held-out sets' sources (.docx and .txt): CPU seconds per document.

    python benchmarks/import_bench.py [--every N] [--code DIR]

Imports every Nth .docx and every Nth .txt of plans/heldout*/sources (default every 4th: about 1,800 documents) after one warm-up
import, and prints the total, the median, the 95th percentile and the slowest document, for .docx and .txt apart.
`--code DIR` imports with the plancraft in DIR (a `git archive COMMIT plancraft schema templates` unpacked there), to
compare a change with the code before it on the same machine and documents.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=4, help="import every Nth source (default 4)")
    parser.add_argument("--code", type=Path, help="a folder holding the plancraft/ to measure (default: this one)")
    args = parser.parse_args()
    sys.path.insert(0, str((args.code or ROOT).resolve()))
    from plancraft.importer import import_document

    every = sorted(path for folder in ROOT.glob("plans/heldout*/sources") for path in folder.iterdir())
    sources = [path for kind in (".docx", ".txt") for path in [p for p in every if p.suffix == kind][:: args.every]]
    import_document(sources[0])  # the first import reads the vocabularies and compiles the module-level patterns
    seconds: dict[str, list[tuple[float, str]]] = {".docx": [], ".txt": []}
    for path in sources:
        started = time.process_time()
        import_document(path)
        seconds[path.suffix].append((time.process_time() - started, str(path.relative_to(ROOT))))
    print(f"plancraft from {sys.modules['plancraft'].__file__}")
    print("| kind | documents | total CPU s | median s | 95th percentile s | slowest |")
    print("|---|---|---|---|---|---|")
    for kind, timed in seconds.items():
        values = sorted(value for value, _ in timed)
        slowest = max(timed)
        p95 = values[int(0.95 * (len(values) - 1))]
        print(
            f"| {kind} | {len(values)} | {sum(values):.1f} | {statistics.median(values):.3f} | {p95:.3f} "
            f"| {slowest[0]:.2f} ({slowest[1]}) |"
        )


if __name__ == "__main__":
    main()
