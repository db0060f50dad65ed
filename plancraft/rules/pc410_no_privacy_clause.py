"""The plan protects the customer data a complaint brings in.

Handling a complaint means reading the customer's identity, accounts and transactions, and
recording what they say. ISO 10002:2018 (GB/T 19012-2019) counts confidentiality among the
guiding principles of complaints handling: personal data is used only for the complaint and
protected from disclosure. Say how in `privacy` — who may see the data, how records are kept,
what is removed before anything leaves the organisation.

Judged are the plans that handle customers' personal data: a plan about complaints (a complaint
procedure, or a plan whose title, scope, purpose, a level or a scenario says 投诉 or complaint)
and any plan of a bank, an insurer or another financial firm (its issuer, title, scope or purpose
says so), whose customers' accounts, policies and claims are personal financial data whatever the
emergency, and any plan whose work touches the people it serves: its levels, scenarios or channels
name them (customers, users, patients, tenants, residents, pupils and parents, 业主, 业户, 游客, 学生, 家长), as a utility's outage plan
whose steps visit users and answer their calls (走访用户) or a property company's levels that count
residents' losses (业户财产损失) do. A title alone that names whom the organisation serves is not enough,
and a hospital's fire plan, which names nobody it serves, is not asked.

A plan that keeps the data confidential in another section is not asked again: a principle (保密原则:
对投诉人信息严格保密), a rule for the media (对外发布时隐去客户姓名), an accountability item (泄露投诉人信息的,
追究责任), "we handle your personal information in line with the UK GDPR" in a step.

Passing::

    document: {id: p, title: 客户投诉应急预案, language: zh-CN}
    privacy:
      - 投诉处理中涉及的客户身份、账户和交易信息仅限经办人员查阅，仅用于处理投诉
      - 对外报告和公开说明中隐去客户姓名、证件号码和账号

Failing::

    document: {id: p, title: 客户投诉应急预案, language: zh-CN}
    privacy: []          # nothing on customer data
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.rules.presence import handles_customers, said_in_plan
from plancraft.rules.statutory import is_financial
from plancraft.rules.vocabulary import CONFIDENTIALITY

CODE = "PC410"
NAME = "no-privacy-clause"
GROUP = "management"
SEVERITY = Severity.WARNING
SUMMARY = "The plan says how customer data in complaints is kept confidential"
SOURCE = "ISO 10002:2018 (= GB/T 19012-2019), guiding principle of confidentiality"
CLAUSES = ("ISO 10002:2018 4",)
VERIFIED = False
DOUBT = "the guiding principles are clause 4 of ISO 10002:2018 as far as known; not confirmed, cited without it"
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    data = plan.data if isinstance(plan.data, dict) else {}
    if not (handles_customers(plan) or is_financial(plan)):
        return
    if data.get("privacy"):
        return
    if said_in_plan(plan, CONFIDENTIALITY):
        return  # said elsewhere: a principle (保密原则), a rule for the media, an accountability item
    where = plan.section_anchor("privacy")
    yield plan.finding(
        where,
        _(
            "the plan says nothing about keeping customer data confidential; add `privacy` items: who may see "
            "the data, how records and recordings are kept, what is removed from external reports "
            "(ISO 10002 confidentiality)"
        ),
        at_key=True,
    )
