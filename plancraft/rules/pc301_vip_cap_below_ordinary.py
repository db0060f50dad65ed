"""A higher customer tier's cap is not below the ordinary tier's cap for the same thing.

When a plan gives VIP (贵宾, premier, 私人银行, 高端) customers a lower emergency payout than
ordinary customers, staff either refuse the better customer or break the cap on the day; either
way the numbers contradict each other, usually because the two were swapped or a zero was lost.

Two caps are the same kind of cap when their ids differ only by a tier suffix (`payout` and
`payout-vip`, or `vip-payout`, `payout-ordinary`), or when their `what` (and `per`, where both
have one) read the same once the tier words are removed (紧急用款援助（普通客户） and
紧急用款援助（贵宾客户）). A cap's tier comes from its id suffix, otherwise from tier words in
`what` or `per`: VIP, 贵宾, premier, 私人银行, 高端, private banking for the higher tier;
普通, ordinary, standard for the ordinary one. Only caps in the same currency are compared;
an equal cap is allowed.

Passing::

    limits:
      - {id: emergency-payout, what: 紧急用款援助（普通客户）, max: 5000, currency: CNY}
      - {id: emergency-payout-vip, what: 紧急用款援助（贵宾客户）, max: 10000, currency: CNY}

Failing::

    limits:
      - {id: emergency-payout, what: 紧急用款援助（普通客户）, max: 5000, currency: CNY}
      - {id: emergency-payout-vip, what: 紧急用款援助（贵宾客户）, max: 1000, currency: CNY}   # below 5000
"""

from __future__ import annotations

from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.rules.helpers import named

CODE = "PC301"
NAME = "vip-cap-below-ordinary"
GROUP = "limits"
SEVERITY = Severity.ERROR
SUMMARY = "A VIP (贵宾) customer's cap is not below the ordinary customer's cap for the same thing"
SOURCE = "seed plan 篇8 (普通客户 5,000元, 贵宾客户 10,000元); good practice"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}

# Tier words; the ASCII ones must stand alone (`VIP客户` counts, `vipers` does not).
HIGHER_WORDS = re.compile(
    r"(?<![a-z])(?:vips?|premier|private[ -]banking|high[ -]end)(?![a-z])|贵宾|私人银行|高端|高净值", re.IGNORECASE
)
ORDINARY_WORDS = re.compile(r"(?<![a-z])(?:ordinary|standard|regular)(?![a-z])|普通", re.IGNORECASE)
HIGHER_ID = re.compile(r"^vip-|-(?:vip|premier)$")
ORDINARY_ID = re.compile(r"-(?:ordinary|standard|regular)$")


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    caps = [(path, item) for path, item in plan.items("limits") if _amount(item.get("max")) is not None]
    higher = [(path, item) for path, item in caps if _tier(item) == "higher"]
    others = [(path, item) for path, item in caps if _tier(item) != "higher"]
    for path, vip in higher:
        for _skip, ordinary in others:
            if vip.get("currency") != ordinary.get("currency") or not _same_kind(vip, ordinary):
                continue
            vip_max, ordinary_max = _amount(vip.get("max")), _amount(ordinary.get("max"))
            if vip_max < ordinary_max:
                currency = vip.get("currency") or ""
                yield plan.finding(
                    path + ("max",),
                    _(
                        "VIP cap {label} is {money} {currency}, below the ordinary cap {label2} of {money2} {currency}; a higher customer tier must not get less — raise the VIP cap to at least {money2} or correct the ordinary one"
                    ).format(
                        label=_label(vip),
                        money=_money(vip_max),
                        currency=currency,
                        label2=_label(ordinary),
                        money2=_money(ordinary_max),
                    ),
                )


def _tier(item: dict) -> str | None:
    """ "higher", "ordinary" or None (tier not said), from the id suffix, else from `what`/`per`."""
    ident = item.get("id") if isinstance(item.get("id"), str) else ""
    if HIGHER_ID.search(ident):
        return "higher"
    if ORDINARY_ID.search(ident):
        return "ordinary"
    text = " ".join(str(item.get(key) or "") for key in ("what", "per"))
    is_higher, is_ordinary = bool(HIGHER_WORDS.search(text)), bool(ORDINARY_WORDS.search(text))
    if is_higher != is_ordinary:
        return "higher" if is_higher else "ordinary"
    return None


def _same_kind(vip: dict, ordinary: dict) -> bool:
    stem_a, stem_b = _stem(vip.get("id")), _stem(ordinary.get("id"))
    if stem_a and stem_a == stem_b:
        return True
    if _words(vip.get("what")) != _words(ordinary.get("what")) or not _words(vip.get("what")):
        return False
    per_a, per_b = _words(vip.get("per")), _words(ordinary.get("per"))
    return not (per_a and per_b) or per_a == per_b


def _stem(ident: object) -> str:
    if not isinstance(ident, str):
        return ""
    return ORDINARY_ID.sub("", HIGHER_ID.sub("", ident))


def _words(text: object) -> str:
    """Text without tier words, spaces and punctuation, lower-cased: what is left to compare."""
    if not isinstance(text, str):
        return ""
    text = ORDINARY_WORDS.sub("", HIGHER_WORDS.sub("", text)).lower()
    return "".join(ch for ch in text if ch.isalnum())


def _amount(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _money(value: float) -> str:
    return str(int(value)) if value.is_integer() else str(value)


def _label(item: dict) -> str:
    words = [str(item[key]) for key in ("what", "per") if isinstance(item.get(key), str) and item[key]]
    if len(words) == 2:
        words[1] = _("per {words}").format(words=words[1])
    return named(item.get("id"), ", ".join(words)) if words else f"`{item.get('id')}`"
