"""From an outline to plan data: every extracted value carries where it came from.

The rules are general readings of how plans are written, not fitted to any one document:
headings map to sections by a vocabulary (vocab.SECTIONS); posts are phrases ending in a post
noun (组长, 经理, 负责人, Manager, …); amounts count as caps only next to a cap word (上限,
不得超过, up to, …); spans count as deadlines only with a deadline word (内, 以内, 前, within, …).
What cannot be placed is kept in `x-unmapped` with its paragraph number.
"""

from __future__ import annotations

from plancraft.importer import recache as re
from dataclasses import dataclass, field, replace
from typing import Any

from plancraft.model import GROUP, REFERENCE_FIELDS, type_from_title

from . import levels as grading
from . import acts, vocab
from .hant import read_simplified, simplified, source_script
from .channels import Channel, channels_in, contacts_in, heading_channel, is_address, is_address_line, said_more
from .caps import CAP_WORDS, PER_UNIT, caps_in, cell_cap, table_payments
from .grades import Grades, ends_with_other_cases, fold_response_parts, grade_opening, graded_headings, numbered_grade
from .ids import IdMaker
from .numbers import find_amounts, find_durations, for_place, number, per_place_deadlines, places_and_durations
from .outline import Node, Segment, build, segments
from .reader import Source
from .roles import PLACE_LABEL, SELF_ACTS, TEAM_LEADS, Organisation, is_team_name, names_people, outside_body, posts_in
from .steps import STEP_DEADLINE_HEADERS, STEP_OWNER_HEADERS, StepsMixin, unit_heading
from .text import (
    _PURPOSE_START,
    _SCOPE,
    NOT_STATED,
    Src,
    _clean,
    _deadline_in,
    _is_deadline,
    _only_deadlines,
    _short,
    _short_title,
    sentences,
)


@dataclass
class Draft:
    data: dict
    language: str
    unmapped: int = 0
    notes: list[str] = field(default_factory=list)
    mapped_sections: list[str] = field(default_factory=list)
    not_stated: list[str] = field(default_factory=list)


# A label that says how a case is handled (处理方式：查询物流轨迹…, 处置措施：…): what follows is what is done
_HANDLING_LABEL = re.compile(r"^\s*(?:处理|处置|应对|解决)(?:方式|方法|办法|措施)\s*[:：]")

_FREQUENCY = {
    "每天": "1d",
    "每日": "1d",
    "每周": "1w",
    "每月": "1mo",
    "每季度": "3mo",
    "每季": "3mo",
    "每半年": "6mo",
    "每年": "1y",
    "一年一次": "1y",
    "每两年": "2y",
    "annually": "1y",
    "every year": "1y",
    "yearly": "1y",
    "quarterly": "3mo",
    "monthly": "1mo",
    "weekly": "1w",
    "daily": "1d",
    "every six months": "6mo",
    "twice a year": "6mo",
    "every two years": "2y",
}
_FROM_PATTERNS = [
    re.compile(r"(?:自|从)(?P<f>[^，。；,;]{1,40}?)(?:之日)?起"),
    re.compile(
        r"(?:在)?(?P<f>(?:收到|接到|受理|接获|发生|发现|知悉|接报|接收)(?!机构|部门|人员|人)[^，。；,;]{0,40}?)"
        r"(?:后|之后|以后|之日|(?<!小)时(?!内|以内|之内))"
    ),
    re.compile(
        r"(?:of|from|after|upon|on)\s+(?P<f>(?:the\s+)?(?:date\s+of\s+|receipt\s+of\s+|receiving\s+)[^,.;()]{1,60}|receipt)\b",
        re.IGNORECASE,
    ),
]
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,12}\s*[〔\[［（(【]\s*\d{4}\s*[〕\]］）)】]\s*\d{1,4}\s*号")
_DATE_CN = re.compile(
    r"(?P<y>\d{4}|[一二三四五六七八九〇零]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*"
    r"(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
)
_DATE_ISO = re.compile(r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)")
_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
_DATE_EN = re.compile(
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[A-Z][a-z]+)\s+(?P<y1>\d{4})|"
    r"(?P<m2>[A-Z][a-z]+)\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4}))"
)
_EFFECTIVE = re.compile(r"施行|生效|实施|执行|印发|发布|effective|in force|comes into|takes effect|issued", re.IGNORECASE)
_ISSUER_END = re.compile(
    r"(?:银行|支行|分行|总行|公司|集团|局|委员会|委|办公室|办公厅|中心|政府|学校|医院|协会|学会|管理处|"
    r"物业|部|厅|署|Ltd\.?|Limited|plc|PLC|Bank|Council|Authority|Association|Trust|Company|Group|Society|University|"
    r"College|School|Hospital|Practice|Partnership|LLP|Inc\.?|Foundation)$"
)
# An English text naming the organisation that speaks as "we" (At Secret Spa, we are committed…; Plant Heritage aims to…;
# Dignity UK Limited is committed to…): its issuer, where no line of the document names one.
_EN_NAME = r"(?P<name>[A-Z][\w&'’.+-]*(?:[ \t]+(?:[A-Z][\w&'’.+-]*|[0-9]+\w*|of|and|&|the|for|de|in|on)){0,6})"
# RC Brown Investment Management PLC (RCBIM) strives…, Weighbridge Trust Limited (“WTL”) are committed…
_EN_SHORT_NAME = r"(?:[ \t]*\([\"“‘']?[A-Z][A-Za-z&]{1,9}[\"”’']?\))?"
_EN_ORG_SPEAKS = (
    re.compile(r"(?:\bAt|\bHere[ \t]+at)[ \t]+(?:the[ \t]+)?" + _EN_NAME + r",?[ \t]+(?:we|our)\b"),
    re.compile(
        r"(?:^|(?<=[.!?:])[ \t]+)(?:The[ \t]+)?"
        + _EN_NAME
        + _EN_SHORT_NAME
        + r"[ \t]+(?:(?:is|are)[ \t]+(?:fully[ \t]+)?(?:committed|dedicated)\b|(?:aims?|seeks?|strives?|welcomes?|values?|"
        r"takes?|recogni[sz]es?|endeavours?|wants?|follows?|(?:fully[ \t]+)?supports?)[ \t]+"
        r"(?:to|all|its|your|any|feedback|complaints?|every|that|the)\b)",
        re.MULTILINE,
    ),
)
# The organisation defining itself as "we" (Travel Curious Ltd ("Travel Curious", "we", "our" or "us") is…), or as
# a firm under a regulator (Memoria Funeral Plans Limited is authorised and regulated by the Financial Conduct…)
_EN_ORG_DEFINED = (
    re.compile(
        r"(?:^|(?<=[.!?:])[ \t]+)(?:The[ \t]+)?" + _EN_NAME + r"[ \t]*\([^()]{0,80}?[\"“‘'][ \t]*(?:we|us|our)[ \t]*[\"”’']"
    ),
    re.compile(
        r"(?:^|(?<=[.!?:])[ \t]+)(?:The[ \t]+)?"
        + _EN_NAME
        + r"[ \t]+(?:is|are)[ \t]+(?:authori[sz]ed(?:[ \t]+and[ \t]+regulated)?|regulated)[ \t]+by\b",
        re.MULTILINE,
    ),
)
# A name that opens a sentence as its subject, perhaps with its short name (Marketplace.Live ("Marketplace") provides…,
# Suffolk Libraries views complaints…): the issuer when the text names it again
_EN_ORG_DOES = re.compile(
    r"(?:^|(?<=[.!?:])[ \t]+)(?:The[ \t]+)?"
    + _EN_NAME
    + r"(?:[ \t]*\([^()]{1,60}\))?[ \t]+(?:provides|offers|operates|views|acknowledges|reserves|believes|works|"
    r"has[ \t]+(?:a|an)|is[ \t]+(?:a|an)[ \t]+(?:independent|registered|leading|national|local|community|charity|company|"
    r"family|UK|Australian|Irish|[A-Z]))\b",
    re.MULTILINE,
)
# What ends a company's name (Buildx (SW) Ltd, Acme Pty): a company, not a post or a place
_COMPANY_SUFFIXES = r"(?:Limited|LIMITED|Ltd\.?|LTD|plc|PLC|LLC|LLP|Inc\.?|Pty|GmbH)"
# Energunite Ltd have signed up to…, Buildx (SW) Ltd shall have in place…, the STAFF2U LTD formal Complaints Procedure:
# a company, by its suffix, acting or owning the procedure, in a text that speaks as "we"
_EN_COMPANY_ACTS = re.compile(
    r"(?:^|(?<=[.!?:])[ \t]+|\b[Tt]he[ \t]+)(?P<name>[A-Z][\w&'’.+-]*(?:[ \t]+(?:[A-Z][\w&'’.+-]*|\([A-Z]{1,6}\)|of|and|&)){0,5}"
    rf"[ \t]+{_COMPANY_SUFFIXES})"
    r"(?=[ \t]+(?:shall|will|have|has|is|are|must|aims?|operates?|takes?|formal|complaints?)\b)",
    re.MULTILINE,
)
# If you have a concern or complaint about Hornsdale Power Reserve you can…: whom a complaint is about, the issuer in a
# text that speaks as "we"
_EN_COMPLAINT_ABOUT = re.compile(
    r"\bcomplaints?[ \t]+(?:about|with|against)[ \t]+(?:the[ \t]+)?" + _EN_NAME + r"(?=[ \t]*(?:[,.;:]|you\b|please\b|$))"
)
# It is the policy of G A Jewellers and Pawnbrokers to…; You are a valued client of Method Asset Management and we…:
# whose policy, whose client, in a text that speaks as "we"
_EN_ORG_OF = re.compile(
    r"\b(?:[Ii]t[ \t]+is[ \t]+the[ \t]+(?:policy|aim|intention)|(?:valued[ \t]+)?(?:client|customer)s?)[ \t]+of[ \t]+"
    r"(?:the[ \t]+)?" + _EN_NAME + r"(?=[ \t]+(?:to|and)\b|[,.;])"
)
# The organisation given work as "we" (we will, we'll, we aim to, we shall), and the common noun it calls itself by
# (our Practice, the council, this firm)
_EN_WE_ACT = re.compile(r"\b[Ww]e(?:'ll|’ll|\s+(?:will|shall|aim|endeavou?r|try|undertake|are committed|would|must)\b)")
_SELF_NOUNS = (
    r"[Pp]ractice|[Ss]urgery|[Cc]ouncil|[Cc]ompany|[Ff]irm|[Tt]rust|[Ss]chool|[Cc]ollege|[Aa]cademy|[Uu]niversity|"
    r"[Aa]ssociation|[Cc]lub|[Cc]harity|[Ss]ociety|[Cc]entre|[Cc]enter|[Aa]gency|[Oo]rganisation|[Oo]rganization|"
    r"[Bb]usiness|[Bb]ank|[Mm]useum|[Gg]allery|[Tt]heatre|[Ll]ibrary|[Pp]arish|[Dd]iocese|[Hh]ospital|[Cc]linic|"
    r"[Nn]ursery|[Kk]indergarten|[Pp]re-?[Ss]chool|[Hh]ospice|[Ff]oundation|[Ii]nstitute|[Pp]artnership"
)
_EN_SELF_NOUN = re.compile(
    rf"\b(?:[Tt]he|[Oo]ur|[Tt]his)\s+(?P<noun>{_SELF_NOUNS})\b"
    # the noun alone (or its own: the firm's), not the first word of a post or a thing (the Practice Manager, council tax)
    r"(?=\s*[,.;:)’']|\s+(?:will|is|has|does|aims|may|shall|would|can|must|should|are|takes|welcomes|and|to|as|at|for|"
    r"with|by|or|on|if|when|who|which|that)\b|\s*$)"
)
# …or the noun given work in the third person (The Club will acknowledge…, the Practice aims to…)
_EN_SELF_ACTS = re.compile(
    rf"\b[Tt]he\s+(?:{_SELF_NOUNS})\s+(?:will|shall|aims|endeavou?rs|undertakes|is\s+committed|would|must|should|may|"
    r"encourages|adopts|takes|welcomes|expects|seeks|tries)\b"
)
# (fewer nouns name their posts: the Practice Manager is the practice's own, the Agency staff or the Trust Manager
# often another body's)
_EN_SELF_POST = re.compile(
    r"\b(?:[Tt]he|[Oo]ur|[Tt]his)\s+(?P<noun>[Pp]ractice|[Ss]urgery|[Cc]ompany|[Ff]irm|[Cc]ouncil|[Cc]ollege|[Ss]chool|"
    r"[Cc]lub|[Cc]harity|[Pp]harmacy)\s+(?:[Mm]anager|[Tt]eam|[Ss]taff)\b"
)
# A document's title that names the organisation (Interparcel Complaints Policy, Complaints Policy for Wareham Forest
# Tourist Park): its issuer when the text names it again (Website Complaints Policy names no organisation)
_EN_COMPANY_SUFFIX = re.compile(rf"\b{_COMPANY_SUFFIXES}$")
_EN_DOCUMENT_KIND = (
    # Customer Incident and Complaints Procedure, Feedback and Complaints Policy: complaints named beside another word
    r"(?:(?:[A-Z][\w-]*,?[ \t]+){1,3}(?:and|&)[ \t]+)?"
    r"(?:(?:Customer[ \t]+|Client[ \t]+)?Complaints?[ \t]+(?:Handling[ \t]+)?(?:Policy|Procedures?|Process)|"
    # Agriplus Limited Returns Policy: a shop's own terms, where it handles what goes wrong
    r"Returns?(?:[ \t]+(?:and|&)[ \t]+Refunds?)?[ \t]+Policy|Refunds?[ \t]+Policy)"
)
_EN_ORG_TITLED = re.compile(
    r"^(?:The[ \t]+)?(?:"
    + _EN_NAME
    + r"[ \t]+(?:[–—-][ \t]+)?"
    + _EN_DOCUMENT_KIND
    + r"|"
    + _EN_DOCUMENT_KIND
    # Complaints Policy for Wareham Forest Tourist Park; Complaint Procedure – Papillon Printing
    + r"[ \t]+(?:(?:for|of)[ \t]+(?:the[ \t]+)?|[–—|-][ \t]+)"
    + _EN_NAME.replace("?P<name>", "?P<name2>")
    + ")$"
)
# A title in the organisation's possession (Liveshopping's Third Party Legal Complaints Policy, Equilibrium Security's
# Customer Complaints Procedure): its issuer, named once is enough
_EN_ORG_OWNS_TITLE = re.compile(
    r"^(?:The[ \t]+)?" + _EN_NAME + r"['’]s[ \t]+(?:[A-Z][\w/&-]*[ \t]+){0,5}(?:Policy|Procedures?|Process|Code|Charter)\.?$"
)
# What opens a sentence but names no organisation (They aim…, Although the Society…, Our Company…, Specifically the
# Company…), or a document's name
_NOT_EN_ORG = re.compile(
    r"^(?:We|Our|They|It|This|These|That|If|You|Your|All|Any|Every|Each|In|A|An|Please|Where|When|Although|While|As|"
    r"Customer|Customers|Client|Clients|Staff|Management|Team|Service|Services|Complaints?|External|Internal|Formal|"
    r"Informal|Student|General|Standard|Feedback|Making|How|Tenants?|Residents?|Members?|Patients?|Parents?|Users?)\b"
    r"|^[A-Z][a-z]+ly\b"
    # a kind of organisation alone (The Company aims…; the Club 3000 Bingo it opens is a name)
    r"|^(?:The|Company|Organisation|Organization|Business|Practice|Council|Club|School|Trust|Board|Society|"
    r"Association|Firm|University|College|Charity)$"
    r"|\b(?:Policy|Procedure|Process|Charter|Statement|Customer|Client|and|of|the|for|in|on|de)$"
    # a post or a team of the organisation, not the organisation (The Clerk aims to…, Postmaster)
    r"|\b(?:Manager|Clerk|Officer|Director|Secretary|Chair|Chairman|Chairperson|Postmaster|Team|Department|Lead|"
    r"Co-?ordinator|Administrator|Adviser|Advisor|Staff)$"
)
# A Chinese title that opens with its organisation's name (舟山医院医保投诉管理制度, 安徽绩溪农村合作银行重大事项管理规定):
# the name ends in a kind of organisation and comes before the title's subject. A name made only of kind words
# (人民医院, 物业公司, 村镇银行) names no one organisation: a title shared by many, not an issuer.
_ZH_ORG_KINDS = (
    "股份有限公司|有限责任公司|有限公司|分公司|支公司|子公司|公司|集团|总行|分行|支行|银行|营业部|信用社|合作社|旅行社|"
    "医院|卫生院|门诊部|诊所|中心|总局|分局|局|委员会|管理处|管理所|事务所|研究所|派出所|大学|学院|学校|中学|小学|幼儿园|"
    "协会|学会|商会|基金会|研究院|设计院|博物馆|图书馆|纪念馆|体育馆|酒店|宾馆|饭店|商场|广场|超市|景区|乐园|公园|陵园|"
    "项目部|电厂|水厂|工厂|停车场|农场|林场|收费站|加油站|车站|客运站|电站|工会|红十字会|妇联|大厅|大厦"
)
_ZH_ORG_KIND = f"(?:{_ZH_ORG_KINDS})"
_ZH_TITLE_SUBJECT = re.compile(
    r"关于|投诉|应急|预案|突发|事件|事故|安全|消防|防汛|防台|管理|工作|服务(?!中心)|客户|客诉|医保|疫情|防控|期间|消费者|顾客|"
    r"患者|旅客|乘客|重大|处置|处理|纠纷|舆情|信访|举报|意见|制度|办法|规定|细则|流程|程序|方案|危机|\d{4}年|年度|[（(《]"
)
_ZH_KIND_WORD = re.compile(
    r"人民|第[一二三四五六七八九十\d]+|农村|村镇|商业|合作|城市|自来水|燃气|电力|供电|供水|热力|物业|物流|保险|证券|出租|汽车|"
    r"客运|公交|地铁|职业|技术|科技|卫生|社区|事务|受理|律师|数据|融媒体|媒体|农贸|市场|离退休|干部|活动|儿童|剧院|剧场|机动车|"
    r"检测|高速|公路|连锁|零售|门店|蔬菜|光伏|分布式|地下|营业|网点|客服|呼叫|烟草|石油|温泉|服务|青少年|校外|居家|养老|网络|数字|"
    r"电视|广播|宠物|装修|购物|商店|食品|商住|水上|有限|责任|股份|" + _ZH_ORG_KINDS + r"|^[省市县区镇乡村]|分|支|总|某|"
    r"[XxＸｘ×＊*Ⅹ]+|\s|\W|\d"
)


