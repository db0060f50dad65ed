"""The most severe level notifies a regulator or another authority outside the organisation.

When a complaint or incident reaches the top level — a group complaint, media attention, a
serious incident — the supervising authority expects to hear from the organisation, not from the
press: the bank regulator (金融监管总局 and its local offices, 人民银行), a health commission for a
hospital, an energy or housing regulator, an ombudsman, the local government, or the bureau or
inspectorate a sector answers to (a school's 教育局, a water company's 水务局 or Drinking Water
Inspectorate, the Environment Agency, Ofwat). The top level
counts as notifying one when its `notify`, an escalation of one of its scenarios, or a `reporting`
line goes to an external party whose name or kind says it is a regulator or authority.

A plan without levels has no top level to judge, so it is judged as a whole: an escalation of any
scenario or a `reporting` line must go to such an authority, else the finding sits at `external`.

A unit's plan that sits under its parent's overall plan reports upward, and telling the
authorities is the parent's part under that plan. A plan shows it sits under one when its basis
cites the overall plan (总体应急预案, 总体预案) of an organisation its issuer belongs to (a college of
浙江工商大学 citing 《浙江工商大学突发公共事件总体应急预案》); then a report or escalation to any outside
party (the parent's command centre) is enough.

The police are PC207's concern (the physical worst case); this rule asks for the body the
organisation answers to.

Passing::

    external:
      - {id: regulator, name: 国家金融监督管理总局梁平监管支局, kind: 监管机构}
    levels:
      - {id: general, name: 一般投诉}
      - {id: major, name: 重大投诉, notify: [regulator]}

Failing::

    external:
      - {id: police, name: 辖区派出所}
    levels:
      - {id: general, name: 一般投诉}
      - {id: major, name: 重大投诉, notify: [police]}     # and the regulator?
"""

from __future__ import annotations

from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster
from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import EMERGENCY_PLAN, EXTERNAL, Plan, get
from plancraft.rules.presence import top_level

CODE = "PC213"
NAME = "top-level-without-authority"
GROUP = "levels"
SEVERITY = Severity.WARNING
SUMMARY = "The most severe level notifies a regulator or authority (notify, escalation or reporting)"
SOURCE = "good practice; GB/T 29639-2020 6.3.1 (information reporting to the authorities)"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
DOCUMENT_TYPES = (
    EMERGENCY_PLAN,
)  # reporting the top level to an authority is emergency information reporting; a procedure refers the complainant to the ombudsman or regulator instead
OPTIONS: dict[str, object] = {}

AUTHORITY = re.compile(
    r"监管|金融监督|银保监|银监|保监|证监|人民银行|人行|央行|政府|主管部门|卫生健康|卫健|住建|住房|房管|能源|"
    r"应急管理|市场监督|信访|消费者协会|消协|金融办|金融工作|上级主管|"
    # the bureau a plan of its sector answers to: a school to 教育局, a water company to 水务局, a scenic area to 文旅局
    r"教育局|教育行政|教育部门|教委|水务局|水利局|生态环境|环保局|交通运输局|交通局|文旅|文化和旅游|旅游主管|旅游局|"
    r"民政|街道办|管委会|发改委|发展和改革|工信|通信管理|邮政管理|药品监督|药监|疾病预防控制|疾控|卫生行政|"
    r"电力管理|国资委|商务局|人力资源和社会保障|人社局|"
    r"regulat|ombudsman|authority|\bFCA\b|\bPRA\b|council|commission|government|supervis|"
    # in English: an inspectorate or agency of the state (Drinking Water Inspectorate, Environment Agency, Health and
    # Safety Executive, UK Health Security Agency), a named regulator (Ofwat, Ofgem), a department or ministry, the
    # public health director, the local resilience forum
    r"inspectorate|\b(?:environment|food standards|health security|health protection) agency|"
    r"health and safety executive|\bOf(?:wat|gem|com|sted)\b|\bdepartment (?:for|of)\b|\bministry\b|"
    r"public health|resilience forum|\bNHS England\b",
    re.IGNORECASE,
)


def is_authority(item: dict) -> bool:
    return any(isinstance(item.get(key), str) and AUTHORITY.search(item[key]) for key in ("name", "kind"))


def _tells_authority(plan: Plan, targets: list) -> bool:
    return any(
        isinstance(target, str) and plan.kind_of(target) == EXTERNAL and is_authority(plan.by_id[target].item)
        for target in targets
    )


# A parent's overall plan cited in the basis: 《浙江工商大学突发公共事件总体应急预案》 -> 浙江工商大学 (the name before
# the kind of event or 总体).
_OVERALL_PLAN = re.compile(r"《([^《》]{2,40}?)(?:突发公共事件|突发事件|公共突发事件|安全事故|应急)?总体(?:应急)?预案》")


def _under_parent(plan: Plan) -> bool:
    """Whether the plan cites in its basis the overall plan of an organisation its issuer is part of."""
    issuer = get(plan.data, "document", "issuer")
    basis = get(plan.data, "document", "basis")
    if not isinstance(issuer, str) or not isinstance(basis, list):
        return False
    for item in basis:
        for match in _OVERALL_PLAN.finditer(item if isinstance(item, str) else ""):
            parent = match.group(1).strip()
            if len(parent) >= 2 and issuer.strip().startswith(parent) and issuer.strip() != parent:
                return True
    return False


def _reports_upward(plan: Plan, targets: list) -> bool:
    """A unit under its parent's plan reports to the parent (any outside party it names): enough."""
    return _under_parent(plan) and any(isinstance(t, str) and plan.kind_of(t) == EXTERNAL for t in targets)


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    levels = list(plan.items("levels"))
    if not levels:
        # Without levels there is no top level to judge, so the plan as a whole: does anything in it (an
        # escalation, a report) tell a regulator or authority? Not a consequence of having no procedure
        # (a report line can exist without one), so asked even when PC109 reports that.
        targets = [
            step.get("to")
            for _skip, scenario in plan.items("scenarios")
            for step in scenario.get("escalation") or []
            if isinstance(step, dict)
        ]
        targets += [report.get("to") for _skip, report in plan.items("reporting")]
        if not _tells_authority(plan, targets) and not _reports_upward(plan, targets):
            yield plan.finding(
                plan.section_anchor("external"),
                _(
                    "nothing in the plan tells a regulator or authority of a serious event; define it under `external:` (e.g. the local financial regulator, health commission or government office) and add an escalation `to:` it or a `reporting` line with a `within`"
                ),
                at_key=True,
            )
        return
    path, top = top_level(plan)  # the last level, or the first where they are listed most severe first
    ident = top.get("id")
    targets = list(top.get("notify") or [])
    for _skip, scenario in plan.items("scenarios"):
        if scenario.get("level") == ident:
            targets += [step.get("to") for step in scenario.get("escalation") or [] if isinstance(step, dict)]
    targets += [report.get("to") for _skip, report in plan.items("reporting")]
    if _tells_authority(plan, targets) or _reports_upward(plan, targets):
        return
    yield plan.finding(
        path + ("id",),
        _(
            "the most severe level `{ident}` ({name}) tells no regulator or authority; define it under `external:` (e.g. the local financial regulator, health commission or ombudsman) and add it to the level's `notify` or a `reporting` line with a `within`"
        ).format(ident=ident, name=plan.name_of(str(ident))),
    )
