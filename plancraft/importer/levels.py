"""Reading response levels (分级) the ways plans write them, with their numeric thresholds.

    severity("重大事件（Ⅱ级）") -> 3          severity("蓝色预警") -> 1
    overview("分为特别重大（Ⅰ级）、重大（Ⅱ级）、较大（Ⅲ级）和一般（Ⅳ级）四级") -> ["特别重大（Ⅰ级）", …]
    definition("重大消费投诉包括以下情形：…") -> ("重大消费投诉", "…")
    graded_mentions("一级用户报总经理，二级用户报副总经理") -> ["一级用户", "二级用户"]
    criteria_subject("对于重大或复杂的投诉案件，要…") -> "重大或复杂的投诉案件"
    thresholds("造成5万户以上10万户以下居民停水", "zh-CN") -> [("户数", 50000, "户")]

The forms are the general ones of Chinese and English plans — 一般/较大/重大/特别重大, Ⅰ–Ⅳ级,
一级…四级, 蓝/黄/橙/红色, "Level 1 / Tier 2 / Category 3" — not those of any one document.
Ranks run from 1 (least severe) to 4; the first level of a plan is its least severe.
"""

from __future__ import annotations

from plancraft.importer import recache as re

from .numbers import CN_NUMERAL, number
from .text import ITEM_NUMBER

# (word, rank), least severe first; the most severe word found in a text gives its rank.
SEVERITY = [
    ("一般", 1),
    ("轻度", 1),
    ("中度", 2),
    ("重度", 3),
    ("轻微", 0),
    ("稍微", 0),  # 稍微投诉 < 重要投诉 < 重大投诉: the least of one scale
    ("较大", 2),
    ("较重", 2),
    ("严重", 3),
    ("重大", 3),
    ("普通", 1),
    ("重要", 2),
    ("特别重要", 3),  # 一般 < 重要 < 特别重要: three classes of one scale
    ("特别复杂", 3),  # 简单 < 复杂 < 特别复杂
    ("简单", 0),  # 简单 < 普通 < 重要: three classes of one scale
    ("复杂", 2),
    ("疑难", 2),  # 一般 < 疑难 < 重大: three classes of one scale
    ("急件", 3),  # 一般件 < 急件 < 特急件: a hotline's cases by how urgent they are
    ("加急", 3),
    ("紧急", 4),
    ("特急", 4),
    ("特别严重", 4),
    ("特别重大", 4),
    ("特大", 4),
    ("蓝色", 1),
    ("黄色", 2),
    ("橙色", 3),
    ("红色", 4),
    ("minor", 1),
    ("simple", 1),
    ("straightforward", 1),
    ("green", 1),
    ("complex", 2),
    ("complicated", 2),
    ("amber", 2),
    ("red", 3),
    ("low", 1),
    ("moderate", 2),
    ("medium", 2),
    ("significant", 2),
    ("major", 3),
    ("serious", 3),
    ("high", 3),
    ("severe", 3),
    ("critical", 4),
    ("urgent", 4),  # Urgent | High | Medium | Low: an IT service desk's priorities, 紧急 in English
    ("catastrophic", 4),
]
# Chinese grades count down: 一级 / Ⅰ级 is the most severe (GB/T 29639, 突发事件应对法).
# A scale of five or six grades (一级…五级, Ⅰ–Ⅴ级) goes on below Ⅳ: 五级 0, 六级 -1 (ranks only order levels).
_GRADE = {
    "特": 5,  # 特级, above 一级
    "Ⅰ": 4,
    "I": 4,
    "一": 4,
    "1": 4,
    "Ⅱ": 3,
    "II": 3,
    "二": 3,
    "2": 3,
    "Ⅲ": 2,
    "III": 2,
    "三": 2,
    "3": 2,
    "Ⅳ": 1,
    "IV": 1,
    "四": 1,
    "4": 1,
    "Ⅴ": 0,
    "V": 0,
    "五": 0,
    "5": 0,
    "Ⅵ": -1,
    "VI": -1,
    "六": -1,
    "6": -1,
}
GRADES = r"(?:Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|Ⅵ|VI|IV|V|III|II|I|[特一二三四五六1-6])"
# 一级…四级; also 一类投诉…三类投诉, numbered classes of a case (not 同一类投诉, 每一类)
GRADE = re.compile(
    rf"(?<![\dA-Za-z同单每某这那此哪第])({GRADES})\s*(?:级|类(?=[\u4e00-\u9fff]{{0,4}}?(?:投诉|客诉|事件|事故|案件|纠纷|问题|舆情|故障|险情|警情|火警)))"
)
# A priority or severity code (P1, Sev 2, P-3): read as a grade alone, opening a grade's line and as its label
# (SAC 1, ISR 2: a health service's severity assessment code, an incident severity rating)
CODE_PREFIX = r"(?:p|sev|sac|isr)"
PRIORITY_CODE = rf"{CODE_PREFIX}\s?-?[0-5]"
_EN_GRADE = re.compile(
    r"\b(?:level|tier|category|grade|severity|priority|band)\s*(?P<n>[1-5]|one|two|three|four|five|[A-D](?![a-z])|"
    r"(?-i:I{1,3}|IV|V)(?![a-z]))\b|"  # Priority I - Emergency, Priority IV-Minor
    r"\bpriority\s*[6-9]\b|"  # a facilities desk's Priority 6 and 7 (two weeks, a month)
    rf"^[A-Za-z]+(?:\s[A-Za-z]+)?\s*[（(]{PRIORITY_CODE}[）)]$|"  # Normal (P3): a word and its code in brackets
    r"\b(?:1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth)\s+(?:level|tier)\b|"  # 2nd Level - Branch Manager
    # P1, Sev 2, P3 (Standard): a priority or severity code standing alone (a table's grade column), perhaps with its word
    # (or a Chinese grade of it: P1级故障, P2级)
    # (or its words after a dash: P3 – NORMAL, P5 – MAINTENANCE, P4 - Less or No Impact Issues)
    rf"^{PRIORITY_CODE}(?:\s*级[\u4e00-\u9fff]{{0,4}})?(?:\s*[（(][^（）()]{{1,24}}[）)]|\s+[-–—]\s*[A-Za-z][A-Za-z/&-]*(?:\s[A-Za-z/&-]+){{0,4}})?$",
    re.IGNORECASE,
)
# Words that name a priority by its urgency on repairs and help desk pages (Emergency, Urgent, Routine), no grade
# scale's words: read as grades only where a page lists them as its priorities (grades.py, extract.py)
URGENCY_WORDS = (
    r"emergency|immediate|urgent|non-urgent|routine|critical|high|medium|moderate|low|standard|normal|scheduled|"
    r"planned|essential|non-essential|general|prompt"
)
URGENCY = re.compile(rf"^(?:{URGENCY_WORDS})\b", re.IGNORECASE)  # a name that opens with one of them
# Words that grade a case (harder, larger) without a severity scale.
GRADED = re.compile(
    r"特别重大|重大|较大|严重|特大|紧急|群体性?|集体|复杂|疑难|重要|敏感|多个|越级|非一般|"
    r"一般(?=[^，,。；;的]{0,4}(?:投诉|事件|事故|案件|事项|情形|情况|纠纷|舆情|问题))|"
    r"\b(?:major|serious|severe|critical|complex|urgent|significant)\b",
    re.IGNORECASE,
)
# what a grade grades: complaints and cases, and a service's own failures (轻度晚点 / 重度晚点, a metro's delays)
EVENT = (
    r"(?:投诉|客诉|申诉|事件|事故|案件|事项|情形|情况|纠纷|舆情|问题|灾害|险情|故障|用户|客户|警情|问政|诉求|信访|举报|危机|召回|晚点|延误|"
    r"complaints?|incidents?|cases?|events?)"
)
# Classes that grade a case without a severity word: 一般性投诉 / 非一般性投诉, 无效投诉 / 有效投诉, and the tiers
# that handle it in turn (第一层/第一级 the front line … 第三层), ranked in that order.
_CLASSES = re.compile(
    rf"(?P<not>非一般性?)(?=[\u4e00-\u9fff]{{0,6}}?{EVENT})|(?P<valid>无效|有效)(?:的)?(?={EVENT})|"
    r"第(?P<tier>[一二三四五1-5])(?:层|层级|梯队|级)"
)


