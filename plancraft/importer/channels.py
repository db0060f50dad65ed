"""The ways to complain a 投诉渠道 section names: each channel's short name, its kind and its contact.

    channels_in("服务对象可通过中心的投诉专线电话(0398-2775551)或者拨打政务服务热线12345提起投诉")
        -> [Channel("投诉专线电话", "phone", "0398-2775551"), Channel("政务服务热线12345", "phone", "12345")]
    channels_in("Post: Ground floor, 35 Cotham Road, Kew, Victoria 3101.")
        -> [Channel("Post", "letter", "Ground floor, 35 Cotham Road, Kew, Victoria 3101")]
    channels_in("Calls may be recorded for training purposes") -> []      (no way to complain named)

One sentence may name several ways (客户可透过电话、书面信函、亲至各分行，或透过电子邮件…提出申诉): each is a
channel, and each number, link or address goes to the channel of its kind written nearest before it. A sentence
naming none is no channel; the caller keeps it as text. `said_more` tells whether a sentence says more than its
channels' names and contacts (how to reach them, when they are read), so that the caller keeps it with them.
Text is read in simplified characters (hant.py), as the rest of the importer reads it.
"""

from __future__ import annotations

from plancraft.importer import recache as re
from dataclasses import dataclass

_CJK_NOUNS = (
    # longest first: 电子邮箱 is one way, not 电子 and 邮箱
    ("email", "电子邮件|电子邮箱|电邮|邮箱|email|e-mail"),
    (
        "online",
        "门户网站|官方网站|网站|官网|网页|服务平台|平台|在线投诉|微信公众号|公众号|小程序|客户端|手机银行|网上银行|在线客服|网上投诉|微博|留言板|QQ|APP|App|app",
    ),
    ("phone", "热线电话|服务热线|热线|专线|电话"),
    ("letter", "书面信函|信函|来信|书信|书面|邮寄"),
    ("regulator", "12378|12315|监管部门|监管机构|消费者协会|消协"),
    ("branch", "客户服务中心|客服中心|营业网点|营业厅|营业部|网点|柜台|柜面|窗口|分行|支行|来访|现场|当面"),
    ("media", "新闻媒体|媒体"),
    ("other", "意见箱|意见簿|投诉箱|座谈会"),
)
_EN_NOUNS = (
    ("email", r"e-?mail"),
    ("online", r"online(?: complaints?)? form|online|website|web ?form|web ?chat|live chat|social media|our app"),
    ("phone", r"tele?phone|phone|call us|calling us|hotline|freephone|text ?phone"),
    ("letter", r"by post|in writing|write to us|writing to us|letter"),
    ("branch", r"in person|any of our branch(?:es)?|branch(?:es)?|face to face"),
)
# a label before a colon may be a bare word (Post: …, Tel: …, 地址：…) that names a way only as a label
_LABEL_KIND = re.compile(
    r"(?P<letter>^(?:post|postal address|mail|address|by post|write to us|in writing)$|地址|信函|来信)|"
    r"(?P<phone>^(?:tel|telephone|phone|call us|freephone)$|电话|热线)|(?P<email>^e-?mail$|邮箱|邮件)|"
    r"(?P<online>^(?:online|web|website|webchat|live chat)$|网站|网址)|(?P<branch>^(?:in person|visit us)$)",
    re.IGNORECASE,
)
_CJK = re.compile("|".join(f"(?P<{kind}>{words})" for kind, words in _CJK_NOUNS))
_EN = re.compile("|".join(f"(?P<{k}>\\b(?:{w})\\b)" for k, w in _EN_NOUNS), re.IGNORECASE)
# the English name of an ombudsman or regulator: "the Financial Ombudsman Service", "Communications Ombudsman"
_EN_REGULATOR = re.compile(
    r"\b(?:(?:[A-Z][\w&'’-]*|of|the|for)\s+){0,5}?(?:[A-Z][\w&'’-]*\s+)?(?:Ombudsman|Ombudsperson|Commissioner)\b"
    r"(?:\s+(?:Service|Scheme|Office))?"
)

