"""How far two careful transcriptions of the same document agree, beside the import's agreement with each.

    python benchmarks/agreement.py

benchmarks/agreement/NAME.yaml is a second hand transcription of plans/heldoutN/NAME.yaml's document, made from its
source alone by an engineer who had not seen the first (2026-12-02). Each pair is measured as the import is
(plancraft/importer/compare.py): the second against the first, the first against the second, and the import of the
source's .docx against each. The table is in benchmarks/import-recovery.md.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from plancraft.importer import import_document  # noqa: E402
from plancraft.importer.compare import CATEGORIES, recovery  # noqa: E402
from plancraft.loader import load  # noqa: E402

ROWS = ("second against first", "first against second", "import against first", "import against second")


def measure() -> dict[str, dict[str, list[int]]]:
    totals = {row: {c: [0, 0] for c in CATEGORIES} for row in ROWS}
    for second_path in sorted((ROOT / "benchmarks" / "agreement").glob("h*.yaml")):
        stem = second_path.stem
        number = re.match(r"h(\d+)-", stem).group(1)
        folder = ROOT / "plans" / f"heldout{number}"
        first, second = load(folder / f"{stem}.yaml").data, load(second_path).data
        imported = import_document(folder / "sources" / f"{stem}.docx").data
        pairs = ((second, first), (first, second), (imported, first), (imported, second))
        for row, (got, reference) in zip(ROWS, pairs):
            for category, (found, total) in recovery(got, reference).items():
                totals[row][category][0] += found
                totals[row][category][1] += total
    return totals


def main() -> None:
    print("| on the same documents | all | " + " | ".join(CATEGORIES) + " |")
    print("|---" * (len(CATEGORIES) + 2) + "|")
    for row, counts in measure().items():
        found = sum(f for f, _ in counts.values())
        total = sum(t for _, t in counts.values())
        cells = " | ".join(f"{f}/{t}" for f, t in counts.values())
        print(f"| {row} | {found}/{total} = {found / total:.0%} | {cells} |")


if __name__ == "__main__":
    main()