# Letter grades (A类事件, B级投诉): A is the gravest, as in the usual bank and utility gradings.
LETTER_GRADE = re.compile(
    r"(?<![A-Za-zＡ-Ｚａ-ｚ])([A-DＡ-Ｄ])\s*(?:级|类)(?!客户|用户|人员|网点|产品|账户|机构|单位|会员|商户|地区|城市)"
)
_LETTER = {"A": 4, "B": 3, "C": 2, "D": 1, "Ａ": 4, "Ｂ": 3, "Ｃ": 2, "Ｄ": 1}


def grade_rank(m: re.Match) -> int:
    """The rank of a grade GRADE or LETTER_GRADE found (一级 / Ⅱ类 / B级)."""
    return _GRADE.get(m.group(1), _LETTER.get(m.group(1), 1))


def severity(text: str) -> int | None:
    """1 (least severe) … 4 (most severe) when the text names a grade, else None."""
    text = re.sub(r"较为?严重", "较重", text)  # 较严重 sits between 一般 and 严重
    if re.fullmatch(r"[低中高](?:等级|级)", text):
        text = text[0] + "风险"  # 高等级 (of a grading into 高、中、低三个等级): a grade as 高风险 is
    if re.fullmatch(r"初级", text):
        text = "低风险"  # 初级 (of a grading into 初级、中级、高级三个等级): the lowest
    text = re.sub(
        r"(?<![\u4e00-\u9fff])([低中高])(?=风险|危)", lambda m: {"低": "轻度", "中": "中度", "高": "重度"}[m.group(1)], text
    )
    # 初级纠纷 / 中级纠纷 / 高级纠纷 (a grading into 初级、中级、高级三个等级): graded as 轻度 / 中度 / 重度 are
    text = re.sub(
        rf"(?<![\u4e00-\u9fff])([初中高])级(?=[\u4e00-\u9fff]{{0,4}}?{EVENT})",
        lambda m: {"初": "轻度", "中": "中度", "高": "重度"}[m.group(1)],
        text,
    )
    lowered = text.lower()
    best = None
    for word, rank in SEVERITY:
        if word in ("重要", "轻度", "中度", "重度", "稍微") and not re.search(rf"{word}(?:的)?(?:{EVENT}|风险)", text):
            continue  # 重要投诉, 中度投诉 grade; 重要提示, 集中度 do not
        found = re.search(rf"\b{word}\b", lowered) if word.isascii() else word in lowered  # low, not in "follow"
        if found and not (word in ("一般",) and re.search(r"一般(?:应|应当|在|于|情况下|来说|不)", text)):
            best = rank if best is None else max(best, rank)
    m = GRADE.search(text)
    if m:
        best = _GRADE[m.group(1)]
    elif (letter := LETTER_GRADE.search(text)) is not None:
        best = _LETTER[letter.group(1)]
    elif (kind := _CLASSES.search(text)) is not None:
        if kind.group("not"):
            best = 2  # 非一般性投诉: graver than 一般性投诉
        elif kind.group("valid"):
            best = 1 if kind.group("valid") == "有效" else 0
        else:
            best = int(number(kind.group("tier")) or 1)
    return best


_SAME_RANK = re.compile(r"严重|重大")


def grade_key(text: str) -> tuple:
    """What tells one grade from another: its rank, and 严重 from 重大, which share a rank but stand as two grades of
    one scale (一般、较重、严重、重大投诉)."""
    word = _SAME_RANK.search(re.sub(r"特别重大|特别严重|较为?严重", "", text))
    return (severity(text), word.group() if word else "")


# 具备下列情形之一的为Ⅰ级(特别重大)事件 / 重大群体性事件包括： a heading that leads into a level's cases: the level is
# what it names
_CASES_LEAD = re.compile(
    r"^(?:凡)?(?:具备|具有|符合|出现|发生|有)?(?:下列|以下|如下)(?:情形|情况|条件|事件|事项)之一(?:的|者)?[，,]?"
    r"(?:为|属于?|即为|定为|列为|是)\s*"
)
_CASES_TAIL = re.compile(r"(?:主要)?(?:包括|包含|是指|指)(?:以下|下列|如下)?(?:情形|情况|几种情况)?[：:]?$|[：:]$")


# 一般质量事故应在 2 个工作日内… (a line cut at its number and taken for a heading), 其他重大质量事故也应…: the modal
# that opens the act is no part of the level's name
_MODAL_END = re.compile(r"(?:也|均|都|则)?(?:应当|应该|(?<![响供相对适反])应|须|必须|需要|需|要|将)(?:在|于)?\s*$")


