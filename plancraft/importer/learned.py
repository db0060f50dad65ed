"""Which clauses of a document are steps, as a model learned from the hand transcriptions says.

The step reader (steps.py) finds steps by rules written from the plans the project had seen; on publishers it had
not seen they found about two thirds of the steps a careful transcriber writes (benchmarks/import-recovery.md). This
module adds what a logistic regression learned from every transcribed plan in plans/ (seed, outside, heldout…): the
probability that a clause is part of a step, from its characters, its place in its sentence and paragraph, the
headings above it and what the act tests of acts.py say of it. The extractor (extract._learned_steps) makes a step
of each clause the model rates at THRESHOLD or more that no step holds yet.

    clauses(text)                 -> the clauses of one paragraph, as the model reads them: [(sentence, [clause…])…]
    features(clause, context)     -> the model's feature names for one clause
    step_probability(names)       -> 0.0 … 1.0

`scripts/train_step_model.py` rebuilds the weights (import_step_model.json) from the transcriptions; rebuild them when
the transcriptions change or a feature is added here. No weight is written by hand.
"""

from __future__ import annotations

import json
import math
import re
from importlib import resources
from typing import NamedTuple

from . import acts
from .hant import simplified
from .text import _deadline_in, sentences

MODEL_FILE = "import_step_model.json"
THRESHOLD = 0.6  # the probability from which a clause is a step (scripts/train_step_model.py --cv measures it)

_CLAUSE_END = re.compile(r"(?<=[，,；;])")
_CLAUSE_STRIP = " \t，,；;"


class Context(NamedTuple):
    """Where a clause stands: its sentence, its place in it and in the paragraph, the paragraph's list marker, the
    headings above it (nearest first, with the section each maps to) and the document's language."""

    sentence: str
    index: int
    count: int
    sentence_index: int
    marker: str
    headings: tuple[tuple[str, str | None], ...]
    lang: str


def clauses(text: str) -> list[tuple[str, list[str]]]:
    """The sentences of a paragraph and the clauses of each: a sentence cut after each comma or semicolon."""
    out = []
    for sentence in sentences(text):
        parts = [c.strip(_CLAUSE_STRIP) for c in _CLAUSE_END.split(sentence)]
        out.append((sentence, [c for c in parts if re.search(r"\w", c)]))
    return out


def _rated(test, text: str) -> bool:
    try:
        return bool(test(text))
    except (ValueError, IndexError):  # an act test that cannot read a fragment says nothing of it
        return False


def features(clause: str, context: Context) -> list[str]:
    """The feature names of one clause: its character pairs (simplified script, lower case), first characters and
    words, length, place in its sentence, marker, headings and the section they map to, the act tests of acts.py and
    whether it states a deadline."""
    flat = re.sub(r"\s+", "", simplified(clause).lower())
    names = ["bias", "lang:" + context.lang]
    names += ["b:" + flat[i : i + 2] for i in range(len(flat) - 1)]
    names += [f"s{i}:{flat[i]}" for i in range(min(3, len(flat)))]
    names.append("s01:" + flat[:2])
    words = re.findall(r"[a-z]+", flat)
    names += ["w:" + w for w in words]
    if words:
        names.append("w0:" + words[0])
        if len(words) > 1:
            names.append("w1:" + words[1])
    names.append(f"len:{min(10, len(flat) // 5)}")
    names.append(f"ci:{min(context.index, 3)}")
    names.append(f"ncl:{min(context.count, 5)}")
    names.append(f"si:{min(context.sentence_index, 3)}")
    names.append("last" if context.index == context.count - 1 else "notlast")
    if context.marker:
        names.append("marker")
    for depth, (title, key) in enumerate(context.headings[:3]):
        names.append(f"key{depth}:{key}")
        heading = simplified(title).lower()
        names += [f"h{min(depth, 1)}:" + heading[i : i + 2] for i in range(len(heading) - 1)]
    if not context.headings:
        names.append("nopath")
    for name, test, text in (
        ("ca", acts.clause_acts, clause),
        ("vc", acts.verb_clause, clause),
        ("sh", acts.shows_act, clause),
        ("sa", acts.sentence_acts, context.sentence),
    ):
        if _rated(test, text):
            names.append("r:" + name)
    if _deadline_in(clause):
        names.append("dl")
    return names


_loaded: dict[str, float] | None = None  # the weights, read once (the training script sets its own to measure them)


def _weights() -> dict[str, float]:
    global _loaded
    if _loaded is None:
        text = resources.files(__package__).joinpath(MODEL_FILE).read_text(encoding="utf-8")
        _loaded = json.loads(text)["weights"]
    return _loaded


def step_probability(names: list[str]) -> float:
    weights = _weights()
    z = sum(weights.get(name, 0.0) for name in names)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
