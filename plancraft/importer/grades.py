"""Levels (分级): the half of the Extractor that reads how a plan grades its cases — a grading section
(headings or items per level), a table of levels, a grading stated as a list, response levels, and, where the
document has no grading section, levels stated in passing (definitions, graded cases, tiers, stages).
extract.Extractor inherits it; the wording of grades and thresholds is in levels.py."""

from __future__ import annotations

from plancraft.importer import recache as re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from . import levels as grading
from . import vocab
from .numbers import find_durations, number
from .outline import Node, Segment
from .roles import outside_body, posts_in
from .text import Src, _clean, _deadline_in, _is_deadline, _short_title, sentences


# What a response level's acts are headed by (响应措施 / Actions), a part of its own or a line after what defines the
# level (Actions:)
_RESPONSE_ACTS = r"(?:(?:响应|处置|应急|应对|主要|工作)(?:措施|行动|程序|流程)|actions?|measures?|response actions?)"

# The parts of a response level (Ⅰ级响应 → 启动条件：… / 响应措施：…), which Word lists give as labels of their own.
_RESPONSE_PART = re.compile(
    rf"^(?:(?:启动|响应|适用)(?:条件|标准|情形)|conditions?|criteria|triggers?|{_RESPONSE_ACTS})$",
    re.IGNORECASE,
)


def fold_response_parts(root: Node) -> None:
    """A response level (（一）Ⅰ级响应) whose sub-headings are only its parts (1. 启动条件：… 2. 响应措施：…) is one
    section: the parts' text stands under the level, in order, so that the level is read as one scenario (its
    condition the trigger, its measures the steps), not as scenarios titled 启动条件 and 响应措施."""
    for node in list(root.walk()):
        if (
            node.children
            and grading.is_level_name(node.title)
            and re.search(r"响应|response", node.title, re.IGNORECASE)
            and all(_RESPONSE_PART.match(c.title.strip(" ：:")) and not c.children for c in node.children)
        ):
            for child in node.children:
                label = child.title.strip(" ：:")
                for seg in child.items:  # the condition keeps its label: it is the scenario's trigger
                    cond = re.match(r"^(?:启动|响应|适用)(?:条件|标准|情形)$", label) and not seg.is_table
                    node.items.append(replace(seg, text=f"启动条件：{seg.text}") if cond else seg)
            node.children = []


def graded_headings(root: Node) -> None:
    """Levels as headings of their own outside any grading section (二、特别重大停电事件（Ⅰ级） 三、重大停电事件（Ⅱ级）…):
    two or more sibling headings that map to no section and each name a different grade are levels."""
    for node in root.walk():
        kids = [
            c
            for c in node.children
            if c.key is None
            and grading.is_level_name(c.title)
            and (grading.severity(c.title) is not None or _EN_LEVEL.search(c.title))
            and not re.search(r"响应|response", c.title, re.IGNORECASE)
        ]
        ranks = [grading.severity(c.title) if grading.severity(c.title) is not None else level_key(c.title) for c in kids]
        if len(kids) >= 2 and len(set(ranks)) == len(ranks):
            for c in kids:
                c.key = "levels"
        graded = [c for c in node.children if grading.is_level_name(c.title)]
        if len(graded) >= 2 and all(
            not c.items and len(c.children) == 1 and not c.children[0].children and not _WHEN_PART.search(c.children[0].title)
            for c in graded
        ):
            for c in graded:
                # Priority 1 > Mission Critical > what it is: the sub-heading names the grade's kind, its text the
                # grade's (one level, Priority 1 Mission Critical)
                only = c.children[0]
                c.title, c.items, c.children = f"{c.title} {only.title}", only.items, []


def numbered_grade(column: str, number: str) -> str:
    """A grade a table gives by number alone, named by what its column counts (Priority | 1 -> Priority 1; 阶段 | 一 ->
    阶段一)."""
    return f"{column}{number}" if re.search(r"[\u4e00-\u9fff]", column) else f"{column} {number}"


def grade_opening(cell: str) -> str:
    """The grade a table cell opens with: the whole cell when it names one (重大投诉（Ⅱ级）), else the words before its
    first colon, comma or line (轻微投诉：客户对服务细节不满，… -> 轻微投诉)."""
    cell = cell.strip()
    head = re.split(r"[：:，,。；;\n]", cell, maxsplit=1)[0].strip()
    if head != cell and grading.is_level_name(head):
        return head
    coded = None if grading.is_level_name(cell) else _CODE_OPENING.match(cell)
    # IR - Priority 1 - Emergency/serious risk to health and safety or property: the grade its code and word name
    return coded.group(0).strip() if coded and grading.is_level_name(coded.group(0)) else cell


_CODE_OPENING = re.compile(
    r"^(?:[A-Z]{1,4}\s*[-–—]\s*)?(?:priority|severity|level|category|tier|p|sev)\s*-?\s*[0-9](?:\s*[-–—]\s*[A-Za-z]+)?(?!\w)",
    re.IGNORECASE,
)


# the column of a levels table that says what is done at each level (处置要求: 组长1小时内到场指挥)
_LEVEL_RESPONSE_HEADERS = (
    "处置要求",
    "响应措施",
    "处置措施",
    "应对措施",
    "响应要求",
    "处理要求",
    "响应行动",
    "response",
    "action",
)


def _response_parts(cell: str) -> list[str]:
    """The sentences of a cell that says what is done, its bullets and lines apart."""
    return [p for chunk in re.split(r"\s*[•●▪◆]\s*|\n+", cell) for p in sentences(chunk) if p.strip()]


def _only_durations(cell: str) -> bool:
    """Whether a cell holds periods and nothing else (4 hrs / 24 hrs; 30分钟/2小时)."""
    spans = find_durations(cell)
    rest = cell
    for span in reversed(spans):
        rest = rest[: span.start] + rest[span.end :]
    # (15 Minutes or Less, up to 4 hours: a bound on the period, still nothing but the period)
    bounds = r"\b(?:or\s+(?:less|sooner|fewer)|up\s+to|at\s+most|no\s+(?:more|later)\s+than|less\s+than|max(?:imum)?)\b|[<≤]"
    return bool(spans) and not re.sub(rf"[\s/／,，;；、|\-–—]|{bounds}|\b(?:and|or|within)\b|内|以内", "", rest, flags=re.I)


# a column of an escalation matrix: Level 1, Tier 2, First Escalation, 第一级处理人, 一线
_TIER_HEADER = re.compile(
    r"^(?:(?:level|tier|line|stage)\s*[1-9]|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:level|tier|line|escalation)|"
    r"第?[一二三四]级(?:处理|负责|受理)?(?:人|岗位)?|[一二三]线(?:处理)?(?:人员?|岗位)?)\s*(?:[（(].*)?$",
    re.IGNORECASE,
)


# a column of a responsibility matrix (Priority | Responsible | Accountable | Consulted | Informed): a post a cell
_RACI_HEADER = re.compile(r"^(?:responsible|accountable|consulted|informed|support)\s*$", re.IGNORECASE)


# a line that gives a grade its period and nothing else (P1 – 2 business hours, 一级：30分钟)
_GRADE_PERIOD = re.compile(r"^(?P<grade>[^：:，,。；;–—-]{1,30}?)\s*(?:[：:]|\s[–—-]|[–—])\s*(?P<time>[^：:]{1,40})$")


# a line of a level's body that names a time (Response: 1 Hour (24x7), 响应时限：2小时)
_TIMED_LINE = re.compile(r"^\s*(?P<label>[^：:，,。；;]{2,40}?)\s*[：:]\s*(?P<time>.+?)\s*$")


def _deadline_column(rows: list[list[str]], column: int) -> bool:
    """Two or more of the column's cells say something, and half or more of those give a deadline or are periods
    alone (Target for Permanent Solution | 1 day | 5 days | N/A)."""
    cells = [row[column].strip() for row in rows if column < len(row) and row[column].strip()]
    timed = sum(1 for cell in cells if _deadline_in(cell) or _only_durations(cell))
    return len(cells) >= 2 and timed * 2 >= len(cells)


def _tier_post(cell: str) -> str:
    """The post an escalation-matrix cell names, without its address in brackets (Support Lead ([email protected])), or
    "" for none (N/A, -)."""
    post = re.sub(r"\s*[（(][^（）()]*[）)]\s*", " ", cell).strip(" -–—")
    if not post or re.fullmatch(r"n/?a|none|nil|无|不适用|[-–—/]+", post, re.IGNORECASE) or len(post) > 40:
        return ""
    return "" if re.search(r"[。；;，,]|@|\d{3}", post) or find_durations(post) or not re.search(r"[^\W\d_]", post) else post


# the last row of a grades table that grades nothing (其他问题, Other issues): what no grade covers, not a grade
_OTHER_CASES = re.compile(r"^(?:其他|其它|others?\b|miscellaneous\b)", re.IGNORECASE)


def ends_with_other_cases(names: list[str]) -> bool:
    """Whether a column of three or more grades ends in a row of what none of them grades (A级严重 / A级一般 / B级 /
    其他问题)."""
    return len(names) >= 3 and bool(_OTHER_CASES.match(names[-1])) and not grading.is_level_name(names[-1])


# A stage named Level I / Level II (an appeal's tiers in Roman numerals); its numeral captured
_ROMAN_LEVEL = r"level\s+(I{1,3}|IV)\s*$"