def level_title(title: str) -> str:
    """The level a heading or a clause names, without the words that lead into its cases or into its act."""
    name = _CASES_TAIL.sub("", _CASES_LEAD.sub("", title.strip())).strip()
    bare = _MODAL_END.sub("", name).strip()
    name = bare if len(bare) >= 2 and is_level_name(bare) else name
    return name if len(name) >= 2 else title.strip()


def is_level_name(text: str) -> bool:
    """A short phrase that names a grade: 重大投诉, Ⅱ级响应, 橙色预警, Level 2 (Major)."""
    text = text.strip()
    if (
        not text
        # words are longer than characters: Level 1 - Customer Service Representative names a grade
        or len(text) > (40 if re.search(r"[\u4e00-\u9fff]", text) else 60)
        or re.search(r"[，。；;]|, |,(?=[\u4e00-\u9fff])|分为|分成|划分|根据|按照|依据|divided into|classified", text)
    ):
        return False
    return severity(text) is not None or bool(_EN_GRADE.search(text))


_OVERVIEW = re.compile(
    r"(?:分为|划分为|划分成|划分(?=[“\"「]?[\u4e00-\u9fff]、)|分成|设为|设定为|设置为|确定为|依次为|包括|divided into|classified (?:as|into)|graded (?:as|into)|"
    r"(?:are|is) (?:graded|categorised|categorized|classified))",
    re.IGNORECASE,
)
_OVERVIEW_COUNT = re.compile(
    rf"(?P<n>[{CN_NUMERAL}\d])\s*(?:个)?(?:级|类|等|档|种|个等级|个级别)|"
    r"\b(?:two|three|four|five|[2-5])\s+(?:levels|categories|tiers|grades)\b",
    re.IGNORECASE,
)


# 按“特急、紧急、一般”分类报送: the grades a text sorts its cases by, in the order it names them
_BY_CLASSES = re.compile(
    r"按(?:照)?\s*[“\"「]?(?P<list>[^”\"」，,。；;]{3,40}?)[”\"」]?\s*(?:[两二三四五]\s*[类级个])?\s*(?:分类|分级|分档|归类)"
)


def overview(sentence: str) -> list[str] | None:
    """The names a sentence that announces the grading lists (分为A、B和C三级); None when it is no such sentence."""
    m = _OVERVIEW.search(sentence)
    by_classes = None if m else _BY_CLASSES.search(sentence)
    if by_classes:
        parts = [p.strip() for p in _split_outside_brackets(by_classes.group("list")) if p.strip()]
        return parts if len(parts) >= 2 and all(is_level_name(p) for p in parts) else None
    if not m:
        # 一般分为四级： / Ⅰ级(特别重大…)、Ⅱ级(重大…)、Ⅲ级(较大…)和Ⅳ级(一般…)。: the list standing alone after the
        # sentence that announced it
        bare = sentence.strip().rstrip("。.；;")
        if re.search(r"[，,：:]|或", bare):
            return None  # a clause that goes on, or says 或者: no list of names alone
        parts = [p.strip() for p in _split_outside_brackets(bare) if p.strip()]
        # each a numbered grade (Ⅳ级(一般), 三级预警): 较大、重大、特大质量事故处罚 is a heading on penalties
        named = len(parts) >= 3 and all(len(p) <= 20 and "级" in p and is_level_name(p) for p in parts)
        return parts if named else None
    counted = bool(_OVERVIEW_COUNT.search(sentence) or "级" in sentence[m.end() :])
    if not counted and not re.search(r"分为|划分为|分成|divided|classified|graded|categori[sz]ed", m.group(), re.I):
        return None
    rest = re.sub(r"^\s*(?:into|as)\b", "", sentence[m.end() :], flags=re.I)
    rest = re.sub(r"[“”\"「」]", "", rest)  # 划分“高、中、低”三个等级: the grades quoted
    single = re.match(r"^\s*(?P<g>[高中低](?:、[高中低]){1,2})\s*[两二三]\s*(?:个)?(?P<w>等级|级)", rest)
    if single:  # 高、中、低三个等级: each a grade as the text names it (高等级)
        return [g + single.group("w") for g in single.group("g").split("、")]
    ranked = re.match(r"^\s*(?P<g>[初中高]级(?:、[初中高]级){1,2})\s*[两二三]\s*(?:个)?(?:等级|级)", rest)
    if ranked:  # 初级、中级、高级三个等级: each a grade, named with what is graded (初级纠纷)
        return ranked.group("g").split("、")
    head, *after = re.split(r"[。；;]|[，,]\s*(?:依次|分别|其中)", rest)
    if after and re.fullmatch(rf"\s*[{CN_NUMERAL}\d]\s*(?:个)?(?:等级|级别|级|类|等|档|种)\s*", head):
        # 分为三个等级，分别为：特大突发事件级，重大突发事件级和一般突发事件级: the count first, the list after 分别为
        rest = re.sub(r"^\s*[为是]?\s*[:：]?", "", rest[len(head) :].lstrip("，, ").removeprefix("依次").removeprefix("分别"))
        rest = re.split(r"[。；;]", rest)[0]
    else:
        rest = head
        # 分为一般、较重、严重三个级别，确保…: the list ends with its count, whatever the sentence goes on to say
        counted_end = re.search(
            rf"(?<=[^、，,和及与或\s])\s*[{CN_NUMERAL}\d]\s*(?:个)?(?:等级|级别|级|类|等|档|种)\s*[，,]", rest
        )
        if counted_end:
            rest = rest[: counted_end.end() - 1]
    # the count before or after the list (分为四级：…, …和一般四级), not a grade of the list (分为一级、二级和三级)
    rest = re.sub(
        rf"^\s*[{CN_NUMERAL}\d]\s*(?:个)?(?:级|类|等|档|个等级|个级别)\s*(?:[:：，,]\s*(?:即|分别为|依次为)?|即|(?![、和及与或\u4e00-\u9fff]))",
        "",
        rest,
    )
    rest = re.sub(
        r"^\s*(?:two|three|four|five|six|[2-6])\s+(?:levels|categories|tiers|grades|stages)\s*[:：]?", "", rest, flags=re.I
    )
    rest = re.split(r"(?<=\S)\s*[：:]", rest)[0]  # 分为一般、较大、重大三级：一般投诉是指…: the list ends at the colon
    rest = re.sub(  # …和一般四级 / …、一般(Ⅳ级)四个响应等级: the count that closes the list
        rf"(?<![、，,和及与或])(?:等)?\s*[{CN_NUMERAL}\d]\s*(?:个)?(?:响应|预警|应急|事件|事故)?(?:等级|级别|级|类|等|档|种)\s*$",
        "",
        rest.strip(),
    )
    rest = rest.strip(" ：:")
    parts = [p.strip(" ：:，,") for p in _split_outside_brackets(rest)]
    parts = [p for p in parts if p]
    count = _OVERVIEW_COUNT.search(sentence)
    wanted = int(number(count.group("n")) or 0) if count and count.group("n") else 0
    if wanted and len(parts) > wanted:
        # 分为普通投诉和特殊或紧急投诉两种: the count says 或 joins two words of one name here
        whole = [p.strip(" ：:，,") for p in _split_outside_brackets(rest, either=False) if p.strip(" ：:，,")]
        if len(whole) == wanted:
            parts = whole
    names = [p for p in parts if is_level_name(p) and len(p) <= 24]
    if not counted and len(names) < len(parts):
        return None  # no count and no 级: every part must name a grade
    return names if len(names) >= 2 and len(names) >= len(parts) - 1 else None


