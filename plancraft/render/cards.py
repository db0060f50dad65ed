"""Pocket response cards (应急处置卡): one card per acting role, for staff to carry.

生产安全事故应急预案管理办法 (2016) asks for short cards for key posts — the post's procedure and
measures, with the people to call and their numbers. A card is made for every role that does a
step, answers for a scenario's escalation, approves a cap or owns a time limit. It says, in the
plan's own words only: where the role acts (scenario and level triggers), its steps in order with
their deadlines, the caps it may approve, whom it escalates to and within what time, the time
limits it owns, and the contacts it needs with their numbers (24-hour ones marked).

`role_cards(plan, lang)` builds the cards as plain data (no docx); `write_cards(...)` lays them out
on A6 pages, or four to an A4 sheet with dashed cut lines (`sheet="a4"`).
"""

from __future__ import annotations

from plancraft.i18n import _

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plancraft import words
from plancraft.durations import is_round_the_clock
from plancraft.names import Names, is_customer_route

ZH = "zh-CN"


@dataclass
class Contact:
    name: str
    numbers: str
    round_the_clock: bool


@dataclass
class Card:
    role: str  # id
    title: str  # the role's printed name
    situations: list[str] = field(default_factory=list)
    steps: list[tuple[str, list[str]]] = field(default_factory=list)  # (scenario title, its steps for this role)
    caps: list[str] = field(default_factory=list)
    escalations: list[str] = field(default_factory=list)
    time_limits: list[str] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)


def _items(plan: dict[str, Any], key: str) -> list[dict[str, Any]]:
    return [x for x in plan.get(key) or [] if isinstance(x, dict)]


def acting_roles(plan: dict[str, Any]) -> list[str]:
    """Roles that do a step, answer for an escalation, approve a cap or own a time limit, in the
    order of organisation.roles."""
    acting: set[str] = set()
    for s in _items(plan, "scenarios"):
        acting |= {a.get("by") for a in s.get("actions") or [] if isinstance(a, dict)}
        if s.get("escalation") and s.get("owner"):
            acting.add(s["owner"])
    acting |= {x.get("approver") for x in _items(plan, "limits")}
    acting |= {x.get("owner") for x in _items(plan, "time_limits") if x.get("party") != "customer"}
    roles = [r.get("id") for r in (plan.get("organisation") or {}).get("roles") or [] if isinstance(r, dict)]
    return [r for r in roles if r in acting]