class Grades:
    """The levels half of the Extractor (extract.Extractor inherits it)."""

    def _level_rows(
        self,
        seg: Segment,
        rows: list[list[str]],
        header: list[str],
        *,
        level: int,
        criteria: int,
        deadline: int | None,
        lead: int | None,
        out: dict,
        whole_row: bool = False,
    ) -> None:
        """A table of levels (级别 | 启动条件 | 响应时限 | 牵头部门): a level a row, with its criteria and thresholds,
        the row's unit or post as its lead, and the row's time as a deadline of that level's response. A column of
        what is done (处置要求: 组长1小时内到场指挥) gives the lead its sentence opens with and its time as a deadline."""
        levels = out.setdefault("levels", [])
        response = next((i for i, h in enumerate(header) if any(w in h.lower() for w in _LEVEL_RESPONSE_HEADERS)), None)
        # Incident Level | Type of Incident and Response: one column says what the level is, then what is done
        described = (
            criteria is None
            and response is not None
            and response != level
            and re.search(r"type|description|incident|definition|event|类型|描述|情形|事件", header[response]) is not None
        )
        todos: list[tuple[dict, list[str], tuple]] = []  # each level, what is done at it, where
        timed = [
            i
            for i, h in enumerate(header)
            # (Escalation Threshold (in hours): a column of periods named by their unit)
            if re.search(r"时间|时限|期限|\btime|within|timescale|timeframe|\(in (?:minutes|hours|days)\)", h)
            and i not in (level, criteria, lead, response)
        ]
        # | Student | Academic Services Office | Investigation: a column headed by who acts whose cells give the times
        # (Complaint should be raised within 1 month…; Will acknowledge receipt within 5 working days): times too
        timed += [
            i
            for i in range(len(header))
            if i not in (level, criteria, lead, response, deadline, *timed) and _deadline_column(rows[1:], i)
        ]
        # Severity | Level 1 | Level 2 | Level 3: who handles the level at each tier of escalation, a post a cell
        tiers = [i for i, h in enumerate(header) if _TIER_HEADER.match(h) and i not in (level, criteria, response)]
        # Trouble | Priority | Response Time, 优先级 | 严重性 | 业务影响 | 示例场景: with no column named for what the level
        # is, the columns of words that are neither who nor when say it together
        timed_response = response is not None and _deadline_column(rows[1:], response)  # Response Time | 4 hours
        # (a grade named by its number, Priority | 1, is said by all its row's words: Category | Priority | Description)
        describing = (
            [i for i in range(len(header)) if i not in (level, lead, deadline, response, *timed, *tiers) and header[i]]
            if whole_row or (criteria is None and (response is None or timed_response))
            else []
        )
        grade_names = [grade_opening(row[level]) for row in rows[1:] if level < len(row)]
        other_row = len(rows) if len(grade_names) == len(rows) - 1 and ends_with_other_cases(grade_names) else None
        for index, row in enumerate(rows[1:], 2):
            at = ("t", seg.table, index)

            def cell(i: int | None, row: list[str] = row) -> str:
                return row[i].strip() if i is not None and i < len(row) else ""

            name = grade_opening(cell(level))
            if index == other_row:
                # 其他问题 | 24小时 under A级 / B级: no level, but its times are deadlines all the same
                for column in (c for c in [deadline, *timed] if c is not None):
                    for span in find_durations(cell(column))[:1]:
                        self._level_deadline(name, rows[0][column].strip(), span.value, at)
                continue
            if not name or any(str(lv["name"].value) == name and lv["name"].at[:2] == ("t", seg.table) for lv in levels):
                if todos and cell(response):  # a row under a level's own, its cell merged down: more done at it
                    todos[-1][1].extend(_response_parts(cell(response)))
                continue  # a cell merged down the rows names its grade once
            # what the level is: its criteria cell, else what its own cell says after its name, else its row's words
            after_name = re.sub(r"^[：:，,。；;\s]+", "", cell(level)[len(name) :].strip())
            own = "" if whole_row else (cell(criteria) if criteria != level else "") or after_name
            said = own or self._described_by(rows[0], [(i, cell(i)) for i in describing])
            parts = _response_parts(cell(response)) if response is not None and response not in (level, criteria, lead) else []
            durations_only = bool(parts) and _only_durations(cell(response))
            if durations_only:
                if response not in timed and response != deadline:
                    # Response / Resolution | 4 hrs / 24 hrs: the level's deadlines, each named by its part of the header
                    self._timed_cell(rows[0][response], cell(response), name, at)
                parts = []  # (Target Response Time | 2 hours: a time, read as one, nothing done)
            if described and parts:
                said = parts.pop(0)  # • An inconvenient incident that will be dealt with internally…: what the level is
            item = {"id": Src(self.ids.make(level_key(name), "level")), "name": Src(name, at)}
            if said:
                item["criteria"] = Src(said, at)
                _thresholds(item, said, at, self.lang)
            tier_roles = [
                self._role_ref(post, at, create=True) or self._add_role(post, at)
                for i in tiers
                for post in [_tier_post(cell(i))]
                if post
            ]
            if tier_roles and (lead is None or not cell(lead)):
                item["lead"] = Src(tier_roles[0], at)  # Level 1 | Level 2 | Level 3: the first to handle it leads
            if cell(lead) and lead not in (level, criteria):
                who = self._role_ref(cell(lead), at, create=True)
                if who is None and cell(lead).endswith(vocab.GROUP_SUFFIXES) and not cell(lead).endswith("办公室"):
                    who = str(self._group_named(cell(lead), at)["id"].value)  # 领导小组 leads: a group
                elif who is None and 2 <= len(cell(lead)) <= 20 and not re.search(r"[，,。；;、]", cell(lead)):
                    who = self._add_role(cell(lead), at)  # 营业网点, Customer Relations: the row names who leads
                who = self._leader_if_group(who)  # a group leads: its leader is the level's lead, when named
                if who:
                    item["lead"] = Src(who, at)
            todo = (
                cell(response)
                if response is not None and response not in (level, criteria, lead, deadline) and not durations_only
                else ""
            )
            if todo and "lead" not in item:
                who = self._subject_role(todo, at)
                if who:
                    item["lead"] = Src(who, at)
            todo_spans = [d for d in find_durations(todo) if _is_deadline(todo, d)] if todo else []
            if todo_spans and not (deadline is not None and find_durations(cell(deadline))):
                entry = {
                    "id": Src(self.ids.make(f"{name}{header[response]}", "deadline")),
                    "what": Src(todo, at),
                    "within": Src(todo_spans[0].value, at),
                }
                if "lead" in item:
                    entry["owner"] = item["lead"]
                self.table_deadlines.append(entry)
                self.mapped.append("time_limits")
            # the row's times: the deadline column, and any other column of times (故障级别 | 响应时间 | 故障解决时间),
            # each span of a cell a deadline (30分钟，2小时内提交故障处理方案: the response, then the plan)
            for column in [deadline] + [i for i in timed if i != deadline]:
                if column is None or column in (level, criteria):
                    continue
                text = cell(column)
                for k, span in enumerate(find_durations(text)[: 1 if column == deadline else 3]):
                    after = re.split(r"[，,。；;]", text[span.end :].lstrip("内之以 "), maxsplit=1)[0].strip(" .")
                    # the column names the first span; a later one, the act it times (…2小时内提交故障处理方案)
                    self._level_deadline(name, after if k and after else rows[0][column].strip(), span.value, at)
            # a second table of the same grades (their criteria, then their times): one level each, not two
            same = next((lv for lv in levels if str(lv["name"].value) == name), None)
            if same is None:
                levels.append(item)
            else:
                item = same
            if parts:
                todos.append((item, parts, at))
        for item, parts, at in todos:
            # what is done at each level (Principal to be informed immediately. • Form Business Continuity Team…): the
            # steps of that level's response, not lost with the table
            name = str(item["name"].value)
            scenario = self._new_scenario(f"{name}响应" if self.lang == "zh-CN" else f"{name} response", at)
            scenario["level"] = Src(str(item["id"].value))
            for part in parts:
                self._step(scenario, part, at)
            if scenario.get("actions"):
                self._owner(scenario)
                out.setdefault("scenarios", []).append(scenario)
                self.mapped.append("scenarios")
        _sort_levels(levels)  # (a table of priorities under any heading: Priority 1, the most urgent, listed last)
        self.mapped.append("levels")

    def _times_of_levels(self, seg: Segment, rows: list[list[str]], header: list[str], grade: int, out: dict) -> bool:
        """A later table of the levels already read (Priority | Estimated Escalation Threshold | Estimated Resolution
        Timeframe, Urgent | 30 Minutes | 8 Hours or Less): each row's periods are that level's deadlines, named by their
        column. Columns of a word or two (Priority | Ticket Type | Action | Commitment, Priority 1 | Incident | Resolve |
        1 Day) name the deadline with the level; a row with no level (| Interaction | Response | 5 hours) is one all
        the same. Only when every row names a level read before, or none, or all but one row, and the table says
        nothing else."""
        known = [str(level["name"].value) for level in out.get("levels") or []]
        names = [grade_opening(row[grade]) if grade < len(row) else "" for row in rows[1:]]
        others = [i for i in range(len(header)) if i != grade]
        # (all rows name a level read before, or all but one: 4 – MACD under HIGH, MEDIUM, LOW read as headings)
        matched = sum(1 for n in names if n and any(_same_grade(n, k) for k in known))
        if not any(names) or matched < max(1, len([n for n in names if n]) - 1) or not others:
            return False
        timed = [i for i in others if all(_only_durations(row[i]) or not row[i].strip() for row in rows[1:] if i < len(row))]
        words = [i for i in others if i not in timed]
        if not timed or any(len(row[i].split()) > 3 or find_durations(row[i]) for row in rows[1:] for i in words if i < len(row)):
            return False
        self.used.add(id(seg))
        for index, row in enumerate(rows[1:], 2):
            said = " ".join(row[i].strip() for i in words if i < len(row) and row[i].strip())
            name = " ".join(part for part in (grade_opening(row[grade]) if grade < len(row) else "", said) if part)
            for i in timed:
                if i < len(row) and row[i].strip():
                    self._timed_cell(rows[0][i], row[i], name, ("t", seg.table, index))
        return True

    def _priority_matrix(self, seg: Segment, rows: list[list[str]], out: dict) -> bool:
        """| 1 - High Urgency | 2 - Medium Urgency over 1 - High Impact | Priority 1 - Critical | Priority 2 - High: an
        impact and urgency matrix, its cells grades, some in more than one cell. The grades are the levels, each once,
        the row and column of each of its cells its criteria. Not when levels were read before."""
        if out.get("levels") or len(rows) < 3 or len(rows[0]) < 3 or any(len(row) != len(rows[0]) for row in rows):
            return False
        cells = [(row[0].strip(), rows[0][j].strip(), grade_opening(row[j])) for row in rows[1:] for j in range(1, len(row))]
        names = [name for _, _, name in cells]
        distinct = list(dict.fromkeys(names))
        if (
            not all(names)
            or not all(grading.is_level_name(name) for name in names)
            or not 2 <= len(distinct) < len(names)
            or not all(label for label, _, _ in cells)
            or not all(label.strip() for label in rows[0][1:])
        ):
            return False
        self.used.add(id(seg))
        levels = out.setdefault("levels", [])
        for name in distinct:
            first = next(k for k, (_, _, n) in enumerate(cells) if n == name)
            at = ("t", seg.table, first // (len(rows[0]) - 1) + 2)
            said = "; ".join(f"{row} / {column}" for row, column, n in cells if n == name)
            levels.append({"id": Src(self.ids.make(level_key(name), "level")), "name": Src(name, at), "criteria": Src(said, at)})
        _sort_levels(levels)
        self.mapped.append("levels")
        return True

    def _tiers_of_levels(self, seg: Segment, rows: list[list[str]], header: list[str], grade: int, out: dict) -> bool:
        """A later table of the levels' escalation (Prioritization Level | 1st Escalation | 2nd Escalation, Urgent |
        Incident Team | All ETS Staff) or responsibility (Priority | Responsible | Accountable | …): each cell's post is a role, and the first tier's leads a level read before of
        the row's name that has no lead. Only when the grade column is the only one that is no tier."""
        tiers = [i for i, h in enumerate(header) if (_TIER_HEADER.match(h) or _RACI_HEADER.match(h)) and i != grade]
        if not tiers or len(tiers) != len(header) - 1:
            return False
        self.used.add(id(seg))
        known = out.get("levels") or []
        for index, row in enumerate(rows[1:], 2):
            at = ("t", seg.table, index)
            posts = [_tier_post(row[i]) for i in tiers if i < len(row)]
            roles = [self._role_ref(post, at, create=True) or self._add_role(post, at) for post in posts if post]
            name = row[grade].strip() if grade < len(row) else ""
            level = next((lv for lv in known if name and _same_grade(name, str(lv["name"].value))), None)
            if roles and level is not None and "lead" not in level:
                level["lead"] = Src(roles[0], at)
        return True

    def _described_by(self, header: list[str], cells: list[tuple[int, str]]) -> str:
        """What a level is, from the cells of its row that describe it: the one cell alone, or each under its column's
        name (业务影响：业务完全中断；用户影响范围：影响所有用户)."""
        cells = [(i, text) for i, text in cells if text and not find_durations(text)]
        if len(cells) == 1:
            return cells[0][1]
        colon, sep = ("：", "；") if self.lang == "zh-CN" else (": ", "; ")
        return sep.join(f"{header[i].strip()}{colon}{text}" for i, text in cells)

    def _timed_cell(self, head: str, text: str, name: str, at: tuple) -> None:
        """A level's cell of periods alone under a header that names each (Response / Resolution | 2 hrs / 8 hrs): a
        deadline each, what it is the level's name and that part of the header."""
        spans = find_durations(text)
        labels = [h.strip() for h in re.split(r"\s*[/／]\s*", head) if h.strip()]
        for k, span in enumerate(spans):
            self._level_deadline(name, labels[k] if len(labels) == len(spans) else head.strip(), span.value, at)

    def _level_deadline(self, name: str, label: str, within: str, at: tuple) -> None:
        """A deadline a levels table gives a level: what it is, the level's name and the column's (or the act's) label."""
        what = f"{name}{label}" if self.lang == "zh-CN" else f"{name}: {label}"
        if any(str(d["what"].value) == what and str(d["within"].value) == within for d in self.table_deadlines):
            return  # the cell says the same time twice (…a response within 6 weeks … within 6 weeks of notification)
        self.table_deadlines.append(
            {"id": Src(self.ids.make(what, "deadline")), "what": Src(what, at), "within": Src(within, at)}
        )
        self.mapped.append("time_limits")

    def _sec_levels(self, node: Node, items: list[Segment], out: dict) -> None:
        levels = out.setdefault("levels", [])
        if grading.is_level_name(node.title) and re.search(r"响应|response", node.title, re.IGNORECASE) and not node.children:
            # （一）Ⅰ级响应 standing alone (under 应急响应): what is done at a level the grading named
            body = [s for s in items if not s.is_table and id(s) not in self.used]
            graded = self._graded_as(node.title, levels)
            if graded is not None and body:
                self._response_scenario(node, body, graded, out)
                return
        if grading.is_level_name(node.title) and (node.parent is None or node.parent.key != "levels") and not node.children:
            # 二、特别重大停电事件（Ⅰ级） with its criteria under it, a level standing as a section of its own
            body = [s for s in items if not s.is_table and id(s) not in self.used]
            name = grading.level_title(_clean(node.title))
            item = {"id": Src(self.ids.make(level_key(name), "level")), "name": Src(name, ("p", node.number))}
            body = self._listed_response(node, item, body, out)
            if body:
                crit = re.sub(r"^(?:是指|系指|指)(?=\S)", "", "\n".join(s.text for s in body))  # （一）Ⅰ级 / 指造成…
                item["criteria"] = Src(crit, ("p", body[0].number))
                _thresholds(item, crit, ("p", body[0].number), self.lang)
                self.used.update(id(s) for s in body)
            levels.append(item)
            _sort_levels(levels)
            return
        if not levels and self._levels_named_alone(node, items, levels):
            return
        if self._grade_in_parts(node, items, out):
            return
        for child in node.children:
            if child.key == "levels" and grading.is_level_name(child.title):
                body = [s for s in child.all_items() if not s.is_table and id(s) not in self.used]
                rank = grading.severity(child.title) if re.search(r"响应|response", child.title, re.IGNORECASE) else None
                graded = next((lv for lv in levels if rank is not None and grading.severity(str(lv["name"].value)) == rank), None)
                if graded is not None and body:
                    # Ⅲ级响应 after the grading (一般（Ⅲ级）…): what is done at that level, not another level
                    scenario = self._level_scenario(child, graded, body, out)
                    if scenario.get("owner") and "lead" not in graded:
                        graded["lead"] = scenario["owner"]
                    continue
                name = grading.level_title(child.title)
                item = {"id": Src(self.ids.make(level_key(name), "level")), "name": Src(name, ("p", child.number))}
                if len(body) >= 2 and re.search(r"响应|response", child.title, re.IGNORECASE):
                    # a response level: its condition is the level's criteria, what is then done a scenario
                    cond = [
                        s for s in body if re.match(r"^(?:启动|响应)?(?:条件|标准|情形|criteria|trigger)", s.text, re.IGNORECASE)
                    ] or body[:1]
                    acts = [
                        s
                        for s in body
                        if s not in cond
                        and not re.match(
                            r"^(?:启动|响应)?(?:条件|标准|情形|措施|criteria|trigger|actions?)\s*$", s.text, re.IGNORECASE
                        )
                    ]
                    if acts:
                        self._level_scenario(child, item, acts, out)
                    body = [s for s in body if s not in acts]
                    if body and re.match(r"^(?:启动|响应)?(?:条件|标准|情形)\s*$", body[0].text) and len(body) > 1:
                        body = body[1:]
                else:
                    body = self._listed_response(child, item, body, out)
                if body:
                    crit = re.sub(r"^(?:是指|系指|指)(?=\S)", "", "\n".join(s.text for s in body))  # （一）Ⅰ级 / 指造成…
                    item["criteria"] = Src(crit, ("p", body[0].number))
                    _thresholds(item, crit, ("p", body[0].number), self.lang)
                    for s in body:
                        self.used.add(id(s))
                    self._level_roles(item, crit, ("p", body[0].number))
                levels.append(item)
        texts = []
        for seg in items:
            if seg.is_table:
                self._table(seg, node, out)
            elif id(seg) not in self.used:
                self.used.add(id(seg))
                texts.append(Src(seg.text, ("p", seg.number)))
        self._levels_from_items(node, texts, out)
        _sort_levels(levels)

    def _grade_in_parts(self, node: Node, items: list[Segment], out: dict) -> bool:
        """1、三級開設： > (1)開設時機：… > (2)進駐機關：由…: a grade whose parts stand labelled under it is one level, the part
        that says when (時機, 條件, criteria) its criteria; its other parts are placed as any text is, never read as
        grades of their own. False, and nothing read, when a part is itself a grade or the grade was read before."""
        levels = out.setdefault("levels", [])
        parts = node.children
        if (
            not parts
            or not grading.is_level_name(node.title)
            or any(grading.is_level_name(c.title) for c in parts)
            or self._graded_as(node.title, levels) is not None
        ):
            return False
        name = grading.level_title(_clean(node.title))
        item = {"id": Src(self.ids.make(level_key(name), "level")), "name": Src(name, ("p", node.number))}
        when = next((c for c in parts if _WHEN_PART.search(c.title)), None)
        body = [s for s in when.all_items() if not s.is_table and id(s) not in self.used] if when else []
        if body:
            crit = "\n".join(s.text for s in body)
            item["criteria"] = Src(crit, ("p", body[0].number))
            _thresholds(item, crit, ("p", body[0].number), self.lang)
            self.used.update(id(s) for s in body)
        levels.append(item)
        _sort_levels(levels)
        for seg in items:
            if seg.is_table:
                self._table(seg, node, out)
            else:
                self._place(seg, node, out)
        return True

    def _listed_response(self, node: Node, level: dict, body: list[Segment], out: dict) -> list[Segment]:
        """MINOR EMERGENCY / A minor emergency is… / • Pool attendant notifies…: under a level's own heading, after
        what defines it, a list of what is done at it (two or more list items in a row, most of them acts) is a
        scenario of that level. So is all that follows a line announcing the acts (Actions: / 处置措施：) after what
        defines the level. A line that only names a time (Acknowledgement: 30 Minutes (24x7), 响应时限：2小时) is a
        deadline of the level. The body left for the level's criteria is returned."""
        body = [seg for seg in body if not self._timed_line(str(level["name"].value), seg)]
        label = next(
            (k for k, seg in enumerate(body) if k and re.fullmatch(rf"{_RESPONSE_ACTS}\s*[：:]?", seg.text, re.IGNORECASE)),
            None,
        )
        if label is not None and label + 1 < len(body):
            run = body[label + 1 :]
            self._level_scenario(node, level, run, out)
            self.mapped.append("scenarios")
            self.used.update(id(s) for s in body[label:])
            return body[:label]
        run: list[Segment] = []
        for seg in body[1:] if body and body[0].listed is None else []:
            if seg.listed is not None:
                run.append(seg)
            elif run:
                break
        if len(run) < 2 or sum(1 for seg in run if self._paragraph_acts(seg.text, True)) * 2 <= len(run):
            return body
        self._level_scenario(node, level, run, out)
        self.mapped.append("scenarios")
        self.used.update(id(s) for s in run)
        return [s for s in body if s not in run]

    def _graded_periods(self, root: Node) -> None:
        """A heading that names a period (Time to First Contact, Technology Services under Estimated Time to
        Resolution) over lines of a grade and its period alone (P1 – 2 business hours, P2 – 4 business hours): each
        line a deadline of that grade, named by the heading. Business hours count as hours, business days as working
        days."""
        for node in root.walk():
            items = [seg for seg in node.items if not seg.is_table and id(seg) not in self.used]
            if node.parent is None or len(items) < 2 or len(items) != len(node.items):
                continue
            lines = [_GRADE_PERIOD.match(seg.text.strip()) for seg in items]
            if not all(
                line and grading.is_level_name(line.group("grade")) and _only_durations(line.group("time")) for line in lines
            ):
                continue
            # (Technology Services under Estimated Time to Resolution, which names the period and has nothing of its
            # own: both name it)
            parent = node.parent
            timed_parent = not parent.items and re.search(r"time|response|resolution|target|时限|时间|期限", parent.title, re.I)
            label = f"{parent.title}, {node.title}" if parent.parent is not None and timed_parent else node.title
            for seg, line in zip(items, lines):
                for span in find_durations(line.group("time")):
                    self._level_deadline(line.group("grade"), label.strip(), span.value, ("p", seg.number))
                self.used.add(id(seg))
                self.graded_period_lines.add(id(seg))

    def _timed_line(self, name: str, seg: Segment) -> bool:
        """Whether a line of a level's body is a label and a period alone (Response: 1 Hour (24x7)); if so it is
        taken as that level's deadline, named by its label."""
        line = _TIMED_LINE.match(seg.text)
        if line is None or seg.is_table:
            return False
        time = re.sub(r"\s*[（(][^（）()]*[）)]", "", line.group("time"))  # (24x7), (Business Hours): when the clock runs
        if not _only_durations(time):
            return False
        working = re.search(r"business|working|工作", line.group("time"), re.IGNORECASE)
        for span in find_durations(time):
            within = re.sub(r"(?<=\d)d$", "wd", span.value) if working else span.value  # 2 Days (Business Hours)
            self._level_deadline(name, line.group("label"), within, ("p", seg.number))
        self.used.add(id(seg))
        return True

    def _level_scenario(self, node: Node, level: dict, acts: list[Segment], out: dict) -> dict:
        """What is done at a level, under the level's own heading: a scenario of that level, its acts the steps."""
        scenario: dict[str, Any] = {
            "id": Src(self.ids.make(_short_title(node.title), "scenario")),
            "title": Src(node.title, ("p", node.number)),
            "level": Src(level["id"].value),
        }
        self._add_steps(scenario, acts)
        self._owner(scenario)
        out.setdefault("scenarios", []).append(scenario)
        return scenario

    def _levels_named_alone(self, node: Node, items: list[Segment], levels: list[dict]) -> bool:
        """Escalation levels: / Officer Level / Complaints Committee Level / Arbitration: under a levels heading, the
        levels named one a line (some lines read as headings of their own), nothing said of each: each a level, in
        the order given. False, and nothing read, when any line says more."""
        kids = [c for c in node.children if not c.children]
        if len(kids) != len(node.children) or any(grading.is_level_name(c.title) for c in kids):
            return False  # 3.1 三级事件 / 计划性停电事件: a grade and its criteria
        segs = [s for s in items if id(s) not in self.used] + [s for c in kids for s in c.items]
        lines = [(s.number, s.text) for s in segs if not s.is_table] + [(c.number, c.title) for c in kids]
        names = [(number, re.sub(rf"^{grading.ITEM_NUMBER}\s*", "", text).strip()) for number, text in sorted(lines)]
        if len(names) < 2 or any(s.is_table for s in segs) or not all(_bare_name(name) for _, name in names):
            return False
        levels.extend({"id": Src(self.ids.make(level_key(n), "level")), "name": Src(n, ("p", at))} for at, n in names)
        self.used.update(id(s) for s in segs)
        self.mapped.append("levels")
        return True

    def _graded_as(self, title: str, levels: list[dict]) -> dict | None:
        """The level read before that a response level (Ⅲ级响应) belongs to: the one of the same grade."""
        rank = grading.severity(title)
        return next((lv for lv in levels if rank is not None and grading.severity(str(lv["name"].value)) == rank), None)

    def _response_scenario(self, node: Node, body: list[Segment], graded: dict, out: dict) -> None:
        """The response at a level as a scenario of that level: its condition (启动条件：…, 发生…) the trigger, its
        measures the steps; the scenario's owner leads the level when the grading named no lead."""
        scenarios = out.setdefault("scenarios", [])
        self._scenario_from(node, body, scenarios, title=node.title)
        scenario = scenarios[-1]
        scenario["level"] = Src(graded["id"].value)
        if scenario.get("owner") and "lead" not in graded:
            graded["lead"] = scenario["owner"]
        self.mapped.append("scenarios")

    _LEVEL_LINE = re.compile(
        r"^(?P<name>[^：:，,。；;]{2,30}?)\s*[：:]\s*(?P<crit>.+)$|"
        r"^(?P<name2>(?:(?:特别重大|重大|较大|非一般性?|一般|严重|轻微|紧急|特急|复杂|简单|普通|重要|有效|无效|第[一二三四五]层)"
        r"[^，,。：:；;]{0,12}?|"
        rf"{grading.GRADES}\s*级(?:[\u4e00-\u9fff]{{1,4}}(?=[（(]))?[^，,。：:；;]{{0,8}}?|(?:红色|橙色|黄色|蓝色)[^，,。：:；;]{{0,6}}?)"
        r"(?:[（(][^）)]{1,10}[）)])?)[，,。]?\s*(?P<crit2>.+)$|"
        r"^(?P<name3>(?:level|tier|category|grade|severity|priority)\s*\d(?:\s*[(（][^)）]{1,20}[)）]|\s*[-–—]\s*\w+(?:\s\w+)?)?)"
        r"\s*[:：.\-–—]?\s*(?P<crit3>.+)$|"
        # Minor – a complaint that…, High priority - …: an English grade word, a dash, what it covers
        r"^(?P<name4>(?:minor|moderate|low|medium|high|serious|major|critical|significant|severe|urgent)"
        r"(?:\s+(?:complaints?|incidents?|issues?|cases?|priority|risk|severity))?)\s+[-–—]\s+(?P<crit4>\S.+)$",
        re.IGNORECASE,
    )

    def _defined_level(self, name: str, crit: str, at: tuple, *, leads: bool = True) -> dict:
        """A level named and defined in one text: its id, name, criteria and thresholds, and (with `leads`) the
        role its criteria give the lead to (_level_roles)."""
        name = grading.level_title(name)
        item = {
            "id": Src(self.ids.make(level_key(name), "level")),
            "name": Src(_clean(name), at),
            "criteria": Src(_clean(crit), at),
        }
        _thresholds(item, crit, at, self.lang)
        if leads:
            self._level_roles(item, crit, at)
        return item

    def _levels_from_items(self, node: Node, texts: list[Src], out: dict) -> None:
        levels = out.setdefault("levels", [])
        announced: list[tuple[list[str], Src]] = []
        for t in texts:
            # the item's number, not the first of two grades (一般、较大级别突发事件…)
            text = re.sub(rf"^{grading.ITEM_NUMBER}\s*", "", str(t.value))
            run = grading.defined_run(text)
            if run and not any(_same_level(name, str(lv["name"].value)) for name, _ in run for lv in levels):
                # 一级响应适用于…；二级响应针对…；三级响应适用于…: each grade defined in turn in one paragraph
                levels.extend(self._defined_level(name, crit, t.at) for name, crit in run)
                continue
            said = next((s for s in sentences(text) if grading.overview(s)), None)
            names = grading.overview(said) if said else None
            if names and all(re.fullmatch(r"[初中高]级", n) for n in names):
                names = grading.announced(said) or names  # 初级、中级、高级三个等级 of 纠纷: 初级纠纷, 中级纠纷, 高级纠纷
            label = re.match(r"^([^：:，,。]{1,30})[：:]", text)
            if names and (
                label is None
                or grading.overview(label.group(1) + "：") is not None
                or re.search(r"分为|分成|划分|divided|classified", label.group(1))
                or not grading.is_level_name(label.group(1))
            ):
                announced.append((names, t))  # 分为特别重大、重大、较大和一般四级: the list, not a level
                continue
            clauses = grading.graded_clauses(text) if not levels else []
            if len(clauses) >= 3:
                # 一般、较大级别突发事件由…启动应急预案；重大级别…由…；特别重大级别…由…: under a levels heading, the grades
                # set side by side, each with what its response is
                levels.extend(self._defined_level(name, crit, t.at) for name, crit in clauses)
                continue
            if self._about_levels(text, levels, t.at):
                # 特别重大投诉事件由总行消保部牵头处置；重大投诉事件由分行行长牵头处置；…: who leads each level read
                self._keep(t, node.title)
                continue
            m = self._LEVEL_LINE.match(text)
            name = crit = None
            if m:
                name = m.group("name") or m.group("name2") or m.group("name3") or m.group("name4")
                crit = m.group("crit") or m.group("crit2") or m.group("crit3") or m.group("crit4")
                defined = grading.definition(sentences(text)[0]) if m.group("name2") and sentences(text) else None
                if m.group("name3"):  # Level 1 complaints are those that…: what they are is the criteria
                    crit = re.sub(
                        r"^(?:complaints?|incidents?|cases?|issues?)\s+(?:are|is|means|include)\s+", "", crit, flags=re.I
                    )
                first = re.match(rf"^(?P<n>[^，,。；;：:（(]{{2,16}}{grading.EVENT})[，,]\s*(?P<c>\S.*)$", text)
                if m.group("name2") and first and first.group("n").startswith(name.strip()):
                    name, crit = first.group("n"), first.group("c")  # 一般客户投诉或纠纷，由…处理: the name runs to the comma
                elif defined and defined[1] and defined[0].startswith(name.strip()):
                    name, crit = defined[0], text[text.index(defined[1]) :] if defined[1] in text else defined[1]  # 三级投诉指…
                elif defined and defined[0].startswith(name.strip()):
                    name, crit = defined[0], text  # 重大投诉包括以下情形： the cases follow as items
                elif (
                    m.group("name2")
                    and re.search(rf"{grading.EVENT}\s*[（(]{grading.GRADES}级[）)]$", text)
                    and grading.is_level_name(text)
                ):
                    # 一般殡葬、祭祀突发事件(Ⅲ级): a heading that names the grade and its number whole, nothing more
                    levels.append({"id": Src(self.ids.make(level_key(text), "level")), "name": Src(_clean(text), t.at)})
                    continue
                levels.append(self._defined_level(name, crit, t.at))
            elif defined := [d for d in map(grading.definition, sentences(text)) if d and d[1]]:
                # 有下列情况之一的，属一级重大事件： — the criteria first, then the grade; the items after it go on.
                # 分为三级：一级投诉是指…；二级投诉是指…: each grade defined in one paragraph is a level
                levels.extend(self._defined_level(name, crit, t.at, leads=False) for name, crit in defined)
            elif _LEAD_IN.search(str(t.value)) or _before(t.at, levels[-1]["name"].at if levels else None):
                # 分级如下表： / 按…分为四级： before the levels: a lead-in, kept, not a level's criteria
                self._keep(t, node.title)
            elif levels and levels[-1]["name"].at and levels[-1]["name"].at[0] == "t":
                # a text beside a table of levels (注：以上含本数) is no part of the last row's criteria: kept
                self._keep(t, node.title)
            elif levels and "criteria" in levels[-1]:
                levels[-1]["criteria"] = Src(str(levels[-1]["criteria"].value) + "\n" + str(t.value), levels[-1]["criteria"].at)
                _thresholds(levels[-1], str(levels[-1]["criteria"].value), levels[-1]["criteria"].at, self.lang)
            elif levels:
                levels[-1]["criteria"] = t
                _thresholds(levels[-1], str(t.value), t.at, self.lang)
            else:
                self._keep(t, node.title)
        for names, t in announced:
            if not levels:  # the grading is stated only as a list: each name is a level
                made = [{"id": Src(self.ids.make(level_key(name), "level")), "name": Src(name, t.at)} for name in names]
                levels.extend(made)
                # the paragraph's other sentences: a grade defined (…涉及金额50万元以上的，为重大事件) describes its
                # level; the rest is kept with its position, never lost with the announcement
                rest = []
                for sentence in sentences(str(t.value)):
                    if grading.overview(sentence):
                        continue
                    defined = grading.definition(sentence)
                    level = next((lv for lv in made if defined and _same_level(defined[0], str(lv["name"].value))), None)
                    if level is not None and "criteria" not in level:
                        level["criteria"] = Src(sentence, t.at)
                        _thresholds(level, sentence, t.at, self.lang)
                    else:
                        rest.append(sentence)
                if rest:
                    self._keep(Src(("。" if self.lang == "zh-CN" else " ").join(rest), t.at), node.title)
            else:  # the levels are described one by one; the announcing sentence is kept
                self._keep(t, node.title)
                # a grade it announces that none of them describes (划分为Ⅰ级…Ⅳ级 with only Ⅰ and Ⅱ set out) is a
                # level all the same, its criteria not stated
                described = [str(lv["name"].value) for lv in levels]
                for name in names:
                    rank = grading.severity(name)
                    if not any(_same_level(name, d) or (rank is not None and grading.severity(d) == rank) for d in described):
                        levels.append({"id": Src(self.ids.make(level_key(name), "level")), "name": Src(name, t.at)})

    def _level_leads(self, out: dict) -> None:
        """Who leads each level, where a clause anywhere opens with the level and gives it to a post
        (（一）一般医疗纠纷由科室主任负责处理。 （二）较大医疗纠纷由医务科牵头处理…), or names the post that handles it before
        it (客服中心负责处理一般投诉): the level's lead, when none was read."""
        levels = out.get("levels") or []
        if not levels:
            return
        # each level with its name bare (the longest first, so 特别重大 is not read as 重大) and as written
        names = [(lv, _bare(str(lv["name"].value)), str(lv["name"].value)) for lv in levels]
        names = sorted(((lv, bare, name) for lv, bare, name in names if bare), key=lambda n: -len(n[1]))
        for seg in self.segs:
            if seg.is_table:
                continue
            for clause in re.split(r"[；;。]", seg.text):
                clause = re.sub(r"^\S{1,4}[、.．)）]\s*", "", clause.strip(" ，,"))
                opened = next(((lv, clause[len(bare) :]) for lv, bare, _ in names if clause.startswith(bare)), None)
                # 客服中心负责处理一般投诉: the post that handles the level, named before it
                ended = next(
                    (
                        (lv, clause[: -len(name)])
                        for lv, _, name in names
                        if re.search(rf"(?:处理|处置|办理){re.escape(name)}$", clause)
                    ),
                    None,
                )
                for found in (opened, ended):
                    if found is not None and "lead" not in found[0]:
                        self._level_roles(found[0], found[1], ("p", seg.number))
                        break

    def _about_levels(self, text: str, levels: list[dict], at: tuple) -> bool:
        """A text whose clauses each open with a level already read (一般投诉由…处理；重大投诉由…牵头): it says who leads
        each, and is no level of its own. The leads are taken; True when two or more clauses were such."""
        pairs = []
        for clause in re.split(r"[；;。]|[，,](?=[^，,；;。]{1,12}?由)", text):  # A类投诉由…处理，B类投诉由分行处理
            clause = clause.strip(" ，,")
            names = sorted(levels, key=lambda lv: -len(_bare(str(lv["name"].value))))
            level = next(
                (lv for lv in names if _bare(str(lv["name"].value)) and clause.startswith(_bare(str(lv["name"].value)))), None
            )
            if level is not None:
                pairs.append((level, clause[len(_bare(str(level["name"].value))) :]))
        if len({id(level) for level, _ in pairs}) < 2:
            return False
        for level, rest in pairs:
            self._level_roles(level, rest, at)
        return True

    _LEAD = re.compile(
        r"(?:由|報|报请)?(?P<who>[^，,。；;由]{2,20}?)(?:负责)?(?:统一)?(?:指挥(?!部|中心)|牵头|组织(?:指挥|处置|实施)|领导(?!小组|组)|处置|处理)"
    )
    _NOTIFY = re.compile(r"(?:报告?|报送|通知|上报|报请|告知)(?:给)?(?P<who>[^，,。；;]{2,30})")

    def _level_roles(self, item: dict, text: str, at: tuple) -> None:
        """`由应急领导小组组长指挥` -> lead; `报公司总经理和党委书记` -> notify (only posts the plan already names)."""
        for sentence in sentences(text):
            m = self._LEAD.search(sentence)
            if m and "lead" not in item:
                who = self._role_ref(m.group("who"), at, create=False)
                if who is None and sentence[: m.start("who")].endswith("由"):
                    # 由分管行长指挥处置: a post the level gives the lead to is a role even if named nowhere else
                    who = self._role_ref(m.group("who"), at, create=True)
                if who and any(str(r["id"].value) == who for r in self.roles):
                    item["lead"] = Src(who, at)

    _TIERED = re.compile(
        r"逐级上报|逐级报告|层层上报|分级处理|分级负责|分级响应|逐级处理|escalat\w* (?:through|up) (?:the )?(?:levels|tiers|stages)",
        re.IGNORECASE,
    )

    # a complaint taken on because the answer before did not satisfy (If the first response is not satisfactory,
    # 如果学生不接受校长提出的解决方案, 仍不满意的)
    _NOT_SATISFIED = re.compile(
        r"\bnot\s+(?:satisf|happy|content|resolved)|\b(?:dis|un)satisf\w*|unhappy|unresolved|unsuccessful|不满意|不接受|不服|"
        r"仍(?:不|未|然不|拒绝)|未能解决|无法解决",
        re.IGNORECASE,
    )

    def _unsatisfied_chain(self, out: dict, internal: set[str]) -> tuple[str, Src | None, tuple, list[dict]] | None:
        """(the post that answers first, the condition of its first step, where it stands, the rules in turn) where a complaint is taken on, twice or
        more, to a post of the organisation each time the answer before did not satisfy (the relevant Department; if
        the first response is not satisfactory, the Management; if the second is not, the Directors), in one scenario
        or in scenarios one after another (1、客服部答复…；2、客户对答复不满意的，可向分管副总经理反映…；3、仍不满意的，
        可向总经理申诉…); else None."""
        scenarios = out.get("scenarios") or []

        def unsatisfied(group: list[dict]) -> list[dict]:
            return [
                r
                for scenario in group
                for r in scenario.get("escalation") or []
                if str(r["to"].value) in internal and self._NOT_SATISFIED.search(str(r["when"].value))
            ]

        for group in [[s] for s in scenarios] + [scenarios]:
            rules = unsatisfied(group)
            targets = {str(r["to"].value) for r in rules}
            if len(targets) < 2:
                continue
            for scenario in group:
                actions = scenario.get("actions") or []
                first = str(actions[0]["by"].value) if actions and actions[0].get("by") else None
                owner = str(scenario["owner"].value) if scenario.get("owner") else None
                who = next((w for w in (first, owner) if w in internal and w not in targets), None)
                if who is not None:
                    return who, actions[0].get("when") if actions else None, scenario["title"].at, rules
                if unsatisfied([scenario]):
                    break  # the first post must answer before the complaint is taken on
        return None

    def _levels_from_tiers(self, out: dict) -> bool:
        """A document that says its handling is tiered (逐级上报, 分级负责) and escalates to two or more
        bodies in turn: each body escalated to is a level (上报<body>), its condition the criteria. So is one that takes
        a complaint on, twice or more, each time the answer before did not satisfy: the post that answers first is the
        first level, each post it goes on to the next (_unsatisfied_chain)."""
        names = {
            str(item["id"].value): str((item.get("title") or item.get("name")).value)
            for item in self.roles + self.groups + self.external
        }
        chain = None
        if not any(self._TIERED.search(seg.text) for seg in self.segs if not seg.is_table):
            chain = self._unsatisfied_chain(out, {str(item["id"].value) for item in self.roles + self.groups})
            if chain is None:
                return False
        levels: list[dict] = []
        targets: set[str] = set()
        if chain is not None:  # the post that answers first, then each post the complaint goes on to, answers at a level
            who, when, at, rules = chain
            item = {"id": Src(self.ids.make("level-1", "level")), "name": Src(names[who], at)}
            if when is not None:
                item["criteria"] = Src(str(when.value), when.at)
            levels.append({**item, "lead": Src(who, at)})
            for rule in rules:
                target = str(rule["to"].value)
                if target in targets or target == who:
                    continue
                targets.add(target)
                levels.append(
                    {
                        "id": Src(self.ids.make(f"level-{len(levels) + 1}", "level")),
                        "name": Src(names[target], rule["when"].at),
                        "criteria": Src(str(rule["when"].value), rule["when"].at),
                        "lead": Src(target, rule["to"].at),
                    }
                )
        for scenario in [] if chain is not None else out.get("scenarios") or []:
            for rule in scenario.get("escalation") or []:
                target = str(rule["to"].value)
                if target in targets or target not in names:
                    continue
                if levels:  # the next tier: the body reached last escalates on (a chain, not a side route)
                    previous = names[str(levels[-1]["notify"][0].value)]
                    said = self.rule_text.get(id(rule), "")
                    if not (previous in said or (len(previous) >= 4 and previous[-4:] in said)):
                        continue
                targets.add(target)
                name = ("上报" if self.lang == "zh-CN" else "Escalated to ") + names[target]
                levels.append(
                    {
                        "id": Src(self.ids.make(level_key(name), "level")),
                        "name": Src(name, rule["when"].at),
                        "criteria": Src(str(rule["when"].value), rule["when"].at),
                        "notify": [Src(target, rule["to"].at)],
                    }
                )
        if len(levels) < 2:
            return False
        out["levels"] = levels
        self.mapped.append("levels")
        return True

    # 突发事件采取三级处理机制： / 实行三级响应制度：: a handling in N tiers, the N items after it each a tier
    _TIER_MECHANISM = re.compile(
        r"(?P<n>[两二三四2-4])级(?:处理|响应|处置|管理|办理|负责|汇报|上报)?(?:机制|制度|模式|体系|流程|程序)[^。；;]{0,20}[：:]?$|"
        # must follow a three-stage process: 1. … 2. If the complaint has not been resolved… 3. Should there still be…
        r"\b(?P<en>two|three|four|[2-4])[\s-](?P<word>stage|step|tier|level)d?\s+(?:complaints?\s+)?(?:process|procedure)\b[^.;]{0,30}:$|"
        # recognizes two levels of complaint: 1. A complaint in which… 2. A written grievance…
        r"\b(?P<graded>two|three|four|[2-4])\s+(?P<kind>level|tier|categor)(?:s|ies)\s+of\s+(?:complaints?|concerns?|grievances?)\s*:$",
        re.IGNORECASE,
    )

    def _levels_from_tier_list(self, out: dict) -> bool:
        """`四、突发事件采取三级处理机制：` then (after a lead-in line at most) `1、所有事件先由基层员工…处理 2、如超出权限范围，
        则需向直属公司领导…汇报 3、由三明公司总经理协调处理`: each item a tier, 第一级…第三级, its text the criteria."""
        segs = [seg for seg in self.segs if not seg.is_table]
        for index, seg in enumerate(segs):
            m = self._TIER_MECHANISM.search(seg.text.strip())
            if not m:
                continue
            count = int(number(m.group("n") or m.group("en") or m.group("graded")) or 0)
            following = segs[index + 1 : index + 2 + count]
            if following and not following[0].marker and re.search(r"[：:]$", following[0].text.strip()):
                following = following[1:]  # 逐级处理逐级汇报的原则：: a lead-in before the tiers
            items = following[:count]
            if len(items) != count or len({s.family for s in items}) != 1 or not items[0].family or not items[0].marker:
                continue
            if [int(number(re.sub(r"\D", "", s.marker) or "0") or 0) for s in items] != list(range(1, count + 1)):
                continue
            if m.group("en") and not self._TAKEN_ON.search(" ".join(s.text for s in items[1:])):
                continue  # a three-stage process every complaint goes through (receipt, investigation, response): steps
            levels = []
            for rank, item in enumerate(items, 1):
                if m.group("en") or m.group("graded"):
                    word = m.group("word") or m.group("kind").replace("categor", "category")
                    name = f"{word.capitalize()} {rank}"
                else:
                    name = f"第{'一二三四'[rank - 1]}级" if self.lang == "zh-CN" else f"Tier {rank}"
                levels.append(
                    {
                        "id": Src(self.ids.make(f"level-{rank}", "level")),
                        "name": Src(name, ("p", item.number)),
                        "criteria": Src((sentences(item.text) or [item.text])[0], ("p", item.number)),
                    }
                )
            out["levels"] = levels
            self.mapped.append("levels")
            return True
        return False

    _GENERAL_CASE = re.compile(
        rf"^(?:对于?|凡(?:属)?)?\s*(?P<x>一般(?:的)?[\u4e00-\u9fff]{{0,4}}?(?:{grading.EVENT}|案件){{1,2}})"
        r"(?!(?:处理|管理|办法|程序|流程))"
    )

    _NUMBERED_CASE = re.compile(
        rf"(?:出现|发生|涉及)(?P<crit>[^。；;]{{6,120}}?)的(?P<name>(?:特别重大|重大|较大|严重)"
        rf"[^，,。；;的]{{0,6}}?(?:{grading.EVENT}|案件){{1,2}})"
    )

    _STAGE_WORDS = r"stages?|levels?|tiers?|阶段|级别|层级|處理階段|处理阶段"
    _STAGE_COLUMN = re.compile(rf"^\s*(?:{_STAGE_WORDS}|categor(?:y|ies)|priority|grades?|severity|等级|类别)\s*$", re.IGNORECASE)

    def _levels_by_urgency(self, root: Node, out: dict) -> None:
        """Emergency – Respond within 4 working hours / Urgent priority / Respond and fix priority 3 / Fixed by agreed
        date: sibling headings, three or more, all or all but one naming an urgency (a repairs or help desk page); or
        list items so named before a dash (emergency repairs - first response within 24 hours). Each is a level named
        by its words before the dash, the paragraph under it that says what it covers its criteria (its periods were
        read where they stand). Only when no level was read, and in English."""
        if out.get("levels") or self.lang != "en":
            return
        found: list[tuple[str, tuple, Segment | None]] = []
        rising = False  # GREEN … RED, a colour scale, is listed least severe first; urgencies most urgent first
        for node in root.walk():
            kids = node.children
            urgent = [c for c in kids if grading.URGENCY.search(c.title) or _PRIORITY_NUMBERED.search(c.title)]
            if len(urgent) >= 3 and len(urgent) >= len(kids) - 1:
                for c in kids:
                    said = next((s for s in c.items if not s.is_table and not _deadline_in(s.text)), None)
                    found.append((re.split(r"\s+[–—-]\s+", c.title.strip(), maxsplit=1)[0], ("p", c.number), said))
                break
        if not found:
            segs = [s for s in self.segs if not s.is_table]
            for k, seg in enumerate(segs):
                m = _URGENCY_ITEM.match(seg.text.strip())
                if m and (seg.marker or seg.listed is not None):
                    after = segs[k + 1] if k + 1 < len(segs) else None
                    plain = after if after is not None and not after.marker and after.listed is None else None
                    found.append((m.group("name") or m.group("colour"), ("p", seg.number), plain))
                    rising = rising or bool(m.group("colour"))
            if len(found) < 3:
                return
        levels = out.setdefault("levels", [])
        for name, at, said in found:
            item = {"id": Src(self.ids.make(level_key(name), "level")), "name": Src(_clean(name), at)}
            if said is not None:
                item["criteria"] = Src(_clean(said.text), ("p", said.number))
            levels.append(item)
        if not rising:
            levels.reverse()  # listed most urgent first: least severe first, as the format has it
        self.mapped.append("levels")

    def _levels_from_stage_table(self, out: dict) -> None:
        """A table whose first column is headed Stage (Stage | Procedure | Timeframe, 阶段 | 处理 | 时限) or Category
        (Category | Priority | Description): each row a stage a complaint goes through, or a category it falls in, a
        level named by that cell (a bare number by the column: Category 1), a category's row its criteria. A plan with
        levels keeps them."""
        if out.get("levels"):
            return
        for seg in self.segs:
            rows = seg.rows or []
            if len(rows) < 3 or not rows[0] or not self._STAGE_COLUMN.match(rows[0][0] or ""):
                continue
            levels = []
            header = _clean(rows[0][0])
            staged = re.fullmatch(self._STAGE_WORDS, header, re.IGNORECASE)
            numbered = all(_BARE_NUMBER.fullmatch(_clean(r[0])) for r in rows[1:] if r and _clean(r[0]))
            if not staged and not numbered:
                continue  # Category | Description / Billing | …: kinds of complaint, not grades
            for index, row in enumerate(rows[1:], 2):
                name = _clean(row[0]) if row and row[0] else ""
                if _BARE_NUMBER.fullmatch(name):
                    name = numbered_grade(header, name)  # Category | Priority | Description / 1 | Urgent…
                if name and not any(str(lv["name"].value) == name for lv in levels):
                    at = ("t", seg.table, index)
                    item = {"id": Src(self.ids.make(level_key(name), "level")), "name": Src(name, at)}
                    said = " ".join(_clean(cell) for cell in row[1:] if cell and _clean(cell))
                    if said and not staged:
                        item["criteria"] = Src(said, at)  # what falls in the category, and how soon it is answered
                    levels.append(item)
            if len(levels) >= 2:
                out["levels"] = levels
                self.mapped.append("levels")
                return

    def _levels_from_escalations(self, out: dict) -> None:
        """A procedure handed on tier by tier (The library manager should handle any complaint in the first instance. If
        the library manager is not able to handle the complaint to the complainant's satisfaction, they should refer it
        to their Executive Library Manager. If the ELM is not able…, it should be escalated to the senior manager): each
        tier a level named by who handles it, the later ones taking the dissatisfied complainant on, their criteria the
        condition. Two such escalations at least, to different parties, in one procedure; a plan with levels keeps them."""
        if out.get("levels"):
            return
        names = {
            str(p["id"].value): str((p.get("title") or p.get("name")).value)
            for p in [*self.roles, *self.groups, *self.external]
            if p.get("title") or p.get("name")
        }
        outside = {str(p["id"].value) for p in self.external}
        for scenario in out.get("scenarios") or []:
            # the way out to a body outside (If you remain unhappy, you can refer the matter to the Ombudsman) is no tier
            rules = [
                r
                for r in scenario.get("escalation") or []
                if self._TAKEN_ON.search(str(r["when"].value)) and str(r["to"].value) not in outside
            ]
            targets = [str(r["to"].value) for r in rules]
            if len(rules) < 2 or len(set(targets)) < len(targets) or not all(t in names for t in targets):
                continue
            # the first tier: the one the first condition says could not settle it, else who runs the procedure
            first = self._role_ref(str(rules[0]["when"].value), rules[0]["when"].at, create=False)
            if first not in names or first in targets:
                first = str(scenario["owner"].value) if scenario.get("owner") else None
            levels: list[dict] = []
            if first in names and first not in targets:
                at = scenario["title"].at
                levels.append({"id": Src(self.ids.make(level_key(names[first]), "level")), "name": Src(names[first], at)})
                levels[-1]["lead"] = Src(first)
            for rule, target in zip(rules, targets, strict=True):
                item = {
                    "id": Src(self.ids.make(level_key(names[target]), "level")),
                    "name": Src(names[target], rule["to"].at),
                    "criteria": Src(str(rule["when"].value), rule["when"].at),
                }
                if any(str(r["id"].value) == target for r in self.roles):
                    item["lead"] = Src(target)
                levels.append(item)
            out["levels"] = levels
            self.mapped.append("levels")
            return

    def _levels_from_conditions(self, out: dict) -> None:
        """A procedure whose steps take the dissatisfied complainant on, twice or more, to whoever it is (If the issue
        remains unresolved, …; If the matter is still not resolved, …; If you are unsatisfied about how the line manager
        has handled the complaint, …): the handling before them the first tier, named by the procedure, and each
        condition a tier, named by the role its step names or hands the complaint to, else by its number (Tier 3, 第三层). A plan with levels keeps them."""
        if out.get("levels"):
            return
        english = self.lang == "en"
        for scenario in out.get("scenarios") or []:
            conditions: list[tuple[Src, str]] = []
            actions = scenario.get("actions") or []
            reviewed = False
            following: dict[int, str] = {}  # id() of a condition -> the step after its own
            for index, step in enumerate(actions):
                when = step.get("when")
                if when is None or not self._TAKEN_ON.search(str(when.value)):
                    continue
                if any(_clean(str(when.value)) == _clean(str(c.value)) for c, _ in conditions):
                    continue
                conditions.append((when, str(step["do"].value)))
                # …you should contact us again, and we will arrange for a separate review by a Group Director: a
                # review of our own the complainant is taken on to
                said = " ".join(str(a["do"].value) for a in actions[index : index + 2])
                reviewed |= bool(self._OWN_REVIEW.search(said))
                following[id(when)] = said
            if len(conditions) < 2 and not (len(conditions) == 1 and reviewed):
                continue
            title = scenario["title"]
            levels = [{"id": Src(self.ids.make(level_key(str(title.value)), "level")), "name": Src(title.value, title.at)}]
            for rank, (when, do) in enumerate(conditions, start=2):
                handed = [str(r["to"].value) for r in scenario.get("escalation") or [] if str(r["when"].value) == str(when.value)]
                who = self._role_ref(do, when.at, create=False) or (handed[0] if handed else None)
                name = next(
                    (
                        str((p.get("title") or p.get("name")).value)
                        for p in [*self.roles, *self.groups, *self.external]
                        if str(p["id"].value) == who and (p.get("title") or p.get("name"))
                    ),
                    None,
                )
                review = self._OWN_REVIEW.search(do) or self._OWN_REVIEW.search(following.get(id(when), ""))
                condition = self._IF_CLAUSE.match(str(when.value)) if english else None
                if condition is not None and condition.end() < len(str(when.value)):
                    # If you are not happy with the answer you get you can ask for it to be passed to the store manager,
                    # read whole as the condition: the tier is whom the rest hands it to, its criteria the condition
                    name = name or self._en_post_named(str(when.value)[condition.end() :])
                    when = Src(condition.group().strip(), when.at)
                taken = {str(level["name"].value) for level in levels}
                if (name is None or name in taken) and review:
                    name = review.group()[0].upper() + review.group()[1:]  # Separate review, 复核
                if name is None or name in taken:
                    name = f"Tier {rank}" if english else f"第{'一二三四五六七八九'[rank - 1]}层"
                levels.append(
                    {
                        "id": Src(self.ids.make(level_key(name), "level")),
                        "name": Src(name, when.at),
                        "criteria": Src(str(when.value), when.at),
                    }
                )
            out["levels"] = levels
            self.mapped.append("levels")
            return

    _HANDED_ON = re.compile(
        r"\b(?:refer(?:red)?|escalat\w*|pass(?:ed)?\s+(?:it\s+)?on|forward(?:ed)?|review(?:ed)?|write|writing|contact|ask|"
        r"request|raise|appeal|investigat\w*|take\s+(?:it|this|the\s+matter|your\s+complaint)\s+(?:up\s+)?)\b",
        re.IGNORECASE,
    )

    # the way out after our own stages, besides the bodies _way_in and roles.outside_body know: a body outside, or the
    # end of our procedure (after our internal complaints process, at least 8 weeks have passed)
    _CHAIN_OUT = re.compile(
        r"external|independent|dispute\s+resolution|commission|authority|trading\s+standards|"
        r"\bcouncil\s+for\b|internal\s+complaints?\s+(?:process|procedure)|"
        r"completed\s+(?:these|all|the)\s+stages|"
        r"\b\d+\s+weeks\b|(?-i:\b[A-Z]{3,}\b)",
        re.IGNORECASE,
    )
    # a condition on what was done before (still, the response, the outcome), not the first complaint (If you are
    # unhappy with any aspect of our service)
    _CHAIN_LATER = re.compile(
        r"\b(?:still|remain\w*|again|further|response|outcome|reply|answer|result|decision|resolution|handl\w+|dealt|"
        r"investigation|stage|review|resolved|unresolved)\b",
        re.IGNORECASE,
    )

    def _en_post_named(self, text: str) -> str | None:
        """The title of the post or group an English text names, in any case, its longest (a senior manager, not a
        manager); not the organisation that speaks as "we"."""
        speaker = str(self.speaking_org.value) if self.speaking_org is not None else None
        best = None
        for item in [*self.roles, *self.groups]:
            title = item.get("title") or item.get("name")
            if title is None or str(title.value) == speaker:
                continue
            bare = re.sub(r"^(?:an?|the)\s+", "", str(title.value), flags=re.IGNORECASE)
            if len(bare) > 3 and re.search(rf"\b{re.escape(bare)}\b", text, re.IGNORECASE):
                if best is None or len(bare) > len(best):
                    best = bare[0].upper() + bare[1:]
        return best

    def _levels_from_chain(self, out: dict) -> None:
        """An English procedure told in plain paragraphs, each later one taking the dissatisfied complainant on to
        someone of ours (If you are not happy with the response you receive you may ask for the matter to be referred
        to a manager… If you are not happy with the response you receive from the manager…, a senior manager): the
        handling before them the first tier, each condition a tier named by whom it hands the complaint to."""
        if out.get("levels") or self.lang != "en":
            return
        found: list[tuple[Src, str, int]] = []
        for seg in self.segs:
            if seg.is_table:
                continue
            for sentence in sentences(seg.text):
                sentence = sentence.strip()
                m = self._IF_CLAUSE.match(sentence)
                if not m or not self._way_in(m.group(), sentence) or self._CHAIN_OUT.search(sentence) or outside_body(sentence):
                    continue
                rest = sentence[m.end() :]
                if not self._HANDED_ON.search(rest):
                    continue
                if any(_clean(str(c.value)) == _clean(m.group()) for c, _, _ in found):
                    continue
                found.append((Src(m.group().strip(), ("p", seg.number)), rest, seg.number))
        # the first complaint (If you are unhappy with our service, contact…): the first tier's own condition
        opening = found.pop(0) if found and not self._CHAIN_LATER.search(str(found[0][0].value)) else None
        if any(not self._CHAIN_LATER.search(str(c.value)) for c, _, _ in found):
            return
        if len(found) < (1 if opening else 2):
            return
        first = opening[2] if opening else found[0][2]
        before = [s for s in self.segs if not s.is_table and s.number < first]
        if opening:
            first_name = self._en_post_named(opening[1])
        else:
            first_name = next((n for seg in reversed(before[-3:]) if (n := self._en_post_named(seg.text))), None)
        first_name = first_name or "In the first instance"
        at = ("p", before[-1].number if before else first)
        levels = [{"id": Src(self.ids.make(level_key(first_name), "level")), "name": Src(first_name, at)}]
        if opening:
            levels[0]["criteria"] = opening[0]
        for rank, (when, rest, _) in enumerate(found, start=2):
            name = self._en_post_named(rest)
            if name is None or name in {str(level["name"].value) for level in levels}:
                name = f"Tier {rank}"
            levels.append({"id": Src(self.ids.make(level_key(name), "level")), "name": Src(name, when.at), "criteria": when})
        out["levels"] = levels
        self.mapped.append("levels")

    # an informal way of settling a complaint (raise it informally, Informal resolution), or the first way it is taken
    # (in the first instance, contact the person who…), then the formal complaint
    _INFORMAL = re.compile(r"\binformal(?:ly)?\b|非正式", re.IGNORECASE)
    _FIRST_INSTANCE = re.compile(r"\bin\s+the\s+first\s+instance\b", re.IGNORECASE)
    _FORMAL = re.compile(
        r"(?<![-\w])formal(?:ly)?\s+(?:written\s+)?(?P<kind>complaint|procedure|process|stage|investigation|grievance)s?\b",
        re.IGNORECASE,
    )
    _FORMAL_WORD = re.compile(r"(?<![-\w])formal\b|(?<!非)正式", re.IGNORECASE)  # a title that says formal
    _NUMBERED_STAGE = re.compile(r"\b(?:stage|tier|level)\s*(?:\d|one|two|three)\b", re.IGNORECASE)
    _INFORMAL_KIND = re.compile(
        r"\binformal\s+(?P<kind>complaint|resolution|process|procedure|stage|discussion|concern)s?\b", re.IGNORECASE
    )

    def _levels_informal_formal(self, out: dict) -> None:
        """An English procedure that asks for a complaint to be settled informally first and, where that fails, made
        formally: two tiers, the informal one and the formal one. Either each way has a heading of its own (Informal
        Resolution: … / Formal Complaint Procedure: …), the tiers named by the headings even where the formal one does
        not say the informal one failed; or the text tells them in sentences (In the first instance, attempts will be
        made to resolve the issues raised informally… If the complaint cannot be resolved informally, a formal
        complaint should be made in writing), each with the first sentence saying it as its criteria. A plan with
        levels keeps them; stages headed by number are _levels_from_stages' to judge."""
        if out.get("levels") or self.lang != "en" or self._stages_headed(out):
            return
        said = [(scenario, str(scenario["title"].value)) for scenario in out.get("scenarios") or []]
        informal_way = [s for s, title in said if self._INFORMAL.search(title) and not self._FORMAL_WORD.search(title)]
        formal_way = [s for s, title in said if self._FORMAL_WORD.search(title) and not self._INFORMAL.search(title)]
        if informal_way and formal_way:
            out["levels"] = []
            for scenario in (informal_way[0], formal_way[0]):
                title = scenario["title"]
                # Informal Resolution (in case of late arrival and other minor issues): the cases it is for, in brackets
                named = re.fullmatch(r"(?P<name>[^()]{3,}?)\s*\((?P<when>[^()]{6,})\)\s*", str(title.value))
                name = named.group("name") if named else str(title.value)
                level = {"id": Src(self.ids.make(level_key(name), "level")), "name": Src(name, title.at)}
                if named:
                    level["criteria"] = Src(named.group("when"), title.at)
                out["levels"].append(level)
                scenario["level"] = Src(str(level["id"].value), title.at)
            self.mapped.append("levels")
            return
        informal: tuple[str, tuple] | None = None
        formal: tuple[str, tuple, re.Match] | None = None
        for seg in self.segs:
            for sentence in [] if seg.is_table else sentences(seg.text):
                at = ("p", seg.number)
                if informal is None:
                    first = self._INFORMAL.search(sentence) or self._FIRST_INSTANCE.search(sentence)
                    then = self._FORMAL.search(sentence)
                    # (…talking to the manager informally will resolve it, but if not you may make a formal complaint:
                    # the informal way first, the formal one after it, in the sentences that follow)
                    if first and (then is None or then.start() > first.end()):
                        informal = (sentence, at)
                elif formal is None and (m := self._FORMAL.search(sentence)):
                    formal = (sentence, at, m)
        if informal is None or formal is None:
            return
        # the first tier by what the text calls the informal way (an informal complaint), else by how it says it
        kind = self._INFORMAL_KIND.search(" ".join(seg.text for seg in self.segs if not seg.is_table))
        if kind:
            first_name = "Informal " + kind.group("kind").lower()
        elif self._INFORMAL.search(informal[0]):
            first_name = "Informal resolution"
        else:
            first_name = "In the first instance"
        names = (first_name, "Formal " + formal[2].group("kind").lower())
        out["levels"] = [
            {"id": Src(self.ids.make(level_key(name), "level")), "name": Src(name, at), "criteria": Src(sentence, at)}
            for name, (sentence, at) in zip(names, (informal, formal[:2]), strict=True)
        ]
        # a deadline in them is the procedure's own (a decision within 20 working days)
        self.period_criteria.update(sentence for sentence, _ in (informal, formal[:2]) if _deadline_in(sentence))
        self.mapped.append("levels")

    _OWN_REVIEW = re.compile(r"\b(?:separate|internal|further|independent|formal)\s+review\b|复核|复查", re.IGNORECASE)

    _STAGE_MENTION = re.compile(r"\bstage\s+(?:one|two|three|four|[1-4])\b", re.IGNORECASE)

    def _stages_headed(self, out: dict) -> bool:
        """True when a scenario is headed as a numbered stage, tier or level (Stage 2 – Investigation)."""
        return any(self._NUMBERED_STAGE.search(str(scenario["title"].value)) for scenario in out.get("scenarios") or [])

    def _levels_stages_told(self, out: dict) -> None:
        """An English procedure that names its stages or tiers only in its sentences, with no heading for any: a level
        each. Either it announces them (we have a two stage complaints procedure) and names each (…the response you
        have received at stage one, … dealt with at stage two), the levels named as the text names them, the first's
        criteria the announcing sentence; or it names its tiers one after another and sends the complaint up to the
        last (…resolved at level ‘1,’ it stands closed … it shall escalate to level 2). Otherwise a level's criteria is
        the first sentence naming it. A plan with levels keeps them."""
        if out.get("levels") or self.lang != "en":
            return
        if self._stages_headed(out):
            return  # stages headed by number: _levels_from_stages has judged them
        told = [(sentence, ("p", seg.number)) for seg in self.segs if not seg.is_table for sentence in sentences(seg.text)]
        levels = self._stages_announced(told) or self._tiers_escalated_to(told)
        if levels:
            out["levels"] = levels
            self.mapped.append("levels")

    def _stages_announced(self, told: list[tuple[str, tuple]]) -> list[dict]:
        announced = next(((s, at, m) for s, at in told if (m := self._STAGES.search(s)) and m.group("n")), None)
        if announced is None:
            return []
        count = int(number(announced[2].group("n")) or 0)
        named = _first_mentions(told, self._STAGE_MENTION, lambda m: _stage_number(m.group()))
        if sorted(named) != list(range(1, count + 1)):
            return []
        # a stage the complainant goes on from, dissatisfied (unhappy with the response at stage one): tiers, not the
        # stages every complaint goes through alike
        said = [named[rank][1] for rank in range(1, count + 1)]
        if not any(self._TAKEN_ON.search(sentence) for sentence in said) and not self._rising_formality(said):
            return []
        levels = []
        for rank in range(1, count + 1):
            m, sentence, at = named[rank]
            criteria, where = (announced[0], announced[1]) if rank == 1 else (sentence, at)
            levels.append(self._told_level(m.group()[:1].upper() + m.group()[1:], at, criteria, where))
        return levels

    @staticmethod
    def _rising_formality(said: list[str]) -> bool:
        """Stages that rise from informal to formal, an appeal or a body outside (Stage 1 informally within a School …
        Stage 2 formally within … Stage 3 appeal within the University …): tiers a complaint is taken up, not the
        stages every complaint goes through."""
        return bool(re.search(r"\binformal(?:ly)?\b", said[0], re.IGNORECASE)) and any(
            re.search(r"\b(?:formal(?:ly)?|appeals?|external|independent)\b", later, re.IGNORECASE) for later in said[1:]
        )

    # level '1', stage 2, tier two: a numbered tier named in a sentence
    _TIER_MENTION = re.compile(
        r"\b(?P<kind>level|stage|tier)\s*[‘'\"“]?(?P<n>[1-4]|one|two|three|four)\b(?!\s*(?:of|and|or|to|-|–)\s*\w)",
        re.IGNORECASE,
    )
    _ESCALATED_TO = re.compile(
        r"\b(?:escalat\w*|mov(?:e|es|ed)|refer(?:s|red)?|pass(?:es|ed)?|go(?:es)?|proceed(?:s|ed)?|take[sn]?)\s+"
        r"(?:it\s+|the\s+(?:matter|complaint|grievance)\s+)?(?:on\s+)?to\s+(?:the\s+)?(?:level|stage|tier)\s*[‘'\"“]?"
        r"(?P<n>[1-4]|one|two|three|four)\b",
        re.IGNORECASE,
    )

    def _tiers_escalated_to(self, told: list[tuple[str, tuple]]) -> list[dict]:
        named = _first_mentions(told, self._TIER_MENTION, lambda m: int(number(m.group("n")) or 0))
        kinds = {m.group("kind").lower() for sentence, _ in told for m in self._TIER_MENTION.finditer(sentence)}
        top = max((int(number(m.group("n")) or 0) for s, _ in told for m in self._ESCALATED_TO.finditer(s)), default=0)
        if len(kinds) != 1 or top < 2 or sorted(named) != list(range(1, top + 1)):
            return []
        levels = []
        for rank in range(1, top + 1):
            m, sentence, at = named[rank]
            levels.append(self._told_level(f"{m.group('kind').capitalize()} {rank}", at, sentence, at))
        return levels

    def _told_level(self, name: str, at: tuple, criteria: str, where: tuple) -> dict:
        return {"id": Src(self.ids.make(level_key(name), "level")), "name": Src(name, at), "criteria": Src(criteria, where)}

    def _levels_elsewhere(self, out: dict) -> None:
        """No levels section: levels stated in passing — a grading announced in any section (分为一般投诉、重大投诉和
        紧急投诉三类), a run of items each opening with a grade (Level 1: …; 一般事件：…), a definition (重大投诉是指…),
        grades named together (一级用户…，二级用户…), a case opened by its grade (对于重大或复杂的投诉，…), or graded
        cases. With levels already read, a grading announced with more grades than were described adds the rest."""
        if out.get("levels"):
            self._levels_announced(out)
            return
        if self._levels_from_tier_list(out) or self._levels_from_tiers(out):
            return
        if self._levels_stated(out):
            return
        found: list[dict] = []
        defined: list[dict] = []  # levels a sentence defines (重大消费投诉包括以下情形：…)

        def add(name: str, at: tuple, criteria: str | None = None, follow: list[Segment] | None = None) -> dict | None:
            name = _clean(name)
            if not name or any(_clean(str(f["name"].value)) == name for f in found):
                return None
            item: dict[str, Any] = {"id": Src(self.ids.make(level_key(name), "level")), "name": Src(name, at)}
            text = criteria or ""
            if follow:
                text = (text + "\n" if text else "") + "\n".join((s.marker + s.text) if s.marker else s.text for s in follow)
            if text.strip():
                item["criteria"] = Src(_clean(text), at)
                _thresholds(item, text, at, self.lang)
            found.append(item)
            return item

        segs = [s for s in self.segs if not s.is_table]
        ordinary: list[tuple[str, tuple]] = []  # 一般投诉案件…: the ordinary case a triage sets the graver ones against
        taken: set[int] = set()  # the next items a simple case's tiers went on into
        for index, seg in enumerate(segs):
            if index in taken:
                continue
            at = ("p", seg.number)
            run = grading.defined_run(seg.text)
            if run:  # 一级响应适用于…；二级响应针对…: the grades defined in turn
                for name, crit in run:
                    add(name, at, crit)
                continue
            side_by_side = _tiers_named(seg.text) or grading.graded_clauses(seg.text)
            periods = [] if side_by_side else grading.complexity_tiers(seg.text)
            for more in (1, 2) if not side_by_side and not periods else ():
                # 2、一般问题，能够当场…处理；3、投诉涉及的情况较复杂的，应于7个工作日内…: the tiers in items one after another
                periods = grading.complexity_tiers("；".join(s.text for s in segs[index : index + more + 1]))
                if periods:
                    taken.update(range(index + 1, index + more + 1))
                    break
            if side_by_side or periods:  # resolved at Level 1 …, escalated to Level 2 …; 一般投诉由…处理；重大投诉由…牵头
                for name, crit in side_by_side or periods:
                    add(name, at, crit)
                # 情况复杂的延长至30日, 一般投诉72小时内完成: a criteria that is the grade's period is still a deadline
                self.period_criteria.update(_clean(crit) for _, crit in side_by_side or periods if _deadline_in(crit))
                continue
            for sentence in sentences(seg.text):
                d = grading.definition(sentence)
                if d:
                    follow = []
                    if not d[1] or d[1].endswith(("：", ":")) or len(d[1]) < 4 or re.search(r"(?:下列|以下|如下)", d[1]):
                        for nxt in segs[index + 1 : index + 12]:
                            if (
                                nxt.family in ("pcn", "par", "ar", "rpar", "circ", "letter", "bullet")
                                and nxt.number - seg.number <= 12
                            ):
                                follow.append(nxt)
                            else:
                                break
                    rest = seg.text.split(sentence, 1)[-1] if sentence in seg.text else ""
                    if not rest.strip(" ：:") and index + 1 < len(segs) and segs[index + 1].number == seg.number:
                        rest = segs[index + 1].text  # 2.5 重大客户投诉包括：| 重复投诉、…: the label's text read apart
                    cases = re.match(r"^\s*[:：]?\s*(?P<c>[^；;。]{4,})", rest) if not d[1] else None
                    if cases and cases.group("c").count("、") >= 2:
                        d = (d[0], cases.group("c"))  # 重大客户投诉包括：重复投诉、堵门、闹事…；: the cases after the colon
                    item = add(d[0], at, d[1], follow)
                    named = next((f for f in found if _clean(str(f["name"].value)) == _clean(d[0])), None)
                    if item is None and named is not None and named not in defined and d[1].count("、") >= 2:
                        # 负责重大客户投诉的… named in passing, then 重大客户投诉包括：重复投诉、堵门、闹事…: the definition
                        # gives the level its criteria
                        named["criteria"] = Src(_clean(d[1]), at)
                        _thresholds(named, d[1], at, self.lang)
                        item = named
                    if item is not None and (
                        follow or "thresholds" in item or d[1].count("、") >= 2
                    ):  # one grade set apart by what falls in it: a list of cases or numbers, not a sentence of what it is
                        defined.append(item)
                    continue
                names = grading.graded_mentions(sentence)
                for name in names:
                    m = re.search(re.escape(name) + r"(?P<rest>[^，,；;。]*)", sentence)
                    item = add(name, at, name + m.group("rest") if m else None)
                    if item is not None and m:
                        target = self._role_ref(m.group("rest"), at, create=False)
                        if target:
                            item["notify"] = [Src(target, at)]
                if names:
                    continue
                subject = grading.criteria_subject(sentence)
                if subject and (seg.family is not None or len(segs) < 80):
                    add(subject, at, subject)
                if not found and not d and not names and not subject:
                    # 出现客户人数多(20人以上)、金额较大(20万元以上)的重大投诉事件: a graded event with its numbers before it
                    q = self._NUMBERED_CASE.search(sentence)
                    if q and grading.thresholds(q.group("crit"), self.lang):
                        if add(q.group("name"), at, q.group("crit")) is not None:
                            defined.append(found[-1])  # defined by its numbers
                general = self._GENERAL_CASE.match(sentence.strip())
                if general and not ordinary:
                    ordinary.append((general.group("x"), at))

        def grade(f: dict) -> object:  # the grade a name carries: its severity, or its English grade (Category B)
            name = str(f["name"].value)
            english = _EN_LEVEL.search(name) if grading.severity(name) is None else None
            return level_key(name) if english else (grading.rank(name), grading.grade_key(name)[1])

        if len({grade(f) for f in found}) < len(found):
            # several cases of one grade (重大投诉…, 重大事件…): the first of each grade stands for it
            kept: dict[object, dict] = {}
            for f in found:
                kept.setdefault(grade(f), f)
            found = [f for f in found if f in kept.values()]
        if found and ordinary and all(grading.rank(str(f["name"].value)) > 1 for f in found):
            # the text triages by gravity (一般投诉案件…；对于案情较为复杂的情况…): the ordinary case is the first level
            add(*ordinary[0])
        if len(found) >= 2 or (found and found[0] in defined):
            # a grading sets two grades or more side by side; one graded case named in passing (对于重大投诉，…, 发生
            # 群体性投诉的…) grades nothing, but a grade the plan defines (重大投诉是指…) is the one level it handles
            found.sort(key=lambda f: grading.rank(str(f["name"].value)))
            out["levels"] = found
            self.mapped.append("levels")
        elif (mentioned := self._grades_mentioned(segs)) or (mentioned := self._standard_grades_listed(segs)):
            out["levels"] = mentioned
            self.mapped.append("levels")
        # 三、投诉分级 > 客服中心负责处理一般投诉；分管副总经理负责处理重大投诉。: a paragraph under the grading heading that the
        # levels' criteria say whole is read, not left over (one that says more stays kept, with its position)
        said = [_clean(str(level[k].value)) for level in out.get("levels") or [] for k in ("name", "criteria") if k in level]
        for seg in segs:
            node = self.node_of.get(id(seg))
            if (
                node is not None
                and node.key == "levels"
                and all(
                    any(_clean(part).rstrip("。.；;") in text for text in said) for part in sentences(seg.text) if part.strip()
                )
            ):
                self._drop_unmapped(seg)

    _FOUR_GRADES = re.compile(
        r"特别重大[、，,]\s*重大[、，,]\s*较大(?:[、，,]|或者?|和|及)\s*一般|一般[、，,]\s*较大[、，,]\s*重大(?:[、，,]|或者?|和|及)\s*特别重大"
    )

    def _standard_grades_listed(self, segs: list[Segment]) -> list[dict]:
        """特别重大、重大、较大或者一般突发事件: the four grades of the national system for emergencies, listed where a plan
        says what it covers and graded nowhere else: each a level, named as the list names it; else []."""
        for seg in segs:
            m = self._FOUR_GRADES.search(seg.text)
            if m:
                names = sorted(re.findall(r"特别重大|(?<!特别)重大|较大|一般", m.group()), key=grading.rank)
                return [
                    {"id": Src(self.ids.make(level_key(name), "level")), "name": Src(name, ("p", seg.number))} for name in names
                ]
        return []

    def _grades_mentioned(self, segs: list[Segment]) -> list[dict]:
        """Graded cases named anywhere in the text (客服专员对轻微投诉当场处理…；涉及重大投诉的，报总经理): when two or
        more different grades of one kind of case are named, each is a level — the first sentence naming it its
        criteria; else []."""
        by_event: dict[str, dict[tuple, tuple[str, str, tuple]]] = {}  # kind of case -> grade -> its first mention
        for seg in segs:
            for sentence in sentences(seg.text):
                for m in grading.GRADED_CASE.finditer(grading.grades_spelt_out(sentence)):
                    grades = by_event.setdefault(m.group("event"), {})
                    grades.setdefault(grading.grade_key(m.group()), (m.group(), sentence, ("p", seg.number)))
        best = max((list(g.values()) for g in by_event.values()), key=len, default=[])
        if len(best) < 2:
            return []
        levels = [self._defined_level(name, crit, at, leads=False) for name, crit, at in best]
        levels.sort(key=lambda lv: grading.rank(str(lv["name"].value)))
        return levels

    def _announcement(self) -> tuple[list[str], tuple] | None:
        """The sentence of the document that announces its grading with the most grades, as (names, where)."""
        best: tuple[list[str], tuple] | None = None
        for seg in self.segs:
            if seg.is_table:
                continue
            for sentence in sentences(seg.text):
                names = grading.announced(sentence)
                if names and (best is None or len(names) > len(best[0])):
                    best = (names, ("p", seg.number))
        return best

    _GRADE_LABEL = re.compile(
        rf"(?:{grading.EVENT}|级|级别|等级|响应|预警|\bpriority|\bemergency)$|^第[一二三四五]层|"
        r"^(?:level|tier|category|grade|severity|priority)\s*(?:\d|(?:one|two|three|four|five)\b)|"
        rf"^{grading.PRIORITY_CODE}\b|"
        r"^(?:1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth)\s+(?:level|tier)\b",
        re.I,
    )

    def _labelled_run(self) -> list[tuple[str, str, tuple]]:
        """Two or more items in a row, each opening with a different grade and a colon (Level 1: 30 working days…;
        一般事件：少量学生…；重大事件：多名学生…): (name, what follows, where) each."""
        runs: list[list[tuple[str, str, tuple]]] = []
        current: list[tuple[str, str, tuple]] = []
        family = None
        gaps = 0  # lines passed over since the last grade's
        segs = [s for s in self.segs if not s.is_table]
        for index, seg in enumerate(segs):
            label = rest = None
            m = (
                re.match(r"^(?P<l>[^：:，,。；;]{2,30}?)\s*[：:]\s*(?P<r>\S.*)$", seg.text.strip())
                or _EN_TIER_ITEM.match(seg.text.strip())
                or _EN_GRADE_OPENING.match(seg.text.strip())
                or _EN_GRADE_DASH.match(seg.text.strip())
            )
            if m:
                label, rest = (m.group("l") or m.group("l2")).strip(), (m.group("r") or m.group("r2")).strip()
            elif seg.family is not None and index + 1 < len(segs) and segs[index + 1].number == seg.number:
                label, rest = seg.text.strip(), segs[index + 1].text.strip()  # the label and its text, split apart
            elif seg.family is not None and (opening := grading.graded_opening(seg.text.strip())) is not None:
                label, rest = opening  # 1.轻微投诉，客户轻微不满…: a listed item opening with a graded case
            elif current and seg.family is None and seg.number == current[-1][2][1]:
                continue  # the text of the label just read
            named = (
                label is not None
                and grading.is_level_name(label)
                and bool(self._GRADE_LABEL.search(re.sub(r"\s*[（(][^）)]{1,12}[）)]$", "", label)))  # Ⅰ级（特别重大）
            )
            # (a grade met again ends the run: P1 – 2 business hours under P1 (Emergency) – … is its time, read elsewhere)
            if named and (not current or seg.family == family) and all(not _same_level(c[0], label) for c in current):
                current.append((label, rest or "", ("p", seg.number)))
                family = seg.family
                gaps = 0
                continue
            if current and not named and gaps < 3 and self._between_grades(seg.text.strip()):
                gaps += 1  # High Priority: … / Problem acknowledged: within 1 hour / Medium Priority: …
                continue
            if current and not named and gaps < 2 and family is not None and label is None:
                # • Priority 1 - … / a paragraph that says more of it (all of it, however the reader parted it) /
                # • Priority 2 - …
                same_paragraph = index > 0 and segs[index - 1].number == seg.number
                if seg.family is None or same_paragraph:
                    gaps += 0 if same_paragraph else 1
                    continue
            if len(current) >= 2:
                runs.append(current)
            current, family = ([(label, rest or "", ("p", seg.number))], seg.family) if named else ([], None)
        if len(current) >= 2:
            runs.append(current)
        for run in runs:
            ranks = [grading.severity(name) and grading.grade_key(name) for name, _, _ in run]
            if None not in ranks and len(set(ranks)) < len(ranks):
                continue  # 重大投诉：… 重大事件：… — kinds of one grade, not a scale (严重 and 重大 are two grades)
            return run
        return []

    @staticmethod
    def _between_grades(text: str) -> bool:
        """A line a run of graded items may hold between two grades: what a grade's times are (Problem acknowledged:
        within 1 hour) or a short label over them (Response Timeframe)."""
        line = _TIMED_LINE.match(text)
        if (
            line is not None
            and find_durations(text)
            and (re.match(r"(?:within\s+)?\d", line.group("time"), re.IGNORECASE) or len(line.group("label")) <= 6)
        ):  # (or 响应时效：从接到用户请求到采取有效措施，不超过4小时。)
            return True
        return len(text) <= 40 and not re.search(r"[。.!?！？：:]$", text) and not find_durations(text)

    def _levels_stated(self, out: dict) -> bool:
        """Levels from a grading announced anywhere and from a run of items each opening with its grade."""
        announced = self._announcement()
        run = self._labelled_run()
        if not announced and not run:
            return False
        levels: list[dict] = []
        for name, at in [(n, announced[1]) for n in announced[0]] if announced else [(n, at) for n, _, at in run]:
            levels.append({"id": Src(self.ids.make(level_key(name), "level")), "name": Src(_clean(name), at)})
        described = list(run)
        if announced:  # 甲类事件是指… / 有下列情形之一的，为Ⅰ级事件: a grade defined anywhere describes its level
            self._announced_in_full(levels, described)
            for seg in self.segs:
                if seg.is_table:
                    continue
                run = grading.defined_run(seg.text)
                described += [(name, crit, ("p", seg.number)) for name, crit in run]
                for sentence in [] if run else sentences(seg.text):
                    d = grading.definition(sentence)
                    if d:
                        described.append((d[0], d[1], ("p", seg.number)))
                        continue
                    # "Serious complaints involve harm…": a sentence that opens with an announced level describes it
                    opening = next((n for n in announced[0] if sentence.lower().startswith(n.lower() + " ")), None)
                    if opening and not re.search(r"[\u4e00-\u9fff]", opening):
                        described.append((opening, sentence[len(opening) :].strip(), ("p", seg.number)))
        for name, rest, at in described:  # a described grade gives its level the criteria (its own name first:
            # 非一般性投诉 holds 一般性投诉)
            level = next((lv for lv in levels if _clean(name) == _clean(str(lv["name"].value))), None) or next(
                (lv for lv in levels if _same_level(name, str(lv["name"].value))), None
            )
            if level is not None and rest and "criteria" not in level:
                level["criteria"] = Src(_clean(rest), at)
                _thresholds(level, rest, at, self.lang)
        _sort_levels(levels)
        out["levels"] = levels
        self.mapped.append("levels")
        return True

    def _announced_in_full(self, levels: list[dict], described: list) -> None:
        """Grades announced bare (分为普通、严重、重大三级) that the text goes on to name in full (普通投诉按照…；1.普通投诉：
        银行通过…的投诉): each level takes its full name, and the criteria a `name：…` clause gives it."""
        text = "\n".join(seg.text for seg in self.segs if not seg.is_table)
        for level in levels:
            name = str(level["name"].value)
            if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name):
                continue
            nouns = re.findall(rf"{name}(投诉|事件|纠纷|事故|问题|案件)", text)
            if not nouns:
                continue
            full = name + max(set(nouns), key=nouns.count)
            level["name"] = Src(full, level["name"].at)
            for index, seg in enumerate(self.segs):
                if seg.is_table:
                    continue
                m = re.search(rf"(?<![\u4e00-\u9fff]){full}\s*[：:]\s*(?P<c>[^；;。：:]{{4,}})", seg.text)
                after = self.segs[index + 1] if index + 1 < len(self.segs) else None
                if m is None and _clean(seg.text) == full and after is not None and not after.is_table:
                    m = re.match(r"(?P<c>[^；;。：:]{4,})", after.text.strip())  # 1.普通投诉: read apart from what follows
                    seg = after
                if m:
                    described.append((full, m.group("c"), ("p", seg.number)))
                    break

    def _levels_announced(self, out: dict) -> None:
        """Levels read, and a sentence announces more grades than were described (分为一级、二级、三级, the text
        describing only 一级): the grades not described are levels too, when every level read is one announced."""
        announced = self._announcement()
        levels = out.get("levels") or []
        if not announced or len(announced[0]) <= len(levels):
            return
        names, at = announced
        if not all(any(_same_level(n, str(lv["name"].value)) for n in names) for lv in levels):
            return  # another scale (warning colours beside response levels)
        # named as the described ones are (一级供热事件 described: 二级 announced -> 二级供热事件)
        model = next(
            ((g.group(), str(lv["name"].value)) for lv in levels if (g := _NAMED_GRADE.search(str(lv["name"].value)))), None
        )
        for name in names:
            if not any(_same_level(name, str(lv["name"].value)) for lv in levels):
                grade = _NAMED_GRADE.search(name)
                if model is not None and grade is not None:
                    name = re.sub(r"[（(][^）)]*[）)]", "", model[1].replace(model[0], grade.group(), 1))
                levels.append({"id": Src(self.ids.make(level_key(name), "level")), "name": Src(_clean(name), at)})
        _sort_levels(levels)

    def _levels_from_scenarios(self, out: dict) -> None:
        """No levels section: scenarios named by severity (处理一般投诉 / 严重过激行为 …) are the levels."""
        if out.get("levels"):
            return
        scenarios = out.get("scenarios") or []
        if (
            self._levels_from_stages(scenarios, out)
            or self._levels_from_run_in_stages(out)
            or self._levels_from_stage_posts(out)
            or self._levels_from_post_tiers(scenarios, out)
        ):
            return
        tiers = [s for s in scenarios if _TIER_TITLE.search(str(s["title"].value))]
        graded = [
            s
            for s in scenarios
            if _severity(str(s["title"].value)) is not None
            or re.search(r"影响|过激|群体|升级|紧急|serious|major|minor", str(s["title"].value))
        ]
        tiered = len({level_key(str(s["title"].value)) for s in tiers}) >= 2
        if not tiered and self._levels_from_tier_headings(scenarios, out):
            return
        if tiered:
            graded = tiers  # Level 1 – Frontline resolution / Level 2 – Investigation: the tiers a complaint goes up
        elif len(graded) < 2 or sum(1 for s in graded if _severity(str(s["title"].value)) is not None) < 1:
            # kinds of case, at least two of them marked graver (较复杂, 涉及多个科室, 群体性 …): each kind is a level
            cases = [s for s in scenarios if id(s) in self.case_scenarios]
            marked = [s for s in cases if grading.GRADED.search(str(s["title"].value))]
            if len(marked) < 2:
                return
            graded = cases
        levels = []
        for scenario in graded:
            name = _level_name(str(scenario["title"].value))
            if re.fullmatch(rf"{grading.GRADES}\s*级", name):
                name = str(scenario["title"].value)  # 一级应急预案: a bare 一级 would say less than the title
            item: dict[str, Any] = {"id": Src(self.ids.make(level_key(name), "level")), "name": Src(name, scenario["title"].at)}
            if scenario.get("triggers"):
                item["criteria"] = Src(str(scenario["triggers"][0].value), scenario["triggers"][0].at)
            elif (first := _condition(scenario)) is not None:
                item["criteria"] = first
            elif (described := _described(scenario)) is not None:
                item["criteria"] = described  # Minor: a complaint that can be resolved…: what the grade covers
            elif tiered and (first := _condition(scenario, any_sentence=True)) is not None:
                item["criteria"] = first  # a tier: who takes the complaint there and what is done
            if scenario.get("owner"):
                item["lead"] = scenario["owner"]
            levels.append(item)
            scenario["level"] = Src(item["id"].value)
        out["levels"] = levels
        self.mapped.append("levels")

    def _levels_from_tier_headings(self, scenarios: list[dict], out: dict) -> bool:
        """Sibling headings that name the tiers a complaint goes up (LEVEL 1 > Complaint about a branch / about its
        manager; LEVEL 2 …): each tier is a level, and the scenarios under its heading belong to it."""
        for parent in self.outline.walk():
            heads = [c for c in parent.children if _TIER_TITLE.search(c.title)]
            if len({level_key(c.title) for c in heads}) < 2:
                continue
            levels = []
            for head in heads:
                under = {n.number for n in head.walk()}
                mine = [s for s in scenarios if (s["title"].at or ("",))[0] == "p" and s["title"].at[1] in under]
                item: dict[str, Any] = {
                    "id": Src(self.ids.make(level_key(head.title), "level")),
                    "name": Src(head.title, ("p", head.number)),
                }
                if mine and (first := _condition(mine[0], any_sentence=True)) is not None:
                    item["criteria"] = first
                for scenario in mine:
                    scenario["level"] = Src(item["id"].value)
                levels.append(item)
            out["levels"] = levels
            self.mapped.append("levels")
            return True
        return False

    _STAGES = re.compile(
        # two stages, a three-stage process, three prescribed / formal stages
        r"\b(?P<n>two|three|four|[2-4])[\s-](?:(?!of\b|more\b|or\b|and\b)[a-z]+\s+)?stages?\b|(?:分为|分成|包括|设)(?P<cn>[两二三四2-4])个?(?:阶段|环节|级)",
        re.IGNORECASE,
    )
    _STAGE_TITLE = re.compile(
        r"^(?:(?:stage|step|phase)\s*(?:\d|one|two|three)|(?:first|second|third|fourth|final)\s+(?:stage|step|phase)\b|"
        # Level I / Level II of an appeal, in Roman numerals
        + _ROMAN_LEVEL
        + r"|"
        r"第[一二三四1-4](?:阶段|级)|"
        r"[一二三四1-4]级(?:处理|办理|调查|审查)|"
        # the stage after what the title says first (Within 10 days - Stage 1, Internal Review (Stage 2))
        r".{1,40}(?:\s[–—-]\s*stage\s*(?:\d|one|two|three)|[(（]\s*stage\s*(?:\d|one|two|three)\s*[)）])\s*[:：]?\s*$|"
        # the stage a heading is about (Steps taken for a Stage 1 complaint, What happens at Stage 2)
        r".{1,30}\b(?:at|for|of|in)\s+(?:a\s+|the\s+)?stage\s*(?:\d|one|two|three)\b"
        r"(?:\s+(?:complaints?|response|review|investigation))?\s*[:：?]?\s*$)",
        re.IGNORECASE,
    )

    # A heading that takes the complainant on when the tier before did not satisfy (If Unresolved, If you are still not
    # happy, 如对处理结果不满意)
    _TIER_HEADING = re.compile(
        r"^(?:if|when|where|should)\b[^.?!]{0,60}?\b(?:unresolved|not\s+(?:been\s+)?(?:resolved|satisfied|happy)|"
        r"dissatisfied|unhappy|insufficient|unsatisfactory)\b|^still\s+(?:not\s+)?(?:happy|satisfied|unhappy|dissatisfied)\b|"
        r"^(?:如|若|如果)[^，,。；;]{0,20}(?:不满意|未能解决|仍未解决|有异议)|" + vocab.TIER_TITLE.pattern,
        re.IGNORECASE,
    )
    _GRAVER = re.compile(r"复杂|重大|严重|疑难|\b(?:complicated|complex|serious|severe|major)\b", re.IGNORECASE)
    # A later step reached when the complainant is still dissatisfied: the steps are tiers a complaint escalates through
    # (Step 2 - If you are not satisfied, write to the Manager…), not the acts of one procedure (Step 2 - Log it).
    _TAKEN_ON = re.compile(
        r"\b(?:not (?:\w+ or )?(?:happy|satisfied|satisfactory|(?:\w+ly )?resolved)|(?:cannot|can't|could not|has not|have not|is not) (?:have )?(?:be |been )?(?:\w+ly )?resolved|"
        r"unresolved|unsettled|(?:further|then)\s+(?:directed|referred|passed)|dissatisf\w*|unsatisf\w*|unhappy|disagree|(?:not\s+(?:be\s+)?able|unable)\s+to\s+(?:handle|resolve|settle|deal)|(?:do|does|did)\s+not\s+agree|escalat\w*)\b|"
        # If this does not have a satisfactory outcome, or the problem recurs, …
        r"\b(?:does|do|did|has|have|had)\s+not\s+(?:have|had|get|got|reach(?:ed)?|achieve(?:d)?|produce(?:d)?|bring|brought)\s+"
        r"a\s+satisfactory\b|"
        r"\bproblem\s+recurs\b|"
        # If it is impossible to reach a resolution through informal discussion, …
        r"\b(?:impossible|not\s+possible|unable)\s+to\s+(?:reach|find|achieve|agree)\s+(?:a\s+|an\s+)?(?:\w+\s+)?"
        r"(?:resolution|solution|agreement|outcome)\b|"
        # If a resolution is not achieved, …
        r"\b(?:resolution|solution|agreement|settlement)\s+(?:is|was|has)\s+not\s+(?:been\s+)?(?:achieved|reached|found)\b|"
        r"不满意|不服|有异议|未能解决|仍未解决",
        re.IGNORECASE,
    )

    @staticmethod
    def _stage_run(staged: list[dict], title_of: dict[int, Src | None]) -> list[dict]:
        """The stages of one list, when the text numbers its stages twice (Stage 1 - …, Stage 2 - … in an overview,
        then a heading for each, Stage one - …, Stage two - …): the longest run that counts up from the first, of two
        as long the one that says more (the headings with the handling under them)."""
        runs: list[list[dict]] = []
        for scenario in sorted(staged, key=lambda s: s["title"].at[1] if (s["title"].at or ("",))[0] == "p" else 0):
            rank = _stage_number(str(getattr(title_of[id(scenario)], "value", "")))
            before = _stage_number(str(getattr(title_of[id(runs[-1][-1])], "value", ""))) if runs else 0
            if runs and rank and (rank == before + 1 or (rank == FINAL and before)):
                runs[-1].append(scenario)
            else:
                runs.append([scenario])
        return max(runs, key=lambda run: (len(run), sum(len(s.get("actions") or []) for s in run))) if runs else []

    # (Step 1 If you have already contacted…, please write to our Customer Service Manager: a step run in before the
    # condition that takes the complainant to it, counted like a stage)
    _STAGE_CONDITION = re.compile(r"(?:if|in the (?:unlikely )?event|where|should|once)\b", re.IGNORECASE)
    _RUN_IN_STAGE = re.compile(
        r"^\s*(?P<label>(?:stage|level|tier|step)\s*[–—-]?\s*(?:\d|one|two|three|four|five)(?:\s*[（(][^（）()]{1,30}[)）])?|"
        r"第[一二三四五1-5](?:阶段|级))(?:\s*[:：–—-]\s*|\s+(?=(?:allows?|deals?|is|covers?|involves?|applies|gives?|takes?|"
        rf"looks?|means?)\b)|\s+(?={_STAGE_CONDITION.pattern}))(?P<text>\S.*)$",
        re.IGNORECASE,
    )

    def _levels_from_run_in_stages(self, out: dict) -> bool:
        """Paragraphs that open with their stage (Stage 1: The Manager … / Stage 2: If you are not satisfied with the
        outcome, you may write to …), counting up, the later ones taking the dissatisfied complainant on: each stage is
        a level named by its label, its criteria the paragraph's first sentence. What they say is done stays steps."""
        run: list[tuple[str, str, tuple]] = []
        for seg in self.segs:
            m = None if seg.is_table else self._RUN_IN_STAGE.match(seg.text)
            if m is None:
                continue
            if _tier_number(m.group("label")) == len(run) + 1:
                # Stage 1 allows five working days…: the stage is the sentence's subject, kept in its criteria
                said = (
                    m.group("text")
                    if seg.text[m.end("label") : m.start("text")].strip() or self._STAGE_CONDITION.match(m.group("text"))
                    else seg.text.strip()
                )
                run.append((m.group("label"), said, ("p", seg.number)))
        if len(run) < 2 or not self._TAKEN_ON.search(" ".join(text for _, text, _ in run[1:])):
            return False
        out["levels"] = [
            {
                "id": Src(self.ids.make(level_key(label), "level")),
                "name": Src(label, at),
                "criteria": Src((sentences(text) or [text])[0], at),
            }
            for label, text, at in run
        ]
        self.mapped.append("levels")
        return True

    # Stage 1 Nominated Director, 第一级：部门经理: a stage and the post that takes it, nothing else
    _STAGE_POST = re.compile(
        r"^\s*(?P<label>(?:stage|level|tier)\s*[–—-]?\s*(?:\d|one|two|three|four|five)|第[一二三四五1-5](?:阶段|级))"
        r"\s*[:：–—-]?\s*(?P<post>[^。.;；:：,，]{2,60}?)\s*[.。]?$",
        re.IGNORECASE,
    )

    def _levels_from_stage_posts(self, out: dict) -> bool:
        """Lines after a lead-in (…the matter may be escalated as follows:) that each name a stage, counting up, and
        the post that takes it and nothing more (Stage 1 Nominated Director / Stage 2 Chief Executive): each stage a
        level led by that post. The lines define the stages; they are no steps."""
        segs = [seg for seg in self.segs if not seg.is_table]
        for index in range(1, len(segs)):
            if not re.search(r"[:：]\s*$", segs[index - 1].text):
                continue
            run: list[tuple[str, str, Segment]] = []
            for seg in segs[index:]:
                m = self._STAGE_POST.match(seg.text)
                if m is None or not self._names_one_post(m.group("post")) or _tier_number(m.group("label")) != len(run) + 1:
                    break
                run.append((m.group("label"), m.group("post").strip(), seg))
            if len(run) < 2:
                continue
            levels = []
            for label, post, seg in run:
                name = label[:1].upper() + label[1:]
                at = ("p", seg.number)
                who = self._one_post_role(post, at)
                item = {"id": Src(self.ids.make(level_key(name), "level")), "name": Src(name, at)}
                if who:
                    item["lead"] = Src(who, at)
                levels.append(item)
            places = {("p", seg.number) for _, _, seg in run}
            for scenario in out.get("scenarios") or []:
                scenario["actions"] = [a for a in scenario.get("actions") or [] if a["do"].at not in places]
            out["scenarios"] = [s for s in out.get("scenarios") or [] if s.get("actions")]
            lead = segs[index - 1]
            if not self._read_in_part(lead, out) and not any(u["at"].value == self._where(lead) for u in self.unmapped):
                # 2. 未能解决的投诉按以下层级逐级处理： read as the heading of the stages: kept, not lost with them
                self.unmapped.append({"at": Src(self._where(lead)), "text": Src(lead.text.strip())})
            out["levels"] = levels
            self.mapped.append("levels")
            return True
        return False

    _ESCALATED = re.compile(r"escalat|next level|higher level|升级|上一级|逐级", re.IGNORECASE)

    def _levels_from_post_tiers(self, scenarios: list, out: dict) -> bool:
        """Procedures that follow one another, each headed by the post that takes the complaint (1. Member Services
        Representative / 2. Assistant General Manager / 3. General Manager), saying the complaint goes up from one to
        the next (…acts as the next level of escalation): each a level led by its post, least senior first; the
        procedures stay, each at its level."""
        run: list[tuple[dict, str]] = []
        for scenario in scenarios:
            title = str(scenario["title"].value).strip()
            posts = [p for p in re.split(r"\s*/\s*", title) if p]
            if posts and all(self._names_one_post(p) or vocab.EN_ROLE_PATTERN.fullmatch(p) for p in posts):
                run.append((scenario, posts[0]))
                continue
            if len(run) >= 2:
                break
            run = []
        said = " ".join(str(a["do"].value) for scenario, _ in run for a in scenario.get("actions") or [])
        if len(run) < 2 or not self._ESCALATED.search(said):
            return False
        levels = []
        for scenario, post in run:
            at = scenario["title"].at
            name = str(scenario["title"].value).strip()
            item = {"id": Src(self.ids.make(level_key(name), "level")), "name": Src(name, at)}
            who = self._one_post_role(post, at) or self._add_role(post, at)
            item["lead"] = Src(who, at)
            scenario["level"] = Src(str(item["id"].value))
            levels.append(item)
        out["levels"] = levels
        self.mapped.append("levels")
        return True

    def _names_one_post(self, text: str) -> bool:
        """`text` names a post and nothing else (部门经理; Nominated Director, a post the text gives work to)."""
        text = text.strip()
        if re.search(r"[\u4e00-\u9fff]", text):
            return posts_in(text) == [text]
        return self._en_role_named(text) is not None

    def _one_post_role(self, text: str, at: tuple) -> str | None:
        """The id of the role of the post `text` names alone: made for a Chinese post, the English one found."""
        if re.search(r"[\u4e00-\u9fff]", text):
            return self._role_ref(text.strip(), at, create=True)
        return self._en_role_named(text.strip())

    def _en_role_named(self, text: str) -> str | None:
        """The id of the role an English text names whole (Nominated Director, the Chief Executive)."""
        named = self._en_post_named(text)
        bare = re.sub(r"^(?:an?|the)\s+", "", text, flags=re.IGNORECASE)
        if named is None or named.lower() != bare.lower():
            return None
        return next((i for t, i in self.role_by_title.items() if t.lower() == named.lower()), None)

    def _stage_title(self, scenario: dict) -> Src | None:
        """The stage a scenario is titled as (Stage 2 – Formal), or the stage heading its own heading opens (Stage 2 –
        Formal > The complaint is heard by the Head Teacher); None when it is no stage."""
        title = str(scenario["title"].value)
        if self._STAGE_TITLE.match(title):
            return scenario["title"]
        at = scenario["title"].at
        if not at or at[0] != "p":
            return None
        node = next((n for n in self.outline.walk() if n.number == at[1] and n.title == title), None)
        parent = node.parent if node is not None else None
        if parent is not None and parent.children[0] is node and self._STAGE_TITLE.match(parent.title):
            return Src(parent.title, ("p", parent.number))
        # Level II > "If a resolution is not achieved, … the following process:": a scenario titled by the lead-in of
        # the list under a stage heading, its first paragraph
        if node is None:
            heading = next((n for n in self.outline.walk() if n.items and n.items[0].number == at[1]), None)
            if heading is not None and self._STAGE_TITLE.match(heading.title):
                return Src(heading.title, ("p", heading.number))
        return None

    _OUTSIDE_NAMED = re.compile(r"ombudsman|regulator|tribunal|监管|仲裁|法院|消费者协会|消协", re.IGNORECASE)

    def _outside_only(self, scenario: dict, outside: set[str]) -> bool:
        """A scenario that only sends the complainant outside (If You Are Not Satisfied: you can contact the
        Ombudsman): no step of its own, and its escalations, or the text under its heading, name a party outside."""
        if scenario.get("actions"):
            return False
        rules = scenario.get("escalation") or []
        if rules:
            return all(str(r["to"].value) in outside for r in rules)
        return bool(self._OUTSIDE_NAMED.search(self._text_under(scenario)))

    def _items_under(self, scenario: dict) -> list[Segment]:
        """The paragraphs under the heading a scenario is titled by ([] when it is titled by no heading)."""
        at = scenario["title"].at
        node = next((n for n in self.outline.walk() if at and at[0] == "p" and n.number == at[1]), None)
        return [seg for seg in (node.all_items() if node is not None else []) if not seg.is_table]

    def _text_under(self, scenario: dict) -> str:
        return " ".join(seg.text for seg in self._items_under(scenario))

    def _levels_from_stages(self, scenarios: list[dict], out: dict) -> bool:
        """A procedure in stages (Stage 1 frontline resolution / Stage 2 investigation, 第一阶段/第二阶段) that a
        complaint goes through in turn: each stage is a level, the later one graver, criteria its first sentence.
        The stages are the scenarios titled as stages, or the N scenarios right after "has N stages"."""
        titles = {id(s): self._stage_title(s) for s in scenarios}
        staged = self._stage_run([s for s in scenarios if titles[id(s)] is not None], titles)
        staged = self._informal_before(staged, scenarios, titles)
        # Stage 1 with no stage after it (a text cut off there, or one that only names the next stage): a tier all the
        # same, the first of a tiered procedure
        lone = (
            staged
            if len(staged) == 1 and self._FIRST_STAGE.match(str((titles[id(staged[0])] or staged[0]["title"]).value))
            else []
        )
        if len(staged) < 2:
            staged = []
            for seg in self.segs:
                m = None if seg.is_table else self._STAGES.search(seg.text)
                if not m:
                    continue
                count = int(number(m.group("n") or m.group("cn")) or 0)
                # a scenario titled by a heading with no paragraph of its own has no position (at is None)
                after = sorted(
                    (s for s in scenarios if (s["title"].at or ("",))[0] == "p" and s["title"].at[1] > seg.number),
                    key=lambda s: s["title"].at[1],
                )[: count or 0]
                if count and len(after) == count and after[0]["title"].at[1] - seg.number <= 2:
                    staged = after
                    break
        as_titled = False
        if len(staged) < 2:
            # In person / If Unresolved / If this is still Insufficient: headings in turn, each after the first the
            # complainant not satisfied with the one before — tiers, named as the headings name them
            # (a procedure set out in a table, Complaint Handling Steps, is where its table stands)
            ordered = self._in_order(scenarios)
            for index, first in enumerate(ordered):
                run = [first]
                outside = {str(p["id"].value) for p in self.external}
                informal = bool(vocab.INFORMAL_STAGE.match(str(first["title"].value)))
                for later in ordered[index + 1 :]:
                    # after an informal stage (Early Resolution), the next that takes on what it did not resolve
                    # (Investigation: For issues that have not been resolved at the early resolution stage…)
                    if not self._TIER_HEADING.search(str(later["title"].value)) and not (
                        informal
                        and (
                            self._TAKEN_ON.search(self._text_under(later)[:300])
                            # Making a Formal Complaint, after an informal stage that ends: If the matter is not resolved
                            # at this stage, …
                            # or that tells how to make a formal complaint (Provide details of how to submit a formal
                            # complaint if appropriate)
                            or (
                                re.search(r"\bformal\b", str(later["title"].value), re.IGNORECASE)
                                and (
                                    self._TAKEN_ON.search(self._text_under(run[-1]))
                                    or self._FORMAL_NEXT.search(self._text_under(run[-1]))
                                )
                            )
                        )
                    ):
                        break
                    if self._outside_only(later, outside):
                        break  # If You Are Not Satisfied: you can contact the Ombudsman — a party outside, no tier of ours
                    run.append(later)
                # (the first may read as a tier too when nothing comes before it: If you're unhappy with our service)
                if len(run) >= 2 and (index == 0 or not self._TIER_HEADING.search(str(first["title"].value))):
                    staged, as_titled = run, True
                    break
        # Stages are levels (as docs/plan-format.md has a complaint procedure's stages) where a later stage takes the
        # graver complaints (those that appear complicated or serious, 案情复杂的) or the complainant not satisfied with
        # the one before (a tier of escalation); stages every complaint goes through alike (receipt, investigation,
        # response) are steps.
        paired = False
        if len(staged) < 2:
            staged = self._informal_then_formal(scenarios)
            paired = as_titled = bool(staged)
        later = " ".join(str(a.get("when", "")) + str(a.get("do", "")) for s in staged[1:] for a in s.get("actions") or [])
        if len(staged) < 2:
            if not lone:
                return False
            staged, paired = lone, True
        if not paired and not self._GRAVER.search(later):
            # tiers when the text under a later one, as written, takes the dissatisfied complainant on
            # (after an informal stage, from its end: If the matter is not resolved at this stage, …)
            informal = vocab.INFORMAL_STAGE.match(str(staged[0]["title"].value)) or self._INFORMAL.search(
                str(staged[0]["title"].value)
            )  # Stage 1 – Informal Resolution
            opener = staged[0] if informal else staged[1]
            first, last = self._paragraph_of(opener["title"].at) or 0, (self._paragraph_of(staged[-1]["title"].at) or 0) + 8
            written = " ".join(seg.text for seg in self.segs if not seg.is_table and first <= seg.number <= last)
            # or the end of the first stage sends the complaint on to the next (If we cannot resolve your complaint…
            # you can escalate your complaint to stage 2)
            first_stage = self._paragraph_of(staged[0]["title"].at) or 0
            ending = " ".join(seg.text for seg in self.segs if not seg.is_table and first_stage < seg.number < first)
            sent_on = not informal and self._SENT_TO_NEXT.search(ending[-600:])
            # Stage 1 – Informal Complaint, then Stage 2 – Formal Complaint: going formal is going on, whatever the text
            # says of how
            formal_next = informal and self._FORMAL_WORD.search(str(staged[1]["title"].value))
            if not self._TAKEN_ON.search(written) and not sent_on and not formal_next:
                return False
        levels = []
        for i, scenario in enumerate(staged, 1):
            heading = titles.get(id(scenario)) or scenario["title"]
            title = str(heading.value)
            name = (
                title
                if self._STAGE_TITLE.match(title) or as_titled or vocab.INFORMAL_STAGE.match(title)
                else (f"第{'一二三四'[i - 1]}阶段：{title}" if self.lang == "zh-CN" else f"Stage {i}: {title}")
            )
            item: dict[str, Any] = {"id": Src(self.ids.make(level_key(name), "level")), "name": Src(name, heading.at)}
            first = ((self._sent_on_when(staged[i - 2], i) or self._taken_on_when(scenario)) if i > 1 else None) or _condition(
                scenario, any_sentence=True
            )
            if first is not None:
                item["criteria"] = first
                # what a stage does first, in its own time (Stage One: acknowledged within 48 hours), is a deadline too
                self.period_criteria.add(str(first.value))
            if scenario.get("owner"):
                item["lead"] = scenario["owner"]
            levels.append(item)
            scenario["level"] = Src(item["id"].value)
        out["levels"] = levels
        self.mapped.append("levels")
        return True

    _FORMAL_NEXT = re.compile(r"\b(?:make|submit|raise|lodge|making|submitting|raising)\s+a\s+formal\s+complaint\b", re.I)

    _FIRST_STAGE = re.compile(r"^stage\s*(?:1|one)\b", re.IGNORECASE)

    _SENT_TO_NEXT = re.compile(
        r"\b(?:escalat\w*|refer\w*|pass\w*|move|progress|take)\b[^.;]{0,60}?\b(?:to|on to|onto)\s+(?:the\s+)?"
        r"(?:(?:stage|level|tier|step)\s*(?:2|two)|next\s+(?:stage|level|tier|step)|second\s+(?:stage|level|tier|step))\b",
        re.IGNORECASE,
    )

    def _informal_then_formal(self, scenarios: list[dict]) -> list[dict]:
        """Two procedures in turn named alike but for informal and formal (Informal complaints / Formal complaints,
        A Informal Stage / B Formal Stage, 2. Informal Process / 3. Formal Process): the formal one is the tier a
        complaint the informal one did not settle is taken on to, whatever the text under it says."""
        ordered = self._in_order(scenarios)

        def plain(scenario: dict) -> str:
            return re.sub(r"^(?:[A-Z]|\d{1,2})[.):：]?\s+", "", str(scenario["title"].value)).strip().lower()

        for index, first in enumerate(ordered[:-1]):
            # the formal one next after it, over a procedure the informal way's text made of a list (Appropriate
            # members of staff: … Welfare Officer)
            second = next((s for s in ordered[index + 1 :] if re.search(r"\bformal\b", plain(s))), ordered[index + 1])
            a, b = plain(first), plain(second)
            # or two ways of handling worded otherwise (INFORMAL PROCEDURE / FORMAL WRITTEN PROCEDURE); an informal and a
            # formal complaint worded otherwise are kinds of complaint, tiers only when the text takes one on
            ways = all(re.search(r"\b(?:procedure|process|stage|route|approach)\b", t) for t in (a, b))
            if re.search(r"\binformal\b", a) and (
                re.sub(r"\binformal\b", "formal", a) == b or (ways and re.search(r"\bformal\b", b) and "informal" not in b)
            ):
                return [first, second]
            if re.fullmatch(r"initial\s+(?:complaint|concern)s?", a) and re.sub(r"^initial\b", "formal", a) == b:
                return [first, second]  # Initial Complaint / Formal Complaint: the first way, then the formal one
        return []

    def _in_order(self, scenarios: list[dict]) -> list[dict]:
        """The scenarios placed in the document, in the order of their headings (a table's where its table stands)."""
        placed = [(self._paragraph_of(s["title"].at), s) for s in scenarios]
        return [s for at, s in sorted((p for p in placed if p[0] is not None), key=lambda p: p[0])]

    def _paragraph_of(self, at: tuple | None) -> int | None:
        """Where a value stands among the paragraphs: its paragraph, or the paragraph its table stands as."""
        if not at:
            return None
        if at[0] == "p":
            return at[1]
        return next((seg.number for seg in self.segs if seg.is_table and seg.table == at[1]), None)

    def _informal_before(self, staged: list[dict], scenarios: list[dict], titles: dict[int, Src | None]) -> list[dict]:
        """`staged` with the informal stage before its first prepended, when the scenario right before the first stage
        is titled as one; the stages as they are otherwise."""
        if not staged or _stage_number(str(getattr(titles[id(staged[0])], "value", ""))) != 1:
            return staged
        placed = sorted((s for s in scenarios if (s["title"].at or ("",))[0] == "p"), key=lambda s: s["title"].at[1])
        if staged[0] not in placed or placed.index(staged[0]) == 0:
            return staged
        before = placed[placed.index(staged[0]) - 1]
        if not vocab.INFORMAL_STAGE.match(str(before["title"].value)) or titles.get(id(before)) is not None:
            return staged
        titles[id(before)] = before["title"]
        return [before, *staged]

    # If you are not satisfied with our response[,] you can ask…: the condition, with or without its comma
    _IF_CLAUSE = re.compile(
        r"^(?:if|where|when|should|once|如|若|如果|倘若)[^,，;；]{4,}?"
        r"(?=\s*[,，;；]|\s+then\b|\s+(?:you|we|they|it|the|please)\s+(?:may|can|could|should|will|must|are|have|need)\b|$)",
        re.IGNORECASE,
    )

    def _taken_on_when(self, scenario: dict) -> Src | None:
        """A later stage's criteria: the condition under its heading that takes the dissatisfied complainant on (If you
        are not satisfied with our Stage 1 response, you can ask… -> If you are not satisfied with our Stage 1 response),
        whether or not the sentence became a step (what the complainant may do is none)."""
        for seg in self._items_under(scenario):
            for sentence in sentences(seg.text):
                m = self._IF_CLAUSE.match(sentence.strip())
                if m and self._way_in(m.group(), sentence):
                    return Src(m.group(), ("p", seg.number))
        # a stage set out as a labelled paragraph, no heading over it (Stage 3: Appeal - If the customer is not
        # satisfied…, they can appeal): the condition its steps are taken under
        for action in scenario.get("actions") or []:
            when = action.get("when")
            if when is not None and self._way_in(str(when.value), str(when.value)):
                return when
        return None

    def _way_in(self, condition: str, sentence: str) -> bool:
        """A condition that takes the dissatisfied complainant on to a stage of ours: not the way out to a body outside
        (If you remain dissatisfied, you may refer your complaint to the Ombudsman)."""
        return bool(self._TAKEN_ON.search(condition)) and not self._OUTSIDE_NAMED.search(sentence)

    def _sent_on_when(self, before: dict, number: int) -> Src | None:
        """A later stage's criteria as the stage before it states them: the condition that sends the complaint on to
        it (Stage 1 – Informal … If the matter cannot be resolved informally, it will move to Stage 2)."""
        word = ("one", "two", "three", "four", "five")[number - 1] if number <= 5 else str(number)
        onward = re.compile(
            rf"\b(?:stage|level|tier)\s*(?:{number}|{word})\b|\bnext\s+(?:stage|level|tier)\b|\bformal\b|"
            rf"第{'一二三四五'[number - 1] if number <= 5 else number}阶段|下一阶段|正式",
            re.IGNORECASE,
        )
        for seg in reversed(self._items_under(before)):
            for sentence in reversed(sentences(seg.text)):
                m = self._IF_CLAUSE.match(sentence.strip())
                if m and self._TAKEN_ON.search(m.group()) and onward.search(sentence[m.end() :]):
                    return Src(m.group(), ("p", seg.number))
        return None

    _NAMED_TIER = {
        "stage": re.compile(r"\bstage\s*(?:\d|one|two|three|four|five)\b|第[一二三四五1-5]阶段", re.IGNORECASE),
        "level": re.compile(r"\b(?:level|tier)\s*(?:\d|one|two|three|four|five)\b", re.IGNORECASE),
    }

    def _tiers_named_after(self, out: dict) -> None:
        """The next stages or tiers the text names without setting them out (…this will bypass Stage 2 and move to
        Stage 3 of the formal procedure and be heard by the Chair of Governors; a copy cut before them): each a level,
        its criteria the first sentence naming it."""
        levels = out.get("levels") or []
        last = str(levels[-1]["name"].value) if levels else ""
        kind = (
            "stage"
            if re.search(r"stage|阶段", last, re.IGNORECASE)
            else "level"
            if re.search(r"level|tier", last, re.I)
            else None
        )
        if kind is None:
            return
        named: list[dict] = []
        # the tier after the highest one set out: by its own number (Level 2, Level 3 set out, Level 1 not: the next is
        # 4; LEVEL FIVE … LEVEL ONE set out, most severe first: the next is 6), else by how many there are
        last_number = max(_tier_number(str(level["name"].value)) for level in levels) or len(levels)
        for seg in self.segs:
            for sentence in [] if seg.is_table else sentences(seg.text):
                for m in self._NAMED_TIER[kind].finditer(sentence):
                    if _tier_number(m.group()) != last_number + len(named) + 1:
                        continue
                    at = ("p", seg.number)
                    item = {"id": Src(self.ids.make(level_key(m.group()), "level")), "name": Src(m.group(), at)}
                    named.append({**item, "criteria": Src(sentence, at)})
        levels += named


