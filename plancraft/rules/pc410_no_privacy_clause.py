"""The plan protects the customer data a complaint brings in.

Handling a complaint means reading the customer's identity, accounts and transactions, and
recording what they say. ISO 10002:2018 (GB/T 19012-2019) counts confidentiality among the
guiding principles of complaints handling: personal data is used only for the complaint and
protected from disclosure. Say how in `privacy` — who may see the data, how records are kept,
what is removed before anything leaves the organisation.

The clause number of the principle in ISO 10002:2018 is not yet confirmed.

Passing::

    privacy:
      - 投诉处理中涉及的客户身份、账户和交易信息仅限经办人员查阅，仅用于处理投诉
      - 对外报告和公开说明中隐去客户姓名、证件号码和账号

Failing::

    privacy: []          # nothing on customer data
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.model import Plan

CODE = "PC410"
NAME = "no-privacy-clause"
GROUP = "management"
SEVERITY = Severity.WARNING
SUMMARY = "The plan says how customer data in complaints is kept confidential"
SOURCE = "ISO 10002:2018 (= GB/T 19012-2019) clause 4, guiding principle of confidentiality (clause number unconfirmed)"
CLAUSES = ("ISO 10002:2018 4",)
VERIFIED = False
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    data = plan.data if isinstance(plan.data, dict) else {}
    if data.get("privacy"):
        return
    where = plan.section_anchor("privacy")
    yield plan.finding(
        where,
        "the plan says nothing about keeping customer data confidential; add `privacy` items: who may see "
        "the data, how records and recordings are kept, what is removed from external reports "
        "(ISO 10002 confidentiality)",
        at_key=True,
    )
