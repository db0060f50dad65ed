"""The statutory complaint decision period for a plan (not a rule itself).

One home for "which period does the law set for this plan". Both statutes bind financial firms
only — a CN bank or insurer (银行保险机构), a GB firm under the FCA — so a plan is judged only when
its issuer, title, scope or purpose names such a firm (or, GB, it sends complainants to the Financial
Ombudsman Service, see under_disp); a hospital's or a landlord's complaint plan
gets no statutory period (unless the option sets one). Social insurance a hospital deals in
(医疗保险, 医保, 社保) does not make it an insurer, and a council's page that speaks of payments or
financial hardship does not make it an FCA firm. CN plans are judged against
银行业保险业消费投诉处理管理办法 第十八条 (15 days from receipt, 30 for a complex case, a further
30 with approval at a higher level; calendar days per 第四十三条), GB plans against FCA DISP 1.6
(a final response within 8 weeks, DISP 1.6.2R; payment services and e-money: 15 business days,
35 in exceptional circumstances, DISP 1.6.2AR). Other jurisdictions get a period only when the
`decision-period` option sets one. Periods and article numbers are as read in the primary texts
(standards.md [V]; the FCA Handbook, handbook.fca.org.uk, DISP 1.6).
"""

from __future__ import annotations

from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster
from dataclasses import dataclass

from plancraft.durations import Duration, parse_duration
from plancraft.i18n import _
from plancraft.model import Plan, get

CN, GB = "CN", "GB"
_CN_FINANCIAL = re.compile(r"银行|保险|信用社|农商|农信|村镇银行|支行|分行|金融", re.IGNORECASE)
# Insurance a hospital or an employer deals in is social insurance, not an insurer's business.
_CN_SOCIAL_INSURANCE = re.compile(r"(?:医疗|社会|养老|失业|工伤|生育|基本)保险|医保|社保|参保|新农合")
# Firms the FCA authorises, in words that name the firm; "payment" or "financial" alone does not (a
# council's complaints page mentions rent payments and financial hardship).
_GB_FINANCIAL = re.compile(
    r"\bbank|insurer|insurance (?:company|firm|provider|broker)|building society|credit union|"
    r"\blender|financial (?:services|firm|adviser|advice)|payment services|e-money|"
    r"electronic money|\bFCA\b|\bDISP\b|Financial Ombudsman",
    re.IGNORECASE,
)
# Bodies whose complaints England's NHS and social care complaints regulations govern (S.I. 2009/309: NHS
# bodies, their providers, a local authority's social services): those regulations set the body's own outer
# limit for a response, so a period no longer than theirs is not judged against the other sectors' periods.
_GB_NHS_SOCIAL_CARE = re.compile(
    r"\bNHS\b|National Health Service|\bnhs\.uk\b|social care|social services|\bGP (?:practice|surgery)\b|"
    r"integrated care board|clinical commissioning",
    re.IGNORECASE,
)
# A petitions (信访) plan: the 信访工作条例 governs how long a 信访事项 may take.
_CN_PETITION = re.compile(r"信访")
_PAYMENT = re.compile(r"payment service|e-money|electronic money|\bPSD\b|\bEMD\b|支付服务", re.IGNORECASE)
_COMPLEX = re.compile(r"复杂|complex", re.IGNORECASE)
_EXTENDED = re.compile(r"延长|延期|特殊情况|exceptional|extension|extend", re.IGNORECASE)


