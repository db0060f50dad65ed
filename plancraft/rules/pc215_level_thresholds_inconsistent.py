"""Numeric level thresholds rise with the levels, leave no level out, and keep one unit per measure.

`levels[].thresholds` make grading checkable (20 people, 200,000 yuan). Read in level order (least
severe first), a measure's minimum must rise from level to level — otherwise an event fits two
levels, or the more severe level catches less; one measure keeps one unit (人 and 户 cannot be
compared); and a measure used below and above a level must be stated for that level too, or the
events between fall into a gap.

Passing::

    levels:
      - {id: general, name: 一般投诉, thresholds: [{measure: 投诉人数, min: 1, unit: 人}]}
      - {id: major, name: 较大投诉, thresholds: [{measure: 投诉人数, min: 5, unit: 人}]}
      - {id: severe, name: 重大投诉, thresholds: [{measure: 投诉人数, min: 20, unit: 人}]}

Failing::

    levels:
      - {id: general, name: 一般投诉, thresholds: [{measure: 投诉人数, min: 5, unit: 人}]}
      - {id: major, name: 较大投诉}                                                  # gap
      - {id: severe, name: 重大投诉, thresholds: [{measure: 投诉人数, min: 5, unit: 户}]}   # not higher; unit
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.model import Plan

CODE = "PC215"
NAME = "level-thresholds-inconsistent"
GROUP = "levels"
SEVERITY = Severity.WARNING
SUMMARY = "Level thresholds rise from level to level, leave no gap and keep one unit per measure"
SOURCE = "国办发〔2024〕5号 第十八条 (levels and their criteria); GB/T 29639-2020 6.1.2 (response grading)"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    levels = list(plan.items("levels"))
    # measure -> [(level index, threshold path, threshold)]
    seen: dict[str, list[tuple[int, tuple, dict]]] = {}
    for index, (path, level) in enumerate(levels):
        for t_path, threshold in plan.items(*path, "thresholds"):
            measure = threshold.get("measure")
            if isinstance(measure, str) and measure.strip():
                seen.setdefault(measure.strip(), []).append((index, t_path, threshold))
    for measure, uses in seen.items():
        first_unit = uses[0][2].get("unit")
        previous: tuple[int, tuple, dict] | None = None
        for index, t_path, threshold in uses:
            unit = threshold.get("unit")
            if unit != first_unit:
                yield plan.finding(
                    t_path + ("unit",) if "unit" in threshold else t_path,
                    f"`{measure}` is counted in {unit or 'no unit'} here but in {first_unit or 'no unit'} at level "
                    f"`{levels[uses[0][0]][1].get('id')}`; use one unit for one measure so the levels compare",
                )
            if previous is not None:
                low, high = previous[2].get("min"), threshold.get("min")
                if _number(low) and _number(high) and high <= low:
                    yield plan.finding(
                        t_path + ("min",),
                        f"`{measure}` starts at {high} at level `{levels[index][1].get('id')}`, not above the {low} of "
                        f"the less severe level `{levels[previous[0]][1].get('id')}`; a more severe level needs a "
                        f"higher minimum, or an event fits both",
                    )
                for gap in range(previous[0] + 1, index):
                    gap_path, gap_level = levels[gap]
                    yield plan.finding(
                        gap_path + ("id",),
                        f"level `{gap_level.get('id')}` ({plan.name_of(str(gap_level.get('id')))}) states no "
                        f"`{measure}` threshold although the levels below and above do; give it one, or events "
                        f"between {previous[2].get('min')} and {threshold.get('min')} fall into a gap",
                    )
            previous = (index, t_path, threshold)


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