_BARE_GRADE = re.compile(
    rf"^(?:{GRADES}\s*[级类]|(?:红|橙|黄|蓝)色?|[A-DＡ-Ｄ]\s*级|[A-DＡ-Ｄ]\s*类|[初中高]级|"
    r"特别重大|重大|较大|一般性?|非一般性?|严重|轻微|紧急|简单|普通|复杂|重要)$"
)
_SUBJECT = re.compile(rf"(?P<s>[\u4e00-\u9fff]{{0,8}}?{EVENT})$")


def announced(sentence: str) -> list[str] | None:
    """The levels a sentence announces, named in full: `重大事件按其严重性分为一级、二级、三级` -> 一级重大事件, …
    (a bare grade takes the subject the sentence grades); `分为一般投诉、重大投诉和紧急投诉三类` -> the names."""
    names = overview(sentence)
    if not names:
        return None
    m = _OVERVIEW.search(sentence)
    before = re.split(r"[，,；;。：:]", sentence[: m.start()])[-1] if m else ""
    before = re.sub(r"(?:按|按照|根据|依据|依照|视|by|according to).*$", "", before)
    before = re.split(r"将|把|对|本预案|本办法|本制度", before)[-1].strip()
    subject = _SUBJECT.search(before)
    if subject and all(_BARE_GRADE.match(n) for n in names):
        return [n + subject.group("s") for n in names]
    english = re.search(r"\b(?P<s>complaints|incidents|cases|events|issues|concerns)(?:\s+(?:are|is|will be))?\s*$", before, re.I)
    if english and all(re.fullmatch(r"[A-Za-z]+", n) for n in names):
        return [f"{n[:1].upper()}{n[1:].lower()} {english.group('s').lower()}" for n in names]  # minor -> Minor complaints
    return names


_LIST_SEPARATOR = re.compile(r"[、，,]|和|及|与|或|\s(?:and|or)\s")
_LIST_SEPARATOR_NOT_OR = re.compile(r"[、，,]|和|及|与|\sand\s")


def _split_outside_brackets(text: str, *, either: bool = True) -> list[str]:
    """Split a list at 、，和及与或 / and / or, but not inside brackets: 特别重大（Ⅰ级）、重大（Ⅱ级）和较大（Ⅲ级).
    `either=False`: not at 或 / or, which may join two words of one name (特殊或紧急投诉)."""
    parts, depth, current = [], 0, ""
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        if depth == 0:
            word = (_LIST_SEPARATOR if either else _LIST_SEPARATOR_NOT_OR).match(text, i)
            if word:
                parts.append(current)
                current = ""
                i += len(word.group())
                continue
        current += ch
        i += 1
    parts.append(current)
    return parts


_DEFINITION = re.compile(
    rf"^(?:本预案所称|本办法所称|所称|其中[，,]?)?(?!成立|设立|组建)"
    rf"(?P<name>[^，,。；;：:]{{2,24}}?(?:{EVENT}|(?<=级)(?:响应|预警|事件|别))[^，,。；;：:]{{0,4}}?)"
    r"(?:[，,]\s*(?=是指|系指|包括))?"  # 本预案所称重大投诉，是指…
    r"(?:主要)?(?:包括以下情形|包括下列情形|包括以下情况|包括下列情况|包括|是指|系指|指(?![挥导定派示引南出令标])|为|"
    r"(?<=响应|预警)(?:适用于|针对|用于)|"
    r"\s(?:means|is|are)\b)"
    r"\s*[:：]?\s*(?P<crit>.*)$",
    re.IGNORECASE,
)


# The criteria first, the grade last: 涉及患者死亡、3人以上集体投诉的投诉为重大投诉 / … are classed as major complaints.
_DEFINITION_AFTER = re.compile(
    rf"^(?P<crit>[^。；;]{{2,120}}?(?:的|之)?(?:{EVENT})?)[，,]?\s*(?:为|属于|属|定为|认定为|列为|视为|"
    r"are (?:classed|classified|treated|graded) as (?:an? )?)"
    rf"(?P<name>(?:(?:特别重大|特大|重大|较大|非一般性?|一般|严重|轻微|有效|无效|major|serious|minor|critical|{GRADES}\s*级|"
    rf"[A-DＡ-Ｄ]\s*[级类]|[红橙黄蓝]色)[^，,。；;：:和及与或、]{{0,8}}?{EVENT}|"
    r"[红橙黄蓝]色(?:预警|警报|响应))"  # 危害较小的突发事件定为黄色预警
    rf"(?:[（(]{GRADES}\s*级[）)])?)"  # …的，为重大投诉(Ⅰ级): the grade's number after its name, part of it
    r"(?=[，,。；;：:]|$)",
    re.IGNORECASE,
)


def definition(sentence: str) -> tuple[str, str] | None:
    """`重大消费投诉包括以下情形：…` or `…的投诉为重大投诉` -> (name, criteria) when the name carries a grade."""
    # the grade last first: in 除重大投诉以外的其他投诉为一般投诉 the grade is 一般投诉, not what comes before 为
    m = _DEFINITION_AFTER.match(sentence.strip())
    if m and is_level_name(m.group("name")) and not (is_level_name(m.group("crit")) and len(m.group("crit")) <= 8):
        return m.group("name").strip(), m.group("crit").strip()
    m = _DEFINITION.match(sentence.strip())
    if m and is_level_name(m.group("name")):
        return m.group("name").strip(), m.group("crit").strip()
    m = _DEFINITION_AFTER.match(sentence.strip())
    if m and is_level_name(m.group("name")):
        return m.group("name").strip(), m.group("crit").strip()
    if _OVERVIEW.search(sentence) and re.search(r"[：:]\s*\S", sentence):
        # 将投诉分为三级：一级投诉是指…: the first grade defined right after the announcement
        return definition(re.split(r"[：:]", sentence, maxsplit=1)[1])
    return None