DECISION = re.compile(
    r"处理决定|作出决定|办结|结案|处理完毕|处理结果|答复|回复|处理意见|"
    r"final response|decision|decide|resolv|resolution|solve|settle|conclu|outcome|clos|written response|"
    r"respond|response|reply|answer",
    re.IGNORECASE,
)
NOT_DECISION = re.compile(
    r"首次|初次|受理|登记|确认收到|进展|进度|acknowledg|initial|first|holding|\bupdate|\bprogress", re.IGNORECASE
)
# A first contact ("we will get back to you to resolve this", 联系投诉人) is no decision unless it names one.
_FIRST_CONTACT = re.compile(
    r"\bget back to you\b|\bcontact you\b|\bcall you back\b|\bbe in touch\b|联系(?:投诉人|客户|用户)|与(?:投诉人|客户|用户)(?:取得)?联系",
    re.IGNORECASE,
)
_NAMED_DECISION = re.compile(r"处理决定|处理结果|办结|结案|final|decision|outcome|conclu", re.IGNORECASE)


# Where a deadline's clock starts, written into its `what` (自受理之日起, 收到投诉后, "from receipt"): the start names an
# intake word, but the event timed is what follows it.
_CLOCK_START = re.compile(
    r"(?:自|从|于)?(?:受理|收到|接到|登记)(?:投诉|申请|诉求)?(?:之日|之时|当日|后)(?:起)?|"
    r"\b(?:from|after|of) (?:the )?(?:date of )?(?:receipt|receiving|registration|logging)\b",
    re.IGNORECASE,
)


def is_decision(limit: dict) -> bool:
    what = limit.get("what")
    if limit.get("party") == "customer" or not isinstance(what, str):
        return False
    what = _CLOCK_START.sub("", what)
    if not DECISION.search(what) or NOT_DECISION.search(what):
        return False
    return not (_FIRST_CONTACT.search(what) and not _NAMED_DECISION.search(what))


@dataclass(frozen=True)
class Period:
    duration: Duration
    text: str  # as written in a plan, e.g. "15d", "8w", "15wd"
    why: str  # the law, for messages: "the statutory period for ... (银行业保险业消费投诉处理管理办法 第十八条)"


def _says(plan: Plan, pattern: re.Pattern) -> bool:
    texts = [get(plan.data, "document", key) for key in ("issuer", "title")]
    texts += [get(plan.data, "scope"), get(plan.data, "purpose")]
    return any(isinstance(t, str) and pattern.search(_CN_SOCIAL_INSURANCE.sub("", t)) for t in texts)


def own_complaints_statute(plan: Plan) -> str | None:
    """The statute of the plan's own sector that governs how long its complaints may take, where plancraft
    does not model its period (so no rule may say that "no statute sets one"), or None. England's NHS bodies
    and social services answer under S.I. 2009/309 (the Local Authority Social Services and National Health
    Service Complaints (England) Regulations 2009); a Chinese petitions (信访) plan under the 信访工作条例."""
    if plan.jurisdiction == CN:
        said = [get(plan.data, "document", "title"), get(plan.data, "scope"), get(plan.data, "purpose")]
        if any(isinstance(t, str) and _CN_PETITION.search(t) for t in said):
            return "信访工作条例"
        return None
    if plan.jurisdiction != GB:
        return None
    texts = [get(plan.data, "document", key) for key in ("issuer", "title")]
    texts += [get(plan.data, "document", "source", key) for key in ("publication", "address")]
    texts += [get(plan.data, "scope"), get(plan.data, "purpose")]
    if any(isinstance(t, str) and _GB_NHS_SOCIAL_CARE.search(t) for t in texts):
        return "S.I. 2009/309"
    return None


def is_cn_financial(plan: Plan) -> bool:
    """True when the plan says it belongs to a bank, an insurer or another 银行保险机构."""
    return _says(plan, _CN_FINANCIAL)


def is_financial(plan: Plan) -> bool:
    """True when the plan says it belongs to a bank, an insurer or another financial firm (CN or GB
    words), whatever its jurisdiction: such a firm holds its customers' financial data in any event."""
    return _says(plan, _CN_FINANCIAL) or _says(plan, _GB_FINANCIAL)


# The Financial Ombudsman Service, as a plan names the body it sends complainants to.
FOS = re.compile(r"financial ombudsman|\bFOS\b", re.IGNORECASE)


