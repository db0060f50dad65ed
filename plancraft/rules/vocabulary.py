"""The words the rules read plan text by (not a rule itself): one home for each word list.

Lint judges what people wrote, so several rules recognise words: a party that names nobody in
particular (PC212, and PC105 and PC209, which leave such a party to PC212), a deadline worded as
an aim (PC350), a placeholder left in the text (PC510), a route a dissatisfied complainant can
take (PC452), a post in charge (PC217). Each list lives here, once, as data; a rule imports it
and never keeps a copy. Widen a list here and every rule that reads it follows.
"""

from __future__ import annotations

from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster
from functools import lru_cache

# ---------------------------------------------------------------- parties that name nobody

# Chinese: a post named only by 相关/有关, by what it does in general (调查人员, 主管领导), or by its
# part in the case (受理部门, 承办人, 当事科室: whoever took or has the complaint).
VAGUE_ZH = re.compile(
    r"(?:各|本行|本单位|我行|我司|本公司|单位|本院|我院|本局)?"
    r"(?:(?:相关|有关|其他|其它)\S{0,4}(?:工作人员|人员|员工|部门|科室|单位|机构|负责人|责任人|领导|岗位|同事)"
    # "the specific handler": whoever ends up with the case (具体经办人, 具体负责人)
    r"|具体(?:经办|承办|办理|处理|负责)(?:人|人员)"
    r"|(?:调查|处理|经办|办理|工作|具体)?(?:人员|员工)"
    r"|(?:主管|分管|相关|有关)?领导"
    r"|(?:受理|承办|经办|办理|处理|责任|当事|涉事|首问|职能|归口)(?:部门|科室|单位|机构|人|人员|者)"
    r"|部门|科室|单位|负责人|责任人"
    # a title that says only that it belongs to a group: 成员, 组员 (the holder must name the posts)
    r"|(?:小组|工作组)?(?:成员|组员))(?:等)?"
)
# A post of a unit that depends on the case: the head of whichever department took or has the complaint
# (受理部门负责人, 责任单位负责人, 当事科室主任). It names a post (PC212 accepts it), but no one who can
# command a response as a whole (PC217).
CASE_UNIT = re.compile(
    r"(?:受理|承办|经办|办理|处理|责任|当事|涉事|首问|职能|归口|相关|有关)(?:部门|科室|单位|机构|网点|支行|处室)"
    r"|\b(?:relevant|responsible|appropriate|concerned|handling)\s+(?:department|service|team|section|unit|area)\b",
    re.IGNORECASE,
)
# English words left once determiners and trailing qualifiers are dropped (VAGUE_EN_DROP): "staff in the
# branch", "staff close to where we provided the service", "the officer nearest the complaint".
VAGUE_EN_DROP = re.compile(
    r"^(?:one of (?:our|the)|a member of|members of|any|the|an?|our|your)\s+"
    r"|\s+(?:in|of|at|to|from|who|whoever|that|which|with|for|dealing|handling|responsible|close|closest|"
    r"near|nearest|nearby|where|wherever|whose|involved|concerned|"
    # whoever is given the case, named by what they do with it: "the person investigating your complaint"
    r"investigating|carrying out|looking into|reviewing|assigned|allocated|appointed|working on)\b.*$"
    # any other lower-case participle saying what the person does in this case (a post's own capitalised name, "Staff
    # Training Officer", is kept)
    r"|(?-i:\s+[a-z]+ing)\b.*$",
    re.IGNORECASE,
)
_EN_ADJECTIVE = (
    r"(?:right|relevant|appropriate|responsible|suitable|designated|other|another|different|nominated|concerned|"
    r"investigating)"  # "the investigating manager", as "the investigating officer"
)
_EN_NOUN = (
    r"(?:person|people|persons|personnel|staff|staff members?|members? of staff|members?|employees?|team|"
    r"department|service|section|area|business area|manager|colleagues?|someone|somebody|officer|"
    # whoever has the case, as 承办人 and 调查人员 are in Chinese: "your case handler", "the investigating officer"
    r"(?:case )?handlers?|case (?:officers?|owners?|workers?)|handling officers?|investigators?|investigating officers?)"
)
VAGUE_EN = re.compile(
    rf"(?:{_EN_ADJECTIVE}\s+)?{_EN_NOUN}(?:\s+or\s+(?:{_EN_ADJECTIVE}\s+)?{_EN_NOUN})?",
    re.IGNORECASE,
)
# A vague party named inside a step's text (a step without `by` that hands the work on).
VAGUE_IN_TEXT = re.compile(
    r"(?:相关|有关)(?:职能)?(?:部门|科室|单位|机构|人员)|(?<!明确)(?<!确定)(?<!落实)(?<!指定)(?:责任|职能|归口|承办)(?:部门|科室|单位)(?!负责人|领导)|"
    r"relevant (?:department|team|staff|person|service)s?|appropriate (?:department|team|person|service)s?|"
    r"(?:department|team|service|area)s? concerned",
    re.IGNORECASE,
)
# Outside organisations a step tells or calls in without naming them: 兄弟单位 ("sister units"), 友邻单位, 周边单位.
# Whom to notify is exactly what the step must name (and the plan then needs their contact).
VAGUE_PARTNER = re.compile(r"(?:各|其他|其它|相关|有关)?(?:兄弟|友邻|周边|相邻|邻近)(?:单位|公司|企业|部门|行|网点|物业|小区)")
# "相关科室(相关职能科室)", "the person or team …": each part of a title is read on its own.
_PARTS = re.compile(r"[()（）]")
# Either-or: "工作人员或分管领导", "职能部门或分公司", "值班领导或者主要领导": two posts, so neither is the owner and
# each can assume the other acts. (English "or" between two vague nouns is read by VAGUE_EN itself; an English
# title "X or Y" of two named posts is left alone, since "Head of Service or their deputy" names a stand-in.)
_EITHER_OR = re.compile(r"或者|或是|或(?!其|许)")  # "行长或其授权人" names the post and its delegate
# A list of units each taken collectively ("各线办、各村(社区)部门单位"): kinds of unit, no post in any of them.
_LIST = re.compile(r"[、，,;；]|(?<=[^\s])(?:及|和|与)(?=各)")
_COLLECTIVE = re.compile(r"^(?:全\S{0,2})?各")
# The end of a title that names a post (a person), not a unit: 行长, 主任, 经理, 负责人, 一把手, 骨干, 员.
_POST_END = re.compile(r"(?:长|主任|经理|负责人|责任人|领导|书记|主席|一把手|骨干|员|人|师|专员|主管|组长|干部)(?:等)?$")


def is_vague(text: object) -> bool:
    """True when `text` is only a vague word for people (相关人员, 受理部门, staff, the relevant service).
    A title with a part in brackets is vague when every part is; an either-or of two Chinese posts
    (工作人员或分管领导) is vague, and so is a list of units each taken collectively (各线办、各村部门单位)."""
    return isinstance(text, str) and _is_vague(text)


@lru_cache(maxsize=4096)
def _is_vague(text: str) -> bool:  # a pure function of the words: the same titles recur in every rule and plan
    words = text.strip().strip("。.；;，,")
    parts = [p.strip() for p in _PARTS.split(words) if p.strip()]
    if bool(parts) and all(_vague_part(part) for part in parts):
        return True
    return _either_or(words) or _collective_list(words)


# The end of a Chinese title that names a unit (部门, 分公司, 中心, 科室): with _POST_END, what each side of an either-or
# must be for the title to offer two owners ("投诉或信访接待员" is one post for two kinds of case).
_UNIT_END = re.compile(r"(?:部门|单位|科室|机构|公司|分公司|中心|办公室|办|室|组|处|部|行|网点|站|所|队)(?:等)?$")


