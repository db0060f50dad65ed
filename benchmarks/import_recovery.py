"""Import the twelve seed texts (and the outside plans' sources) and compare with the hand transcriptions.

    python benchmarks/import_recovery.py            # prints the Markdown table
    python benchmarks/import_recovery.py --write    # also rewrites the table in benchmarks/import-recovery.md

The seed texts are split from ../shared/reference/ (one page holding twelve plans, each starting at a
line `投诉应急预案(篇N)`); plans/seed/NN-*.yaml are their hand transcriptions.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference"
SEEDS = ROOT / "plans" / "seed"
OUTSIDE = ROOT / "plans" / "outside"
TABLE = ROOT / "benchmarks" / "import-recovery.md"
HEADER = re.compile(r"^投诉应急预案\(篇(\d+)\)\s*$")


def seed_texts(reference_dir: Path = REFERENCE) -> dict[int, str]:
    """{N: text of 篇N} split from the reference page (the `(篇N)` line itself is the page's label, left out)."""
    files = sorted(reference_dir.glob("*.txt"))
    if not files:
        return {}
    lines = files[0].read_text(encoding="utf-8").split("\n")
    starts = [(i, int(m.group(1))) for i, line in enumerate(lines) if (m := HEADER.match(line))]
    out = {}
    for k, (start, n) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        out[n] = "\n".join(lines[start + 1:end]).strip() + "\n"
    return out


def pairs(folder: Path) -> list[tuple[str, Path, Path]]:
    """(name, source text, hand transcription) for the seed plans and any outside plans with a source."""
    out = []
    texts = seed_texts()
    tmp = Path(tempfile.mkdtemp(prefix="plancraft-import-"))
    for n, text in sorted(texts.items()):
        hand = next(iter(sorted(SEEDS.glob(f"{n:02d}-*.yaml"))), None)
        if hand is None:
            continue
        src = tmp / f"seed-{n:02d}.txt"
        src.write_text(text, encoding="utf-8")
        out.append((hand.stem, src, hand))
    sources = OUTSIDE / "sources"
    if sources.is_dir():
        for src in sorted(p for p in sources.iterdir() if p.suffix.lower() in (".txt", ".md", ".docx")):
            hand = OUTSIDE / f"{src.stem}.yaml"
            if hand.exists():
                out.append((f"outside/{src.stem}", src, hand))
    return out


def measure() -> list[tuple[str, dict, float | None, bool]]:
    sys.path.insert(0, str(ROOT))
    from plancraft.importer import import_document
    from plancraft.importer.compare import recovery, share
    from plancraft.loader import load

    rows = []
    for name, src, hand in pairs(ROOT):
        result = import_document(src)
        counts = recovery(result.data, load(hand).data)
        rows.append((name, counts, share(counts), True))
    return rows


def table(rows) -> str:
    from plancraft.importer.compare import CATEGORIES

    head = "| plan | " + " | ".join(c.replace("_", " ") for c in CATEGORIES) + " | all |"
    lines = [head, "|" + "---|" * (len(CATEGORIES) + 2)]
    totals = {c: [0, 0] for c in CATEGORIES}
    for name, counts, overall, _ in rows:
        cells = []
        for c in CATEGORIES:
            found, total = counts[c]
            totals[c][0] += found
            totals[c][1] += total
            cells.append(f"{found}/{total}" if total else "–")
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {'–' if overall is None else f'{overall:.0%}'} |")
    for label, outside in (("seed plans", False), ("outside plans", True)):
        sums = {c: [0, 0] for c in CATEGORIES}
        for name, counts, _, _ in rows:
            if name.startswith("outside/") == outside:
                for c in CATEGORIES:
                    sums[c][0] += counts[c][0]
                    sums[c][1] += counts[c][1]
        found = sum(f for f, _ in sums.values())
        total = sum(t for _, t in sums.values())
        if total:
            cells = [f"{f}/{t} ({f / t:.0%})" if t else "–" for f, t in sums.values()]
            lines.append(f"| **{label}** | " + " | ".join(cells) + f" | **{found / total:.0%}** |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    text = table(measure())
    print(text)
    if "--write" in sys.argv:
        doc = TABLE.read_text(encoding="utf-8") if TABLE.exists() else ""
        start, end = "<!-- table -->\n", "<!-- /table -->\n"
        if start in doc and end in doc:
            doc = doc[:doc.index(start) + len(start)] + text + doc[doc.index(end):]
            TABLE.write_text(doc, encoding="utf-8")
