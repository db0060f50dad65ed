"""From blocks to an outline: headings in the usual Chinese and English numbering styles, with
numbered items and plain paragraphs under them.

Numbering families (一、 /（一）/ 1. /（1）/ ① / 第一章 / 第一条 / 1.1 / I. / A.) get their depth
from the order in which they first appear, as a reader does; a Word heading style or a Markdown
`#` states the depth outright. Text pasted from the web often runs several numbered items into one
paragraph (`二、基本原则 1、迅速反应。 2、分级管理。`); such a paragraph is split at the markers,
and every piece keeps the paragraph's number.
"""

from __future__ import annotations

from plancraft.importer import recache as re
from dataclasses import dataclass, field

from .numbers import cn_number
from .reader import Block

_CN = "一二三四五六七八九十百零〇"
_FAMILIES: list[tuple[str, re.Pattern]] = [
    ("chapter", re.compile(rf"^第[{_CN}\d]+[章编部分]+\s*")),
    # Part 1 / Chapter II / Part One: Roles (an English document's parts)
    (
        "chapter",
        re.compile(
            r"^(?:Part|Chapter)\s+(?:\d{1,2}|[IVX]{1,4}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)"
            r"(?:\s*[:.\-–—]\s*|\s+(?=[A-Z]))"
        ),
    ),
    ("section", re.compile(rf"^第[{_CN}\d]+节\s*")),
    # 第一项：首问责任制度, 第二项：领导接访工作制度: the items of a set of rules, each a section with its title
    ("section", re.compile(rf"^第[{_CN}\d]{{1,3}}项\s*[:：]\s*(?=\S)")),
    ("article", re.compile(rf"^第[{_CN}\d]+条\s*[、．]?\s*")),  # 第一条、为提高…: the comma is the marker's
    ("ordinal", re.compile(rf"^(?:第[{_CN}]{{1,3}}|首先|其次|再次|最后)\s*[，,、:：]\s*")),
    # "Step 1: Tell us about your complaint", "Stage 2 – Review", 第二步：调查核实, 第一阶段: a stage of the procedure,
    # titled with its number (the marker stays in the title, which is what names it a procedure stage)
    (
        "stage",
        re.compile(
            rf"^(?:(?:Step|Stage|Phase)\s*(?:\d{{1,2}}|one|two|three|four|five|[IVX]{{1,3}})\b|"
            rf"第[{_CN}\d]{{1,3}}(?:步|阶段))\s*[:：.、\-–—]?\s*(?=\S)",
            re.IGNORECASE,
        ),
    ),
    # 1.3.2.3: four parts, not 1.3.2 with ".3" left at the head of the text
    ("dec4", re.compile(r"^\d{1,2}\.\d{1,2}\.\d{1,2}\.\d{1,2}\.?(?![\d%])\s*")),
    ("dec3", re.compile(r"^\d{1,2}\.\d{1,2}\.\d{1,2}\.?(?![\d%.])\s*")),
    ("dec2", re.compile(r"^\d{1,2}\.\d{1,2}\.?(?![\d%])\s*(?=\D)")),
    # 一、总则; also 三 分级标准 with only a space after the numeral, on a short heading line
    ("cn", re.compile(rf"^[{_CN}]{{1,3}}(?:\s*[、．.]\s*|\s+(?=[\u4e00-\u9fff][^，,。；;：:！!？?]{{1,15}}$))")),
    # （一） and ㈠ (one character, as typed from a symbol table)
    ("pcn", re.compile(rf"^(?:[（(]\s*[{_CN}]{{1,3}}\s*[）)]\s*[、．.]?|[㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩])\s*")),
    # 1、/ 1. and ⒈ (one character: Word's decimalEnclosedFullstop, also typed)
    ("ar", re.compile(r"^(?:\d{1,2}\s*(?:[、．]|\.(?!\d))|[⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛])\s*")),
    # （1） and ⑴ (one character: Word's decimalEnclosedParen, also typed)
    ("par", re.compile(r"^(?:[（(]\s*\d{1,2}\s*[）)]\s*[、．.]?|[⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇])\s*")),
    ("rpar", re.compile(r"^\d{1,2}\s*[）)]\s*")),
    ("circ", re.compile(r"^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]\s*[、．.]?\s*")),
    ("roman", re.compile(r"^(?:[IVX]{1,4}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])\s*[.、．)]\s*")),
    # ii. iii) iv.: lower-case roman items, read with the letter items (i. is one)
    ("letter", re.compile(r"^(?:ii|iii|iv|vi|vii|viii|ix|xi|xii)\s*[.)]\s+(?=\S)")),
    ("letter", re.compile(r"^[A-Za-z]\s*[.)]\s+(?=\S)")),
    # A、立即切断电源 / B 视情况疏散人员: a Chinese item lettered, with a comma of enumeration or a space only
    ("letter", re.compile(r"^[A-Z]\s*[、．]\s*(?=\S)|^[A-Z]\s+(?=[\u4e00-\u9fff])")),
    # English "1 Purpose"; Chinese "1 总则" (GB/T 29639 style, beside 1.1 编制目的), not "3 个工作日…", "5 人以上…"
    # and a short heading line with its number glued to it (2响应分级, 4附则), not 3个工作日, 10千伏线路
    (
        "arsp",
        re.compile(
            # (not a street number: 12 Mill Lane, 35 Cotham Road)
            r"^\d{1,2}(?:\s+(?=[A-Z](?![A-Za-z'’]*(?:\s+[A-Z][A-Za-z'’]*)?\s+(?:Lane|Road|Street|Avenue|Drive|Way|Close|"
            r"Square|Place|Terrace|Court|Crescent|Row|Walk|Gardens|Park|Hill|Green|Rd|St|Ave)\.?\s*,?$)|"
            r"(?![个人日天小时分秒年月元万户次件名位起周倍级类项条])[\u4e00-\u9fff])|"
            r"(?=(?![个人日天小时分秒年月元万亿千百户次件名位起周倍级类项条台辆家种号层楼栋米吨度轮批期届倍])"
            r"[\u4e00-\u9fff][^，,。；;：:！!？?\d]{1,15}[：:]?$))"
        ),
    ),
    ("bullet", re.compile(r"^[•·▪●○◆■□➢✓\-–*]\s*(?=\S)")),  # a bulleted item, never a heading
]
# Where a run-on paragraph may be split: a marker after a full stop, semicolon or space.
_INLINE = re.compile(
    rf"(?:(?<=[。；;！!？?])|(?<=[。；;：:！!？?]\s)|(?<=\S\s)|(?<=\s\s)|(?<=[\u4e00-\u9fff》”][：:])(?=[{_CN}]{{1,3}}、))"
    rf"(?=(?:[{_CN}]{{1,3}}、|[（(][{_CN}]{{1,3}}[）)]|\d{{1,2}}[、．](?!\d)|\d{{1,2}}\.(?!\d)(?=\D)|[（(]\d{{1,2}}[）)]|[①②③④⑤⑥⑦⑧⑨⑩⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩]|第[{_CN}\d]+条|第[{_CN}]{{1,3}}[，,]))"
    # 第X章 / 第X条 run into the text without a space (text copied from a PDF or a web preview),
    # but not a reference to an article (依照《办法》第三条规定, 本办法第五条的)
    rf"|(?<![\s》第章在和、])(?<!依据|根据|按照|依照|遵照|规定|办法|本法|条例|细则)(?=第[{_CN}]{{1,4}}(?:章|条(?![规的之款所第])))"
)
# A list that starts right after a heading's words, without a space (五、预案内容1. 投诉受理(1)客户…)
_GLUED_LIST = re.compile(r"(?<=[\u4e00-\u9fff：:])(?=(?:1[.．、]|[（(]1[）)]|[（(]一[）)]|①)\s*[\u4e00-\u9fff])")
# A plan's title run into its first sentence, which says why the plan was made (县烟草专卖局举报投诉处理预案为加强我县…，
# 特制定本预案。): the title is its own paragraph (not when that sentence leads in to a list: …特制定本制度:一、…)
_TITLE_THEN_PURPOSE = re.compile(
    r"^(?P<title>(?![本该此我])[^，,。；;：:\s]{4,40}?(?:应急预案|预案|办法|制度|规定|细则|流程|规程|方案|实施意见))"
    r"(?=(?:为了?|根据|按照|依据|依照)[^。]{4,}?[，,][^。:：]*?(?:制定|制订|特制|修订|编制)[^。:：]{0,12}。)"
)
# A chapter title run into its first article: 第一章目的与依据第一条为确立…
_CHAPTER_THEN_ARTICLE = re.compile(rf"^(?P<title>[^，。；,;]{{2,16}}?)(?=第[{_CN}]{{1,4}}条)")
_SENTENCE_END = re.compile(r"[。；;！!？?]")
# a working group's name closed with a full stop (1、应急指挥小组。), its members and duties on the lines under it
_GROUP_WITH_STOP = re.compile(r"[\u4e00-\u9fff]{2,14}(?:小组|工作组|组|指挥部|委员会)。")
# An English number written out before its figure in brackets: "seven (7) days", "sixty (60) days".
_SPELLED_OUT = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|hundred)\s*$",
    re.IGNORECASE,
)