def _first_mentions(
    told: list[tuple[str, tuple]], pattern: re.Pattern, rank: Callable[[re.Match], int]
) -> dict[int, tuple[re.Match, str, tuple]]:
    """Each rank the sentences name (stage one, level 2), with its first mention, that mention's sentence and where."""
    named: dict[int, tuple[re.Match, str, tuple]] = {}
    for sentence, at in told:
        for m in pattern.finditer(sentence):
            named.setdefault(rank(m), (m, sentence, at))
    return named


def _tier_number(label: str) -> int:
    """The number a stage's or tier's label gives it (Stage 3, Level – 2, tier two, 第三阶段), 0 when it gives none."""
    m = re.search(r"\d|one|two|three|four|five|[一二三四五]", label, re.IGNORECASE)
    return int(number(m.group().lower()) or 0) if m else 0


FINAL = 99  # the number of a Final Step: it follows whatever came before


def _stage_number(title: str) -> int:
    """The number a stage's title gives it (Stage two, Step 3, 第二阶段), 0 when it gives none."""
    m = re.search(
        r"(?:stage|step|phase)\s*(\d|one|two|three|four)|第([一二三四1-4])(?:阶段|级)|^([一二三四1-4])级|"
        r"^(first|second|third|fourth|final)\s+(?:stage|step|phase)|^" + _ROMAN_LEVEL,
        title,
        re.IGNORECASE,
    )
    if m and m.group(5):  # Level II
        return ("I", "II", "III", "IV").index(m.group(5).upper()) + 1
    if m and m.group(4):  # First Stage, Second Step; Final Step: FINAL, the one after the last
        word = m.group(4).lower()
        return FINAL if word == "final" else ("first", "second", "third", "fourth").index(word) + 1
    return int(number(next(g for g in m.groups() if g)) or 0) if m else 0


