"""What the document says, in order, as plain blocks — no docx here.

The outline is built first so that the table of contents can list the headings before the
body is written, and so that a section with nothing in it is simply never emitted: the
numbering counts only headings that are emitted, so it closes up by itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from plancraft import history, words
from plancraft.digest import short as short_digest
from plancraft.history import effective_shown
from plancraft.names import Names, is_customer_route

from .texts import Texts

ZH = "zh-CN"


@dataclass(frozen=True)
class Heading:
    level: int  # 1..3 -> Heading 1..3
    number: str
    title: str

    @property
    def text(self) -> str:
        return f"{self.number}{self.title}"


@dataclass(frozen=True)
class Para:
    text: str
    lead: str = ""  # numbered lead-in, e.g. "（一）" or "1.迅速反应，控制事态。"
    lead_level: int = 0  # heading level whose font the lead takes (1 黑体, 2 楷体, 3+ body)
    indent: bool = True
    keep: bool = False  # a label such as 「触发情形：」: kept on the page of what follows it


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...]  # relative column widths
    blank_rows: int = 0  # a form: this many empty rows to fill in by hand, each about a line and a half high


@dataclass(frozen=True)
class Annex:
    label: str  # 附件1 / Annex 1
    title: str


@dataclass(frozen=True)
class SubTitle:
    """An unnumbered title in the front matter (document control parts)."""

    text: str


@dataclass(frozen=True)
class Missing:
    """A visible 【未编写：应急处置】 / [Missing: response procedures] in a draft, where a section the
    format requires has no content: the only text under that section's heading."""

    text: str


Block = Heading | Para | Table | Annex | SubTitle | Missing

# Sections the plan format requires (top-level keys that must be present); an empty one is marked
# in a draft and stops a final document (see missing_sections).
REQUIRED = ("purpose", "scope", "principles", "organisation", "levels", "scenarios")


def missing_sections(plan: dict[str, Any]) -> list[str]:
    """The required sections with no content, in document order."""
    org = plan.get("organisation") or {}
    present = {
        "purpose": bool(str(plan.get("purpose") or "").strip()),
        "scope": bool(str(plan.get("scope") or "").strip()),
        "principles": bool(plan.get("principles")),
        "organisation": bool(isinstance(org, dict) and (org.get("groups") or org.get("roles"))),
        "levels": bool(plan.get("levels")),
        "scenarios": bool(plan.get("scenarios")),
    }
    return [key for key in REQUIRED if not present[key]]


@dataclass
class Cover:
    issuer: str
    title: str
    classification: tuple[str, str] | None
    number: str
    draft: str  # the draft word, or "" for an approved document
    fields: list[tuple[str, str]]
    date_line: str


@dataclass
class Outline:
    lang: str
    copy_line: str  # "受控副本 第3号 持有人：…" or ""
    digest_line: str  # "校验码：0123456789ab" or ""
    cover: Cover
    control: list[Block] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    annexes: list[Block] = field(default_factory=list)
    copy_fields: list[tuple[str, str]] = field(default_factory=list)  # the same as cover rows: (受控副本, 第3号), (持有人, …)
    # 版记 (GB/T 9704 7.4) of a Chinese document: 抄送 from `distribution`, 印发机关 from the issuer,
    # 印发日期 from the current approval's date; each empty when the plan does not say it.
    imprint: tuple[str, str, str] = ("", "", "")

    @property
    def title(self) -> str:
        return self.cover.title

    @property
    def number(self) -> str:
        return self.cover.number

    @property
    def draft(self) -> str:
        """The draft word, or "" for an approved document."""
        return self.cover.draft

    @property
    def headings(self) -> list[Heading]:
        return [b for b in self.body if isinstance(b, Heading)]