@dataclass
class Segment:
    number: int  # paragraph number in the source
    text: str  # without its numbering marker
    marker: str = ""  # "一、", "（2）", ...
    family: str | None = None
    heading: int | None = None  # stated heading level (Word style, Markdown #)
    listed: int | None = None
    title_style: bool = False
    rows: list[list[str]] | None = None  # a table
    emphasis: bool = False  # bold, centred or larger, with no heading style
    table: int = 0

    @property
    def is_table(self) -> bool:
        return self.rows is not None


@dataclass
class Node:
    """A heading and what stands under it (items in order, then sub-sections)."""

    title: str
    number: int
    marker: str = ""
    family: str | None = None
    depth: int = 0
    items: list[Segment] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
    key: str | None = None  # plan section this heading maps to
    numbering: str | None = None  # the family of its number (a styled heading's too: 一、 in Heading 1 is "cn")
    text: str = ""  # its line as written (组长：, the colon a title drops), should it turn out to be an item

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def all_items(self) -> list[Segment]:
        out = list(self.items)
        for child in self.children:
            out.append(Segment(child.number, child.title, child.marker, child.family))
            out += child.all_items()
        return out


# Emoji a web page sets before its headings and items (🚨 Tier 1: Critical Issues, ⚖️ Tier 3, 📌 一、…): decoration, not
# part of the words; a pictograph, or a symbol drawn as an emoji (U+FE0F after it); a keycap digit (1️⃣) is a number
_DECORATION = re.compile(
    r"^(?:(?:[\U0001F000-\U0001FAFF]|[\u2190-\u2BFF\u3030\u303D](?=\uFE0F)|[✅❌⭐⛔✨❗❓])[\uFE0F\u200D]*\s*)+"
)
_KEYCAP = re.compile(r"^(\d)\uFE0F?\u20E3\s*")


