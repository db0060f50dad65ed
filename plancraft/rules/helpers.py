"""Helpers the rules share (not a rule itself): one home for what several rules need.

- Schedules: a section that must recur (drills, review, training) is a mapping with `every:`; the
  rules that judge one differ only in their words and in whether a longest interval applies, so
  the walk is written once here (`check_schedule`, `interval_option`).
- Prose: every text people wrote (`prose`), and the placeholders left in it (`find_placeholders`,
  `compile_patterns`, `excerpt`), for PC510, PC511 and PC512.
- Required sections: `required_section` for a top-level section a plan must have.

A rule module imports from here, never from another rule's module.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import wraps
from typing import Callable, Iterable, Iterator, TypeVar

from plancraft.diagnostics import Finding
from plancraft.durations import Duration, parse_duration
from plancraft.i18n import _, listing
from plancraft.loader import YamlPath
from plancraft.model import Plan, get
from plancraft.rules import vocabulary
from plancraft.rules.presence import levels_rising


_T = TypeVar("_T")


def per_plan(work: Callable[[Plan], _T]) -> Callable[[Plan], _T]:
    """`work(plan)` worked out once per plan (kept in `plan.memo` under its name): several rules ask the
    same question of the same plan (which roles are vague, which texts name a role), and the answer is a
    frozenset or a mapping no caller changes."""
    key = work.__name__

    @wraps(work)
    def once(plan: Plan) -> _T:
        found = plan.memo.get(key)
        if found is None:
            found = work(plan)
            found = plan.memo[key] = frozenset(found) if isinstance(found, set) else found
        return found

    return once


def for_plan(plan: Plan, choices: dict, default=None):
    """The one of `choices` that fits the plan being judged: the entry for its jurisdiction (`CN`, `GB`,
    …), else for its language — `zh` for a Chinese plan (jurisdiction CN, or written in Chinese), `en`
    for any other — else `default`. A message that gives an example (a document number, a basis, level
    names) or a Chinese term (文号, 版本号) picks it here, so a GB plan in English is not shown
    `梁农银发〔2024〕12号`; the reader's language is the catalogue's business, not this one."""
    jurisdiction = plan.jurisdiction
    if jurisdiction in choices:
        return choices[jurisdiction]
    chinese = jurisdiction == "CN" or plan.language.lower().startswith("zh")
    return choices.get("zh" if chinese else "en", default)


def named(ident: object, name: str) -> str:
    """An item as messages name it, `id` (name), with the reader's brackets: `id`（name） in Chinese."""
    return _("`{ident}` ({name})").format(ident=ident, name=name)


def listed(items: Iterable[str]) -> str:
    """Items of a message joined as the reader writes a list: `a`, `b` in English, `a`、`b` in Chinese."""
    return listing(items)


def interval_option(options: dict, name: str, default: str) -> Duration:
    """The option `name` as a Duration, or the default when it is missing or not a duration."""
    return parse_duration(options.get(name, default)) or parse_duration(default)  # type: ignore[return-value]


def check_schedule(
    plan: Plan,
    section: str,
    *,
    missing: str,
    no_every: str,
    too_rare: str | None = None,
    longest: Duration | None = None,
) -> Iterator[Finding]:
    """Findings for `section`: absent (at `document`), without `every` (at the section), or, when
    `longest` is given, recurring less often than that (at `every`; `too_rare` may use {every})."""
    if not isinstance(get(plan.data, section), dict):
        yield plan.finding(("document",), missing, at_key=True)
        return
    every = get(plan.data, section, "every")
    if every is None:
        yield plan.finding((section,), no_every, at_key=True)
        return
    duration = parse_duration(every)
    if longest is not None and too_rare and duration is not None and duration.minutes > longest.minutes:
        yield plan.finding((section, "every"), too_rare.format(every=duration))


# ---------------------------------------------------------------- prose and placeholders

# The placeholder words live in rules/vocabulary.py.
PLACEHOLDER = vocabulary.PLACEHOLDER