class Numbering:
    """一、 （一） 1. （1） in Chinese; 1 / 1.1 / 1.1.1 in English."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.counts = [0, 0, 0, 0]

    def next(self, level: int) -> str:
        self.counts[level - 1] += 1
        for i in range(level, len(self.counts)):
            self.counts[i] = 0
        n = self.counts[level - 1]
        if self.lang == ZH:
            return (f"{words.zh_numeral(n)}、", f"（{words.zh_numeral(n)}）", f"{n}.", f"（{n}）")[level - 1]
        return ".".join(str(c) for c in self.counts[:level]) + " "


def item_number(lang: str, level: int, n: int) -> str:
    """Number of the n-th list item under a heading of `level` (the next level down)."""
    if lang == ZH:
        return (f"（{words.zh_numeral(n)}）", f"{n}.", f"（{n}）", f"{n})")[min(max(level - 1, 0), 3)]
    return f"({n}) "


def make_table(header: list[str], rows: list[list[str]], widths: list[int], none: str) -> Table:
    """A table whose columns with nothing in any row are left out (the first column always stays)."""
    keep = [i for i in range(len(header)) if i == 0 or any(row[i] for row in rows)]
    return Table(
        tuple(header[i] for i in keep), tuple(tuple(row[i] or none for i in keep) for row in rows), tuple(widths[i] for i in keep)
    )


class Builder:
    def __init__(self, plan: dict[str, Any], lang: str, texts: Texts, *, draft: bool = True) -> None:
        self.plan = plan
        self.lang = lang
        self.t = texts
        self.draft = draft
        self.name = Names(plan, lang)
        self.numbering = Numbering(lang)
        self.blocks: list[Block] = []
        self.level = 0  # level of the last heading, for list item numbering
        org = plan.get("organisation") or {}
        self.roles = {r["id"]: r for r in org.get("roles") or [] if isinstance(r, dict) and "id" in r}

    # -- small helpers ----------------------------------------------------------------

    def heading(self, level: int, key: str | None = None, title: str | None = None) -> None:
        self.blocks.append(Heading(level, self.numbering.next(level), title if title is not None else self.t.section(key or "")))
        self.level = level

    def para(self, text: str, **kw: Any) -> None:
        self.blocks.append(Para(text, **kw))

    def missing(self, key: str, level: int) -> None:
        """In a draft, a required section that has no content stands under its own heading (numbered,
        in the contents) followed by the mark that says so — never run on under the previous section.
        A final document is refused instead."""
        if self.draft:
            self.heading(level, key)
            title = self.t.section(key)
            if self.lang != ZH:
                title = title[:1].lower() + title[1:]
            self.blocks.append(Missing(self.t.label("missing").format(title)))

    def member(self, ref: str | None, label: str) -> str:
        """A role in a group post: 组长：行长 rather than 组长：组长（行长） when the role is titled like the post."""
        role = self.roles.get(ref or "")
        if role and role.get("holder") and str(role.get("title") or "") == self.t.label(label):
            return str(role["holder"])
        return self.name(ref)

    def labelled(self, label: str, value: str) -> None:
        """'负责人：办公室主任（综合部经理）。' — skipped when there is no value."""
        if value:
            colon = "：" if self.lang == ZH else ": "
            self.para(words.sentence(f"{self.t.label(label)}{colon}{value}", self.lang))

    def labelled_items(self, label: str, texts: list[str]) -> None:
        """'触发情形：A。' for one item; '触发情形：' then a numbered list for several."""
        texts = [str(x) for x in texts or [] if str(x).strip()]
        if len(texts) == 1:
            self.labelled(label, texts[0])
        elif texts:
            colon = "：" if self.lang == ZH else ":"
            self.para(f"{self.t.label(label)}{colon}", keep=True)
            self.items(texts)

    def items(self, texts: list[str]) -> None:
        """A list under the current heading: numbered one level down, unnumbered when alone."""
        texts = [str(x) for x in texts if str(x).strip()]
        if len(texts) == 1:
            self.para(words.sentence(texts[0], self.lang))
            return
        for i, text in enumerate(texts, 1):
            self.para(words.sentence(text, self.lang), lead=item_number(self.lang, self.level, i), lead_level=self.level + 1)

    def table(self, header: list[str], rows: list[list[str]], widths: list[int]) -> None:
        self.blocks.append(make_table([self.t.label(h) for h in header], rows, widths, self.t.label("none")))

    def within(self, value: str | None) -> str:
        return words.within(value, self.lang) if value else ""

    def every(self, value: str | None) -> str:
        return words.every(value, self.lang) if value else ""

    def sep(self) -> str:
        return "；" if self.lang == ZH else "; "

    def sep_many(self, names: list[str]) -> str:
        return ("、" if self.lang == ZH else "; ").join(n for n in names if n)

    def cell_within(self, value: str | None) -> str:
        """A deadline in a table cell: the number and its unit never part ("within 5 working days")."""
        text = self.within(value)
        if self.lang != ZH and text.startswith("within "):
            return "within " + text[len("within ") :].replace(" ", "\u00a0")
        return text

    # -- sections, in document order ------------------------------------------------

    def general(self) -> None:
        p, doc = self.plan, self.plan.get("document") or {}
        parts = [
            ("purpose", p.get("purpose")),
            ("basis", doc.get("basis")),
            ("scope", p.get("scope")),
            ("principles", p.get("principles")),
        ]
        if not any(v for _, v in parts):
            self.missing("general", 1)
            return
        self.heading(1, "general")
        if p.get("purpose"):
            self.heading(2, "purpose")
            self.para(words.sentence(p["purpose"], self.lang))
        else:
            self.missing("purpose", 2)
        if doc.get("basis"):
            self.heading(2, "basis")
            self.items(doc["basis"])
        if p.get("scope"):
            self.heading(2, "scope")
            self.para(words.sentence(p["scope"], self.lang))
        else:
            self.missing("scope", 2)
        principles = p.get("principles") or []
        if not principles:
            self.missing("principles", 2)
        if principles:
            self.heading(2, "principles")
            for i, pr in enumerate(principles, 1):
                lead = words.sentence(pr["title"], self.lang) + ("" if self.lang == ZH or not pr.get("text") else " ")
                number = item_number(self.lang, self.level, i) if len(principles) > 1 else ""
                self.para(words.sentence(pr.get("text") or "", self.lang), lead=number + lead, lead_level=3)

    def organisation(self) -> None:
        org = self.plan.get("organisation") or {}
        groups, roles = org.get("groups") or [], org.get("roles") or []
        if not groups and not roles:
            self.missing("organisation", 1)
            return
        self.heading(1, "organisation")
        for g in groups:
            self.heading(2, title=str(g["name"]))
            self.labelled("group_leader", self.member(g.get("leader"), "group_leader"))
            self.labelled("group_deputies", self.sep_many([self.member(r, "group_deputies") for r in g.get("deputies") or []]))
            self.labelled("group_members", self.sep_many([self.member(r, "group_members") for r in g.get("members") or []]))
            self.labelled("group_office", str(g.get("office") or ""))
            self.labelled_items("group_duties", g.get("duties") or [])
        if roles:
            self.heading(2, "roles")
            rows = []
            for r in roles:
                rows.append(
                    [
                        str(r.get("title") or r["id"]),
                        str(r.get("holder") or ""),
                        self.sep().join(str(d) for d in r.get("duties") or []),
                        self.name(r.get("backup")),
                        self.contact(r.get("contact")),
                    ]
                )
            self.table(["role_title", "role_holder", "role_duties", "role_backup", "role_contact"], rows, [3, 3, 6, 3, 4])

    def contact(self, c: dict[str, Any] | None) -> str:
        if not c:
            return ""
        colon = "：" if self.lang == ZH else ": "
        bits = [f"{self.t.label(k)}{colon}{c[k]}" for k in ("phone", "mobile", "email") if c.get(k)]
        if c.get("hours"):
            bits.append(f"{self.t.label('hours')}{colon}{words.duration(c['hours'], self.lang)}")
        return self.sep().join(bits)

    def monitoring_channels(self) -> None:
        mon = self.plan.get("monitoring") or {}
        channels = self.plan.get("channels") or []
        has_mon = any(mon.get(k) for k in ("owner", "sources", "every"))
        if not has_mon and not channels:
            return
        both = has_mon and bool(channels)
        if both:
            self.heading(1, "monitoring_channels")
        if has_mon:
            self.heading(2 if both else 1, "monitoring")
            self.labelled("owner", self.name(mon.get("owner")))
            self.labelled("frequency", self.every(mon.get("every")))
            self.labelled_items("sources", mon.get("sources") or [])
        if channels:
            self.heading(2 if both else 1, "channels")
            rows = [
                [
                    str(c["name"]),
                    self.t.label(f"kind_{c['kind']}"),
                    words.duration(c.get("hours") or "", self.lang),
                    str(c.get("contact") or ""),
                ]
                for c in channels
            ]
            self.table(["channel", "channel_kind", "channel_hours", "channel_contact"], rows, [5, 3, 4, 5])

    def levels(self) -> None:
        levels = self.plan.get("levels") or []
        if not levels:
            self.missing("levels", 1)
            return
        self.heading(1, "levels")
        intro = (
            self.t.sentence(  # written from the levels themselves; none for a single level
                "levels_intro",
                count=words.count_words(len(levels), self.lang),
                names=words.join([str(lv.get("name") or lv.get("id")) for lv in levels], self.lang),
            )
            if len(levels) > 1
            else ""
        )
        if intro:
            self.para(intro, keep=True)  # stays on the page of the table it introduces
        rows = [
            [
                str(lv["name"]),
                str(lv.get("criteria") or ""),
                self.thresholds(lv.get("thresholds")),
                self.name(lv.get("lead")),
                self.name.many(lv.get("notify")),
                str(lv.get("end_when") or ""),
            ]
            for lv in levels
        ]
        self.table(
            ["level", "level_criteria", "level_thresholds", "level_lead", "level_notify", "level_end"], rows, [4, 6, 4, 4, 4, 5]
        )

    def thresholds(self, items: list[dict[str, Any]] | None) -> str:
        """'投诉人数≥20人；涉及金额≥200,000CNY' — each threshold a measure reaching its minimum."""
        return self.sep().join(
            self.t.label("threshold")
            .format(measure=x.get("measure"), min=words.number(x.get("min")), unit=x.get("unit") or "")
            .strip()
            for x in items or []
        )

    def scenarios(self) -> None:
        scenarios = self.plan.get("scenarios") or []
        if not scenarios:
            self.missing("scenarios", 1)
            return
        self.heading(1, "scenarios")
        colon = "：" if self.lang == ZH else ": "
        for s in scenarios:
            self.heading(2, title=str(s["title"]))
            if s.get("triggers") or s.get("level") or s.get("owner"):
                self.heading(3, "scenario_start")
                self.labelled("scenario_level", self.name(s.get("level")))
                self.labelled("scenario_owner", self.name(s.get("owner")))
                self.labelled_items("triggers", s.get("triggers") or [])
            actions = s.get("actions") or []
            if actions:
                self.heading(3, "scenario_steps")
                for i, a in enumerate(actions, 1):
                    text = words.sentence(a["do"], self.lang)
                    if a.get("when"):  # a conditional step: the condition reads first
                        text = (
                            words.sentence(f"{self.t.label('step_when')}{colon}{a['when']}", self.lang)
                            + ("" if self.lang == ZH else " ")
                            + text
                        )
                    extra = []
                    if a.get("by"):
                        extra.append(f"{self.t.label('step_by')}{colon}{self.name(a['by'])}")
                    if a.get("approval"):
                        extra.append(f"{self.t.label('step_approval')}{colon}{self.name(a['approval'])}")
                    if a.get("within"):
                        extra.append(f"{self.t.label('step_within')}{colon}{self.within(a['within'])}")
                    if extra:
                        text += ("" if self.lang == ZH else " ") + words.sentence(self.sep().join(extra), self.lang)
                    lead = item_number(self.lang, 3, i) if len(actions) > 1 else ""
                    self.para(text, lead=lead, lead_level=4)
            if s.get("escalation"):
                self.heading(3, "scenario_escalation")
                rows = [[str(e["when"]), self.escalation_target(e), self.cell_within(e.get("within"))] for e in s["escalation"]]
                self.table(["escalation_when", "escalation_to", "escalation_within"], rows, [7, 6, 4])
            if s.get("key_points"):
                self.heading(3, "scenario_key_points")
                self.para(words.sentence(s["key_points"], self.lang))

    def escalation_target(self, e: dict[str, Any]) -> str:
        """Whom to escalate to; a customer's own route (party: customer, or to an ombudsman) says so."""
        if is_customer_route(e, self.plan):
            return self.t.label("customer_route").format(self.name(e["to"]))
        return self.name(e["to"])

    def limits(self) -> None:
        limits, tls = self.plan.get("limits") or [], self.plan.get("time_limits") or []
        if not limits and not tls:
            return
        both = bool(limits) and bool(tls)
        if both:
            self.heading(1, "limits_and_time_limits")
        if limits:
            self.heading(2 if both else 1, "limits")
            rows = [
                [
                    str(x["what"]),
                    words.money(x["max"], x["currency"], self.lang),
                    words.per(x["per"], self.t.label("per")) if x.get("per") else "",
                    self.name(x.get("approver")),
                ]
                for x in limits
            ]
            self.table(["item", "limit_max", "limit_per", "approver"], rows, [7, 4, 3, 5])
        if tls:
            self.heading(2 if both else 1, "time_limits")
            if any(t.get("after") for t in tls):
                self.para(self.t.sentence("time_limits_intro"), keep=True)
            rows = []
            for t in chain_order(tls):
                rows.append([str(t["what"]), self.cell_within(t["within"]), self.clock_start(t), self.deadline_owner(t)])
            self.table(["item", "time_limit", "time_from", "owner"], rows, [6, 4, 5, 5])

    def clock_start(self, t: dict[str, Any]) -> str:
        """Where the clock starts (docs/plan-format.md, deadline semantics): at `from` when given
        (`after` then only orders the work), else at the end of the `after` time limit."""
        if t.get("from"):
            start = str(t["from"])
            if t.get("after"):
                start += self.t.label("after_ordered").format(self.name(t["after"]))
            return start
        return self.t.label("after").format(self.name(t["after"])) if t.get("after") else ""

    def deadline_owner(self, t: dict[str, Any]) -> str:
        if t.get("party") == "customer":
            return self.t.label("party_customer")
        return self.name(t.get("owner"))

    def reporting(self) -> None:
        reports = self.plan.get("reporting") or []
        if not reports:
            return
        self.heading(1, "reporting")
        rows = [
            [
                str(r["what"]),
                self.name(r["to"]),
                self.every(r.get("every")) or self.cell_within(r.get("within")),
                self.name(r.get("owner")),
                self.sep().join(str(c) for c in r.get("content") or []),
            ]
            for r in reports
        ]
        self.table(["item", "report_to", "report_when", "owner", "report_content"], rows, [5, 4, 4, 4, 5])

    def media(self) -> None:
        media = self.plan.get("media") or {}
        if not media.get("spokesperson") and not media.get("rules"):
            return
        self.heading(1, "media")
        self.labelled("spokesperson", self.name(media.get("spokesperson")))
        self.items(media.get("rules") or [])

    def support(self) -> None:
        support = self.plan.get("support") or []
        if not support:
            return
        self.heading(1, "support")
        colon = "：" if self.lang == ZH else ": "
        texts = []
        for s in support:
            text = words.sentence(s["what"], self.lang)
            if s.get("owner"):
                text += ("" if self.lang == ZH else " ") + words.sentence(
                    f"{self.t.label('support_owner')}{colon}{self.name(s['owner'])}", self.lang
                )
            texts.append(text)
        self.items(texts)

    def plain_list(self, key: str) -> None:
        values = self.plan.get(key) or []
        if values:
            self.heading(1, key)
            self.items(values)

    def training(self) -> None:
        tr, dr = self.plan.get("training") or {}, self.plan.get("drills") or {}
        has_tr = any(tr.get(k) for k in ("every", "audience", "topics", "owner"))
        has_dr = any(dr.get(k) for k in ("every", "owner", "scenarios"))
        if not has_tr and not has_dr:
            return
        both = has_tr and has_dr
        if both:
            self.heading(1, "training_and_drills")
        if has_tr:
            self.heading(2 if both else 1, "training")
            self.labelled("frequency", self.every(tr.get("every")))
            self.labelled("audience", words.join([str(a) for a in tr.get("audience") or []], self.lang))
            self.labelled("topics", words.join([str(a) for a in tr.get("topics") or []], self.lang))
            self.labelled("owner", self.name(tr.get("owner")))
        if has_dr:
            self.heading(2 if both else 1, "drills")
            self.labelled("frequency", self.every(dr.get("every")))
            self.labelled("owner", self.name(dr.get("owner")))
            self.labelled("drill_scenarios", self.name.many(dr.get("scenarios")))

    def management(self) -> None:
        # The standing sentences are written only from facts the plan states: the interpretation
        # clause from review.owner, the entry into force from document.effective (or the approval
        # date when the plan says `on-approval`).
        review = self.plan.get("review") or {}
        sentences = []
        if review.get("owner"):
            sentences.append(self.t.sentence("interpretation", owner=self.name(review["owner"])))
        if effective_shown(self.plan):
            sentences.append(self.t.sentence("in_force", date=words.day(effective_shown(self.plan), self.lang)))
        sentences = [s for s in sentences if s]
        if not any(review.get(k) for k in ("every", "owner", "triggers")) and not sentences:
            return
        self.heading(1, "management")
        self.labelled("review_every", self.every(review.get("every")))
        self.labelled("owner", self.name(review.get("owner")))
        self.labelled_items("review_triggers", review.get("triggers") or [])
        for text in sentences:
            self.para(text)

    def body(self) -> list[Block]:
        self.general()
        self.organisation()
        self.monitoring_channels()
        self.levels()
        self.scenarios()
        self.limits()
        self.reporting()
        self.media()
        self.support()
        self.plain_list("aftermath")
        self.plain_list("privacy")
        self.training()
        self.management()
        self.plain_list("accountability")
        return self.blocks

    # -- annexes ----------------------------------------------------------------------

    def annexes(self) -> list[Block]:
        blocks: list[Block] = []
        n = 0
        roles = [r for r in (self.plan.get("organisation") or {}).get("roles") or [] if r.get("contact")]
        external = self.plan.get("external") or []
        if roles or external:
            n += 1
            blocks.append(Annex(self.t.render("annex.j2", number=n), self.t.section("contacts")))
            none = self.t.label("none")
            if roles:
                blocks.append(SubTitle(self.t.section("contacts_roles")))
                rows = []
                for r in roles:
                    c = r["contact"]
                    rows.append(
                        [
                            self.name(r["id"]),
                            str(c.get("phone") or ""),
                            str(c.get("mobile") or ""),
                            str(c.get("email") or ""),
                            words.duration(c["hours"], self.lang) if c.get("hours") else "",
                        ]
                    )
                blocks.append(
                    make_table(
                        [self.t.label(k) for k in ("role", "phone", "mobile", "email", "hours")], rows, [6, 4, 4, 4, 3], none
                    )
                )
            if external:
                blocks.append(SubTitle(self.t.section("contacts_external")))
                rows = [[str(e["name"]), str(e.get("kind") or ""), str(e.get("phone") or "")] for e in external]
                blocks.append(
                    make_table([self.t.label(k) for k in ("contact_name", "contact_kind", "phone")], rows, [8, 5, 5], none)
                )
        report_annex = False
        for annex in self.plan.get("annexes") or []:
            n += 1
            title = str(annex["title"])
            blocks.append(Annex(self.t.render("annex.j2", number=n), title))
            form = self.form(title, str(annex.get("text") or ""))
            if form is not None:
                report_annex = report_annex or form.blank_rows == 0
                blocks.append(form)
                continue
            for line in str(annex.get("text") or "").splitlines():
                if line.strip():
                    blocks.append(Para(line.strip()))
        # The incident report form from the reporting lines' required contents, unless an annex has it.
        contents = list(
            dict.fromkeys(str(c) for r in self.plan.get("reporting") or [] for c in r.get("content") or [] if str(c).strip())
        )
        if contents and not report_annex:
            n += 1
            blocks.append(Annex(self.t.render("annex.j2", number=n), self.t.section("report_form")))
            blocks.append(self.report_form(contents))
        return blocks

    def fields(self, text: str) -> list[str]:
        """'编号、受理时间、…' / 'Number, time received, … and handler's signature' as field names, or []."""
        text = " ".join(text.split()).rstrip("。.;；")
        if self.lang == ZH:
            parts = [p.strip() for p in text.replace("，", "、").split("、")]
        else:
            parts = [p.strip() for chunk in text.split(",") for p in chunk.split(" and ")]
        parts = [p for p in parts if p]
        if len(parts) < 3 or any(len(p) > (12 if self.lang == ZH else 30) for p in parts):
            return []
        return [p[:1].upper() + p[1:] if self.lang != ZH else p for p in parts]

    def form(self, title: str, text: str) -> Table | None:
        """A free-text annex that lists the fields of a register or a report becomes the form itself:
        a register has a column per field and blank rows; a report a row per field with room to write."""
        fields = self.fields(text)
        if not fields:
            return None
        lowered = title.lower()
        if any(w in lowered for w in ("报告", "report")):
            return self.report_form(fields)
        if any(w in lowered for w in ("登记", "台账", "簿", "表", "register", "log", "form")):
            # each column as wide as its longest word, so that a header wraps between words only
            widths = tuple(max(2, min(len(f), 4)) if self.lang == ZH else max(len(w) for w in f.split()) + 2 for f in fields)
            return Table(tuple(fields), (), widths, blank_rows=10)
        return None

    def report_form(self, fields: list[str]) -> Table:
        return Table((self.t.label("report_item"), self.t.label("report_fill")), tuple((f, "") for f in fields), (4, 12))


