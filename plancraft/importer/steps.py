"""Scenarios and their steps: procedure sections, numbered and listed steps, steps in prose and in tables,
flowcharts typed as text, a step's owner, deadline, approval and condition, escalation rules."""

from __future__ import annotations

from plancraft.importer import recache as re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from . import levels as grading
from . import acts, vocab
from .numbers import find_durations, per_place_deadlines
from .outline import Node, Segment, list_runs_through
from .roles import PLACE_LABEL, REACHED_BEFORE, agent_posts, en_actors, is_team_name, post_spans, posts_in, unit_spans
from .text import (
    ITEM_NUMBER,
    _PURPOSE_START,
    _SCOPE,
    _STRIP,
    NOT_STATED,
    Src,
    _clean,
    _deadline_in,
    _is_deadline,
    _short,
    _short_title,
    sentences,
)

_CASE_START = re.compile(
    r"^(?:对于|凡是?|针对|属于)[^，,。；;]{2,40}[，,]|"
    r"^(?:对于?|凡|如|若|当|因|遇到?|发生|针对|关于|属于|涉及|客户|if|where|when|for)\S{0,40}?"
    r"(?:的|时|后|者|投诉|情况)[，,。:：]|^[^，。]{2,40}类(?:客户)?投诉[。，,]",
    re.IGNORECASE,
)
# A case named by its grade alone (较大及以上事件, 重大投诉): the case the clause after it answers
# (发生重大投诉时, 遇…时 are read as an event and its time elsewhere)
_GRADED_CASE = (
    r"(?!发生|出现|如|若|遇|当)[\u4e00-\u9fff]{0,6}?(?:一般|较大|重大|特别重大|[ⅠⅡⅢⅣ]级|[一二三四]级)"
    r"(?:及以上|以上|及以下|以下)?(?:级别?)?(?:的)?(?:突发)?(?:事件|投诉|事故|案件)"
)
_GRADED_CASE_CLAUSE = re.compile(_GRADED_CASE)
# A conditional step: 如客户要求与规章制度相悖时，要讲明道理 -> when / do.
_CONDITION = re.compile(
    r"^(?P<when>(?:如果|如|若|对于|凡|遇到|遇有|当|一旦)\s*[^，,；;。]{2,40}?(?:的|时|后|者)?|"
    # If we believe …, either in whole or in part, we will …: the condition runs to the comma before the main clause
    # (For retail complaints, if we cannot resolve it …, we will …: the kind of case belongs to the condition)
    r"(?:for\s[^,;]{2,60},\s*)?(?:if|where|when|once|unless)\b[^;]{2,160}?(?=,\s*(?:then\s+)?(?:we|you|they|it|our\s|the\s|your\s|a member\s)"
    r"[^,;]{0,40}?(?:\b(?:will|shall|must|should|may|can|aim)\b|['’]ll\b))|"
    r"(?:if|where|when|once|unless)\b[^,;]{2,120}?|"
    # 较大及以上事件，个人金融部应…: a case named by its grade, no lead word
    rf"{_GRADED_CASE}(?=[，,])|"
    # 不能当场解决的，… / 在基层单位办公的，… / 因故不能到场的，…: a case stated as a 的-phrase, no lead word
    r"(?!(?:[^，,；;。]*?(?:应当?|须|要|负责|同时|我们|我行|本行|本公司|我公司|我司)))[^，,；;。]{3,30}(?<!同)(?:的|者|的(?:问题|情况|事项|事件)))"
    r"[，,]\s*(?P<do>.+)$",
    re.IGNORECASE,
)
_STEP_APPROVAL = re.compile(
    r"(?:报经|须经|需经|经|报请|报送|报)(?P<who>[^，,。；;]{2,20}?)(?:同意|批准|审批|签批|审核|审定|核准)(?:后)?|"
    r"(?:with the|subject to(?: the)?|after|following)\s+(?:approval|agreement|sign-off)\s+(?:of|by|from)\s+(?:the\s+)?"
    r"(?P<en>[A-Z][A-Za-z]*(?:\s+(?:of|for|and|[A-Z][A-Za-z]*)){0,5})|"
    r"(?:approved|authorised|authorized|signed off)\s+by\s+(?:the\s+)?(?P<en2>[A-Z][A-Za-z]*(?:\s+(?:of|for|and|[A-Z][A-Za-z]*)){0,5})",
    re.IGNORECASE,
)
# Headers of a procedure table's by-when and by-whom columns (besides 时限/期限, 负责人/责任人 that every table reads).
STEP_DEADLINE_HEADERS = ("完成时间", "办结时间", "办理时间", "完成时限", "timeframe", "time frame", "target", "when")
STEP_OWNER_HEADERS = (
    "责任部门",
    "责任单位",
    "承办",
    "责任岗位",
    "牵头",
    "主办",
    "负责部门",
    "执行部门",
    "who",
    "lead",
    "by whom",
)
# A table cell that only numbers its row (1, 一, ①, (2)): orders the rows, says nothing
_ROW_NUMBER = re.compile(r"[\d一二三四五六七八九十①-⑳.、）)(（]{1,4}")
_KEY_POINTS = re.compile(r"^(?:处理|处置|工作)?要点[：:]|^注意事项[：:]|^key points?[：:]", re.IGNORECASE)
# An item that is a case, not an act: a clause that ends in 的 (老人走失,3小时内没有找回的).
_CASE_ITEM = re.compile(r"[\u4e00-\u9fff]的[；;。.]?\s*$")
_STRIP_END = "；;。. "
_TRIGGERS = re.compile(r"^(?:触发条件|启动条件|适用情形|情形)[：:]|^triggers?[：:]", re.IGNORECASE)


# A short bare heading that may name a post (收银, 网管), not a topic (权限, 注意事项, 处置措施)
_BARE_POST = re.compile(
    r"(?![\u4e00-\u9fff]*(?:权限|职责|职权|分工|要求|说明|流程|程序|原则|目的|范围|事项|措施|方法|办法|规定|制度|标准|内容|步骤|"
    r"环节|阶段|情况|处理|处置|工作|时间|时限|地点|方式|图|表)$)[\u4e00-\u9fff]{2,6}"
)


def _cell_within(text: str) -> str | None:
    """The deadline a table's by-when cell gives (5个工作日, 2 hours; 当日, 即时: one day), its last if it gives more."""
    spans = find_durations(text)
    if not spans and re.fullmatch(r"当(?:日|天)(?:内|办结|完成)?|即时|the same day", text, re.IGNORECASE):
        spans = find_durations("1日内")
    return str(spans[-1].value) if spans else None


def unit_heading(title: str) -> str | None:
    """The unit or post a heading is nothing but the name of (1.4电话中心：, 客户服务部), else None."""
    title = _clean(title.strip().rstrip("：:"))
    posts = posts_in(title) if 2 <= len(title) <= 16 else []
    return title if len(posts) == 1 and title.startswith(posts[0]) and len(posts[0]) >= len(title) - 1 else None


