"""No text names a bank other than the one that issues the plan.

Plans are copied from one bank to the next, and the old bank's name survives in a corner:
篇2 is signed by 农行重庆梁平支行 but thanks customers "对中行的支持和关心". Whoever reads
it on the day, a customer or a regulator, sees a plan nobody read through. The issuing
bank is taken from `document.issuer`; failing that from the document number (`梁农银发`
is 农行's); failing both, from the bank the plan names most often. Every text that names
a different bank, by full or short name (中国银行 / 中行, 中国工商银行 / 工行, 农行, 建行,
交行, 邮储, 招行, 浦发, 中信银行, 光大银行, 民生银行, 兴业银行, 平安银行, 华夏银行, 广发银行,
农商行, 农信社 and others), is reported. Words that only look like a bank's name are not:
中国银行业协会, 中国银行保险监督管理委员会, 其中行长, 员工行为. When the issuer is a bank
not in the table (示例银行梁平支行), every bank in the table is another bank. When the issuer
is not a bank, nothing is reported.

Passing::

    document:
      issuer: 农行重庆梁平支行
    scenarios:
      - id: praise
        title: 处理表扬
        actions:
          - do: 谢谢客户对农行的支持和关心

Failing::

    document:
      issuer: 农行重庆梁平支行
    scenarios:
      - id: praise
        title: 处理表扬
        actions:
          - do: 谢谢客户对中行的支持和关心    # 中行 in a 农行 plan
"""

from __future__ import annotations

from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster
from collections import Counter
from dataclasses import dataclass
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan, get
from plancraft.rules.helpers import prose

CODE = "PC512"
NAME = "foreign-bank-name"
GROUP = "text"
SEVERITY = Severity.ERROR
SUMMARY = "No text names a bank other than the issuing one (篇2: 中行 in a 农行 plan)"
SOURCE = "seed plan 篇2 (中行 in a plan signed 农行重庆梁平支行); standards.md, consistency gaps"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}

# After a two-character short name (中行, 工行 ...), a character that makes 行 part of
# another word: 行长, 行动, 行为, 行使, 行政 ...
_NOT_BANK_AFTER = "(?![长动为使政驶程走径事列距贿骗善凶窃刑销李情])"
# 中国银行业协会, 中国银行保险监督管理委员会, 中国银行间市场: not 中国银行.
_NOT_SECTOR = "(?!业|保险|间|同业)"


def _short(name: str, not_after_these: str = "") -> str:
    """A two-character short name that is not the tail of another word (员工行为, 其中行长).

    The look-behind sits after the first character (`工(?<![员]工)行`, the same as `(?<![员])工行`) so
    that every alternative of _ANY starts with a character and the regex engine skips ahead to
    where one can match: half the time per text."""
    if not not_after_these:
        return name + _NOT_BANK_AFTER
    return name[0] + f"(?<![{not_after_these}]{name[0]})" + name[1:] + _NOT_BANK_AFTER


def _word(name: str) -> str:
    """`name` as a whole word (Chinese characters around it do not count as part of the word);
    the look-behind after the first character, as in _short."""
    return name[0] + f"(?<![A-Za-z]{name[0]})" + name[1:] + "(?![A-Za-z])"


# (short name, full name, patterns). Longer matches win over shorter ones that overlap them. Every pattern
# begins with a plain character (`Rural …`, `rural …`, not `[Rr]ural …`): then the regex engine skips to the
# places where one of those characters stands; a single pattern beginning with a class or a group makes it try
# every alternative at every character of every text (30 times slower on a text that names no bank).
BANKS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "工行",
        "中国工商银行",
        (
            "中国工商银行",
            "工商银行",
            _short("工行", "员施加分手化务职打开竣停完复罢用人民技电木美义童女社监做上下动点"),
            "Industrial and Commercial Bank of China",
            _word("ICBC"),
        ),
    ),
    ("农行", "中国农业银行", ("中国农业银行", "农业银行", _short("农行", "务"), "Agricultural Bank of China")),
    ("中行", "中国银行", ("中国银行" + _NOT_SECTOR, _short("中行", "其集空途之当心手家暗正命"), "Bank of China")),
    (
        "建行",
        "中国建设银行",
        ("中国建设银行", "建设银行", _short("建行", "创修组构新兴搭改重扩筹承再"), "China Construction Bank"),
    ),
    ("交行", "交通银行", ("交通银行", _short("交行", "提移外社成转递上公面邮"), "Bank of Communications", _word("BoCom"))),
    (
        "邮储",
        "中国邮政储蓄银行",
        ("中国邮政储蓄银行", "邮政储蓄银行", "邮储银行", "邮储", "Postal Savings Bank of China", _word("PSBC")),
    ),
    ("招行", "招商银行", ("招商银行", _short("招行"), "China Merchants Bank")),
    ("浦发", "上海浦东发展银行", ("上海浦东发展银行", "浦发银行", "浦发")),
    ("中信", "中信银行", ("中信银行", "CITIC Bank")),
    ("光大", "中国光大银行", ("中国光大银行", "光大银行", "Everbright Bank")),
    ("民生", "中国民生银行", ("中国民生银行", "民生银行", "Minsheng Bank")),
    ("兴业", "兴业银行", ("兴业银行", _word("Industrial Bank"))),
    ("平安", "平安银行", ("平安银行", "Ping An Bank")),
    ("华夏", "华夏银行", ("华夏银行", "Hua Xia Bank")),
    ("广发", "广发银行", ("广发银行", "Guangfa Bank")),
    ("浙商", "浙商银行", ("浙商银行",)),
    ("渤海", "渤海银行", ("渤海银行",)),
    ("恒丰", "恒丰银行", ("恒丰银行",)),
    ("北京银行", "北京银行", ("北京银行" + _NOT_SECTOR,)),
    ("上海银行", "上海银行", ("上海银行" + _NOT_SECTOR,)),
    ("江苏银行", "江苏银行", ("江苏银行" + _NOT_SECTOR,)),
    ("宁波银行", "宁波银行", ("宁波银行" + _NOT_SECTOR,)),
    ("南京银行", "南京银行", ("南京银行" + _NOT_SECTOR,)),
    (
        "农商行",
        "农村商业银行",
        ("农村商业银行", "农商银行", "农商行", "Rural [Cc]ommercial [Bb]ank", "rural [Cc]ommercial [Bb]ank"),
    ),
    (
        "农信社",
        "农村信用社",
        (
            "农村信用合作联社",
            "农村信用合作社",
            "农村信用社",
            "农信社",
            "Rural [Cc]redit [Cc]ooperative",
            "rural [Cc]redit [Cc]ooperative",
        ),
    ),
    ("国开行", "国家开发银行", ("国家开发银行", "国开行", "China Development Bank")),
    ("农发行", "中国农业发展银行", ("中国农业发展银行", "农业发展银行", "农发行", "Agricultural Development Bank of China")),
    ("进出口银行", "中国进出口银行", ("中国进出口银行", "进出口银行", "Export-Import Bank of China")),
    ("汇丰", "汇丰银行", ("汇丰银行", "汇丰", _word("HSBC"))),
    ("渣打", "渣打银行", ("渣打银行", "渣打", "Standard Chartered")),
    ("花旗", "花旗银行", ("花旗银行", "花旗", _word("Citibank"))),
)
FULL_NAME = {short: full for short, full, _ in BANKS}