# A character every placeholder of PLACEHOLDER contains (one of its alternatives begins or is made of it):
# a text with none of them, most of a plan, is not searched with the long pattern.
_PLACEHOLDER_SIGN = re.compile(r"[*×Ｘｘ○□_＿Xx【\[<待TF]")

# Values that are not prose: ids, references and digests are checked by their own rules.
# a sign-off's digest, public key and signature are base64 that may spell TBA or XX by chance
_NOT_TEXT_KEYS = {"id", "digest", "key", "signature"}


def compile_patterns(patterns: object) -> list[re.Pattern]:
    """The user's extra patterns; one that is not a valid regular expression is taken literally."""
    compiled = []
    for pattern in patterns if isinstance(patterns, (list, tuple)) else ():
        if not isinstance(pattern, str) or not pattern:
            continue
        try:
            compiled.append(re.compile(pattern))
        except re.error:
            compiled.append(re.compile(re.escape(pattern)))
    return compiled


def find_placeholders(text: str, extra: Iterable[re.Pattern] = ()) -> list[str]:
    """Each distinct placeholder in `text`, in order of appearance."""
    sign = _PLACEHOLDER_SIGN.search(text)
    if sign is None and not extra:
        return []  # most texts: no character a placeholder contains, no pattern of the user's
    spans = [(m.start(), m.group()) for m in PLACEHOLDER.finditer(text)] if sign else []
    for pattern in extra:
        spans += [(m.start(), m.group()) for m in pattern.finditer(text) if m.group()]
    found: list[str] = []
    for _start, placeholder in sorted(spans):
        if placeholder not in found:
            found.append(placeholder)
    return found


def prose(plan: Plan) -> Iterator[tuple[YamlPath, str]]:
    """Every text of the plan that people wrote: not ids, references, digests, keys, signatures or `x-` extensions."""
    found = plan.memo.get("prose")
    if found is None:  # worked out once per plan: PC510, PC511, PC512 … each read all of it
        found = plan.memo["prose"] = tuple(_prose(plan))
    return iter(found)


def _prose(plan: Plan) -> Iterator[tuple[YamlPath, str]]:
    references = {ref.path for ref in plan.references}
    if not plan.loaded.extended:  # no key begins with `x-` (the loader says): no text lies under an extension
        for item in plan.texts():
            path = item[0]
            if path and (path[-1] in _NOT_TEXT_KEYS or path in references):
                continue
            yield item
        return
    extension: dict[YamlPath, bool] = {}  # whether a path lies under an `x-` key, asked once per parent
    for path, text in plan.texts():
        if path in references or (path and path[-1] in _NOT_TEXT_KEYS):
            continue
        parent = path[:-1]
        under = extension.get(parent)
        if under is None:
            under = extension[parent] = any(isinstance(p, str) and p[:2] == "x-" for p in parent)
        if under or (path and isinstance(path[-1], str) and path[-1][:2] == "x-"):
            continue
        yield path, text


def excerpt(text: str, placeholder: str, width: int = 12) -> str:
    """A short stretch of `text` around the first `placeholder`, on one line."""
    start = text.find(placeholder)
    if start < 0:
        return ""
    left, right = max(0, start - width), min(len(text), start + len(placeholder) + width)
    piece = " ".join(text[left:right].split())
    return ("…" if left else "") + piece + ("…" if right < len(text) else "")


# ---------------------------------------------------------------- required sections


def required_section(plan: Plan, key: str, missing: str) -> Iterator[Finding]:
    """One finding (at `document` when the section is absent, at its key when it is empty) for a
    top-level section the plan must have; nothing when it has content."""
    value = get(plan.data, key)
    if value in (None, "", [], {}):
        yield plan.finding(plan.section_anchor(key), missing, at_key=True)


# ---------------------------------------------------------------- roles read by their words