def _severity(text: str) -> int | None:
    return grading.severity(text)


def _graded_rank(name: str) -> tuple:
    """How severe a level's name says it is, then how severe within its grade (A级严重 above A级一般: both A级)."""
    within = grading.GRADE.sub("", grading.LETTER_GRADE.sub("", name), count=1)
    return (_severity(name), (_severity(within) or 0) if within != name else 0)


# A tier a complaint is taken up through, named in a scenario's title: Level 2 – Investigation, Escalation Level 01,
# Customer Grievance Cell (Level 2)
_TIER_TITLE = re.compile(
    r"^(?:(?:escalation|complaint|complaints|response|resolution)\s+)?(?:level|tier)\s*[–—-]?\s*(?:0?[1-9]|one|two|three|four|five)\b|"
    r"[(（]\s*(?:level|tier)\s*(?:0?[1-9]|one|two|three|four|five)\s*[)）]\s*$",
    re.IGNORECASE,
)
_TIER_MENTION = re.compile(r"\b(?:level|tier)\s+(?P<n>[1-5]|one|two|three|four|five)\b", re.IGNORECASE)


def _tiers_named(text: str) -> list[tuple[str, str]]:
    """(Level N, the clause that first names it) for each tier an English paragraph names, when it names two or
    more in turn (resolved at Level 1 by the frontline team…, escalated to Level 2…)."""
    out: dict[str, str] = {}
    for clause in (c.strip() for s in sentences(text) for c in re.split(r"[,;]\s", s)):
        for m in _TIER_MENTION.finditer(clause):
            word = m.group().split()[0]
            out.setdefault(f"{word[:1].upper()}{word[1:].lower()} {int(number(m.group('n')) or 0)}", clause)
    return list(out.items()) if len(out) >= 2 else []