def fos_parties(plan: Plan) -> list[tuple[tuple, dict]]:
    """(path, party) of each external party that is the Financial Ombudsman Service."""
    return [
        (path, party)
        for path, party in plan.items("external")
        if FOS.search(f"{party.get('id') or ''} {party.get('name') or ''}")
    ]


def fos_escalations(plan: Plan) -> list[tuple[tuple, dict]]:
    """(path, step) of each escalation step whose `to` is the Financial Ombudsman Service (a party of
    fos_parties by id, or a text naming it)."""
    ids = {str(party.get("id")) for _path, party in fos_parties(plan)}
    found = []
    for path, _scenario in plan.items("scenarios"):
        for step_path, step in plan.items(*path, "escalation"):
            to = str(step.get("to") or "")
            if to in ids or FOS.search(to):
                found.append((step_path, step))
    return found


def fos_anchor(plan: Plan) -> tuple | None:
    """Where the plan sends complainants to the Financial Ombudsman Service: its first escalation there, else
    the Ombudsman's entry under `external`; None when it does neither."""
    steps = fos_escalations(plan)
    if steps:
        return steps[0][0]
    parties = fos_parties(plan)
    return parties[0][0] if parties else None


def under_disp(plan: Plan) -> bool:
    """True for a GB plan of a firm whose complaints FCA DISP 1 governs: its words name such a firm (as for the
    statutory period), or it sends complainants to the Financial Ombudsman Service, whose compulsory jurisdiction
    covers the firms DISP 1 applies to."""
    if plan.jurisdiction != GB:
        return False
    return _says(plan, _GB_FINANCIAL) or bool(fos_parties(plan))


def covers_payment_services(plan: Plan) -> bool:
    texts = [get(plan.data, "document", "title"), get(plan.data, "scope"), get(plan.data, "purpose")]
    return any(isinstance(t, str) and _PAYMENT.search(t) for t in texts)


def decision_period(plan: Plan, options: dict, what: str = "") -> Period | None:
    """The longest lawful time from receipt to decision for a time limit described by `what`
    (a complex case or an approved extension allows longer), or None when no period applies."""
    option = options.get("decision-period")
    if option:
        duration = parse_duration(option)
        if duration is not None:
            return Period(duration, str(option), "the decision period set by the `decision-period` option")
    if plan.jurisdiction == CN and is_cn_financial(plan):
        law = "银行业保险业消费投诉处理管理办法 第十八条"
        if _EXTENDED.search(what):
            return Period(
                parse_duration("60d"),
                "60d",  # type: ignore[arg-type]
                _(
                    "the longest statutory period, 15 days extended to 30 for a complex case and by a "
                    "further 30 with approval ({law})"
                ).format(law=law),
            )
        if _COMPLEX.search(what):
            return Period(
                parse_duration("30d"),
                "30d",  # type: ignore[arg-type]
                _("the statutory period for deciding a complex complaint ({law})").format(law=law),
            )
        return Period(
            parse_duration("15d"),
            "15d",  # type: ignore[arg-type]
            _("the statutory period for deciding a complaint ({law})").format(law=law),
        )
    if under_disp(plan):
        if covers_payment_services(plan):
            if _EXTENDED.search(what):
                return Period(
                    parse_duration("35wd"),
                    "35wd",  # type: ignore[arg-type]
                    _(
                        "the longest period for a payment services or e-money complaint in exceptional "
                        "circumstances, 35 business days (FCA DISP 1.6.2AR)"
                    ),
                )
            return Period(
                parse_duration("15wd"),
                "15wd",  # type: ignore[arg-type]
                _(
                    "the period for a final response to a payment services or e-money complaint, "
                    "15 business days (FCA DISP 1.6.2AR)"
                ),
            )
        return Period(
            parse_duration("8w"),
            "8w",  # type: ignore[arg-type]
            _("the period for a final response, 8 weeks from receipt (FCA DISP 1.6.2R)"),
        )
    return None