def _undecorated(text: str) -> str:
    return _KEYCAP.sub(r"\1. ", _DECORATION.sub("", text))


def segments(blocks: list[Block]) -> list[Segment]:
    out: list[Segment] = []
    for block in blocks:
        if block.kind == "table":
            out.append(Segment(block.number, "", rows=block.rows, table=block.number))
            continue
        text = _undecorated(block.text)
        if block.label and split_marker(text)[1] is None:
            text = block.label + text  # Word's automatic numbering: the number a reader sees, read as if typed
        if (block.heading is not None or block.title_style) and not _sentence_styled(text):
            marker, family, rest = split_marker(text)
            head, body = _label_then_body(rest or text) if block.heading is not None else (rest, "")
            if body and (_SENTENCE_END.search(body) or len(body) > 30):
                # 1. 原因分析：因生产、运输等原因导致校服无法按时供应。 in a heading style: the label is the heading
                out.append(Segment(block.number, _unspaced(head), marker, family, heading=block.heading))
                out.append(Segment(block.number, body))
                continue
            out.append(
                Segment(
                    block.number, _unspaced(rest or text), marker, family, heading=block.heading, title_style=block.title_style
                )
            )
            continue
        if block.bullet and split_marker(text)[1] is None:
            out.append(Segment(block.number, text, "", "bullet", listed=block.listed))  # Word's bulleted list: items
            continue
        if block.listed is not None and split_marker(text)[1] is None:
            # Word's automatic numbering with no number to show: the list level is the family
            head, body = _label_then_body(text)
            out.append(Segment(block.number, head, "", f"list{block.listed}", listed=block.listed))
            if body:
                out.append(Segment(block.number, body))
            continue
        pieces = [
            p.strip() for lettered in _lettered_run(text) for piece in _GLUED_LIST.split(lettered) for p in _INLINE.split(piece)
        ]
        pieces = [p for p in pieces if p]
        for index, piece in enumerate(pieces):
            marker, family, rest = split_marker(piece)
            if index > 0 and family == "par" and _SPELLED_OUT.search(out[-1].text):
                family = None  # "within seven (7) days": the figure repeats the number word, it is no item
            if index > 0 and family is None:  # the split left text with no marker: join it back
                latin = re.match(r"[\x21-\x7e]", piece) and re.search(r"[\x21-\x7e]$", out[-1].text)
                out[-1].text += (" " if latin else "") + piece
                continue
            if family == "chapter":
                m = _CHAPTER_THEN_ARTICLE.match(rest)
                if m:
                    out.append(Segment(block.number, m.group("title"), marker, family))
                    marker, family, rest = split_marker(rest[m.end() :])
            if index == 0 and family is None:
                m = _TITLE_THEN_PURPOSE.match(rest)
                if m:  # 县烟草专卖局举报投诉处理预案为加强…: a page that runs the title into the text: the title alone
                    out.append(Segment(block.number, m.group("title")))
                    rest = rest[m.end("title") :]
            listed = block.listed if index == 0 else None
            head, body = _heading_then_body(rest) if family and family != "ordinal" else (rest, "")
            if family and family not in ("ordinal", "article", "stage") and not body:
                head, body = _label_then_body(head)
            emphasis = block.emphasis and len(pieces) == 1 and not body
            out.append(Segment(block.number, _unspaced(head), marker, family, listed=listed, emphasis=emphasis))
            if body:
                out.append(Segment(block.number, body))
    return _without_contents(_bare_numbers(_glued_runs(out)))