# An English tier as an item of its own, its label before a dash (Level 2 – a Team Leader reviews it).
_EN_TIER_ITEM = re.compile(
    rf"^(?P<l>(?:(?:level|tier|category|grade|band|priority)\s*(?:\d|one|two|three|four|five)\b|{grading.PRIORITY_CODE}\b|"
    r"(?:1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth)\s+(?:level|tier)\b)(?:\s*[(（][^)）]{1,30}[)）])?)"
    r"\s*[-–—]\s+(?P<r>\S.*)$|"
    r"^(?P<l2>第[一二三四五](?:层|级))(?:为|是)(?P<r2>\S.*)$",  # 第一级为营业部，…: a tier and who handles it
    re.IGNORECASE,
)
# An English paragraph that opens with a graded kind of case and says what it is (Complex complaints need a detailed
# investigation…; Red complaints involve…): the grade and what follows, as a label and its text.
_EN_GRADE_OPENING = re.compile(
    r"^(?P<l>[A-Z][a-z]+\s+(?:complaints|cases|incidents|issues|concerns))\s+(?:are\s+|is\s+)?"
    r"(?P<r>(?<=are )\S.*|(?<=is )\S.*|(?:can|could|may|will|need|needs|"
    r"require|requires|involve|involves|include|includes|cover|covers|relate|relates|concern|concerns)\b.*)$"
)
# A paragraph opening with a short name, a dash and what it is (Minor Event - a minor incident or minor injury…): a
# label and its text, a grade's where the name is one (read as a colon's label is)
_EN_GRADE_DASH = re.compile(r"^(?P<l>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3})\s+[–—-]\s+(?P<r>\S.*)$")
_ARABIC = {5: "special", 4: "1", 3: "2", 2: "3", 1: "4", 0: "5", -1: "6"}
_EN_LEVEL = re.compile(
    r"\b(level|tier|category|grade|severity|priority|band|stage)\s*(\d|one|two|three|four|five|[A-D](?![a-z]))\b", re.I
)
_WORD_KEYS = (
    ("特别重大", "extreme"),
    ("特大", "extreme"),
    ("重大", "major"),
    ("较大", "serious"),
    ("一般", "general"),
    ("紧急", "urgent"),
    ("复杂", "complex"),
    ("简单", "simple"),
    ("普通", "ordinary"),
    ("特别重要", "especially-important"),
    ("重要", "important"),
    ("严重", "severe"),
    ("轻微", "minor"),
    ("minor", "minor"),
    ("moderate", "moderate"),
    ("serious", "serious"),
    ("major", "major"),
    ("critical", "critical"),
    ("urgent", "urgent"),
)