# 黄色预警提示医疗纠纷较轻: what a colour's warning signals (提示, 表示, 代表) is its grade's criteria, as 是指 would say
_SIGNALS = r"(?<=预警)(?:提示|表示|代表)"
# Grades defined one after another in one paragraph: 一级响应适用于…；二级响应针对…；三级响应适用于…, or
# 一般投诉是指…，较大投诉是指…，重大投诉是指… — each name opening a clause, a verb of definition after it.
_RUN_ITEM = re.compile(
    rf"(?:^|(?<=[，,；;。：:(（]))\s*(?:其中|另外)?[，,]?\s*"
    rf"(?P<name>(?:{GRADES}\s*级|特别重大|重大|较大|非一般性?|一般|严重|轻微|紧急|简单|普通|重要|有效|无效|第[一二三四五]层|"
    rf"[A-DＡ-Ｄ]\s*[级类]|[红橙黄蓝]色)"
    rf"[^，,。；;：:\d]{{0,10}}?)\s*(?:[：:]\s*|(?=是指|系指|指(?![挥导定派示引南出令标])|为|适用于|针对|用于|包括|主要包括|属于|"
    rf"{_SIGNALS}))"
    rf"(?:是指|系指|指(?![挥导定派示引南出令标])|为(?![准主止])|适用于|针对|用于|包括|主要包括|属于|{_SIGNALS})?"
)


# English: "Category A complaints are those…. Category B complaints require…", "Level 2 means…"
_EN_RUN_ITEM = re.compile(
    r"(?:^|(?<=[.;:])\s+)(?P<name>(?:Level|Tier|Category|Grade|Priority|Band|Severity)\s*(?:[1-5]|[A-D](?![a-z])|one|two|three|four|five)\b)"
    r"(?:\s+(?:complaints?|incidents?|cases?|issues?|concerns?))?\s*(?:[:–—-]\s*|\s(?:are|is|means|refers? to)\b\s*|"
    r"\s(?=(?:covers?|includes?|involves?|requires?|needs?|relates? to|applies to)\b))"  # the verb stays in the criteria
)


def defined_run(text: str) -> list[tuple[str, str]]:
    """(name, criteria) of each grade a paragraph defines in turn (一级响应适用于…；二级响应针对…), when it defines two or
    more different grades that way; else []."""
    found = [m for m in _RUN_ITEM.finditer(text) if is_level_name(m.group("name")) and severity(m.group("name")) is not None]
    if len(found) < 2 and not re.search(r"[\u4e00-\u9fff]", text):
        found = list(_EN_RUN_ITEM.finditer(text))
        names = [re.sub(r"\s+", " ", m.group("name")).lower() for m in found]
        if len(set(names)) < len(names):
            return []
        out_en = []
        for index, m in enumerate(found):
            end = found[index + 1].start() if index + 1 < len(found) else len(text)
            crit = text[m.end() : end].strip(" \t;:")
            if crit:
                out_en.append((m.group("name"), crit))
        return out_en if len(out_en) >= 2 else []
    out: list[tuple[str, str]] = []
    for index, m in enumerate(found):
        end = found[index + 1].start() if index + 1 < len(found) else len(text)
        crit = text[m.end() : end].strip(" \t，,；;。：:")
        if crit:
            out.append((m.group("name").strip(), crit))
    ranks = [severity(name) for name, _ in out]
    return out if len(out) >= 2 and len(set(ranks)) == len(ranks) else []


_GRADED_MENTION = re.compile(
    rf"(?<![\dA-Za-z]){GRADES}\s*级(?:响应|{EVENT}|预警|风险|单位|网点|机构)|"
    r"(?:红色|橙色|黄色|蓝色)(?:预警|响应|等级|级别)"
)


def graded_mentions(sentence: str) -> list[str]:
    """Two or more different grades named in one sentence (一级用户报总经理，二级用户报副总经理)."""
    found: list[str] = []
    for m in _GRADED_MENTION.finditer(sentence):
        name = m.group().replace(" ", "")
        if name not in found:
            found.append(name)
    ranks = {severity(n) for n in found}
    return found if len(found) >= 2 and len(ranks) == len(found) else []


# Clauses set side by side, each opening with a different grade of one kind of case (一般投诉由网点负责人当场处理；重大投诉
# 由支行行长牵头处理): the grades, each with what its clause says.
# The case may be opened as a case met (属于/属/如属X投诉的，遇Y投诉时，发生Z事件的), its subject said first (投诉属于一般
# 投诉的), and the grade may head a list of cases (重大火灾、爆炸等事件：…).
# 一般件在5个工作日内…；急件3个工作日内…；特急件当日…: a hotline's cases by how urgent they are
_URGENCY_CASE = r"(?:一般|加急|特急|紧急|急)件"
_GRADE_CLAUSE = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,6}?(?:属于|属|系)|[\u4e00-\u9fff]{0,8}?(?:接到|收到|受理|遇到|遇有|处理|发生|出现)|对于?|凡(?:属)?|如属|若属|如遇|若遇|遇到?|遇有|发生|出现|如发生|针对|经认定为|认定为)?"
    rf"\s*(?P<name>(?:特别重大|特大|重大|较大|较重|较为严重|较严重|非一般性?|一般性?|严重|轻微|轻度|中度|重度|紧急|简单|普通|特别重要|重要|"
    rf"复杂|疑难|{GRADES}\s*级|[A-DＡ-Ｄ]\s*[级类])[^，,。；;：:由的]{{0,16}}?{EVENT}|"
    rf"{_URGENCY_CASE})(?:的|时|者)?[，,：:]?\s*(?P<rest>\S.*)$"
)


# A case named with its grade anywhere in a sentence (对轻微投诉, 属于一般性投诉, 遇较重投诉): the grade and the kind of case.
GRADED_CASE = re.compile(
    # 重要 grades a complaint (销管部负责处理客户的重要投诉), or after another grade (一般、重要事件); 重要问题 is no grade
    r"(?:特别重大|特别严重|特大|重大|较大|较重|较为严重|较严重|严重|较为轻微|轻微|一般性?|(?<=、)重要|重要(?=投诉|客诉))(?:的)?"
    # 较为轻微的工程质量问题, 一般工程质量问题: what the case is about may stand between its grade and its kind
    r"(?:客户|消费者|用户|服务|金融消费|(?:工程|产品|服务|设备|房屋)?质量|安全)?(?P<event>投诉|客诉|事件|事故|案件|纠纷|舆情|问题)"
)