def role_cards(plan: dict[str, Any], lang: str, labels: dict[str, str], *, only: list[str] | None = None) -> list[Card]:
    """The cards of the acting roles (or of `only`, in that order), built from the plan alone."""
    name = Names(plan, lang)
    colon = "：" if lang == ZH else ": "
    sep = "；" if lang == ZH else "; "
    roles = {r["id"]: r for r in (plan.get("organisation") or {}).get("roles") or [] if isinstance(r, dict) and "id" in r}
    externals = {e["id"]: e for e in _items(plan, "external") if "id" in e}
    levels = {lv["id"]: lv for lv in _items(plan, "levels") if "id" in lv}
    cards = []
    for role_id in only or acting_roles(plan):
        card = Card(role_id, name(role_id))
        needed: list[str] = []
        for s in _items(plan, "scenarios"):
            actions = [a for a in s.get("actions") or [] if isinstance(a, dict)]
            mine = [a for a in actions if a.get("by") == role_id]
            owns = s.get("owner") == role_id
            if not mine and not owns:
                continue
            level = levels.get(s.get("level") or "")
            triggers = [str(t) for t in s.get("triggers") or [] if str(t).strip()]
            situation = str(s.get("title") or s.get("id"))
            if level:
                situation += f"〔{level.get('name')}〕" if lang == ZH else f" [{level.get('name')}]"
            if triggers:
                situation += colon + ("；" if lang == ZH else "; ").join(triggers)
            card.situations.append(words.sentence(situation, lang))
            steps = []
            for a in mine:
                text = words.sentence(str(a.get("do") or ""), lang)
                if a.get("when"):
                    text = words.sentence(f"{labels['step_when']}{colon}{a['when']}", lang) + ("" if lang == ZH else " ") + text
                extra = []
                if a.get("approval"):
                    extra.append(f"{labels['step_approval']}{colon}{name(a['approval'])}")
                    needed.append(a["approval"])
                if a.get("within"):
                    extra.append(words.within(a["within"], lang))
                if extra:
                    text += f"（{sep.join(extra)}）" if lang == ZH else f" ({sep.join(extra)})"
                steps.append(text)
            if steps:
                card.steps.append((str(s.get("title") or s.get("id")), steps))
            if owns:
                for e in s.get("escalation") or []:
                    if not isinstance(e, dict) or not e.get("to") or is_customer_route(e, plan):
                        continue  # a customer's own route (e.g. to an ombudsman) is not this role's duty
                    target = name(e["to"])
                    text = labels["card_escalate"].format(
                        when=str(e.get("when") or ""),
                        to=target,
                        within=words.within(e["within"], lang) if e.get("within") else "",
                    )
                    card.escalations.append(
                        words.sentence(" ".join(text.split()) if lang != ZH else text.replace("，，", "，"), lang)
                    )
                    needed.append(e["to"])
        for lv in levels.values():
            if lv.get("lead") == role_id:
                text = labels["card_leads"].format(level=lv.get("name"))
                if lv.get("criteria"):
                    text += colon + str(lv["criteria"])
                card.situations.append(words.sentence(text, lang))
                needed += [n for n in lv.get("notify") or [] if isinstance(n, str)]
        for x in _items(plan, "limits"):
            if x.get("approver") == role_id and "max" in x:
                text = f"{x.get('what')}{colon}{words.money(x['max'], x.get('currency') or '', lang)}"
                if x.get("per"):  # 10,000元（每名客户每次事件）: run on, the unit would read as part of the amount
                    unit = words.per(x["per"], labels["per"])
                    text += f"（{unit}）" if lang == ZH else " " + unit
                card.caps.append(text)
        for t in _items(plan, "time_limits"):
            if t.get("owner") == role_id and t.get("within"):
                start = str(t.get("from") or "") or (labels["after"].format(name(t["after"])) if t.get("after") else "")
                text = f"{t.get('what')}{colon}{words.within(t['within'], lang)}"
                if start:
                    text += (
                        f"（{labels['time_from']}{colon}{start}）" if lang == ZH else f" ({labels['time_from'].lower()} {start})"
                    )
                card.time_limits.append(text)
        for r in _items(plan, "reporting"):
            if r.get("owner") == role_id and r.get("to"):
                needed.append(r["to"])
        if roles.get(role_id, {}).get("backup"):
            needed.append(roles[role_id]["backup"])
        seen: set[str] = {role_id}
        for ref in needed:
            if ref in seen:
                continue
            seen.add(ref)
            if ref in roles:
                c = roles[ref].get("contact") or {}
                numbers = sep.join(str(c[k]) for k in ("mobile", "phone") if c.get(k))
                card.contacts.append(Contact(name(ref), numbers, is_round_the_clock(c.get("hours"))))
            elif ref in externals:
                card.contacts.append(Contact(name(ref), str(externals[ref].get("phone") or ""), False))
        cards.append(card)
    return cards


# -- layout -----------------------------------------------------------------------------------

A6 = (105, 148)  # mm
A4_MARGIN = 8  # mm above and below the two rows of cards on an A4 sheet (room for the draft mark)