@per_plan
def vague_roles(plan: Plan) -> set[str]:
    """Ids of roles whose title names nobody in particular (and whose holder does not either), or whose command is
    held by two posts joined by a slash (工程部经理/当值班): PC212 reports them, so PC105 and PC209 leave them alone (one fault, one finding)."""
    found = set()
    for _path, role in plan.items("organisation", "roles"):
        holder = role.get("holder")
        named_holder = isinstance(holder, str) and holder.strip() and not vocabulary.is_vague(holder)
        if isinstance(role.get("id"), str) and vocabulary.is_vague(role.get("title")) and not named_holder:
            found.add(role["id"])
        elif isinstance(role.get("id"), str) and vocabulary.is_split_command(role.get("title"), holder):
            found.add(role["id"])  # a command held by two posts (工程部经理/当值班): PC212 asks which one
    return found


@per_plan
def pool_roles(plan: Plan) -> set[str]:
    """Ids of roles that name whoever is free ("a council officer not involved at stage 1",
    "someone in the service"), many people or units each acting where the complaint falls (各科室专人,
    科室工作人员, 景区景点, "a named person in each ward"; in its title or its holder: 被投诉的营业部), or a post taken in turn or round the clock
    (院领导轮流负责接待, 24小时受理投诉, "staffed 24/7"): not one post, so nobody stands in for it."""
    found = set()
    for _path, role in plan.items("organisation", "roles"):
        if not isinstance(role.get("id"), str):
            continue
        title = role.get("title")
        duties = [d for d in role.get("duties") or () if isinstance(d, str)] if isinstance(role.get("duties"), list) else []
        if vocabulary.is_pool(title) or vocabulary.is_collective(title):
            found.add(role["id"])
        elif vocabulary.is_complained_about(role.get("holder")) or vocabulary.is_pool(role.get("holder")):
            found.add(role["id"])  # 营业部 held by 被投诉的营业部: whichever branch the complaint is about
        elif any(vocabulary.IN_TURN.search(text) for text in [title, *duties] if isinstance(text, str)):
            found.add(role["id"])  # taken in turn or round the clock: the shift stands in
    return found


@per_plan
def roles_without_duties(plan: Plan) -> set[str]:
    """Ids of roles with no `duties` (or an empty list). An idle role without duties is PC210's finding,
    so PC105 does not report it a second time."""
    return {
        role["id"]
        for _path, role in plan.items("organisation", "roles")
        if isinstance(role.get("id"), str) and not (isinstance(role.get("duties"), list) and role["duties"])
    }


def ordinary_complaint_level(plan: Plan) -> str | None:
    """The id of the lowest of two or more levels when its name says it is the ordinary complaint (一般投诉,
    "ordinary complaint"): handled and ended by the reply, it is not an emergency response, so nobody
    need be notified (PC204) and no end condition written (PC205)."""
    levels = [level for _path, level in levels_rising(plan)]
    if len(levels) < 2 or not isinstance(levels[0].get("id"), str):
        return None
    name = levels[0].get("name")
    return levels[0]["id"] if isinstance(name, str) and vocabulary.ORDINARY_COMPLAINT.search(name) else None


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"[。；;！!？?\n]|\.\s", text) if s.strip()]


