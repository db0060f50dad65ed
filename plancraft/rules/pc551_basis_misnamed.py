"""The basis cites laws and rules by their real names, and none that has been repealed.

A plan's basis (编制依据) is how readers find the rules it implements and how the owner knows
when to revise it. A title that is almost, but not quite, a real regulation ("《中国费者投诉处理
管理办法》" for 《银行业保险业消费投诉处理管理办法》) cannot be looked up and usually means the
text was copied from a template without checking; a repealed document (国办发〔2013〕101号, the
2013 突发事件应急预案管理办法, repealed by 国办发〔2024〕5号) means the plan follows rules that no
longer apply.

The rule compares each title in 《》 brackets with a short catalogue of the national laws and
rules complaint and emergency plans rest on. A title that is not in the catalogue but close to a
catalogue title (similarity 0.72 or more) is reported with the nearest real titles. Titles are
compared by what tells them apart: a law's name without 中华人民共和国 and without a note of its
revision, so that 《中华人民共和国电力法》 is not taken for a misspelt 《中华人民共和国保险法》 and
《突发事件应对法》 or 《中华人民共和国突发事件应对法(2024年修订)》 is the law itself; a title far
from all of them (an internal rule, a local measure) is left alone, as are titles with
placeholders (PC510 reports those). A near miss is a known title with characters dropped, swapped or
mistyped; a title that is itself a plausible complete, different title is not one, and is left alone:
one that holds a known title whole with words of its own around it (an issuer's or a sector's own
document: 《中国人民银行突发事件应急预案管理办法》, 《中国银行业营业网点服务突发事件应急处理工作指引》), and one
whose kind of document (the word it ends with: 法, 条例, 办法, 规定, 细则, 指引, 预案, 示范文本, 方案, …) is
not that of the known title it resembles (《…应急处理预案示范文本》 is the model plan issued with the
《…应急处理工作指引》, not a misspelling of it). A basis item naming 国办发〔2013〕101号 is reported as repealed.

A document number (发文字号) puts its year in 〔〕: 国办发〔2024〕5号 (GB/T 9704-2012, the format of party and
government documents). A basis that writes it another way (川保监发(2014)95号, 国办发[2013]101号) did
not copy the number from the document, and such a number is often wrong too (the document it stands
for may be a 函, not a 发); it is reported as information, asking to copy the number as issued.
Whether the number belongs to the title cited cannot be judged without a table of every document,
so plancraft does not try.

Passing::

    document:
      basis:
        - 《银行业保险业消费投诉处理管理办法》(原银保监会令2020年第3号)
        - 《突发事件应急预案管理办法》(国办发〔2024〕5号)
        - 《某银行客户投诉处理实施细则》          # internal: not judged
        - 《中国人民银行突发事件应急预案管理办法》  # an issuer's own rule, not a near miss
        - 《中国银行业营业网点服务突发事件应急处理预案示范文本》  # a model plan, not a misspelt 指引

Failing::

    document:
      basis:
        - 《中国费者投诉处理管理办法》              # no such regulation
        - 《突发事件应急预案管理办法》(国办发〔2013〕101号)   # repealed
        - 川保监发(2014)95号关于《某工作方案》的文件          # the year belongs in 〔〕
"""

from __future__ import annotations

import difflib
from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster
from functools import lru_cache
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan, get

CODE = "PC551"
NAME = "basis-misnamed"
GROUP = "text"
SEVERITY = Severity.WARNING
SUMMARY = "The basis names real laws and rules, none of them repealed"
SOURCE = (
    "standards.md: 国办发〔2013〕101号 repealed by 国办发〔2024〕5号 [V]; outside plan: a bank's major-complaint "
    "plan citing 《中国费者投诉处理管理办法》; GB/T 9704-2012 (发文字号: the year in 〔〕)"
)
DOUBT = (
    "GB/T 9704-2012's clause on the 发文字号 (7.2.4 or 7.2.5 in secondary summaries) was not read in the primary "
    "text this session, so no clause number is cited"
)
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}

# National laws and rules that complaint and emergency plans cite, by their exact titles.
KNOWN_TITLES: tuple[str, ...] = (
    "银行业保险业消费投诉处理管理办法",
    "保险消费投诉处理管理办法",
    "突发事件应急预案管理办法",
    "生产安全事故应急预案管理办法",
    "银行业营业网点服务突发事件应急处理工作指引",
    "医疗机构投诉管理办法",
    "医疗纠纷预防和处理条例",
    "中华人民共和国突发事件应对法",
    "中华人民共和国消费者权益保护法",
    "中华人民共和国商业银行法",
    "中华人民共和国保险法",
    "中华人民共和国银行业监督管理法",
    "中华人民共和国个人信息保护法",
)
REPEALED = {"国办发〔2013〕101号": "国办发〔2024〕5号"}
# A document number (发文字号) whose year is not in 〔〕: "川保监发(2014)95号", "国办发[2013]101号". The issuer's code,
# the year in some other bracket, the serial number and 号.
LOOSE_NUMBER = re.compile(
    r"([\u4e00-\u9fff]{1,10}?(?:发|函|令|字|办|通|规|复))\s*[(（\[【［]\s*((?:19|20)\d{2})\s*[)）\]】］]\s*第?\s*(\d{1,5})\s*号"
)