# A lettered item run into a Chinese paragraph (…顧客投訴 A 服務臺有權…。 B 值班店長需要…): a capital and a space before
# Chinese text, after a space or a full stop
_INLINE_LETTER = re.compile(r"(?<=[\s。；;！!？?])(?P<l>[A-H])\s+(?=[\u4e00-\u9fff])")


def _lettered_run(text: str) -> list[str]:
    """The paragraph cut before each lettered item run into it, when the letters run A, B, C… (two or more, perhaps
    starting again at A for the next numbered part, the last perhaps cut after its A); else whole."""
    marks = list(_INLINE_LETTER.finditer(text))
    letters = "".join(m.group("l") for m in marks)
    # one run or several, each starting again at A (1, 顧客投訴 A … F … 2, 退換貨 A … E …)
    if not re.fullmatch(r"(?:AB(?:(?<=B)C)?(?:(?<=C)D)?(?:(?<=D)E)?(?:(?<=E)F)?(?:(?<=F)G)?(?:(?<=G)H)?)+A?", letters):
        return [text]
    cuts = [0] + [m.start() for m in marks] + [len(text)]
    return [text[a:b] for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]


def _sentence_styled(text: str) -> bool:
    """A whole sentence in a heading style (一、为规范投诉处理工作，特制定本预案。): no heading, a paragraph."""
    core = split_marker(text)[2].rstrip()
    if _label_then_body(core)[1]:
        return False
    cjk = len(re.findall(r"[\u4e00-\u9fff]", core))
    long = (len(core) > 20 or bool(re.search(r"[，,]", core))) if cjk else len(core.split()) > 12
    if cjk > 40 and re.search(r"[，,]", core):
        return True  # a paragraph in a heading style, its full stop lost (or cut off)
    return bool(re.search(r"[。；;！!]$", core)) and long


# 总  则, 附 则: a short title spaced out to fill the line
_SPACED_OUT = re.compile(r"^(?:[\u4e00-\u9fff]\s+){1,5}[\u4e00-\u9fff]$")
# a number on a line of its own, its title on the next: 第一章 / 总则, Part 2 / Roles
_BARE_NUMBER = re.compile(
    rf"^(?:第[{_CN}\d]{{1,4}}[章编部分节]|(?:Chapter|Part|Section)\s+(?:\d{{1,2}}|[IVX]{{1,4}}))$", re.IGNORECASE
)


_GLUED_NUMBER = re.compile(
    r"^(\d{1,2})(?=(?![个人日天小时分秒年月元万亿千百户次件名位起周倍级类项条台辆家种号层楼栋米吨度轮批期届])[\u4e00-\u9fff])"
)


def _glued_runs(segs: list[Segment]) -> list[Segment]:
    """Items numbered 1, 2, 3 … in turn with the number glued to the text (1客户投诉信息的收集与分类; 2客户投诉问题的初步
    评估与处理;): a list, read like 1、/1. items, when two or more follow in order."""
    index = 0
    while index < len(segs):
        run = []
        expected = None
        for seg in segs[index:]:
            m = None if seg.is_table or seg.family is not None else _GLUED_NUMBER.match(seg.text)
            if m is None or (expected is not None and int(m.group(1)) != expected) or (expected is None and m.group(1) != "1"):
                break
            run.append((seg, m))
            expected = int(m.group(1)) + 1
        if len(run) >= 2:
            for seg, m in run:
                seg.marker, seg.family, seg.text = m.group(1), "ar", seg.text[m.end() :]
            index += len(run)
        else:
            index += 1
    return segs


def _unspaced(text: str) -> str:
    return re.sub(r"\s+", "", text) if _SPACED_OUT.match(text) else text


