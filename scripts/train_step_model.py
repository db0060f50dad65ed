"""Train the learned step model of `plancraft import` (plancraft/importer/learned.py) from the hand transcriptions.

    python scripts/train_step_model.py            # writes plancraft/importer/import_step_model.json
    python scripts/train_step_model.py --cv       # also: each group of plans measured by a model trained without it
    python scripts/train_step_model.py --check    # exit 1 when the committed weights are not what training gives

Every transcribed plan is read: the seed plans (split from ../shared/reference), plans/outside and every plans/heldout*
folder on this branch. Each clause of a document (learned.clauses, read where the extractor reads it) is a sample; it
is a step when half its character pairs are in one step of the plan's hand transcription (compare.similar, the measure
of benchmarks/import_recovery.py). The model is a logistic regression trained by stochastic gradient descent with a
fixed seed, so the same transcriptions give the same weights; weights under 0.05 are dropped.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import import_recovery  # noqa: E402

from plancraft.importer import learned  # noqa: E402
from plancraft.importer.compare import _steps, recovery, precision, similar  # noqa: E402
from plancraft.importer.extract import Extractor  # noqa: E402
from plancraft.importer.reader import read  # noqa: E402
from plancraft.loader import load  # noqa: E402

MODEL = ROOT / "plancraft" / "importer" / learned.MODEL_FILE
EPOCHS, RATE, DECAY, SEED, KEEP = 15, 0.05, 1e-5, 2, 0.05


def transcribed() -> list[tuple[str, Path, Path]]:
    pairs = import_recovery.pairs()
    folders = sorted(p for p in (ROOT / "plans").glob("heldout?*") if p.is_dir() and p.name != "heldout")
    for folder in sorted(folders, key=lambda p: int(re.sub(r"\D", "", p.name))):
        pairs += import_recovery.folder_pairs(folder, f"{folder.name}/")
    return pairs


def samples(pairs) -> list[tuple[str, list[str], bool, str]]:
    """(plan, feature names, is a step, clause) for every clause of every transcribed document."""
    out = []
    learned_pass = Extractor._learned_steps
    Extractor._learned_steps = lambda self, out: None  # the clauses are read as the rules leave them, no model needed
    try:
        for name, source, hand in pairs:
            steps = [str(step["do"]) for step in _steps(load(hand).data)]
            extractor = Extractor(read(source), None)
            extractor.run()
            for _, clause, context in extractor.clause_contexts():
                label = any(similar(clause, step) for step in steps)
                out.append((name, learned.features(clause, context), label, clause))
    finally:
        Extractor._learned_steps = learned_pass
    return out


def train(rows: list[tuple[list[str], bool]]) -> dict[str, float]:
    weights: dict[str, float] = defaultdict(float)
    order = list(range(len(rows)))
    shuffle = random.Random(SEED).shuffle
    for _ in range(EPOCHS):
        shuffle(order)
        for i in order:
            names, label = rows[i]
            z = sum(weights[n] for n in names)
            gradient = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - label
            for n in names:
                weights[n] -= RATE * (gradient + DECAY * weights[n])
    return {n: round(w, 4) for n, w in sorted(weights.items()) if abs(w) >= KEEP}


def _group(name: str) -> str:
    m = re.match(r"(heldout\d*)/", name)
    if m is None:
        return "outside" if name.startswith("outside/") else "seed"
    n = int(m.group(1)[7:] or 1)
    return "heldout–heldout14" if n <= 14 else "heldout15–22" if n <= 22 else "heldout23–27" if n <= 27 else f"heldout{n}"


def cross_validate(pairs, rows) -> None:
    """Each group measured by a model trained on the other groups: the steps recalled and right with the rules alone,
    then with the model's steps added."""
    from plancraft.importer import import_document

    def measure(group: str) -> list[int]:
        total = [0, 0, 0, 0]
        for name, source, hand in pairs:
            if _group(name) == group:
                reference, data = load(hand).data, import_document(source).data
                counts = (*recovery(data, reference)["steps"], *precision(data, reference)["steps"])
                total = [a + b for a, b in zip(total, counts)]
        return total

    def cell(total: list[int]) -> str:
        return f"{total[0]}/{total[1]} ({total[0] / max(1, total[1]):.0%}), right {total[2]}/{total[3]} ({total[2] / max(1, total[3]):.0%})"

    learned_pass = Extractor._learned_steps
    for group in sorted({_group(name) for name, *_ in rows}):
        Extractor._learned_steps = lambda self, out: None
        alone = measure(group)
        Extractor._learned_steps = learned_pass
        learned._loaded = train([(names, label) for name, names, label, _ in rows if _group(name) != group])
        print(f"{group:20} rules: steps {cell(alone)} | with the model: {cell(measure(group))}")
    learned._loaded = None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cv", action="store_true", help="measure each group with a model trained without it")
    parser.add_argument("--check", action="store_true", help="fail when the committed weights differ from training")
    args = parser.parse_args()
    pairs = transcribed()
    rows = samples(pairs)
    weights = train([(names, label) for _, names, label, _ in rows])
    model = {
        "about": "plancraft import: learned step model (plancraft/importer/learned.py); made by scripts/train_step_model.py",
        "plans": len(pairs),
        "clauses": len(rows),
        "steps": sum(1 for row in rows if row[2]),
        "weights": weights,
    }
    text = json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    if args.check:
        same = MODEL.exists() and MODEL.read_text(encoding="utf-8") == text
        print("the committed weights are what training gives" if same else f"{MODEL} differs from training: run the script")
        return 0 if same else 1
    MODEL.write_text(text, encoding="utf-8")
    print(f"{MODEL.relative_to(ROOT)}: {len(weights)} weights from {len(rows)} clauses of {len(pairs)} plans")
    if args.cv:
        cross_validate(pairs, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
