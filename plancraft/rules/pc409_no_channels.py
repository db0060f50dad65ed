"""The plan lists the channels through which complaints come in.

A complaint that arrives by a channel nobody watches is handled late or not at all, and
customers who cannot find a channel take the complaint to a regulator or the media.
银行业保险业消费投诉处理管理办法 第八条 requires the channels, address and process to be published
(website, app, premises). List them in `channels` with their kind and opening hours.

Judged are the plans whose events come in from customers: a plan about complaints (a complaint
procedure, or a plan whose title, scope, purpose, a level or a scenario says 投诉 or complaint),
or one whose title, scope or purpose names the customers, users, patients or tenants it serves (a
utility's outage plan needs the line users report faults on), or whose steps inform or answer the people
it serves (a property company's outage plan that notifies 业户, a school's plan that tells parents: they must
know where to report to it in turn; a hospital's fire plan that only evacuates patients is not asked). A regulator's plan for natural disasters,
whose events arrive through reporting lines, is not asked. The 投诉办法 article is cited to banks and
insurers only, whom it binds.

A plan that tells the complainant the ways to complain in its prose rather than in `channels` (客户可通过
客服热线、营业网点、官网和微信公众号投诉; 投诉电话:…; "You can make a complaint by phone, by email or in
writing") has listed them; a branch or a hotline named in passing has not.

Passing::

    document: {id: p, title: 客户投诉应急预案, language: zh-CN}
    channels:
      - {name: 客服热线, kind: phone, hours: 24h, contact: "95566"}
      - {name: 营业网点, kind: branch, hours: 营业时间}

Failing::

    document: {id: p, title: 客户投诉应急预案, language: zh-CN}
    channels: []         # no channel listed
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.rules.presence import cite, said_in_plan, serves_customers
from plancraft.rules.statutory import is_financial
from plancraft.rules.vocabulary import CHANNELS_IN_TEXT

CODE = "PC409"
NAME = "no-channels"
GROUP = "management"
SEVERITY = Severity.WARNING
SUMMARY = "The plan lists its complaint channels"
SOURCE = "银行业保险业消费投诉处理管理办法 第八条 (published complaint channels)"
CLAUSES = ("投诉办法 第八条",)
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    data = plan.data if isinstance(plan.data, dict) else {}
    if not serves_customers(plan):
        return
    if data.get("channels"):
        return
    if said_in_plan(plan, CHANNELS_IN_TEXT):
        return  # the ways to complain are written in a principle or a step rather than in `channels`
    where = plan.section_anchor("channels")
    yield plan.finding(
        where,
        _(
            "the plan lists no complaint channels; add `channels` (hotline, outlets, online, regulator referrals) "
            "with their kind and hours, as published to customers"
        )
        + (cite(plan, "投诉办法 第八条") if is_financial(plan) else ""),  # 投诉办法 binds banks and insurers only
        at_key=True,
    )