# A row's number alone (1, 二, Ⅲ): what it counts is its column's heading (Category 1).
_BARE_NUMBER = re.compile(r"\d{1,2}|[一二三四五]|[IVⅠⅡⅢⅣ]{1,3}")


def level_key(name: str) -> str:
    """What a level's id is made from, as transcriptions name levels: the grade a name carries (Ⅰ级, 一级 ->
    level-1; 第二级 -> level-2; D级 -> level-d; A类 -> class-a; Level 2 / Stage 2 -> level-2 / stage-2), else its
    one severity word (一般投诉 -> general, 重大消费投诉 -> major); other names are made into ids as they are (蓝色预警,
    上报省行)."""
    text = str(name)
    grade = grading.GRADE.search(text)
    if grade is not None:
        return f"level-{_ARABIC[grading.grade_rank(grade)]}"
    letter = grading.LETTER_GRADE.search(text.upper())
    if letter is not None:
        return ("level-" if "级" in letter.group() else "class-") + letter.group(1).translate(
            {0xFF21 + i: 65 + i for i in range(4)}
        ).lower()
    tier = re.search(r"第([一二三四五])(层|级|阶段)", text)
    if tier is not None:  # 第一层 -> tier-1, 第二级 -> level-2, 第三阶段 -> stage-3
        kind = {"层": "tier", "级": "level", "阶段": "stage"}[tier.group(2)]
        return f"{kind}-{'一二三四五'.index(tier.group(1)) + 1}"
    english = _EN_LEVEL.search(text)
    if english is not None:
        digit = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5"}.get(english.group(2).lower(), english.group(2))
        return f"{english.group(1).lower()}-{digit.lower()}"
    lowered = text.lower()
    words = [
        key
        for word, key in _WORD_KEYS
        if word in lowered and not any(word in w and word != w for w, _ in _WORD_KEYS if w in lowered)
    ]
    if len(words) == 1 and not re.search(r"红色|橙色|黄色|蓝色|上报|报告|escalat", text, re.IGNORECASE) and len(text) <= 30:
        return words[0]
    return text