# Grades listed before the one kind of case they grade (一般、较大、重大事件; 一般、重要、重大事件和特大事故): the kind is
# said once, after the last grade.
_GRADE_WORD = r"(?:特别重大|特大|重大|较大|重要|严重|较重|轻微|一般性?)"
_GRADE_LIST = re.compile(
    rf"(?P<list>{_GRADE_WORD}(?:[、]\s*{_GRADE_WORD})*(?:[、]|和|及|或者?|与)\s*)(?P<last>{_GRADE_WORD})"
    r"(?P<event>投诉|客诉|事件|事故|案件|纠纷|舆情)"
)


def grades_spelt_out(sentence: str) -> str:
    """The sentence with a list of grades sharing one kind of case spelt out (一般、较大、重大事件 -> 一般事件、较大事件、
    重大事件), so that each grade is read with its case."""

    def spell(m: re.Match) -> str:
        grades = re.findall(_GRADE_WORD, m.group("list")) + [m.group("last")]
        return "、".join(grade + m.group("event") for grade in grades)

    return _GRADE_LIST.sub(spell, sentence)


def graded_opening(text: str) -> tuple[str, str] | None:
    """(name, rest) when a text opens with a grade of a case and goes on (轻微投诉，客户轻微不满…), else None."""
    m = _GRADE_CLAUSE.match(text)
    if m is None or severity(m.group("name")) is None:
        return None
    name, rest = m.group("name"), m.group("rest")
    code = re.match(r"^([（(][A-Za-z]?[\dⅠⅡⅢⅣⅤ][)）])\s*[，,：:]?\s*", rest)
    if code:  # 重大故障(S1),故障处理时限≤4小时: the grade's code is part of its name
        name, rest = name + code.group(1), rest[code.end() :]
    return name, re.sub(r"^(?:是指|系指|指|包括)\s*", "", rest)


# Clauses end at ；。, and at a comma before the next case met (…当场处理，属于一般投诉的，由站长…).
_CASE_CLAUSE_END = re.compile(
    r"[；;。]|[，,](?=(?:属于|属|如属|若属|如遇|若遇|遇到?|遇有|对于?|发生|出现)[^，,。；;]{1,24}?(?:的|时)[，,])|"
    # 一般投诉不超过1小时，重要投诉不超过4小时，…: a comma before the next graded case and its own deadline
    rf"[，,](?=(?:(?:特别重大|重大|较大|一般|紧急|特别重要|重要|普通|严重|轻微|特别复杂|复杂|简单|{GRADES}\s*级)[^，,。；;]{{0,8}}?{EVENT}|"
    rf"{_URGENCY_CASE})[^，,。；;]{{0,12}}?"
    r"(?:不超过|不得超过|[0-9一二三四五六七八九十两半]+个?(?:小时|分钟|日|天|工作日)))"
)


# A complaint graded by its nature (对客户的抱怨，其情节重大者，…；其属一般性质者，…): only where the paragraph is about
# complaints and sanctions none (情节严重的，给予记过处分 grades a fault, not a case)
_NATURE_CLAUSE = re.compile(
    r"^(?:对[^，,；;]{0,20}[，,]\s*)?其?(?:属于?)?(?P<name>(?:情节(?:特别)?(?:重大|严重|较重|较轻|轻微)|(?:一般|轻微|严重)性质)"
    rf"(?:的[^，,。；;]{{0,6}}?{EVENT})?)(?:者|的)?[，,]\s*(?P<rest>\S.*)$"
)
_ABOUT_COMPLAINTS = re.compile(r"投诉|抱怨|申诉|客诉|意见")
_SANCTION = re.compile(r"处分|处罚|罚款|追究|问责|警告|记过|开除|辞退|扣发|通报批评")


def graded_clauses(text: str) -> list[tuple[str, str]]:
    """(name, rest) of each clause of a paragraph that opens with a grade of a case (一般投诉由…；重大投诉由…; 一是一般投诉，
    指…；二是重大投诉，指…), when two or more clauses so open with different grades; else []."""
    found: list[tuple[str, str]] = []
    by_nature = bool(_ABOUT_COMPLAINTS.search(text))
    for clause in re.split(_CASE_CLAUSE_END, text):
        clause = re.sub(rf"^(?:{ITEM_NUMBER}|[一二三四五]是|其[一二三四五][，,、]?)\s*", "", clause.strip())
        m = _GRADE_CLAUSE.match(clause) or (_NATURE_CLAUSE.match(clause) if by_nature and not _SANCTION.search(clause) else None)
        if m is None and re.search(r"[：:]\s*\S", clause):  # 分为三级：一级投诉是指…: the clause after the lead-in
            m = _GRADE_CLAUSE.match(re.split(r"[：:]", clause, maxsplit=1)[1].strip())
        if m and severity(m.group("name")) is not None:
            found += [(name, m.group("rest")) for name in _paired_grades(m.group("name"))]
    ranks = [grade_key(name) for name, _ in found]
    return found if len(found) >= 2 and len(set(ranks)) == len(ranks) else []


# An item's number before its text (1、 一、 （二） A. ①), not the first word of a list (一般、较大级别…)

_PAIRED = re.compile(r"^(?P<a>特别重大|重大|较大|一般)(?:、|和|及|与|或)(?P<b>特别重大|重大|较大|一般)(?P<rest>\S*)$")


def _paired_grades(name: str) -> list[str]:
    """`一般、较大级别突发事件` (two grades one clause treats alike) -> 一般级别突发事件, 较大级别突发事件."""
    m = _PAIRED.match(name)
    return [m.group("a") + m.group("rest"), m.group("b") + m.group("rest")] if m else [name]