# Names that contain a bank's name but are not a commercial bank: matched so that they win
# over the shorter bank name inside them.
NOT_BANKS = ("中国人民银行", "People's Bank of China")

# 梁农银发, 工银发, 中银办 ...: the issuing bank in a document number.
_NUMBER_PREFIX = re.compile(r"(农|工|中|建|交|邮|招)银[发办函字〔\[（(]")
_NUMBER_BANK = {"农": "农行", "工": "工行", "中": "中行", "建": "建行", "交": "交行", "邮": "邮储", "招": "招行"}
_LOOKS_LIKE_BANK = re.compile(r"银行|信用社|信用联社|农商|村镇|[Bb]ank|[Cc]redit [Uu]nion")

_ALTERNATIVES = [(f"b{i}", re.compile(p)) for i, (_, _, patterns) in enumerate(BANKS) for p in patterns] + [
    ("not", re.compile(re.escape(p))) for p in NOT_BANKS
]
_ANY = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in _ALTERNATIVES))


def banks_in(text: str) -> list[tuple[str, str]]:
    """(short name of the bank, text as written) for each bank named in `text`, in order.

    Overlapping candidates are resolved leftmost-longest, so 中国农业银行 is one mention of 农行
    and 中国人民银行 is none.
    """
    found = []
    match = _ANY.search(text)
    while match:
        start = match.start()
        stop, group = _longest_at(text, start)
        if group != "not":
            found.append((BANKS[int(group[1:])][0], text[start:stop]))
        match = _ANY.search(text, max(stop, start + 1))
    return found


def _longest_at(text: str, start: int) -> tuple[int, str]:
    """(end, group) of the longest alternative that matches at `start`."""
    best = (start, "not")
    for group, pattern in _ALTERNATIVES:
        match = pattern.match(text, start)
        if match and match.end() > best[0]:
            best = (match.end(), group)
    return best


@dataclass(frozen=True)
class Issuer:
    bank: str | None  # short name of a known bank, or None for a bank not in the table
    why: str  # how the plan says so, for messages


def issuing_bank(plan: Plan) -> Issuer | None:
    """Which bank issues the plan, and how we know; None when it cannot be told or is not a bank."""
    issuer = get(plan.data, "document", "issuer")
    if isinstance(issuer, str) and issuer.strip():
        named = banks_in(issuer)
        if named:
            return Issuer(
                named[0][0], _("the plan is issued by {strip} ({named})").format(strip=issuer.strip(), named=named[0][0])
            )
        if _LOOKS_LIKE_BANK.search(issuer):
            return Issuer(None, _("the plan is issued by {strip}").format(strip=issuer.strip()))
        return None
    number = get(plan.data, "document", "number")
    if isinstance(number, str):
        named = banks_in(number)
        prefix = _NUMBER_PREFIX.search(number)
        bank = named[0][0] if named else _NUMBER_BANK[prefix.group(1)] if prefix else None
        if bank:
            return Issuer(bank, _("the document number {strip} is {bank}'s").format(strip=number.strip(), bank=bank))
    counts = Counter(bank for _, text in prose(plan) for bank, _ in banks_in(text))
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        bank, times = ranked[0]
        return Issuer(bank, _("the plan otherwise names {bank} ({times} times)").format(bank=bank, times=times))
    return None


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    issuer = issuing_bank(plan)
    if issuer is None:
        return
    for path, text in prose(plan):
        foreign: list[tuple[str, str]] = []
        for bank, written in banks_in(text):
            if bank != issuer.bank and (bank, written) not in foreign:
                foreign.append((bank, written))
        if not foreign:
            continue
        names = "、".join(
            written if written == FULL_NAME[bank] else _("{written} ({full})").format(written=written, full=FULL_NAME[bank])
            for bank, written in foreign
        )
        yield plan.finding(
            path,
            _(
                "this text names {names}, but {why}; copied from another bank's plan? write the issuing bank's name (or suppress this finding where the other bank is really meant)"
            ).format(names=names, why=issuer.why),
        )