_URL = re.compile(r"(?:https?://|www\.)[^\s，,。；;（）()“”<>《》、]+", re.IGNORECASE)
_EMAIL = re.compile(r"[A-Za-z0-9_.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# a number written as people write phone numbers: +44 300 111 3000, (02) 4058-0088, 0398-2775551, 95567
_PHONE = re.compile(
    r"(?<![A-Za-z0-9_.@/-])(?:\+\d{1,3}[\s-]?)?(?:[（(]\d{1,4}[）)]\s?-?)?\d{1,12}(?:[\s-]\d{1,8}){0,4}(?![A-Za-z0-9_@])"
)
_ADDRESS = re.compile(
    r"(?:收信地址|通讯地址|邮寄地址|联系地址|地址|address|post|write to(?: us at)?)\s*[:：]\s*(?P<a>[^;；。]+?)\.?\s*"
    r"(?=[;；。]|[)）]?[,，](?:由|并|将|经)|$)",
    re.IGNORECASE,
)
_HOURS = re.compile(
    r"7\s*[×xX*]\s*24\s*小时|24\s*小时|全天候|(?:工作日|周[一二三四五六日]至周[一二三四五六日])[^，,。；;]{0,12}?"
    r"\d{1,2}[:：]\d{2}\s*[-—–~至到]\s*\d{1,2}[:：]\d{2}|24/7|24 hours a day|"
    r"Monday to (?:Friday|Saturday)[^.;,]{0,30}?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\s*(?:-|–|to|and)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)",
    re.IGNORECASE,
)
# "Phone: 0300 111 3000", "电话：…", "(三)门户网站 通过门户网站…": a label names the way, what follows reaches it
_LABEL = re.compile(r"^(?P<label>[^:：，,。；;]{1,24}?)\s*[:：]\s*(?P<rest>\S.*)$")
# what stands before a way's name in a sentence (可通过中心的投诉专线电话, 寄送信函, 亲至各分行): cut after it
_LEAD = re.compile(
    r".*(?:通过|透过|经由|拨打|致电|登录|登陆|关注|寄送|发送|写信|使用|利用|采用|公布|公示|设置|设立|设有|开通|提供|指定|投进|投入|"
    r"包括|不限于|例如|或者|以及|开展|"
    r"我公司|本公司|我行|本行|我司|本院|我院|本单位|或|及|和|与|向|到|至|在|经|可|以|如|的|为|是|即)"
)
# a way named as the subject of what it must do (各营业网点要对外公布…) is the unit that acts, not a way to complain
_SUBJECT_AFTER = re.compile(r"^\s*(?:要|应|须|必须|负责|将|会|需)")
# a way named as the means of an act of the procedure (做好电话记录, 电话回访, 电话通知): no way to complain
_MEANS_OF = re.compile(r"^\s*(?:记录|登记|回访|沟通|通知|告知|核实|询问|调查|答复|回复|联系)")
_NAME_TAIL = re.compile(
    r"^(?:\d[\d-]{2,}|“[^”]{1,16}”|《[^》]{1,20}》|[（(](?![\d\s+-]+[）)])[^）):：]{1,16}[）)])?(?:投诉|受理|申诉|举报)?"
)
_SEPARATOR = re.compile(r"[、，,。；;：:（）()或和及与\s]")


@dataclass
class Channel:
    name: str
    kind: str
    contact: str = ""
    hours: str = ""
    start: int = 0  # where its name stands in the sentence (which contact is whose)


def _balanced(value: str) -> str:
    """A contact up to the bracket that closes around it (（收信地址：…大厦）…): its own brackets kept (…(原门口))."""
    depth = 0
    for index, char in enumerate(value):
        depth += char in "(（"
        depth -= char in ")）"
        if depth < 0:
            return value[:index].rstrip()
    return value


def contacts_in(text: str) -> list[tuple[int, str, str]]:
    """(position, kind, contact) of each link, e-mail address, postal address and phone number in a sentence."""
    found: list[tuple[int, str, str]] = []
    taken: list[tuple[int, int]] = []

    def free(m: re.Match, group: int | str = 0) -> bool:
        return not any(a < m.end(group) and m.start(group) < b for a, b in taken)

    for pattern, kind, group in ((_EMAIL, "email", 0), (_URL, "online", 0), (_ADDRESS, "letter", "a")):
        for m in pattern.finditer(text):
            if free(m, group):
                value = _balanced(m.group(group).strip()).rstrip(".,，")
                found.append((m.start(group), kind, value))
                taken.append((m.start(group), m.end(group)))
    for m in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        short_service = re.fullmatch(r"9[56]\d{3,4}|123\d{2}", digits)  # 95567, 12345
        if free(m) and (7 <= len(digits) <= 15 or short_service) and not re.fullmatch(r"(?:19|20)\d{2}", digits):
            found.append((m.start(), "phone", m.group().strip()))
            taken.append((m.start(), m.end()))
    return sorted(found)


def _ways_zh(text: str) -> list[Channel]:
    ways: list[Channel] = []
    matches = list(_CJK.finditer(text))
    index, previous_end = 0, 0
    while index < len(matches):
        m = matches[index]
        if text.count("“", 0, m.start()) > text.count("”", 0, m.start()):
            index += 1  # 点击“我的服务-网上投诉”: a menu the way leads to, named inside its quotes
            continue
        end, kind = m.end(), m.lastgroup or "other"
        # 投诉专线电话, 书面信函: nouns written together are one way
        while index + 1 < len(matches) and matches[index + 1].start() - end <= 3:
            gap = text[end : matches[index + 1].start()]
            if _SEPARATOR.search(gap):
                break
            index += 1
            end, kind = matches[index].end(), matches[index].lastgroup or kind  # 支行投诉电话: the last noun is the way
        index += 1
        clause_start = max([previous_end] + [text.rfind(p, 0, m.start()) + 1 for p in "、，,。；;：:（）()“”《 "])
        window = text[max(clause_start, m.start() - 10) : m.start()]
        lead = _LEAD.match(window)
        start = m.start() - len(window) + (lead.end() if lead else 0)
        previous_end = end
        if _SUBJECT_AFTER.match(text[end:]) or _MEANS_OF.match(text[end:]):
            continue
        if kind in ("other", "branch") and any(text[w.start : w.start + len(w.name)].endswith(m.group()) for w in ways):
            continue  # 通过师生座谈会反馈，每学期至少开展两次座谈会: the way named again
        if kind in {w.kind for w in ways} and re.match(r"(?:地址|号码|账号)?\s*[:：]", text[end:]):
            continue  # 发送电子邮件…（电子邮箱地址：…）: the label of the contact of a way already named
        tail = _NAME_TAIL.match(text[end:])
        end += tail.end() if tail else 0
        name = text[start:end].strip()
        if name and name not in {w.name for w in ways}:
            ways.append(Channel(name, kind, start=start))
    return ways


def _ways_en(text: str) -> list[Channel]:
    ways: list[Channel] = []
    for m in _EN_REGULATOR.finditer(text):
        name = re.sub(r"^(?:the|of|for)\s+", "", m.group(), flags=re.IGNORECASE)
        if name.lower() not in {w.name.lower() for w in ways}:
            ways.append(Channel(name, "regulator", start=m.start()))
    for m in _EN.finditer(text):
        if any(w.start <= m.start() < w.start + len(w.name) for w in ways):
            continue
        name = m.group()
        name = {"call us": "Phone", "calling us": "Phone", "by post": "Post", "write to us": "Letter"}.get(
            name.lower(), name[:1].upper() + name[1:]
        )
        kind = m.lastgroup or "other"
        if name.lower() not in {w.name.lower() for w in ways} and kind not in {w.kind for w in ways if w.kind != "regulator"}:
            ways.append(Channel(name, kind, start=m.start()))
    return sorted(ways, key=lambda w: w.start)


_KIND_OF_CONTACT = {"online": ("online",), "email": ("email", "online"), "phone": ("phone",), "letter": ("letter", "branch")}


def channels_in(text: str, lang: str) -> list[Channel]:
    """The ways to complain one sentence (or labelled line) names, each with the contacts written for it."""
    text = text.strip()
    label = _LABEL.match(text)
    ways: list[Channel] = []
    if label and len(label.group("label")) <= (12 if lang == "zh-CN" else 30):
        name = re.sub(r"^(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)+", "", label.group("label")).strip()
        label_kind = _LABEL_KIND.search(name)
        named = (_ways_zh if lang == "zh-CN" else _ways_en)(name)
        kind = label_kind.lastgroup if label_kind else named[0].kind if named else None
        if kind:  # "Post: …", "电话：…", "在线投诉：通过官网…": the label is the way
            ways = [Channel(name, kind, start=0)]
            if ways[0].kind in ("letter", "branch") and not contacts_in(label.group("rest")):
                ways[0].contact = label.group("rest").strip().rstrip("。.")
    if not ways:
        ways = (_ways_zh if lang == "zh-CN" else _ways_en)(text)
    contacts = contacts_in(text)
    if not ways and contacts:  # a bare number or link is the way itself
        kind = contacts[0][1]
        ways = [Channel(contacts[0][2], "phone" if kind == "phone" else kind, start=contacts[0][0])]
    for position, kind, value in contacts:
        if not ways:
            continue
        written_in = [w for w in ways if value in w.name and value != w.name]
        if written_in:  # 总部投诉电话021-63123070: the number is the way's contact as well as part of its name
            written_in[0].contact = written_in[0].contact or value
            continue
        if any(value == w.name for w in ways):
            continue
        before = [w for w in ways if w.start <= position] or ways[:1]
        fitting = [w for w in before if w.kind == _KIND_OF_CONTACT[kind][0]] or [
            w for w in before if w.kind in _KIND_OF_CONTACT[kind] or w.kind == "regulator"
        ]
        owner = (fitting or [w for w in ways if w.kind in _KIND_OF_CONTACT[kind]] or before)[-1]
        if value not in owner.contact:
            owner.contact = f"{owner.contact}; {value}" if owner.contact else value
    hours = _HOURS.search(text)
    if hours and ways:
        owner = next((w for w in ways if w.kind == "phone"), ways[0])
        owner.hours = hours.group().strip()
    return ways


def said_more(text: str, ways: list[Channel]) -> bool:
    """Whether the sentence says more than the names, contacts and hours read from it."""
    rest = text
    for way in ways:
        for piece in (way.name, *way.contact.split("; "), way.hours):
            if piece:
                rest = rest.replace(piece, " ", 1)
    words = re.findall(r"[\u4e00-\u9fff]|[A-Za-z]+", rest)
    return len(words) > (2 if re.search(r"[\u4e00-\u9fff]", text) else 1)


def heading_channel(title: str, lines: list[str], lang: str) -> tuple[Channel, set[int]]:
    """The way a heading names (By post, 网上投诉), reached by what stands under it: its numbers, links and e-mail
    addresses, or the short lines of a postal address (Customer Care team / PO Box 12461 / Birmingham); and the
    indexes of the lines that address took (the rest say what they say, and are kept)."""
    named = channels_in(title, lang)
    way = Channel(title.strip(), named[0].kind if named else "other")
    found, addresses, run, taken = [], [], [], set()
    for index, line in enumerate([*lines, "."]):  # (the full stop ends the last run)
        if is_address_line(line):
            run.append(index)
            continue
        if is_address([lines[i] for i in run]):
            addresses.append(", ".join(lines[i].strip() for i in run))
            taken.update(run)
        else:
            found += [value for i in run for _, _, value in contacts_in(lines[i])]
        found += [value for _, _, value in contacts_in(line)]
        run = []
    found += addresses
    way.contact = "; ".join(dict.fromkeys(found))
    way.hours = next((m.group().strip() for line in lines if (m := _HOURS.search(line))), "")
    return way, taken


_ADDRESS_PART = re.compile(
    r"\b(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]\d{2}\s?[A-Z\d]{4}|Street|St\.|Road|Rd\.?|Lane|Avenue|Square|Squ|"
    r"Tower|House|Floor|Building|Terrace|Place|Court|P\.?O\.? Box|London|Dublin|Edinburgh|Cardiff|Belfast)\b|"
    r"[路街道]\d+号|大厦|\d+楼|\d+室|邮编|邮政编码|地址[:：]"
)


def is_address_line(text: str) -> bool:
    """Short and no sentence: what may be one line of a postal address written a part a line."""
    return len(text) <= 40 and not re.search(r"[。；;！!？?:：]|[.,，]$", text.strip())


def is_address(lines: list[str]) -> bool:
    """A postal address written one part a line (Financial Ombudsman Service / Exchange Tower / Harbour Exchange
    Square): two or more such lines, one of them a street, building, town or postcode."""
    return len(lines) >= 2 and any(_ADDRESS_PART.search(line) for line in lines)