def chain_order(time_limits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each chain from its first step to its last (by `after`), chains in order of first appearance.

    A limit whose `after` names nothing known starts its own chain; a loop (lint reports it)
    is broken where it is first met, so every limit is printed exactly once.
    """
    by_id = {t["id"]: t for t in time_limits}
    followers: dict[str, list[int]] = {}
    starts: list[int] = []
    for i, t in enumerate(time_limits):
        if t.get("after") in by_id and t.get("after") != t["id"]:
            followers.setdefault(t["after"], []).append(i)
        else:
            starts.append(i)
    done: set[int] = set()  # by position: duplicate ids (lint reports them) must not drop a row
    ordered: list[dict[str, Any]] = []

    def walk(i: int) -> None:
        if i in done:
            return
        done.add(i)
        ordered.append(time_limits[i])
        for f in followers.get(time_limits[i]["id"], []):
            walk(f)

    for i in starts:
        walk(i)
    for i in range(len(time_limits)):  # members of a loop have no start; keep them, in file order
        walk(i)
    return ordered


def make_outline(
    plan: dict[str, Any],
    texts: Texts,
    *,
    draft: bool,
    digest: str | None,
    final: bool,
    copy_number: int | None,
    recipient: str | None,
) -> Outline:
    lang = texts.lang
    doc = plan.get("document") or {}
    t = texts
    colon = "：" if lang == ZH else ": "
    title = str(doc.get("title") or "")
    number = str(doc.get("number") or "")
    draft_word = t.label("draft") if draft else ""

    copy_bits = []
    if copy_number is not None:
        copy_bits.append(t.label("controlled_copy"))
    if recipient:
        copy_bits.append(f"{t.label('recipient')}{colon}{recipient}")
    copy_line = ("　" if lang == ZH else " — ").join(copy_bits)
    copy_fields = []
    if copy_number is not None:
        copy_fields.append((t.label("copy_label"), t.label("copy_no").format(copy_number)))
    if recipient:
        copy_fields.append((t.label("recipient"), recipient))

    digest_line = ""
    if final and not draft and digest:
        digest_line = f"{t.label('digest')}{colon}{short_digest(digest)}"

    fields = [
        (t.label(k), v)
        for k, v in (
            ("number", number),
            ("version", str(doc.get("version") or "")),
            ("effective", words.day(effective_shown(plan), lang)),
            ("status", t.label("status_draft") if draft else t.label("status_final")),
        )
        if v
    ]
    cover = Cover(
        issuer=str(doc.get("issuer") or ""),
        title=title,
        classification=(t.label("classification"), str(doc["classification"])) if doc.get("classification") else None,
        number=number,
        draft=draft_word,
        fields=fields,
        date_line=words.day(effective_shown(plan), lang),
    )
    out = Outline(lang=lang, copy_line=copy_line, digest_line=digest_line, cover=cover, copy_fields=copy_fields)
    out.control = control_blocks(plan, t)
    if lang == ZH:
        recipients = [str(d.get("to")) for d in plan.get("distribution") or [] if isinstance(d, dict) and d.get("to")]
        approved = [a for a in plan.get("approvals") or [] if isinstance(a, dict) and a.get("step") == "approved"]
        issued = words.day(approved[-1].get("date"), lang) if approved and not draft else ""
        out.imprint = ("，".join(dict.fromkeys(recipients)), str(doc.get("issuer") or ""), issued)
    builder = Builder(plan, lang, t, draft=draft)
    out.body = builder.body()
    out.annexes = builder.annexes()
    return out


def history_rows(plan: dict[str, Any], t: Texts, name: Names) -> list[list[str]]:
    """One row per approved version (from `history`, then the version in the file when approved):
    version, effective date, who signed each step and when, and which version replaced it."""
    lang, sep = t.lang, "；" if t.lang == ZH else "; "
    rows = []
    for version in history.approved_versions(plan):
        signed = sep.join(
            f"{t.label('step_' + str(a.get('step')))} {a.get('name')}（{name(a.get('role'))}）{words.day(a.get('date'), lang)}"
            if lang == ZH
            else f"{t.label('step_' + str(a.get('step')))}: {a.get('name')} ({name(a.get('role'))}), "
            f"{words.day(a.get('date'), lang)}"
            for a in version.approvals
        )
        after = history.successor(plan, version)
        replaced = (
            f"{after.version}（{words.day(after.effective, lang)}）"
            if after and lang == ZH
            else (f"{after.version} ({words.day(after.effective, lang)})" if after else "")
        )
        rows.append([version.version, words.day(version.effective, lang), signed, replaced])
    return rows


def control_blocks(plan: dict[str, Any], t: Texts) -> list[Block]:
    """Approvals, revisions and distribution — front matter, unnumbered."""
    lang, name = t.lang, Names(plan, t.lang)
    blocks: list[Block] = []
    none = t.label("none")

    def table(header: list[str], rows: list[list[str]], widths: list[int]) -> Table:
        return make_table([t.label(h) for h in header], rows, widths, none)

    source = (plan.get("document") or {}).get("source")
    if isinstance(source, dict) and source.get("publication"):
        blocks.append(SubTitle(t.section("source")))
        rows = [
            [
                str(source["publication"]),
                str(source.get("address") or ""),
                words.day(source.get("date"), lang) if source.get("date") else "",
            ]
        ]
        blocks.append(table(["source_publication", "source_address", "source_date"], rows, [7, 7, 3]))
    if plan.get("approvals"):
        blocks.append(SubTitle(t.section("approvals")))
        rows = [
            [t.label(f"step_{a['step']}"), str(a["name"]), name(a["role"]), words.day(a["date"], lang)] for a in plan["approvals"]
        ]
        blocks.append(table(["step", "name", "role", "date"], rows, [3, 3, 7, 4]))
    if plan.get("history"):
        blocks.append(SubTitle(t.section("history")))
        blocks.append(
            table(["version", "effective", "approvals_of_version", "superseded_by"], history_rows(plan, t, name), [2, 4, 8, 4])
        )
    if plan.get("revisions"):
        blocks.append(SubTitle(t.section("revisions")))
        rows = [[str(r["version"]), words.day(r["date"], lang), str(r["changes"])] for r in plan["revisions"]]
        blocks.append(table(["version", "date", "changes"], rows, [2, 4, 11]))
    if plan.get("distribution"):
        blocks.append(SubTitle(t.section("distribution")))
        rows = [[str(d["to"]), str(d["copies"])] for d in plan["distribution"]]
        blocks.append(table(["recipient_unit", "copies"], rows, [12, 5]))
    return blocks