@per_plan
def stand_ins_stated(plan: Plan) -> set[str]:
    """Ids of roles whose stand-in the plan already gives in words (PC209 does not ask for a `backup`):
    a role that is two posts, either of whom acts (分管领导或单位责任人, "the manager or their deputy"); a post
    held in turn on a duty rota (值班队长, "the duty manager"); a role one of whose steps, or duties, says
    who acts when it cannot (因故不能到达现场的…指派具体负责人, "if unavailable, delegates to…"); a role a
    sentence of the plan names together with its absence and who acts instead (组长因故不在时由副组长代行)."""
    found = set()
    roles = [(path, role) for path, role in plan.items("organisation", "roles") if isinstance(role.get("id"), str)]
    for _path, role in roles:
        # the title, or the post(s) holding it: 现场总指挥 held by 工程部经理/当值班 is two posts, one on a rota
        names = [role.get(key) for key in ("title", "holder") if isinstance(role.get(key), str)]
        if any(
            (vocabulary.EITHER_OR.search(name) and not vocabulary.ONE_PERSON_TWO_POSTS.search(name))
            or vocabulary.ROTA.search(name)
            or _absence_and_stand_in(name)
            for name in names
        ):
            found.add(role["id"])  # 行长(行长不在时由副行长担任) in the holder says it too
            continue
        duties = role.get("duties") if isinstance(role.get("duties"), list) else []
        if any(_absence_and_delegation(d) for d in duties if isinstance(d, str)):
            found.add(role["id"])
    for _path, scenario in plan.items("scenarios"):
        for step in scenario.get("actions") or ():
            if isinstance(step, dict) and isinstance(step.get("by"), str):
                words = " ".join(str(step.get(k)) for k in ("when", "do") if isinstance(step.get(k), str))
                if _absence_and_delegation(words):
                    found.add(step["by"])
    titles = {
        role["id"]: role["title"].strip() for _path, role in roles if isinstance(role.get("title"), str) and role["title"].strip()
    }
    for _path, text in prose(plan):
        if not _absence_and_stand_in(text):
            continue  # no sentence of a text that says neither can say both (the split only drops separators)
        for sentence in _sentences(text):
            if not _absence_and_stand_in(sentence):
                continue
            # the posts away are named where the absence is, not in who acts; "When absent, the manager delegates
            # to …" names them after it
            for part in dict.fromkeys((_absent_clause(sentence), sentence)):
                folded = part.lower()
                named = set()
                for ident, title in titles.items():
                    at = folded.find(title.lower()) if title.isascii() else part.find(title)
                    if at >= 0 and not vocabulary.DEPUTY_BEFORE.search(part[max(0, at - 8) : at]):
                        named.add(ident)
                if named:
                    found |= named
                    break
    return found


def _absence_and_delegation(text: str) -> bool:
    return bool(vocabulary.ABSENCE.search(text) and vocabulary.DELEGATION.search(text))


def _absence_and_stand_in(text: str) -> bool:
    """A sentence naming an absence and who acts then: a delegation, the stand-in's own 主持工作, or a post named
    after the absence ("In the absence of the Complaints Manager, the Customer Services Manager will …")."""
    away = vocabulary.ABSENCE.search(text)
    if away is None:
        return False
    if vocabulary.DELEGATION.search(text) or vocabulary.STANDS_IN.search(text):
        return True
    return vocabulary.POST_ACTS.search(text, away.end()) is not None


def _absent_clause(sentence: str) -> str:
    """The part of a sentence that says who is away: up to the end of the clause the absence is in ("组长因故不在时",
    "In the absence of the Complaints Manager"), or the whole sentence when no clause ends after it."""
    away = vocabulary.ABSENCE.search(sentence)
    if away is None:
        return sentence
    end = re.compile(r"[,，;；:：]").search(sentence, away.end())
    return sentence if end is None else sentence[: end.start()]


# ---------------------------------------------------------------- roles named in prose

# Fields that are a role's or group's name, not a statement about it.
_NAME_FIELDS = {"title", "holder", "name"}
_PLACE_PREFIX = re.compile(r"^[省市县区镇乡街村]")


def role_names(plan: Plan) -> dict[str, list[str]]:
    """What prose calls each role: its title (and each part of a title in brackets), and the title
    without the unit it belongs to when it begins with another role's title (责任单位分管领导 is called
    分管领导 in the steps of that unit), when what is left names a post, not a vague party."""
    memo = plan.memo.get("role_names")
    if memo is not None:
        return memo
    titles = {
        role["id"]: role["title"].strip()
        for _path, role in plan.items("organisation", "roles")
        if isinstance(role.get("id"), str) and isinstance(role.get("title"), str) and role["title"].strip()
    }
    found: dict[str, list[str]] = {}
    by_first: dict[str, list[tuple[str, str]]] = {}  # titles by their first character: prefixes looked up, not scanned
    for other, unit in titles.items():
        by_first.setdefault(unit[0], []).append((other, unit))
    for ident, title in titles.items():
        names = [title] + [p.strip() for p in re.split(r"[()（）]", title) if p.strip() and p.strip() != title]
        for other, unit in by_first.get(title[0], ()):
            rest = title[len(unit) :].strip() if other != ident and title.startswith(unit) else ""
            if len(rest) >= 2 and not vocabulary.is_vague(rest):
                names.append(rest)
        found[ident] = [n for n in dict.fromkeys(names) if len(n) >= 2 and not vocabulary.is_vague(n)]
    plan.memo["role_names"] = found
    return found


