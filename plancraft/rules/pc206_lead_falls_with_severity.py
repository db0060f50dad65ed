"""The lead of a level is never more junior than the lead of a less severe level.

Levels are listed in rising severity, and a more serious event needs someone with more
authority: the branch head leads an ordinary complaint, the deputy president a disorder, the
president a violent incident. A more severe level led by someone more junior than a milder one
is almost always a slip (two leads swapped, a level moved) and on the day puts the junior person
in command of the worse case.

Seniority is read from the organisation, and two leads are compared only when it says which is
more senior:

- within a group, the `leader` (组长) is above the `deputies` (副组长), who are above the
  `members` (成员) — compared in the first group that lists both roles;
- a role in some group is above a role in no group at all;
- otherwise (same rank, or not comparable), a role that is the `backup` (B角) of another is
  junior to it — unless the two are each other's backup.

Each level is compared with the nearest less severe level whose lead is more senior. Levels listed most
severe first (特别重大(Ⅰ级) … 一般(Ⅳ级), which PC218 reports) are read the way their names grade them.

Passing::

    organisation:
      groups:
        - {id: leading-group, name: 领导小组, leader: president, members: [branch-head]}
      roles:
        - {id: president, title: 组长}
        - {id: branch-head, title: 网点负责人}
    levels:
      - {id: general, name: 一般投诉, lead: branch-head}
      - {id: severe, name: 重大投诉, lead: president}

Failing::

    organisation:
      groups:
        - {id: leading-group, name: 领导小组, leader: president, members: [branch-head]}
      roles:
        - {id: president, title: 组长}
        - {id: branch-head, title: 网点负责人}
    levels:
      - {id: general, name: 一般投诉, lead: president}
      - {id: severe, name: 重大投诉, lead: branch-head}   # a member leads the worse case
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import N_, _
from plancraft.model import ROLE, Plan
from plancraft.rules.helpers import for_plan
from plancraft.rules.presence import levels_rising

CODE = "PC206"
NAME = "lead-falls-with-severity"
GROUP = "levels"
SEVERITY = Severity.WARNING
SUMMARY = "The lead of a more severe level is not more junior than the lead of a milder one"
SOURCE = "good practice (standards.md gap catalogue: leads rise with severity); GB/T 29639-2020 6.1.2 (response grading)"
CLAUSES = ("GB/T 29639-2020 6.1.2",)
VERIFIED = True
OPTIONS: dict[str, object] = {}

_RANKS = (("leader", 3, N_("leader")), ("deputies", 2, N_("deputy")), ("members", 1, N_("member")))


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    seniority = _Seniority(plan)
    earlier: list[tuple[str, str]] = []  # (level id, lead) of the less severe levels
    for path, level in levels_rising(plan):  # least severe first, whichever way the plan lists them
        lead, ident = level.get("lead"), level.get("id")
        if not isinstance(lead, str) or plan.kind_of(lead) != ROLE:
            continue
        for other_level, other_lead in reversed(earlier):
            reason = seniority.why_junior(lead, other_lead)
            if reason:
                yield plan.finding(
                    path + ("lead",),
                    _(
                        "level `{ident}` ({name}) is led by `{lead}` ({name2}), who is junior to `{other_lead}` ({name3}), the lead of the less severe level `{other_level}` ({name4}): {reason}; a more severe level needs a lead at least as senior — check the order of the levels or their leads"
                    ).format(
                        ident=ident,
                        name=plan.name_of(str(ident)),
                        lead=lead,
                        name2=plan.name_of(lead),
                        other_lead=other_lead,
                        name3=plan.name_of(other_lead),
                        other_level=other_level,
                        name4=plan.name_of(other_level),
                        reason=reason,
                    ),
                )
                break
        earlier.append((str(ident), lead))


# How a backup is named to a Chinese plan (B角) and to any other.
_BACKUP = {"zh": N_("`{junior}` is the backup (B角) of `{senior}`"), "en": N_("`{junior}` is the backup of `{senior}`")}


class _Seniority:
    """Who is senior to whom, as far as the organisation says."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.groups: list[tuple[str, dict[str, tuple[int, str]]]] = []  # (group id, role -> (rank, word))
        for _skip, group in plan.items("organisation", "groups"):
            ranks: dict[str, tuple[int, str]] = {}
            for key, rank, word in _RANKS:
                value = group.get(key)
                for role in [value] if isinstance(value, str) else value if isinstance(value, list) else []:
                    if isinstance(role, str) and role not in ranks:
                        ranks[role] = (rank, word)
            self.groups.append((str(group.get("id")), ranks))
        self.backup: dict[str, str] = {}
        for _skip, role in plan.items("organisation", "roles"):
            if isinstance(role.get("id"), str) and isinstance(role.get("backup"), str):
                self.backup.setdefault(role["id"], role["backup"])

    def why_junior(self, junior: str, senior: str) -> str | None:
        """Why `junior` ranks below `senior`, or None when it does not (or the plan does not say)."""
        if junior == senior:
            return None
        for group, ranks in self.groups:
            if junior in ranks and senior in ranks:
                (low, low_word), (high, high_word) = ranks[junior], ranks[senior]
                if low < high:
                    return _("in group `{group}` ({name}) `{senior}` is the {high_word} and `{junior}` a {low_word}").format(
                        group=group,
                        name=self.plan.name_of(group),
                        senior=senior,
                        high_word=_(high_word),
                        junior=junior,
                        low_word=_(low_word),
                    )
                if low > high:
                    return None
                return self._by_backup(junior, senior)
        junior_grouped = any(junior in ranks for _, ranks in self.groups)
        senior_grouped = any(senior in ranks for _, ranks in self.groups)
        if senior_grouped and not junior_grouped:
            return _("`{senior}` has a place in a group and `{junior}` has none").format(senior=senior, junior=junior)
        if junior_grouped and not senior_grouped:
            return None
        return self._by_backup(junior, senior)

    def _by_backup(self, junior: str, senior: str) -> str | None:
        if self.backup.get(senior) == junior and self.backup.get(junior) != senior:
            return _(for_plan(self.plan, _BACKUP)).format(junior=junior, senior=senior)
        return None
