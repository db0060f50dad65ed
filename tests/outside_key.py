"""The answer keys of plans/outside/ against what lint finds: matching, precision and recall.

A finding matches a listed fault when its code is one of the codes `kinds.yaml` gives for the
fault's kind and its place agrees with the fault's `where`: one path is a prefix of the other
(a finding at a scenario matches a fault at one of its steps, and the other way round), one of
the finding's related locations (SARIF relatedLocations) is the fault's place, or the
fault is `plan` (something missing from the plan as a whole) and the finding sits at a top-level
key or at `document`, where lint reports what is absent. A finding about the whole plan (at
`document` or a top-level key) also covers every listed fault of its kind inside that section or,
at `document`, anywhere: "no step in the plan has a time limit" covers each untimed step. A finding that matches no listed fault
needs a verdict in NAME.review.yaml: `right` (a real fault the key missed), `duplicate` (a second
finding for a fault already reported: not false, but one fault should give one finding) or
`wrong` (a false finding). Precision counts right and duplicate findings as right.

`python -m tests.outside_key` prints the table for plans/outside/README.md; `python -m tests.outside_key
heldout` scores the held-out set the same way (plans/heldout/ against tests/fixtures/heldout/, with the
same kinds.yaml) and prints the table for plans/heldout/README.md; `python -m tests.outside_key heldoutN` does
the same for any later held-out set (plans/heldoutN/ against tests/fixtures/heldoutN/).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml import YAML

from plancraft.diagnostics import Diagnostic, format_path
from plancraft.lint.engine import check_paths
from plancraft.loader import load

ROOT = Path(__file__).resolve().parent.parent
KEYS = ROOT / "tests" / "fixtures" / "outside"
PLANS = ROOT / "plans" / "outside"
HELDOUT_KEYS = ROOT / "tests" / "fixtures" / "heldout"
HELDOUT2_KEYS = ROOT / "tests" / "fixtures" / "heldout2"
# Which answer keys a set is scored by (every tests/fixtures/heldout*/ folder is the key of plans/heldout*/);
# every set uses the one vocabulary of kinds in KEYS/kinds.yaml.
SETS = {"outside": KEYS} | {p.name: p for p in sorted(KEYS.parent.glob("heldout*")) if p.is_dir()}


def parse_path(text: str) -> tuple:
    """`scenarios[0].actions[1]` -> ("scenarios", 0, "actions", 1)."""
    parts: list = []
    for name, index in re.findall(r"([A-Za-z_][\w-]*)|\[(\d+)\]", text):
        parts.append(name if name else int(index))
    return tuple(parts)


@dataclass
class Fault:
    id: str
    what: str
    kind: str
    where: list  # of paths (tuples), or ["plan"]

    def matches(self, finding: Diagnostic, codes: list[str], path_at=None) -> bool:
        if finding.code not in codes:
            return False
        places = [tuple(finding.path)]
        if path_at:  # related locations (line, column) back to YAML paths
            places += [p for p in (path_at(line, column) for line, column, _ in finding.related) if p]
        whole_plan = len(finding.path) <= 1
        for where in self.where:
            if where == "plan" or (whole_plan and tuple(finding.path) in ((), ("document",))):
                if whole_plan:
                    return True
                continue
            for place in places:
                n = min(len(place), len(where))
                if n and place[:n] == where[:n]:
                    return True
        return False


@dataclass
class PlanScore:
    name: str
    faults: list[Fault]
    findings: list[Diagnostic]
    found: dict[str, list[Diagnostic]] = field(default_factory=dict)  # fault id -> findings
    unmatched: list[Diagnostic] = field(default_factory=list)
    verdicts: dict[str, dict] = field(default_factory=dict)  # finding key -> {verdict, why}

    @property
    def missed(self) -> list[Fault]:
        return [f for f in self.faults if not self.found.get(f.id)]

    def wrong(self) -> list[Diagnostic]:
        return [d for d in self.unmatched if self.verdicts.get(finding_key(d), {}).get("verdict") == "wrong"]

    def duplicates(self) -> list[Diagnostic]:
        return [d for d in self.unmatched if self.verdicts.get(finding_key(d), {}).get("verdict") == "duplicate"]

    def unreviewed(self) -> list[Diagnostic]:
        return [d for d in self.unmatched if finding_key(d) not in self.verdicts]

    @property
    def recall(self) -> float:
        return (len(self.faults) - len(self.missed)) / len(self.faults) if self.faults else 1.0

    @property
    def precision(self) -> float:
        return (len(self.findings) - len(self.wrong())) / len(self.findings) if self.findings else 1.0


def finding_key(finding: Diagnostic) -> str:
    """How a review file names a finding: its code and YAML path, e.g. `PC204 levels[1]`."""
    return f"{finding.code} {format_path(tuple(finding.path)) or '(plan)'}"


def _load(path: Path):
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def key_faults(plans: Path, keys: Path, names) -> list[str]:
    """What is wrong with the answer keys of `names` themselves: a fault whose kind is not in
    kinds.yaml, or whose `where` is not a place in its plan. Empty when the keys are sound."""
    known = kinds()
    problems = []
    for name in names:
        key = YAML(typ="safe").load((keys / f"{name}.faults.yaml").read_text(encoding="utf-8"))
        positions = load(plans / f"{name}.yaml").positions
        for fault in key["faults"]:
            if fault["kind"] not in known:
                problems.append(f"{name}: {fault['id']} has kind {fault['kind']!r}")
            where = fault["where"] if isinstance(fault["where"], list) else [fault["where"]]
            problems += [
                f"{name}: {fault['id']} at {place}" for place in where if place != "plan" and parse_path(place) not in positions
            ]
    return problems


def kinds() -> dict[str, list[str]]:
    return {kind: list(codes or []) for kind, codes in _load(KEYS / "kinds.yaml").items()}


def names(keys: Path = KEYS) -> list[str]:
    return sorted(p.name[: -len(".faults.yaml")] for p in keys.glob("*.faults.yaml"))


def score(name: str, kind_codes: dict[str, list[str]] | None = None, keys: Path = KEYS) -> PlanScore:
    kind_codes = kind_codes if kind_codes is not None else kinds()
    key = _load(keys / f"{name}.faults.yaml")
    faults = []
    for item in key["faults"]:
        where = item["where"] if isinstance(item["where"], list) else [item["where"]]
        faults.append(Fault(item["id"], item["what"], item["kind"], ["plan" if w == "plan" else parse_path(w) for w in where]))
    plan = ROOT / key["plan"]
    report = check_paths([str(plan)], use_cache=False)
    result = PlanScore(name, faults, list(report.diagnostics))
    review_file = keys / f"{name}.review.yaml"
    if review_file.exists():
        result.verdicts = {k: v for k, v in (_load(review_file) or {}).items()}
    at: dict[tuple[int, int], tuple] = {}
    for path, (key_line, key_col, value_line, value_col) in load(plan).positions.items():
        at.setdefault((key_line, key_col), path)
        at.setdefault((value_line, value_col), path)

    def path_at(line: int, column: int) -> tuple | None:
        return at.get((line, column))

    for finding in result.findings:
        hit = [f for f in faults if f.matches(finding, kind_codes.get(f.kind, []), path_at)]
        for fault in hit:
            result.found.setdefault(fault.id, []).append(finding)
        if not hit:
            result.unmatched.append(finding)
    return result


def lost_faults(name: str, plan_score: PlanScore, known_misses) -> set[tuple[str, str]]:
    """(plan, fault id) of the listed faults a plan's score misses that are not known misses: the answer-key
    tests require none (a fault found at a set's measurement must stay found)."""
    return {(name, fault.id) for fault in plan_score.missed} - set(known_misses)


def unlisted_misses(scores: dict[str, PlanScore], known_misses) -> set[tuple[str, str]]:
    """Known misses that name no listed fault of the set (a typo in a test's KNOWN_MISSES)."""
    return set(known_misses) - {(name, fault.id) for name, s in scores.items() for fault in s.faults}


def faults_found(scores: dict[str, PlanScore]) -> int:
    """How many listed faults of a set lint finds."""
    return sum(len(s.faults) - len(s.missed) for s in scores.values())


def table(scores: list[PlanScore]) -> str:
    lines = [
        "| plan | faults listed | found | recall | findings | duplicates | wrong | precision |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for s in scores:
        found = len(s.faults) - len(s.missed)
        lines.append(
            f"| {s.name} | {len(s.faults)} | {found} | {s.recall:.0%} | {len(s.findings)} | "
            f"{len(s.duplicates())} | {len(s.wrong())} | {s.precision:.0%} |"
        )
    listed = sum(len(s.faults) for s in scores)
    found = sum(len(s.faults) - len(s.missed) for s in scores)
    findings = sum(len(s.findings) for s in scores)
    wrong = sum(len(s.wrong()) for s in scores)
    duplicates = sum(len(s.duplicates()) for s in scores)
    lines.append(
        f"| **all** | {listed} | {found} | {found / listed:.0%} | {findings} | {duplicates} | {wrong} | "
        f"{(findings - wrong) / findings:.0%} |"
    )
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover - a report for the README
    import sys

    keys_dir = SETS[sys.argv[1] if len(sys.argv) > 1 else "outside"]
    all_scores = [score(n, keys=keys_dir) for n in names(keys_dir)]
    print(table(all_scores))
    for s in all_scores:
        for fault in s.missed:
            print(f"missed  {s.name}: {fault.id} ({fault.kind})")
        for finding in s.unreviewed():
            print(f"review  {s.name}: {finding_key(finding)}  {finding.message[:150]}")