class Statements:
    """The plan's prose that says something about roles, groups and parties (not their names and titles
    themselves), joined into one string with where each text begins: a word or a name is found in all
    of them in one pass, and the text it is in looked up by its offset. Built once per plan
    (`statements`): PC105 and `roles_named_in_prose` both search it."""

    def __init__(self, texts: list[tuple[YamlPath, str]]):
        self.texts = texts
        self.paths = [path for path, _text in texts]
        self.whole = "\0".join(text for _path, text in texts)
        self.folded = self.whole.lower()  # English names are matched without regard to case (same length: ASCII only)
        self.starts, at = [], 0
        for _path, text in texts:
            self.starts.append(at)
            at += len(text) + 1

    def index_at(self, offset: int) -> int:
        """The index in `texts` of the text at `offset` of `whole`."""
        return bisect_right(self.starts, offset) - 1

    def containing(self, word: str) -> list[YamlPath]:
        """Paths of the texts that contain `word` (without regard to case), once per occurrence."""
        needle, found = word.lower(), []
        at = self.folded.find(needle)
        while at >= 0:
            found.append(self.paths[self.index_at(at)])
            at = self.folded.find(needle, at + 1)
        return found

    def matching(self, pattern: re.Pattern) -> list[YamlPath]:
        """Paths of the texts `pattern` matches in, once per match."""
        return [self.paths[self.index_at(match.start())] for match in pattern.finditer(self.whole)]


@per_plan
def statements(plan: Plan) -> Statements:
    """The plan's prose without the texts that are names and titles themselves, indexed once per plan."""
    return Statements([(path, text) for path, text in prose(plan) if not (path and path[-1] in _NAME_FIELDS)])


def roles_named_in_prose(plan: Plan) -> dict[str, list[tuple[YamlPath, str, str]]]:
    """Each role's mentions by name in the plan's prose (not in names and titles themselves), as
    (path of the text, up to 20 characters before the name, up to 80 after it). A longer name is read
    before a shorter one it contains, and a deputy's name (副组长) is not its principal's (组长).

    All texts are searched as one string, name by name (str.find), so that a plan with hundreds of roles
    and thousands of steps is read in linear passes rather than one regular expression per name and text."""
    memo = plan.memo.get("roles_named")
    if memo is not None:
        return memo
    indexed = statements(plan)
    texts, whole, folded = indexed.texts, indexed.whole, indexed.folded
    taken = bytearray(len(whole))
    names = sorted(((name, ident) for ident, each in role_names(plan).items() for name in each), key=lambda pair: -len(pair[0]))
    found: dict[str, list[tuple[YamlPath, str, str]]] = {}
    for name, ident in names:
        latin = name.isascii()
        haystack, needle = (folded, name.lower()) if latin else (whole, name)
        begin = haystack.find(needle)
        while begin >= 0:
            end = begin + len(needle)
            if taken.find(1, begin, end) < 0 and not (
                latin and ((begin and haystack[begin - 1].isalnum()) or (end < len(haystack) and haystack[end].isalnum()))
            ):
                index = indexed.index_at(begin)
                path, text = texts[index]
                lo, hi = begin - indexed.starts[index], end - indexed.starts[index]
                if not vocabulary.DEPUTY_BEFORE.search(text[max(0, lo - 8) : lo]):
                    taken[begin:end] = b"\1" * (end - begin)
                    found.setdefault(ident, []).append((path, text[max(0, lo - 20) : lo], text[hi : hi + 80]))
            begin = haystack.find(needle, begin + 1)
    plan.memo["roles_named"] = found
    return found


