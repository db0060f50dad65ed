"""An emergency plan's levels are told apart by something that can be counted, not by adjectives alone.

A person on the spot grades an event by its criteria, and "影响较大", "情节严重", "少量学生" / "多名学生",
"短暂失去受理能力" leave the grade to a guess: is eight people 少量 or 多名? Level criteria of an emergency
plan usually count something — people involved (投诉人数, 涉及学生人数), money (涉及金额, 损失), households
(停电户数), duration (持续时间), injuries or deaths, or the reach of the media (市级以上媒体) — so that two
people grade one event alike. 国办发〔2024〕5号 第十八条 asks for the grading criteria of each level; the
plan format holds such counts under `levels[].thresholds` (20 people, 200,000 yuan).

Reported once, at `levels`, when an emergency plan has two or more levels with criteria and no level
counts anything: no `thresholds`, and no criteria text with a number (list numbers such as "1、" and
"(一)" aside), a count in Chinese numerals (三人, 十户), a duration, deaths or injuries (死亡, 重伤), or an
administrative reach (省级, 市级以上). One level with a count is enough: the plan does measure, and
levels graded by the kind of event above it are a choice, not a gap. A complaint procedure is not asked:
its levels (simple, complex, stage 1 and 2) sort complaints by the work they need. A level without
criteria at all is PC202's.

Passing::

    levels:
      - {id: general, name: 一般事件, criteria: 3名以下学生出现轻微不适}
      - {id: major, name: 重大事件, criteria: 3名及以上学生出现过敏等症状，或被市级以上媒体报道}

Failing::

    levels:                        # how many is 少量, how many 多名?
      - {id: general, name: 一般事件, criteria: 少量学生出现轻微不适反应}
      - {id: major, name: 重大事件, criteria: 多名学生出现过敏、皮疹等身体不适症状}
"""

from __future__ import annotations

from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _, pgettext
from plancraft.model import EMERGENCY_PLAN, Plan
from plancraft.stated import is_not_stated

CODE = "PC220"
NAME = "level-criteria-unmeasured"
GROUP = "levels"
SEVERITY = Severity.WARNING
SUMMARY = "An emergency plan's level criteria count something (people, money, households, time, media reach)"
SOURCE = "国办发〔2024〕5号 第十八条 (grading criteria of each level); GB/T 29639-2020 6.1.2 (response grading)"
CLAUSES = ("国办发〔2024〕5号 第十八条", "GB/T 29639-2020 6.1.2")
VERIFIED = True
DOCUMENT_TYPES = (EMERGENCY_PLAN,)  # a complaint procedure's levels sort complaints by the work they need
OPTIONS: dict[str, object] = {}

# List numbers, which count nothing: "1、", "(2)", "（三）", "四、", "3." at the start of an item.
_LIST_NUMBER = re.compile(
    r"[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|(?:^|(?<=[\s:：;；,，。]))(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．]"
)
# What counts: a number, a Chinese count with its unit, deaths or injuries, an administrative reach.
_MEASURED = re.compile(
    r"\d"
    r"|[一二两三四五六七八九十百千万]+\s*(?:余|多)?\s*(?:名|人|户|家|元|万|亿|个|起|次|辆|所|间|位|例|公里|米|吨|台|栋|幢|小时|天|日|周|月)"
    r"|死亡|重伤|伤亡|遇难|失踪"
    r"|(?:国家|省|市|地市|县|区|乡镇)级(?:以上|及以上)?|全国|全省|全市|全县|跨(?:省|市|县|区)",
)


def _criteria(level: dict) -> str | None:
    text = level.get("criteria")
    if not isinstance(text, str) or not text.strip() or is_not_stated(text):
        return None
    return text


def measured(text: str) -> bool:
    """True when a level's criteria count something (list numbers aside)."""
    return _MEASURED.search(_LIST_NUMBER.sub(" ", text)) is not None


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    levels = [level for _path, level in plan.items("levels")]
    if any(level.get("thresholds") for level in levels):
        return
    texts = [text for text in (_criteria(level) for level in levels) if text is not None]
    if len(texts) < 2 or any(measured(text) for text in texts):
        return
    names = [str(level.get("name") or level.get("id")) for level in levels if _criteria(level) is not None]
    yield plan.finding(
        ("levels",),
        _(
            "no level's criteria count anything ({names}): the grade is left to words such as “more”, “serious” or "
            "“major”; give each level a measure that two people read alike — people involved, amount, households, "
            "duration, injuries, media reach — in its criteria or under `thresholds`"
        ).format(names=pgettext("list separator", "; ").join(names)),
        at_key=True,
    )