def _numbers(item: str) -> str:
    """`item` with every document number written the standard way (川保监发(2014)95号 -> 川保监发〔2014〕95号)."""
    return LOOSE_NUMBER.sub(lambda m: f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}号", item)


THRESHOLD = 0.72
TITLE = re.compile(r"《([^《》]+)》")
PLACEHOLDER = re.compile(r"\*|×|XX|xx|某")


# What tells one title from another: a law's name without the country (中华人民共和国电力法 and 中华人民共和国保险法 share
# eight characters and differ in the two that matter) and without a note of its revision ((2024年修订)).
_COUNTRY = re.compile(r"^中华人民共和国")
_REVISION_NOTE = re.compile(r"\s*[(（][^()（）]*(?:修订|修正|修改|施行|版)[^()（）]*[)）]\s*$")


def _core(title: str) -> str:
    return _COUNTRY.sub("", _REVISION_NOTE.sub("", title.strip()))


@lru_cache(maxsize=1024)
def _nearest(title: str) -> tuple[tuple[float, str], ...]:
    """The (at most two) known titles nearest `title`; worked out once per title (a portfolio repeats them).
    A title that is a known one (its name without the country, or with a revision note) scores 1."""
    core = _core(title)
    scored = sorted(((difflib.SequenceMatcher(None, core, _core(known)).ratio(), known) for known in KNOWN_TITLES), reverse=True)
    return tuple((score, known) for score, known in scored[:2] if score >= 0.6)


# The word a title ends with that says what kind of document it is (longest first: 办法 before 法).
KINDS: tuple[str, ...] = (
    "示范文本",
    "实施细则",
    "实施办法",
    "实施意见",
    "工作指引",
    "工作方案",
    "管理办法",
    "管理规定",
    "条例",
    "办法",
    "规定",
    "细则",
    "指引",
    "指南",
    "预案",
    "方案",
    "意见",
    "通知",
    "规范",
    "标准",
    "制度",
    "规则",
    "决定",
    "法",
)


def _kind(title: str) -> str:
    core = _core(title)
    for kind in KINDS:
        if core.endswith(kind):
            return kind[-2:] if kind not in ("示范文本",) else kind  # 管理办法 and 办法 are one kind
    return ""


def _distinct(title: str, known: str) -> bool:
    """Whether `title` is a complete title of its own rather than a near miss of `known`: it holds `known` whole
    with two or more characters of its own (an issuer's or sector's version), or it is another kind of document."""
    core, known_core = _core(title), _core(known)
    if known_core in core and len(core) - len(known_core) >= 2:
        return True
    kind, known_kind = _kind(title), _kind(known)
    return bool(kind) and bool(known_kind) and kind != known_kind


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    basis = get(plan.data, "document", "basis")
    if not isinstance(basis, list):
        return
    for index, item in enumerate(basis):
        if not isinstance(item, str):
            continue
        path = ("document", "basis", index)
        for loose in LOOSE_NUMBER.finditer(item):
            yield plan.finding(
                path,
                _(
                    "basis item {value} writes the document number “{number}” with its year outside 〔〕; a document number reads {standard}: copy it exactly as the document gives it, and check it against the document (a number typed from memory is often the wrong one)"
                ).format(value=index + 1, number=loose.group(0), standard=_numbers(loose.group(0))),
                severity=Severity.INFO,
            )
        for old, new in REPEALED.items():
            if old in _numbers(item):
                yield plan.finding(
                    path,
                    _(
                        "basis item {value} cites {old}, which was repealed by {new}; cite the document in force and check the plan against it"
                    ).format(value=index + 1, old=old, new=new),
                )
        for title in TITLE.findall(item):
            if title in KNOWN_TITLES or PLACEHOLDER.search(title):
                continue
            nearest = _nearest(title)
            if not nearest or nearest[0][0] < THRESHOLD or nearest[0][0] == 1.0:
                continue  # far from every known title (an internal or local rule), or one of them by its short name
            if _distinct(title, nearest[0][1]):
                continue  # a complete title of its own (an issuer's own rule, another kind of document), no near miss
            names = " or ".join(f"《{known}》" for _, known in nearest)
            yield plan.finding(
                path,
                _(
                    "basis item {value} cites 《{title}》, which is not the name of any law or rule plancraft knows; did you mean {names}? Cite the exact title and number so that the plan can be checked against it"
                ).format(value=index + 1, title=title, names=names),
            )