def _either_or(words: str) -> bool:
    """Two or more different Chinese posts or units joined by 或 ("A或B")."""
    if not re.search(r"[\u4e00-\u9fff]", words):
        return False
    options = [o.strip() for o in _EITHER_OR.split(words) if o.strip()]
    return len(set(options)) >= 2 and all(_POST_END.search(o) or _UNIT_END.search(o) for o in options)


def _collective_list(words: str) -> bool:
    """Two or more items, each a collective of units (各…) that ends in no post."""
    items = [i.strip() for i in _LIST.split(words) if i.strip()]
    plain = [_PARTS.sub("", re.sub(r"[(（][^)）]*[)）]", "", i)) for i in items]
    return len(plain) >= 2 and all(_COLLECTIVE.search(i) and not _POST_END.search(i) for i in plain)


# A named unit's "relevant people" (零售业务部相关人员, 办公室有关人员, or a unit left as a placeholder: XX部相关人员): the
# unit is named, the posts in it are not.
_UNIT_RELEVANT_STAFF = re.compile(
    r"(?:[\u4e00-\u9fff]|XX|xx|ＸＸ|××|\*\*){1,12}(?:部|处|科|室|中心|办公室|组|行|网点|站|所|队|公司)的?(?:相关|有关)(?:工作)?(?:人员|员工)(?:等)?"
)


def _vague_part(words: str) -> bool:
    if VAGUE_ZH.fullmatch(words) or _UNIT_RELEVANT_STAFF.fullmatch(words):
        return True
    if re.match(r"(?i)whoever\b", words):  # "whoever is dealing with your complaint"
        return True
    english = words
    for _skip in range(3):  # "one of our staff", "the right person in the Bank to investigate"
        english = VAGUE_EN_DROP.sub("", english).strip()
    return bool(english) and VAGUE_EN.fullmatch(english) is not None


# A post in command (总指挥, 组长, 总协调) held by two posts joined by a slash (工程部经理/当值班, 行长/副行长): either may
# command and the plan does not say when which, so at the moment of an event nobody is in command. Posts that take
# complaints in (客服专员/楼栋管家) are many hands, not a command, and are not read here.
COMMAND_TITLE = re.compile(r"指挥|组长|总协调|总负责|牵头人")
_SLASH = re.compile(r"\s*[/／]\s*")


def is_split_command(title: object, holder: object) -> bool:
    """True when a Chinese post in command (its title says 指挥, 组长, 总协调) is written, in its title or holder, as two
    or more different posts joined by a slash."""
    if not (isinstance(title, str) and COMMAND_TITLE.search(title)):
        return False
    for text in (title, holder):
        if isinstance(text, str) and re.search(r"[\u4e00-\u9fff]", text):
            parts = {p for p in _SLASH.split(text.strip()) if p}
            # 董事长/总经理, 党委书记/行长: the top posts of one organisation, often held by one person
            if len(parts) >= 2 and "/" in text.replace("／", "/") and not all(_TOP_POST.fullmatch(p) for p in parts):
                return True
    return False


_TOP_POST = re.compile(
    r"(?:本行|本公司|公司|党委|党总支|党支部)?(?:书记|董事长|总经理|总裁|行长|院长|校长|局长|主任|社长|所长|站长|理事长)"
)


def is_pool(text: object) -> bool:
    """True when `text` names whoever is free rather than one post ("a council officer", 任一值班人员)."""
    return isinstance(text, str) and POOL.search(text) is not None


# A party that is whoever is free, not one post: "someone in the service", "any officer", or "a council
# officer who was not involved at stage 1" (an indefinite article with a condition). "A senior manager"
# alone is one post.
POOL = re.compile(
    r"^\s*(?:someone|somebody|anyone|anybody|any)\b|^\s*(?:任一|任何|任意)"
    r"|^\s*an?\s+[^,;]*\b(?:who|that|which|not involved|other than)\b"
    # one of a team, whoever answers: "one of our friendly team", "a member of our staff", 其中一名工作人员
    r"|^\s*(?:one|a\s+member|any\s+member)\s+of\s+(?:our|the|its|their)\b|^\s*其中(?:一|任一)(?:名|位|个)",
    re.IGNORECASE,
)

# A role that is many people or units rather than one post, each taking the work in turn or wherever the
# complaint falls: one per department (各科室专人, "a named person in each ward"), a unit's staff at large
# (科室工作人员, "front-line staff"), the kind of site a complaint is about (景区景点, 营业网点, "our
# branches") or whichever one it is about (被投诉的营业部), with no post that heads it.
COLLECTIVE = re.compile(
    r"^\s*(?:各|每个|每一)|(?:科室|部门|单位|中心|窗口|网点|班组|站所|门店|服务台|前台|大厅)(?:的)?(?:工作人员|员工|职工)$|"
    r"^(?:景区|景点|网点|营业网点|门店|站点|分支机构|下属单位|基层单位|成员单位)+$|"
    r"\b(?:each|every)\s+(?:\w+\s+)?(?:department|ward|branch|service|team|site|office|unit|directorate|store|shop)s?\b|"
    r"^\s*(?:all|our|the)?\s*(?:front[- ]line|counter|branch|ward|departmental|reception)\s+staff\s*$|"
    r"^\s*(?:our|the|all)?\s*(?:branches|stores|shops|sites|outlets)\s*$",
    re.IGNORECASE,
)
# Whichever unit or site the complaint is about (被投诉的营业部, 投诉涉及的部门, "the branch complained about"): in a
# role's title or holder, the unit changes with each complaint.
COMPLAINED_ABOUT = re.compile(
    r"^\s*(?:被投诉|投诉涉及|涉及投诉|被诉|涉诉|所涉|事发)(?:的)?\S{0,6}(?:单位|部门|科室|网点|营业部|营业网点|支行|分行|门店|站点|机构|景区|景点)\s*$|"
    r"^\s*the\s+(?:\w+\s+)?(?:branch|department|team|site|office|unit|store|ward)\s+(?:complained\s+about|concerned|involved)\s*$",
    re.IGNORECASE,
)
# Work done in turn or round the clock, by whoever is on shift (院领导轮流负责接待, 24小时受理投诉, "staffed
# 24/7", "in turn"): the turn or the shift is the stand-in, as for a duty rota.
IN_TURN = re.compile(
    r"轮流|轮班|轮值|倒班|排班|"
    r"(?:24|二十四)\s*小时(?:受理|值守|值班|在岗|接听|服务|响应)|全天候|"
    r"\b(?:in turn|by rotation|on a rota|round[- ]the[- ]clock|24/7|24 hours a day)\b",
    re.IGNORECASE,
)


def is_collective(title: object) -> bool:
    """True when `title` names many people or units, each acting where the complaint falls, not one post."""
    return isinstance(title, str) and (COLLECTIVE.search(title.strip()) or COMPLAINED_ABOUT.search(title)) is not None


def is_complained_about(text: object) -> bool:
    """True when `text` names whichever unit or site a complaint is about (被投诉的营业部), not one unit."""
    return isinstance(text, str) and COMPLAINED_ABOUT.search(text) is not None


# Taking a complaint in: receiving it, logging it, filling in the intake form (24小时受理投诉, 规范记录投诉信息,
# 填写《投诉受理登记表》, "log the complaint", "record the details"). Done as the complaint arrives, such a step
# is bounded by the first timed step after it (the first response that confirms it).
INTAKE_STEP = re.compile(
    r"^\S{0,6}(?:受理|接收|接听|接待|登记|记录|填写|录入)\S{0,20}(?:投诉|诉求|来电|来访|信息|登记表|登记簿|台账|记录)|"
    r"^\s*(?:we\s+(?:will\s+)?)?(?:receive|take|log|record|register|enter)s?\b[^.;]{0,40}\b(?:complaint|details|call|form)",
    re.IGNORECASE,
)