class StepsMixin:
    """The scenario and step half of the Extractor (extract.Extractor inherits it)."""

    _LEAD_IN = re.compile(r"(?:procedure|process|steps|流程|程序|步骤|如下)[^:：]{0,60}[:：]$", re.IGNORECASE)
    _ENUMERATION = re.compile(
        r"\b(?:includes?|including|such as|things like|for example|examples?|are|is)\s*[:：]$|(?:例如|比如|诸如|包括但不限于|包括|包含|主要有|以下情形|下列情形)[:：]$",
        re.IGNORECASE,
    )
    # "This procedure applies to:", 本制度适用于：: whom or what the plan covers (its scope), though it names the procedure
    _APPLIES_TO = re.compile(r"\bappl(?:y|ies)\s+to\b|\bcovers?\b|适用于|适用范围", re.IGNORECASE)
    _PROMISE = acts.PROMISE
    # A lead-in of what is not a procedure: a post's or group's duties (领导小组主要职责：, "The manager's responsibilities
    # are:"), principles (应遵循以下原则：, "Our principles:"): the items listed after it are no steps
    _NOT_STEPS_LEAD = re.compile(
        r"(?:职责|职能|工作职责|主要任务|原则|准则)(?:如下|包括|是|为|有)?[^:：，,。]{0,4}[:：]$|"
        r"\b(?:responsibilities|duties|principles|role is to|roles? (?:are|is)|values)\b[^:]{0,30}:$",
        re.IGNORECASE,
    )
    _LISTED = ("bullet", "ar", "par", "rpar", "circ", "letter", "pcn")
    _GROUP_SET_UP = acts.GROUP_SET_UP
    # 设立如下投诉受理方式：/ 投诉渠道如下：/ "there are several ways to complain:": the ways to complain, not steps
    _WAYS_LEAD = re.compile(r"(?:方式|渠道|途径)[^:：，,。]{0,6}[:：]$|\b(?:ways?|channels?)\b[^:]{0,40}:$", re.IGNORECASE)

    def _lead_in_procedures(self, root: Node, front: list[Segment], out: dict) -> None:
        """`Our complaints procedure is designed to:` followed by a list: that list is a procedure, wherever it stands."""

        def listed(followers: list[Segment]) -> list[Segment]:
            steps = []
            for follower in followers:
                if follower.is_table or not (follower.family in self._LISTED or (follower.family or "").startswith("list")):
                    break
                steps.append(follower)
            return steps

        candidates: list[tuple[str, int, list[Segment], str | None, Segment | None, Node | None]] = []
        for items, key, where in [(front, None, None)] + [(node.items, node.key, node) for node in root.walk()]:
            for index, seg in enumerate(items):
                if (
                    not seg.is_table
                    and id(seg) not in self.used
                    and re.search(r"[:：]$", seg.text.strip())
                    and not list_runs_through(items, index)  # 1. … / Contact may be made: / 2. …: no lead-in
                ):
                    candidates.append((seg.text.strip(), seg.number, listed(items[index + 1 :]), key, seg, where))
        for node in list(root.walk())[1:]:  # a short line taken for a heading ("You have a right to:") leads its list too
            if node.key is None and not node.children and node.family == "plain":
                candidates.append((node.title, node.number, listed(node.items), None, None, None))
        for lead, paragraph, steps, key, seg, where in candidates:
            if len(steps) < 2 or any(id(step) in self.used for step in steps):
                continue
            steplike = sum(1 for f in steps if self._steplike(f.text))
            last = (sentences(lead) or [lead])[-1] + lead[-1]  # "… procedure. These include:": its last sentence leads
            if not self._LEAD_IN.search(last) and (key == "scenarios" or steplike * 2 < len(steps)):
                continue  # "You have a right to:" a response within two business days, …: a procedure by its deadlines
            if (self._ENUMERATION.search(last) or self._APPLIES_TO.search(last)) and steplike * 2 < len(steps):
                continue  # "These include:", "such as:", "This procedure applies to:": things listed, not what is done
            if self._PROMISE.search(last):
                continue  # "this is what we promise:", 我们承诺：: commitments, placed as any paragraph is
            if self._WAYS_LEAD.search(last):
                continue  # 设立如下投诉受理方式：1.现场受理 2.电话受理: the ways to complain (channels), not steps
            if re.search(rf"(?:{vocab.DUTIES_WORDS})(?:是|为|如下|包括)?[：:]$", lead):
                continue  # 主要职能：（1）快速到达现场…: a group's or post's charges, read with the organisation
            title = lead.rstrip(":：")
            if where is not None and where.title and len(sentences(title)) >= 2:
                title = where.title  # a paragraph whose last sentence leads in: the heading it stands under names the list
            act = self._act_before_list(lead)
            # 登记内容如下：（1）投诉人姓名（2）联系电话: what a record holds, listed; no steps (the act before it is one)
            listed_things = bool(self._CONTENTS_LEAD.search(lead)) and not any(
                self._steplike(p) or self._MODAL.search(p) for f in steps for p in sentences(f.text)
            )
            if listed_things and not act:
                continue
            if act:  # 营业厅人员应安抚客户，立即联系…。具体步骤如下：: the lead-in is the first step; the heading names them
                title = (
                    where.title
                    if where is not None and where.title
                    else self.title_text or ("处理流程" if self.lang == "zh-CN" else "Procedure")
                )
            scenario = {
                "id": Src(self.ids.make(_short_title(_short(title, 24)), "scenario")),
                "title": Src(title, ("p", where.number if act and where is not None and where.number else paragraph)),
            }
            for step in ([seg] if seg is not None else []) + steps:
                self.used.add(id(step))
            if act:
                # posts it names are read as everywhere else (roles.py); only the step is made here
                outer = self.__dict__.get("_no_create", False)
                self.__dict__["_no_create"] = True
                try:
                    self._step(scenario, act, ("p", paragraph))
                finally:
                    self.__dict__["_no_create"] = outer
            for step in steps:
                if listed_things:
                    self.used.discard(id(step))
                    self._unmap(step, where)
                else:
                    self._step(scenario, step.text, ("p", step.number))
            self._owner(scenario)
            out.setdefault("scenarios", []).append(scenario)
            self.mapped.append("scenarios")

    # an act, then the words that announce the list (…，并跟踪服务。具体步骤如下： / …as set out below. We will do the following:)
    _ACT_THEN_LIST = re.compile(
        r"^(?P<act>.{6,}?[。；;.，,])\s*(?P<lead>[^。；;.，,]{0,16}(?:如下|以下|下列|as follows|the following)[^。；;.，,]{0,8})[:：]$",
        re.IGNORECASE,
    )

    def _act_before_list(self, lead: str) -> str:
        """The act a lead-in states before announcing the list after it (营业厅人员接到此业务时安抚客户，立即联系…。具体步骤
        如下：), or "" when the lead-in only announces it (处理流程如下：; When we receive a complaint we will:)."""
        m = self._ACT_THEN_LIST.match(lead.strip())
        if m is None:
            return ""
        act = m.group("act").strip()
        if self._acts(act) or self._ACTOR_VERB.match(act) or self._WE_DO.match(act):
            return act
        return ""

    _BRANCH = re.compile(r"^(?P<label>是|否|能|不能|yes|no|y|n)\s*(?:[→↓⇩⬇⇒➔➜:：\-—]+\s*|\s+|$)(?P<rest>.*)$", re.IGNORECASE)
    _ARROWS = re.compile(r"^[\s↓⇩⬇→⇨➔➜↘↙|｜]+$")
    _RULE_FAMILIES = ("cn", "ar", "article", "pcn", "par", "rpar", "circ", "roman", "dec2", "dec3", "dec4")

    def _acts(self, text: str) -> bool:
        return any(self._steplike(p) or self._ACTION.search(p) for p in sentences(text))

    def _numbered_front(self, front: list[Segment], out: dict, fallback: str = "") -> None:
        """A document whose body is a numbered list of rules before (or without) any section heading (一、受理部门接到投诉，
        应当…；二、…): the items that say what is done are its procedure, named by the document's title; the others
        (purpose, scope, principles) are placed as any paragraph is."""
        items = [s for s in front if not s.is_table and id(s) not in self.used and id(s) not in self._promised()]
        counts: dict[str, int] = {}
        for seg in items:
            if seg.family in self._RULE_FAMILIES or (seg.family or "").startswith("list"):  # Word's own numbering too
                counts[seg.family] = counts.get(seg.family, 0) + 1
        if not counts:
            return
        # the outer numbering: the first family numbered twice (第一条 … with 1. 2. inside its articles), else the commonest
        family = next((s.family for s in items if counts.get(s.family or "", 0) >= 2), max(counts, key=lambda f: counts[f]))
        numbered = [s for s in items if s.family == family]
        acting = [s for s in numbered if self._acts(s.text) and not _PURPOSE_START.search(s.text) and not _SCOPE.search(s.text)]
        if family == "article":
            # rules in articles (第四条 投诉受理。 1.… 2.…): an article acts when it or what stands in it says what is done;
            # the articles on the rules themselves (purpose, scope, 本办法自印发之日起施行) are not counted
            numbered = [
                s
                for s in numbered
                if not (_PURPOSE_START.search(s.text) or _SCOPE.search(s.text) or self._ABOUT_ITSELF.search(s.text))
            ]
            acting = [
                s for s in numbered if not _PURPOSE_START.search(s.text) and any(self._acts(t.text) for t in self._unit(items, s))
            ]
        title = self.title_text or fallback or ("处理程序" if self.lang == "zh-CN" else "Procedure")
        # under a title that names a procedure (投诉处理流程: 1.受理登记 2.核实), a numbered item is a step whatever its verb
        procedure = bool(re.search(r"流程|程序|步骤|procedure|process|steps", title, re.IGNORECASE))
        # a list most of whose items say what is done (three of four) is a list of steps: its other items are steps too,
        # but one that says who is who (The person responsible for complaints is: Mrs …) is the posts' business
        # (an article is a rule's name when its acts stand in the items inside it: 第四条 投诉受理。)
        most_act = family != "article" and len(acting) >= 3 and len(acting) * 4 >= len(numbered) * 3
        if len(numbered) < 2 or (len(acting) * 2 < len(numbered) and not procedure):
            return
        first = items.index(numbered[0])
        scenario: dict[str, Any] = {
            "id": Src(self.ids.make(_short_title(_short(title, 24)), "scenario")),
            "title": Src(title, ("p", numbered[0].number)),
        }
        lead_acts = False  # in an article, the items listed after a lead-in that acts (应注意事项：1.… 2.…) are its steps
        for seg in items[first:]:
            if seg.family == family or seg.family is None:
                lead_acts = (
                    family == "article"
                    and bool(re.search(r"[:：]$|事项$|如下$", seg.text.strip()))
                    and bool(self._ACTION.search(seg.text))
                )
                if lead_acts and seg.family is None:
                    self._unmap(seg, None)  # the lead-in itself is kept, not a step
                    continue
            elif lead_acts and not self._thing(seg.text):
                self.used.add(id(seg))
                for sentence in sentences(seg.text) or [seg.text]:
                    self._step(scenario, sentence, ("p", seg.number))
                continue
            if (
                not (
                    self._acts(seg.text) or (procedure or most_act and not self._WHO_IS.search(seg.text)) and seg.family == family
                )
                or self._WAYS_LEAD.search(seg.text.strip())
                or self._NOT_STEPS_LEAD.search(re.split(r"(?<=[:：])", seg.text.strip(), maxsplit=1)[0])
                or self._GROUP_SET_UP.search(seg.text)
                or _PURPOSE_START.search(seg.text)
                or _SCOPE.search(seg.text)
                or (
                    seg.family is not None
                    and seg.family != family
                    and seg.family not in ("par", "rpar", "circ", "letter")
                    # 1. 2. inside an article or inside 一、二、 (二、首次接待的部门应… 1、属管辖范围的应做好记录…)
                    and not (family in ("article", "cn", "chapter") and seg.family in self._RULE_FAMILIES)
                )
            ):
                continue  # a paragraph that says nothing done, or the start of something else: placed as usual
            self.used.add(id(seg))
            parts = sentences(seg.text) or [seg.text]
            if family == "article" and len(parts) >= 2 and self._LABEL.fullmatch(parts[0].strip()):
                parts = [f"{parts[0].strip()}：{parts[1]}"] + parts[
                    2:
                ]  # 第五条 调查核实。客服主管应…: the article's name, then its act
            for sentence in parts:
                self._step(scenario, sentence, ("p", seg.number))
        if scenario.get("actions"):
            self._owner(scenario)
            out.setdefault("scenarios", []).append(scenario)
            self.mapped.append("scenarios")

    _WHO_IS = re.compile(r"\b(?:is|are)\s*:|(?:是|为)\s*[：:]|responsible\s+for\b[^.]*\bis\b", re.IGNORECASE)

    _ABOUT_ITSELF = re.compile(r"^本(?:办法|制度|预案|规定|细则|规程|方案|指引)[^。；;]{0,30}(?:施行|执行|生效|解释|废止)")

    @staticmethod
    def _unit(items: list[Segment], head: Segment) -> list[Segment]:
        """`head` and what follows it up to the next item numbered like it."""
        start = items.index(head)
        out = [head]
        for seg in items[start + 1 :]:
            if seg.family == head.family:
                break
            out.append(seg)
        return out

    _INLINE_FLOW = re.compile(r"\s*(?:→|⇒|➔|➜|⟶|->|—>|=>)\s*")

    def _flowcharts(self, root: Node, front: list[Segment], out: dict) -> None:
        """A flowchart typed as text (boxes on lines, ↓ between them, or on one line: 受理登记→调查核实→答复→回访)
        is a procedure: each box is a step."""
        for items, title in [(front, None)] + [(node.items, node.title) for node in root.walk()]:
            for seg in items:
                boxes = [b.strip(_STRIP) for b in self._INLINE_FLOW.split(seg.text.strip())]
                if len(boxes) < 3:  # 接报—研判—处置—报告—总结: dashes between short stage names, the whole line a flow
                    dashed = [b.strip(_STRIP) for b in re.split(r"\s*(?:—|－|--)+\s*", seg.text.strip())]
                    if len(dashed) >= 3 and all(re.fullmatch(r"[\u4e00-\u9fff]{2,8}", b) for b in dashed):
                        boxes = dashed
                # the last box may run on as a sentence (…→记录者及时记录接待内容→对来访者提出的意见，能解决的现场解决，…)
                if (
                    seg.is_table
                    or id(seg) in self.used
                    or len(boxes) < 3
                    or not all(0 < len(b) <= 40 for b in boxes[:-1])
                    or not 0 < len(boxes[-1]) <= 150
                ):
                    continue
                if self._BRANCH.match(boxes[0]):
                    continue  # 是→当场答复客户→归档: a branch of a flowchart typed on lines, read with it below
                name = title or ("处理流程" if self.lang == "zh-CN" else "Procedure")
                scenario: dict[str, Any] = {
                    "id": Src(self.ids.make(_short_title(name), "scenario")),
                    "title": Src(name, ("p", seg.number)),
                }
                self.used.add(id(seg))
                for box in boxes:
                    self._step(scenario, box, ("p", seg.number))
                if scenario.get("actions"):
                    self._owner(scenario)
                    out.setdefault("scenarios", []).append(scenario)
                    self.mapped.append("scenarios")
        for items, title in [(front, None)] + [(node.items, node.title) for node in root.walk()]:
            arrows = [i for i, seg in enumerate(items) if not seg.is_table and self._ARROWS.match(seg.text)]
            if len(arrows) < 2:
                continue
            start = max(0, arrows[0] - 1)
            end = min(len(items), arrows[-1] + 3)
            boxes = [seg for seg in items[start:end] if not seg.is_table and id(seg) not in self.used]
            steps = [seg for seg in boxes if not self._ARROWS.match(seg.text)]
            if len(steps) < 2:
                continue
            name = title or ("处理流程" if self.lang == "zh-CN" else "Procedure")
            scenario = {"id": Src(self.ids.make(_short_title(name), "scenario")), "title": Src(name, ("p", steps[0].number))}
            for seg in boxes:
                self.used.add(id(seg))
            question: str | None = None  # 能否当场解决？ then 是→… / 否↓: the branches are its answers
            pending: str | None = None
            for seg in steps:
                at = ("p", seg.number)
                text = seg.text.strip()
                branch = self._BRANCH.match(text)
                if re.search(r"[？?]\s*$", text) and len(text) <= 40:
                    question = text.rstrip("？? ")
                    continue
                if branch:
                    label = branch.group("label")
                    cond = (
                        f"{question}：{label}"
                        if question and re.search(r"[\u4e00-\u9fff]", question)
                        else (f"{question}: {label}" if question else label)
                    )
                    rest = [b.strip(_STRIP) for b in self._INLINE_FLOW.split(branch.group("rest") or "") if b.strip(_STRIP)]
                    if not rest:
                        pending = cond
                    for box in rest:
                        self._step(scenario, box, at, {"when": Src(cond, at)})
                    continue
                self._step(
                    scenario,
                    re.sub(r"\s{2,}|\s(?=\S+\s*$)", "；", text)
                    if re.search(r"\S\s+\S", text) and re.search(r"[\u4e00-\u9fff]", text)
                    else text,
                    at,
                    {"when": Src(pending, at)} if pending else None,
                )
                pending = None
            self._owner(scenario)
            out.setdefault("scenarios", []).append(scenario)
            self.mapped.append("scenarios")

    # 责任人:现场咨询主管、客服人员; in a stage cell (a table with no who column): who answers for the stage, up to
    # the end of its list (准备物品:… after it is another label)
    _OWNER_IN_CELL = re.compile(
        r"(?:投诉)?(?:责任人|责任部门|负责人|负责部门)\s*[:：]\s*(?P<who>[^;；。:：]{2,40}?)\s*(?=[;；。]|准备|$)"
    )
    _NUMBERED_IN_CELL = re.compile(r"\s+(?=\d{1,2}\s*[.、．]\s*[\u4e00-\u9fffA-Za-z])")

    def _step_rows(
        self,
        seg: Segment,
        rows: list[list[str]],
        header: list[str],
        *,
        stage: int,
        deadline: int | None,
        owner: int | None,
        node: Node | None,
        out: dict,
        title: str | None = None,
    ) -> None:
        """A table of the procedure (环节 | 工作内容 | 责任部门 | 时限, Stage | What happens | Timescale): one step a row.
        A column of bare numbers (序号, Step: 1, 2, 3) only orders the rows: the step is said by the next one. `title`
        names the procedure where no heading stands over the table."""

        def numbers_only(i: int) -> bool:
            cells = [r[i].strip() for r in rows[1:] if i < len(r) and r[i].strip()]
            return bool(cells) and all(_ROW_NUMBER.fullmatch(c) for c in cells)

        if numbers_only(stage):
            later = [i for i in range(len(header)) if i > stage and i not in (deadline, owner) and not numbers_only(i)]
            if not later:
                self.used.discard(id(seg))
                self._unmap(seg, node)
                return
            stage = later[0]
        content = next(
            (
                i
                for i, h in enumerate(header)
                if i not in (stage, deadline, owner)
                and any(
                    w in h
                    for w in ("内容", "要求", "措施", "说明", "程序", "流程", "做法", "what", "description", "detail", "action")
                )
                and not re.search(r"事件|情形|情况|性质|类型|类别", h)  # 事件内容: what happened, the case, not what is done
                # 处理流程 | 工作要求: where the stage column holds the acts themselves, the requirements beside them are
                # standing rules, no part of each act
                and not (re.search(r"流程|程序|措施|做法", header[stage]) and "要求" in h)
            ),
            None,
        )
        title = (
            node.title if node is not None and node.title else (title or ("处理流程" if self.lang == "zh-CN" else "Procedure"))
        )
        scenario: dict[str, Any] = {
            "id": Src(self.ids.make(_short_title(_short(title, 24)), "scenario")),
            "title": Src(title, ("t", seg.table, 1)),
        }
        for index, row in enumerate(rows[1:], 2):
            at = ("t", seg.table, index)

            def cell(i: int | None, row: list[str] = row) -> str:
                return row[i].strip() if i is not None and i < len(row) else ""

            stage_text, named_owner = cell(stage), ""
            labelled = self._OWNER_IN_CELL.search(stage_text)
            if labelled and owner is None:
                # 1.现场咨询接待 投诉责任人:顾客原接待的现场咨询; — the stage, then who answers for it
                stage_text, named_owner = stage_text[: labelled.start()].strip(), labelled.group("who").strip()
            text = (
                "：".join(x for x in (stage_text, cell(content)) if x)
                if re.search(r"[\u4e00-\u9fff]", stage_text + cell(content))
                else ": ".join(x for x in (stage_text, cell(content)) if x)
            )
            if not text:
                continue
            # a cell that numbers its acts holds as many steps; the row's owner and deadline go with the last
            *earlier, text = self._numbered_acts(text)
            scenario.setdefault("actions", []).extend({"do": Src(item, at)} for item in earlier)
            step: dict[str, Any] = {"do": Src(text, at)}
            who = self._party_ref(cell(owner), at) if cell(owner) else None
            listed = re.split(r"\s+", cell(owner)) if re.search(r"[\u4e00-\u9fff]", cell(owner)) else []
            if (
                who is not None
                and len(listed) >= 2
                and all(re.fullmatch(r"[\u4e00-\u9fff]{2,10}", p) for p in listed)
                and sum(1 for p in listed if posts_in(p)) * 3 >= len(listed) * 2
            ):
                who = self._each_answers(listed, at) or who  # 辅导员 系专职书记 学生处 保卫处: a list apart by spaces
            if who is None and named_owner:
                who = self._each_answers(re.split(r"[、,，/和及]", named_owner), at)  # 责任人:现场咨询主管、客服人员
            if who is None and owner is None and cell(content):  # no who column: the post the row's text opens with
                who = self._subject_role(cell(content), at)
            if who:
                step["by"] = Src(who, at)
            within = _cell_within(cell(deadline))
            if within:
                step["within"] = Src(within, at)
                self.step_deadlines.add(id(step))
            elif deadline is None and _deadline_in(text):  # no by-when column: the row's own deadline
                step["within"] = Src(_deadline_in(text), at)
                self.step_deadlines.add(id(step))
            scenario.setdefault("actions", []).append(step)
        if scenario.get("actions"):
            self._owner(scenario)
            out.setdefault("scenarios", []).append(scenario)
            self.mapped.append("scenarios")
        else:
            self.used.discard(id(seg))
            self._unmap(seg, node)

    def _case_rows(
        self,
        seg: Segment,
        rows: list[list[str]],
        *,
        case: int,
        handling: int,
        owner: int | None,
        deadline: int | None,
        node: Node | None,
        out: dict,
    ) -> bool:
        """A table of cases and what is done in each (偶发事件 | 处理办法 | 责任部门, 客户投诉事件 | 处理方法): a scenario a
        row, named by its case, its steps from the handling cells, done by the row's owner and by its deadline where
        columns say them. A second header row naming a post over each handling column (处理办法 over 监考员 | 巡视员)
        says who does what that column says; a cell between the case and the handling (漏单 | 订货人按时支付成功，我们没有
        做任何处理 | …) is the condition the row's steps answer; a row with no case of its own goes on with the case
        above it (a merged cell). A table with a column of anything else is not one (read as the table it is); True
        when read as such."""
        width = max(len(r) for r in rows)

        def cell(row: list[str], i: int | None) -> str:
            return row[i].strip() if i is not None and i < len(row) else ""

        columns = [handling] + [i for i in range(handling + 1, width) if not cell(rows[0], i)]
        conditions = [i for i in range(case + 1, handling) if not cell(rows[0], i)]
        owner, deadline = (None if i in (case, *columns) else i for i in (owner, deadline))
        read = {case, owner, deadline, *columns, *conditions}
        for i in range(width):
            if i not in read and any(cell(row, i) and not _ROW_NUMBER.fullmatch(cell(row, i)) for row in rows[1:]):
                return False  # a column of its own (原因, 预防措施): no case table, or more than one
        body, owners = rows[1:], {}
        under = [cell(body[0], i) for i in columns]
        if not cell(body[0], case) and all(under) and all(len(c) <= 10 and posts_in(c) for c in under):
            owners = {i: self._party_ref(c, ("t", seg.table, 2)) for i, c in zip(columns, under)}
            body = body[1:]
        if len(body) < 2 or sum(1 for row in body if cell(row, case)) < 2:
            return False
        self.used.add(id(seg))
        first = len(rows) - len(body) + 1  # the source row number of the first case

        def close(scenario: dict[str, Any] | None) -> None:
            if scenario is not None and scenario.get("actions"):
                self._owner(scenario)
                out.setdefault("scenarios", []).append(scenario)
            elif scenario is not None and not any(other is scenario for other in shown):  # its acts were no steps
                title = scenario["title"]
                self.unmapped.append({"at": Src(self._where(seg)), "text": Src(str(title.value), title.at)})

        scenario: dict[str, Any] | None = None
        shown: list[dict] = []  # the scenarios whose case is in a row kept as text
        for index, row in enumerate(body, first):
            at = ("t", seg.table, index)
            kept = not any(cell(row, i) for i in columns)
            if kept:  # a case the table gives nothing to do for: kept as the table says it
                self.unmapped.append({"at": Src(self._where(seg)), "text": Src(" / ".join(c for c in row if c.strip()), at)})
            if cell(row, case):
                close(scenario)
                title = _clean(cell(row, case))
                scenario = {"id": Src(self.ids.make(_short_title(_short(title, 24)), "scenario")), "title": Src(title, at)}
            if scenario is None or kept:
                if kept and scenario is not None and cell(row, case):
                    shown.append(scenario)
                continue
            condition = "；".join(cell(row, i) for i in conditions if cell(row, i))
            for column in columns:
                text = cell(row, column)
                if not text:
                    continue
                before = len(scenario.get("actions") or [])
                for sentence in sentences(text) or [text]:
                    self._step(scenario, sentence, at)
                who = owners.get(column) or (self._party_ref(cell(row, owner), at) if cell(row, owner) else None)
                added = (scenario.get("actions") or [])[before:]
                for step in added:
                    if who:
                        step.setdefault("by", Src(who, at))
                    if condition:
                        step.setdefault("when", Src(condition, at))
                within = _cell_within(cell(row, deadline))
                if added and within and "within" not in added[-1]:
                    added[-1]["within"] = Src(within, at)
                    self.step_deadlines.add(id(added[-1]))
        close(scenario)
        self.mapped.append("scenarios")
        return True

    def _numbered_acts(self, text: str) -> list[str]:
        """The acts of a table cell in order: one a number where it numbers them (1.登记、分析统计 2.公文答复 3.追踪结果),
        the last split again where it numbers them under its own number (2.1咨询主管再次了解…2.2.与顾客再次协商…); else the
        cell whole."""
        items = [item.strip() for item in self._NUMBERED_IN_CELL.split(text)]
        if len(items) < 2 or not all(
            re.match(rf"(?:[^：:]{{1,12}}[：:]\s*)?{n}\s*[.、．]" if n == 1 else rf"{n}\s*[.、．]", item)
            for n, item in enumerate(items, 1)
        ):
            items = [text]
        return items[:-1] + (_subnumbered(items[-1]) or [items[-1]])

    def _each_answers(self, posts: list[str], at: tuple) -> str | None:
        """The posts a row names as answering for its act: each a role; the first's id (it leads the step)."""
        named = [self._party_ref(post.strip(), at) for post in posts if post.strip()]
        return next((ident for ident in named if ident), None)

    # who does a row's act, in a table with no header: a post or two (Manager of Client Services; Staff and
    # Student/Graduate; 客服专员), short and no sentence
    _WHO_CELL_EN = re.compile(r"[A-Z][\w/-]*(?:\s+(?:of|for|and|&|[A-Z][\w/-]*)){0,6}")

    def _headless_steps(self, seg: Segment, rows: list[list[str]], node: Node | None, out: dict) -> bool:
        """A two-column table with no header, each row an act and who does it (Meet with staff to review complaint |
        Student/Graduate; Hear the student(s)' complaints… | Manager of Client Services): a step a row, with its `by`.
        True when read as such."""
        if len(rows) < 3 or any(len(r) != 2 for r in rows):
            return False
        if re.match(
            r"(?i)(?:who|by whom|owner|responsib|lead|action by|负责|责任|执行|岗位|部门|角色|人员)", rows[0][1].strip()
        ) or re.match(
            r"(?i)(?:steps?|actions?|tasks?|activit|responsib|dut|what|步骤|环节|内容|职责|工作|事项)", rows[0][0].strip()
        ):
            return False  # Responsibility | Who: a header, read as the table it heads
        acts = [r[0].strip() for r in rows]
        whos = [_clean(r[1]) for r in rows]
        chinese = bool(re.search(r"[\u4e00-\u9fff]", "".join(acts)))

        def names_who(cell: str) -> bool:
            if not cell or len(cell) > (20 if chinese else 60) or re.search(r"[.。；;：:，,]", cell):
                return False
            return bool(posts_in(cell)) if chinese else bool(self._WHO_CELL_EN.fullmatch(cell))

        named = [w for w in whos if names_who(w)]
        if (
            len(named) < max(3, (3 * len(rows)) // 4)
            or len(named) + sum(1 for w in whos if not w) < len(rows)
            or sum(len(a) for a in acts) / len(acts) < 20
        ):
            return False
        firsts = []
        for row, who in enumerate(whos, 1):
            parts = [p.strip() for p in re.split(r"\s+(?:and|&)\s+|、|和|及", who) if p.strip()]
            for part in parts:
                if self._role_ref(part, ("t", seg.table, row), create=False) is None:
                    self._add_role(part, ("t", seg.table, row))
            firsts.append(parts[0] if parts else "")
        self.used.add(id(seg))
        table = [["", ""]] + [[act, first] for act, first in zip(acts, firsts)]
        self._step_rows(seg, table, ["", ""], stage=0, deadline=None, owner=1, node=node, out=out)
        return True

    def _escalation_rows(
        self, seg: Segment, rows: list[list[str]], *, condition: int, to: int, deadline: int | None, out: dict
    ) -> None:
        """A table of escalation (情形 | 上报对象 | 时限): the rules of one scenario, in the table's order."""
        title = "逐级上报" if self.lang == "zh-CN" else "Escalation"
        scenario: dict[str, Any] = {"id": Src(self.ids.make("escalation", "scenario")), "title": Src(title, ("t", seg.table, 1))}
        for index, row in enumerate(rows[1:], 2):
            at = ("t", seg.table, index)

            def cell(i: int | None, row: list[str] = row) -> str:
                return row[i].strip() if i is not None and i < len(row) else ""

            who = self._party_ref(cell(to), at) if cell(to) else None
            if not cell(condition) or not who:
                self.unmapped.append({"at": Src(self._where(seg)), "text": Src(" / ".join(row), at)})
                continue
            rule: dict[str, Any] = {"when": Src(cell(condition), at), "to": Src(who, at)}
            spans = find_durations(cell(deadline)) if deadline is not None else []
            if spans:
                rule["within"] = Src(str(spans[0].value), at)
            scenario.setdefault("escalation", []).append(rule)
        if scenario.get("escalation"):
            out.setdefault("scenarios", []).append(scenario)
            self.mapped.append("scenarios")

    # -- scenarios

    def _sec_scenarios(self, node: Node, out: dict) -> None:
        scenarios = out.setdefault("scenarios", [])
        if self._stage_list(node, scenarios):
            return
        # a heading with sub-headings holds its own items too ((三)处理程序 1. … 2. … before a sub-heading): they are steps
        leaves = [
            n
            for n in node.walk()
            if n is not node
            and n.key in ("scenarios", None)
            and (not n.children or any(id(s) not in self.used and not s.is_table for s in n.items))
        ]
        made: dict[int, dict] = {}  # id() of a heading -> the scenario its items made
        if not leaves:
            leaves = [node]
        else:
            own = [s for s in node.items if id(s) not in self.used]
            if own:
                self._scenario_from(node, own, scenarios, title=node.title)
                made[id(node)] = scenarios[-1]  # 第一步…第四步 in its items, then 第五步 taken for a heading: the same list
        for leaf in leaves:
            items = [s for s in leaf.items if id(s) not in self.used]
            if leaf is not node and (
                self._FACT_LABEL.fullmatch(leaf.title.strip().rstrip("：:"))
                or (
                    grading.is_level_name(leaf.title)
                    # Ⅰ级响应, 一般投诉处理, 重大事件处置流程: what is done at a level, not its criteria
                    and not re.search(r"响应|处理|处置|流程|程序|办理|措施|response|handling|procedure|process", leaf.title, re.I)
                    and items
                    and not any(self._acts(s.text) for s in items)
                )
            ):
                # 时间：每周四上午…; 地点：三号楼…: a fact of the procedure; 一般事件：少量学生出现…: a grade's criteria
                for seg in items:  # kept (the levels read them), not a scenario
                    if seg.is_table or not self._acts(seg.text):
                        self._unmap(seg, leaf)
                items = [s for s in items if id(s) not in self.used]
                if not items:  # what acts under a label the outline nested it in is still a step
                    continue
            for seg in items:
                if seg.is_table:
                    self._table(seg, leaf, out)
            items = [s for s in items if not s.is_table and id(s) not in self.used]
            if self._labelled_scenarios(leaf, items, scenarios):
                continue
            cases = [s for s in items if s.family and _CASE_START.search(s.text) and len(sentences(s.text)) >= 1]
            if len(cases) >= 2 and len(cases) >= len([s for s in items if s.family]) * 0.5:
                # the kinds of case each make a scenario (对于群体性投诉，…; 对于媒体曝光的投诉，…); an item
                # numbered like them that names no case (接到投诉后，…; 投诉处理完毕后，…) is a step of the
                # section's own procedure, named by its heading; an item under a case (its sub-list) is the case's
                family = {s.family for s in cases}
                general: dict[str, Any] | None = None
                last = None
                for seg in items:
                    if seg in cases:
                        self._case_scenario(seg, scenarios)
                        last = scenarios[-1]
                    elif last is not None and seg.family not in family:
                        self._add_steps(last, [seg])
                    else:
                        if general is None:
                            general = self._new_scenario(leaf.title, ("p", leaf.number) if leaf.number else None)
                            scenarios.append(general)
                        self._add_steps(general, [seg])
                if general is not None:
                    if general.get("actions"):
                        self._owner(general)
                    else:
                        scenarios.remove(general)
            elif (
                not leaf.items
                and not leaf.children
                and leaf.parent is not None
                and id(leaf.parent) in made
                and any(s.family == leaf.family for s in leaf.parent.items)
            ):
                # 1. … 2. … then a short "3. …" the outline took for a heading: the next step of the same list
                self._step(made[id(leaf.parent)], leaf.title, ("p", leaf.number))
            elif items or not leaf.items:  # what stood under it (a table, a flow line) already made its own scenario
                self._scenario_from(leaf, items, scenarios, title=leaf.title)
                made[id(leaf)] = scenarios[-1]

    def _stage_list(self, node: Node, scenarios: list) -> bool:
        """处理流程: 1. 受理登记 (客服专员当场登记…) 2. 调查核实 3. 答复客户: numbered stage names under a procedure heading,
        most with nothing under them, are the steps of one procedure (a stage with text under it is one step, its name
        and what is done), not a scenario each."""
        kids = node.children
        if (
            len(kids) < 3
            or any(k.children for k in kids)
            or len({k.family for k in kids}) != 1
            or kids[0].family in (None, "plain", "stage")
            or (kids[0].family or "").startswith("h")
            or sum(1 for k in kids if not k.items) * 2 < len(kids)
            or any(k.key not in ("scenarios", None) for k in kids)
            or not all(self._LABEL.fullmatch(k.title.strip()) for k in kids)
            or any(id(s) not in self.used for s in node.items)
        ):
            return False
        scenario = self._new_scenario(node.title, ("p", node.number) if node.number else None)
        for kid in kids:
            texts = [s for s in kid.items if id(s) not in self.used and not s.is_table]
            if not texts:
                self._step(scenario, kid.title, ("p", kid.number))
                continue
            first, *rest = texts
            sep = "：" if re.search(r"[\u4e00-\u9fff]", kid.title) else ": "
            self._add_steps(scenario, [replace(first, text=f"{kid.title}{sep}{first.text}")] + rest)
            for seg in texts:
                self.used.add(id(seg))
        self._owner(scenario)
        scenarios.append(scenario)
        return True

    _FACT_LABEL = re.compile(
        r"(?:接待|办公|受理|服务|开放)?(?:时间|地点|地址|电话|联系电话|联系方式|邮箱|电子邮箱|网址|传真|邮编)|"
        r"(?:opening )?(?:time|times|hours|place|venue|address|phone|telephone|email|e-mail|website|fax)",
        re.IGNORECASE,
    )
    _LABELLED = re.compile(
        r"^(?P<label>[^：:，,。；;]{2,16})[：:]\s*(?P<rest>\S.{3,})$|^(?P<label2>[^：:，,。；;]{2,12})[。]\s*(?P<rest2>\S.{3,})$"
    )
    _KIND_LABEL = re.compile(r"(?:投诉|事件|曝光|情形|情况|纠纷|上访|信访|舆情)$|^(?:stage|level|tier)\s*\d", re.IGNORECASE)

    _STAGE_NAME_DASH = re.compile(r"^(?P<name>[A-Z][A-Za-z]*(?:\s+[A-Za-z]+){0,3})\s+[-–—]\s+(?P<text>\S.{3,})$")

    def _labelled_scenarios(self, leaf: Node, items: list[Segment], scenarios: list) -> bool:
        """Several scenarios in one section, each a paragraph opening with its name (一级响应：发生…时，…;
        二级响应：…; 群体性投诉：…; 媒体曝光：…): a scenario each, titled by the name; a paragraph without a name
        after one goes on with it, one before any is the section's own procedure."""
        labelled = {}
        for seg in items:
            m = self._LABELLED.match(seg.text.strip())
            label = (m.group("label") or m.group("label2")).strip() if m else ""
            if m and (grading.is_level_name(label) or self._KIND_LABEL.search(label)):
                rest = m.group("rest") or m.group("rest2")
                named = self._STAGE_NAME_DASH.match(rest)
                if named:  # Stage 3: Appeal - If the customer…: the stage's name is the scenario's, not a step's
                    label, rest = f"{label}: {named.group('name')}", named.group("text")
                labelled[id(seg)] = (label, rest)
        if len(labelled) < 2 or len(labelled) * 2 < len(items):
            return False
        current = None
        for seg in items:
            named = labelled.get(id(seg))
            if named is not None:
                label, rest = named
                if current is not None:
                    self._owner(current)
                current = self._new_scenario(label, ("p", seg.number))
                scenarios.append(current)
                self.used.add(id(seg))
                for sentence in sentences(rest) or [rest]:
                    self._step(current, sentence, ("p", seg.number))
                continue
            if current is None:
                current = self._new_scenario(leaf.title, ("p", leaf.number) if leaf.number else None)
                scenarios.append(current)
            self._add_steps(current, [seg])
        if current is not None:
            self._owner(current)
        return True

    def _scenario_levels(self, out: dict) -> None:
        """A scenario named by a grade (Ⅲ级响应, 二级应急预案) belongs to the level of that grade (一般（Ⅲ级）) when
        the plan grades its events and nothing linked them yet."""
        levels = out.get("levels") or []
        for scenario in out.get("scenarios") or []:
            title = str(scenario["title"].value)
            if "level" in scenario or not grading.is_level_name(title):
                continue
            rank = grading.severity(title)
            same = [lv for lv in levels if rank is not None and grading.severity(str(lv["name"].value)) == rank]
            if len(same) == 1:
                scenario["level"] = Src(str(same[0]["id"].value))

    def _new_scenario(self, title: str, at: tuple | None) -> dict[str, Any]:
        title = title or NOT_STATED[self.lang]
        return {"id": Src(self.ids.make(_short_title(title), "scenario")), "title": Src(title, at)}

    def _scenario_from(self, node: Node, items: list[Segment], scenarios: list, *, title: str) -> None:
        title = title or (NOT_STATED[self.lang])
        scenario: dict[str, Any] = {
            "id": Src(self.ids.make(_short_title(title), "scenario")),
            "title": Src(title, ("p", node.number) if node.number else None),
        }
        items = self._with_listed_things(items)
        if len(items) >= 2 and all(_CASE_ITEM.search(seg.text) for seg in items):
            # (一) 小型火险未酿成人员受伤事故的 / (二) 老年人意外滑跌,未造成大面积擦伤、骨裂的: the cases the heading
            # covers, each whole, not acts
            for seg in items:
                self.used.add(id(seg))
                case = re.sub(rf"^\s*{ITEM_NUMBER}\s*", "", seg.text).strip().rstrip(_STRIP_END)
                scenario.setdefault("triggers", []).append(Src(case, ("p", seg.number)))
            self._owner(scenario)
            scenarios.append(scenario)
            return
        for seg in items:
            self.used.add(id(seg))
            if _KEY_POINTS.search(seg.text):
                scenario["key_points"] = Src(_KEY_POINTS.sub("", seg.text).strip(), ("p", seg.number))
                continue
            if _TRIGGERS.search(seg.text):
                scenario.setdefault("triggers", []).append(Src(_TRIGGERS.sub("", seg.text).strip(), ("p", seg.number)))
                continue
            self._add_steps(scenario, [seg])
        first = scenario.get("actions")
        if first and "triggers" not in scenario:
            lead = str(first[0]["do"].value)
            m = re.match(r"^(?:对于?|凡|如|若|当|遇到?)?(?P<t>[^，,。]{4,60}?)(?:的|时)[，,]", lead)
            if m:
                scenario["triggers"] = [Src(m.group("t"), first[0]["do"].at)]
        self._owner(scenario)
        scenarios.append(scenario)

    _THING_EN = re.compile(
        r"^(?:the|a|an|what|which|who|whether|how|any|all|your|our|their|details?|information|copies|evidence|names?|"
        r"dates?)\b",
        re.IGNORECASE,
    )

    def _thing(self, text: str) -> bool:
        """A listed item that names a thing, not an act (投诉人的基本情况; the complaints manager; what you say has happened)."""
        text = text.strip().rstrip("；;。.，,")
        if not text or len(text) > 80 or _deadline_in(text):
            return False
        if re.search(r"[\u4e00-\u9fff]", text):
            return (
                len(text) <= 30
                and not (self._MODAL.search(text) or self._ACTION.search(text) or self._ACTOR_VERB.match(text))
                and not posts_in(text[:8])
            )
        return bool(self._THING_EN.match(text)) and not re.search(r"\b(?:will|must|shall|should(?! have))\b", text, re.I)

    def _with_listed_things(self, items: list[Segment]) -> list[Segment]:
        """A sentence ending in a colon and the things listed after it (we will look at the following information:
        what you say has happened, what should have happened; 提供以下信息资料：投诉人的基本情况、…) are one step, as
        transcribers write it: the list is what the act is about, not a step each. Listed acts stay steps."""
        out: list[Segment] = []
        index = 0
        while index < len(items):
            seg = items[index]
            listed: list[Segment] = []
            if not seg.is_table and re.search(r"[:：]$", seg.text.strip()) and self._acts(seg.text):
                for follower in items[index + 1 :]:
                    if follower.is_table or not (follower.family in self._LISTED or (follower.family or "").startswith("list")):
                        break
                    listed.append(follower)
            if len(listed) >= 2 and all(self._thing(f.text) for f in listed):
                zh = bool(re.search(r"[\u4e00-\u9fff]", seg.text))
                things = ("、" if zh else ", ").join(f.text.strip().rstrip("；;。.，,") for f in listed)
                for follower in listed:
                    self.used.add(id(follower))
                out.append(replace(seg, text=f"{seg.text.strip()}{'' if zh else ' '}{things}"))
                index += 1 + len(listed)
                continue
            out.append(seg)
            index += 1
        return out

    def _case_scenario(self, seg: Segment, scenarios: list) -> None:
        self.used.add(id(seg))
        parts = sentences(seg.text)
        head = parts[0] if parts else seg.text
        m = re.match(r"^(?P<t>[^，,。]{4,60}?)(?:的|时|后)?[，,](?P<rest>.+)$", head)
        title = m.group("t") if m else _short(head, 60)
        if m and not re.search(grading.EVENT + r"[^，,]{0,3}$", title):
            # 对于情况较复杂，需调查、核实的投诉事项，… : the case runs on to its noun
            more = re.match(rf"^(?P<t>[^，,。]{{2,30}}?{grading.EVENT}[^，,。]{{0,4}})[，,](?P<rest>.+)$", m.group("rest"))
            if more and not re.match(r"^(?:可以?|应当?|向|由|请|将)", m.group("rest")):
                # 客户仍不满意的，可向总经理申诉，…: the case ends before the act, whatever noun the act names
                title = f"{title}，{more.group('t')}"
                m = more
        title = re.sub(r"^(?:对于?|凡|如|若|当|针对|关于)", "", title)
        scenario: dict[str, Any] = {
            "id": Src(self.ids.make(_short_title(title), "scenario")),
            "title": Src(title, ("p", seg.number)),
            "triggers": [Src(title, ("p", seg.number))],
        }
        steps = ([m.group("rest")] if m else []) + parts[1:]
        for text in steps:
            self._step(scenario, text, ("p", seg.number))
        self._owner(scenario)
        scenarios.append(scenario)
        self.case_scenarios.add(id(scenario))

    def _add_steps(self, scenario: dict, segs: list[Segment]) -> None:
        for seg in segs:
            if id(seg) in self._promised() and id(seg) not in self.used:
                # this is what we promise: • We'll listen …: a commitment, kept, not a step
                self.used.add(id(seg))
                self.unmapped.append(
                    {"at": Src(self._where(seg)), "heading": Src(str(scenario["title"].value)), "text": Src(seg.text)}
                )
                continue
            self.used.add(id(seg))
            if seg.family is None or seg.family == "plain":  # a paragraph again: the listed steps have ended
                self.__dict__.get("_lead_owner", {}).pop(id(scenario), None)
                self.__dict__.get("_lead_stem", {}).pop(id(scenario), None)
            parts = sentences(seg.text) or [seg.text]
            stem = self.__dict__.get("_lead_stem", {}).get(id(scenario))
            if stem:  # We aim to respond within: • 10 working days (non-clinical matters): the lead-in ends in each item
                parts = [f"{stem} {parts[0]}", *parts[1:]]
            cut = self._CUT_CLAUSE.search(seg.text.strip())
            if re.search(r"[:：]$", seg.text.strip()) and (
                cut
                or re.search(
                    r"\b(?:will|shall|must|should|can|may)(?:\s+(?:need to|be able to|also))?\s*[:：]$", seg.text.strip()
                )
                or re.search(r"(?:应当?|应该|要|须|需要?|必须|负责)(?:做到|做好)?[:：]$", seg.text.strip())
                or not (self._MODAL.search(parts[-1]) or self._ACTION.search(parts[-1]) or _deadline_in(parts[-1]))
            ):
                event = self._EVENT_THEN.match(parts[-1].rstrip("：:") + "，x" * 2)
                if event and not scenario.get("actions") and not scenario.get("triggers"):
                    # 发生患者家属聚集、围堵等情况时：1. … : the event the listed steps answer is the trigger
                    scenario["triggers"] = [Src(_clean(event.group("event")), ("p", seg.number))]
                    parts = parts[:-1]
                    for sentence in parts:
                        self._step(scenario, sentence, ("p", seg.number))
                    continue
                # "When we investigate a complaint we will:": the lead-in of the steps listed after it, kept aside
                self.unmapped.append(
                    {
                        "at": Src(self._where(seg)),
                        "heading": Src(str(scenario["title"].value)),
                        "text": Src(parts[-1], ("p", seg.number)),
                    }
                )
                if cut:
                    self.__dict__.setdefault("_lead_stem", {})[id(scenario)] = cut.group("stem")
                parts = parts[:-1]
                owner = self._subject_role(self._LEAD_TAIL.sub("", seg.text.strip()), ("p", seg.number))
                if owner:  # 受理人员应：（1）…（2）…: the steps listed after it are the lead-in's subject's
                    self.__dict__.setdefault("_lead_owner", {})[id(scenario)] = owner
            if len(parts) >= 2 and self._LABEL.fullmatch(self._STEP_MARK.sub("", parts[0]).strip()):
                # 第一步：受理。客服专员接到投诉后当场登记。: the stage's name and what is done in it are one step
                sep = "：" if re.search(r"[\u4e00-\u9fff]", parts[0]) else ": "
                parts = [f"{self._STEP_MARK.sub('', parts[0]).strip()}{sep}{parts[1]}"] + parts[2:]
            for sentence in parts:
                self._step(scenario, sentence, ("p", seg.number))

    # An English lead-in cut at its preposition (We aim to respond within:): each item listed after it completes it
    _CUT_CLAUSE = re.compile(
        r"(?:^|(?<=[.!?]\s))(?P<stem>[A-Z][^.!?:]{3,120}\b(?:within|to|by|in|for|on|at|from|after|before|than|of))\s*:$"
    )

    _NOT_A_STEP = re.compile(
        r"(?:以下|如下|下列|下面)(?:几个|几点|[一二三四五六七八九十\d]+个)?(?:环节|步骤|准则|几点|方面|措施|内容|要求|程序|流程|阶段)?\s*$|"
        r"^(?:以下|下面)是|分为[一二三四五六七八九十\d]+个(?:步骤|阶段|环节|部分)$|^(?:例如|比如|结语|结束语|总结|小结)$|"
        r"(?:the following|as follows|these steps)\s*$"
    )
    # What a plan says about itself or why (其目的是…, 有助于…, 才能…, 可以更好地…, "helps us to"): no modal verb, no step.
    _WHY = re.compile(
        r"目的是|其目的|旨在|意义在于|有助于|有利于|才能|可以更好地|能够更好地|是一[个项种][^，,。]{0,12}(?:措施|手段|工具|"
        r"机制|过程|环节)|希望|据悉|总之|综上|所称|是指|系指|\b(?:helps? (?:us|you)|in order to improve|"
        r"is designed to|means|is defined as)\b",
        re.IGNORECASE,
    )  # why, or what a word means
    # A kind of case named as a label (客户挂失类投诉, 患者(家属)投诉, 现场投诉/电话投诉) or a rule of counting (纳入投诉统计,
    # 按有责、无责分类): what the steps are about, not a step.
    _CASE_LABEL = re.compile(
        r"(?:类|的)[“”\"']?(?:客户)?投诉$|/[^/，,。]{1,8}投诉$|^[^，,。]{1,10}[（(][^）)]{1,6}[）)]投诉$|"
        r"^[^。]{0,45}纳入[^，,。]{0,6}(?:统计|类)$|按[^，,。]{2,20}分类$"
    )
    _YOUR_OPTION = acts.YOUR_OPTION
    _MODAL = re.compile(
        r"(?<![响相适反对供答])应(?!急|对|用|有)|须|(?<![重主需])要(?!求|素|点|害)|需(?!求)|负责|不得|严禁|务必|必须|"
        r"\b(?:will|must|shall|should)\b",
        re.IGNORECASE,
    )
    # A page's furniture, a source line or a bare contact line: kept, never a step.
    _PAGE_LINE = re.compile(
        r"^(?:page last updated|last updated|last reviewed|retrieved|published|source|来源|线索提供|"
        r"责任编辑|发布日期|更新日期)\b|^[^，,。；;]{0,24}[（(]?\d{3,4}-\d{7,8}[）)]?[^，,。]{0,12}$|"
        # 总机31270810转分机63022; 每周四上午9:30至11:30: a number to call or opening hours, nothing done
        r"^[^，,。；;]{0,12}(?:总机|分机|电话|热线|传真|tel|phone)[^，,。；;]{0,12}\d{5,}[^，,。；;]{0,12}$|"
        r"^(?:每(?:周|天|日|月)[一二三四五六日天至到、\-—~]{0,4})?(?:上午|下午|晚上)?\s*\d{1,2}[:：]\d{2}\s*(?:至|到|-|—|–|~)"
        r"\s*\d{1,2}[:：]\d{2}$|"
        # Postal: PO Box 5967, Wellington / Phone: 0800 347 257 / 期货业邮箱tousu@… / 网上投诉:http://…: where to write or call
        r"^(?:postal|post|address|phone|telephone|tel|fax|e-?mail|web(?:site)?|online|freephone)\s*[:：]\s*\S.{0,80}$|"
        r"^[^，,。；;\s]{0,16}[:：]?\s*(?:https?://|www\.)\S+$|^[^，,。；;\s]{0,16}[:：]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$",
        re.IGNORECASE,
    )
    _DESCRIPTION = re.compile(
        r"^[^，,；;]{2,30}是[^，,；;]{0,30}(?:重要|关键|核心|根本|基础|前提|最后一环|有效途径|有效方法|重要手段)"
    )
    # 服务质量部是旅客投诉的归口管理部门，负责…: what a unit is and its charge, said once for the plan
    _WHAT_UNIT_IS = re.compile(r"^[^，,；;是]{2,20}是[^，,；;]{0,60}(?:归口管理|主管|牵头|责任|职能)(?:部门|单位|机构)[，,。]?")
    _ACTION = re.compile(
        r"应|(?<![重主])要(?!求)|须|需(?!求)|负责|务必|立即|及时|不得|严禁|\b(?:will|must|should|shall)\b", re.IGNORECASE
    )
    _LEAD_IN_THEN = re.compile(r"^(?P<lead>[^：:。]{2,40}(?:以下|如下|下列)[^：:，,。]{0,8})[：:]\s*(?P<rest>\S.*)$")

    _ASSIGN = re.compile(
        r"由?[^，,；;。]{2,16}?(?:处理|负责|办理|受理|答复|调查|核实|解决)$|由[^，,；;。]{2,16}?(?:接待|协调|处置|跟进)$"
    )
    _COND_ACT = re.compile(
        r"^(?P<when>(?:如果|如遇|如|若|一旦|凡|遇有?)(?!实|下|何|期|数|此|同)[^，,；;。]{2,30}?的)"
        r"(?P<do>(?:需要?|应当?|要|须|必须)[^，,；;。]{2,})$"
    )
    # 能当场处理的即时处理 / 属管辖范围的应做好记录: a case and its act with no comma between
    _CASE_ACT = re.compile(
        r"^(?P<when>(?:能|不能|可以|无法|属于?|不属于?|凡属)[^，,；;。的]{1,14}的)(?P<do>[\u4e00-\u9fff][^，,；;。]{1,}.*)$"
    )

    def _case_act(self, text: str) -> re.Match | None:
        m = self._CASE_ACT.match(text)
        if m and (self._SERIAL_VERB.match(m.group("do")) or self._MODAL.match(m.group("do"))):
            return m
        return None

    _COND_CLAUSE = re.compile(
        rf"^(?:如果|如|若|一旦|凡|遇有?)(?!实|下|何|期|数|此|同)[^，,]{{2,24}}$|^[^，,]{{2,20}}(?:的|时)$|^{_GRADED_CASE}$"
    )
    # Not an act: a grading (分为一般投诉、重大投诉和紧急投诉三类), a case named only (投诉方认为被投诉方违反合同约定的),
    # a citation cut from its sentence (…工作的通知》(银监发〔2012〕13号)), a lead-in to measures (将启动以下应急措施)
    _NOT_ACT = re.compile(
        r"分为[^。；;]{0,40}[一二三四五六七八九十两\d]+(?:类|级|个(?:等级|级别|类别|层次)|种|档|个层次)[。；;]?$|"
        r"^[^，,。；;]{4,40}[\u4e00-\u9fff]的[；;。]?$|^[^《]{0,40}》|〔\d{4}〕\d+号[）)]?[。；;]?$|"
        r"(?:以下|如下|下列)[\u4e00-\u9fff]{0,4}(?:措施|办法|工作|程序|流程|步骤)[:：]?\s*$"
    )
    # A principle by name (应遵照谁接待、谁受理的原则), who is first responsible (管理部主任为…第一责任人), a party's rights
    # (有…陈述和申辩的权利): rules the procedure keeps, not steps of it
    _RULE_OF_CONDUCT = re.compile(
        r"(?:遵照|遵循|遵守)[^。；;]{0,40}的?原则|^[^，,。；;]{2,20}为[^，,。；;]{0,20}第一责任人|"
        r"有[^。；;，,]{0,30}的权利"
    )
    _NOT_A_STEP_TEXT = re.compile(r"^[\sXx×\d年月日.\-/—]+$")

    def _split_step(self, text: str) -> list[str]:
        """One sentence that holds several steps: parallel assignments (A的投诉由护理部处理，B的投诉由财务科处理) or an
        act followed by a condition and its own act (一个工作日内核实，如为真实投诉，必需马上立案)."""
        if not re.search(r"[\u4e00-\u9fff]", text):
            return self._en_act_pieces(text)
        spans, begin = [], 0  # (start, end) of each clause, so that a part keeps the text as written
        for m in re.finditer(r"[，,]", text):
            spans.append((begin, m.start()))
            begin = m.end()
        spans.append((begin, len(text)))
        clauses = [text[a:b].strip() for a, b in spans]
        if len(clauses) < 2:
            return self._act_pieces(text)  # one clause may still chain two acts (…赶赴现场并及时通知…)
        if len(clauses) > 40:
            return [text]
        if not all(clauses):
            return self._act_pieces(text)  # 投诉内容,,通过…转交: a doubled comma, read clause by clause
        if sum(1 for c in clauses if self._ASSIGN.search(c)) >= 2 and all(self._ASSIGN.search(c) for c in clauses[1:]):
            return clauses
        # acts in turn are split where the sentence says who acts or in which case (服务台在接到投诉后，应…; 能自行处理的，
        # 组织…; 由…负责人组织…), not in a list of duties or aims with nobody named (加强…，做好…，落实…)
        first = self._LABEL_HEAD.sub("", clauses[0])
        # three acts and more after the case or time they answer (接到投诉后，/不能当场解决的，) are read one by one here;
        # two (…应在1小时内登记，并转交客户服务部) are parted by _act_pieces, clause by clause
        acts = [c for c in clauses if not re.search(r"(?:的|(?<!同)时|后|前)$", c)]
        serial_ok = len(acts) >= 3 and bool(
            # 客户投诉，快件延误…，调查原因，立即安排人员…，责成立即改正: the case named by its nouns, then three acts
            sum(1 for c in clauses[1:] if self._SERIAL_VERB.match(c)) >= 3
            or posts_in(first[:20])
            or unit_spans(first[:20])
            or re.match(r"^(?:由|如果?|若|凡|一旦|当|在|于|接到|收到|接报|发生|出现|遇|对于?|经)", first)
            or re.search(r"(?:的|时|后)$", first)
        )
        cuts, serial = [0], set()
        for index in range(1, len(clauses)):
            acc = text[spans[cuts[-1]][0] : spans[index - 1][1]]
            # the acts in turn of one actor are read, for what follows them, as the sentence they were
            actor = text[spans[max(c for c in cuts if c not in serial)][0] : spans[index - 1][1]]
            if (
                (
                    (
                        (self._COND_CLAUSE.match(clauses[index]) and index + 1 < len(clauses))
                        or self._COND_ACT.match(clauses[index])  # …结案归档，如遇…不能结案的需请示领导…: a case and its act
                        or self._case_act(clauses[index])  # …应做好记录，能当场处理的即时处理，…
                    )
                    and (
                        self._ACTION.search(acc)
                        or _deadline_in(acc)
                        # 能自行处理的，组织安保人员迅速排除故障，不能自行处理的，迅速拨打…: the other case after an act
                        or (serial_ok and self._SERIAL_VERB.match(clauses[index - 1]))
                        or self._case_act(clauses[index - 1])
                    )
                    and not self._COND_CLAUSE.match(clauses[index - 1])
                )
                or self._new_actor(clauses[index], acc)
                or (
                    # …做好宣传解释…，抢修结束后要及时回访用户: after acts in turn, what follows the event is read as after
                    # the sentence's actor
                    actor != acc and self._AFTER_EVENT.match(clauses[index]) and self._new_actor(clauses[index], actor)
                )
            ):
                cuts.append(index)
            elif self._ACTION.search(acc) and (
                # …做好解释、安慰工作，力争即时解决问题: what is striven for after an act is a step of its own
                re.match(r"^(?:力争|争取|努力)[\u4e00-\u9fff]{3,}", clauses[index])
                # …回复期限，记录完毕后，及时将情况记录移交…: a step that follows the end of the one before
                or (
                    re.fullmatch(r"[\u4e00-\u9fff]{2,12}(?:完毕|结束|完成|办结)(?:后|以后|之后)", clauses[index])
                    and index + 1 < len(clauses)
                    and re.match(r"^(?:及时|立即|迅速|马上|应|须|要|将)", clauses[index + 1])
                )
            ):
                cuts.append(index)
            elif serial_ok and self._serial_act(clauses[index], clauses[index - 1], acc):
                # 应做好投诉记录，建立投诉档案，进行调查取证: one actor's acts in turn, a step each; a joining word on its
                # own (…撤离，同时，引导…) goes with the act after it
                at = (
                    index - 1 if index - 1 > cuts[-1] and re.fullmatch(r"同时|然后|随后|此外|另外", clauses[index - 1]) else index
                )
                cuts.append(at)
                serial.add(at)
            elif (
                # …将投诉转交相关部门处理，符合受理的投诉，投诉受理部门应当在5个工作日内告知…: a case, then another actor's act
                re.search(r"的(?:投诉|事件|情况|问题|案件|事项)$", clauses[index])
                and index + 1 < len(clauses)
                and self._ACTS.search(acc)
                and len(acc) >= 8
                and (m := self._ACTOR_NOUN.match(clauses[index + 1]))
                and self._MODAL.match(clauses[index + 1][m.end() :])
            ):
                cuts.append(index)
        if len(cuts) == 1:
            return self._act_pieces(text)
        ends = cuts[1:] + [len(clauses)]
        # 在抢修力量到达前，涉及1000户以上小区故障停电的，值备班人员必须全员到岗: a piece that does nothing is the
        # circumstance of the next one, not a step of its own
        kept = [cuts[0]]
        for a, b, nxt in zip(cuts, ends, cuts[1:]):
            part = text[spans[kept[-1]][0] : spans[b - 1][1]]
            circumstance = re.match(r"^(?:在|当|如果?|若|遇有?|对于?|涉及|凡|一旦)", part) and not (
                self._MODAL.search(part)
                or re.search(r"立即|及时|务必", part)
                or _deadline_in(part)
                or re.match(r"^对[^，,；;。]{1,20}?进行[\u4e00-\u9fff]{2}", part)  # 对相关责任网点进行处理: an act
            )
            if not circumstance:
                kept.append(nxt)
        ends = kept[1:] + [len(clauses)]
        pieces = [text[spans[a][0] : spans[b - 1][1]].strip() for a, b in zip(kept, ends)]
        return [act for piece in pieces for act in self._act_pieces(piece)]

    # -- one step per act: a sentence read clause by clause (split at its commas), each clause a condition, an act or
    # what goes on with the act before it (its object, manner or purpose)

    _ZH_COND_END = acts.ZH_COND_END
    _ZH_COND_START = acts.ZH_COND_START
    _ZH_MODAL = acts.ZH_MODAL
    _ZH_DONE = acts.ZH_DONE
    # Starting the plan or a response (启动…预案, 采取三级预案): the act it starts goes with it
    _ZH_START_PLAN = re.compile(
        r"^(?:应当?|须|要)?(?:立即|及时|迅速)?(?:采取|采用|启动|启用|执行|进入)[^，,；;。]{0,12}(?:预案|响应|程序)$"
    )
    _ZH_ACT_LEAD = acts.ZH_ACT_LEAD
    _ZH_TAIL = acts.ZH_TAIL

    def _zh_clause_acts(self, clause: str) -> bool:
        return acts.clause_acts(clause)

    def _after_case(self, piece: str) -> str:
        """`piece` without the clauses of condition or time it opens with (不属本部门职责的，应… -> 应…)."""
        rest = self._LABEL_HEAD.sub("", piece.strip())
        while True:
            m = re.match(r"^([^，,]*)(?:，|(?<!\d),|,(?!\d{3}))\s*(?=\S)", rest)
            if not m or not (
                self._ZH_COND_END.search(m.group(1))
                or self._ZH_COND_START.match(m.group(1))
                or _GRADED_CASE_CLAUSE.fullmatch(m.group(1).strip())
            ):
                return rest
            rest = rest[m.end() :]

    def _names_no_actor(self, piece: str) -> bool:
        """A piece of a Chinese sentence that names nobody before its act (10分钟内听取投诉事由, 核对客户信息): the
        actor of the piece before it goes on."""
        body = self._after_case(piece)
        if not re.search(r"[\u4e00-\u9fff]", body) or re.match(r"^(?:由(?!于|此)|交由|改由|请|让|要求)", body):
            return False
        # 网点负责人在1小时内…, 客服部回访: a post or unit first is its own actor; 报告监管部门: the unit reached
        return not (self._ACTOR_NOUN.match(body) or any(start <= 1 for _, start, _ in post_spans(body) + unit_spans(body)))

    def _subjectless(self, piece: str) -> bool:
        """A piece of a sentence whose first clause names no one acting (并通知…, 及时向…报告, 应当…, 建立档案): the
        actor of the act before it goes on."""
        if re.match(r"^(?:then\s+|also\s+)*(?:will|shall|must|should|aim to)\b", piece.strip(), re.IGNORECASE):
            return True  # … and will keep you updated: the subject of the act before
        first_word = re.match(r"(?:then\s+|also\s+)*([a-z]+)\b", piece.strip())
        if first_word and first_word.group(1) in acts.EN_VERBS:
            return True  # … will investigate the complaint and respond within 10 days: the same actor's next act
        first = re.split(r"[，,]", re.sub(r"(?<=\d),(?=\d{3})", "", piece.strip()), maxsplit=1)[0]
        case = re.match(r"^(?:待|当|在|如果?|若|一旦)[^，,；;。]{1,24}?(?:后|时)(?=[\u4e00-\u9fff]{2})", first)
        if case:  # 待系统恢复后及时回复…: the act after its case
            first = first[case.end() :]
        if re.match(r"^(?:由(?!于|此)|交由|改由)", first):
            return False
        return bool(self._ZH_ACT_LEAD.match(first) or self._SERIAL_VERB.match(first) or self._ZH_MODAL.match(first))

    # An English act: a modal (will, shall, must, 'll) or the aim of one (aim to, try to)
    _EN_MODAL = re.compile(r"\b(?:will|shall|must|should|aim to|try to|endeavour to)\b|['’]ll\b", re.IGNORECASE)
    # Where an English sentence starts another act: "and"/"but"/";" then a subject of its own and a modal (…, and our
    # team will respond …; … and you will be told …), or the same subject's modal again (… and will keep you updated,
    # … and then we will …), or "then" and the same actor's next act (… log it, then pass it to …; …; then write …);
    # never "A and B" inside an object, nor "and aim to do so" (the first act's own aim)
    _EN_NEXT_ACT = re.compile(
        r"(?:,\s*|;\s*|\s+)(?:and|but)\s+(?:then\s+)?"
        r"(?=(?:(?:we|they|you|he|she|it|this|(?:our|the|a|an|your|their)\s+[\w-]+(?:\s+[\w-]+){0,3}?)"
        r"(?:\s*,[^,;]{2,80},)?\s+(?:will|shall|must|should|may|can|aim to)\b|(?:we|they|you)['’]ll\b|"
        r"(?:will|shall|must)\s+(?!be\s+(?:able|entitled)\b)\w))|"
        r";\s+(?:then\s+)?(?=(?:we|they|you|(?:our|the)\s+[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:will|shall|must|should)\b)"
        r"|(?:;\s*|,\s*(?:and\s+)?|\s+and\s+)then\s+(?=(?!on\b|again\b)[a-z]{3,}\b)"
        r"|;\s+(?=(?:we|they|you)['’]ll\b)"
        # "passed to the relevant director, who will acknowledge …, with a response being sent to you within 10 working
        # days": the one it is passed to acts, and the reply is an act of its own
        r"|,?\s+who\s+(?=(?:will|shall|must|should|would)\s+(?!be\s+(?:able|entitled|happy|pleased|glad)\b)\w)"
        r"|,\s*with\s+(?=(?:a|an|the|our|your)\s+(?:[\w-]+\s+){0,3}?being\s+(?:sent|provided|given|issued|made)\b)",
        re.IGNORECASE,
    )

    # "… will review the complaint and make a final decision": "and" then a plain verb of acting, the same actor's next
    # act (acts.EN_VERBS; "records and files" stays one object)
    _EN_AND_VERB = re.compile(r"(?:,\s*|\s+)and\s+(?:then\s+|also\s+)?(?=(?P<v>[a-z]+)\s+[\w'’]+)")
    _EN_MODAL_VERB = re.compile(
        r"\b(?:will|shall|must|should|aim to|try to)\s+(?:then\s+|also\s+|normally\s+|usually\s+|first\s+)?(?!be\b|not\b)[a-z]+|"
        r"['’]ll\s+[a-z]+",
        re.IGNORECASE,
    )

    def _en_act_pieces(self, text: str) -> list[str]:
        """An English sentence that chains acts (We will acknowledge your complaint within two days and our team will
        respond within ten; We will look into it and will keep you updated): one piece per act, each with its own
        subject or modal. A first part that states no act (If you are unhappy and you want …) is not parted, nor
        what is in brackets."""
        cuts = []
        found = [(m, False) for m in self._EN_NEXT_ACT.finditer(text)]
        found += [(m, True) for m in self._EN_AND_VERB.finditer(text) if m.group("v") in acts.EN_VERBS]
        for m, bare in sorted(found, key=lambda pair: pair[0].start()):
            if cuts and m.start() < cuts[-1][1]:
                continue
            before = text[cuts[-1][1] if cuts else 0 : m.start()]
            if text[: m.start()].count("(") > text[: m.start()].count(")"):
                continue  # inside brackets
            # If we need more time, we will write to you and …: the act is what follows the condition's comma
            case = re.match(r"^\s*(?:if|where|when|unless|once|should)\b[^,;]*(?:[,;]|$)", before, re.I)
            main = before[case.end() :] if case else before
            if (
                not self._EN_MODAL.search(main)
                or re.search(r"\b(?:will|shall|must|should)\s+be\s+(?!\w+(?:ed|en|wn|ld|t)\b)\w+", before, re.I)
                or (bare and not self._EN_MODAL_VERB.search(main))
            ):
                # the part before is a condition or no act: "If you are unhappy and you will …", "Any assessment will be
                # objective and transparent and we will …"
                continue
            cuts.append((m.start(), m.end()))
        if not cuts:
            return [text]
        pieces, begin = [], 0
        for start, end in cuts:
            pieces.append(text[begin:start].strip(" ,;"))
            begin = end
        pieces.append(text[begin:].strip(" ,;"))
        return [p for p in pieces if p]

    def _act_pieces(self, text: str) -> list[str]:
        """A sentence that chains acts (客服中心接到投诉后，核对客户信息，录入系统，并短信告知…): one piece per act, as a
        careful transcription writes one step per act. Every comma parts the sentence, unless grammar keeps the
        clauses together (_joined); a sentence that says no step, or what the organisation at large should do, is
        read whole; nothing is parted before the sentence has said an act, by its words (acts.verb_clause: a verb at
        the clause's head), or by a clause long enough to be more than a noun (so a case named by its nouns, 用户报修，
        燃气泄漏，…, stays with the act that answers it)."""
        if not re.search(r"[\u4e00-\u9fff]", text):
            return [text]
        spans, begin = [], 0
        # 投诉内容,,通过…: a doubled comma parts once; 2,000元: a comma between digits parts nothing
        for m in re.finditer(r"\s*(?:，|(?<!\d),|,(?!\d{3}))[，,\s]*|$", text):
            # …赶赴现场并及时通知…: a second act with no comma before it parts the clause too (acts.acts_inside)
            start = begin  # acts_inside gives offsets from the clause's start
            for at in acts.acts_inside(text[begin : m.start()]) or self._listed_act_cuts(text[begin : m.start()]):
                spans.append((begin, start + at))
                begin = start + at
            spans.append((begin, m.start()))
            begin = m.end()
            if m.start() == len(text):
                break
        clauses = [text[a:b].strip() for a, b in spans]
        if len(clauses) < 2 or not all(clauses) or re.search(r"是指|系指|指的是", clauses[0]):
            return [text]  # 业务突发是指…，经理须…: a term defined and what it calls for, a description read whole
        first = self._LABEL_HEAD.sub("", clauses[0])
        if (
            self._says_no_step(text)
            or self._says_no_step(self._after_case(text))
            or self._POLICY.search(text)
            or (self._WHY.search(text) and not self._opens_with_act(text))
            or self._WHOLE_BODY.match(first)
        ):
            # 严禁…，擅自…: one rule and its sanction; 企业应根据实际情况确定…，并…: what the organisation at large
            # should do, a policy said once
            return [text]
        cuts, acted = [0], False
        for index in range(1, len(clauses)):
            acted = (
                acted
                or self._shows_act(clauses[index - 1])
                or acts.verb_clause(clauses[index - 1])  # 劝阻双方，平息事态，…: a verb at its head
                # 在投诉中心设立接待员，对来电…: past five characters a clause with no list in it is read as an act too
                # (a verb the lexicon lacks); a case named by its nouns (用户报修，燃气泄漏，…; 包裹破损、丢失、延误，…) stays
                # with its answer
                or (
                    len(clauses[index - 1]) >= 6
                    and "、" not in clauses[index - 1]
                    and not _GRADED_CASE_CLAUSE.fullmatch(clauses[index - 1])  # 较大及以上事件，…: a case, not an act
                )
                # 客服专员接到投诉后，核对客户身份: the clause a case or time governs is the act
                or (index >= 2 and bool(self._ZH_COND_END.search(clauses[index - 2])))
            )
            if acted and not self._joined(clauses[index - 1], clauses[index]):
                cuts.append(index)
        ends = cuts[1:] + [len(clauses)]
        return [text[spans[a][0] : spans[b - 1][1]].strip() for a, b in zip(cuts, ends)]

    def _listed_act_cuts(self, clause: str) -> list[int]:
        """Offsets in a clause where the next of acts listed with 、 starts (安抚乘客情绪、耐心解释原因、做好投诉记录): every
        item a verb clause with its object; not a list of nouns or of bare verbs (做好安抚、解释工作, 调查、处理)."""
        items = clause.split("、")
        # 接待人员要做到热情接待、耐心倾听、讲清道理: the acts a post is to carry out, listed after 做到
        standard = re.match(r"^[^，,；;。]{0,16}?(?:应当?|要|须|必须|需要?)?(?:做到|坚持)(?=[\u4e00-\u9fff]{4})", items[0])
        if (
            len(items) < 2
            or not all(len(item) >= 4 for item in items)
            or not acts.verb_clause(items[0][standard.end() :] if standard else items[0])
            # each next item its verb first: 通知维保单位、物业经理到场 lists whom 通知 reaches, then what they do
            or not all(acts.VERB_HEAD.match(item) for item in items[1:])
        ):
            return []
        if (
            re.match(r"^(?:做好|进行|开展|加强|搞好|抓好|负责|组织|协助|配合|落实)[\u4e00-\u9fff]{1,2}$", items[0])
            or re.search(r"(?:工作|事宜|措施)$", items[-1])
            # 应保存、归档…材料: verbs of the last one's object; 耐心倾听、妥善处理: the last has none either, acts each
            or (
                any(acts.ENDS_IN_BARE_VERB.search(item) for item in items[:-1])
                and not (len(items[-1]) <= 4 and acts.ENDS_IN_BARE_VERB.search(items[-1]))
            )
        ):
            return []  # 做好安抚、解释工作: the list is one object
        return [sum(len(item) + 1 for item in items[:n]) for n in range(1, len(items))]

    # The organisation at large and what it should do (银行应…, 企业需要…, 各部门要…): a policy, said once, read whole
    _WHOLE_BODY = re.compile(
        r"^[^，,；;。]{0,6}?(?:银行|企业|公司|本行|我行|医院|单位|各单位|各部门|本单位|机构)[^，,；;。]{0,20}?"
        r"(?:应当?|应该|要|需要|须|必须)"
    )
    # The result of a condition (则…, 就…, 便…), what goes on with the act before (以…, 确保…, 不得…, 甚至…)
    _ZH_RESULT = re.compile(r"^(?:则|就|便)(?=[\u4e00-\u9fff])")
    _ZH_WITH_BEFORE = re.compile(r"^(?:但|而|并|且|同时)?(?:甚至|以至|乃至)")
    # Where or in what the next act is done (在…过程中, 在处理上, 在…基础上), or a lead-in to what follows (包括, 如下)
    _ZH_FRAME = re.compile(
        r"^(?:但|而|首先|其次|再次|最后|同时|另外|此外)?在[^，,；;。]{1,20}(?:上|中|下|方面|基础上|过程中|环节|期间)$|^[^，,；;。]{0,8}(?:情况|条件|前提)下$"
    )
    # 分管院长应视情况轻重，亲自…: the basis of the act, said before it
    _ZH_BASIS = re.compile(r"^[^，,；;。]{0,12}?(?:应当?|要|须|需要?|必须)(?:视|根据|按照?|依据|依照|结合|针对)")
    _ZH_LEAD_END = re.compile(r"(?:包括|如下|以下|有|是|为|的话)$")

    def _shows_act(self, clause: str) -> bool:
        return acts.shows_act(clause)

    # A clause that is a joining or ordering word alone (同时，/ 然后，/ 其中，): it leads into the clause after it
    _ZH_LINK_WORD = re.compile(
        r"(?:并且|而且|同时|然后|随后|接着|此外|另外|首先|其次|再次|最后|其中|特别是|尤其是|例如|比如|另一方面|一方面|总之|此时|届时|"
        r"事后|之后|其后|此后|否则|为此|对此|因此|所以|但是|但|而|则|又|并|且|再|还|也|即|如|若)"
    )

    def _joined(self, previous: str, clause: str) -> bool:
        """Whether `clause` stays in one piece with the clause before it, by grammar alone."""
        return bool(
            # the clause before governs this one: too short to act (同时, 必要时), a case or time (…的, …后, 如…, 对于…,
            # 发生…, 在…过程中, 值班队长无法处理的话), a noun and what it is about (需核实的投诉事项), the plan started
            # (启动二级预案), a lead-in (包括)
            self._ZH_LINK_WORD.fullmatch(previous)
            or (self._ZH_COND_END.search(previous) and not self._act_done(previous))
            or (self._ZH_COND_START.match(previous) and not self._zh_clause_acts(previous) and not acts.verb_clause(previous))
            or self._ZH_FRAME.match(previous)
            # 延误30分钟以上，减免20%: a threshold, the case of the act after it
            or (re.search(r"(?:以上|以下|及以上|及以下|以外)$", previous) and not acts.verb_clause(previous))
            or (re.match(r"^(?:如|若|凡|一旦|当)?(?:发生|出现)", previous) and not self._ZH_MODAL.search(previous))
            or self._ZH_START_PLAN.match(previous)
            or (self._ZH_BASIS.search(previous) and not self._zh_clause_acts(previous))
            # 医院设立投诉中心，受理…: a body set up and what it is to do, one sentence about one body
            or re.search(r"(?<!立即)(?<!迅速)(?:成立|设立|组建|设置)[^，,；;。]{2,20}$", previous)
            # 依据分行制定的《挂失应急预案》，只限于…: the rule the act follows, named alone before it
            or re.fullmatch(r"(?:依据|根据|按照?|依照|遵照|参照)[^，,；;。]{2,40}?(?:》|规定|要求|办法|制度|精神)", previous)
            or (
                re.search(r"的[\u4e00-\u9fff]{1,4}$", previous)
                and not self._ZH_MODAL.search(previous)
                and not self._zh_clause_acts(previous)
                and not acts.verb_clause(previous)
            )
            or self._ZH_LEAD_END.search(previous)
            # this clause goes on with the one before: a modal whose subject the clause before names (支行各营业机构，
            # 要…), a purpose or manner (以便…, 确保…, 不得…), another way (或…), the end (在2小时内处理完毕), the result of
            # a case (则…), a list and nothing else; a clause with a 、-list and more (通知客服部、工程部到场) and handling as
            # instructed (按领导批示办理) are acts of their own (acts6)
            or (
                self._ZH_MODAL.match(clause)
                and not self._ZH_MODAL.search(previous)
                and (
                    not (self._zh_clause_acts(previous) or acts.verb_clause(previous))
                    # 受理部门接到客户的投诉，应当…: news received, the case of the act after it
                    or re.match(r"^[^，,；;。]{0,12}?(?:接到|收到|接报|接获|接听|发现)", previous)
                )
            )
            or (
                self._ZH_TAIL.match(re.sub(r"^(?:但|而|并|且|同时)(?=[\u4e00-\u9fff]{2})", "", clause))
                and not acts.verb_clause(clause)
                and not re.match(r"^(?:争取|力争|力求)", clause)
            )
            or self._ZH_WITH_BEFORE.match(clause)
            or re.match(r"^(?:或者?|或是)", clause)
            or self._ZH_DONE.match(clause)
            or self._ZH_RESULT.match(clause)
            # 登记用户信息，姓名、住址、电话: a list and nothing else, the object of the act before spelt out
            or re.fullmatch(r"[^，,、；;。]{1,5}(?:、[^，,、；;。]{1,5})+等?[。；;]?", clause)
            # 来访来电投诉，一个工作日内核实: a matter named with no act, and the time within which it is handled
            or (
                len(previous) <= 6
                and not self._shows_act(previous)
                and re.match(r"^[\d一二三四五六七八九十两半]+\s*个?(?:分钟|小时|工作日|日|天|周)(?:内|以内|之内)", clause)
            )
        )

    def _act_done(self, clause: str) -> bool:
        """管理部会同…确定停业相关事宜后: an act of its own, said done before the next (a step each), not the case or
        time of the next act (接到投诉后, 报经领导同意后, 突发事件处理完毕后)."""
        m = re.search(r"(?<![先然随最之其])(?:之后|以后|后)$", clause)
        if not m or acts.AFTER_NEWS.search(clause) or _STEP_APPROVAL.search(clause):
            return False
        body = clause[: m.start()]
        spans = sorted((start, end) for _, start, end in post_spans(body) + unit_spans(body))
        return bool(spans) and spans[0][0] == 0 and acts.verb_clause(body)

    _SERIAL_VERB = acts.SERIAL_VERB

    _AFTER_EVENT = re.compile(r"^[\u4e00-\u9fff]{2,14}?(?:结束|完毕|完成|办结|之后)(?:后|以后|之后)?[，,]?(?:要|应|须|需)")

    def _serial_act(self, clause: str, previous: str, before: str) -> bool:
        """`clause` goes on with another act of the same actor after a clause that acts (应做好投诉记录，建立投诉档案，
        并在…二日内通知被投诉人，进行调查取证，及时处理): a step each, as a careful transcription writes them."""
        if len(clause) < 4 or not self._SERIAL_VERB.match(clause):
            return False
        if re.match(r"^(?:并)?(?:在|于)[^，,；;。]{1,12}?(?:处理|处置|办理)?(?:完毕|完成|办结|结束)[；;。]?$", clause):
            return False  # 由其直接处理，在30分钟处理完毕: the deadline of the act before, not another act
        if re.match(r"^(?:负责|主要负责)", before) or re.match(
            r"^[^，,；;。]{0,12}?(?:银行|企业|公司|本行|我行|医院|单位|各单位|各部门|本单位)(?:应当?|应该|要|需要|须|必须)",
            before,
        ):
            return False  # 负责…，协调…，指导…: a unit's duties; 企业需要…，制定…: what the organisation should do, policy
        if re.search(r"(?:后|(?<!同)时|前|的|之后|以后|期间|过程中|内|以内|之内)$", previous.strip()):
            return False  # 确定停业相关事宜后，在服务大厅张贴… / 应在…三日内，将…报送…: the clause before says when
        if re.match(r"^(?:采取|采用|启动|启用|执行)[^，,；;。]{0,12}(?:预案|响应)$", previous.strip()):
            return False  # 发生一般问题，采取三级预案，报告给…: starting the plan goes with the act it starts
        if re.match(r"^(?:并且?|同时|再|且)?[，,]?\s*(?:处理|处置)$", clause):
            return False  # …立即派员现场处理: the act's own verb cut off, not another act
        return bool(
            self._SERIAL_VERB.match(previous)
            or self._ACTION.search(before)
            or posts_in(before[:16])
            or re.fullmatch(r"同时|然后|随后|此外|另外", previous.strip())
        )

    # What an actor does right after its name (网点负责人应…, 分行在1小时内…, 责任单位安排…, 由办公室通知…).
    _ACTOR_VERB = re.compile(
        r"^\s*(?:应当?|要|须|必须|需|负责|立即|及时|迅速|马上|第一时间|在|于|将|向|对|把|即|可|安排|通知|组织|派|指派|"
        r"报告|上报|报送|报请|协调|召开|联系|核实|调查|答复|回复|回访|登记|受理|做好|开展|启动|亲自|会同|到场|"
        r"接到|收到|接报|接获|根据|按照|依据|配合|协助|督促|指导|直接)"
    )
    # A unit or post named by its ending at the start of a clause (责任单位, 分行, 网点负责人, 客服专员).
    _ACTOR_NOUN = re.compile(
        r"^(?!按|根据|依据|依照|对|在|经|为|因|如|若|将|把|向|与|和|以|从|自|当|凡|涉及|通过|除|报|交|送|请|提|让|使|令|给|派|"
        r"指派|通知|告知|要求|协调|联系|会同)[\u4e00-\u9fff]{0,12}?(?:部门|部|室|科|处|中心|办|小组|组|单位|人员|负责人|责任人|员|长|领导|分行|支行|总行|网点|"
        r"公司|经理|主任|专员|班)(?=[\u4e00-\u9fff])"
    )
    # A clause that is the next act of the same actor: 立即/马上/迅速 + verb, or 将…上报/报告/移交 (what is passed on).
    _NEXT_ACT = re.compile(
        r"^(?:并|再)?(?:立即|马上|第一时间)(?!启动|处理)[\u4e00-\u9fff]|"
        r"^(?:并)?将[^，,；;。]{1,24}?(?:上报|报告|报送|移交|转交|转给|通知|告知|反馈|提交)|"
        # …报告总值班经理，并通知带班领导到现场…，必要时请总值班经理出面…: another act passed on, or one done when needed
        r"^并(?:通知|告知|联系|安排|组织|指派|派员|督促|请)[\u4e00-\u9fff]{2,}|"
        r"^(?:必要时|如有必要|视情况)[，,]?[\u4e00-\u9fff]{3,}"
    )
    # 必要时请总值班经理出面沟通: the step's condition, then what is done
    _WHEN_NEEDED = re.compile(r"^(?P<when>必要时|如有必要|视情况需要|视情况)[，,]?\s*(?P<do>[\u4e00-\u9fff].+)$")
    # A stage's bare name (受理, 调查核实, Acknowledge, Investigation): no verb of its own, no clause.
    _LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}|[A-Z][a-z]+(?:\s+[a-z]+)?")
    # Who is held to account, or what is forbidden (追究…责任, 给予处分, 严禁推诿): the plan's discipline, not a step.
    _SANCTION = re.compile(
        r"追究[^，,。；;]{0,16}责任|给予[^，,。；;]{0,10}(?:处分|处罚|惩罚|解聘|辞退|开除)|(?:进行|予以|实施)(?:惩罚|处罚|问责|通报批评)|"
        r"移交司法|^(?:严禁|禁止|不得|不准|不许)|\b(?:disciplinary action|will be disciplined)\b",
        re.IGNORECASE,
    )
    # What an outside body is or offers (AFCA provides a free … service; The Ombudsman is independent): a
    # description, not a step of this plan.
    _DESCRIBES = re.compile(
        r"^(?:The\s+)?(?:[A-Z]{2,6}|(?:[A-Z][a-z]+\s+){0,5}(?:Ombudsman|Authority|Commission|Tribunal|Court|Regulator)"
        r"(?:\s+Service)?)\s+(?:provides|offers|is|are|has|was)\b"
    )
    _BOUND = re.compile(
        r"(?:不得超过|不超过|不能超过|不应超过|不得高于|上限(?:为|是)?|最长(?:为|不超过)?|最多(?:为)?|最高(?:为|不超过)?)\s*"
        r"(?:人民币)?\s*(?:\d|[一二三四五六七八九十两百千万壹贰叁肆伍陆柒捌玖拾佰仟])"
    )

    def _only_bounds(self, text: str) -> bool:
        """Every clause states a bound (普通客户支付金额上限不得超过5,000元，贵宾客户…不得超过10,000元; 停电不得超过8个
        小时): the plan's caps and time limits, read from every sentence, not a step."""
        clauses = [c for c in re.split(r"(?<!\d)[，,；;](?!\d{3})", text) if c.strip()]
        return bool(clauses) and all(self._BOUND.search(c) for c in clauses)

    _POLICY = acts.POLICY
    _NOTE = re.compile(r"^(?:注|备注|附注|特别提示|提示|注意|note|please note|nb)\s*[：:]\s*", re.IGNORECASE)
    _OWN_DEADLINE = re.compile(r"^(?:并|并且|且|再)?(?:须|应|要)?(?:在|于)(?P<d>[^，,；;]{1,12}?(?:内|以内|之内|前))")
    _THEN = re.compile(r"^(?:同时|然后|随后|此后|其后|之后|最后|再由|并由|另外|接着|其次|再次)(?=[\u4e00-\u9fff])")
    # 首先，/ 其次，/ 最后，: the order the list of actions already says (English keeps its "Finally," as written)
    _ORDER_WORD = re.compile(
        r"^(?:(?:首先|其次|再次|然后|接着|随后|最后)[，,]|第[一二三四五六七八九十][，,、]|(?:[Aa]nd\s+)?[Tt]hen,?(?=\s+[A-Za-z]))\s*(?=\S)"
    )

    def _new_actor(self, clause: str, before: str) -> bool:
        """A clause that starts a step of its own within one sentence: another actor named first and then what it
        does (由分公司信访办通知责任单位，责任单位安排…; 网点负责人应立即上报…，分行应在1小时内派员…), or 同时/然后/
        随后 followed by another act (…要到场接访，同时在1小时内将基本情况报告分管领导), after a clause that acts."""
        timed = re.match(r"^[\u4e00-\u9fff]{1,8}?[前后][一二三四五六七八九十两\d]{1,3}(?:天|日|个?小时|分钟)(?:内|以内)?", clause)
        if timed and len(clause) - timed.end() >= 4 and len(before) >= 8 and not _deadline_in(clause):
            return True  # …每户派发一份书面通知，停水日前一天发送短信再次提醒住户: an act at a time of its own
        m = self._THEN.match(clause)
        if m and len(before) >= 4:  # 然后/接着/最后 + another act, after a clause that acts
            rest = clause[m.end() :]
            return len(rest) >= 4 and bool(
                self._ACTOR_VERB.match(rest) or _deadline_in(rest) or posts_in(rest[:12]) or re.match(r"^(?:由|交由)\S{2}", rest)
            )
        if len(before) < 4 or not (
            self._ACTION.search(before)
            or re.match(r"^(?:由|并由)?\S{2,20}?(?:通知|安排|组织|负责)", before)
            or re.search(r"(?:^|[，,])\s*(?:由|并由)[^，,]{2,20}?(?:组织|负责|统一|指挥|通知|安排|处理|处置|协调|牵头)", before)
        ):
            if not posts_in(before[:16]):
                return False
        if (
            self._NEXT_ACT.match(clause)
            and (self._ACTION.search(before) or re.match(r"^(?:并)?(?:通知|告知|联系|安排|组织|请)", before))
            and len(clause) >= 6
            and not re.search(r"(?:内|前|后|时|以前|之前)$", before)  # 应在…三日内，将…报送…: the time is the next act's
        ):
            return True  # 值班队长需立即赶到现场，立即联系投诉人…，将情况上报…: acts in turn, one step each
        after = re.match(
            r"^[\u4e00-\u9fff]{2,14}?(?:结束|完毕|完成|办结|处理完毕?|处置完毕?|之后)(?:后|以后|之后)?[，,]?(?:要|应|须|需)",
            clause,
        )
        if after and self._ACTION.search(before) and len(clause) - after.end() >= 3:
            return True  # …做好安抚工作，抢修结束后要及时回访用户: what follows the event is a step of its own
        own = self._OWN_DEADLINE.match(clause)
        if own and _deadline_in(own.group()) and self._ACTION.search(before) and len(clause) - own.end() >= 2:
            return True  # 应及时通知客户，并在10个工作日内告知处理决定: an act with its own deadline
        if re.search(r"(?:后|时|前|的|的(?:问题|情况|事项|事件)|之后|以后|期间|过程中)$", before.strip()):
            return False  # 经分管领导同意后，客服中心答复客户: the clause before says when, the act is this one
        body = re.sub(r"^(?:由|并由|再由|交由)", "", clause)
        m = self._ACTOR_NOUN.match(body)
        if m and self._ACTOR_VERB.match(body[m.end() :]) and len(body) - m.end() >= 3:
            return not before.startswith(m.group())
        for post, start, end in post_spans(body) + unit_spans(body):
            if start <= 1 and self._ACTOR_VERB.match(body[end:]) and len(body) - end >= 3:
                return not before.startswith(post)
        return False

    # The event a scenario opens with (发生…事件, 出现…情况, 遇有…), and the start of a plan or response (启动…预案).
    _EVENT_OPEN = re.compile(r"^(?:如|若|凡|一旦|当)?(?:发生|出现|遇有|遇到)")
    _START_PLAN = re.compile(r"[，,]\s*(?:立即|即|应|须)?(?:启动|执行|进入)[^，,。；;]{0,16}(?:预案|响应|程序)$")

    _EVENT_THEN = re.compile(
        r"^(?:如|若|凡|一旦|当)?(?P<event>(?:发生|出现|遇有|遇到)[^，,；;。]{2,40}?)(?:时|后|的)[，,]\s*(?P<rest>.+)$"
    )

    def _trigger(self, text: str) -> str | None:
        """The condition a scenario's first sentence states when it says nothing done but starting the plan
        (发生5人以下信访事件，启动一级应急预案 -> 发生5人以下信访事件) or only names the event (发生打条幅、围堵大门…的信访事件)."""
        m = self._START_PLAN.search(text)
        if m and self._EVENT_OPEN.match(text):
            return _clean(text[: m.start()])
        if (
            self._EVENT_OPEN.match(text)
            and not self._MODAL.search(text)
            and not self._ACTION.search(text)
            and re.search(r"(?:事件|事故|情况|情形|投诉|行为)$", text)
        ):
            return text
        return None

    # A step's own number written into its text (Step 1: …, 第一步：…, 步骤二、…): the order of `actions` says it.
    _STEP_MARK = re.compile(
        r"^(?:step\s*(?:\d{1,2}|one|two|three|four|five|six)\s*[:：.\-–—)]\s*|"
        r"(?:第[一二三四五六七八九十\d]{1,3}步|步骤[一二三四五六七八九十\d]{1,3})\s*[:：、.．，,]?\s*|"
        r"[（(]\d{1,2}[）)]\s*|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]\s*)(?=\S)",
        re.IGNORECASE,
    )

    # A clause that is only the approval an act needs (经副组长批准): narrower than _STEP_APPROVAL, which also finds
    # 报X审核 — a report made, an act of its own
    _APPROVAL_ONLY = re.compile(r"(?:报经|须经|需经|经)[^，,；;。]{1,20}?(?:同意|批准|审批|签批|核准)(?:后)?")

    # an act that opens with its modal or its haste, its subject left to the clause before (应在30分钟内…, 立即…)
    _BARE_MODAL = re.compile(
        r"^\s*(?:应当|应该|应(?![急用对变诉收付答])|须|必须|需|务必|要(?![求点素件])|立即|立刻|马上|迅速|及时|第一时间)"
    )

    # a sentence that acts, then a clause announcing the list after it (…应及时上报部门负责人，上报流程明确如下); not one
    # whose list is what its act makes (应该搭建完备的投诉处理流程，包括以下环节: the procedure is the list)
    _ACT_THEN_LEAD = re.compile(
        r"^(?P<act>.{6,}?)[，,]\s*(?P<lead>(?!包括|包含|主要|分为|有|如)[^，,。；;]{0,16}(?:如下|以下|下列)[^，,。；;]{0,8})[:：]?$"
    )

    def _step(self, scenario: dict, text: str, at: tuple, carry: dict | None = None) -> None:
        """One step from `text`; `carry` holds the condition of the step before it in the same sentence, which a
        piece that goes on with the same act keeps (涉及重大医疗纠纷的，应立即报告院长，并在2小时内上报…)."""
        text = _clean(self._STEP_MARK.sub("", text.strip()))
        if len(text) > 8:
            text = self._ORDER_WORD.sub("", text)
        if not text:
            return
        if (_PURPOSE_START.match(text) and re.search(r"(?:制定|制订|编制|修订)本", text)) or PLACE_LABEL.match(text):
            # 为加强…，规范…，特制定本预案: why the plan was made, wherever a page put it; 地点：…一楼大厅: where complaints
            # are received; kept, not a step
            self._keep_aside(scenario, text, at)
            return
        if self._post_holder_line(text, at):
            return  # 经办人员：各办公室主要负责人: a post and who holds it, set among the procedure's items
        m = self._ROLE_LABEL.match(text)
        if m and len(text) - m.end() >= 4:
            # Guide Role: Identify issues…, update…: the acts after the label are the post's
            post = m.group("a") or m.group("b")
            who = self._role_ref(post, at, create=False) or self._add_role(post, at)
            before = len(scenario.get("actions") or [])
            self._step(scenario, text[m.end() :], at, carry)
            for step in (scenario.get("actions") or [])[before:]:
                step.setdefault("by", Src(who, at))
            return
        lead = self._ACT_THEN_LEAD.match(text)
        if lead and self._MODAL.search(lead.group("act")):
            # …，咨询岗应及时上报条线对应部门负责人，上报流程及具体责任人明确如下: the act is a step, the words announcing
            # the list after it are kept aside
            self._keep_aside(scenario, lead.group("lead"), at)
            text = lead.group("act")
        # 发生5人以下信访事件，启动一级应急预案: the scenario's opening case, read whole as its trigger, not split
        starts = not scenario.get("actions") and not scenario.get("triggers") and self._trigger(text)
        pieces = [text] if starts else self._split_step(text)
        for index in range(len(pieces) - 2, -1, -1):  # 经副组长批准，营业部可…: the approval the next act needs
            if self._APPROVAL_ONLY.fullmatch(pieces[index].strip(" ，,")) or (
                # 网点负责人接到投诉后，应在30分钟内到达现场: the time the act answers, not a step of its own
                re.search(r"[\u4e00-\u9fff](?:后|之后|以后|时)$", pieces[index].strip(" ，,"))
                and self._BARE_MODAL.match(pieces[index + 1])
            ):
                pieces[index : index + 2] = [pieces[index].rstrip(" ，,") + "，" + pieces[index + 1]]
        if len(pieces) > 1:
            cursor = 0  # where the piece before ended in the sentence: a piece's own place, not an earlier same text
            for index, piece in enumerate(pieces):
                start = text.find(piece, cursor)
                cursor = start + len(piece) if start >= 0 else cursor
                after_who = start > 0 and bool(re.search(r"\bwho\s+$", text[:start]))
                goes_on = bool(
                    index and (self._THEN.match(piece) or self._NEXT_ACT.match(piece) or self._OWN_DEADLINE.match(piece))
                )
                raw = piece
                if index:
                    piece = re.sub(r"^(?:并且|并|且)(?=[\u4e00-\u9fff])", "", piece)
                before = len(scenario.get("actions") or [])
                previous = (scenario.get("actions") or [None])[-1] if before else None
                # 建立投诉档案 / 协助职能部门核查…: the same actor's next act; a post it names is whom it reaches
                serial = bool(index and self._SERIAL_VERB.match(raw)) and not goes_on
                # 并短信通知…, 及时向…报告, 应…: an act that names no subject of its own is the same actor's
                same_actor = bool(index) and (serial or goes_on or self._subjectless(self._after_case(raw)))
                outer = self.__dict__.get("_no_create", False)
                # 不属本部门职责的，应引导客户到责任部门: no subject, so a unit the act names is whom it reaches
                self.__dict__["_no_create"] = (
                    serial
                    or outer
                    or (not goes_on and self._subjectless(self._after_case(raw)))
                    or bool(index and self._names_no_actor(raw))
                )
                try:
                    self._step(
                        scenario,
                        piece,
                        at,
                        {"when": previous["when"]} if goes_on and previous is not None and "when" in previous else None,
                    )
                finally:
                    self.__dict__["_no_create"] = outer
                actions = scenario.get("actions") or []
                if before and len(actions) == before + 1 and "by" not in actions[-1] and "by" not in actions[-2]:
                    if same_actor and not re.search(r"[\u4e00-\u9fff]", raw):
                        # "The case officer will log it and reply within 5 days": whoever _late_owners finds for the
                        # first act does the second
                        self.__dict__.setdefault("_same_as", {})[id(actions[-1])] = actions[-2]
                if index and after_who and len(actions) == before + 1 and "by" not in actions[-1]:
                    # "…passed to the relevant director, who will acknowledge…": the one it was passed to acts
                    m = re.search(r"\b(?:to|by|with)\s+(?:the\s+|a\s+|an\s+|our\s+)?(?P<p>[\w' -]{2,60}?)\s*$", pieces[index - 1])
                    named = [m.group("p")] if m else en_actors(pieces[index - 1])[-1:]
                    who = (self._role_ref(named[0], at, create=False) or self._title_in(named[0])) if named else None
                    if who:
                        actions[-1]["by"] = Src(who, at)
                    continue
                if before and len(actions) == before + 1 and "by" not in actions[-1] and "by" in actions[-2]:
                    if same_actor or self._THEN.match(raw) or (index and self._names_no_actor(raw)):
                        # …要到场接访，同时在1小时内报告… / …做好记录，并在15分钟内报告…: the same actor goes on
                        actions[-1]["by"] = Src(actions[-2]["by"].value, at)
            return
        text = self._THEN.sub("", text) if len(text) > 8 else text
        note = self._NOTE.match(text)
        if note and len(text) > note.end() + 4:  # 注：客户在处理期限内再次提出…: a point to watch, not a step
            points = scenario.get("key_points")
            rest = text[note.end() :].strip()
            scenario["key_points"] = Src(f"{points.value}\n{rest}" if points else rest, at)
            return
        if self._NOT_A_STEP_TEXT.match(text):  # a date or signature line (XX年XX月XX日): kept, not a step
            self._keep_aside(scenario, text, at)
            return
        m = self._LEAD_IN_THEN.match(text)
        if m:  # 处理流程包括以下环节：受理人员应当场登记 -> the lead-in kept aside, the rest a step
            self._step(scenario, m.group("lead"), at)
            text = _clean(m.group("rest"))
        if self._says_no_step(text) or (text == str(scenario["title"].value) and not _deadline_in(text)):
            rule = self._escalation(text, {"do": Src(text, at)}, at, scenario) if self._YOUR_OPTION.search(text) else None
            if rule is not None:  # If you remain dissatisfied, you can refer your complaint to the Ombudsman
                scenario.setdefault("escalation", []).append(rule)
                return
            # a lead-in (包括以下环节), a statement of why (…是…的重要手段) or the heading again: kept, not a step
            self._keep_aside(scenario, text, at)
            return
        trigger = self._trigger(text) if not scenario.get("actions") and not scenario.get("triggers") else None
        if trigger:  # 发生5人以下信访事件，启动一级应急预案: when the scenario applies, not something done
            scenario.setdefault("triggers", []).append(Src(trigger, at))
            return
        m = self._EVENT_THEN.match(text) if not scenario.get("actions") and not scenario.get("triggers") else None
        if m and len(m.group("rest")) >= 4:  # 发生30人以上群体性投诉时，由组长统一指挥: the trigger, then the step
            scenario.setdefault("triggers", []).append(Src(_clean(m.group("event")), at))
            text = _clean(m.group("rest"))
        step: dict[str, Any] = {}
        m = _CONDITION.match(text) or self._COND_ACT.match(text) or self._WHEN_NEEDED.match(text) or self._case_act(text)
        if m and len(m.group("do")) >= 4:
            step["when"] = Src(_clean(m.group("when")), at)
            text = _clean(m.group("do"))
        elif (case := acts.case_label(text)) and len(text) - case >= 4:
            step["when"] = Src(_clean(text[: case - 1]), at)  # 在现场投诉：导医先问询…: the case, then the act
            text = _clean(text[case:])
        if "when" not in step and carry and carry.get("when") is not None:
            step["when"] = Src(carry["when"].value, at)
        step["do"] = Src(text, at)
        core = self._LABEL_HEAD.sub("", text) or text  # 接报：各网点接到投诉后，…: who and when read after the label
        who = self._subject_role(core, at) or self.__dict__.get("_lead_owner", {}).get(id(scenario))
        if who:
            step["by"] = Src(who, at)
        within = _deadline_in(text)
        if within:
            step["within"] = Src(within, at)
            self.step_deadlines.add(id(step))
        m = _STEP_APPROVAL.search(text)
        if m:
            approver = self._role_ref(m.group("who") or m.group("en") or m.group("en2"), at, create=True)
            if approver:
                step["approval"] = Src(approver, at)
        scenario.setdefault("actions", []).append(step)
        rule = self._escalation(core, {**step, "do": Src(core, at)}, at, scenario)
        if rule is not None:
            scenario.setdefault("escalation", []).append(rule)

    def _keep_aside(self, scenario: dict, text: str, at: tuple) -> None:
        """What the step reader met under a scenario and is no step: kept unmapped with its position and heading."""
        self.unmapped.append({"at": Src(self._where_at(at)), "heading": Src(str(scenario["title"].value)), "text": Src(text, at)})

    def _says_no_step(self, text: str) -> bool:
        """A sentence that is no step of the procedure: a lead-in, why, a description, a page line, a sanction, a
        policy, an option of the complainant, a case only, a rule of conduct, or bounds only."""
        return (
            (
                bool(
                    self._NOT_A_STEP.search(text)
                    or (self._DESCRIPTION.search(text) and not self._ACTION.search(text))
                    or self._WHAT_UNIT_IS.match(text)
                    # why (希望…, 有助于…) or a kind of case (…的投诉), unless the sentence opens with its act (询问客户希望的…,
                    # 及时受理乘客的投诉)
                    or (
                        (self._WHY.search(text) or self._CASE_LABEL.search(text))
                        and not self._MODAL.search(text)
                        and not self._opens_with_act(text)
                    )
                    or self._PAGE_LINE.search(text)
                    or self._discipline(text)
                    or (self._POLICY.search(text) and not posts_in(text[:12]))
                    or (self._DESCRIBES.match(text) and not self._MODAL.search(text))
                    or (self._YOUR_OPTION.search(text) and not _deadline_in(text))
                    or (self._NOT_ACT.search(text) and not self._MODAL.search(text))
                    or self._RULE_OF_CONDUCT.search(text)
                )
                and not _deadline_in(text)
            )
            or self._only_bounds(text)
        )

    def _discipline(self, text: str) -> bool:
        """A rule of discipline (严禁…, 凡…的给予处分, …追究责任, 移交司法, a penalty named: 罚款X元), not a step; a sanction
        given in the course of the procedure (调查属实的，对责任人给予通报批评，并纳入考核) is one."""
        return bool(
            self._SANCTION.search(text)
            and (
                re.match(r"^(?:严禁|禁止|不得|不准|不许|凡|惩罚|处罚|罚款)", text)
                or re.search(r"追究|移交司法|disciplin", text, re.IGNORECASE)
            )
        )

    def _opens_with_act(self, text: str) -> bool:
        first = re.split(r"[，,]", text, maxsplit=1)[0]
        return acts.verb_clause(first) or acts.shows_act(first)

    _LEAD_TAIL = re.compile(r"(?:应当?|应该|要|须|需要?|必须|负责)(?:做到|做好)?[:：]$|[:：]$")
    _ROLE_LABEL = re.compile(
        r"^(?:(?:the\s+)?role\s+of\s+(?:the\s+|a\s+|an\s+)?(?P<a>[A-Z][\w/&-]*(?:\s+[A-Z][\w/&-]*){0,4})|"
        # Our / Key / Main responsibilities: name no post
        r"(?!(?:our|your|their|his|her|its|my|key|main|general|other|specific|additional|primary|core)\s)"
        r"(?P<b>[A-Z][\w/&-]*(?:\s+[A-Z][\w/&-]*){0,4}?)(?:'s|’s)?\s+(?:role|responsibilities|duties))\s*[:：]\s*",
        re.IGNORECASE,
    )
    _LABEL_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]\s*|^[A-Z][a-z]+(?:\s+[a-z]+)?:\s+(?=[A-Za-z])")
    _ESCALATE = re.compile(
        r"(?:逐级|立即|及时|迅速|马上|应|须|要)?(?:上报|报告|报送|呈报|转报|报请|移交|移送|提请|汇报|升级)(?:至|到|给)?"
        r"(?P<to>[^，,。；;：:]{2,30}?)(?=协调|处理|处置|研究|审批|批准|决定|裁决|解决|调查|备案|[，,。；;]|$)|"
        r"向(?P<to2>[^，,。；;向]{2,30}?)(?:报告|汇报|上报|反映|请示|报送|求助|申请|移交|申诉|投诉)|"
        r"(?:申请|交由|提交|提请)(?P<to3>[^，,。；;]{2,30}?)(?:调解|仲裁|裁决|复核|复查|复议)|"
        r"(?P<police>报警|拨打110|110报警)|"
        r"\b(?:escalat\w*|refer\w*|pass\w*|report\w*|send\w*|take\w*|bring\w*|appeal\w*|write|writing|transferr?\w*|"
        r"turn\w*\s+over|hand\w*\s+over|forward\w*)\s+(?:[\w']+\s+){0,3}?to\s+"
        # the president/executive director: one post named two ways
        r"(?:the\s+|a\s+|an\s+|our\s+)?(?P<en>[A-Za-z][A-Za-z'/ -]{2,60}?)(?=\s+(?:who|which|for|within|in|by|at|if|when|and(?!\s+[A-Z]))\b|[,.;(]|$)|"
        # contact the Ombudsman / Ofsted / the Gambling Commission: a body outside that takes the complaint on
        r"\bcontact\s+(?:the\s+)?(?P<en2>[A-Za-z' -]{0,40}(?:Ombudsman(?: Service)?|Commission|Regulator|Tribunal|"
        r"Ofsted|Ofcom|Ofgem|Ofwat|Consumer Council|Citizens Advice))|"
        # "you can ask for your complaint to be reviewed by our Chief Executive": the next tier
        r"\bask\s+for\s+(?:your|the)\s+(?:complaint|case|decision)\s+to\s+be\s+(?:reviewed|looked at|considered|escalated)"
        r"(?:\s+again)?\s+by\s+(?:the\s+|our\s+|a\s+)?(?P<en3>[A-Za-z][A-Za-z' -]{2,50}?)(?=\s+(?:who|within|in)\b|[,.;(]|$)",
        re.IGNORECASE,
    )
    _ESCALATE_WHEN = re.compile(
        r"^(?:当|如|若|如果|一旦|对于?|凡|遇有?|发生)?(?P<when>[^，,。；;]{2,50}?)(?:时|的|后)[，,]|"
        r"^(?P<en>(?:if|where|when|should)\b[^,;]{3,120}?)(?:,|\s+(?=(?:you|we|they|it|the\s+complaint|your\s+complaint)\s+"
        r"(?:can|may|should|will|must|could|might)\b))",
        re.IGNORECASE,
    )

    _EXTERNAL = re.compile(
        r"派出所|公安|110|监管|银保监|银监|保监|证监|人民银行|人行|消协|消费者协会|法院|仲裁|信访|政府|"
        r"卫生健康委|卫健委|卫生局|教育局|教委|市场监督|住建|人社局|民政局|医调委|医疗纠纷人民调解|12345|"
        r"上级行|上一级|^上级|总行|省行|主管部门|管理局|ombudsman|regulator|police|FCA|authority|tribunal|court|dispute resolution",
        re.IGNORECASE,
    )

    def _party_ref(self, target: str, at: tuple) -> str | None:
        """Whom an escalation names: a known role or group, a new group (…工作小组), a party outside the
        organisation (派出所, 银保监局, the Ombudsman), or a post."""
        target = _clean(re.sub(r"^(?:the|our|a|an)\s+", "", target, flags=re.IGNORECASE))
        outside = re.search(
            r"ombudsman|authority|regulator|tribunal|court|commission|police|dispute resolution|arbitrat|管理局|卫生健康委|卫健委|教育局|教委|市场监督|医调委|监督管理委员会|"
            r"人民调解委员会|派出所|公安|法院|人民政府",
            target,
            re.IGNORECASE,
        )
        known = None if outside else self._role_ref(target, at, create=False)  # not the 'Service' of '… Services Ombudsman'
        if known:
            return known
        if target.endswith(vocab.GROUP_SUFFIXES) and len(target) >= 4 and not outside:
            return str(self._group_named(target, at)["id"].value)
        if (
            (self._EXTERNAL.search(target) or self._outside(target))
            and len(target) <= (30 if re.search(r"[\u4e00-\u9fff]", target) else 70)
            and not re.search(r"(?:部|处|科|室|中心|组)$", target)
        ):
            for party in self.external:
                if str(party["name"].value) == target:
                    return str(party["id"].value)
            party = {"id": Src(self.ids.make(target, "party")), "name": Src(target, at)}
            self.external.append(party)
            return str(party["id"].value)
        found = self._role_ref(target, at, create=True)
        if (
            found is None
            and len(target) <= 20
            and re.search(r"(?:部|处|科|室|中心|办|局|委员会|分行|支行|省行|公司|集团)$", target)
        ):
            found = self._add_role(target, at)  # a unit (支行客户服务部) the plan escalates to
        # (a capital alone, "…referred to the H" in a copy cut off, names nobody)
        if found is None and re.fullmatch(r"[A-Z][A-Za-z]+(?:\s+(?:of|for|and|[A-Z][A-Za-z]*)){0,5}", target):
            found = self._add_role(target, at)  # Head of Operations, Chief Executive
        if found is None and re.fullmatch(
            r"[a-z][a-z'/ -]{0,50}\b(?:director|president|manager|officer|chair|chairman|chairperson|supervisor|head|"
            r"executive|administrator|coordinator|clerk|committee|board|panel|team|department)(?:\s+of\s+[a-z][a-z ]{2,40})?",
            target,
        ):
            # the corresponding director or vice president, the chair of the governance committee: a post in lower case,
            # unless it names one the plan has (the department head of your division is its Department Head)
            lowered = target.lower()
            found = next(
                (
                    ident
                    for title, ident in self.role_by_title.items()
                    if "|" not in title and len(title) >= 4 and lowered.startswith(title.lower())
                ),
                None,
            ) or self._add_role(target, at)
        return found

    def _escalation(self, text: str, step: dict, at: tuple, scenario: dict) -> dict | None:
        """`当网点无法解决时，应立即上报分行投诉受理工作小组` -> {when, to, within}: the step's escalation rule.

        Only when the text names whom to (a group, post or party the plan can point at) and under what
        condition (the step's `when`, or the clause before the verb)."""
        m = self._ESCALATE.search(text)
        if not m:
            return None
        target = next(
            (g for g in (m.group("to"), m.group("to2"), m.group("to3"), m.group("en"), m.group("en2"), m.group("en3")) if g), ""
        )
        target = "公安机关" if m.group("police") else target.strip()
        target = re.sub(r"^(?:本级行?|上级|上一级)?(?:的)?", "", target) if len(target) > 4 else target
        if not target or re.match(r"^(?:情况|结果|处理|意见|材料|信息|事件|进展)", target):
            return None
        if re.fullmatch(r"(?:stage|level|tier|step|phase)s?", target, re.IGNORECASE):
            return None  # "…escalate your complaint to Stage 2": the next stage of the procedure, nobody to send it to
        when = re.sub(r"(?<=.{3})的$", "", str(step["when"].value)) if "when" in step else None
        if when is None:
            cond = self._ESCALATE_WHEN.match(str(step["do"].value))
            if cond:
                when = _clean(cond.group("when") or cond.group("en"))
        if when is None:  # …，如客户继续无理取闹，…应立即向综合部报告 / 对重大事件及时上报… : a condition before the verb
            for clause in reversed(re.split(r"[，,；;]", text[: m.start()])):
                case = re.match(
                    r"^\s*(?:并|且|同时|还)?(?:如果|如|若|当|一旦|对于?|凡|遇有?|遇到|if|when|where)\s*(?P<x>.{2,40}?)"
                    r"(?:时|的)?(?:要|应|须|需)?(?:及时|立即|迅速|马上)?$",
                    clause.strip(),
                    re.IGNORECASE,
                )
                if case:
                    when = _clean(case.group("x"))
                    break
        if when is None:  # "Level 2 incidents must be escalated to…" / 重大问题立即上报… : the event is the subject
            subject = re.match(
                r"^(?P<x>.{3,160}?)\s+(?:must|should|will|shall|are|is)\s+(?:be\s+)?(?:escalated|referred|reported|passed)",
                text,
                re.IGNORECASE,
            ) or re.match(
                rf"^(?P<x>[^，,。；;]{{2,30}}?{grading.EVENT})(?:要|应|须|需)?"
                rf"(?:及时|立即|迅速|马上)?$",
                text[: m.start()],
            )
            if (
                subject
                and not posts_in(subject.group("x"))
                and not re.match(r"^(?:在|于|将|把|同时|并|及时|立即|然后|随后)", subject.group("x"))
                and not find_durations(subject.group("x"))
            ):  # 在1小时内将基本情况报告…: what is reported, not an event
                when = _clean(subject.group("x"))
        title = re.sub(r"^(?:step|stage)\s*\w{1,5}\s*[:：.\-–—]\s*", "", str(scenario["title"].value), flags=re.IGNORECASE)
        if when is None and re.match(r"^(?:if|when|where|should|unless|如果|如|若|对)\b|^(?:如果|若|如)", title, re.IGNORECASE):
            when = _clean(title)  # Step 4 – If you are still not satisfied: the scenario's own condition
        if when is None and scenario.get("triggers"):
            when = str(scenario["triggers"][0].value)  # a case scenario: its case is the condition
        if not when:
            return None  # "及时报告…" with no condition is reporting, not an escalation rule
        who = self._party_ref(target, at)
        if not who:
            return None
        rule: dict[str, Any] = {"when": Src(when, at), "to": Src(who, at)}
        self.rule_text[id(rule)] = text[: m.start()]
        for d in find_durations(text):  # only a deadline said of the escalation itself (1小时内上报…)
            if m.start() - 12 <= d.start <= m.end() + 12 and _is_deadline(text, d):
                rule["within"] = Src(str(d.value), at)
                break
        return rule

    # A clause before the subject that says when or on what condition (接到投诉后，/ 如…的，/ If …, / Once …,).
    _BEFORE_SUBJECT = re.compile(
        r"^(?:(?:如果|如|若|对于?|凡|遇到?|遇有|当|一旦|接到|收到|接获|在|待|因|自|从|首先|其次|然后|最后|同时)"
        r"[^，,；;]{0,40}?[，,]\s*|[^，,；;]{2,30}(?:后|之后|以后|时|内|以内|之内|前|的)[，,]\s*)+|"
        r"^(?:(?:if|when|where|once|after|before|upon|unless|first|then|next|finally)\b[^,;]{0,120},\s*)+",
        re.IGNORECASE,
    )
    _SUBJECT_END = re.compile(
        r"(?:应(?!急)|要|须|必须|负责(?!人)|立即|及时|迅速|将|在|于|\b(?:should|must|will|shall|may|can|aims? to|is|are)\b)",
        re.IGNORECASE,
    )

    def _subject_role(self, text: str, at: tuple) -> str | None:
        """Who a step's sentence names as the one acting: the post it opens with (after a clause of time or
        condition: 接到投诉后，受理人员应…; If …, the Team Leader will …), or the one it gives the work to (由X处理);
        never a post it only mentions further on (报告…部, escalated to the Complaints Manager)."""
        text = _STEP_APPROVAL.sub("", text) or text  # the approver acts not
        # the posts a sentence names are roles whoever acts (roles.py decides which); the step's owner is its subject
        head = re.split(r"(?:应(?!急)|要|须|必须|负责(?!人)|立即|及时|迅速|should|must|will|shall)", text, maxsplit=1)[0]
        if head == text or len(head) > 40:
            head = text[:40]
        if not self.__dict__.get("_no_create"):
            self._role_ref(head, at, create=True) or self._role_ref(text, at, create=True)
        body = self._BEFORE_SUBJECT.sub("", text) or text
        # 通知带班领导到现场… / 请总值班经理出面…: the clause opens with its verb; the post after it is whom it reaches
        reaches = re.match(r"^(?:并)?(?:通知|告知|报告|上报|报送|联系|请|向|转交|移交|转告|督促)", body)
        for candidate in () if reaches else dict.fromkeys((body, text)):
            m = self._SUBJECT_END.search(candidate)
            head = candidate[: m.start()] if m and m.start() <= (40 if re.search(r"[\u4e00-\u9fff]", candidate) else 90) else ""
            if head.strip():
                who = self._role_ref(head, at, create=False) or self._title_in(head)
                if who:
                    return who
        m = re.search(
            r"\b(?:to|by|with)\s+(?:the\s+|a\s+|an\s+)?(?P<p>[A-Z][\w' -]{2,60}?),?\s+who\s+(?:will|shall|must|should)\b", body
        )
        if m is None:  # "Your complaint will be investigated by a manager who …": the agent of a passive does the work
            m = self._PASSIVE_BY.search(body)
        if m:  # "referred to the Head of Customer Services, who will investigate": the one named does the work
            who = self._role_ref(m.group("p"), at, create=False) or self._title_in(m.group("p"))
            if who:
                return who
        first = re.split(r"[，,；;]", body, maxsplit=1)[0]
        for post in agent_posts(body[:60]):  # 由分公司信访办通知…, 交由护理部处理, 其他投诉由客服部…处理
            at_post = body.find(post)
            lead = body[:at_post] if at_post >= 0 else ""
            # 由/交由/各 X…: X acts; 报告保卫处 / 通知客服部: X is whom the act reaches, not who acts
            if (0 <= at_post <= 4 and not REACHED_BEFORE.search(lead)) or (
                0 < at_post < len(first) and body[at_post - 1] == "由"
            ):
                who = self._role_ref(post, at, create=False)
                if who:
                    return who
        return None

    _PASSIVE_BY = re.compile(
        r"\b(?:will|shall|must|should|is|are)\s+(?:(?:then|also|always|normally|usually|first|initially|now)\s+)?(?:be\s+)?"
        r"(?:[a-z]+(?:ed|en)\s+and\s+)?[a-z]+(?:ed|en)\s+by\s+"
        r"(?P<p>(?!(?:and|or|them|us|you|it|him|her|email|e-mail|post|letter|phone|telephone)\b)"
        r"(?:a\s+|an\s+|the\s+|our\s+)?[A-Za-z][\w' -]{2,50}?)(?=\s+(?:who|which|within|in|and|at|on|for)\b|[,.;]|$)"
    )

    _DUTY_LABEL = re.compile(r"^[^：:，,。；;]{0,16}?(?:职\s*责|職\s*責|duties|responsibilities)\s*[:：]\s*", re.IGNORECASE)

    @staticmethod
    def _charges(text: str) -> bool:
        """A duty that charges with an act (发布和解除应急救援指令；负责现场抢险), not a line of who is a member."""
        clauses = [c.strip() for c in re.split(r"[，,；;。]", text) if c.strip()]
        return any(c.startswith("负责") or acts.VERB_FIRST.match(c) or acts.clause_acts(c) for c in clauses)

    @staticmethod
    def _not_charged(text: str) -> bool:
        """What a duty says besides its acts: the body set up (领导小组下设办公室，设在…), who is answerable
        (…是第一责任人), who it is made of (由…组成), the label of the next post's duties."""
        return bool(
            acts.ABOUT_THE_WORK.search(text)
            or acts.ORG_TEXT.search(text)
            or re.search(r"(?:是|为)[^，,。；;]{0,20}(?:责任人|负责人)$", text)
            or re.fullmatch(r"[^，,。；;:：]{0,20}(?:职\s*责|職\s*責)", text)  # a label run into the duty (组长、副组长主要职责)
        )

    @staticmethod
    def _stated_steps(out: dict) -> int:
        """How many steps the plan states, a step with a deadline counting as four: a step that says by when is a
        procedure of its own however short (处理程序：客户服务中心应在2个工作日内答复用户); one to three without are
        most often a line misread (a notice's title, who a group is made of, a principle)."""
        # counted by paragraph: the clauses of one paragraph of prose (突发事件一旦发生，领导采取…，迅速派出…) are one line
        weight: dict[Any, int] = {}
        for sc in out.get("scenarios") or []:
            for n, step in enumerate(sc.get("actions") or []):
                at = getattr(step.get("do"), "at", None) or (id(sc), n)
                weight[at] = max(weight.get(at, 0), 4 if "within" in step else 1)
        return sum(weight.values())

    def _duties_as_procedure(self, out: dict) -> None:
        """A plan that states no procedure at all, only who is charged with what (组长职责：开启应急预案，保障人员安全…):
        what its posts and groups are charged to do is what will be done. Their acts, in the document's order, become
        the steps of one procedure, each by the post charged with it (a group's by its leader); the duties stay too.
        A plan with a procedure of its own (four steps or more, or a step that says by when) keeps it as it is. A step or
        three read from its prose are no procedure: the duties' acts are added after them."""
        stated = self._stated_steps(out)
        if stated >= 4:
            return
        # the acts of paragraphs left unmapped under a sub-heading (一、组织机构与职责 > 2、职责：（1）凡出现…苗头的，由科室
        # 负责人出面做好化解疏导工作…) come first: they are written as what is done
        self._unmapped_acts(out, anywhere=True)
        if self._stated_steps(out) >= 4:
            return
        charged: list[tuple[int, int, tuple[str, bool] | None, str, tuple]] = []
        for order, holder in enumerate([*self.roles, *self.groups]):
            # a post's charge is that post's act (协助总指挥… is the deputy's); a group's is its leader's, unless the
            # act itself names who does it
            by: tuple[str, bool] | None = (
                (str(holder["id"].value), True)
                if "name" not in holder
                else ((str(holder["leader"].value), False) if "leader" in holder else None)
            )
            for duty in holder.get("duties") or []:
                at = duty.at if isinstance(duty.at, tuple) else None
                if at is None or at[0] != "p":
                    continue
                text = self._DUTY_LABEL.sub("", str(duty.value).strip())
                if len(text) >= 4 and (self._steplike(text) or self._charges(text)):
                    charged.append((at[1], order, by, text, at))
        if not charged:
            return
        scenarios = out.setdefault("scenarios", [])
        target = next((sc for sc in scenarios if not sc.get("actions")), None)
        if target is None:
            target = self._new_scenario("应急处置" if self.lang == "zh-CN" else "Response", None)
            scenarios.append(target)
        seen: set[str] = set()
        for _, _, by, text, at in sorted(charged, key=lambda c: (c[0], c[1])):
            if text in seen:  # 副总指挥：值班经理、防损部长 — one duty of two posts is one act
                continue
            seen.add(text)
            before = len(target.get("actions") or [])
            # a duty lists its acts one after another (…指令；组织指挥…；向上级汇报…): each is a step
            outer = self.__dict__.get("_no_create", False)
            self.__dict__["_no_create"] = True  # the post is the one charged; a duty names no new post
            try:
                for part in (p for p in re.split(r"(?<=[；;。])", text) if len(p.strip(" ；;。")) >= 2):
                    self._step(target, part, at)
            finally:
                self.__dict__["_no_create"] = outer
            actions = target.get("actions") or []
            # what a duty says besides its acts (领导小组下设办公室，设在…; …是第一责任人) is no step
            actions[before:] = [a for a in actions[before:] if not self._not_charged(str(a["do"].value))]
            for step in actions[before:]:
                if by is not None and (by[1] or "by" not in step):
                    step["by"] = Src(by[0], at)
        if target.get("actions"):
            self.mapped.append("scenarios")
            self.notes.append("steps-added-from-duties" if stated else "steps-from-duties")
            self._owner(target)
        else:
            scenarios.remove(target)

    def _deadline_titles(self, out: dict) -> None:
        """A procedure titled by a deadline alone (By Day 7, Within 10 working days, 24小时内): the deadline of what is
        done under it, given to its first step when no step of it says by when."""
        for scenario in out.get("scenarios") or []:
            title = str(scenario["title"].value)
            found = find_durations(title)
            actions = scenario.get("actions") or []
            if len(found) != 1 or len(title) > 30 or not actions or any("within" in a for a in actions):
                continue
            rest = (title[: found[0].start] + title[found[0].end :]).strip(" :：-–—")
            if re.fullmatch(
                r"(?:(?:by|within|in|no later than)(?:\s+the\s+end\s+of)?)?|(?:在|于)?(?:之内|以内|内|前)?", rest, re.I
            ):
                step = actions[0]
                step["within"] = Src(found[0].value, scenario["title"].at)
                self.step_deadlines.add(id(step))

    def _late_owners(self, out: dict) -> None:
        """A step read before the post it names was known (a post named first in a later table or section): its owner
        is that post when the sentence opens with it (The investigating officer reports…; 客服主管应…) or names it as
        the agent of a passive (Your complaint will be investigated by a manager who…)."""
        titles = sorted(
            ((t.lower(), ident) for t, ident in self.role_by_title.items() if "|" not in t and len(t) >= 2),
            key=lambda pair: -len(pair[0]),
        )
        if not titles:
            return
        same_as = self.__dict__.get("_same_as", {})
        for scenario in out.get("scenarios") or []:
            changed = False
            for step in scenario.get("actions") or []:
                if "by" in step:
                    continue
                who = self._opening_post(str(step["do"].value), titles)
                if who is None and id(step) in same_as and "by" in same_as[id(step)]:  # "… and respond": the same actor
                    who = same_as[id(step)]["by"].value
                if who is None:
                    continue
                ordered = {k: v for k, v in step.items() if k in ("when", "do")}
                ordered["by"] = Src(who, step["do"].at)
                ordered.update({k: v for k, v in step.items() if k not in ordered})
                step.clear()
                step.update(ordered)  # by after do, as every step reads
                changed = True
            if changed and "owner" not in scenario:
                self._owner(scenario)

    def _opening_post(self, text: str, titles: list[tuple[str, str]]) -> str | None:
        passive = self._PASSIVE_BY.search(text)
        if passive:
            return self._title_in(passive.group("p"))
        text = self._LABEL_HEAD.sub("", text) or text  # Stage one: the branch manager reviews…
        body = (self._BEFORE_SUBJECT.sub("", text) or text).lower()
        body = re.sub(r"^(?:the|our|a|an|each|every|由|并由|再由)\s*", "", body)
        for title, ident in titles:
            rest = body[len(title) :]
            if body.startswith(title) and (
                self._SUBJECT_END.match(rest.strip()) or re.match(r"^\s*[a-z]+s\b", rest)  # …officer reports
            ):
                return ident
        return None

    def _title_in(self, head: str) -> str | None:
        """A known English title named in another case (the member of staff / Member of staff)."""
        lowered = head.lower()
        best = None
        for title, ident in self.role_by_title.items():
            if "|" not in title and len(title) >= 4 and title.isascii() and title.lower() in lowered:
                if best is None or len(title) > len(best[0]):
                    best = (title, ident)
        return best[1] if best else None

    def _owner(self, scenario: dict) -> None:
        """Who runs the procedure: the unit its heading names (市120办公室投诉处理流程, 客服部处理程序), else whoever acts
        in most of its steps."""
        named = re.match(
            r"^(?P<who>[^，,。；;:：]{2,16}?)(?:投诉|客诉|纠纷)?(?:处理|处置|受理|办理|工作)?(?:流程|程序)[。.]?$",
            str(scenario["title"].value),
        )
        title = str(scenario["title"].value).strip().rstrip("：:")
        # 1.大堂经理：安抚客户… read as a heading and its text: the post named alone is who does what is under it
        alone = (
            not named
            and re.fullmatch(r"[\u4e00-\u9fff]{2,12}", title) is not None
            and (not acts.VERB_FIRST.match(title) or is_team_name(title))
        )
        who = named.group("who") if named else title if alone else ""
        if any(start == 0 and end == len(who) for _, start, end in post_spans(who) + unit_spans(who)) or (
            alone and is_team_name(who)
        ):
            # a post named alone is who acts when the plan has it as a role (径赛起点处, 部门 are no posts of their own)
            owner = self._role_ref(who, scenario["title"].at, create=not alone)
            if alone:
                owner = self._leader_if_group(owner)  # 2.抢修救援组：…: a group's acts are its leader's
            if owner and any(str(r["id"].value) == owner for r in self.roles):
                scenario["owner"] = Src(owner)
                if alone:
                    for step in scenario.get("actions", []):
                        step.setdefault("by", Src(owner, step["do"].at))
                return
        counts: dict[str, int] = {}
        for step in scenario.get("actions", []):
            if "by" in step:
                counts[step["by"].value] = counts.get(step["by"].value, 0) + 1
        if counts:
            scenario["owner"] = Src(max(counts, key=lambda k: counts[k]))

    _ACTS = re.compile(
        r"应|要|须|必须|负责|立即|及时|下派|下达|到达|完成|报告|上报|回访|处理|答复|回复|"
        r"\b(?:will|must|should|shall|aim to)\b|(?:'|’)ll\b",
        re.IGNORECASE,
    )

    _WE_DO = acts.WE_DO

    _ZH_ACT = acts.ZH_ACT

    _ZH_WE_DO = acts.ZH_WE_DO

    def _steplike(self, part: str) -> bool:
        return bool(
            _deadline_in(part)
            or (posts_in(part[:30]) and self._ACTS.search(part))
            or self._WE_DO.match(part)
            or self._ZH_ACT.search(part)
            or self._ZH_WE_DO.match(part)
        )

    _ORDINAL = re.compile(
        r"(?:^|(?<=[。；;，,]))\s*(?:首先|其次|再次|然后|接着|随后|最后|第[一二三四五六七八九十][，,、]|"
        r"first(?:ly)?,|second(?:ly)?,|third(?:ly)?,|then,|next,|finally,|lastly,)",
        re.IGNORECASE,
    )

    def _ordinal_procedures(self, out: dict) -> None:
        """A paragraph that walks through a procedure (首先…其次…最后… / First, … Then, … Finally, …): a scenario
        named by its heading, one step from each ordinal on; the sentences before the first ordinal stay text."""
        for seg in self.segs:
            if seg.is_table or (id(seg) in self.used and not self._is_unmapped(seg)):
                continue
            marks = list(self._ORDINAL.finditer(seg.text))
            if len({m.group().strip(" ，,、").lower() for m in marks}) < 2:
                continue
            node = self.node_of.get(id(seg))
            title = node.title if node is not None and node.title else ("处理流程" if self.lang == "zh-CN" else "Procedure")
            scenario: dict[str, Any] = {
                "id": Src(self.ids.make(_short_title(title), "scenario")),
                "title": Src(title, ("p", node.number) if node is not None and node.number else ("p", seg.number)),
            }
            self._drop_unmapped(seg)
            self.used.add(id(seg))
            lead = seg.text[: marks[0].start()].strip()
            if lead:
                self.unmapped.append({"at": Src(self._where(seg)), "heading": Src(title), "text": Src(lead, ("p", seg.number))})
            for index, m in enumerate(marks):
                end = marks[index + 1].start() if index + 1 < len(marks) else len(seg.text)
                for part in sentences(seg.text[m.end() : end]):
                    self._step(scenario, part, ("p", seg.number))
            if scenario.get("actions"):
                self._owner(scenario)
                out.setdefault("scenarios", []).append(scenario)
                self.mapped.append("scenarios")

    def _procedure_from_prose(self, out: dict) -> None:
        """Paragraphs that mostly say who does what by when make a procedure: with no procedure section,
        wherever they stand; otherwise those under a deadlines heading (Resolution time, 处理时限), which
        describe the procedure by its deadlines, as a scenario named by that heading."""
        # a procedure read from the shape of one heading (extract._listed_acts) leaves the other paragraphs to this pass
        have = any(id(s) not in self.shape_scenarios for s in out.get("scenarios") or [])
        scenarios: dict[str, dict] = {}
        promised = self._promised()
        # before the first heading, a paragraph every sentence of which acts at once (营业网点发生服务突发事件，应立即
        # 启动本预案…；…应及时…报告): what is done in every case, beside the kinds of case that follow
        front_ids = {id(seg) for seg in self.segs if self.node_of.get(id(seg)) is None and not seg.is_table}
        for seg in self.segs:
            if seg.is_table or id(seg) in promised or seg is self.__dict__.get("title_seg"):
                continue  # (the document's title names the plan; it says nothing done)
            key = self.key_of.get(id(seg))
            loose_front = (
                have
                and id(seg) in front_ids
                and self._is_unmapped(seg)
                and (parts := sentences(seg.text))
                and all(self._ZH_ACT.search(p) or self._WE_DO.match(p) or self._ZH_WE_DO.match(p) for p in parts)
            )
            if have and not loose_front:
                if key != "time_limits" or self._read_in_part(seg, out):
                    continue
            elif id(seg) in self.used and key != "time_limits" and (not self._is_unmapped(seg) or self._read_in_part(seg, out)):
                continue  # read already, or read in part (its acts are steps, the rest kept unmapped): not read again
            parts = sentences(seg.text)
            steplike = [p for p in parts if self._steplike(p) and not self._duties_only(p)]
            if not parts or len(steplike) * 2 < len(parts) or len(seg.text) < 12:
                continue
            node = self.node_of.get(id(seg))
            if key == "time_limits" and (
                per_place_deadlines(seg.text)
                or (
                    all(_deadline_in(p) for p in steplike)
                    and not self._section_acts(node)
                    and (not have or any(len(find_durations(p)) >= 2 for p in steplike))
                )
            ):
                # deadlines in a row (…1小时内到达现场，4小时内回复客户，8小时之内报…) or place by place (到达现场时间
                # 一般不超过：城区30分钟；郊区60分钟), or in a document with no procedure: the section's time limits;
                # beside a procedure, one act with its deadline (一般投诉应在3个工作日内给予答复) is a step of it
                continue
            named = key == "time_limits" and node is not None and bool(node.title)
            title = node.title if named else ("应急处置" if self.lang == "zh-CN" else "Response")
            scenario = scenarios.get(title)
            if scenario is None:
                scenario = {
                    "id": Src(
                        self.ids.make(
                            _short_title(title) if named else ("response" if self.lang == "en" else "应急处置"), "scenario"
                        )
                    ),
                    "title": Src(title, ("p", node.number) if named else ("p", seg.number)),
                }
                scenarios[title] = scenario
            self.used.add(id(seg))
            self._drop_unmapped(seg)
            for part in parts:
                self._step(scenario, part, ("p", seg.number))
        for scenario in scenarios.values():
            self._owner(scenario)
            out.setdefault("scenarios", []).append(scenario)
            self.mapped.append("scenarios")

    def _listed_after_lead(self, cache: str, leads: Callable[[str], bool]) -> set[int]:
        """id() of the list items that follow a paragraph ending in a colon whose last sentence `leads` says
        introduces them (computed once per document, kept under `cache`)."""
        cached = self.__dict__.get(cache)
        if cached is not None:
            return cached
        out: set[int] = set()
        self.__dict__[cache] = out
        lead = False
        for seg in self.segs:
            listed = not seg.is_table and (seg.family in self._LISTED or (seg.family or "").startswith("list"))
            if lead and listed:
                out.add(id(seg))
                continue
            text = "" if seg.is_table else seg.text.strip()
            last = (sentences(text) or [text])[-1]
            lead = bool(re.search(r"[:：]$", text)) and leads(last + text[-1:])
        return out

    def _promised(self) -> set[int]:
        """id() of the items listed after a lead-in of promises (this is what we promise:, 我们承诺：): commitments,
        not steps of the procedure the prose around them describes."""
        return self._listed_after_lead(
            "_promised_ids", lambda last: bool(self._PROMISE.search(last) or self._NOT_STEPS_LEAD.search(last))
        )

    def _loose_escalations(self, out: dict) -> None:
        """A paragraph left under no section that tells the complainant where to go next (If you are still unhappy …,
        you are entitled to bring your complaint to the … Ombudsman): an escalation rule of the procedure whose steps
        come before it."""
        for seg in self.segs:
            if seg.is_table or not self._is_unmapped(seg) or self.key_of.get(id(seg)) is not None:
                continue
            before = [
                (step["do"].at[1], scenario)
                for scenario in out.get("scenarios") or []
                for step in scenario.get("actions") or []
                if step["do"].at and step["do"].at[0] == "p" and step["do"].at[1] < seg.number
            ]
            if not before:
                continue
            scenario = max(before, key=lambda pair: pair[0])[1]
            parts = sentences(seg.text)
            rules = []
            for part in parts:
                if self._YOUR_OPTION.search(part):
                    at = ("p", seg.number)
                    rule = self._escalation(part, {"do": Src(part, at)}, at, scenario)
                    if rule is not None:
                        rules.append(rule)
            if rules:
                scenario.setdefault("escalation", []).extend(rules)
                if len(parts) == 1:
                    self._drop_unmapped(seg)

    def _unit_procedures(self, root: Node, out: dict) -> None:
        """A plan of one event that says, under a heading for each unit or post (1.4电话中心：, 1.5客户服务部：, 2.1工程维修部：),
        what that unit does: with no procedure section, those paragraphs are the procedure's steps, each by its unit,
        in a scenario named by the heading above the units (2 供水突然中断), else by the document. A paragraph that
        only states a duty (负责…) is the unit's duty, not a step; under a procedure section this is left to it."""
        nodes = list(root.walk())[1:]
        if any(n.key is not None for n in nodes):
            return

        named = {id(node): unit_heading(node.title) for node in nodes}
        for node in nodes:
            # 2.收银： 3.网管： 4.店长：: a short bare title beside a heading that names a post names a post too
            bare = _clean(node.title.strip().rstrip("：:"))
            if (
                named[id(node)] is None
                and node.parent is not None
                and _BARE_POST.fullmatch(bare)
                and vocab.section_for(node.title) is None
                and not acts.verb_clause(node.title)
                and any(named[id(other)] for other in node.parent.children if other is not node)
            ):
                named[id(node)] = bare

        def unit(node: Node) -> str | None:
            return named.get(id(node), unit_heading(node.title))

        scenarios: dict[int, dict] = {}
        for node in nodes:
            name = unit(node)
            if name is None:
                continue
            texts: list[tuple[Segment, str]] = []
            for seg in node.items:
                if not seg.is_table and (id(seg) not in self.used or self._is_unmapped(seg)):
                    texts.append((seg, seg.text))
            for child in node.children:  # 通知业户：在停水日前三天…: a labelled step under the unit
                if unit(child) is None and child.items and not child.children:
                    first, *rest = [seg for seg in child.items if not seg.is_table]
                    texts.append((first, f"{child.title}：{first.text}"))
                    texts += [(seg, seg.text) for seg in rest]
            texts = [(seg, t) for seg, t in texts if id(seg) not in self.used or self._is_unmapped(seg)]
            if not any((self._acts(t) or acts.sentence_acts(t, listed=True)) and not re.match(r"^负责", t) for _, t in texts):
                continue
            anchor, number = None, re.match(r"^(\d+)\.\d+", node.marker)
            ancestors = []
            up = node.parent
            while up is not None and up.parent is not None:
                ancestors.append(up)
                up = up.parent
            # the heading above the units: 2 above 2.1, else the nearest of another kind (二、电梯困人 above 2.1工程部：)
            if number:
                anchor = next(
                    (a for a in ancestors if a.marker == number.group(1) or re.match(rf"^{number.group(1)}(?![\d.])", a.title)),
                    None,
                )
            if anchor is None:  # not a heading numbered as the units' sibling (1.3权限 above 1.4电话中心 in Word's outline)
                anchor = next(
                    (
                        a
                        for a in ancestors
                        if a.family != node.family and unit(a) is None and not (number and re.match(r"^\d+\.\d+", a.marker))
                    ),
                    None,
                )
            texts.sort(key=lambda pair: pair[0].number)
            scenario = scenarios.get(id(anchor))
            if scenario is None:
                title = (
                    re.sub(r"^\d+\s*", "", anchor.title)
                    if anchor is not None
                    else (self.title_text or ("应急处置" if self.lang == "zh-CN" else "Response"))
                )
                scenario = self._new_scenario(title, ("p", anchor.number) if anchor is not None else None)
                scenarios[id(anchor)] = scenario
                out.setdefault("scenarios", []).append(scenario)
                self.mapped.append("scenarios")
            who = self._role_ref(name, ("p", node.number), create=True)
            if who is None and unit_heading(node.title) is None:
                who = self._add_role(name, ("p", node.number))  # 收银 beside 店长: a post the vocabulary lacks
            for seg, text in texts:
                if re.match(r"^负责", text):
                    continue
                self._drop_unmapped(seg)
                self.used.add(id(seg))
                before = len(scenario.get("actions") or [])
                for sentence in sentences(text) or [text]:
                    self._step(scenario, sentence, ("p", seg.number))
                for step in (scenario.get("actions") or [])[before:]:
                    if who and "by" not in step:
                        step["by"] = Src(who, ("p", seg.number))
        for scenario in scenarios.values():
            self._owner(scenario)

    def _duties_only(self, sentence: str) -> bool:
        return acts.duties_only(sentence)

    def _section_acts(self, node: Node | None) -> bool:
        """A deadlines section that also says what is done without a deadline (受理登记及答复期限: 1、办公室负责受理登记；
        2、30个工作日内查明原因…): a procedure, each of its items a step."""
        if node is None:
            return False
        for seg in node.items:
            if not seg.is_table and any(self._steplike(p) and not _deadline_in(p) for p in sentences(seg.text)):
                return True
        return False

    def _read_in_part(self, seg: Segment, out: dict) -> bool:
        """Some step was read from the paragraph already."""
        return any(step["do"].at == ("p", seg.number) for sc in out.get("scenarios") or [] for step in sc.get("actions") or [])

    def _is_unmapped(self, seg: Segment) -> bool:
        """Kept as text and open to be read again (its acts as steps)."""
        if ("p", seg.number) in self.settled:
            return False
        where = self._where(seg)
        return any(u["at"].value == where for u in self.unmapped)


# 3.1. 如果情况不属实…3.2. 情况属实…: sub-items numbered under their row's number, wherever they stand in a cell
_SUBNUMBERED = re.compile(r"(?<![\d.])(?=(\d{1,2})\.(\d{1,2})(?![\d])\.?\s*[\u4e00-\u9fffA-Za-z])")


def _subnumbered(text: str) -> list[str]:
    """The acts of a cell that numbers them k.1, k.2, … (what stands before k.1 joined to it), or [] when it does
    not number two of them in order."""
    starts = [(m.start(), m.group(1), int(m.group(2))) for m in _SUBNUMBERED.finditer(text)]
    if len(starts) < 2 or any(k != starts[0][1] or n != i for i, (_, k, n) in enumerate(starts, 1)):
        return []
    bounds = [0] + [at for at, _, _ in starts[1:]] + [len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip()]