def _bare_numbers(segs: list[Segment]) -> list[Segment]:
    """A chapter's number alone on a line and its title on the next (第一章 / 总  则) read as one heading."""
    out: list[Segment] = []
    skip = False
    for index, seg in enumerate(segs):
        if skip:
            skip = False
            continue
        nxt = segs[index + 1] if index + 1 < len(segs) else None
        if (
            nxt is not None
            and not seg.is_table
            and seg.family is None
            and _BARE_NUMBER.match(seg.text.strip())
            and not nxt.is_table
            and nxt.family is None
            and len(nxt.text) <= 30
            and not re.search(r"[。；;，,！!？?]", nxt.text)
        ):
            marker, family, rest = split_marker(f"{seg.text.strip()} {nxt.text.strip()}")
            if family is not None:
                heading = seg.heading if seg.heading is not None else nxt.heading
                out.append(
                    Segment(seg.number, _unspaced(rest), marker, family, heading=heading, emphasis=seg.emphasis or nxt.emphasis)
                )
                skip = True
                continue
        out.append(seg)
    return out


_CONTENTS = re.compile(r"^(?:目\s*录|contents|table of contents)\s*[:：]?$", re.IGNORECASE)
_PAGE_REF = re.compile(r"[\s.·…_－-]*\d{0,3}\s*$")


def _without_contents(segs: list[Segment]) -> list[Segment]:
    """A table of contents typed into the text (目录, then the headings again, with or without page numbers) left out:
    its lines repeat headings that follow and are no part of the plan."""
    start = next(
        (i for i, s in enumerate(segs[:40]) if not s.is_table and not s.marker and _CONTENTS.match(s.text.strip())), None
    )
    if start is None:
        return segs

    def words(seg: Segment) -> str:
        return re.sub(r"\s+", "", _PAGE_REF.sub("", seg.text))

    def key(seg: Segment) -> str:
        return re.sub(r"\s+", "", seg.marker) + words(seg)

    seen: set[str] = set()
    seen_words: set[str] = set()
    end = start + 1
    while end < len(segs) and not segs[end].is_table and key(segs[end]) not in seen and len(segs[end].text) <= 60:
        if not (segs[end].heading or segs[end].family):
            break
        if not segs[end].marker and words(segs[end]) in seen_words:
            break  # 1、水务集团应急处置流程图 3 … then the heading styled without its number: the plan begins
        seen.add(key(segs[end]))
        seen_words.add(words(segs[end]))
        end += 1
    # a heading that comes again, numbered or not (its words are in both its keys)
    later = {words(s) for s in segs[end:] if not s.is_table}
    if len(seen_words & later) < 2:
        return segs  # a line named 目录 not followed by headings that come again is no table of contents
    return segs[:start] + segs[end:]


def split_marker(text: str) -> tuple[str, str | None, str]:
    for family, pattern in _FAMILIES:
        m = pattern.match(text)
        if m and m.end() < len(text):
            if family == "stage" and len(re.findall(r"→|⇒|➔|➜|⟶|->|=>", text)) >= 2:
                continue  # Stage 1: Receive -> Stage 2: Investigate -> …: a flow typed on one line, not a heading
            if family == "stage":
                return "", family, text.strip()
            return text[: m.end()].strip(), family, text[m.end() :].strip()
    return "", None, text


_OPENS, _CLOSES = "《（(“「【〔[", "》）)”」】〕]"


def _open_bracket(text: str) -> bool:
    """A bracket or quote opened and not closed (《关于完善…机制 / 资源(如): a piece cut from a longer text, no title."""
    return any(text.count(o) > text.count(c) for o, c in zip(_OPENS, _CLOSES))


def _heading_then_body(text: str) -> tuple[str, str]:
    """`处理一般客户投诉的应急预案 对一般客户投诉,…` -> the short title, then the body."""
    m = re.match(r"^([^\s。；;，,：:]{2,30})\s+(\S.{20,})$", text)
    if m and not _SENTENCE_END.search(m.group(1)) and re.search(r"[\u4e00-\u9fff]", m.group(1)) and not _open_bracket(m.group(1)):
        return m.group(1), m.group(2)
    return text, ""


def _label_then_body(text: str) -> tuple[str, str]:
    """`调研分析:在制定预案之前,…` -> the label as a heading, then the body."""
    m = re.match(r"^([^\s。；;，,：:、]{2,16})\s*[：:]\s*(\S.{3,})$", text) or re.match(
        # 负责人:景克诚, 组长:王五: a post of a roster and who holds it, however short the name
        r"^([^\s。；;，,：:、]{0,12}(?:组长|负责人|成员|组员|联系人|主任|指挥|队长))\s*[：:]\s*(\S.{1,2})$",
        text,
    )
    if m and re.search(r"[\u4e00-\u9fff]", m.group(1)) and not _open_bracket(m.group(1)):
        return m.group(1), m.group(2)
    return text, ""