def _issuer_in_title(title: str) -> str | None:
    """The organisation a Chinese title opens with, as the title writes it, or None."""
    plain = simplified(title)
    body = re.sub(r"^(?:关于(?:印发|下发|发布|修订)?|印发)?《?", "", plain).strip()
    start = len(plain) - len(body)
    subject = _ZH_TITLE_SUBJECT.search(body)
    if not subject or subject.start() < 3 or re.match(r"本|我|各|该|全|有关", body):
        return None
    name = re.match(rf".+{_ZH_ORG_KIND}", body[: subject.start()])  # the longest: 某某集团分公司
    own = name and re.fullmatch(rf"(?P<own>.+?)(?:{_ZH_ORG_KIND})+", name.group())
    if not own or len(_ZH_KIND_WORD.sub("", own.group("own"))) < 2:
        return None
    return title[start : start + len(name.group())]


_NOT_PROCEDURE_TITLE = re.compile(
    r"背景|意义|重要性|概念|定义|术语|名词解释|释义|基本情况|概况|单位简介|公司简介|"
    r"\b(?:background|definitions?|glossary|key terms|overview|about us|who we are)\b",
    re.IGNORECASE,
)
_PROCEDURE_WORDS = re.compile(r"处理|处置|流程|程序|办理|handl|procedure|process|stage", re.IGNORECASE)
# A value in what would be a table's header row (a phone number, a web or mail address): the table is a form of labels
# and values (机构名称 | 滨州市博物馆 | 办公电话 | 0543-3215689), not columns under headings.
_FORM_VALUE = re.compile(r"\d{3,4}[-－]\d{6,8}|\b1[3-9]\d{9}\b|https?://|www\.|[\w.]+@[\w.]+\.\w+")
_FORM_POST_LABEL = re.compile(r"职\s*务|职\s*位|position|job title", re.IGNORECASE)
_FORM_DUTY_LABEL = re.compile(r"(?:工作)?分\s*工|(?:工作|主要)?职\s*责|responsibilities", re.IGNORECASE)
_FORM_LABEL = re.compile(r"信息|名称|姓\s*名|^name$", re.IGNORECASE)

# A table's label for by when a thing is done (作业时间, 处理时限, Time limit), in a header row or down a first column
_TIME_HEADERS = (
    "时限",
    "期限",
    "时间要求",
    "作业时间",
    "处理时间",
    "周转时间",
    "办结时间",
    "time limit",
    "timescale",
    "turnaround",
)
_TIME_HEADER = re.compile("|".join(_TIME_HEADERS), re.IGNORECASE)
# The heads of a table's columns of service times (Respond Time, Finish Time)
_TIMES_HEADER = re.compile(r"\btime|respon|finish|complet|resolution|resolve|attend|fix\b|repair", re.IGNORECASE)
# A table of cases and what is done in each (偶发事件 | 处理办法, Incident | What to do): the case column's and the
# handling column's labels
_CASE_HEADERS = ("事件", "情形", "情况", "问题", "事故", "situation", "incident", "scenario", "problem")
_HANDLING_HEADERS = (
    "处理办法",
    "处理方法",
    "处置办法",
    "处置方法",
    "处理措施",
    "处置措施",
    "应对措施",
    "应急措施",
    "处理方式",
    "处置方式",
    "解决办法",
    "应对方法",
    "what to do",
    "what we do",
    "what we will do",
)
# A line that speaks to the reader (欲查询详情请…前往您附近的豐隆银行分行): a sentence that ends in a place, not the issuer
_ADDRESSES_READER = re.compile(r"[您你]|请|欲|如需|如有|联系|前往|\b(?:you|your|please|contact)\b", re.IGNORECASE)
_TITLE_WORDS = re.compile(
    # Complaints Code / Complaints Charter: a complaint procedure by another name
    r"预案|办法|制度|方案|规定|细则|规程|流程|程序|指引|"
    # 投诉处理规范, 服务守则, 作业要点, 应急处置手册: a norm of handling or service (运作规范 alone heads a section)
    r"(?:投诉|服务|处理|处置|管理|作业|应急)(?:规范|守则|准则|要点|手册|指南)|"
    r"plan|procedure|policy|protocol|guide|"
    r"complaints?[ \t]+(?:handling[ \t]+)?(?:code|charter|standards?|arrangements)\b",
    re.IGNORECASE,
)