def write_cards(cards: list[Card], *, lang: str, labels: dict[str, str], footer: str, draft: str, sheet: str = "a6") -> bytes:
    """The cards as .docx bytes: one card per A6 page (continued on the next when long), or four to
    an A4 sheet with dashed cut lines. `draft` is the draft word or ""; `footer` the plan line."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    from . import xml
    from .layout import RED, Font, font_rpr, layout_for
    from .package import deterministic_zip

    layout = layout_for(lang)
    zh = lang == ZH
    body = Font(layout.body.latin, layout.body.east_asia, 10.5 if zh else 9.5)
    bold = Font(layout.headings[0].latin, layout.headings[0].east_asia, 10.5 if zh else 9.5, bold=not zh)
    title_font = Font(layout.headings[0].latin, layout.headings[0].east_asia, 13 if zh else 12, bold=not zh)
    small = Font(layout.body.latin, layout.body.east_asia, 7.5)

    doc = Document()
    styles_root = doc.styles.element
    xml.strip_theme_fonts(styles_root)
    font_rpr(xml.doc_defaults_rpr(styles_root), body, layout.lang_tag)
    normal = doc.styles["Normal"]
    font_rpr(normal.element.get_or_add_rPr(), body, layout.lang_tag)
    pf = normal.paragraph_format
    pf.space_before, pf.space_after, pf.line_spacing = Pt(0), Pt(1.5), 1.0
    pf.widow_control = True

    section = doc.sections[0]
    if sheet == "a4":
        section.page_width, section.page_height = Mm(210), Mm(297)
        margins = (A4_MARGIN, 0, 0, A4_MARGIN)
    else:
        section.page_width, section.page_height = Mm(A6[0]), Mm(A6[1])
        margins = (8, 8, 8, 10)
    section.top_margin, section.left_margin, section.right_margin, section.bottom_margin = (Mm(m) for m in margins)
    section.header_distance, section.footer_distance = Mm(3), Mm(3)  # one section: every card shares the footer

    def para(
        container, text: str = "", font: Font | None = None, *, keep: bool = False, indent: float = 0, color=None, align=None
    ):
        p = container.add_paragraph()
        if keep:
            p.paragraph_format.keep_with_next = True
        if indent:
            p.paragraph_format.left_indent = Pt(indent)
            p.paragraph_format.first_line_indent = Pt(-indent)
        if align is not None:
            p.alignment = align
        if text:
            run = p.add_run(text)
            font_rpr(xml.run_properties(run), font or body)
            if color is not None:
                run.font.color.rgb = color
        return p

    def card_content(container, card: Card, first_para=None) -> None:
        head = first_para if first_para is not None else container.add_paragraph()
        head.paragraph_format.keep_with_next = True
        head.paragraph_format.space_after = Pt(3)
        run = head.add_run(f"{labels['card_title']}{'　' if zh else ' — '}{card.title}")
        font_rpr(xml.run_properties(run), title_font)
        if draft and sheet == "a4":
            r = head.add_run(f"{'　' if zh else '  '}{draft}")
            font_rpr(xml.run_properties(r), bold)
            r.font.color.rgb = RED
        parts = [
            ("card_situations", card.situations),
            ("card_escalations", card.escalations),
            ("card_caps", card.caps),
            ("card_time_limits", card.time_limits),
        ]
        sections = [parts[0]]
        if card.steps:
            sections.append(("card_steps", None))
        sections += parts[1:]
        for key, items in sections:
            if key == "card_steps":
                para(container, labels[key], bold, keep=True)
                n = 0
                for scenario, steps in card.steps:
                    if len(card.steps) > 1:
                        para(container, scenario, bold, keep=True)
                    for step in steps:
                        n += 1
                        para(container, f"{n}. {step}" if not zh else f"{n}.{step}", indent=12)
                continue
            if not items:
                continue
            para(container, labels[key], bold, keep=True)
            for item in items:
                para(container, f"• {item}", indent=8)
        if card.contacts:
            para(container, labels["card_contacts"], bold, keep=True)
            for c in card.contacts:
                # a number never breaks at its hyphen: 023-63001000 stays on one line
                text = f"{c.name}{'：' if zh else ': '}{c.numbers.replace('-', chr(0x2011)) or labels['none']}"
                if c.round_the_clock:
                    text += f"（{labels['card_24h']}）" if zh else f" ({labels['card_24h']})"
                para(container, f"☎ {text}", indent=8)
        if sheet == "a4":
            para(container, footer, small)

    if sheet == "a4":
        per_row = 2
        rows = (len(cards) + per_row - 1) // per_row
        table = doc.add_table(rows=max(rows, 1), cols=per_row)
        table.autofit = False
        xml.cut_lines(table)
        for column in table.columns:
            column.width = Mm(105)
        for r, row in enumerate(table.rows):
            # two rows fill the sheet; a card too long for its cell makes the cell taller, never cut off
            xml.min_row_height(row, int(Mm((297 - 2 * A4_MARGIN) / 2 - 3).twips))
            for c, cell in enumerate(row.cells):
                cell.width = Mm(105)
                xml.cell_margins(cell, int(Mm(5).twips))
                i = r * per_row + c
                if i < len(cards):
                    card_content(cell, cards[i], cell.paragraphs[0])
    else:
        for i, card in enumerate(cards):
            head = doc.paragraphs[0] if i == 0 and doc.paragraphs else doc.add_paragraph()
            head.paragraph_format.page_break_before = i > 0  # each card starts on its own A6 page
            card_content(doc, card, head)
        foot = section.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = foot.add_run(footer)
        font_rpr(xml.run_properties(run), small)
    if draft:
        head = section.header.paragraphs[0]
        if sheet != "a4":
            head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run = head.add_run(draft)
            font_rpr(xml.run_properties(run), bold)
            run.font.color.rgb = RED
        xml.watermark(head, draft, layout.watermark_font)
    settings = doc.settings.element
    xml.drop_preview_picture(settings)
    cp = doc.core_properties
    from datetime import datetime, timezone

    when = datetime(1980, 1, 1, tzinfo=timezone.utc)
    cp.title, cp.author, cp.last_modified_by, cp.comments, cp.keywords, cp.subject = labels["card_title"], "", "", "", "", ""
    cp.created = cp.modified = cp.last_printed = when
    cp.revision = 1
    cp.language = lang
    buffer = io.BytesIO()
    doc.save(buffer)
    return deterministic_zip(buffer.getvalue(), theme=(layout.headings[0].east_asia, layout.body.east_asia, layout.body.latin))


def cards_docx(
    plan: dict[str, Any],
    *,
    roles: list[str] | None = None,
    sheet: str = "a6",
    draft: bool = True,
    digest: str | None = None,
    templates_dir: Path | None = None,
) -> bytes:
    """The response cards of `plan` (schema-valid, as `render_docx` takes it) as .docx bytes."""
    from .build import template_context, with_not_stated
    from .errors import RenderError
    from .texts import Texts

    lang = (plan.get("document") or {}).get("language") or ZH
    if lang not in (ZH, "en"):
        raise RenderError(_("document.language `{lang}` has no layout; use zh-CN or en").format(lang=lang))
    texts = Texts(
        lang, templates_dir, template_context(plan, lang, draft=draft, final=not draft, copy_number=None, recipient=None)
    )
    plan = with_not_stated(plan, texts.label("not_stated"))
    keys = (
        "card_title",
        "card_situations",
        "card_steps",
        "card_escalations",
        "card_caps",
        "card_time_limits",
        "card_contacts",
        "card_24h",
        "card_escalate",
        "card_leads",
        "step_when",
        "step_approval",
        "per",
        "after",
        "time_from",
        "none",
        "number",
        "version",
        "digest",
        "draft",
    )
    labels = {k: texts.label(k) for k in keys}
    cards = role_cards(plan, lang, labels, only=roles)
    doc = plan.get("document") or {}
    colon = "：" if lang == ZH else ": "
    bits = [str(doc.get("number") or doc.get("title") or "")]
    if doc.get("version"):
        bits.append(f"{labels['version']}{colon}{doc['version']}")
    if digest:
        from plancraft.digest import short as short_digest

        bits.append(f"{labels['digest']}{colon}{short_digest(digest)}")
    return write_cards(
        cards,
        lang=lang,
        labels=labels,
        footer=("　" if lang == ZH else " · ").join(b for b in bits if b),
        draft=labels["draft"] if draft else "",
        sheet=sheet,
    )