def is_heading_text(segment: Segment) -> bool:
    """A numbered line that reads as a heading: short, no sentence inside it."""
    if segment.heading is not None or segment.family == "plain":
        return True
    if segment.family is None or segment.family in ("article", "ordinal", "bullet"):
        return False
    text = segment.text.rstrip()
    if not text:
        return False
    if segment.family.startswith("list") and text[0].islower():
        return False  # an item of a Word list that runs on from its lead-in (we will: • acknowledge receipt …)
    core = text.rstrip("：:")
    if _GROUP_WITH_STOP.fullmatch(core):
        return True  # 1、应急指挥小组。: a working group named with a full stop, its members and duties under it
    if _open_bracket(core) and segment.heading is None:
        return False  # (3)《关于完善…处理机制 (the title runs on in the next paragraph): a cut piece, no heading
    cjk = len(re.findall(r"[\u4e00-\u9fff]", core))
    limit = 32 if cjk else 90
    if len(core) > limit or _SENTENCE_END.search(core):
        return False
    if not cjk and core.endswith((".",)):
        return False
    return not (cjk and re.search(r"[，,]", core) and not text.endswith(("：", ":")) and len(core) > 12)


# A person named with an honorific (Mr Dave Cocking, Dr Andy Tindale,): someone to write to, never a heading.
PERSON_LINE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},?")
# The line before an address: what follows it is the address, line by line (write to:, addressed as follows:).
ADDRESS_LEAD = re.compile(r"\b(?:write|writing|send|post|address(?:ed)?)\b[^.]{0,40}(?:to|as follows|below)\s*:$", re.I)


def _plain_headings(segs: list[Segment]) -> None:
    """A document with no numbered or styled headings (a web page pasted as text): short lines with
    no sentence punctuation, followed by longer text, are its headings."""
    listed = _list_runs(segs)
    numbered = sum(1 for s in segs if is_heading_text(s) and s.family != "stage" and id(s) not in listed)
    if numbered >= 2:
        return  # (stage lines, Step 1: …, and a list of short numbered items, do not make a document's other short lines body text)
    if sum(1 for s in segs if s.family == "article") >= 3:
        return  # rules in articles (第一条…第二条…): the articles are its structure, a short line in one is its text
    if sum(1 for s in segs if not s.is_table and re.match(r"^[\s↓⇩⬇→⇨➔➜↘↙|｜]+$", s.text)) >= 2:
        return  # a flowchart typed as text: its boxes are steps, not headings
    for index, seg in enumerate(segs[:-1]):
        if seg.family is not None or seg.is_table or seg.heading is not None:
            continue
        text = seg.text.strip().rstrip("：:")
        cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
        short = len(text) <= (16 if cjk else 60)
        question = not cjk and re.fullmatch(
            r"(?:What|How|Who|When|Where|Why|Can|Not|Still|Unhappy|Are|Is|Do)\b[^.:;!?]*\?", text
        )  # "What if I am still unhappy?" titles what follows
        if (
            not short
            or (not cjk and not question and len(text.split()) > 8)  # a lead-in sentence (If you're not happy…, this is…:)
            or (re.search(r"[。；;！!？?，,.:：]$|[。；;!?:：]|https?:|@|^\W", text) and not question)
            or re.search(r"\d{3,}", text)
            or (not cjk and re.search(r"\d|www\.|\.(?:com|org|net|gov|uk|ie|au)\b", text))  # a postcode, an address
        ):
            continue
        if index > 0 and not segs[index - 1].is_table and re.search(r"[,，]$", segs[index - 1].text.strip()):
            continue  # the last line of an address written one part a line (Corporate Services, / Mullingar, / Co. Westmeath)
        if PERSON_LINE.fullmatch(text) or (
            index > 0 and not segs[index - 1].is_table and ADDRESS_LEAD.search(segs[index - 1].text.strip())
        ):
            continue  # write to: / Mr Dave Cocking / …: the addressee of a letter, no heading
        nxt = segs[index + 1]
        if list_runs_through(segs, index):
            continue  # 1. … / Contact may be made: / 2. …: a line of item 1, the list counting on after it
        if (
            nxt.is_table
            or nxt.family == "bullet"
            or (id(nxt) in listed and not numbered and not seg.text.rstrip().endswith(("：", ":")))
            or len(nxt.text) > len(text) + 10
        ):
            seg.family = "plain"


def _item_number(seg: Segment) -> int | None:
    """The number of a numbered list item (2. → 2, （三） → 3), else None."""
    core = re.sub(r"[.．、)）(（\s]", "", seg.marker or "")
    if seg.is_table or seg.family not in _LIST_FAMILIES or not core:
        return None
    return int(core) if core.isascii() and core.isdigit() else cn_number(core)