# some, every: the words before the case a clause opens with (对于一些重大或复杂的投诉案件)
_QUANTIFIER = re.compile(r"^(?:(?:一些|部分|某些|个别|各类|各种|所有)\s*|(?:the|a|an)\s+)", re.IGNORECASE)
_COMPLEXITY_CASE = re.compile(
    r"^(?:对于?|凡)?\s*(?P<case>[^，,；;。]{0,24}?(?:特别复杂|复杂|疑难|简单|简易|一般|事实清楚|(?:一|单)个(?:部门|单位)|个别)"
    r"[^，,；;。\d]{0,16}?)"
    r"(?=[，,]|(?:应|可|须|要|需|必须|在|于|自|延长|延期|[0-9一二三四五六七八九十两]+个?(?:工作日|日|天|月|周|星期|小时)))"
)
_COMPLEXITY_RANK = (
    ("特别复杂", 3),
    ("复杂", 2),
    ("疑难", 2),
    ("简单", 1),
    ("简易", 1),
    ("一般", 1),
    ("事实清楚", 1),
    ("个部门", 1),  # 涉及一个部门或个别工作人员的投诉 (against 较为复杂或涉及两个以上部门的)
    ("个单位", 1),
    ("个别", 1),
)
_PERIOD_OR_AT_ONCE = re.compile(r"日|天|周|小时|延长|延期|当场|当即|即时")
# a case's own label before its description (简易投诉：对于事实清楚…的): the name the plan gives it
_COMPLEXITY_LABEL = re.compile(r"^(?P<label>[^，,；;。:：]{2,8}?(?:投诉|问题|事项|案件))\s*[:：]")


# Simple complaints may be resolved by phone… / More serious complaints must be answered in writing…: an English case
# opening its sentence, simple or graver
_EN_COMPLEXITY_CASE = re.compile(
    r"^(?:(?:all|any)\s+)?(?P<case>(?P<simple>simple|straightforward|minor|less\s+serious|routine)|"
    r"(?:(?:more|very|particularly)\s+)?(?:serious|complex|complicated)|major)\s+(?:complaints?|cases?|matters?|issues?)\b",
    re.IGNORECASE,
)


def complexity_tiers(text: str) -> list[tuple[str, str]]:
    """(case, clause) for each clause in turn that gives a simple (一般, 简易) case and a complex one, and perhaps an
    especially complex one, its own handling (一般投诉15日内告知；情况复杂的延长至30日；情况特别复杂的，…可以再延长30日 /
    一般问题，能够当场核查处理的，双方当场协调处理；投诉涉及的情况较复杂的，应于7个工作日内反馈): the tiers of the handling
    a plan sets, which transcriptions keep as levels. A period and its extension (20日内…；情况复杂的，可以延长) names no
    simple case: no grading. Any other clause between them (a promise, a lead-in) breaks no run."""
    found: list[tuple[str, str]] = []
    ranks: list[int] = []
    english = [
        (m, clause) for clause in re.split(r"[；;]|(?<=[.!?])\s+", text) if (m := _EN_COMPLEXITY_CASE.match(clause.strip()))
    ]
    if [bool(m.group("simple")) for m, _ in english] == [True, False]:
        # the simple case and the graver one, each opening its own sentence, are the plan's tiers whether or not by when
        return [(m.group("case")[0].upper() + m.group("case")[1:], clause.strip()) for m, clause in english]
    for clause in re.split(r"[；;。]", text):
        clause = re.sub(rf"^\s*{ITEM_NUMBER}\s*", "", clause.strip())
        label = _COMPLEXITY_LABEL.match(clause)
        clause = re.split(r"[:：]", clause)[-1].strip()  # …并予以告知：一般投诉15日内告知: after the lead-in
        m = _COMPLEXITY_CASE.match(clause)
        if not m:
            continue
        case = m.group("case").strip()
        # the case's grade, before the words around it are cut (个别老人…: 个别 both grades it and is a quantifier)
        rank = next(r for word, r in _COMPLEXITY_RANK if word in case)
        # 处理结果对事实清楚、争议情况简单的: the case after the lead-in that comes to it
        case = _QUANTIFIER.sub("", re.sub(r"^[^，,；;。]{1,8}?(?:对于|对)(?=[^，,；;。]{3})", "", case))
        case = re.sub(r"^(?:受理|收到|接到|接收|登记|处理)的(?=[^，,；;。]{3})", "", case)  # 受理的一般投诉: the case itself
        if case.endswith("一般") and not label:
            continue  # 来信一般应在五个工作日…: 一般 as "as a rule", no case
        if label and any(word in label.group("label") for word, _ in _COMPLEXITY_RANK):
            case = label.group("label")
        found.append((case, clause))
        ranks.append(rank)
    # each case handled its own way, at least one by when (对情况复杂的，具体由工作人员与投诉人协商约定: no period of its own)
    if ranks in ([1, 2], [1, 2, 3]) and any(_PERIOD_OR_AT_ONCE.search(clause) for _, clause in found):
        return found
    return []


_CRITERIA_SENTENCE = re.compile(
    rf"^(?:对于?|针对|凡(?:是|属)?|如遇|遇有|遇到|一旦发生|发生|出现|如发生|若发生|属于|for|where|in the case of)\s*"
    rf"(?P<x>[^，,。；;]{{2,40}}?{EVENT}[^，,。；;]{{0,8}}?)(?:的|时|后)?[，,]",
    re.IGNORECASE,
)


def criteria_subject(sentence: str) -> str | None:
    """`对于重大或复杂的投诉案件，要…` -> the graded case it opens with, or None."""
    m = _CRITERIA_SENTENCE.match(sentence.strip())
    if not m:
        return None
    x = _QUANTIFIER.sub("", m.group("x").strip())
    x = re.sub(r"(?:的|时)$", "", x)
    if not GRADED.search(x) or len(x) < 3:
        return None
    return x


def rank(text: str) -> int:
    """The severity used to order levels: the stated grade, else 3 for a graded case (重大/复杂/群体…)."""
    found = severity(text)
    if found is not None:
        return found
    return 3 if GRADED.search(text) else 1


# ---------------------------------------------------------------- thresholds

