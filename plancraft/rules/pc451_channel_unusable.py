"""Every complaint channel says how to use it: a number, address or link, and when it is open.

A channel written as "电话" or "By email" with no number or address, or a desk with no opening
hours, is a channel no customer can use and no one can check. 银行业保险业消费投诉处理管理办法
第八条 has Chinese banks and insurers publish their channels, address and process; a plan should
carry what is published. What a channel needs depends on its kind:

- `phone`: a `contact` (the number) and `hours`;
- `branch`: `hours` (where the desk is goes in `name` or `contact`);
- `email`, `letter`, `online`, `regulator`: a `contact` (address or link);
- `media`, `other`: nothing is required.

One finding for the plan, at `channels`, naming each channel and what it lacks.

Passing::

    channels:
      - {name: 客服热线, kind: phone, contact: "95566", hours: 24h}
      - {name: 医患沟通办公室(门诊部二楼), kind: branch, hours: 工作日8:00-17:30}
      - {name: 网上投诉, kind: online, contact: https://example.cn/complaints}

Failing::

    channels:
      - {name: 电话投诉, kind: phone, contact: "0564-6018053"}   # no hours
      - {name: 线上投诉, kind: online}                           # no link
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import N_, _, ngettext, pgettext
from plancraft.model import Plan

CODE = "PC451"
NAME = "channel-unusable"
GROUP = "management"
SEVERITY = Severity.WARNING
SUMMARY = "Each complaint channel has its number, address or link, and a phone line or desk its hours"
SOURCE = (
    "银行业保险业消费投诉处理管理办法 第八条 (channels, address and process published); outside plans: "
    "a hospital's published procedure promises 接待时间 and gives none"
)
CLAUSES = ("投诉办法 第八条",)
VERIFIED = True
OPTIONS: dict[str, object] = {}

NEEDS: dict[str, tuple[str, ...]] = {
    "phone": ("contact", "hours"),
    "branch": ("hours",),
    "email": ("contact",),
    "letter": ("contact",),
    "online": ("contact",),
    "regulator": ("contact",),
}
WORDS = {"contact": N_("its number, address or link (`contact`)"), "hours": N_("when it is open (`hours`)")}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    lacking = []
    for path, channel in plan.items("channels"):
        missing = [field for field in NEEDS.get(str(channel.get("kind")), ()) if not channel.get(field)]
        if missing:
            lacking.append(
                _("{number} ({name}, {kind}): {missing}").format(
                    number=path[-1] + 1,
                    name=channel.get("name"),
                    kind=channel.get("kind"),
                    missing=_(" or ").join(_(WORDS[field]) for field in missing),
                )
            )
    if lacking:
        yield plan.finding(
            ("channels",),
            ngettext(
                "{count} channel cannot be used as written — {items}; a customer cannot use a channel without "
                "them, and the published channels should match the plan",
                "{count} channels cannot be used as written — {items}; a customer cannot use a channel without "
                "them, and the published channels should match the plan",
                len(lacking),
            ).format(count=len(lacking), items=pgettext("list separator", "; ").join(lacking)),
            at_key=True,
        )