def list_runs_through(segs: list[Segment], index: int) -> bool:
    """True when the line at `index` stands inside a numbered list that counts on after it (1. …you may complain to:
    / Contact may be made: / 2. We will acknowledge…): a line of the item before it, heading nothing."""
    after = _item_number(segs[index + 1]) if index + 1 < len(segs) else None
    if after is None:
        return False
    for seg in reversed(segs[:index]):
        if seg.family == segs[index + 1].family:
            return _item_number(seg) == after - 1
        if seg.is_table or seg.heading is not None or seg.family is not None:
            return False
    return False


def _emphasised_headings(segs: list[Segment]) -> None:
    """A short line set off by its look (all bold, centred, larger) with no number and no sentence in it, followed by
    body text or a table, is a heading the author did not style: 总则 in bold, "Our process" in 14 pt."""
    for index, seg in enumerate(segs[:-1]):
        if not seg.emphasis or seg.family is not None or seg.is_table or seg.heading is not None:
            continue
        text = seg.text.strip()
        core = text.rstrip("：:")
        cjk = len(re.findall(r"[\u4e00-\u9fff]", core))
        if (
            len(core) < 2
            or len(core) > (24 if cjk else 70)
            or (not cjk and len(core.split()) > 10)
            or re.search(r"[。；;！!，,]|[:：](?=.)|\.$", core)
            or re.search(r"\d{3,}|[〔［\[]\d{4}", core)  # a date or a document number on the cover
            or _open_bracket(core)
        ):
            continue
        nxt = segs[index + 1]
        also_short = nxt.emphasis and not _SENTENCE_END.search(nxt.text) and len(nxt.text) <= len(core) + 10
        if nxt.is_table or (not also_short and (nxt.family is not None or len(nxt.text) > len(core))):
            seg.family = "plain"


_LIST_FAMILIES = ("ar", "par", "rpar", "circ", "letter", "bullet")


def _list_runs(segs: list[Segment]) -> set[int]:
    """id() of numbered items that stand in a run of two or more of one family with nothing between them
    (1. 调查核实 2. 制定整改方案 3. 回复业主): a list, not headings."""
    out: set[int] = set()
    index = 0
    while index < len(segs):
        seg = segs[index]
        if seg.is_table or seg.heading is not None or seg.family not in _LIST_FAMILIES:
            index += 1
            continue
        end = index
        while end + 1 < len(segs) and segs[end + 1].family == seg.family and segs[end + 1].heading is None:
            end += 1
        if end > index:
            out.update(id(s) for s in segs[index : end + 1])
        index = end + 1
    return out


def build(segs: list[Segment]) -> tuple[Node, list[Segment]]:
    """The outline under a root node, and the segments before the first heading (the front matter)."""
    _emphasised_headings(segs)
    _plain_headings(segs)
    root = Node("", 0)
    front: list[Segment] = []
    stack: list[Node] = [root]
    order: dict[str, int] = {}  # families as headings -> the depth they first had
    seen_heading = False
    article_depth: int | None = None  # the outline's depth at the last article (第N条), which items do not deepen
    styled = _styled_levels(segs)
    for index, seg in enumerate(segs):
        if seg.family == "article" and not seg.is_table:
            # 第三条 after 第二条's items read as headings ((一)A类投诉：… (二)…): a new article ends them
            if article_depth is not None:
                del stack[max(article_depth, 1) :]
            article_depth = len(stack)
        if seg.is_table or not is_heading_text(seg) or _closed_at_once(seg, segs[index + 1] if index + 1 < len(segs) else None):
            if seg.family in (
                "chapter",
                "section",
                "cn",
                "pcn",
                "ar",
                "par",
                "rpar",
                "circ",
                "roman",
                "dec2",
                "dec3",
                "dec4",
            ) and any(node.family == seg.family for node in stack[1:]):
                # 五、凡未及时处理… after the heading 四、处理程序: an item at that heading's level ends its section
                while len(stack) > 1 and stack[-1].family != seg.family:
                    stack.pop()
                stack.pop()
            if not seen_heading or len(stack) == 1:
                front.append(seg)
            else:
                stack[-1].items.append(seg)
            continue
        seen_heading = True
        family = f"h{seg.heading}" if seg.heading is not None else seg.family
        rank = _RANK.get(seg.family or "")
        while (
            rank is not None
            and len(stack) > 1
            and stack[-1].family == stack[-1].numbering
            and _RANK.get(stack[-1].numbering or "", -1) > rank
        ):
            # 第十一章 (or 一、) after typed (2)…(4) headings: a number of a higher kind ends the lower ones (一、 > （一） >
            # 1. > （1） > 1) > ①, as Chinese documents number), whatever came first in a text that starts mid-list
            stack.pop()
        # a heading numbered like one on the current path is its sibling, styled or not ((一) in Heading 2, then (二)
        # typed in the text; 1.1 typed, then 1.4 in Heading 3)
        sibling = next((n for n in reversed(stack[1:]) if seg.family and n.numbering == seg.family), None)
        if sibling is not None:
            depth = sibling.depth
        elif seg.heading is None and len(stack) == 1 and seg.family in styled:
            depth = styled[seg.family] * 10  # a typed heading numbered like styled ones elsewhere: at their level
        else:
            depth = _depth(family, order, stack)
        title = seg.text.rstrip("：: ")
        if _GROUP_WITH_STOP.fullmatch(title):
            title = title[:-1]  # 1、应急指挥小组。: a group's heading closed with a full stop, the stop no part of its name
        node = Node(title, seg.number, seg.marker, family, depth, numbering=seg.family, text=seg.text)
        while len(stack) > 1 and stack[-1].depth >= depth:
            stack.pop()
        node.parent = stack[-1]
        stack[-1].children.append(node)
        stack.append(node)
    _empty_headings_are_items(root, front)
    return root, front