def _bare(name: str) -> str:
    """A level's name without what its brackets add: 特别重大投诉事件（Ⅰ级） -> 特别重大投诉事件."""
    return re.sub(r"[（(][^）)]*[）)]", "", _clean(name)).strip()


def _bare_name(text: str) -> bool:
    """A line that only names something (Complaints Committee Level, 部门级): short, no clause, no sentence."""
    if re.search(r"[。.;；:：,，!?！？]|\d{2,}", text):
        return False
    return 2 <= len(text) <= 12 if re.search(r"[\u4e00-\u9fff]", text) else 1 <= len(text.split()) <= 5


# A grade named by its number or rank, which the other grades of its scale replace in a name (一级, Ⅱ类, 初级 / 中级)
_NAMED_GRADE = re.compile(rf"{grading.GRADE.pattern}|[初中高]级(?=[\u4e00-\u9fff]{{0,4}}?{grading.EVENT}|$)")


def _same_level(a: str, b: str) -> bool:
    """Two names of one grade: one holds the other (一般 / 一般（Ⅳ级）, 一级重大事件 / 一级重大事件(Ⅰ级应急响应))."""
    a, b = _clean(a).lower(), _clean(b).lower()
    if a and b and a != b and grading.severity(a) != grading.severity(b):
        return False  # 特别重大投诉 holds 重大投诉 and is graver: two grades
    if a and b and (a == b or (min(len(a), len(b)) >= 2 and (a in b or b in a))):
        return True
    # the same numbered grade (一级供热突发事件 / 一级供热事件, Level 2 / Level 2 (Major))
    for grade in (grading.GRADE, grading.LETTER_GRADE):
        ga, gb = grade.search(a.upper()), grade.search(b.upper())
        if ga and gb:
            return grading.grade_rank(ga) == grading.grade_rank(gb)
    return False