@per_plan
def roles_given_work_in_prose(plan: Plan) -> set[str]:
    """Ids of roles a text names as doing something (安排安保人员到场维护秩序, 由X负责核实, "ask the Duty
    Manager to attend", "the Complaints Team, who will investigate"): their work is written there. Being
    reported or escalated to is not work of its own, nor is what the role's own definition says."""
    own = {role["id"]: path for path, role in plan.items("organisation", "roles") if isinstance(role.get("id"), str)}
    found = set()
    for ident, mentions in roles_named_in_prose(plan).items():
        for path, before, after in mentions:
            if ident in own and path[: len(own[ident])] == own[ident]:
                continue
            if vocabulary.RECIPIENT_BEFORE.search(before) and not vocabulary.RELATIVE_CLAUSE.match(after):
                continue  # whom something goes to (向X反映, "passed to the manager"), not who acts
            if vocabulary.ACTS_AFTER_ZH.match(after) or vocabulary.ACTS_AFTER_EN.match(after):
                found.add(ident)
                break
    return found | _roles_listed_as_doers(plan)


def _bare_title(text: str) -> str:
    """A title as a list in a text writes it: without a leading article or a trailing note, lower-cased."""
    text = re.sub(r"[(（][^)）]*[)）]\s*$", "", text.strip())
    return re.sub(r"^(?:the|a|an|our)\s+", "", text.strip(" .。;；"), flags=re.IGNORECASE).lower()


def _roles_listed_as_doers(plan: Plan) -> set[str]:
    """Ids of roles a step lists after a colon as the ones who do what comes before it ("We check our
    complaint responses before they are sent: the head of the department, the complaints manager, …";
    审核把关:科室负责人、投诉管理员): the step says what they do. A list after a word of telling (报告:,
    通知:, "notify the following:") is whom it goes to, not who acts."""
    titles: dict[str, str] = {}
    for _path, role in plan.items("organisation", "roles"):
        if isinstance(role.get("id"), str) and isinstance(role.get("title"), str) and _bare_title(role["title"]):
            titles.setdefault(_bare_title(role["title"]), role["id"])
    found: set[str] = set()
    if not titles:
        return found
    for _path, scenario in plan.items("scenarios"):
        for step in scenario.get("actions") or ():
            text = step.get("do") if isinstance(step, dict) else None
            head, colon, tail = text.partition(":") if isinstance(text, str) else ("", "", "")
            if not colon and isinstance(text, str):
                head, colon, tail = text.partition("：")
            if not colon or not head.strip() or vocabulary.TELLING_HEAD.search(head):
                continue
            for item in vocabulary.LIST_SEPARATOR.split(tail):
                ident = titles.get(_bare_title(item)) if item.strip() else None
                if ident is not None:
                    found.add(ident)
    return found


@per_plan
def office_heads(plan: Plan) -> set[str]:
    """Ids of roles that run the office a group names (`organisation.groups[].office`): the head of the
    office (办公室主任, "office manager"), or a role whose title or holder names that office (党政办主任
    for 镇党政办). Such a role sits in the group through its office."""
    offices = [
        group["office"].strip()
        for _path, group in plan.items("organisation", "groups")
        if isinstance(group.get("office"), str) and group["office"].strip()
    ]
    if not offices:
        return set()
    words = set(offices) | {_PLACE_PREFIX.sub("", office) for office in offices if len(office) > 2}
    found = set()
    for _path, role in plan.items("organisation", "roles"):
        said = " ".join(role[k] for k in ("title", "holder") if isinstance(role.get(k), str))
        if isinstance(role.get("id"), str) and (vocabulary.OFFICE_HEAD.search(said) or any(w in said for w in words)):
            found.add(role["id"])
    return found