class Extractor(Organisation, Grades, StepsMixin):
    def __init__(self, source: Source, lang: str | None) -> None:
        self.source = source
        # paragraphs (and table cells) in traditional characters are read like simplified ones (hant.py); in a
        # document written in them, every text is, even a cell too short to tell its script (3個工作日)
        texts = [t for b in source.blocks for t in (b.text, *(c for row in b.rows for c in row))]
        read = simplified if source_script(texts) is not None else read_simplified
        blocks = [replace(b, text=read(b.text), rows=[[read(c) for c in row] for row in b.rows]) for b in source.blocks]
        self.segs = segments(blocks)
        self.lang = lang or _guess_language(self.segs)
        self.ids = IdMaker()
        self.roles: list[dict] = []  # each: {"id": Src, "title": Src, ...}
        self.role_by_title: dict[str, str] = {}
        self.groups: list[dict] = []
        self.unmapped: list[dict] = []
        self.used: set[int] = set()  # id() of segments already used
        self.period_criteria: set[str] = set()  # levels' criteria that are handling periods (情况复杂的延长至30日)
        self.blank_posts: set[tuple] = set()  # where a form leaves a post's holder blank (组长：), read as that post
        self.last_seat: str | None = None  # the role a roster line just seated (组 长:胡 兴 党委书记), for the next line
        self.team_named_only: dict | None = None  # a team a line named with its roster only (灭火组：姚剑榕 曾曲), for the next
        self._kept_headings: set[int] = set()  # id() of headings kept as text (_unmap_heading)
        self.settled: set[tuple] = set()  # where text was kept that no later pass may read as acts: ("p", 12)
        self.mapped: list[str] = []
        self.notes: list[str] = []  # what the report should say of how the draft was read (Draft.notes)
        self.step_deadlines: set[int] = set()
        self.context_title = ""
        self.speaking_org: Src | None = None  # an English organisation that speaks as "we", named by _issuer
        self.key_of: dict[int, str | None] = {}
        self.table_deadlines: list[dict] = []
        self.graded_period_lines: set[int] = set()  # P1 – 2 business hours: read as a grade's deadline already
        self.external: list[dict] = []  # parties outside the organisation an escalation names
        self.rule_text: dict[int, str] = {}  # id() of an escalation rule -> what its sentence says before the verb
        self.case_scenarios: set[int] = set()
        self.title_text = ""
        self.title_seg: Segment | None = None
        self.heading_key: dict[tuple, str | None] = {}  # (paragraph, title) of a heading -> its section
        self.node_of: dict[int, Node] = {}  # id() of a paragraph -> the heading it stands under
        self.heading_of: dict[int, Node] = {}  # a heading's paragraph number -> its heading
        self.deferred: list[tuple[Segment, Node | None]] = []  # loose paragraphs that act, placed after the prose pass
        # headings read as a procedure by their shape (a list of acts, prose that acts) in a document with no procedure
        # section, and the scenarios they made: the prose pass still reads the other paragraphs (it runs only when no
        # procedure was found)
        self.shape_nodes: set[int] = set()
        self.shape_scenarios: set[int] = set()

    # ------------------------------------------------------------ main

    def run(self) -> Draft:
        title_seg = self._title_segment()
        self.title_text = _own_title(title_seg.text) if title_seg is not None else ""
        self.title_seg = title_seg
        segs = [s for s in self.segs if s is not title_seg]
        root, front = build(segs)
        self.outline = root
        fold_response_parts(root)
        for node in list(root.walk())[1:]:
            own = vocab.section_for(node.title)
            parent = node.parent.key if node.parent is not None else None
            if parent == "scenarios" and own not in (None, "scenarios", "time_limits", "limits", "reporting", "levels"):
                own = "scenarios" if own == "media" else own  # 媒体曝光 under 应急处置: a case; 处置原则 stays principles
            if parent == "levels" and grading.is_level_name(node.title):
                own = "levels"  # 蓝色预警 / 一级响应 under a levels heading is a level, not early warning
            if parent == "organisation" and (
                is_team_name(node.title)
                or unit_heading(re.sub(r"[（(][^）)]*[）)]\s*$", "", node.title)) is not None
                or vocab.DUTIES_LABEL.fullmatch(node.title)  # 主要职能： over a group's charges
            ):
                # 现场处置组 / 宣传报道组 / 客户服务部(投诉处理牵头部门) under the organisation: a working group or a unit and
                # its duties, not a procedure
                own = "organisation"
            if (
                own in (None, "scenarios")  # 突发事件处置组 names what it handles, and is a group
                and is_team_name(node.title)
                and node.items
                and re.match(rf"^(?:组长|副组长|{'|'.join(TEAM_LEADS)})\s*[：:]", node.items[0].text.strip())
            ):
                own = "organisation"  # (一)突发事件处置组 > 负责人：苏文博: a working group and who leads it, wherever it stands
            if (
                own in (None, "review")
                and vocab.TIER_TITLE.match(node.title)
                and any(self._TAKEN_ON.search(seg.text) for seg in node.items[:3] if not seg.is_table)
            ):
                own = "scenarios"  # Review: If you're not happy with the reply to your complaint…: a tier, not the plan's review
            if own is None and parent == "scenarios" and _NOT_PROCEDURE_TITLE.search(node.title):
                parent = None  # 工作背景 / 基本概念 / Definitions under 应急处置: what the plan is about, not what is done
            node.key = (
                own or (parent if parent not in ("general", "annexes") else None) or (parent if parent == "annexes" else None)
            )
            if own is None and vocab.describes(node.title):
                node.key = None  # 原因分析 under a procedure: what happened and why, not what is done
            elif node.key is None and (node.parent is None or node.parent.key is None):
                node.key = vocab.topic_for(node.title)
        for node in root.walk():
            if (
                node.key != "organisation"
                and not node.children
                and node.items
                and is_team_name(node.title)
                and all(not seg.is_table and names_people(seg.text) for seg in node.items)
            ):
                node.key = "organisation"  # 1、安全保障组：周志华 何卫东 under 保障: a working group and who is in it
        self._stage_siblings(root)
        self._way_headings(root)
        self._listed_acts(root)
        self._stage_siblings(root, least=3)  # again: three procedures read by their shape make their siblings stages
        self._warning_stages(root)
        self._listed_conditions(root)
        self._reports_that_act(root)
        graded_headings(root)
        self.key_of = {id(item): node.key for node in root.walk() for item in node.items}
        self.heading_key = {(node.number, node.title): node.key for node in root.walk()}
        self.node_of = {id(item): node for node in root.walk() for item in node.items}
        self.heading_of = {node.number: node for node in root.walk() if node.parent is not None}
        plan: dict[str, Any] = {"plancraft": 1}
        document = self._document(root, front, title_seg)
        sections = self._sections(root, front)
        plan["document"] = document
        for key in _TOP_ORDER:
            if key in sections and key not in _NOT_FROM_TEXT:
                plan[key] = sections[key]
        not_stated = []
        for key in ("purpose", "scope"):
            if not plan.get(key):
                plan[key] = Src(NOT_STATED[self.lang])
                not_stated.append(key)
        for key in ("principles", "levels", "scenarios"):
            plan.setdefault(key, [])
        plan.setdefault("organisation", {})
        if self.unmapped:
            plan["x-unmapped"] = self.unmapped
        draft = Draft(
            _order(plan),
            self.lang,
            len(self.unmapped),
            # a section is reported as mapped only when the plan holds something under it: a deadlines section
            # whose spans all went into steps' `within` mapped no time limit (the report counts 0 of them)
            mapped_sections=sorted(k for k in set(self.mapped) if k not in _TOP_ORDER or plan.get(k) or document.get(k)),
            not_stated=not_stated + (["document.title"] if document["title"].at is None else []),
            notes=list(self.notes),
        )
        return draft

    def _stage_siblings(self, root: Node, least: int = 2) -> None:
        """Numbered headings of which half or more name stages of the procedure (1. Acknowledgement, 2. Assessment,
        3. Investigation, 4. Checking; (一)迅速启动响应机制 (二)及时履行告知服务 (三)协同开展现场处置): one the
        vocabulary does not know is a stage too, with what stands under it, when what stands under it mostly says who
        does what by when (an essay's 建立有效的反馈机制 under 一、二、… does not)."""
        for parent in root.walk():
            by_family: dict[str | None, list[Node]] = {}
            for child in parent.children:
                by_family.setdefault(child.family, []).append(child)
            for family, siblings in by_family.items():
                stages = [n for n in siblings if n.key == "scenarios"]
                # one the vocabulary maps to reporting (（二）上报 between （一）受理 and （三）处理) is a stage too when it acts
                unknown = [n for n in siblings if n.key is None or (n.key == "reporting" and not n.children)]
                if family is None or len(stages) < least or len(stages) * 2 < len(siblings) or not unknown:
                    continue
                for node in unknown:
                    parts = [p for seg in node.items if not seg.is_table for p in sentences(seg.text)]
                    if not parts or 2 * sum(1 for p in parts if self._steplike(p) and not self._POLICY.search(p)) < len(parts):
                        continue
                    node.key = "scenarios"
                    for sub in node.walk():
                        if sub.key is None:
                            sub.key = "scenarios"

    def _way_headings(self, root: Node) -> None:
        """Short headings no section knows that each name a way to complain (By phone / By post / By email, 电话投诉 /
        网上投诉) and stand over its number, address or link, or beside another such heading: channels, each named by
        its heading. One whose text acts (电话投诉 > 接到电话投诉后，应…) is a procedure's and stays so."""
        for parent in root.walk():
            ways = {id(n) for n in parent.children if n.key is None and not n.children and self._way_title(n.title)}
            for index, node in enumerate(parent.children):
                if id(node) not in ways:
                    continue
                texts = [seg.text for seg in node.items if not seg.is_table]
                parts = [p for t in texts for p in sentences(t)]
                beside = {id(n) for n in parent.children[max(0, index - 1) : index + 2]} - {id(node)}
                if not texts or any(self._steplike(p) or self._acts(p) for p in parts):
                    continue  # 书信投诉：…由客户服务专员接收，负责发起投诉处理流程: what is done with it is a step
                if contacts_in("\n".join(texts)) or beside & ways:
                    node.key = "channels"

    def _way_title(self, title: str) -> bool:
        """A short title naming a way to complain to the organisation itself (an ombudsman's heading names where to go
        next, read as escalation)."""
        if len(title) > (12 if self.lang == "zh-CN" else 40) or _PROCEDURE_WORDS.search(title):
            return False
        ways = channels_in(title, self.lang)
        if not ways or ways[0].kind == "regulator":
            return False
        # 网上投诉, 电子邮件 name the way and nothing else (医院设置纠纷电话 says what is done); By phone, At one of our branches
        return ways[0].name == title.strip() if self.lang == "zh-CN" else len(title.split()) <= 5

    def _listed_acts(self, root: Node) -> None:
        """A heading the vocabulary does not map (一般客诉, Handling a problem) is a procedure, named by it, when by their
        shape the paragraphs under it say what is done: a list of acts (_list_acts: two or more items numbered alike,
        half of them acts, or all the items after a lead-in ending in their modal), a lead-in that announces steps and
        the paragraphs after it (_announced_acts), or prose that acts (_prose_acts). Not a heading that describes the
        event, defines terms, speaks of the plan itself (注意事项, 有关要求) or names the organisation (About us), only
        names a unit (电话中心：, read with the unit's acts) or stands under a section (总则); nor a list after a lead-in
        of duties, principles, promises or ways to complain, or of charges (X负责…), of what the complainant or the
        reader must do; nor promises (Our commitment to you), unless they say what is done by when (We will acknowledge
        your complaint within 5 working days)."""
        nodes = list(root.walk())[1:]
        if all(n.key is None for n in nodes) and any(unit_heading(n.title) for n in nodes):
            return  # a plan of one event told unit by unit (1.4电话中心：…): its acts are read as the units' procedure
        # beside a procedure section the prose pass does not run: paragraphs that act under another heading are read here
        beside = any(n.key == "scenarios" for n in nodes)
        for node in nodes:
            if (
                node.key is not None
                or node.children
                or vocab.describes(node.title)
                or _NOT_PROCEDURE_TITLE.search(node.title)
                or vocab.not_a_section(node.title)
                or unit_heading(node.title) is not None  # a unit's own heading: its acts are read with the unit's
                or (self._PROMISE.search(node.title) and not self._promised_by_when(node))  # we will listen: manners
                or (node.parent is not None and node.parent.key is not None)  # under 总则 (general): not the procedure
            ):
                continue
            if (
                any(self._list_acts(run, lead) for run, lead in self._item_runs(node.items))
                or self._announced_acts(node.items)
                or self._prose_acts(node, beside)
            ):
                node.key = "scenarios"
                if not beside:
                    self.shape_nodes.add(id(node))

    @staticmethod
    def _promised_by_when(node: Node) -> bool:
        """Promises one of which gives a period (We will acknowledge your complaint within 5 working days): what is
        done by when, not only how the reader will be treated (We will listen to what you tell us)."""
        return any(_deadline_in(p) for seg in node.items if not seg.is_table for p in sentences(seg.text))

    # "please speak to a supervisor", "Please contact us": an imperative addressed to the reader
    _PLEASE = re.compile(r"(?:^|[,;]\s*|\b(?:then|however),?\s+)please\s+[a-z]+", re.IGNORECASE)

    def _prose_acts(self, node: Node, beside: bool) -> bool:
        """Paragraphs under a heading no section names ("Who do you complain to?"; 二、电梯困人) most of whose sentences
        say what is done (we will …, the problem will be resolved …, you should take …, please speak to …; 工程部接报后应
        立即赶到现场…。客服部要及时安抚…): a procedure."""
        if self._item_runs(node.items):
            return False
        parts = [p for seg in node.items if not seg.is_table for p in sentences(seg.text)]
        if self.lang != "en":
            # 工程部接报后应立即赶到现场…。客服部要及时安抚业主…: two sentences or more that say who acts, at once or by
            # when, and half of all; a post's charge (负责…), what a body is made of, a policy or a sanction are no acts.
            # Only beside a procedure section: without one the prose pass reads all such paragraphs together
            if not beside:
                return False
            said = [
                p
                for p in parts
                if self._steplike(p)
                and not self._POLICY.search(p)
                and not self._SANCTION.search(p)
                and not self._COMPLAINANT_FIRST.match(p)
                and not self._duties_only(p)
                and not self._ORG_TEXT.search(p)
            ]
            return len(said) >= 2 and len(said) * 2 >= len(parts)
        acting = [
            p
            for p in parts
            if (self._steplike(p) or self._ACTION.search(p) or self._PLEASE.search(p))
            and not self._YOUR_OPTION.search(p)
            and not self._POLICY.search(p)
        ]
        # one at least says what the organisation does (we will, the problem will be resolved, our manager will): not
        # only what the reader should or must do ("What we expect from you": you should be polite, you must not …)
        return len(acting) >= 2 and len(acting) * 2 >= len(parts) and any(not self._READER_ACTS.match(p) for p in acting)

    _ORG_TEXT = acts.ORG_TEXT

    _READER_ACTS = acts.READER_ACTS

    def _warning_stages(self, root: Node) -> None:
        """A monitoring heading (预警机制) whose numbered sub-headings are stages, each with text that says what is done
        (1. 信息收集与分析：通过…收集信息，及时发现… 2. 风险评估 3. 预警发布：…及时发布预警信息，并启动…): an early-warning
        procedure, not the sources of monitoring; paragraphs under it without such stages stay monitoring."""
        for node in root.walk():
            kids = node.children
            if (
                node.key != "monitoring"
                or len(kids) < 2
                or len({k.family for k in kids}) != 1
                or kids[0].family in (None, "plain")
                or any(k.children or not k.items or vocab.section_for(k.title) not in (None, "monitoring") for k in kids)
            ):
                continue
            texts = [[p for s in k.items if not s.is_table for p in sentences(s.text)] for k in kids]
            # a stage acts when half its sentences or more do (an essay's 投诉来源分析: 通过…跟踪…。例如…。银行可以… does not)
            acting = sum(
                1
                for parts in texts
                if parts and 2 * sum(1 for p in parts if self._steplike(p) or self._ACTION.search(p)) >= len(parts)
            )
            if acting * 2 >= len(kids) and acting >= 2:
                node.key = "scenarios"
                for kid in kids:
                    kid.key = "scenarios"

    # 旅游投诉应当符合下列条件 / 对下列行为之一的，可以提出投诉 / "the following information": a heading that announces
    # a list of conditions, cases or things
    _CONDITIONS_HEAD = re.compile(
        r"(?:下列|以下|如下)[^，,。:：]{0,6}(?:条件|情形|情况|行为|范围|事项|材料|内容|资料|信息)|(?:下列|以下)[^，,。]{0,12}之一|"
        r"\bthe following (?:conditions|circumstances|situations|information|details|criteria)\b",
        re.IGNORECASE,
    )

    def _listed_conditions(self, root: Node) -> None:
        """A heading inside a procedure that announces a list of conditions or cases (七、旅游投诉应当符合下列条件 （一）投诉者与
        投诉事项有直接利害关系的…（二）有明确的被投诉者…), whose items mostly do not act: what the list names is no step;
        its items are placed as any paragraph is (kept unmapped when nothing takes them)."""
        for node in root.walk():
            if node.key != "scenarios" or node.children or not self._CONDITIONS_HEAD.search(node.title):
                continue
            items = [s for s in node.items if not s.is_table]
            acting = sum(1 for s in items if any(self._steplike(p) or self._ACTION.search(p) for p in sentences(s.text)))
            if len(items) >= 2 and acting * 2 < len(items):
                node.key = None

    # 报告的主要内容： / 报告内容包括： / "Your complaint should include:": what a report or a complaint holds
    _CONTENTS_LEAD = re.compile(
        r"(?:内容|要素|事项|信息|资料)(?:包括|包含|主要有|如下|为)?[:：]$|(?:包括|包含)(?:以下|如下|下列)?(?:内容|信息|事项)?[:：]$|"
        r"\b(?:include|contain|details?|information)\b[^:]{0,30}:$",
        re.IGNORECASE,
    )

    def _listed_contents(self, nodes: list[Node]) -> None:
        """In a procedure, a lead-in naming what something holds (服务突发事件报告的主要内容：) and the list after it of
        things that do not act ((一)营业厅名称、地点 (二)事件发生的时间 …): the list is what the report holds, not steps;
        its items are kept with their position."""
        for top in nodes:
            for node in top.walk():
                for run, lead in self._item_runs([s for s in node.items if id(s) not in self.used]):
                    if lead is None or not self._CONTENTS_LEAD.search(lead.text.strip()) or self._acts(lead.text):
                        continue  # a lead-in that acts (应要求投诉人说明下列事项：) is one step with the things it lists
                    if any(self._steplike(p) or self._MODAL.search(p) for s in run for p in sentences(s.text)):
                        continue
                    for seg in run:
                        self._unmap(seg, node)

    def _item_runs(self, items: list[Segment]) -> list[tuple[list[Segment], Segment | None]]:
        """Runs of two or more items numbered or bulleted alike, each with the paragraph before it (its lead-in, if any).
        An unnumbered paragraph between two items goes on with the item before it (1、通知维保单位到场。/ 维保单位应在
        30分钟内到达。/ 2、…) and is no item; a table, an item of another kind or text the outline put elsewhere ends
        the run."""
        runs: list[tuple[list[Segment], Segment | None]] = []
        index = 0
        while index < len(items):
            seg = items[index]
            family = seg.family
            if seg.is_table or not (family in self._LISTED or (family or "").startswith("list")):
                index += 1
                continue
            run, end, probe = [seg], index, index + 1
            while probe < len(items):
                nxt = items[probe]
                if nxt.is_table or nxt.number - items[probe - 1].number > 1:  # something of the source between them
                    break
                if nxt.family is None and probe + 1 < len(items):
                    probe += 1  # a paragraph going on with the item before it
                    continue
                if nxt.family != family:
                    break
                run.append(nxt)
                end = probe
                probe += 1
            if len(run) >= 2:
                lead = items[index - 1] if index > 0 and not items[index - 1].is_table else None
                runs.append((run, lead))
            index = end + 1
        return runs

    # 投诉人应当提供真实姓名…; 您可以…: what the complainant does or must bring, not what the plan's people do
    _COMPLAINANT_FIRST = re.compile(r"^(?:客户|投诉人|患者|消费者|您|旅客|乘客|游客|业主|用户|来访人|当事人|委托人|被委托人)")

    # a lead-in ending in the modal its listed items go on from (we will: / the manager should: / 受理人员应：)
    _WILL_LEAD = re.compile(
        r"\b(?:will|shall|must|should)(?:\s+(?:also|then|now|normally|usually|aim to|try to))?\s*[:：]$|"
        r"(?:[’']ll)\s*[:：]$|(?<![响相适反对供答])(?:应当?|应该|须|必须|需要)(?:做到|做好)?[:：]$",
        re.IGNORECASE,
    )

    # English acts said in the present in a list (1. We log your complaint … 2. A housing officer contacts you … 3. The
    # panel reviews …): we and a verb, or an agent (officer, manager, team, panel …) and a verb in -s, after any leading
    # clause. Not read in prose, where the present also describes (We manage 4,000 homes.)
    _EN_PRESENT_ACT = re.compile(
        r"^(?:(?:if|when|once|after|where|within|on|then)\b[^,]{0,100},\s*)?(?:then\s+)?"
        r"(?:we(?:\s+then|\s+also)?\s+(?!are\b|were\b|have\b|had\b|can\b|may\b|might\b|could\b|would\b|do\b|did\b|aim\b|"
        r"want\b|believe\b|value\b|hope\b|expect\b|understand\b|know\b|need\b|recognise\b|recognize\b|appreciate\b|"
        r"welcome\b|accept\b|regret\b|try\b|strive\b|take\b|treat\b|see\b|feel\b|think\b)[a-z]{3,}\b|"
        r"(?:the|a|an|our|your)\s+(?:[a-z]+\s+){0,2}(?:officer|manager|team|staff|adviser|advisor|supervisor|director|lead|"
        r"leader|head|coordinator|co-ordinator|handler|executive|representative|agent|department|unit|panel|committee|"
        r"desk|centre|center)\s+(?:then\s+|also\s+)?(?!is\b|has\b|was\b|does\b)[a-z]{3,}s\b)",
        re.IGNORECASE,
    )

    # 客服部负责受理投诉并登记 / 负责设施设备的维修: a unit's standing charge (its duties), with no time or urgency of an act
    _CHARGE = re.compile(
        r"^(?:[^，,；;。]{2,24}?)?(?:负责|主管|分管|牵头负责)(?!人)(?![^。；;]*(?:立即|及时|迅速|第一时间|\d+\s*(?:分钟|小时|日|天|个工作日)))"
    )

    def _announced_acts(self, items: list[Segment]) -> bool:
        """A lead-in that announces steps (接报后按以下步骤处置： / The steps we take are as follows:) and two or more
        paragraphs after it, unnumbered, most of which act (安抚被困人员情绪… 通知维保单位到场。…)."""
        for index, seg in enumerate(items):
            text = "" if seg.is_table else seg.text.strip()
            if not re.search(r"[:：]$", text) or not self._LEAD_IN.search(text) or self._NOT_STEPS_LEAD.search(text):
                continue
            after: list[Segment] = []
            for follower in items[index + 1 :]:
                if follower.is_table or follower.family is not None or re.search(r"[:：]$", follower.text.strip()):
                    break
                after.append(follower)
            acting = sum(
                1
                for f in after
                if any(
                    self._steplike(p) or self._MODAL.search(p) or self._SERIAL_VERB.match(p) or self._EN_PRESENT_ACT.match(p)
                    for p in sentences(f.text)
                )
            )
            if len(after) >= 2 and acting * 2 >= len(after) and acting >= 2:
                return True
        return False

    def _list_acts(self, run: list[Segment], lead: Segment | None) -> bool:
        if lead is not None:
            last = (sentences(lead.text) or [lead.text])[-1] + lead.text.strip()[-1:]
            if re.search(r"[:：]$", lead.text.strip()) and (
                self._NOT_STEPS_LEAD.search(last)
                or self._PROMISE.search(last)
                or self._WAYS_LEAD.search(last)
                or (self._ENUMERATION.search(last) and not self._LEAD_IN.search(last))
            ):
                return False
            if (
                self._WILL_LEAD.search(lead.text.strip())
                and not self._YOUR_OPTION.search(last)
                and not self._READER_ACTS.match(last)
            ):
                # the practice manager will: • acknowledge it • look into it: the lead-in's modal is every item's
                return sum(1 for seg in run if not self._thing(seg.text)) * 2 >= len(run)
        acting = 0
        for seg in run:
            parts = sentences(seg.text) or [seg.text]
            if any(
                # 安抚被困人员情绪…; 通知维保单位到场: an item that opens with its verb is an act, as in any list of steps
                (self._steplike(p) or self._ACTION.search(p) or self._EN_PRESENT_ACT.match(p) or self._SERIAL_VERB.match(p))
                and not self._POLICY.search(p)
                and not self._SANCTION.search(p)
                and not self._COMPLAINANT_FIRST.match(p)
                and not self._CHARGE.match(p)
                and not self._READER_ACTS.match(p)  # • You should treat our staff with respect: the reader's conduct
                for p in parts
            ):
                acting += 1
        return acting * 2 >= len(run) and acting >= 2

    # acts other than reporting that a section named for a report may describe (启动应急预案, 组织撤离, 形成专项报告)
    _ACTS_BESIDES_REPORT = re.compile(
        r"启动|组织|形成|撤离|疏散|排除|拨打|协助|赶赴|处置|处理|核查|核实|调查|张贴|引导|安抚|响应|开展|采取|落实|解释|"
        r"\b(?:investigate|resolve|contact|arrange|send|respond|review)\b",
        re.IGNORECASE,
    )

    def _reports_that_act(self, root: Node) -> None:
        """A section named for a report (突发事件第一时间报告, 处置完毕报告) whose text says what is done besides reporting
        (负责开展各项处置工作…启动相应的应急预案; 形成专项报告…处理完毕后) is a stage of the procedure, not the reporting
        rules: two different acts besides reporting, in a text that acts."""
        for node in root.walk():
            if node.key != "reporting" or node.children or vocab.section_for(node.title) != "reporting":
                continue
            texts = [seg.text for seg in node.items if not seg.is_table]
            verbs = {m.group().lower() for t in texts for m in self._ACTS_BESIDES_REPORT.finditer(t)}
            if len(verbs) >= 2 and any(self._steplike(p) for t in texts for p in sentences(t)):
                node.key = "scenarios"

    def _addresses(self) -> None:
        """A postal address written one part a line (Financial Ombudsman Service / Exchange Tower / Harbour Exchange Square):
        two or more short lines without punctuation, one of them a street, building, town or postcode, are kept as they
        are (x-unmapped), not read as steps or headings' text."""
        run: list[Segment] = []

        def flush() -> None:
            if is_address([s.text for s in run]) and self.key_of.get(id(run[0])) != "channels":
                for seg in run:  # (under a way's heading, By post, it is how to reach that way: the channel's contact)
                    self._unmap(seg, self.node_of.get(id(seg)))
            run.clear()

        for seg in self.segs:
            if (
                not seg.is_table
                and seg.family is None
                and seg.heading is None
                and is_address_line(seg.text)
                and id(seg) not in self.used
                and seg is not self.title_seg
            ):
                run.append(seg)
            else:
                flush()
        flush()

    # ------------------------------------------------------------ document

    def _title_segment(self) -> Segment | None:
        for seg in self.segs[:3]:
            if seg.title_style or (
                seg.heading == 1 and _TITLE_WORDS.search(seg.text) and sum(1 for s in self.segs if s.heading == 1) <= 1
            ):
                return seg
        for seg in self.segs[:30]:
            if seg.is_table or seg.family or seg.heading:
                if seg.heading is not None and seg is self.segs[0] and _TITLE_WORDS.search(seg.text):
                    return seg
                break
            text = seg.text
            if (
                len(text) <= 60
                and not re.search(r"[。；;！!？?，,:：_]|第\d+页|page \d", text)
                and _TITLE_WORDS.search(text)
                and not _DOC_NUMBER.search(text)
                and not _DATE_CN.search(text)
            ):
                return seg
        return None

    def _document(self, root: Node, front: list[Segment], title_seg: Segment | None) -> dict:
        doc: dict[str, Any] = {}
        text_segs = [s for s in self.segs if not s.is_table]
        title = Src(_own_title(title_seg.text), ("p", title_seg.number)) if title_seg else None
        if title is None:
            for seg in text_segs:
                m = re.search(r"(?:特制定|制定|制订|编制)(?:了)?(?:本)?《(?P<t>[^》]{4,80})》", seg.text)
                if m:
                    title = Src(m.group("t"), ("p", seg.number))
                    break
        if title is None:
            for line in self.source.headers:  # a title only in the page header (客户投诉应急预案 on every page)
                if len(line) <= 60 and _TITLE_WORDS.search(line) and not _DOC_NUMBER.search(line) and not _DATE_CN.search(line):
                    title = Src(_own_title(line), ("h", 0))
                    break
        if title is None:
            title = Src(NOT_STATED[self.lang])
        doc["id"] = Src(self.ids.make(_short_title(str(title.value)), "imported-plan") if title.at else "imported-plan")
        self.ids.reserve(str(doc["id"].value))
        doc["title"] = title
        kind = type_from_title(title.value) if title.at is not None else None
        at = title.at
        if kind is None and title.at is None:  # no title: a first line that names the procedure (处理程序:)
            kind, at = self._procedure_line()
        if kind:  # document.type: written out when the document names itself a procedure
            doc["type"] = Src(kind, at)
        issuer = self._issuer(front)
        if issuer is None and title.at is not None and self.lang == "zh-CN":
            named = _issuer_in_title(str(title.value))
            issuer = Src(named, title.at) if named else None
        if issuer:
            doc["issuer"] = issuer
        # the page headers' segments are kept on self: their id() may be marked used, and must not be reused
        self._header_segs = [Segment(0, h) for h in self.source.headers]
        for seg in text_segs[:40] + self._header_segs:
            m = _DOC_NUMBER.search(seg.text)
            if m:
                doc["number"] = Src(re.sub(r"\s+", "", m.group()), ("p", seg.number) if seg.number else ("h", 0))
                if seg in front and len(seg.text) <= len(m.group()) + 4:
                    self.used.add(id(seg))
                break
        effective = self._effective(text_segs)
        if effective:
            doc["effective"] = effective
        for key, value in self._control_table().items():
            if key == "title" and doc["title"].at is not None:
                continue
            if key not in doc or (key == "title" and doc["title"].at is None):
                doc[key] = value
        doc["language"] = Src(self.lang)
        basis = self._basis(root, text_segs)
        if basis:
            doc["basis"] = basis
        return doc

    _CONTROL_LABELS = (
        (
            "effective",
            re.compile(
                r"^(?:生效|实施|施行|发布|印发)(?:日期|时间)$|^(?:effective|issue|publication) date$|^date of issue$", re.I
            ),
        ),
        (
            "number",
            re.compile(r"^(?:文件编号|文号|发文字号|编号)$|^(?:document|policy) (?:number|reference|no\.?)$|^reference$", re.I),
        ),
        (
            "issuer",
            re.compile(r"^(?:发布|编制|制定|发文|印发)(?:单位|部门|机构)$|^issued by$|^(?:document |policy )?owner$", re.I),
        ),
        ("title", re.compile(r"^(?:文件|制度|预案)?(?:名称|标题)$|^(?:document|policy) (?:title|name)$|^title$", re.I)),
    )

    def _control_table(self) -> dict[str, Src]:
        """A document-control table near the top (生效日期 | 2024年3月1日, 文件编号 | 某银发〔2024〕12号, Owner | …): its
        labelled cells give the effective date, number, issuer and title the text does not state."""
        out: dict[str, Src] = {}
        for seg in self.segs[:12]:
            if not seg.is_table:
                continue
            for r, row in enumerate(seg.rows or [], 1):
                cells = [c.strip().rstrip("：:") for c in row]
                for i in range(0, len(cells) - 1):
                    for key, label in self._CONTROL_LABELS:
                        value = cells[i + 1].strip()
                        if key in out or not value or not label.match(cells[i]):
                            continue
                        if key == "effective":
                            date = _find_date(value)
                            if date:
                                out[key] = Src(date, ("t", seg.table, r))
                        else:
                            out[key] = Src(re.sub(r"\s+", "", value) if key == "number" else value, ("t", seg.table, r))
        return out

    def _procedure_line(self) -> tuple[str | None, tuple | None]:
        """With no title: one of the first lines names a complaint procedure (Complaints process, 投诉处理程序,
        or a bare 处理程序 in a text about complaints), and no line of the text speaks of an emergency (the
        title rule of plancraft.model applied to each)."""
        texts = [s for s in self.segs if not s.is_table]
        if not any(re.search(r"投诉|complain", s.text, re.IGNORECASE) for s in texts) or any(
            type_from_title("投诉" + s.text) is None for s in texts
        ):
            return None, None
        for seg in texts[:12]:
            line = seg.text.strip().rstrip(":：")
            if len(line) <= 40 and (type_from_title(line) or re.fullmatch(r"(?:投诉)?处理(?:程序|流程)", line)):
                return type_from_title("投诉" + line), ("p", seg.number)
        return None, None

    def _issuer(self, front: list[Segment]) -> Src | None:
        candidates = [s for s in self.segs[-4:] if not s.is_table] + [s for s in front[:3] if not s.is_table]
        for seg in candidates:
            text = seg.text.strip()
            text = re.sub(r"文件$", "", text)
            if (
                2 <= len(text) <= 40
                and not re.search(r"[。；;，,：:！!？?《》]", text)
                and _ISSUER_END.search(text)
                and not _TITLE_WORDS.search(text)
                and not _ADDRESSES_READER.search(text)
            ):
                self.used.add(id(seg))
                return Src(text, ("p", seg.number))
        for line in self.source.headers:
            if 2 <= len(line) <= 40 and _ISSUER_END.search(line) and not _TITLE_WORDS.search(line):
                return Src(line, ("h", 0))
        for seg in self.segs[:20]:
            m = re.search(r"\bissued by (?:the )?([A-Z][\w&']*(?: (?:[A-Z][\w&']*|of|and|&|for)){0,7})(?=[,.;]|$)", seg.text)
            if m and not _NOT_EN_ORG.search(m.group(1).strip()):  # A response issued by the Clerk: a post
                return Src(m.group(1), ("p", seg.number))
        speaks_as_we = self.lang == "en" and (
            len(re.findall(r"\b(?:we|our|us)\b", " ".join(s.text for s in self.segs), re.IGNORECASE)) >= 3
        )
        patterns = (
            *_EN_ORG_SPEAKS,
            *_EN_ORG_DEFINED,
            *((_EN_COMPLAINT_ABOUT, _EN_ORG_OF, _EN_COMPANY_ACTS) if speaks_as_we else ()),
            _EN_ORG_TITLED,
            _EN_ORG_OWNS_TITLE,
            _EN_ORG_DOES,
        )
        for pattern in patterns if self.lang == "en" else ():
            for seg in self.segs[:30]:
                for m in pattern.finditer(seg.text):
                    name = re.sub(r"[’']s$", "", (m.group("name") or m.groupdict().get("name2") or "").strip(" .,'’"))
                    if len(name) < 3 or _NOT_EN_ORG.search(name) or re.search(r"\b(?:Our|Your|We)\b", name):
                        continue
                    if outside_body(name) or outside_body(self._aliases().get(name, "")):
                        continue  # a complaint with the Financial Ombudsman Service, or the IFSO it spells out
                    if (
                        pattern in (_EN_ORG_TITLED, _EN_ORG_DOES)
                        and not _EN_COMPANY_SUFFIX.search(name)  # Agriplus Limited Returns Policy: a company, named once
                        and not any(
                            re.search(rf"(?<!\w){re.escape(name)}(?!\w)", other.text) for other in self.segs if other is not seg
                        )
                    ):
                        continue
                    self.speaking_org = Src(name, ("p", seg.number))
                    return self.speaking_org
        return None

    def _calls_itself_we(self) -> Src | None:
        """An English text that calls itself "we" three times or more: where it first does."""
        if self.lang != "en":
            return None
        said = [seg for seg in self.segs for _ in re.finditer(r"\b[Ww]e\b", seg.text)]
        return Src("We", ("p", said[0].number)) if len(said) >= 3 else None

    def _speaking_self(self) -> Src | None:
        """An English text that gives itself work as "we" (We will acknowledge…, we aim to…) three times or more and
        calls itself by a common noun (the Practice, our council, this firm), never by a name: that noun, the most
        used, where first said (a role titled Practice, Council, Firm)."""
        acts = sum(len(_EN_WE_ACT.findall(seg.text)) for seg in self.segs)
        # (or in the third person: The Club will…, the Practice aims to…, twice or more)
        acts_as_noun = sum(len(_EN_SELF_ACTS.findall(seg.text)) for seg in self.segs)
        if acts < 3 and acts_as_noun < 2:
            return None
        # the noun alone first; else the noun of its posts (the Practice Manager, our Surgery team): the practice all the same
        for pattern in (_EN_SELF_NOUN, _EN_SELF_POST):
            said: dict[str, list[tuple[str, int]]] = {}
            for seg in self.segs:
                for m in pattern.finditer(seg.text):
                    said.setdefault(m.group("noun").lower(), []).append((m.group("noun"), seg.number))
            if said:
                noun, number = max(said.values(), key=len)[0]
                return Src(noun, ("p", number))
        return None

    def _effective(self, segs: list[Segment]) -> Src | None:
        standalone = None
        says_from_issue = False
        for seg in segs:
            for sentence in sentences(seg.text):
                date = _find_date(sentence)
                if date and _EFFECTIVE.search(sentence):
                    return Src(date, ("p", seg.number))
                if re.search(
                    r"自(?:印发|发布|下发|公布)之日起(?:施行|执行|生效|实施)|from the date of (?:issue|publication)",
                    sentence,
                    re.IGNORECASE,
                ):
                    says_from_issue = True
            date = _find_date(seg.text)
            if date and len(seg.text) <= 20:
                standalone = Src(date, ("p", seg.number))
                self.used.add(id(seg))
        return standalone if says_from_issue else None

    def _basis(self, root: Node, segs: list[Segment]) -> list[Src]:
        out: list[Src] = []
        seen: set[str] = set()

        def add(text: str, at: tuple) -> None:
            if text not in seen:
                seen.add(text)
                out.append(Src(text, at))

        for node in root.walk():
            if node.key == "basis":
                self.mapped.append("document.basis")  # where the file keeps it
                for seg in node.all_items():
                    if seg.is_table:
                        continue
                    self.used.add(id(seg))
                    titles = re.findall(r"《[^》]{2,80}》", seg.text)
                    for t in titles:
                        add(t, ("p", seg.number))
                    if not titles and self.lang == "en" and len(seg.text) < 200:
                        add(_clean(seg.text), ("p", seg.number))
        if out:
            return out
        for seg in segs[:30]:
            if re.search(r"(?:根据|依据|依照|按照|遵照)", seg.text) and re.search(r"制定|制订|编制", seg.text):
                for t in re.findall(r"《[^》]{2,80}》", seg.text.split("制定")[0]):
                    add(t, ("p", seg.number))
                if out:
                    break
        return out

    # ------------------------------------------------------------ sections

    def _sections(self, root: Node, front: list[Segment]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        scenario_nodes: list[Node] = []
        self._addresses()
        self._graded_periods(root)
        self._lead_in_procedures(root, front, out)
        self._flowcharts(root, front, out)
        self._numbered_front(front, out)
        nodes = list(root.walk())[1:]
        self._unit_procedures(root, out)
        if all(node.key is None for node in nodes):  # or under lines that map to no section (a page's labels, 21.00 KB)
            for node in nodes:
                if not node.children:
                    self._numbered_front(node.items, out, fallback=node.title)
        for seg in front:
            if id(seg) in self.used or seg.is_table:
                if seg.is_table:
                    self._table(seg, None, out)
                continue
            if _PURPOSE_START.search(seg.text) and "purpose" not in out:
                self._purpose(seg, out)
            elif _SCOPE.search(seg.text) and "scope" not in out and len(seg.text) < 300:
                out["scope"] = Src(seg.text, ("p", seg.number))
                self.mapped.append("scope")
            else:
                self._place(seg, None, out)
        for node in list(root.walk())[1:]:
            key = node.key
            if key is None and not node.items and not node.children:
                # a heading with nothing under it that maps to nothing (the last line of a cut copy, a line taken
                # for a heading): its text is kept, like any paragraph mapped to no section
                self._unmap_heading(node)
                continue
            if key == "scenarios":
                if node.parent is None or node.parent.key != "scenarios":
                    scenario_nodes.append(node)
                continue
            items = [s for s in node.items if id(s) not in self.used]
            if key is None or key in ("general", "basis"):
                listing_principles = False  # after 第三条 应急处置工作遵循以下原则：, the items listed are principles
                for seg in items:
                    if listing_principles and not seg.is_table and (seg.marker or seg.family in self._LISTED):
                        out.setdefault("principles", []).append(_principle(re.sub(r"[；;。]$", "", seg.text), seg.number))
                        self.used.add(id(seg))
                        continue
                    listing_principles = False
                    if key != "basis" and not seg.is_table and _PRINCIPLES_LEAD.search(seg.text):
                        listing_principles = True
                        self.used.add(id(seg))
                        self.mapped.append("principles")
                        continue
                    if seg.is_table:
                        self._table(seg, node, out)
                    elif key == "general" and _PURPOSE_START.search(seg.text) and "purpose" not in out:
                        self._purpose(seg, out)
                    elif key == "general" and _SCOPE.search(seg.text) and "scope" not in out:
                        out["scope"] = Src(seg.text, ("p", seg.number))
                        self.mapped.append("scope")
                    elif key != "basis":
                        self._place(seg, node, out)
                continue
            self.mapped.append(key)
            handler = getattr(self, f"_sec_{key}", None)
            if handler is None:
                self._sec_text(key, node, items, out)
            else:
                handler(node, items, out)
        self._organisation_everywhere(root, out)
        self._members_and_posts()
        self._listed_contents(scenario_nodes)
        for node in scenario_nodes:
            self.mapped.append("scenarios")
            before = len(out.get("scenarios") or [])
            self._sec_scenarios(node, out)
            if id(node) in self.shape_nodes:
                self.shape_scenarios.update(id(s) for s in (out.get("scenarios") or [])[before:])
        self._ordinal_procedures(out)
        self._procedure_from_prose(out)
        for seg, node in self.deferred:
            if id(seg) not in self.used:
                self._place(seg, node, out, deferred=True)
        self._loose_escalations(out)
        self._unmapped_acts(out)
        self._modal_sentences_left(out)
        self._duties_as_procedure(out)
        self._unmapped_acts(out, step_mates=True)
        self._levels_from_scenarios(out)
        self._levels_elsewhere(out)
        self._levels_by_urgency(root, out)
        self._levels_from_stage_table(out)
        self._levels_from_escalations(out)
        self._levels_from_conditions(out)
        self._levels_from_chain(out)
        self._levels_informal_formal(out)
        self._levels_stages_told(out)
        self._tiers_named_after(out)
        self._level_leads(out)
        self._scenario_levels(out)
        self._late_owners(out)
        self._deadline_titles(out)
        self._caps_and_deadlines(out)
        if self.external:
            out["external"] = self.external
        self._acting_teams(out)
        self._roles_for_groups(out)
        self._drop_bare_roles(out)
        # the organisation given work: as "we" (We will acknowledge…) a role titled We, held by the name or the
        # common noun it calls itself by where it says one (We — Swift Internet, We — Practice), as transcribers
        # write it; in the third person only (The Club will…), by that name or noun
        we = self._calls_itself_we()
        itself = self.speaking_org or (self._speaking_self() if self.lang == "en" else None)
        if we is not None:
            name = str(itself.value) if itself is not None else ""
            role = self._role_dict(self._add_role("We", we.at, holder=name[:1].upper() + name[1:] or None))
            if not role.get("duties"):
                # what it says it will do (We will acknowledge…, we aim to…) is its duties, each sentence once
                said = {
                    _clean(sentence): seg.number
                    for seg in self.segs
                    if not seg.is_table
                    for sentence in sentences(seg.text)
                    if _EN_WE_ACT.search(sentence)
                }
                if said:
                    role["duties"] = [Src(duty, ("p", number)) for duty, number in said.items()]
        elif itself is not None:
            self._add_role(str(itself.value), itself.at)
        if self.roles or self.groups:
            org: dict[str, Any] = {}
            if self.groups:
                org["groups"] = self.groups
            if self.roles:
                org["roles"] = self.roles
            out["organisation"] = org
        self._keep_empty_headings(root, out)
        return out

    def _keep_empty_headings(self, root: Node, out: dict) -> None:
        """A line read as a heading with nothing under it whose words no part of the draft holds (the last line of a
        cut copy, 5.信息技术部接到故障报告后协调…): kept with its position, like any paragraph mapped to no section."""
        held = "\n".join(_strings([out, self.unmapped, self.roles, self.groups, self.external]))
        for node in list(root.walk())[1:]:
            if node.items or node.children or not node.title or len(node.title) < 8 or node.title in held:
                continue
            self._unmap_heading(node)

    def _acting_teams(self, out: dict) -> None:
        """A team the text names only with its duties (现场指挥组：负责…) that opens steps of the procedure as who acts
        (现场指挥组负责现场应急处置工作的指挥和协调): a role, as the format needs who does a step to be (actions[].by
        names roles), not a group of nobody; those steps are its. A team with a leader or members stays a group, and so
        does one whose line of duties (报警联络组：拨打119报警) is all the procedure says of it."""
        steps = [step for scenario in out.get("scenarios") or [] for step in scenario.get("actions") or []]
        for group in list(self.groups):
            name = str(group["name"].value)
            if set(group) - {"id", "name", "duties"} or not group.get("duties") or len(name) < 3:
                continue
            opened = [
                step
                for step in steps
                if re.match(rf"(?:由)?{re.escape(name)}(?![\u4e00-\u9fff]*组长|\s*[：:])", str(step["do"].value))
            ]
            if not opened:
                continue
            ident = str(group["id"].value)
            self.groups.remove(group)
            self._keep_role({"id": group["id"], "title": group["name"], "duties": group["duties"]})
            for step in opened:
                step.setdefault("by", Src(ident, step["do"].at))

    def _roles_for_groups(self, out: dict) -> None:
        """A field that names roles only (scenarios[].owner, actions[].by, limits[].approver …: the format's table,
        model.REFERENCE_FIELDS) read as a group (领导小组负责…): the group's leader, who acts for it, else no one named
        there (the text still names the group), so that no draft fails PC101 for the importer's reading."""
        leaders = {str(group["id"].value): group.get("leader") for group in self.groups}
        if not leaders:
            return
        for spec in REFERENCE_FIELDS:
            if GROUP in spec.allowed or not spec.current or spec.path[0] == "organisation":
                continue  # the organisation's own fields are filled with roles where they are read
            holders: list[dict] = [out]
            for key in spec.path[:-1]:
                inner = [holder.get(key) for holder in holders]
                holders = [item for v in inner for item in (v if isinstance(v, list) else [v]) if isinstance(item, dict)]
            key = spec.path[-1]
            for holder in holders:
                value = holder.get(key)
                if not isinstance(value, Src) or str(value.value) not in leaders:
                    continue
                leader = leaders[str(value.value)]
                if leader is not None:
                    holder[key] = Src(leader.value, value.at)
                else:
                    del holder[key]

    def _drop_bare_roles(self, out: dict) -> None:
        """A role named by a generic word alone (人员, 部门, 中心, He) that nothing in the plan names (no step's owner,
        no approver, no group's member) is no post of the plan: what a clause said of it stays in the text."""
        used = set(_strings([out, self.groups, self.external]))
        self.roles = [
            role
            for role in self.roles
            if not (_BARE_ROLE.fullmatch(str(role["title"].value)) and "holder" not in role and str(role["id"].value) not in used)
        ]

    def _place(self, seg: Segment, node: Node | None, out: dict, *, deferred: bool = False) -> None:
        """A paragraph under no section: placed by its topic (label or first sentence), else kept unmapped."""
        parts = sentences(seg.text)
        topic = parts[0] if parts else seg.text
        handling = _HANDLING_LABEL.match(seg.text)
        key = "scenarios" if handling else vocab.topic_for(topic[:60])
        if key == "scenarios" and re.match(r"^[^：:，,。]{1,8}[:：]", seg.text) and not handling:
            key = None  # "标题: …" / "Address: …": a label and its value, not a procedure (处理方式：… is one)
        if key == "scenarios" and (
            self._NOT_STEPS_LEAD.search(re.split(r"(?<=[:：])", seg.text.strip(), maxsplit=1)[0])
            or self._GROUP_SET_UP.search(seg.text)
        ):
            key = None  # 应急处置工作应遵循以下原则：…; 成立应急处置领导小组，负责…: principles, a group, not a procedure
        if key is None or id(seg) in self.used:
            self._unmap(seg, node)
            return
        at = ("p", seg.number)
        if handling and node is not None and node.title and len(seg.text[handling.end() :].strip()) >= 4:
            # 2. 货物丢失或损坏 > 处理方式：要求客户提供证据…: the case under its heading, what follows the label its steps
            self.used.add(id(seg))
            self.mapped.append("scenarios")
            scenario = {"id": Src(self.ids.make(_short_title(node.title), "scenario")), "title": Src(node.title, at)}
            for text in sentences(seg.text[handling.end() :]):
                self._step(scenario, text, at)
            self._owner(scenario)
            out.setdefault("scenarios", []).append(scenario)
            return
        # "We will respond …", 我们会指定专人…: a step, not a name
        acts = key == "scenarios" and self._steplike(topic) and len(topic) > (16 if re.search(r"[\u4e00-\u9fff]", topic) else 40)
        if acts and (deferred and all(self._duties_only(p) for p in parts)):
            self._unmap(seg, node)  # who is in charge of what (X负责…，Y负责…): kept, no procedure
            return
        if acts and not deferred:
            # a loose paragraph that acts waits for the prose pass, which reads it with the paragraphs around it
            # (a complaints page in prose: one procedure, not a scenario for each paragraph it happens to open)
            self.deferred.append((seg, node))
            return
        if key == "scenarios" and not acts and len(parts) <= 1:
            self._unmap(seg, node)  # one sentence that names a case and says nothing done: no scenario of its own
            return
        self.used.add(id(seg))
        self.mapped.append(key)
        if key == "scenarios":
            title = topic if len(topic) <= 40 else _short(re.split(r"[，,]", topic)[0], 40)
            if acts:
                title = node.title if node is not None and node.title else ("处理流程" if self.lang == "zh-CN" else "Procedure")
            scenario = {"id": Src(self.ids.make(_short_title(title), "scenario")), "title": Src(title, at)}
            for text in parts[1:] if len(parts) > 1 and not acts else parts:
                self._step(scenario, text, at)
            self._owner(scenario)
            out.setdefault("scenarios", []).append(scenario)
        else:
            if key in ("review", "training", "drills"):
                # how the plan is kept (…will review this procedure every year): no later pass reads it as a step
                self.key_of[id(seg)] = key
            self._sec_texts(key, node or Node(topic, seg.number), [Src(seg.text, at)], out)

    def _unmapped_acts(self, out: dict, *, anywhere: bool = False, step_mates: bool = False) -> None:
        """A paragraph still left unmapped when every other reading is done, most sentences of which ACT
        (_sentence_acts: a subject that must do something, 由X + verb, a verb first, we/the officer will…, an
        imperative): its acts are steps of the procedure whose heading or steps stand nearest before it, else of a
        scenario named by its own heading. What it says besides its acts stays unmapped, with its position; so does a
        paragraph that describes, defines, promises, sets up a body or gives contact details. `anywhere`: under a
        sub-heading of a section too (a plan whose acts are all written under 组织机构与职责 > 2、职责). `step_mates`:
        only the paragraphs among steps (_among_steps: items of a numbered list, or short paragraphs under one heading,
        enough of whose neighbours are steps by now), whatever they say."""
        scenarios = out.get("scenarios") or []
        # anywhere, the items a duties lead-in lists (职责：) are acts too; a promise is none
        kept_apart = (
            self._listed_after_lead("_promise_only_ids", lambda last: bool(self._PROMISE.search(last)))
            if anywhere
            else self._promised()
        )
        mates = self._among_steps(scenarios) if step_mates else set()
        for seg in self.segs:
            listed = bool(seg.marker)
            if seg.is_table or not self._whole_unmapped(seg) or id(seg) in kept_apart:
                continue
            if step_mates and id(seg) not in mates:
                continue
            if not step_mates and not self._paragraph_acts(seg.text, listed):
                continue
            node = self.node_of.get(id(seg))
            if node is not None and (
                self._not_procedure_heading(node.title)
                or (not anywhere and node.parent is not None and node.parent.key is not None)
            ):
                continue  # under 注意事项 / Background, or a sub-heading of a section (1 总则 > 1.2 日常管理): not the procedure
            if id(seg) in self._reader_items():
                continue
            if (
                node is not None
                and node.key == "levels"
                and len({grading.severity(m.group()) for m in grading.GRADED_CASE.finditer(seg.text)}) >= 2
            ):
                continue  # 三、投诉分级 > 客服经理负责处理一般投诉；支行行长负责处理重要投诉…: the grades, read as levels
            target = self._nearest_scenario(seg, scenarios)
            if target is None:
                # anywhere, the heading above is no procedure's name (2、职责, a member's line taken for a heading)
                named = node is not None and node.title and not anywhere
                title = node.title if named else ("应急处置" if self.lang == "zh-CN" else "Response")
                target = self._new_scenario(title, ("p", node.number) if named and node.number else None)
                out.setdefault("scenarios", []).append(target)
                scenarios = out["scenarios"]
                self.mapped.append("scenarios")
            parts = [p for p in sentences(seg.text) if p.strip()]
            acting = [p for p in parts if self._sentence_acts(p, listed)] or (parts if step_mates else [])
            self._drop_unmapped(seg)
            self.used.add(id(seg))
            case = f"{node.title}：" if node is not None and node.number == seg.number else ""
            for index, part in enumerate(acting):
                if index == 0 and case and acts.case_label(case) == len(case) and node.title != str(target["title"].value):
                    # 2、上门进行投诉：导医先… split into a label and its text, read into the procedure before it: the
                    # case stays with its first act
                    part = case + part
                self._step(target, part, ("p", seg.number))
            rest = [p for p in parts if p not in acting]
            if rest:
                entry: dict[str, Any] = {"at": Src(self._where(seg))}
                if node is not None and node.title:
                    entry["heading"] = Src(node.title)
                entry["text"] = Src(("。" if self.lang == "zh-CN" else " ").join(rest))
                self.unmapped.append(entry)
            self._owner(target)

    def _among_steps(self, scenarios: list[dict]) -> set[int]:
        """id() of the paragraphs that stand among steps: the items of a numbered list (1、… 9、) two or more, and a third
        or more, of whose items are steps already (a list is one procedure, and an item that states no act the way the
        others do, 4、仪器、物品用有效氯擦拭消毒, is a step of it too); and the short paragraphs under a heading two thirds
        of whose paragraphs are steps (below)."""
        stepped = {a["do"].at[1] for sc in scenarios for a in sc.get("actions") or [] if a["do"].at and a["do"].at[0] == "p"}
        found: set[int] = set()
        segs = [s for s in self.segs if not s.is_table]
        start = 0
        while start < len(segs):
            end = start + 1
            family = segs[start].family
            while family and end < len(segs) and segs[end].family == family and segs[end].number == segs[end - 1].number + 1:
                end += 1
            run = segs[start:end]
            if family and len(run) >= 3:
                done = sum(1 for s in run if s.number in stepped)
                if done >= 2 and done * 3 >= len(run):
                    # but not a definition or the why of the list (一、本制度所称投诉，是指…), nor what it says of
                    # itself (第九条 本办法自印发之日起施行)
                    found.update(
                        id(s)
                        for s in run
                        if s.number not in stepped and not self._WHY.search(s.text) and not self._ABOUT_ITSELF.search(s.text)
                    )
            start = end
        # Paragraphs under one heading, two thirds or more of them steps already (2.检查维修: 查看电梯，如有人员被困，立即…;
        # 如外网停电，立即与供电部门取得联系…): a short one that says what is done with no modal or post the way the others do
        # (了解停电原因。制作部分房间钥匙，并分类放好。) is a step of the same procedure; one that explains, defines or leads
        # in is not
        nodes = {id(node): node for seg in segs if seg.number in stepped and (node := self.node_of.get(id(seg))) is not None}
        for node in nodes.values():
            paragraphs = [seg for seg in node.items if not seg.is_table]
            done = sum(1 for seg in paragraphs if seg.number in stepped)
            if done < 2 or done * 3 < len(paragraphs) * 2:
                continue
            found.update(
                id(seg)
                for seg in paragraphs
                if seg.number not in stepped
                and 4 <= len(seg.text.strip()) <= 80
                and re.search(r"[\u4e00-\u9fff]", seg.text)
                # (nor one that says what a thing is or counts: 其任务是…, 质量事故具体指…, 实行归口责任制, 2019年共发放…)
                and not re.search(r"[:：]|是|指|实行|分为|^\s*\d", seg.text)
                and not self._WHY.search(seg.text)
                and not self._ABOUT_ITSELF.search(seg.text)
                and not self._DESCRIPTION.search(seg.text)
                and not PLACE_LABEL.match(seg.text)
            )
        return found

    # An English sentence with a modal (we will, you can ask, the officer must, we'll) that no step holds yet, and that is
    # no lead-in, contact detail, way to get in touch or description of the page
    _EN_ANY_MODAL = re.compile(r"\b(?:will|shall|must|should|can|may)\b|['’]ll\b", re.IGNORECASE)
    _EN_NOT_LEFT_ACT = re.compile(
        r"\b(?:at|by|via|if|to|from|on|following(?: ways)?|below)$|@|www\.|https?://|\d{3,5}[ -]\d{3,4}[ -]\d{3,4}|"
        r"\byou\s+(?:can|may|could)\s+(?:also\s+)?(?:contact|write|visit|call|e-?mail|telephone|phone|ring|download|see|find|"
        r"read|view|get in touch)\b|\bcan be (?:contacted|reached|made|found|obtained|downloaded)\b|"
        r"\b(?:go wrong|falls? short|will help us|will enable us|explains|tells you)\b",
        re.IGNORECASE,
    )

    def _modal_sentences_left(self, out: dict) -> None:
        """English: a sentence under no section that says what will, must, should or can be done (we'll refund …; In
        our final response letter we will …; you can ask for a review by …) and that no step holds yet is a step of
        the procedure nearest before it, whatever the rest of its paragraph is; the rest stays where it was."""
        if self.lang != "en":
            return
        have = [str(a["do"].value) for sc in out.get("scenarios") or [] for a in sc.get("actions") or []]
        headings = {number for number, _ in self.heading_key}
        for seg in self.segs:
            if seg.is_table or seg is self.title_seg or self.key_of.get(id(seg)) is not None or id(seg) in self._promised():
                continue
            node = self.node_of.get(id(seg))
            if node is None and seg.number in headings:
                continue  # a heading (What we will do), not what stands under it
            if node is not None and self._not_procedure_heading(node.title):
                continue  # under Our commitment / What we expect from you / Background: no procedure's acts
            found = []
            for part in sentences(seg.text):
                after = seg.text[seg.text.find(part) + len(part) :][:2]
                if (
                    self._EN_ANY_MODAL.search(part)
                    and not part.endswith("?")
                    and ":" not in after
                    and not self._EN_NOT_LEFT_ACT.search(part)
                    # You should treat our staff with respect; Please be patient: the reader's conduct
                    and not re.match(r"^(?:[^,;]{0,80},\s*)?(?:you\s+(?:should|must)|please)\b", part, re.I)
                    and not any(part in h or h in part for h in have if len(h) > 10)
                ):
                    found.append(part)
            if not found:
                continue
            scenarios = out.setdefault("scenarios", [])
            target = self._nearest_scenario(seg, scenarios)
            if target is None:
                target = self._new_scenario(node.title if node is not None and node.title else "Procedure", ("p", seg.number))
                scenarios.append(target)
                self.mapped.append("scenarios")
            for part in found:
                if self._says_no_step(part):  # an option of the complainant's (you can ask …): a step as it is said
                    target.setdefault("actions", []).append({"do": Src(part, ("p", seg.number))})
                else:
                    self._step(target, part, ("p", seg.number))
                have.append(part)
            if self._whole_unmapped(seg):  # what is left of the paragraph stays unmapped, with its position
                self._drop_unmapped(seg)
                rest = [p for p in sentences(seg.text) if p not in found]
                if rest:
                    entry: dict[str, Any] = {"at": Src(self._where(seg)), "text": Src(" ".join(rest))}
                    if node is not None and node.title:
                        entry["heading"] = Src(node.title)
                    self.unmapped.append(entry)

    def _whole_unmapped(self, seg: Segment) -> bool:
        """The whole paragraph is kept unmapped (not what is left of one a pass read in part)."""
        where, text = self._where(seg), seg.text.strip()
        if ("p", seg.number) in self.settled:
            return False
        return any(u["at"].value == where and str(u["text"].value).strip().endswith(text) for u in self.unmapped)

    def _reader_items(self) -> set[int]:
        """id() of the items listed after a lead-in addressed to the reader (When you write to us, you should:,
        请您提供以下材料：): what the reader is asked to do, not steps."""
        return self._listed_after_lead(
            "_reader_ids", lambda last: bool(self._READER_ACTS.match(last) or re.search(r"\byou\b|您|请", last, re.IGNORECASE))
        )

    def _not_procedure_heading(self, title: str) -> bool:
        """A heading that describes the event, defines terms, speaks of the plan itself (注意事项, 有关要求) or names
        promises or the organisation: what stands under it is not what is done (as in _listed_acts)."""
        return bool(
            vocab.describes(title)
            or _NOT_PROCEDURE_TITLE.search(title)
            or vocab.not_a_section(title)
            or self._PROMISE.search(title)
        )

    def _nearest_scenario(self, seg: Segment, scenarios: list) -> dict | None:
        """The scenario whose heading or last step stands nearest before `seg` in the document. What is done at a level
        (a scenario of that level, under the level's heading) takes nothing from beyond that heading's section."""
        best, best_at = None, -1
        node = self.node_of.get(id(seg))
        for scenario in scenarios:
            if "level" in scenario and (node is None or scenario["title"].at != ("p", node.number)):
                continue
            ats = [scenario["title"].at] + [step["do"].at for step in scenario.get("actions") or [] if isinstance(step, dict)]
            for at in ats:
                if at and at[0] == "p" and isinstance(at[1], int) and best_at < at[1] < seg.number:
                    best, best_at = scenario, at[1]
        return best

    # Left unmapped and still acts, whatever else the sentence says: a deadline of the handling stated as a rule (原则上…,
    # 不得超过5个工作日), a charge that opens with 负责 (负责登记…)
    _RULED_ACT = re.compile(
        r"^负责(?!人)|(?:原则上|不得超过|不超过)[^，,。；;]{0,16}?[\d一二三四五六七八九十两半]+\s*个?(?:工作日|日|天|小时|周|个?月)"
    )

    def _sentence_acts(self, part: str, listed: bool = False) -> bool:
        return acts.sentence_acts(part, listed) or bool(
            re.search(r"[\u4e00-\u9fff]", part) and self._RULED_ACT.search(part) and not acts.YOUR_OPTION.match(part)
        )

    def _paragraph_acts(self, text: str, listed: bool = False) -> bool:
        """Half or more of the paragraph's sentences act (_sentence_acts), and it is no lead-in (…如下：)."""
        text = text.strip()
        if len(text) < 8 or re.search(r"[:：]$", text):
            return False
        parts = [p for p in sentences(text) if p.strip()]
        return bool(parts) and sum(1 for p in parts if self._sentence_acts(p, listed)) * 2 >= len(parts)

    def _unmap_heading(self, node: Node) -> None:
        """A heading with nothing under it, kept as text. Not through _unmap: a Segment made for it lives only for the
        call, and a later one could be given the same id() and be taken for used (the draft changed run to run)."""
        if id(node) in self._kept_headings:
            return
        self._kept_headings.add(id(node))
        entry: dict[str, Any] = {"at": Src(self._where_at(("p", node.number)))}
        if node.parent is not None and node.parent.title:
            entry["heading"] = Src(node.parent.title)
        entry["text"] = Src((node.marker + " " if node.marker else "") + node.title)
        self.unmapped.append(entry)

    def _unmap(self, seg: Segment, node: Node | None) -> None:
        if id(seg) in self.used:
            return
        self.used.add(id(seg))
        entry: dict[str, Any] = {"at": Src(self._where(seg))}
        if node is not None and node.title:
            entry["heading"] = Src(node.title)
        entry["text"] = Src(
            (seg.marker + " " if seg.marker else "") + seg.text
            if not seg.is_table
            else " | ".join(" / ".join(r) for r in seg.rows or [])
        )
        self.unmapped.append(entry)

    def _where(self, seg: Segment) -> str:
        if seg.is_table:
            return f"表{seg.table}" if self.lang == "zh-CN" else f"table {seg.table}"
        return f"第{seg.number}段" if self.lang == "zh-CN" else f"paragraph {seg.number}"

    # -- text-like sections

    def _sec_purpose(self, node: Node, items: list[Segment], out: dict) -> None:
        self._join_into("purpose", items, out)

    def _sec_scope(self, node: Node, items: list[Segment], out: dict) -> None:
        texts = [s for s in items if not s.is_table]
        if texts and re.search(r"不予受理|不受理|can.t|cannot|not (?:deal|cover|accept)", node.title, re.IGNORECASE):
            # 不予受理的情况 / What can't I complain about?: the scope says what is left out, under its heading
            first = texts[0]
            items = [replace(first, text=f"{node.title}{'：' if self.lang == 'zh-CN' else ': '}{first.text}")] + [
                s for s in items if s is not first
            ]
            self.used.add(id(first))
        self._join_into("scope", items, out)

    def _join_into(self, key: str, items: list[Segment], out: dict) -> None:
        texts = [s for s in items if not s.is_table]
        if not texts:
            return
        for s in texts:
            self.used.add(id(s))
        joined = "\n".join(s.text for s in texts)
        if key in out:
            out[key] = Src(str(out[key].value) + "\n" + joined, out[key].at)
        else:
            out[key] = Src(joined, ("p", texts[0].number))

    def _sec_principles(self, node: Node, items: list[Segment], out: dict) -> None:
        if self._read_as_procedure(node, items, out):
            return  # 三、处理原则 over who answers, who is handed what and by when
        principles = out.setdefault("principles", [])
        pending: dict | None = None
        for child in node.children:
            if child.key == "principles":
                entry = {"title": Src(child.title, ("p", child.number))}
                body = [s for s in child.items if not s.is_table]
                if body:
                    entry["text"] = Src("\n".join(s.text for s in body), ("p", body[0].number))
                    for s in body:
                        self.used.add(id(s))
                principles.append(entry)
        for seg in items:
            if seg.is_table:
                self._table(seg, node, out)
                continue
            self.used.add(id(seg))
            if seg.family is None and pending is not None and not re.search(r"原则[。:：]?$", seg.text):
                pending["text"] = Src(seg.text, ("p", seg.number))
                pending = None
                continue
            entry = _principle(seg.text, seg.number)
            principles.append(entry)
            pending = entry if "text" not in entry else None

    def _read_as_procedure(self, node: Node, items: list[Segment], out: dict) -> bool:
        """A principles or monitoring heading over who does what, read as a procedure, whatever its heading says: three
        sentences or more, half of them acts, and three at least naming who acts (工作人员将直接给客户答复；会转交给
        商务经理；商务经理…及时联系问题提出方), the organisation itself among them (本公司接获申诉后，将主动协调双方).
        False, and nothing read, otherwise."""
        if node.children:
            return False
        parts = [p for seg in items if not seg.is_table for p in sentences(seg.text)]
        acting = [p for p in parts if self._steplike(p)]
        named = [p for p in acting if posts_in(p[:30]) or SELF_ACTS.search(p)]
        if len(parts) < 3 or 2 * len(acting) < len(parts) or len(named) < 3:
            return False
        self.mapped.append("scenarios")
        self._sec_scenarios(node, out)
        return True

    def _sec_text(self, key: str, node: Node, items: list[Segment], out: dict) -> None:
        if key == "monitoring" and self._read_as_procedure(node, items, out):
            return  # 4.1 质量异常监测日常工作 over 质管部在接到《客户投诉单》后，…; 质管部立即…
        if key == "monitoring":
            items = self._cases_handled(node, items, out)
        texts = []
        tables = [seg for seg in items if seg.is_table]
        acting: list[Segment] = []
        for seg in items:
            if not seg.is_table:
                parts = sentences(seg.text)
                if key == "channels" and parts and 2 * sum(1 for p in parts if self._steplike(p)) >= len(parts):
                    # "How to make a complaint": … We will get back to you within 3 working days. — what is done, not
                    # a way to complain
                    acting.append(seg)
                    continue
                self.used.add(id(seg))
                texts.append(Src(_with_marker(seg), ("p", seg.number)))
        if acting:
            # a heading taken for the ways to complain (1. 投诉渠道 under 投诉受理与处理流程; The stages of making a
            # complaint): what it says is done is a procedure named by it
            self._scenario_from(node, acting, out.setdefault("scenarios", []), title=node.title)
        self._sec_texts(key, node, texts, out)
        for seg in tables:  # after the text, so that a group named in the text owns the table's posts
            self._table(seg, node, out)

    # A case the warning text goes on to handle: 若发现…信息，信息获取第一人应在第一时间报…; 如发生群体上访事件的，要立即…
    _CASE_OPENS = re.compile(
        r"(?:^|(?<=[。；;]))\s*(?:若|如果?|一旦|倘若|凡)(?:[^，,。；;]{0,20}?)(?:发现|发生|接到|出现|收到|接报)"
    )

    def _cases_handled(self, node: Node, items: list[Segment], out: dict) -> list[Segment]:
        """Under a warning heading, a paragraph that turns from watching to handling a case (…建立工作台帐。如发生群体上访
        事件的，要立即选派…，第一时间赶赴现场…): from the case on, a procedure with the case as its trigger; what comes
        before stays text. Only where two acts at least follow the case."""
        if self.lang != "zh-CN":
            return items
        kept: list[Segment] = []
        for seg in items:
            case = None if seg.is_table else self._CASE_OPENS.search(seg.text)
            tail = seg.text[case.end() :] if case else ""
            if case is None or sum(1 for p in re.split(r"[，,。；;]", tail) if p and acts.verb_clause(p)) < 2:
                kept.append(seg)
                continue
            head = seg.text[: case.start()].strip()
            if head:
                kept.append(replace(seg, text=head))
            rest = seg.text[case.start() :].strip()
            trigger = re.match(r"^(?:若|如果?|一旦|倘若|凡)?(?P<t>[^，,。]{4,60}?)(?:的|时|后)?[，,]\s*", rest)
            if trigger is None:
                kept.append(seg)  # the case runs on too long to be told from the acts
                continue
            scenarios = out.setdefault("scenarios", [])
            self._scenario_from(node, [replace(seg, text=rest[trigger.end() :])], scenarios, title=trigger.group("t"))
            case_at = ("p", seg.number)
            scenarios[-1]["title"] = Src(trigger.group("t"), case_at)
            scenarios[-1]["triggers"] = [Src(trigger.group("t"), case_at)]
        return kept

    def _sec_texts(self, key: str, node: Node, texts: list[Src], out: dict) -> None:
        if not texts and key not in ("annexes",):
            return
        if key in ("aftermath", "privacy", "accountability"):
            out.setdefault(key, []).extend(texts)
        elif key == "annexes":
            out.setdefault("annexes", []).append(
                {
                    "title": Src(node.title, ("p", node.number)),
                    **({"text": Src("\n".join(str(t.value) for t in texts), texts[0].at)} if texts else {}),
                }
            )
        elif key == "monitoring":
            section = out.setdefault("monitoring", {})
            section.setdefault("sources", []).extend(texts)
            self._every(section, texts)
        elif key == "media":
            out.setdefault("media", {}).setdefault("rules", []).extend(texts)
        elif key == "support":
            out.setdefault("support", []).extend({"what": t} for t in texts)
        elif key in ("training", "drills", "review"):
            section = out.setdefault(key, {})
            if key == "training":
                section.setdefault("topics", []).extend(texts)
            else:
                section.setdefault("x-text", []).extend(texts)
            self._every(section, texts)
            if key == "review":
                self._review_owner(section, texts)
        elif key == "channels":
            self._channels(node, texts, out)
        elif key == "reporting":
            self._reporting(node, texts, out)
        elif key in ("levels",):
            self._levels_from_items(node, texts, out)
        elif key in ("organisation",):
            self._org_texts(node, texts, out)
        elif key in ("time_limits", "limits"):
            for t in texts:  # caps and deadlines are read from every sentence later; keep the sentences without any
                value = str(t.value)
                listed = [span.start for _, span in per_place_deadlines(value)]  # 不超过：城区30分钟；郊区60分钟
                if not listed and not _states_cap_or_deadline(value):
                    self._keep(t, node.title)
                    continue
                rest = [
                    p
                    for p in sentences(value)
                    if p.strip() and not _states_cap_or_deadline(p) and not _holds_any(value, p, listed)
                ]
                if rest:  # …5日内作出回复。若…不予受理的，也应…通知: the sentence with no deadline is kept, not lost
                    joined = ("。" if self.lang == "zh-CN" else " ").join(rest)
                    self._keep(Src(joined, t.at), node.title)
        else:
            for t in texts:
                self._keep(t, node.title)

    # What is done once a complaint is in, said under a channels heading: 受理投诉后，…; 收到投诉之后，…; Once we have
    # received your complaint, we will…
    _HANDLING_AFTER_RECEIPT = re.compile(
        r"^\s*(?:在|于)?(?:受理|收到|接到|接获|接收)[^，,。；;]{0,12}?(?:后|之后|以后)\s*[，,]|"
        r"^\s*(?:once|when|after)\s+we\s+(?:have\s+)?(?:receive|received)\b",
        re.IGNORECASE,
    )

    def _channels(self, node: Node, texts: list[Src], out: dict) -> None:
        """Each way to complain a channels section names, by its short name, kind and contact; the sentence is kept
        with its first channel when it says more (how to reach it, when it is open)."""
        channels = out.get("channels") or []
        names = {str(c["name"].value) for c in channels}
        named_in = [channels_in(str(t.value), self.lang) for t in texts]  # the ways each text names, read once
        kinds_below = {w.kind for named in named_in for w in named}
        if texts and self._way_title(node.title) and node.title not in names and len(kinds_below) <= 1:
            # By post > You can write to us at: / Customer Care team / PO Box 12461: the heading is the way, what
            # stands under it how to reach it
            way, taken = heading_channel(node.title, [str(t.value) for t in texts], self.lang)
            said = [t for index, t in enumerate(texts) if index not in taken and said_more(str(t.value), [way])]
            text = Src("\n".join(str(t.value) for t in said), said[0].at) if said else None
            out["channels"] = [*channels, _channel_entry(way, ("p", node.number), texts[0].at, text)]
            return
        for t, named in zip(texts, named_in):
            sentence = str(t.value)
            ways = [w for w in named if w.name not in names]
            if not ways:
                # names no way to complain (Calls may be recorded…; 联系方式十分关键), or only ways named before: said of
                # the ways, kept as text and read no more (a later pass would take its verbs for steps) — unless it says
                # what is done once a complaint is in (受理投诉后，经分类分别交办至相关部门…): that is the procedure's
                if not self._HANDLING_AFTER_RECEIPT.match(sentence):
                    self.settled.add(t.at)
                self._keep(t, node.title)
                continue
            for index, way in enumerate(ways):
                names.add(way.name)
                text = t if index == 0 and said_more(sentence, ways) else None
                channels.append(_channel_entry(way, t.at, t.at, text))
        if channels:
            out["channels"] = channels

    def _list_label(self, seg: Segment) -> str:
        """The label of the list a line stands in: the nearest short line before it, under the same heading, that
        states no amount (补偿权限 over 客服 ≤100元 / 组长 ≤300元), else the heading's title."""
        node = self.node_of.get(id(seg))
        items = [s for s in node.items if not s.is_table] if node is not None else []
        before = [s for s in items if s.number < seg.number][-12:]
        for line in reversed(before):
            text = line.text.strip(" ：:")
            if len(text) <= 12 and not find_amounts(text) and not re.search(r"[，,。；;\s]", text):
                return text
        return node.title if node is not None else ""

    def _keep(self, text: Src, heading: str | None) -> None:
        """Text no section took, kept under x-unmapped with its position (and the heading it stood under)."""
        entry: dict[str, Any] = {"at": Src(self._where_at(text.at))}
        if heading is not None:
            entry["heading"] = Src(heading)
        entry["text"] = text
        self.unmapped.append(entry)

    def _where_at(self, at: tuple | None) -> str:
        if not at:
            return ""
        if at[0] == "t":
            return f"表{at[1]}" if self.lang == "zh-CN" else f"table {at[1]}"
        return f"第{at[1]}段" if self.lang == "zh-CN" else f"paragraph {at[1]}"

    # who keeps the plan: 本预案由办公室负责解释 / This policy will be reviewed annually by the Complaints Manager
    _KEEPER = re.compile(
        r"由(?P<zh>[^，。；,;由]{2,20}?)负责(?:解释|修订|修改|制定|维护|更新|管理)|"
        r"\b(?:reviewed|updated|maintained)\b(?:\s+\w+){0,2}?\s+by\s+(?:the\s+)?(?P<en>[A-Z][\w&' -]{2,40}?)(?=\s+(?:every|at|on|in|and|who|to)\b|[,.;:]|$)"
    )

    def _review_owner(self, section: dict, texts: list[Src]) -> None:
        if "owner" in section:
            return
        for t in texts:
            m = self._KEEPER.search(str(t.value))
            ident = self._role_ref(m.group("zh") or m.group("en"), t.at, create=True) if m else None
            # a group interprets the plan as often as a post, but the owner the format wants is a role
            if ident and ident in {str(r["id"].value) for r in self.roles}:
                section["owner"] = Src(ident, t.at)
                return

    # the sentence of a purpose paragraph that says what the plan covers: …，制定本预案。本预案适用于本支行各营业网点。
    _SCOPE_AFTER_PURPOSE = re.compile(
        r"(?<=[。；;.])\s*(?=(?:本|this\s+)(?:预案|办法|制度|规定|规范|细则|规程|方案|流程|程序|指引|policy|procedure|plan)"
        r"[^。.]{0,12}?(?:适用于|applies to))",
        re.IGNORECASE,
    )

    def _purpose(self, seg: Segment, out: dict) -> None:
        """The purpose paragraph, and the scope where a sentence of it says what the plan covers."""
        at = ("p", seg.number)
        parts = self._SCOPE_AFTER_PURPOSE.split(seg.text, maxsplit=1)
        out["purpose"] = Src(parts[0].strip(), at)
        self.mapped.append("purpose")
        if len(parts) == 2 and parts[1].strip() and "scope" not in out:
            out["scope"] = Src(parts[1].strip(), at)
            self.mapped.append("scope")

    def _every(self, section: dict, texts: list[Src]) -> None:
        if "every" in section:
            return
        for t in texts:
            for word, spec in _FREQUENCY.items():
                if word in str(t.value).lower():
                    section["every"] = Src(spec, t.at)
                    return

    def _reporting(self, node: Node, texts: list[Src], out: dict) -> None:
        for t in texts:
            m = re.search(
                r"(?:向|报送|报告给|报|to)\s*(?P<who>[^，。；,;]{2,20}?)(?:报告|报送|汇报|上报|$|[，。；])", str(t.value)
            )
            target = None
            if m:
                target = self._role_ref(m.group("who"), t.at, create=True) or self._party_ref(m.group("who"), t.at)
            if target:
                item = {"what": t, "to": Src(target, t.at)}
                within = _deadline_in(str(t.value))
                if within:
                    item["within"] = Src(within, t.at)
                out.setdefault("reporting", []).append(item)
            else:
                self._keep(t, node.title)

    def _drop_unmapped(self, seg: Segment) -> None:
        where = self._where(seg)
        self.unmapped = [
            u for u in self.unmapped if not (u["at"].value == where and str(u["text"].value).endswith(seg.text[-40:]))
        ]

    # -- tables

    def _table(self, seg: Segment, node: Node | None, out: dict) -> None:
        rows = [r for r in (seg.rows or []) if any(c.strip() for c in r)]
        # a title row merged across the table (投诉应急领导小组成员名单) stands above the header; a group it names
        # is the group of the posts below
        while len(rows) >= 3 and len([c for c in rows[0] if c.strip()]) == 1 and max(len(r) for r in rows[1:]) > 1:
            caption = next(c for c in rows[0] if c.strip()).strip()
            rows = rows[1:]
            named = re.match(
                rf"^(?P<g>.+?(?:{'|'.join(vocab.GROUP_SUFFIXES)}))(?:成员名单|人员名单|组成人员|成员|名单)?$", caption
            )
            if named:
                self._group_named(named.group("g"), ("t", seg.table, 1))
        if len(rows) < 2:
            self._unmap(seg, node)
            return
        if _FORM_VALUE.search(" | ".join(rows[0])):
            # 机构名称 | 滨州市博物馆 | 办公电话 | 0543-3215689: a form of labels and values, no header over columns; its
            # 职务 cells name posts (刘新国 | 职务 | 副馆长), and the whole is kept as text
            self._form_posts(seg, rows)
            self._unmap(seg, node)
            return
        if self._priority_matrix(seg, rows, out):
            return  # | High Urgency | Low Urgency over High Impact | Priority 1 | Priority 2: no levels laid across
        levels_across = (
            # 级别 | 一般投诉 | 较大投诉 | 重大投诉 over 判定标准 | … rows: the levels are the columns
            len(rows[0]) >= 3
            and all(grading.is_level_name(c.strip()) for c in rows[0][1:])
            and len({grading.grade_key(c) for c in rows[0][1:]}) == len(rows[0]) - 1
            # (or nothing over the labels of the rows: | Severity 1 (High) | Severity 2 (Medium) | …)
            and re.search(r"级别|等级|分级|级次|level|severity|category|tier|priority|^\s*$", rows[0][0], re.IGNORECASE)
        )
        kinds_across = (
            # 来源 | 上级交办 | 书面、网络 over 处理程序 | … and 作业时间 | 5日内处理完毕 | …: the kinds of complaint are
            # the columns, what is done and by when the rows
            len(rows[0]) >= 3
            and len(rows) <= 6
            and any(_TIME_HEADER.search(r[0]) for r in rows[1:])
            and not any(_TIME_HEADER.search(c) for c in rows[0])
        )
        if levels_across or kinds_across:  # read it turned
            width = min(len(r) for r in rows)
            rows = [[r[i] for r in rows] for i in range(width)]
        if (
            self._headless_roster(seg, rows)
            or self._headless_group_rosters(seg, rows)
            or self._headless_steps(seg, rows, node, out)
        ):
            return
        header = [c.strip().lower() for c in rows[0]]

        def col(*words: str) -> int | None:
            for i, h in enumerate(header):
                if any(w in h for w in words):
                    return i
            return None

        team, team_lead = col("组别", "工作组", "小组", "组名", "专班"), col("组长", "牵头")
        if team is not None and team_lead is not None and team != team_lead:
            self.used.add(id(seg))  # 工作组 | 组长 | 成员 | 职责: a working group a row
            members = col("成员", "组员", "参加", "配合")
            duty_col = col("职责", "任务", "分工", "responsib", "duties")
            self._group_rows(seg, rows, team=team, lead=team_lead, members=members, duty=duty_col)
            return
        case, handling = col(*_CASE_HEADERS), col(*_HANDLING_HEADERS)
        if (
            case is not None
            and handling is not None
            and case < handling
            and not re.search(r"级|等|level|grade|severity|categor|priority", header[case])
            and col("岗位", "职务", "姓名", "职责", "role", "position", "name", "duties") is None
            and self._case_rows(
                seg,
                rows,
                case=case,
                handling=handling,
                owner=col(*STEP_OWNER_HEADERS, "负责人", "责任人", "owner", "responsible"),
                deadline=col(*_TIME_HEADERS, *STEP_DEADLINE_HEADERS, "deadline", "within"),
                node=node,
                out=out,
            )
        ):
            return
        post = col("岗位", "职务", "角色", "职位", "职称", "组内", "role", "position", "post", "title")  # 職稱 | 編組人員
        if post is None:  # 部门 | 联系人 | 电话: a contact table names its units
            post = col("部门", "科室", "单位", "机构", "department", "team", "unit")
        name = col("姓名", "担任", "人员", "联系人", "name", "holder", "contact")
        duty = col("职责", "职掌", "任务", "分工", "responsib", "duties", "duty", "tasks")  # 工作職掌: the duties, in Taiwan
        if post is None and duty is not None and col("步骤", "环节", "流程", "程序", "阶段", "step", "stage") is None:
            # 职责 | 责任部门, Responsibility | Who: the column that says who holds each duty names the posts
            post = col("责任部门", "负责部门", "责任岗位", "负责岗位", "责任人", "负责人", "who", "person", "owner")
        phone = col("电话", "座机", "联系方式", "phone", "tel")
        mobile = col("手机", "mobile")
        level = col("级别", "等级", "level", "severity")
        graded = col("category", "tier", "priority", "grade", "分级", "类别", "档次", "优先级", "严重性", "严重程度", "紧急程度")
        criteria = col("标准", "条件", "情形", "判定", "定义", "criteria", "definition", "description", "examples", "meaning")
        coded = False  # Priority | 1, 2, 3: grades named by the column's word, the row's words what each is
        column = level if level is not None else graded
        if column is not None and len(rows) >= 3:
            rows, coded = _coded_grades(rows, column)
        if level is None and graded is not None and len(rows) >= 3:
            names = [grade_opening(r[graded]) for r in rows[1:] if graded < len(r) and r[graded].strip()]
            numbered = [re.fullmatch(r"([1-9])\s*[-–—.:)]?\s*[A-Za-z][A-Za-z ]{1,24}", n) for n in names]
            if names and (
                all(grading.is_level_name(n) for n in names)
                # Priority | 1 Critical, 2 High, … 5 When Convenient: each grade its number and its word
                or (all(numbered) and len({m.group(1) for m in numbered if m}) == len(names) >= 2)
            ):
                level = graded  # Category 1 – Low | …: a column of grades under another word
        grades = level if level is not None else self._grade_column(rows)
        if grades is None:
            grades = self._urgency_column(rows, header)
        item = col("事项", "项目", "用途", "内容", "item", "what", "purpose", "task")
        cap = col("上限", "限额", "金额", "额度", "maximum", "limit", "cap", "amount")
        deadline = col(*_TIME_HEADERS, "deadline", "within", "timeframe", "time frame")
        if cap is not None and cap == deadline:
            cap = None  # Maximum Timeframe, 最长时限: a deadline, not an amount
        graded_rows = grades is not None and not out.get("levels")
        if item is None and cap is None and deadline is not None:
            # Type of Complaint | Maximum Timeframe; 投诉类型 | 办理时限: the kind of case each deadline is for (not
            # 故障类别 read as levels: their times are the levels' deadlines)
            kind = col("type", "类型", "种类", "类别", "kind")
            item = None if graded_rows and kind == grades else kind
        start = col("起算", "计算起点", "counted from", "from", "starts")
        per = col("计算单位", "单位", "per")
        owner = col("负责人", "审批", "责任人", "owner", "approver", "responsible")
        self.used.add(id(seg))
        # who leads each grade, and by when it is answered (Level | Description | Response time | Owner)
        lead = col("牵头", "主责", "负责部门", "负责单位", "责任部门", "责任单位", "指挥", "主体", "lead", "in charge")
        lead = lead if lead is not None else owner
        respond = (
            deadline
            if deadline is not None
            else col("响应时间", "处置时间", "到场时间", "response time", "target", "respond within")
        )
        if grades is not None and not graded_rows and self._times_of_levels(seg, rows, header, grades, out):
            return  # Priority | Escalation Threshold | Resolution Timeframe after the priorities' own table
        if grades is not None and not graded_rows and self._tiers_of_levels(seg, rows, header, grades, out):
            return  # Prioritization Level | 1st Escalation | 2nd Escalation after the priorities' own table
        if graded_rows:
            # 投诉等级 | 处理方式 | 负责人 | 赔偿金额, a grade a row: the grades are levels, whatever else the rows say
            # (the caps, the steps, the posts are read below as the other columns make the table)
            grade_lead = (
                lead if lead is not None else col("负责人", "处理人", "承办", "经办", "受理", "who", "handled by", "responsible")
            )
            if grade_lead is None:
                grade_lead = post  # 投诉级别 | 判定标准 | 处理角色 | 处理时限: the post column leads each grade
            level_deadline = respond if criteria is not None else None
            self._level_rows(
                seg,
                rows,
                header,
                level=grades,
                criteria=criteria,
                deadline=level_deadline,
                lead=grade_lead,
                out=out,
                whole_row=coded,
            )
        steps_table = col("步骤", "环节", "流程", "程序", "阶段", "step", "stage") is not None and deadline is not None
        if (
            post is not None
            and (name is not None or duty is not None or phone is not None or mobile is not None)
            and not steps_table
        ):
            in_group = col("组内", "小组职务", "组内分工", "小组分工", "应急职务", "应急岗位")
            job = post if in_group is not None and in_group != post else None  # 姓名 | 职务 | 组内职务
            if in_group is not None and job is None:  # 小组职务 | 姓名 | 行政职务: the job is the other post column
                job = next(
                    (i for i, h in enumerate(header) if i != in_group and re.search(r"职务|职位|岗位|job|position", h)), None
                )
            self._role_rows(
                seg, rows, post=in_group if job is not None else post, name=name, duty=duty, phone=phone, mobile=mobile, job=job
            )
            if duty is not None and node is not None and node.key == "scenarios":
                self._duty_steps(seg, rows, post=in_group if job is not None else post, duty=duty, node=node, out=out)
            return
        stage = col(
            "步骤",
            "环节",
            "流程",
            "程序",
            "阶段",
            "工作内容",
            "处理内容",
            "具体措施",
            "措施",
            "step",
            "stage",
            "action",
            "what happens",
            "what we do",
        )
        # a procedure table says by when and by whom in words of its own (完成时间, Timeframe; 牵头部门, Who)
        step_deadline = deadline if deadline is not None else col(*STEP_DEADLINE_HEADERS)
        step_owner = owner if owner is not None else col(*STEP_OWNER_HEADERS)
        if stage is not None and stage not in (cap, step_deadline) and (step_deadline is not None or step_owner is not None):
            self._step_rows(seg, rows, header, stage=stage, deadline=step_deadline, owner=step_owner, node=node, out=out)
            return
        named_stage = col("步骤", "环节", "流程", "阶段", "step", "stage")
        said = col("内容", "说明", "要求", "措施", "做法", "what", "description", "detail", "action")
        if named_stage is not None and said is not None and said != named_stage and len(rows) >= 3:
            # 环节 | 工作内容 / 流程 | 说明 / Stage | What happens: a procedure a row, even with no who or by-when column
            self._step_rows(seg, rows, header, stage=named_stage, deadline=None, owner=None, node=node, out=out)
            return
        authority = owner if owner is not None else (post if post is not None else col("权限人", "authorised", "authorized"))
        if cap is not None and item is None and authority is not None and authority != cap:
            # 审批人 | 单笔赔付限额 / Role | Payment type | Limit: each row a cap and the post that may approve up to it
            kind = col("类型", "种类", "type", "kind")
            what = re.sub(
                r"(?:的)?(?:限额|上限|额度|金额|limit|cap|maximum)\s*(?:[（(].*)?$", "", rows[0][cap].strip(), flags=re.I
            )
            self._limit_rows(
                seg,
                rows,
                item=kind,
                cap=cap,
                deadline=None,
                start=None,
                per=per,
                owner=authority,
                out=out,
                default_what=what or (node.title if node is not None else ""),
            )
            return
        if item is not None and (cap is not None or deadline is not None) and item not in (cap, deadline):
            self._limit_rows(seg, rows, item=item, cap=cap, deadline=deadline, start=start, per=per, owner=owner, out=out)
            return
        report_to = col("上报对象", "报告对象", "上报至", "报告至", "上报", "报送", "移交", "escalate", "report to", "refer to")
        condition = col("情形", "条件", "情况", "事项", "when", "condition", "trigger", "circumstance")
        if report_to is not None and condition is not None and report_to != condition:
            self._escalation_rows(seg, rows, condition=condition, to=report_to, deadline=deadline, out=out)
            return
        if graded_rows:
            if cap is not None and cap != grades:  # 轻微投诉 | … | 50元以内: each grade's cap
                self._limit_rows(seg, rows, item=grades, cap=cap, deadline=None, start=None, per=per, owner=None, out=out)
            return
        if level is not None and criteria is not None:
            self._level_rows(
                seg, rows, header, level=level, criteria=criteria, deadline=respond, lead=lead, out=out, whole_row=coded
            )
            return
        standards = _standards(rows)
        if len(standards) >= 3 and sum(1 for _, _, said in standards if _deadline_in(said)) >= 2:
            # 服務指標: 保安 | 緊急事件召喚 | 十分鐘內抵達 with no header: what is done, and by when, a row each
            said_in = "内容" if self.lang == "zh-CN" else "what"
            self._step_rows(
                seg,
                [["", said_in], *([label, said] for _, label, said in standards)],
                ["", said_in],
                stage=0,
                deadline=None,
                owner=None,
                node=node,
                out=out,
                title=self.title_text or None,
            )
            return
        self.used.discard(id(seg))
        self._unmap(seg, node)

    def _form_posts(self, seg: Segment, rows: list[list[str]]) -> None:
        """The posts a form names: a 职务 label and its value (领导信息 | 王志伟 | 职务 | 馆长), held by the name before the
        label; a 工作分工 row after it gives that post's duties."""
        role = None
        for index, row in enumerate(rows, 1):
            cells = [c.strip() for c in row]
            at = ("t", seg.table, index)
            label = next((i for i, c in enumerate(cells) if _FORM_POST_LABEL.fullmatch(c)), None)
            if label is not None and label + 1 < len(cells) and cells[label + 1]:
                holder = next((c for c in reversed(cells[:label]) if c and not _FORM_LABEL.search(c)), None)
                role = self._role_dict(self._add_role(cells[label + 1], at, holder=holder))
            elif role is not None and len(said := [c for c in cells if c]) == 2 and _FORM_DUTY_LABEL.fullmatch(said[0]):
                role.setdefault("duties", []).append(Src(said[1], at))
            else:
                role = None

    def _standards_deadlines(self, seg: Segment) -> list[dict]:
        """The deadlines of a table kept as text that no header made readable (服务指标: 保安 | 紧急事件召唤 | 十分钟内抵达,
        too short to be a procedure): each cell that states one is a time limit of what its row names (_labelled_cells)."""
        out: list[dict] = []
        for index, label, cell, _ in _labelled_cells(seg.rows or []):
            at = ("t", seg.table, index)
            said: set[str] = set()
            for d in find_durations(cell):
                if not _is_deadline(cell, d) or d.value in said:
                    continue  # 15分鐘內 … within 15 minutes: a cell in two languages says its deadline twice
                said.add(d.value)
                what = f"{label} {cell}".strip()
                item = {"id": Src(self.ids.make(_short(what, 12), "deadline")), "what": Src(what, at), "within": Src(d.value, at)}
                start = _start_of(cell, d)
                if start and start not in what:
                    item["from"] = Src(start, at)
                out.append(item)
        return out

    @staticmethod
    def _grade_column(rows: list[list[str]]) -> int | None:
        """The column whose every cell below the header names a different grade (轻微投诉 / 一般投诉 / 重大投诉,
        Level 1 / Level 2), two or more of them; else None."""
        for i in range(max(len(r) for r in rows)):
            names = [grade_opening(r[i]) for r in rows[1:] if i < len(r)]
            names = [n for k, n in enumerate(names) if k == 0 or n != names[k - 1]]  # a cell merged down the rows
            if ends_with_other_cases(names):
                names = names[:-1]  # A级严重 / A级一般 / B级 / 其他问题: the grades, and a last row of what none grades
            if len(names) < 2 or not all(names) or not all(grading.is_level_name(n) for n in names):
                continue
            keys = [grading.grade_key(n) for n in names]
            if any(rank is None for rank, _ in keys):  # Level 1, Category A: no severity word, each named once
                keys = [(0, re.sub(r"\W+", " ", n.lower())) for n in names]
            if len(set(keys)) == len(keys):
                return i
        return None

    @staticmethod
    def _urgency_column(rows: list[list[str]], header: list[str]) -> int | None:
        """Description | Respond Time | Finish Time over Immediate | Immediately | 24 hours, Urgent…, Billable…, Routine…:
        the first column of short names, all of them or all but one words of urgency (no grade scale's words), in a
        table with a column of times headed as such: the priorities, each row a grade with its times; else None."""
        if len(rows) < 3 or any(len(r) < 2 for r in rows):
            return None
        names = [r[0].strip() for r in rows[1:]]
        if not all(names) or len(set(names)) != len(names) or any(len(n.split()) > 4 or find_durations(n) for n in names):
            return None
        urgent = [n for n in names if grading.URGENCY.search(n)]
        if len(urgent) < max(2, len(names) - 1):
            return None
        timed = [
            i
            for i in range(1, len(header))
            if _TIMES_HEADER.search(header[i])
            and sum(1 for r in rows[1:] if i < len(r) and find_durations(r[i])) * 2 >= len(names)
        ]
        return 0 if timed else None

    # 1. 24小时受理投诉；2. 规范记录投诉信息；3. …: the numbered acts written in one cell
    _CELL_ITEMS = re.compile(r"(?:^|(?<=[；;。，,\s]))\s*(?:\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[）)]|[①②③④⑤⑥⑦⑧⑨⑩])\s*")

    def _duty_steps(self, seg: Segment, rows: list[list[str]], *, post: int, duty: int, node: Node, out: dict) -> None:
        """A table of posts and their duties under a procedure's heading (一级：投诉受理层 | 岗位 | 核心职责: 1. 24小时受理投诉；
        2. …；3. 15分钟内初步响应业主): the acts each row lists are the procedure's steps, by that row's post (the roles
        keep their duties too). A row whose cell states one charge with no deadline (负责现场总指挥) gives no step."""
        scenario = self._new_scenario(node.title, ("p", node.number) if node.number else None)
        for index, row in enumerate(rows[1:], 2):
            at = ("t", seg.table, index)
            text = row[duty].strip() if duty < len(row) else ""
            title = row[post].strip() if post < len(row) else ""
            if not text or not title:
                continue
            who = self._role_ref(title, at, create=False)
            pieces = [p.strip(" ；;。，,") for p in self._CELL_ITEMS.split(text) if p.strip(" ；;。，,")]
            if len(pieces) < 2 and not _deadline_in(text):
                continue  # 负责现场总指挥: a post's standing charge, its duty only
            before = len(scenario.get("actions") or [])
            for piece in pieces:
                self._step(scenario, piece, at)
            for step in (scenario.get("actions") or [])[before:]:
                if who and "by" not in step:
                    step["by"] = Src(who, at)
        if scenario.get("actions"):
            self._owner(scenario)
            out.setdefault("scenarios", []).append(scenario)
            self.mapped.append("scenarios")

    def _limit_rows(
        self,
        seg: Segment,
        rows: list[list[str]],
        *,
        item: int | None,
        cap: int | None,
        deadline: int | None,
        start: int | None,
        per: int | None,
        owner: int | None,
        out: dict,
        default_what: str = "",
    ) -> None:
        """A table of caps (事项 | 上限 | 审批人) or of deadlines (事项 | 时限 | 起算 | 负责人); `default_what` names what a
        table without an item column caps (审批人 | 单笔赔付限额 -> 单笔赔付)."""
        for index, row in enumerate(rows[1:], 2):
            at = ("t", seg.table, index)

            def cell(i: int | None, row: list[str] = row) -> str:
                return row[i].strip() if i is not None and i < len(row) else ""

            what = cell(item) or default_what
            if not what:
                continue
            who = self._role_ref(cell(owner), at, create=True) if cell(owner) else None
            capped = cell_cap(cell(cap)) if cap is not None else None
            amounts = [capped] if capped else []
            if amounts:
                entry = {
                    "id": Src(self.ids.make(what, "limit")),
                    "what": Src(what, at),
                    "max": Src(amounts[0].value, at),
                    "currency": Src(amounts[0].currency, at),
                }
                if cell(per):
                    entry["per"] = Src(cell(per), at)
                if who:
                    entry["approver"] = Src(who, at)
                out.setdefault("limits", []).append(entry)
                self.mapped.append("limits")
                continue
            spans = find_durations(cell(deadline)) if deadline is not None else []
            for label, span in places_and_durations(cell(deadline), spans):
                entry = {
                    "id": Src(self.ids.make(_short(what, 12), "deadline")),
                    "what": Src(for_place(what, label), at),
                    "within": Src(span.value, at),
                }
                begins = cell(start) or _start_of(cell(deadline), span)  # …calendar days after receiving the complaint
                if begins:
                    entry["from"] = Src(begins, at)
                if who:
                    entry["owner"] = Src(who, at)
                self.table_deadlines.append(entry)
                self.mapped.append("time_limits")

    # -- caps and deadlines, read from every sentence

    def _caps_and_deadlines(self, out: dict) -> None:
        limits: list[dict] = []
        time_limits: list[dict] = []
        seen_deadlines: set[tuple] = set()
        criteria = {str(lv["criteria"].value): str(lv["name"].value) for lv in out.get("levels", []) if lv.get("criteria")}
        level_texts = set(criteria) - self.period_criteria
        # a level whose criteria are its deadlines alone (紧急投诉：2小时内响应，24小时内解决): they are read as deadlines,
        # each named by the level and its act (紧急投诉响应)
        timed_levels = {text: name for text, name in criteria.items() if text in level_texts and _only_deadlines(text)}
        level_texts -= set(timed_levels)
        step_texts = {str(step["do"].value): step for sc in out.get("scenarios", []) for step in sc.get("actions", [])}
        for seg in self.segs:
            if seg.is_table:
                read = any(
                    isinstance(c.get("max"), Src) and (c["max"].at or ())[:2] == ("t", seg.table) for c in out.get("limits") or []
                )
                for index, what, cap in [] if read else table_payments(seg.rows or []):  # Missed appointment | £30
                    at = ("t", seg.table, index)
                    limits.append(
                        {
                            "id": Src(self.ids.make(what, "limit")),
                            "what": Src(what, at),
                            "max": Src(cap.value, at),
                            "currency": Src(cap.currency, at),
                        }
                    )
                if self._whole_unmapped(seg):  # a table kept as text
                    time_limits.extend(self._standards_deadlines(seg))
                continue
            if id(seg) in self.graded_period_lines:
                continue
            at = ("p", seg.number)
            listed = per_place_deadlines(seg.text)
            for what, span in listed:
                item = {
                    "id": Src(self.ids.make(_short(what, 12), "deadline")),
                    "what": Src(what, at),
                    "within": Src(span.value, at),
                }
                who = self._subject_role(what, at)  # 管网抢修人员到达现场（城区）: the post that must be there in time
                if who:
                    item["owner"] = Src(who, at)
                time_limits.append(item)
            for sentence in sentences(seg.text):
                # a level's criteria say what the level is, their periods bound it (持续2小时以上); an English level's
                # sentence that gives a period to act in (Emergency requests will be responded to within one hour) is
                # the level's deadline all the same
                of_level = next((criteria[t] for t in level_texts if sentence in t), None)
                if of_level is not None and (self.lang != "en" or _deadline_in(sentence) is None):
                    continue
                if listed and _holds_any(seg.text, sentence, [span.start for _, span in listed]):
                    continue  # a place and its duration in the list read above
                # a level's criteria after the level's name (一般投诉件：指…损失在5000元(含)以下的投诉件) bounds the level, caps
                # nothing; a deadline in it is read all the same
                bounds_level = any(len(t) >= 12 and t.rstrip("。.；;") in sentence for t in level_texts)
                for cap in [] if bounds_level else caps_in(sentence, seg.text):
                    what = cap.what if len(cap.what) >= 2 else (limits[-1]["what"].value if limits else "")
                    if (
                        cap.approver is None
                        and cap.holder is None
                        and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", what or "")
                        and (posts_in(what) == [what] or what.endswith((*vocab.POST_SUFFIXES, "客服")))
                    ):
                        # 客服 ≤100元 / 组长 ≤300元 (a table of authority, flattened): the post's own authority, of what
                        # the list's label names (补偿权限)
                        listed_post = what
                        what = self._list_label(seg) or what
                    else:
                        listed_post = None
                    if limits and PER_UNIT.fullmatch(what):
                        what = f"{limits[-1]['what'].value}（{what}）"  # 单笔最高不超过1万元 after 当场赔付…: its payout
                    item = {
                        "id": Src(self.ids.make(what or "limit", "limit")),
                        "what": Src(what or sentence, at),
                        "max": Src(cap.value, at),
                        "currency": Src(cap.currency, at),
                    }
                    who = self._role_ref(cap.approver, at, create=True) if cap.approver else None
                    if who is None and cap.approver and re.match(r"[A-Za-z]", cap.approver):
                        # approved by the owner, a post named Owner where the text gives it work: the same post
                        who = next((i for t, i in self.role_by_title.items() if t.lower() == cap.approver.lower()), None)
                    if who is None and cap.holder:  # 客服专员可当场赔付不超过500元: the holder's own authority
                        who = self._role_ref(cap.holder, at, create=False)
                    if who is None and listed_post:  # 主管 ≤500元: the post the line names, a role of the plan
                        who = self._role_ref(listed_post, at, create=True) or self._add_role(listed_post, at)
                    if who:
                        item["approver"] = Src(who, at)
                    limits.append(item)
                found = [d for d in find_durations(sentence) if _is_deadline(sentence, d)]
                option = re.search(
                    r"[,，]\s*(?:then\s+)?you\s+(?:can|may|could|might|are entitled to|have the right to)\b|"
                    r"[，,]\s*(?:您|客户|投诉人|消费者)?(?:还)?(?:可以|可|有权)(?:向|通过|申请|拨打|投诉)",
                    sentence,
                    re.I,
                )
                if option and re.match(r"^\s*(?:if|where|when|once|should|如果?|若|倘若|对)", sentence, re.I):
                    # If your complaint was not resolved within eight weeks, you can ask CCW…: when the customer may go
                    # on, not a deadline of the procedure
                    found = [d for d in found if d.start > option.start()]
                # a step's own deadline is its `within`, not a time limit; a sentence split into several steps
                # (…1小时内报告…，支行在2小时内派员…) has the deadline of each
                owned = [
                    step for t, step in step_texts.items() if len(t) > 6 and "within" in step and (sentence in t or t in sentence)
                ]
                if owned:
                    # each step owns one deadline: the sentence's others stay time limits (…能当天答复的当天答复, a
                    # step, beside two more 当天 that are limits of their own)
                    left = list(found)
                    for step in owned:
                        same = next((d for d in left if d.value == step["within"].value), None)
                        if same is not None:
                            left.remove(same)
                    found = left if len(found) > 1 else []
                for d in found:
                    start = _start_of(sentence, d)
                    what = _deadline_subject(sentence, d)
                    level = _timed_level(timed_levels, sentence, d.start) or of_level
                    if level and (not what or any(what.startswith(other) for other in timed_levels.values())):
                        what = level  # 一级召回在1日内，二级召回在2日内: the subject read was the next level's clause
                    elif level and not what.startswith(level):
                        what = f"{level}{what}" if self.lang == "zh-CN" else f"{level}: {what}"
                    key = (seg.number, d.value, what)
                    if key in seen_deadlines:
                        continue
                    seen_deadlines.add(key)
                    item = {
                        "id": Src(self.ids.make(_short(what, 12) if what else "deadline", "deadline")),
                        "what": Src(what or sentence, at),
                        "within": Src(d.value, at),
                    }
                    if start and start not in what:
                        item["from"] = Src(start, at)
                    who = self._subject_role(sentence, at)
                    if who:
                        item["owner"] = Src(who, at)
                    time_limits.append(item)
        if limits:
            out.setdefault("limits", []).extend(limits)
            self.mapped.append("limits")
        time_limits = self.table_deadlines + time_limits
        if time_limits:
            out["time_limits"] = time_limits
            self.mapped.append("time_limits")


# ---------------------------------------------------------------- helpers


def _timed_level(timed_levels: dict[str, str], sentence: str, at: int) -> str | None:
    """The level whose deadline stands at `at` in `sentence`: the sentence is (part of) the level's criteria, or holds
    the criteria after the level's name there (紧急投诉：30分钟内响应，…; 一级召回在1日内，二级召回在2日内: each its own)."""
    for criteria, name in timed_levels.items():
        if sentence in criteria:
            return name
        where = sentence.find(criteria.rstrip("。.；;"))
        if name in sentence and where >= 0 and where <= at < where + len(criteria):
            return name
    return None


# A role's title that names no post on its own: a generic word alone or after 大量/下列/其/该 (人员, 部门, 中心), or a
# pronoun (相关部门, 工作人员, 专人 are posts transcribers list)
_BARE_ROLE = re.compile(r"(?:大量|下列|其|该|該)?(?:部门|部門|中心|人员|人員|单位|單位|机构|機構)|(?i:he|she|they|it|we|you)")


# A cell that says "nothing here" with a dash (一个营运日之内 | - | 银行确认客户查询): empty, no label of the cell after it
_DASH_CELL = re.compile(r"[-—–－/／]+")


def _labelled_cells(rows: list[list[str]]):
    """(row number, what it is said of, cell, whether it ends its row) for each cell of a table of service standards
    with no header (保安 | 緊急事件召喚 | 十分鐘內抵達): what the cell before it in its row names, or where a merged cell
    leaves none (| | 如有人被困，三十分鐘內…) the last label of the rows above."""
    label = ""
    for index, row in enumerate(rows, 1):
        filled = [c.strip() for c in row if c.strip() and not _DASH_CELL.fullmatch(c.strip())]
        for k, cell in enumerate(filled):
            if not k and len(filled) > 1 and _deadline_in(cell) and not any(_deadline_in(c) for c in filled[1:]):
                # 三个营运日之内 | 简单查询: a row that opens with its time says after it what the time is for
                yield index, " / ".join(filled[1:]), cell, False
                break
            yield index, filled[k - 1] if k else label, cell, k == len(filled) - 1
            if k < len(filled) - 1 and not _deadline_in(cell):
                label = cell


_GRADE_CODE = re.compile(r"\d{1,2}|[A-D]")


def _coded_grades(rows: list[list[str]], column: int) -> tuple[list[list[str]], bool]:
    """The rows with a grade column of bare codes (Priority | 1, 2, 3; Severity | A, B) named by the column's word, as a
    reader names them (Priority 1, Severity A), and whether they were; other tables as they are."""
    codes = [r[column].strip() for r in rows[1:] if column < len(r) and r[column].strip()]
    if len(set(codes)) < 2 or len(set(codes)) != len(codes) or not all(_GRADE_CODE.fullmatch(c) for c in codes):
        return rows, False
    word = re.sub(r"\s*[（(].*$", "", rows[0][column]).strip()
    if not re.fullmatch(r"[A-Za-z][A-Za-z ]{2,20}", word):
        return rows, False  # 优先级 | 1: a Chinese table names its grades in words of its own (一级, P1)
    named = [[numbered_grade(word, c.strip()) if i == column and c.strip() else c for i, c in enumerate(r)] for r in rows[1:]]
    return [rows[0], *named], True


def _standards(rows: list[list[str]]) -> list[tuple[int, str, str]]:
    """(row number, what, standard) of each row of a table of service standards with no header: its last cell and
    what that is said of (_labelled_cells). A first row of bare labels (项目 | 标准), which states no standard, is a
    header and left out."""
    header = rows[0] if rows else []
    bare = all(len(c.strip()) <= 8 and not re.search(r"[\d一二两三四五六七八九十半]", c) for c in header)
    return [(i, label, cell) for i, label, cell, last in _labelled_cells(rows) if last and not (i == 1 and bare)]


# 关于印发《客户投诉应急预案》的通知: the notice that issues the plan; the plan's title is the one it cites
_NOTICE = re.compile(
    r"^关于(?:印发|发布|下发|修订|转发|重新印发|制定)?[^《》]{0,30}《(?P<t>[^《》]{4,80})》(?:的)?(?:通知|决定|批复|公告)$"
)


def _own_title(text: str) -> str:
    # 汽车4S店客户投诉处理流程.docx, …预案.doc_第1页: a document-sharing page names the plan by its file
    text = re.sub(r"\.(?:docx?|wps|pdf|txt|rtf)(?:_第\d+页)?$", "", text.strip(), flags=re.IGNORECASE)
    m = _NOTICE.match(text)
    return m.group("t") if m else text


def _guess_language(segs: list[Segment]) -> str:
    text = "".join(s.text for s in segs[:200])
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "zh-CN" if cjk * 3 >= latin else "en"


def _strings(value: Any) -> list[str]:
    """Every string a draft's value holds (in Src, dicts and lists), in order."""
    if isinstance(value, Src):
        return _strings(value.value)
    if isinstance(value, dict):
        return [t for v in value.values() for t in _strings(v)]
    if isinstance(value, list):
        return [t for v in value for t in _strings(v)]
    return [value] if isinstance(value, str) else []


def _holds_any(text: str, sentence: str, positions: list[int]) -> bool:
    """The sentence, where it stands in `text`, holds one of the positions (a per-place list's durations)."""
    offset = text.find(sentence)
    return offset >= 0 and any(offset <= at < offset + len(sentence) for at in positions)


def _states_cap_or_deadline(text: str) -> bool:
    """A deadline or a capped amount, which the pass over every sentence reads (_caps_and_deadlines)."""
    # a band of authority with no cap word (Payments of £50 to £250 must be approved by…) or a payment stated amount
    # first (£20 if we miss an agreed appointment) is read as a cap too
    return bool(_deadline_in(text) or (find_amounts(text) and (CAP_WORDS.search(text) or caps_in(text, text))))


def _with_marker(seg: Segment) -> str:
    return seg.text


# a paragraph that leads into the plan's principles (第三条 应急处置工作遵循以下原则：), the items after it being them
_PRINCIPLES_LEAD = re.compile(
    r"(?:遵循|坚持|贯彻|按照|把握|秉承)(?:以下|如下|下列)[^：:，,。；;]{0,6}原则[:：]\s*$|原则(?:如下|是|为|包括)[:：]\s*$"
)


def _principle(text: str, paragraph: int) -> dict:
    """A principle from its paragraph: its name, and what it says when the paragraph goes on (统一领导：…)."""
    title, said = _title_and_text(text)
    entry = {"title": Src(title, ("p", paragraph))}
    if said:
        entry["text"] = Src(said, ("p", paragraph))
    return entry


def _title_and_text(text: str) -> tuple[str, str]:
    text = text.strip()
    m = re.match(r"^(?P<t>[^：:。]{2,30})[：:](?P<r>.+)$", text)
    if m:
        return _clean(m.group("t")), _clean(m.group("r"))
    parts = re.split(r"(?<=[。.])\s*", text, maxsplit=1)
    if len(parts) == 2 and parts[1].strip():
        return _clean(parts[0]), parts[1].strip()
    return _clean(text), ""


_FROM_BEFORE = re.compile(r"(?:在|于|自|从)?(?P<f>[^，。；,;在于自从]{2,40}?)(?:之后|以后|后|完的|完毕|之日起|起)\s*(?:的)?\s*$")


def _start_of(sentence: str, d) -> str | None:
    """The event the span counts from: 自…起, 收到…后, or the phrase ending in 后/起 right before it."""
    m = _FROM_BEFORE.search(sentence[: d.start])
    if m:
        return _clean(m.group("f"))
    for pattern in _FROM_PATTERNS:
        m = pattern.search(sentence)
        if m:
            return _clean(m.group("f"))
    return None


def _deadline_subject(sentence: str, d) -> str:
    if not re.search(r"[\u4e00-\u9fff]", sentence):  # English: the clause before "within"
        # …acknowledge it within 3 working days and send a full response within 15: after the deadline before it
        earlier = [span.end for span in find_durations(sentence) if span.end <= d.start]
        before = re.split(r"[,;:]\s", sentence[earlier[-1] if earlier else 0 : d.start])[-1]
        before = re.sub(r"^\s*(?:and|then|but|or)\s+(?:then\s+)?", "", before, flags=re.IGNORECASE)
        before = re.sub(r"\b(?:within|in|no later than|not later than|inside)\s*$", "", before.strip(), flags=re.IGNORECASE)
        # The time limit for making a complaint is (12 months): what the limit is for
        before = re.sub(
            r"\s+(?:is|are|will\s+be|shall\s+be)(?:\s+(?:normally|usually|generally|currently))?\s*$", "", before, flags=re.I
        )
        before = re.sub(
            r"^(?:we|you|they|staff|the bank)\s+(?:will|shall|must|should|aim to|try to)\s+",
            "",
            before.strip(),
            flags=re.IGNORECASE,
        )
        if len(before) >= 3:
            return before.strip(" ,.;")
    after = sentence[d.end :]
    own = re.split(r"[，,；;。]", sentence[: d.start])[-1]
    if re.search(r"(?:不超过|不得超过|不应超过|最长|最多|不多于)\s*$", own) and len(own) >= 5:
        # 一般投诉不超过1小时，重要投诉不超过4小时…: what the clause bounds stands before its limit
        return _clean(own + sentence[d.start : d.end] + re.split(r"[，,；;。]", after, maxsplit=1)[0])
    # 在短时间内（如72小时内）收到…: the bracket the deadline stood in closes before what follows
    after = re.sub(r"^(?:内|之内|以内|前)", "", after).lstrip("，,、 ）)]】").lstrip("，,、 ")
    clause = re.split(r"[，,；;。]", after, maxsplit=1)[0]
    clause = re.sub(r"^\s*(?:将|把|要|应|须|必须|给予|予以|及时|完成)", "", clause).strip()
    if len(clause) >= 2:
        return _clean(clause)
    before = re.split(r"[，,；;。]", sentence[: d.start])[-1]
    before = re.sub(r"(?:在|于|须在|应在|要在|必须在|within)\s*$", "", before).strip()
    return _clean(before) or _clean(sentence)


def _channel_entry(way: Channel, name_at: tuple | None, at: tuple | None, text: Src | None) -> dict[str, Any]:
    """A channel of the draft: its name where the source names it, its hours and contact, and the source's own words
    (`x-text`) when they say more than those."""
    channel: dict[str, Any] = {"name": Src(way.name, name_at), "kind": Src(way.kind)}
    if way.hours:
        channel["hours"] = Src(way.hours, at)
    if way.contact:
        channel["contact"] = Src(way.contact, at)
    if text is not None:
        channel["x-text"] = text
    return channel


def _find_date(text: str) -> str | None:
    m = _DATE_CN.search(text)
    if m:
        y, mo, d = number(m.group("y")), number(m.group("m")), number(m.group("d"))
        if y and mo and d:
            return _valid_date(int(y), int(mo), int(d))
    m = _DATE_ISO.search(text)
    if m:
        return _valid_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    m = _DATE_EN.search(text)
    if m:
        month = _MONTHS.get((m.group("m1") or m.group("m2") or "").lower())
        if month:
            return _valid_date(int(m.group("y1") or m.group("y2")), month, int(m.group("d1") or m.group("d2")))
    return None


def _valid_date(y: int, m: int, d: int) -> str | None:
    import datetime

    try:
        return datetime.date(y, m, d).isoformat()
    except ValueError:
        return None


_TOP_ORDER = (
    "plancraft",
    "document",
    "purpose",
    "scope",
    "principles",
    "organisation",
    "levels",
    "scenarios",
    "limits",
    "time_limits",
    "channels",
    "monitoring",
    "reporting",
    "media",
    "support",
    "aftermath",
    "privacy",
    "training",
    "drills",
    "review",
    "accountability",
    "external",
    "approvals",
    "revisions",
    "distribution",
    "annexes",
)


# Parts of a plan that no section of a source document becomes (the sign-off and control data).
_NOT_FROM_TEXT = frozenset({"plancraft", "document", "approvals", "revisions", "distribution"})


def _order(plan: dict) -> dict:
    ordered = {k: plan[k] for k in _TOP_ORDER if k in plan}
    ordered.update({k: v for k, v in plan.items() if k not in ordered})
    return ordered


def extract(source: Source, lang: str | None = None) -> Draft:
    return Extractor(source, lang).run()
