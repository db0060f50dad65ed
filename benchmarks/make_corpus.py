"""Generate N complete plans (variations of the Chinese example) for lint benchmarks.

python benchmarks/make_corpus.py 1000 /tmp/corpus
"""

from __future__ import annotations

import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parent.parent / "plans" / "examples" / "bank-branch.zh.yaml"


def make_corpus(count: int, folder: Path) -> list[Path]:
    """`count` distinct, schema-valid plans in `folder` (each differs in id, issuer and amounts)."""
    folder.mkdir(parents=True, exist_ok=True)
    base = EXAMPLE.read_text(encoding="utf-8")
    paths = []
    for n in range(count):
        text = (
            base.replace("id: example-branch-complaints", f"id: branch-{n:05d}-complaints")
            .replace("示例银行梁平支行", f"示例银行第{n}支行")
            .replace("max: 5000", f"max: {5000 + n % 7 * 100}")
        )
        path = folder / f"branch-{n:05d}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    make_corpus(int(sys.argv[1]), Path(sys.argv[2]))
