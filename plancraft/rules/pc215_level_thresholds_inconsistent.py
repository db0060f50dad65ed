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
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.rules.presence import levels_rising

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
    levels = levels_rising(plan)  # least severe first, whichever way the plan lists them
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
                    _(
                        "`{measure}` is counted in {value} here but in {value2} at level `{get}`; use one unit for one measure so the levels compare"
                    ).format(
                        measure=measure,
                        value=unit or "no unit",
                        value2=first_unit or "no unit",
                        get=levels[uses[0][0]][1].get("id"),
                    ),
                )
            if previous is not None:
                low, high = previous[2].get("min"), threshold.get("min")
                if _number(low) and _number(high) and high <= low:
                    yield plan.finding(
                        t_path + ("min",),
                        _(
                            "`{measure}` starts at {high} at level `{get}`, not above the {low} of the less severe level `{get2}`; a more severe level needs a higher minimum, or an event fits both"
                        ).format(
                            measure=measure,
                            high=high,
                            get=levels[index][1].get("id"),
                            low=low,
                            get2=levels[previous[0]][1].get("id"),
                        ),
                    )
                for gap in range(previous[0] + 1, index):
                    gap_path, gap_level = levels[gap]
                    yield plan.finding(
                        gap_path + ("id",),
                        _(
                            "level `{get}` ({name}) states no `{measure}` threshold although the levels below and above do; give it one, or events between {get2} and {get3} fall into a gap"
                        ).format(
                            get=gap_level.get("id"),
                            name=plan.name_of(str(gap_level.get("id"))),
                            measure=measure,
                            get2=previous[2].get("min"),
                            get3=threshold.get("min"),
                        ),
                    )
            previous = (index, t_path, threshold)


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