# A duty that is a part of handling complaints: receiving, recording, investigating or answering them, or
# keeping their records (受理现场投诉, 负责接收并登记投诉, 保管接待日记录、年终归档, "logs and acknowledges
# complaints", "keeps the complaints register"). Helping another post (协助大堂经理引导客户) is not one.
HANDLING_DUTY = re.compile(
    r"(?:受理|接收|接待|登记|记录|调查|核查|核实|答复|回复|处理|办理|转办|督办|反馈|回访)\S{0,8}"
    r"(?:投诉|信访|来访|来信|诉求|举报|纠纷)|"
    r"(?:保管|归档|存档|整理)\S{0,12}(?:记录|档案|台账|登记表|登记簿)|(?:记录|档案|台账)\S{0,12}(?:保管|归档|存档)|"
    r"\b(?:receiv|log|record|register|investigat|respond|answer|handl|deal|resolv|acknowledg)\w*\b[^.;]{0,30}\bcomplain|"
    r"\bcomplaints?\s+(?:register|log|records?|files?)\b",
    re.IGNORECASE,
)


# ---------------------------------------------------------------- deadlines worded as aims

HEDGES = re.compile(
    r"\b(?:aims? to|usually|normally|generally|typically|ordinarily|in most cases|where possible|wherever possible|"
    r"if possible|as far as possible|where practicable|endeavou?r|strives? to|target(?:s|ed)?)\b"
    r"|\bunless (?:there are |in )?(?:exceptional|special|unusual|extenuating) circumstances\b"
    r"|\bexpects? to\b|\bhope to\b"
    r"|\bexcept in (?:exceptional|special|unusual) circumstances\b"
    # an open way out of the deadline: "or advice when a reply will be received", "revised time limits"
    r"|\bor (?:advice|advise you|notice|notify you|tell you|let you know) (?:of )?when\b"
    r"|\bagree (?:a |an )?(?:new|revised|later|extended|different) (?:time ?(?:limits?|scales?)|dates?|deadlines?)\b"
    r"|\brevised time ?(?:limits?|scales?)\b|另行约定|另行商定"
    # an approximate period: "about 10 days", "大约3天", "15个工作日左右"
    r"|\b(?:about|approximately|around|roughly) \d+ (?:working |business |calendar )?(?:days?|hours?|weeks?|months?)\b"
    r"|(?:大约|大概)\s*\d+|\d+\s*(?:个)?(?:工作日|自然日|日|天|小时|周|个月)左右"
    r"|一般情况下|通常情况下|一般(?:应|在|于|须|不超过|可)|原则上|力争|争取|通常|尽量|尽可能|视情况|酌情|如无特殊情况|"
    r"特殊情况除外|除特殊情况外"
    # an extension left to discretion, with no end ("重大复杂投诉可适当延长"), and a time that may be moved ("如遇特殊
    # 情况可以提前或推延", "may be brought forward or postponed")
    r"|适当延长|酌情延长|(?:可以?|或)(?:提前或)?(?:推延|推迟|延后|改期)"
    r"|\bmay be (?:brought forward or )?(?:postponed|rescheduled|moved)\b"
    # the duty left to discretion ("where appropriate"; "if necessary" is a condition, not a hedge), or only
    # attempted where the attempt is the deadline ("we will try to respond within 5 days"; not "try to calm the
    # situation", which hedges the outcome)
    r"|\b(?:where|as|if) appropriate\b"
    r"|\b(?:try|tries|trying|attempts?) to\b[^.;:,]{0,40}?(?:\bwithin\b|\d|\bsame day\b|\btoday\b|\bby the end\b)",
    re.IGNORECASE,
)
# A way out of a deadline with no end (a step without `within` that may replace the period): "we will try to
# agree revised time limits with you", "or advice when a reply will be received", 另行约定.
OPEN_EXTENSION = re.compile(
    r"\bor (?:advice|advise you|notice|notify you|tell you|let you know) (?:of )?when\b"
    r"|\bagree (?:a |an )?(?:new|revised|later|extended|different) (?:time ?(?:limits?|scales?)|dates?|deadlines?)\b"
    r"|\brevised time ?(?:limits?|scales?)\b|\b(?:a |an )?new (?:target |expected )?(?:date|deadline|timescale)\b"
    r"|另行约定|另行商定|另行确定(?:时限|期限)|(?:时限|期限)另定",
    re.IGNORECASE,
)
# An extension asked for with no length ("请示领导延长办理期限", "extend the deadline"); "延长至30日" says how long.
# Looked for after OPEN_EXTENSION, which names the way out better where a text has both.
EXTENSION_WITHOUT_LENGTH = re.compile(
    r"延长(?:办理|处理|答复|办结)?(?:期限|时限)(?![^,，;；。]{0,8}(?:至|到|不超过|\d))"
    r"|\bextend(?:s|ed|ing)? (?:the )?(?:deadline|time ?(?:limits?|scales?)|period)\b(?![^.;]{0,30}(?:\bto\b|\bby\b|\d))",
    re.IGNORECASE,
)