# A priority or severity code (Priority 1, P0, Severity 2, Sev 3): the lower its number, the more urgent
_URGENCY_CODE = re.compile(rf"^(?:priority|severity|{grading.CODE_PREFIX})\s*-?\s*(\d)(?!\d)", re.IGNORECASE)


def _same_grade(a: str, b: str) -> bool:
    """One grade named twice, or once by its code alone (Priority 1 / Priority 1 - Critical)."""
    ca, cb = _URGENCY_CODE.match(a.strip()), _URGENCY_CODE.match(b.strip())
    return bool(ca and cb and ca.group(1) == cb.group(1)) or _same_level(a, b)


def _sort_levels(levels: list[dict]) -> None:
    """The levels from the least to the most severe, as the format lists them, where their names say how severe."""
    ranks = [_graded_rank(str(lv["name"].value)) for lv in levels]
    if levels and all(r[0] is not None for r in ranks) and len(set(ranks)) == len(ranks):
        levels[:] = [lv for _, lv in sorted(zip(ranks, levels), key=lambda pair: pair[0])]
        return
    # Priority 1 … Priority 4 in a table of service levels: Priority 1 the most urgent, so listed last (kept out of
    # grading.severity, whose ranks also make ids and tell grades apart, where "Priority 1" has no rank)
    codes = [_URGENCY_CODE.match(str(lv["name"].value).strip()) for lv in levels]
    urgency = {id(lv): int(code.group(1)) for lv, code in zip(levels, codes) if code}
    if len(levels) >= 2 and len(set(urgency.values())) == len(levels):
        levels.sort(key=lambda lv: -urgency[id(lv)])


# a heading of a repairs or help desk page that names an urgency (levels.URGENCY: Emergency – Respond within 4 working
# hours, Urgent priority) or a numbered priority (Respond and fix priority 3); a list item that does, before a dash
# (emergency repairs - first response within 24 hours)
_PRIORITY_NUMBERED = re.compile(r"\bpriority\s*\d\b", re.IGNORECASE)
_URGENCY_ITEM = re.compile(
    rf"^(?P<name>(?:{grading.URGENCY_WORDS})"
    r"(?:\s+(?:repairs?|requests?|jobs?|works?|priority|calls?|faults?))?)\s+[–—-]\s+\S|"
    # GREEN (Steady State): During steady state… — a colour of an activation or alert scale
    r"^(?P<colour>(?-i:GREEN|BLUE|YELLOW|AMBER|ORANGE|RED|BLACK|Green|Blue|Yellow|Amber|Orange|Red|Black)"
    r"(?:\s*\([^()]{1,30}\))?)\s*[:：–—-]\s*\S",
    re.IGNORECASE,
)

# the part of a grade that says when it applies (開設時機, 啟動條件, Criteria)
_WHEN_PART = re.compile(r"时机|条件|标准|情形|定义|界定|criteria|definition|triggers?\b|when\b", re.IGNORECASE)

_LEVEL_CONDITION = re.compile(
    r"^(?:发生|出现|如发生|若发生|遇有|如遇|凡)(?P<c>[^。；;]{2,80}?)(?:[，,]\s*(?:启动|执行|按|由)|[。；;]|$)"
)


def _condition(scenario: dict, *, any_sentence: bool = False) -> Src | None:
    """The condition a scenario's first sentence states (发生5人以下信访事件，启动一级应急预案 -> 发生5人以下信访事件);
    with any_sentence, that first sentence whatever it says (a stage's description)."""
    actions = scenario.get("actions") or []
    if not actions or "do" not in actions[0]:
        return None
    first = actions[0]["do"]
    text = str(first.value).strip()
    m = _LEVEL_CONDITION.match(text)
    if m:
        return Src(text[: m.end("c")], first.at)
    if any_sentence:
        return Src(re.split(r"(?<=[。.!?；;])\s*", text)[0], first.at)
    return None


_DESCRIBES = re.compile(
    r"^(?:an?|any|those|complaints?|incidents?|cases?|issues?)\b(?:\s+\w+){0,3}?\s+(?:that|which|where|who|about|involving|with)\b|"
    r"^(?:是指|系指|指|涉及|包括)",
    re.IGNORECASE,
)


def _described(scenario: dict) -> Src | None:
    """The first item of a graded scenario when it says what the grade covers (a complaint that…, 指…), not an act."""
    actions = scenario.get("actions") or []
    if not actions or "do" not in actions[0] or "when" in actions[0]:
        return None
    text = str(actions[0]["do"].value).strip()
    return Src(text, actions[0]["do"].at) if _DESCRIBES.match(text) else None


def _level_name(title: str) -> str:
    name = re.sub(r"^(?:处理|处置|应对)", "", title)
    name = re.sub(r"的?(?:应急预案|预案|处置流程|处理流程|处理程序|应急处置|处置|处理)$", "", name)  # 一般投诉的处理 -> 一般投诉
    return name or title


# A sentence that introduces what follows (如下表：, 分为以下四级：, as follows:): never a level's criteria.
_LEAD_IN = re.compile(
    r"(?:[：:]|如下表?[。.]?|如下所示[。.]?|(?:见|详见|参见|如)(?:下表|附表|附件|表\s*\d*)[^。]{0,6}[。.]?|as follows[.:]?|"
    r"below[.:]|(?:see|in) (?:the )?table(?: below)?[.:]?)\s*$",
    re.IGNORECASE,
)


def _before(at: tuple | None, other: tuple | None) -> bool:
    """True when paragraph `at` comes before paragraph `other` (both paragraphs)."""
    return bool(at and other and at[0] == other[0] == "p" and at[1] < other[1])


def _thresholds(item: dict, text: str, at: tuple, lang: str = "zh-CN") -> None:
    """Numbers stated as lower bounds in a level's criteria (20人以上, 5万户以上, more than £10,000) -> thresholds."""
    found = [
        {"measure": Src(measure, at), "min": Src(value, at), "unit": Src(unit, at)}
        for measure, value, unit in grading.thresholds(text, lang)
    ]
    if found:
        item["thresholds"] = found
