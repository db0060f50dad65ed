"""Import the twelve seed texts, the outside plans' sources and the held-out plans, and compare with the hand
transcriptions: recall (what of the transcription the import recovered) and precision (what of the import the
transcription has), per category.

    python benchmarks/import_recovery.py                       # prints the Markdown tables
    python benchmarks/import_recovery.py --write               # also rewrites them in benchmarks/import-recovery.md
    python benchmarks/import_recovery.py --dir plans/heldout   # only the plans of one folder (sources/NAME.* + NAME.yaml)
    python benchmarks/import_recovery.py --dir plans/heldout2  # the second held-out set

The seed texts are split from ../shared/reference/ (one page holding twelve plans, each starting at a
line `投诉应急预案(篇N)`); plans/seed/NN-*.yaml are their hand transcriptions. A folder of other plans
holds `sources/NAME.{docx,txt,md}` and the hand transcription `NAME.yaml`: plans/outside/ (looked at
while the importer was built), plans/heldout/ (written by someone else, measured unseen once, then read to find
the general forms behind its misses) and plans/heldout2/ (the second held-out set, measured only with --dir).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference"
SEEDS = ROOT / "plans" / "seed"
OUTSIDE = ROOT / "plans" / "outside"
HELDOUT = ROOT / "plans" / "heldout"
TABLE = ROOT / "benchmarks" / "import-recovery.md"
HEADER = re.compile(r"^投诉应急预案\(篇(\d+)\)\s*$")
SUFFIXES = (".txt", ".md", ".docx")
# group prefix in the plan column -> the label of its total row
GROUPS = [
    ("", "seed plans"),
    ("outside/", "outside plans"),
    ("heldout/", "held-out plans (first set, seen)"),
    ("heldout2/", "second held-out plans"),
]


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
        out[n] = "\n".join(lines[start + 1 : end]).strip() + "\n"
    return out


def folder_pairs(folder: Path, prefix: str) -> list[tuple[str, Path, Path]]:
    """(prefix + NAME, source, hand transcription) for each sources/NAME.* with a NAME.yaml beside `sources/`."""
    sources = folder / "sources"
    if not sources.is_dir():
        return []
    out = []
    for src in sorted(p for p in sources.iterdir() if p.suffix.lower() in SUFFIXES):
        hand = folder / f"{src.stem}.yaml"
        if hand.exists() and not any(name == f"{prefix}{src.stem}" for name, _, _ in out):
            out.append((f"{prefix}{src.stem}", src, hand))
    return out


def pairs(folder: Path = ROOT, *, heldout: bool = True) -> list[tuple[str, Path, Path]]:
    """(name, source text, hand transcription) for the seed plans, the outside plans and (unless told not to) the
    held-out plans."""
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
    out += folder_pairs(OUTSIDE, "outside/")
    if heldout:
        out += folder_pairs(HELDOUT, "heldout/")
    return out


def measure(plans: list[tuple[str, Path, Path]] | None = None) -> list[tuple[str, dict, float | None, dict]]:
    """(name, recall counts, overall recall, precision counts) per plan."""
    sys.path.insert(0, str(ROOT))
    from plancraft.importer import import_document
    from plancraft.importer.compare import precision, recovery, share
    from plancraft.loader import load

    rows = []
    for name, src, hand in pairs() if plans is None else plans:
        result = import_document(src)
        reference = load(hand).data
        counts = recovery(result.data, reference)
        rows.append((name, counts, share(counts), precision(result.data, reference)))
    return rows


def _group(name: str) -> str:
    for prefix, label in reversed(GROUPS):
        if prefix and name.startswith(prefix):
            return label
    return GROUPS[0][1]


def _sums(rows, label: str, index: int) -> dict[str, list[int]]:
    from plancraft.importer.compare import CATEGORIES

    sums = {c: [0, 0] for c in CATEGORIES}
    for row in rows:
        if _group(row[0]) == label:
            for c in CATEGORIES:
                sums[c][0] += row[index][c][0]
                sums[c][1] += row[index][c][1]
    return sums


def _total_row(label: str, sums: dict[str, list[int]]) -> str | None:
    found = sum(f for f, _ in sums.values())
    total = sum(t for _, t in sums.values())
    if not total:
        return None
    cells = [f"{f}/{t} ({f / t:.0%})" if t else "–" for f, t in sums.values()]
    return f"| **{label}** | " + " | ".join(cells) + f" | **{found / total:.0%}** |"


def table(rows) -> str:
    """Recall per plan and per group, then precision per plan and per group."""
    from plancraft.importer.compare import CATEGORIES

    head = " | ".join(c.replace("_", " ") for c in CATEGORIES)
    lines = [
        "Recall — recovered / in the hand transcription:",
        "",
        f"| plan | {head} | all |",
        "|" + "---|" * (len(CATEGORIES) + 2),
    ]
    for name, counts, overall, _ in rows:
        cells = [f"{f}/{t}" if t else "–" for f, t in (counts[c] for c in CATEGORIES)]
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {'–' if overall is None else f'{overall:.0%}'} |")
    for _, label in GROUPS:
        line = _total_row(label, _sums(rows, label, 1))
        if line:
            lines.append(line)
    lines += [
        "",
        "Precision — right / extracted by import (extracted items the hand transcription does not have count as wrong):",
        "",
        f"| plan | {head} | all |",
        "|" + "---|" * (len(CATEGORIES) + 2),
    ]
    for name, _, _, right in rows:
        cells = [f"{f}/{t}" if t else "–" for f, t in (right[c] for c in CATEGORIES)]
        found = sum(f for f, _ in right.values())
        total = sum(t for _, t in right.values())
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {f'{found / total:.0%}' if total else '–'} |")
    for _, label in GROUPS:
        line = _total_row(label, _sums(rows, label, 3))
        if line:
            lines.append(line)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite the tables in benchmarks/import-recovery.md")
    parser.add_argument("--dir", type=Path, help="measure only the plans of this folder (sources/NAME.* + NAME.yaml)")
    args = parser.parse_args(argv)
    if args.dir is not None:
        prefix = "heldout/" if args.dir.resolve() == HELDOUT.resolve() else f"{args.dir.name}/"
        if prefix not in [p for p, _ in GROUPS]:  # a later held-out set (plans/heldoutN/) totals under its own name
            GROUPS.append((prefix, f"{args.dir.name} plans"))
        plans = folder_pairs(args.dir, prefix)
        if not plans:
            sys.exit(f"{args.dir}: no sources/NAME.* with a NAME.yaml transcription")
        print(table(measure(plans)))
        return
    text = table(measure())
    print(text)
    if args.write:
        doc = TABLE.read_text(encoding="utf-8") if TABLE.exists() else ""
        start, end = "<!-- table -->\n", "<!-- /table -->\n"
        if start in doc and end in doc:
            doc = doc[: doc.index(start) + len(start)] + text + doc[doc.index(end) :]
            TABLE.write_text(doc, encoding="utf-8")


if __name__ == "__main__":
    main()