_MEASURES = {
    "人": ("people", "人数", "人"),
    "名": ("people", "人数", "人"),
    "人次": ("people", "人数", "人"),
    "people": ("people", "people", "people"),
    "persons": ("people", "people", "people"),
    "customers": ("people", "customers", "customers"),
    "residents": ("people", "residents", "residents"),
    "户": ("households", "户数", "户"),
    "家": ("organisations", "家数", "家"),
    "households": ("households", "households", "households"),
    "homes": ("households", "households", "households"),
    "件": ("complaints", "投诉件数", "件"),
    "起": ("cases", "起数", "起"),
    "笔": ("transactions", "笔数", "笔"),
    "complaints": ("complaints", "complaints", "complaints"),
    "cases": ("cases", "cases", "cases"),
    "次": ("times", "次数", "次"),
    "小时": ("hours", "持续时间", "小时"),
    "元": ("amount", "涉及金额", "CNY"),
    "圆": ("amount", "涉及金额", "CNY"),
    "万元": ("amount", "涉及金额", "CNY"),
    "亿元": ("amount", "涉及金额", "CNY"),
}
_AT_LEAST = r"以上|及以上|或以上|以上的|或者以上|(?:or|and) (?:more|above|over)"
_BELOW = r"以下|以内|不足|不到|少于|below|less than|under|fewer than|up to"
_THRESHOLD_CN = re.compile(
    rf"(?P<n>(?<![\d.,])\d{{1,3}}(?:,\d{{3}})+|(?<![\d.,])\d{{1,13}}(?:\.\d{{1,4}})?|(?<![{CN_NUMERAL}])[{CN_NUMERAL}]{{1,8}})"
    r"\s*(?P<mult>万|亿|千|百)?(?P<u>元|圆|人次|人|户|家|名|件|起|笔|小时|次(?!数|日|月|年|要|序|生))"
    r"(?!民|员|士|口|称|单|义|事|见|诉|来|草|算|步|点|因|内|之内|以内)(?:次)?\s*"
    r"(?:[（(]\s*含\s*[）)]\s*)?(?P<q>以上|及以上|或以上|以下|以内|不足)?(?:\s*[（(]\s*含\s*(?:本数)?\s*[）)])?"
)
_THRESHOLD_EN = re.compile(
    r"(?P<pre>more than|over|above|at least|exceeding|in excess of|greater than|fewer than|less than|under|below|up to)?\s*"
    r"(?P<c>£|\$|€|¥|GBP|USD|EUR|CNY|RMB)?\s*(?P<n>\d{1,3}(?:,\d{3})+|\d{1,13})(?:\.\d{1,4})?\s*(?P<mult>k|m|million|thousand)?\s*"
    r"(?P<q0>(?:or more|and above|or over)\s+)?"  # 10 or more customers
    r"(?P<u>people|persons|customers|residents|households|homes|complaints|cases|pounds|dollars|yuan)?"
    r"(?P<q>\s*(?:or more|and above|or over))?",
    re.IGNORECASE,
)
_CURRENCY = {
    "£": "GBP",
    "gbp": "GBP",
    "pounds": "GBP",
    "$": "USD",
    "usd": "USD",
    "dollars": "USD",
    "€": "EUR",
    "eur": "EUR",
    "¥": "CNY",
    "cny": "CNY",
    "rmb": "CNY",
    "yuan": "CNY",
}


_HARM = re.compile(r"^[^，,。；;]{0,4}?(死亡|重伤|受伤|伤亡|中毒|被困|失踪|滞留|聚集|上访)")
_LOSS = re.compile(r"(直接经济损失|经济损失|财产损失|损失|涉及金额|赔偿金额|赔付金额|金额)(?:达到|超过|达|在)?\s*$")
_CUT_OFF = re.compile(r"(停水|停电|停气|停热|停运|断网)")


def _measure_named(text: str, m: re.Match, generic: str) -> str:
    """The measure as the sentence names it, where it says what is counted: 3人以上死亡 -> 死亡人数, 直接经济损失1000万元以上
    -> 直接经济损失, 5000户以上用户停气 -> 停气户数; else the generic one (人数, 涉及金额, 户数), so that one measure
    means one thing from level to level."""
    unit = m.group("u")
    if unit in ("人", "名", "人次"):
        harm = _HARM.match(text[m.end() :])
        return f"{harm.group(1)}人数" if harm else generic
    if unit in ("元", "圆"):
        loss = _LOSS.search(text[max(0, m.start() - 12) : m.start()])
        return loss.group(1) if loss and loss.group(1) != "金额" else generic
    if unit == "户":
        cut = _CUT_OFF.search(text[max(0, m.start() - 8) : m.end() + 10])
        return f"{cut.group(1)}户数" if cut else generic
    return generic


def thresholds(text: str, lang: str = "zh-CN") -> list[tuple[str, float | int, str]]:
    """(measure, minimum, unit) for each number a level's criteria states as a lower bound.

    An upper bound (以下, 不足, below) is not a minimum: `5万户以上10万户以下` gives 50000 only.
    """
    found: list[tuple[str, float | int, str]] = []
    seen: set[tuple[str, str]] = set()

    def add(measure: str, value: float, unit: str) -> None:
        if (measure, unit) in seen:
            return
        seen.add((measure, unit))
        found.append((measure, int(value) if value == int(value) else value, unit))

    for m in _THRESHOLD_CN.finditer(text):
        if m.group("q") in ("以下", "以内", "不足") or re.search(r"(?:不足|(?<!不)少于|不到|(?<!不)低于)\s*$", text[: m.start()]):
            continue
        # 不超过1小时 / 不得超过5000元: an upper bound, not a minimum
        if not m.group("q") and not re.search(
            r"(?:(?<![不得])超过|达到|多于|大于|高于|逾|不少于|不低于|至少|满)\s*$", text[: m.start()]
        ):
            continue
        value = number(m.group("n"))
        if value is None or value <= 0:
            continue
        value *= {"万": 10_000, "亿": 100_000_000, "千": 1000, "百": 100}.get(m.group("mult") or "", 1)
        unit_word = m.group("u")
        measure_en, measure_zh, unit = _MEASURES[unit_word]
        measure_zh = _measure_named(text, m, measure_zh)
        add(measure_zh if lang == "zh-CN" else measure_en, value, unit if lang == "zh-CN" or unit == "CNY" else measure_en)
    if lang == "zh-CN" and re.search(r"[\u4e00-\u9fff]", text):
        return found
    for m in _THRESHOLD_EN.finditer(text):
        pre = (m.group("pre") or "").lower()
        currency = (m.group("c") or "").lower() or (
            (m.group("u") or "").lower() if (m.group("u") or "").lower() in ("pounds", "dollars", "yuan") else ""
        )
        unit_word = (m.group("u") or "").lower()
        if pre in ("fewer than", "less than", "under", "below", "up to"):
            continue
        if not (pre or m.group("q") or m.group("q0")) or not (currency or unit_word):
            continue
        value = number(m.group("n"))
        if value is None or value <= 0:
            continue
        value *= {"k": 1000, "thousand": 1000, "m": 1_000_000, "million": 1_000_000}.get((m.group("mult") or "").lower(), 1)
        if currency:
            add("amount" if lang == "en" else "涉及金额", value, _CURRENCY[currency])
        elif unit_word in _MEASURES:
            measure_en, measure_zh, unit = _MEASURES[unit_word]
            add(measure_en if lang == "en" else measure_zh, value, unit)
    return found