# A trigger that states a schedule (a reception day, opening hours): only then can its hedge be about time. Stricter
# than TIME_WORDS, whose bare number would take "一般在20人以上" (a threshold) for a time.
SCHEDULE_WORDS = re.compile(
    r"\d{1,2}\s*[:：]\s*\d{2}|上午|下午|每周|每天|每日|星期|周[一二三四五六日]|工作日|小时|分钟|时限|期限|"
    r"\b(?:within|hours?|days?|deadlines?|[ap]\.?m\.?|weekly|daily|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?)\b",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- one deadline stated twice (PC355)

# The event a deadline ends with: the final response or decision (stricter than "respond", which may be a
# first reply).
FINAL_RESPONSE = re.compile(
    r"\bfinal (?:response|reply|decision|answer|outcome)|\bfull (?:written )?(?:response|reply)|\bdecision\b|"
    r"处理决定|处理结果|办结|结案|处理完毕|最终答复|书面答复|"
    # a handling opinion is the reply only when it goes to the complainant (向投诉人反馈处理意见); a department
    # that 提出处理意见 to the office that answers is a step of the work
    r"(?:告知|答复|反馈|回复|送达|通知|转告)[^。；;，,]{0,12}处理意见|处理意见[^。；;]{0,8}(?:告知|答复|反馈|回复|送达)",
    re.IGNORECASE,
)
# The first reply to the complainant, before the final one: 首次响应, 初步答复, "an initial response".
FIRST_RESPONSE = re.compile(
    r"首次(?:响应|答复|回复|联系)|初步(?:答复|回复|意见)|初次(?:答复|回复|联系)|"
    r"\b(?:first|initial|holding) (?:response|reply|contact)\b",
    re.IGNORECASE,
)
# A deadline that says it is for every case.
DEADLINE_EVERY = re.compile(
    r"\bevery (?:complaint|case)|\ball complaints\b|\bany complaint\b(?! other)|所有(?:的)?投诉|全部投诉|一律|各类投诉",
    re.IGNORECASE,
)
# A deadline that names the cases it is for: a kind of complaint, "any other complaint", a condition.
DEADLINE_CASE = re.compile(
    r"\b(?:for|of|on|to) (?:a |an |any |all |each )?(?!(?:the|your|our|this|that|their|his|her|its)\b)"
    r"(?:other |[a-z-]+ (?:[a-z-]+ )?)complaints?\b|\bother complaints?\b|\bif\b|\bwhere\b|\bwhen\b|"
    r"\brelat(?:es|ing|ed) to\b|\bpayment services?\b|\bcomplex\b|\bsimple\b|"
    r"(?:一般|普通|简单|复杂|重大|疑难|紧急|其他|其余|其它)(?:的)?\S{0,4}(?:投诉|案件|事项|信访)|的(?:投诉|案件|事项)|"
    r"对于|涉及|属于",
    re.IGNORECASE,
)
# A deadline of another stage (a review, an appeal, stage 2, 复核): a later event, not the same deadline; and a
# report to someone else (报送处理结果, "report the outcome"), which is not the answer to the complainant.
DEADLINE_OTHER_EVENT = re.compile(
    r"\bstage\b|\blevel\b|\breview|\bappeal|\bescalat|\breport|阶段|复核|复查|复议|申诉|二次|再次|[一二三四五六七八九十]级|"
    r"报送|上报|报告|汇报|备案",
    re.IGNORECASE,
)
# An extension or a fall-back: a second deadline for when the first cannot be met, not a rival to it.
DEADLINE_EXTENSION = re.compile(
    r"exception|\bextend|\bextension|\blonger\b|\bunable\b|\bcannot\b|\bcan't\b|\bnot able\b|\bdelay|\bfurther\b|"
    r"延长|延期|展期|特殊情况|特殊原因|不能|无法|未能|逾期|超过|超出",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- speed promised without a time

# What is done with the complainant still there (当场解决, 当场答复, "resolved on the spot", "while you wait"): a
# time the complainant can check (before they leave), not a vague "immediately".
_IN_PRESENCE_ACTS = r"(?:能够|能|可以|可|就|即)?(?:予以|给予|作出|做出|进行)?(?:解决|答复|处理|回复|解答|办结|协调|调解|退|赔|道歉|纠正|兑付|说明|解释|出具|告知)"
IN_PRESENCE = re.compile(
    r"当场" + _IN_PRESENCE_ACTS + r"|"
    r"\b(?:on the spot|there and then|then and there|while (?:you|they|the (?:customer|complainant|visitor|patient)) "
    r"(?:wait|waits|are (?:still )?(?:here|there|present)|is (?:still )?(?:here|there|present))|"
    r"before (?:you|they|the (?:customer|complainant|visitor|patient)) leaves?)\b",
    re.IGNORECASE,
)
# Words that promise speed without a deadline (issue 14): "immediately" is not a time limit. The adjective
# forms promise the same ("take immediate action", "a prompt reply", 即刻, 紧急处置), but "an urgent
# complaint" is a kind of complaint, not a promise: "urgent" counts only before an action word.
IMMEDIATE = re.compile(
    r"立即|立刻|即刻|即时|马上|及时|当场(?!" + _IN_PRESENCE_ACTS + r")|第一时间|迅速|尽快|尽早|及早|从速|火速|"
    r"快速(?:处理|处置|响应|反应|上报|报告|反馈|答复|回复)|"
    r"紧急(?:处置|处理|赶赴|赶到|赶往|报告|上报|通知|联系|召集|召开)(?!预案|程序|机制|小组|组|方案|工作组)|"
    r"\bimmediately\b|\bpromptly\b|without (?:undue |unnecessary |further )?delay|\bat once\b|"
    r"as soon as (?:possible|practicable|we can)|as a matter of urgency|\bswiftly\b|"
    r"straight away|right away|as quickly as possible|"
    r"\b(?:immediate|prompt|urgent|swift|speedy)\s+(?:action|actions|response|responses|reply|replies|steps?|"
    r"measures?|attention|contact|report|notification|resolution|investigation|escalation)\b|\burgently\b",
    re.IGNORECASE,
)
# A period given as a range ("5-10个工作日", "5 to 10 working days"): which end applies is unsaid.
PERIOD_RANGE = re.compile(
    r"\d+\s*(?:-|–|—|~|～|至|到|to)\s*\d+\s*(?:个)?\s*"
    r"(?:工作日|自然日|日|天|小时|周|个月|(?:working |business |calendar )?days?|hours?|weeks?|months?)",
    re.IGNORECASE,
)
# A text that speaks of time: only then can a step's hedge be about its deadline.
TIME_WORDS = re.compile(
    r"\d|\bwithin\b|\bsame day\b|\bhours?\b|\bdays?\b|\bdeadlines?\b|\btime ?(?:limits?|scales?)\b|"
    r"当日|当天|小时|分钟|工作日|日内|天内|时内|时限|期限",
    re.IGNORECASE,
)

# Acknowledging a complaint: telling the complainant it was received and is being dealt with.
ACKNOWLEDGE = re.compile(
    r"acknowledg|confirm(?:s|ing)? (?:the )?receipt|receipt[^.;]{0,40}confirm|"
    r"confirm(?:s|ing)? (?:to you )?(?:that )?(?:we(?:'ve|’ve| have)?|it has been|your complaint has been) received|"
    r"(?:告知|通知|回复)(?:投诉人|客户|您)?(?:已|已经)收到|"
    r"回执|确认收到|告知(?:已)?受理|受理(?:告知|通知)|(?:出具|发送|寄送)(?:受理)?(?:回执|凭证|通知)",
    re.IGNORECASE,
)

# An acknowledgement in substance, without the word: the complainant is written to or told, early, who deals
# with the complaint, its reference, or when to expect an answer ("we will write to you and inform you who is
# dealing with the complaint and when you can next expect a response"; 告知投诉人承办人员及联系方式). Telling
# them the outcome (处理结果, "the outcome") is the response, not an acknowledgement.
ACKNOWLEDGE_IN_SUBSTANCE = re.compile(
    r"\b(?:write|writing|wrote|inform|informing|tell|telling|let you know|contact|contacting|call|email|e-mail|"
    r"send|sending)\b[^.;]{0,80}?"
    r"(?:\bwho (?:is|will be) (?:dealing|handling|looking|investigating)|\bwho will (?:deal|handle|look|investigate)|"
    r"\bthe name of\b|\b(?:complaint |case )?reference (?:number|no)\b|\byour reference\b|"
    r"\bwhen (?:you|to) (?:can |should |will |may )?(?:next )?expect|\bwhat (?:will )?happens? next|"
    r"\b(?:that )?we (?:have )?received\b)|"
    r"(?:告知|说明|告诉|讲明|通知)[^。；;，,]{0,8}(?:承办人|经办人|处理人|联系人|受理编号|投诉编号|受理号|"
    r"答复(?:期限|时限|时间)|办理(?:期限|时限)|处理(?:期限|时限))",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- placeholders

# Every alternative starts with a character (a look-behind that guards a word's start sits after its
# first character: `X(?<![A-Za-z]X)` is `(?<![A-Za-z])X`), so the regex engine skips ahead to where one
# can match.
PLACEHOLDER = re.compile(
    r"\*{2,}"
    r"|×{2,}|Ｘ{2,}|ｘ{2,}|○{2,}|□{2,}|_{3,}|＿{2,}"
    r"|X(?<![A-Za-z]X)X+(?![A-Za-z])|x(?<![A-Za-z]x)x+(?![A-Za-z])"
    # one X or × standing for a number before a unit: "罚金X元", "X年X月X日" (not "X光", "X线")
    r"|[XxＸ×](?<![A-Za-z0-9][XxＸ×])(?=(?:万|千|百)?元|年|月|日|人|名|个|天|小时|分钟|次|岁|%|％)"
    r"|【[^】]*(?:待|填写|补充|插入)[^】]*】|【\s*】|\[\s*\]"
    r"|\[(?i:insert|enter|add|name of|fill in|tbc|tba|todo)\b[^\]]*\]|<(?i:insert|enter|name of)\b[^>]*>"
    r"|待补充|待填写|待定"
    r"|T(?<![A-Za-z]T)(?:ODO|BD|BC|BA)(?![A-Za-z])|F(?<![A-Za-z]F)IXME(?![A-Za-z])"
)

# In a text that names a person or an organisation (document.issuer and title, a role's holder, a
# group's or contact's name): 某某 (某某银行某某支行) and a surname with 某 (张某, 李某某) stand for a
# name nobody filled in. In other prose they are an example ("如某某客户投诉…") and are not read.
NAME_PLACEHOLDER = re.compile(r"某某|(?<![\u3400-\u9fff])[\u3400-\u9fff]某(?![\u3400-\u9fff])")
NAME_KEYS = frozenset({"issuer", "holder", "name"})

# ---------------------------------------------------------------- routes for a dissatisfied complainant

# Where a complainant goes when the organisation's own answer does not satisfy: an ombudsman, a
# regulator or supervisor, a mediation, arbitration or court, a public hotline, a superior body, an
# external disputes resolution scheme by any name (Financial Services Complaints Limited, AFCA, EDR) and a
# statutory consumer body that takes up complaints a company has not resolved (CCW, the Consumer Council for
# Water; a consumer council or consumer association).
ESCALATION_ROUTE = re.compile(
    r"ombuds|\bFOS\b|\bSPSO\b|\bLGSCO\b|\bEWOV\b|\bFDRC\b|Financial Dispute Resolution|"
    r"regulator|\bFCA\b|\bHKMA\b|\bPRA\b|Ofwat|Ofgem|Ofcom|\bCQC\b|Care Quality Commission|"
    r"\bADR\b|\bEDR\b|alternative dispute|disputes? resolution|\bdisputes? (?:scheme|service|tribunal|board)|"
    r"\bcomplaints? (?:authority|commission(?:er)?|limited|scheme|board)\b|\bAFCA\b|\bCCW\b|consumer council|"
    r"consumers?(?:'|’)? (?:association|commission|watchdog|advocate)|independent (?:review|adjudicat|complaints? )|"
    r"\badjudicat|\barbitrat|\bmediat|\btribunal|\bcourts?\b|legal action|legal proceedings|"
    r"监管|银保监|金融监督管理|金融监管|人民银行|消费者权益保护|消保委|消费者协会|消协|"
    r"卫生健康(?:行政)?(?:部门|委员会|局)|卫健委|卫生行政|上级(?:主管)?(?:部门|机关|单位)|主管部门|"
    r"行政部门|市场监督|信访|人民调解|(?<!协)调解|仲裁|诉讼|法院|复议|"
    r"12378|12363|12315|12345|12320|12348|12358|12386|12366|12333|12319|12306|12360",
    re.IGNORECASE,
)
# External parties of these kinds are a route whatever their name.
ROUTE_KINDS = re.compile(
    r"ombuds|regulat|supervis|监管|(?<!协)调解|仲裁|法院|\bcourt|\btribunal|\barbitrat|\bmediat|"
    r"hotline|热线|authority|政府|主管|上级|disputes?|complaints? scheme|consumer (?:body|council|association|watchdog)|"
    r"statutory body|消费者协会|消协|消保委",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- ordinary complaints

# A level for the ordinary complaint handled in the course of business (一般投诉, 普通投诉, "ordinary
# complaint"): its reply ends it, and nobody above needs telling.
ORDINARY_COMPLAINT = re.compile(
    r"(?:一般|普通|日常|常规)(?:客户)?(?:消费)?投诉|\b(?:ordinary|routine|standard|general)\s+complaints?\b", re.IGNORECASE
)

# ---------------------------------------------------------------- posts in charge of a response

# A role whose title names a post that commands or leads: a plan with one has an organisation even
# without a group (总经理, 行长, 值班经理, the duty manager, the incident commander).
LEADING_POST = re.compile(
    r"组长|指挥|总经理|经理|行长|主任|局长|院长|所长|站长|队长|处长|科长|部长|书记|主席|董事长|主管|负责人|领导小组|"
    r"\b(?:chief|head|director|manager|commander|coordinator|controller|leader|lead|president|officer in charge)\b",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- stand-ins a plan already provides

# A role that is two posts, either of whom acts (分管领导或单位责任人, "the Complaints Manager or their
# deputy"): one stands in for the other.
EITHER_OR = re.compile(r"\S\s*(?:或者|或是|或|/|／)\s*\S|\S\s+or\s+(?!\s)\S|[(（]\s*or\s+\S", re.IGNORECASE)
# Two posts one person holds (党委书记/行长, 校长/党委书记, 董事长兼总经理): the Party secretary's post written with an
# executive one, or 兼: one person, so neither stands in for the other.
ONE_PERSON_TWO_POSTS = re.compile(
    r"^\s*(?:党委|党组|党总支|党支部|总支|支部)?书记\s*[/／、,，]|[/／、,，]\s*(?:党委|党组|党总支|党支部|总支|支部)?书记\s*$|兼"
)
# A post staffed by shifts on a duty rota (值班队长, 带班领导, the duty manager, an on-call officer): whoever
# is on the rota at the time holds it, so the rota is its stand-in.
ROTA = re.compile(
    r"值班|轮值|当班|带班|值守|"
    r"\b(?:duty|on[- ]call|shift|rota)\s+(?:manager|officer|supervisor|director|lead|leader|controller|engineer|"
    r"captain|coordinator|team|staff|person|executive|head)s?\b|\bon[- ]call\b|"
    r"\bon (?:shift|duty)\b|\b(?:from|on) (?:the|a|our) (?:\w+'? )?rota\b",
    re.IGNORECASE,
)
# Being away from the post: a text that says what happens then names a stand-in when it also hands the
# work to someone (DELEGATION): "因故不能按规定到达现场的，…指派具体负责人", "when the manager is on leave,
# their deputy acts".
ABSENCE = re.compile(
    r"因故|请假|休假|出差|外出|缺席|不在(?:岗|位|场|时)|"
    r"(?:不能|无法|未能)(?:按(?:规定|时|要求))?(?:到达|到场|出席|履职|履行|赶到|赶赴)|"
    r"\b(?:absent|absence|unavailable|not available|away|on leave|on holiday|off sick|"
    r"cannot attend|unable to (?:attend|act|be present))\b",
    re.IGNORECASE,
)
DELEGATION = re.compile(
    r"指派|委派|委托|授权|指定|代理|代行|代为|代替|顶替|接替|(?:由|请)\S{1,10}(?:代|主持)|由副|B角|"
    r"\b(?:delegat\w*|deputi[sz]\w*|deputy|nominat\w*|appoint\w*|designat\w*|stands? in|covers? for|"
    r"acts? (?:for|on (?:his|her|their) behalf)|in (?:his|her|their) place|takes? over)\b",
    re.IGNORECASE,
)

# Taking over, said by the one who stands in, in its own duties (组长外出期间主持领导小组工作, 临时负责): with ABSENCE
# it names a stand-in for the post that is away, never for the role whose duty it is.
STANDS_IN = re.compile(r"主持[^，。,;；]{0,8}工作|临时负责")
# A post named after the absence, who then acts ("In the absence of the Complaints Manager, the Customer Services
# Manager will deal with complaints"): the sentence names the stand-in without a word of delegation. (In Chinese
# the stand-in comes with 由 or 代, which DELEGATION reads; 组长外出须向院长报告 names whom to tell, not who acts.)
POST_ACTS = re.compile(
    r"\b(?:the|a|an|another|their|his|her|our)\s+(?:[\w-]+\s+){0,3}?(?:manager|officer|deputy|head|director|"
    r"supervisor|lead|leader|chair|colleague|member of staff|coordinator|controller|executive)s?\s+"
    r"(?:will|shall|deals?|handles?|takes?|acts?|is responsible|becomes|assumes|leads?|covers?)\b",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- learning from complaints

# A procedure that says what it does with complaints once they are answered: uses what they show to
# improve the service, looks for their causes, learns lessons (利用投诉信息改进服务, 分析投诉产生的原因, 整改,
# "we use information from them to help us to improve our services", "root cause"). An attitude alone
# ("complaints are an opportunity to improve", 提高服务水平) says nothing about what is done, and finding
# out what caused one complaint (查明原因) is handling that complaint, not learning from complaints.
IMPROVEMENT_LOOP = re.compile(
    r"(?:分析|查找|剖析|研究)\S{0,4}投诉\S{0,6}(?:原因|根源|成因)|根源|溯源|从源头|举一反三|整改|"
    # the problems complaints keep showing, analysed to be dealt with (分析高频问题, 梳理共性问题), and the
    # complainant followed up once the complaint is closed (回访): the loop closes
    r"(?:分析|梳理|研判|整治|解决|排查)\S{0,4}(?:高频|共性|多发|突出|重复|普遍性|反复出现的?)问题|回访|"
    r"(?:总结|吸取)\S{0,4}(?:经验|教训)|"
    r"(?:利用|运用|根据|结合|通过|依据)\S{0,10}投诉\S{0,12}(?:改进|改善|完善|提升|提高|优化)|"
    r"\broot[- ]causes?\b|\bat (?:the|their|its) source\b|"
    r"\b(?:identif|analy[sz]|review|monitor|look)\w*\b[^.;]{0,40}\b(?:trends|recurring|themes)\b|"
    r"\bfollow(?:s|ed|ing)?[- ]up with (?:the )?(?:complainant|customer|you)\b[^.;]{0,40}\b(?:after|once|when)\b|\blessons? (?:are |is |have been |to be )?learn|\blearn\w* (?:lessons )?from\b|"
    r"\bus(?:e|es|ed|ing)\s+(?:the\s+)?(?:information|data|feedback|complaints|insights?|findings|what)\b"
    r"[^.;]{0,60}?\b(?:to|for)\s+(?:help\s+(?:us\s+)?(?:to\s+)?)?(?:improv|prevent|chang|learn)",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- a party named in prose as doing something

# What follows a party's name in a text that gives it work: "安排安保人员到场维护秩序", "由X负责核实",
# "责任单位负责人要到场接访", "ask the Duty Manager to attend", "the Complaints Team, who will investigate".
# Receiving a report or a request is not work of its own ("报告分管领导", "report to the director").
ACTS_AFTER_ZH = re.compile(
    r"(?:要|应|须|需|必须|应当|应该|立即|及时|迅速|马上|亲自|第一时间|随即|即|也|同时|共同|一起|负责(?!人))*\s*"
    r"(?:到场|到达|赶赴|赶到|前往|负责(?!人)|进行|开展|做好|维护|维持|协助|配合|参与|处置|处理|接访|接待|核实|调查|"
    r"疏导|劝导|劝离|劝阻|制止|安抚|答复|回复|解释|协调|保障|落实|执行|检查|登记|记录|受理|排查|跟进|回访|"
    r"出面|出警|沟通|护送|疏散|"
    # a charge of its own: 担任新闻发言人, 统筹协调, 督促整改, 审核处理意见; or a post the text makes it hold, with its
    # work after it (大堂经理为首问责任人，负责接待投诉客户)
    r"担任|兼任|主持|统筹|督促|督办|指导|牵头|审核|审定|审批|监督|汇总|跟踪|"
    r"(?:为|是|作为)[^，。；;,]{1,12}[，,]?\s*负责(?!人))"
)
_ACTS_EN = (
    "investigate|review|attend|respond|reply|contact|call|visit|deal with|handle|resolve|meet|speak|talk|discuss|"
    "decide|log|record|acknowledge|assess|arrange|provide|write|help|support|maintain|manage|escort|ensure|check|"
    "look into|liaise|follow up|carry out|consider|oversee|supervise|coordinate|approve|sign off|chair|lead"
)
# After an auxiliary, "to" or "who": the verb in any form ("will investigate", "to attend", "who handles");
# with none, only a verb in the third person ("the manager reviews"), so that "Complaints Team contact
# details" gives the team no work.
_ACTS_EN_S = (
    "investigates|reviews|attends|responds|replies|contacts|calls|visits|deals with|handles|resolves|meets|speaks|"
    "talks|discusses|decides|logs|records|acknowledges|assesses|arranges|provides|writes|helps|supports|maintains|"
    "manages|escorts|ensures|checks|looks into|liaises|follows up|carries out|considers|oversees|supervises|"
    "coordinates|approves|signs off|chairs|leads"
)
ACTS_AFTER_EN = re.compile(
    r"\s*,?\s*(?:(?:who|which)\s+(?:(?:will|shall|must|should|can|then|also)\s+)?(?:\w+ly\s+)?(?:"
    + _ACTS_EN
    + "|"
    + _ACTS_EN_S
    + r")"
    r"|(?:will|shall|must|should|can|then|also|is to|are to|to)\s+(?:\w+ly\s+)?(?:" + _ACTS_EN + r")"
    r"|(?:\w+ly\s+)?(?:" + _ACTS_EN_S + r"))\b",
    re.IGNORECASE,
)
# A name after one of these is whom something goes to, not who acts ("向中心办公室进行反映": the patient
# complains to the office; "report to the manager"), unless a clause says what it then does (", who will …",
# "passed to the Customer Relations team to investigate").
# A party the work is handed to does act: 交X处理, "handled by the complaints team".
RECIPIENT_BEFORE = re.compile(
    r"(?:向|给|对|与|跟|找|报|报请|报告|汇报|\b(?:to|with|from)\s+(?:the\s+|our\s+|a\s+)?)$", re.IGNORECASE
)
RELATIVE_CLAUSE = re.compile(
    r"\s*,?\s*(?:who|which)\b|\s+(?:to|for)\s+(?:\w+ly\s+)?(?:investigat|review|decid|resolv|respond|repl|handl|deal with)",
    re.IGNORECASE,
)
# A step's words before a colon that say whom something goes to (报告:, 通知以下人员:, "notify the following:"):
# the list after the colon is of recipients, not of the ones who act.
TELLING_HEAD = re.compile(
    r"(?:报告|汇报|上报|报送|通知|告知|抄送|通报|呈报|送)\S{0,6}$|"
    r"\b(?:report(?:ed)?|notif(?:y|ied)|inform(?:ed)?|tell|told|copy|copied|send|sent|escalat\w*|pass(?:ed)?|forward(?:ed)?)"
    r"(?:\s+(?:it|this|them|the (?:complaint|matter|case|details|report)))?"
    r"(?:\s+to|\s+the following(?:\s+\w+)?)?\s*$",
    re.IGNORECASE,
)
# Between the items of a list of roles: 、 , ; and, or, 和, 及.
LIST_SEPARATOR = re.compile(r"[,，、;；]|\s+(?:and|or)\s+|和|及|以及|或", re.IGNORECASE)
# The stand-ins that a name preceded by one of these words is (副组长 is not the 组长).
DEPUTY_BEFORE = re.compile(r"(?:副|deputy\s+|vice[- ]?)$", re.IGNORECASE)

# An emergency service (110, 119, 120, 999, 112, 911, the police): a number any plan may call when it
# needs to, not a party the plan must wire into a step.
EMERGENCY_SERVICE = re.compile(
    r"公安|派出所|报警|消防|急救|(?<!\d)(?:110|119|120|122|999|112|911)(?!\d)|"
    r"\b(?:police|fire (?:and rescue )?(?:service|brigade)|ambulance|emergency services)\b",
    re.IGNORECASE,
)
# The head of a group's office (办公室主任, "office manager"): the post that runs the office a group names.
OFFICE_HEAD = re.compile(
    r"办公室(?:主任|负责人)|办(?:公室)?主任|\b(?:office (?:manager|director|head)|head of (?:the )?office|secretary)\b",
    re.IGNORECASE,
)

# A role's title or holder that says what it does (负责接待投诉的大堂经理, 信息员(负责信息报送), "Complaints
# Officer, responsible for logging every complaint", "the manager who investigates"): its duty is written in
# its name. 负责人 (the person in charge) names a post, not a duty.
DUTY_IN_NAME = re.compile(
    r"负责(?!人)\S{2,}|承担\S{2,}(?:工作|职责|任务)|"
    r"\b(?:responsible for|in charge of)\s+\w+|"
    r"\bwho\s+(?:will\s+|shall\s+)?(?:handles?|deals? with|investigates?|reviews?|resolves?|decides?|logs?|records?|"
    r"acknowledges?|responds?|manages?|oversees?|coordinates?|replies|answers?)\b",
    re.IGNORECASE,
)

# What comes after a response, written wherever the plan put it (a last step, a key point, a duty):
# 善后处置, 后期处置, 事后总结, 总结经验教训, 复盘, "lessons learned", a post-incident review, a debrief.
AFTERMATH_IN_TEXT = re.compile(
    r"善后|后期处置|事后(?:评估|总结|分析|复盘)|(?:总结|吸取)\S{0,4}(?:经验|教训)|复盘|"
    # the report or review that follows the end of the response, in a report line or a time limit
    r"(?:处置|响应|事件|应急)(?:工作)?(?:结束|终止|完毕|平息)(?:后|之日起)[^。；;]{0,20}(?:总结|评估|整改|原因分析)|"
    r"(?:事件|处置|书面)总结(?:报告)?|总结评估|"
    # a summary and evaluation of the response itself, stated as a duty (对应急处理情况进行总结和评估)
    r"(?:应急|处置|处理|应对|响应)\S{0,6}?(?:进行)?总结(?:和|与|、|及|并)(?:评估|评价|分析)|"
    r"\blessons? (?:are |is |have been |to be )?learn|\blessons learned\b|\bpost[- ]incident\b|\bdebrief|"
    r"\bafter[- ]action review\b|\broot[- ]cause analysis\b|"
    r"\b(?:incident|event|closure|close-out|final) (?:review|report)\b[^.;]{0,40}\bafter\b|"
    r"\bafter (?:the )?(?:incident|event|response|emergency) (?:has )?(?:ended|ends|is over|is closed|closes)\b",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- bodies named by what they are

# The head noun a group's name ends with (客户投诉应急领导小组 → 领导小组, "Complaints Review Panel" → "the
# panel"): a text that says 报领导小组 or "the panel decides" names the one group whose name ends so.
GROUP_HEAD_NOUN = re.compile(
    r"(领导小组|工作小组|工作组|小组|委员会|指挥部|专班)$|\b(committee|panel|group|board|team|forum)$", re.IGNORECASE
)
# External parties named by their kind in prose: [what the party is (its name or kind), how a text names such a
# party]. 向监管部门报告 names the regulator the plan lists; 报上级行 the head office; "the Ombudsman" the ombudsman.
EXTERNAL_BY_KIND = (
    (
        re.compile(r"监管|银保监|金融监督|证监|regulat|\bFCA\b|\bPRA\b|\bHKMA\b|supervis", re.IGNORECASE),
        re.compile(r"监管(?:部门|机构|局|机关|当局)|\bregulators?\b", re.IGNORECASE),
    ),
    (
        re.compile(r"公安|派出所|police", re.IGNORECASE),
        re.compile(r"公安|派出所|警方|报警|\bpolice\b", re.IGNORECASE),
    ),
    (re.compile(r"ombuds|申诉专员", re.IGNORECASE), re.compile(r"\bombuds\w*|申诉专员", re.IGNORECASE)),
    (
        re.compile(r"总行|总公司|上级|\bhead office\b|\bparent\b", re.IGNORECASE),
        re.compile(r"上级(?:行|公司|单位|机构|部门|主管部门)|总行|总公司|\bhead office\b", re.IGNORECASE),
    ),
    (re.compile(r"消费者协会|消协", re.IGNORECASE), re.compile(r"消费者协会|消协")),
)

# ---------------------------------------------------------------- accountability (PC412)

# A failure of complaint handling someone can answer for, or a breach of the procedure as a whole: what makes an
# `accountability` item about handling, not only about attendance, leaks or a performance indicator.
HANDLING_FAILURE = re.compile(
    r"不当|不力|不善|失职|渎职|推诿|推脱|扯皮|拖延|久拖|敷衍|超过?(?:时限|期限)|超期|超时|逾期|延误|未按(?:时|期|规定)|"
    r"不及时|未及时|未能?(?:妥善|按时|及时)?(?:处理|答复|解决|办结|上报|报告)|未刚好处理|处理不好|解决不好|协调不好|"
    r"隐瞒|瞒报|漏报|迟报|缓报|谎报|压案|激化|违反本|违反(?:规定|制度|预案|程序)|"
    r"\bmishandl|\bdelay|\blate\b|\boverdue|\bdeadlines?\b|\bunresolved\b|\bfail(?:s|ed|ures?|ing)?\b|\bneglig|"
    r"\bmisconduct|\bconceal|\bbreach|"
    # a time not kept, in other words: "managers who do not meet the response times", "a missed target"
    r"\b(?:not|never|fail(?:s|ed)? to|n't) (?:meet|met|keep|kept|achieve|achieved)\b[^.;]{0,30}"
    r"\b(?:times?|timescales?|targets?|time limits?|standards?)\b|"
    r"\bmiss(?:es|ed|ing)? (?:a |the |our |their |any )?(?:response )?(?:time|timescale|target|time limit)s?\b|"
    r"\b(?:exceed(?:s|ed|ing)?|outside|beyond) (?:the |our |a )?(?:response )?(?:timescales?|time limits?|target times?)\b|"
    r"未在[^。；;，,]{0,6}(?:时限|期限|规定时间)内|未(?:能)?达到[^。；;，,]{0,6}(?:时限|要求)",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- the complainant's own part (PC305, PC352)

# A step that says what the complainant provides ("通过上述投诉渠道,提供以下信息资料", "You will need to give us …"):
# the complainant's part, not the organisation's, so no `within` is asked of it.
COMPLAINANT_SUBMITS = re.compile(
    r"^(?:通过[^,，。;；]{0,12}[,，]?)?(?:提供|提交)(?:以下|下列)|(?:投诉人|客户|游客|患者)(?:应当?|须|需要?)?(?:提供|提交)(?:以下|下列)|"
    r"\b(?:you|the complainant|complainants) (?:should|must|need to|will need to) (?:provide|give|send|include)\b",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- a step past intake (PC109)

# A step that handles a complaint beyond taking it in: investigates, decides, answers, resolves or refers it on.
HANDLING_STEP = re.compile(
    r"调查|核实|核查|查明|查实|处理|处置|答复|回复|反馈|解决|办结|结案|回访|转办|交办|批转|责成|调解|协商|赔偿|"
    r"\binvestigat|\bresolv|\brespon[ds]|\breply|\breplies|\bdecid|\bdecision|\boutcome|\breview|\bassess|"
    r"\bfinal response|\bput (?:it|things) right|\bsettle|\bcompensat|\brefund|\bapolog",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- FCA DISP letters (PC359, PC361)

# A step or time limit for when the final response cannot be given in time: a delay, a longer investigation, a
# response that cannot be completed or issued within the period, a holding letter.
DELAY_CASE = re.compile(
    r"\bdelay|\btakes? longer|\blonger (?:investigation|than)|\bmore time\b|\bnot (?:yet )?(?:be )?in a position\b|"
    r"\b(?:unable|not able) to (?:complete|conclude|finish|issue|give|provide|send|make)\b|"
    r"\b(?:cannot|can't|can not|could not) (?:complete|conclude|finish|issue|give|provide|send)\b|"
    r"\bexceptional (?:circumstances|situations?|cases?)\b|\bholding (?:response|reply|letter)\b",
    re.IGNORECASE,
)
# A delay that is the complainant's or a third party's, not the firm's late response ("a delay in receiving
# information from you", "delays caused by you").
OTHERS_DELAY = re.compile(
    r"\bdelays? (?:in|from|by) (?:receiving|getting|hearing|obtaining|you|your|the complainant|a third party)[^.;,]*|"
    r"\bdelays? caused by (?:you|your|the complainant|a third party)[^.;,]*",
    re.IGNORECASE,
)
# A step that writes to the complainant (the letter itself, not the work it waits for).
WRITES_TO_COMPLAINANT = re.compile(
    r"\bwrit(?:e|es|ing)\b|\bletter\b|\binform\b|\badvise\b|\btell\b|\bupdate\b|\blet you know\b|\bnotify\b|"
    r"\bsend (?:you|a|an)\b|\bexplain",
    re.IGNORECASE,
)
# What a delay letter says (DISP 1.6.2R(2)): why there is no final response yet, when one is expected, and that
# the complainant may now go to the Financial Ombudsman Service.
DELAY_REASONS = re.compile(r"\breasons?\b|\bwhy\b|\bexplain", re.IGNORECASE)
EXPECTED_WHEN = re.compile(
    r"\bwhen (?:we|you|it|a|the|our)\b|\bexpect|\banticipat|\b(?:a|the|new|revised|target|resolution) date\b|"
    r"\bhow long\b|\btimescale|\bby when\b",
    re.IGNORECASE,
)
OMBUDSMAN_NAMED = re.compile(r"ombudsman|\bFOS\b", re.IGNORECASE)
# An escalation to the ombudsman that opens once time has passed without a final response ("unresolved after 8
# weeks", "if 15 business days have passed"): the plan tells the complainant of that right.
TIME_PASSED = re.compile(
    r"\b(?:\d+|eight|fifteen|thirty-five) (?:weeks?|business days?|working days?)\b|\bhave passed\b|\bhas passed\b|"
    r"\bunresolved after\b|\bnot (?:yet )?received (?:a|our|any) (?:final )?response\b",
    re.IGNORECASE,
)
# A text about going to the ombudsman: it names the ombudsman, a referral or the final response ("You must do so
# within six months of our final response").
ABOUT_REFERRAL = re.compile(r"ombudsman|\bFOS\b|\brefer|final response", re.IGNORECASE)
# The complainant's time limit for going to the ombudsman, where a text states it ("within six months of …").
MONTHS_STATED = re.compile(r"\b(\w+)(?: \(\d+\))? (?:calendar )?months?\b", re.IGNORECASE)

# Where one clause of a sentence ends (a hedge governs its own clause: "争取最大支援，以便快速响应" hedges the support,
# not the speed).
CLAUSE_BREAK = re.compile(r"[,，;；。.!?！？、]")

# ---------------------------------------------------------------- confidentiality (PC410)

# A text that keeps the complainant's data confidential, wherever a plan writes it: a principle (保密原则:
# 对投诉人信息严格保密), a rule for the media, an accountability item (泄露投诉人信息的追究责任), "we handle your
# personal information in line with the UK GDPR". 保密 or "confidential" about anything else (a secret
# document, the plan itself marked 内部) is rare in these plans and is read the same way.
CONFIDENTIALITY = re.compile(
    r"保密|隐私|个人信息|泄露|泄密|透露|脱敏|隐去|匿名|"
    r"\b(?:confidential\w*|privacy|personal (?:data|information|details)|data protection|GDPR)\b",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- one period, two starts (PC355)

# A period written with its start in a text: "within 8 weeks of receipt of your complaint", "unresolved after 8
# weeks of initially telling us", "35 working days from the date of the initial complaint".
PERIOD_WITH_START = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|ten|twelve|fifteen|twenty|thirty|thirty-five)\s+"
    r"(weeks?|working days?|business days?|calendar days?|days?|months?)\s+(?:of|from|since|after)\s+([^.;,]{3,80})",
    re.IGNORECASE,
)
# A start that is the organisation's receipt of the complaint, and one that is the complainant's own act of
# complaining (the two differ by the post, a weekend, a misrouted e-mail).
START_RECEIPT = re.compile(r"\breceipt\b|\breceiv|收到|接到", re.IGNORECASE)
START_COMPLAINANT = re.compile(
    r"\btelling us\b|\btold us\b|\binitially\b|\bfirst (?:complained|contacted|told|raised|wrote)\b|"
    r"\byou (?:complained|contacted us|made|raised|sent|submitted|told us|wrote)\b|"
    r"\b(?:date|day) (?:of|on which) (?:your|the) (?:initial |original |first )?complaint\b",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- channels written in prose (PC409)

# A text that tells the complainant how to complain, naming the ways, where the plan has no `channels` list:
# 客户可通过95xxx客服热线、各营业网点、官网和微信公众号投诉; 投诉电话:0571-8888000; "You can complain by phone, by
# email or in writing". A mention of a branch or a hotline in passing names no way to complain.
CHANNELS_IN_TEXT = re.compile(
    r"(?:客户|消费者|投诉人|旅客|乘客|患者|群众|业主|业户|用户|您|市民|游客|家长|学生|公众)[^。；;，,]{0,6}"
    r"(?:可|可以|均可|能够)(?:通过|拨打|致电|登录|来电|来信|来访|写信|采取)[^。；;]{0,40}(?:投诉|反映)|"
    r"投诉(?:电话|热线|邮箱|信箱)(?:为|是|：|:)\s*[\w(（]|"
    r"\b(?:complain|make (?:a|your) complaint|contact us|get in touch|raise (?:a|your) (?:complaint|concern))\b[^.;]{0,40}"
    r"\b(?:by|via|through|on|at|using|in)\b[^.;]{0,30}"
    r"\b(?:phone|telephone|calling|e-?mail|letter|post|writing|online|website|web ?form|in person|live chat|app)\b",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- acknowledgement for some channels only (PC363)

# An acknowledgement limited to the complaints made some ways: "written acknowledgement will only be provided
# for complaints received by letter or email", "no acknowledgement is sent for complaints by phone",
# 仅对书面投诉出具回执, 电话投诉不出具回执.
ACK_SOME_CHANNELS = re.compile(
    r"\bonly\b[^.;]{0,80}\b(?:letters?|e-?mails?|writing|written|post|online|web ?forms?)\b|"
    r"\b(?:not|no)\b[^.;]{0,40}\b(?:phone|telephone|calls?|in person|verbal(?:ly)?|oral(?:ly)?)\b|"
    r"(?:仅|只)(?:对|限|针对|就)?[^。；;]{0,20}(?:书面|信函|邮件|来信)|"
    r"(?:电话|口头|来电|现场)[^。；;]{0,10}(?:不|无需|不予)(?:出具|发送|提供)?(?:书面)?(?:受理)?(?:回执|确认)",
    re.IGNORECASE,
)