# How Chinese documents rank their numbers (GB/T 9704: 一、（一）1.（1）), chapters and sections above them.
_RANK = {
    "chapter": 0,
    "section": 1,
    "cn": 3,
    "pcn": 4,
    "ar": 5,
    "arsp": 5,
    "dec2": 6,
    "dec3": 7,
    "dec4": 7.5,
    "par": 8,
    "rpar": 9,
    "circ": 10,
}


def _closed_at_once(seg: Segment, nxt: Segment | None) -> bool:
    """A short typed item the next line, numbered alike or of a higher kind, would close at once ((4)投诉请求 after
    (1)…(3) listed things, then 3、…): nothing stands under it, it is an item of the list it is in, not a heading.
    Lists of such lines only (1.受理登记 2.调查核实) are left to _empty_headings_are_items."""
    if seg.heading is not None or seg.family not in _RANK or nxt is None or nxt.is_table or nxt.heading is not None:
        return False
    rank = _RANK.get(nxt.family or "")
    return rank is not None and rank < _RANK[seg.family] and is_heading_text(nxt) is False


def _styled_levels(segs: list[Segment]) -> dict[str, int]:
    """Numbering family -> the heading style level most of its styled headings have (ties: the higher level)."""
    counts: dict[str, dict[int, int]] = {}
    for seg in segs:
        if seg.heading is not None and seg.family and seg.family not in ("bullet", "stage"):
            counts.setdefault(seg.family, {}).setdefault(seg.heading, 0)
            counts[seg.family][seg.heading] += 1
    return {family: max(levels, key=lambda n: (levels[n], -n)) for family, levels in counts.items()}


def _empty_headings_are_items(root: Node, front: list[Segment]) -> None:
    """Short numbered lines with nothing under them (投诉处理流程: 1.受理登记 2.调查核实 3.答复客户) are a list, not
    headings: when every sub-heading of a heading (or of the document) is such a line, they become its items."""
    for node in list(root.walk()):
        kids = node.children
        lead_in = bool(node.items) and node.items[-1].text.rstrip().endswith((":", "："))
        # the list after a lead-in (…will take all reasonable steps to: 1. Investigate … 6. Confirm …) and the
        # paragraphs after its last line, which go on under the heading the list stands under
        trailing = (
            kids[-1].items
            if kids and lead_in and not kids[-1].children and all(not k.items and not k.children for k in kids[:-1])
            else []
        )
        if (
            len(kids) < 2
            or any(k.items or k.children for k in (kids[:-1] if trailing else kids))
            or len({k.family for k in kids}) != 1
            or kids[0].family is None
            or kids[0].family == "plain"
            or kids[0].family.startswith("h")
        ):
            continue
        pieces = [Segment(k.number, k.text.strip() or k.title, k.marker, k.family) for k in kids]
        node.children = []
        (front if node is root else node.items).extend(pieces + trailing)


def _depth(family: str, order: dict[str, int], stack: list[Node]) -> int:
    if family.startswith("h"):
        return int(family[1:]) * 10
    for node in reversed(stack[1:]):
        if node.family == family:
            return node.depth
    base = stack[-1].depth if len(stack) > 1 else 0
    if family in order:
        # a family seen before but not on the current path: as deep as then, and under the heading it follows
        # (1) under 2.2 客户服务部 as under 1.5 客户服务部)
        return max(order[family], base + 2)
    if family in ("chapter",):
        depth = 1
    elif family == "section":
        depth = 5
    else:
        depth = base + 2
    order[family] = depth
    return depth
