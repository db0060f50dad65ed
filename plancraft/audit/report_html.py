"""The audit as one self-contained HTML page: summary, status chart, sortable plan table,
coverage matrix and every finding with file:line.

Nothing is fetched: the CSS and the small sorting script are inline, the chart is CSS bars,
and a Content-Security-Policy forbids any network access, so the file can be mailed as it is.
It reads on a phone (the plan table turns into cards, wide tables scroll) and prints
(@media print: no buttons, every plan's findings opened, colours kept).
"""

from __future__ import annotations

from jinja2 import Environment
from markupsafe import Markup, escape

from plancraft import __version__
from plancraft.audit.collect import APPROVED, DRAFT, STALE, UNREADABLE_STATUS, Audit, PlanAudit
from plancraft.audit.coverage import COVERED, NOT, PARTLY, STATES, UNCHECKED
from plancraft.audit.report_text import status_word
from plancraft.diagnostics import Severity
from plancraft.i18n import _, current, ngettext, pgettext
from plancraft.model import kind_word

STATE_SYMBOLS = {COVERED: "✓", PARTLY: "◐", NOT: "✗", UNCHECKED: "–"}


def render(result: Audit) -> str:
    env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                      extensions=["jinja2.ext.i18n"])
    env.install_gettext_callables(_, ngettext, newstyle=True)  # texts come from the catalogue; values escaped
    env.filters["path"] = _path
    template = env.from_string(TEMPLATE)
    return template.render(
        a=result,
        t=result.portfolio.totals,
        p=result.portfolio,
        cov=result.coverage,
        numbers={plan.file: n for n, plan in enumerate(result.plans, 1)},
        plans=list(enumerate(result.plans, 1)),
        flagged=[(result.plans.index(plan) + 1, plan) for plan in result.attention],
        chart=chart(result),
        groups=_clause_groups(result),
        review=_review,
        lang=_lang,
        version=__version__,
        css=CSS,
        js=JS,
        STATE_WORDS={s: _state_word(s) for s in STATES},
        STATE_SYMBOLS=STATE_SYMBOLS,
        STATUS_WORDS={s: status_word(s) for s in (APPROVED, DRAFT, STALE, UNREADABLE_STATUS)},
        page_lang=current(),
        sep=pgettext("list separator", "; "),
        end=pgettext("list end", "."),
        reason_sep=pgettext("reasons", "; "),
        severity=lambda value: Severity(value).word,
        kind=kind_word,
        counts=_counts,
        STATES=STATES,
    )


def _path(text: object) -> Markup:
    """A file path, escaped, that may wrap after each `/` (a long path never widens the table)."""
    return Markup("/<wbr>").join(escape(part) for part in str(text).split("/"))


def _lang(plan: PlanAudit) -> str:
    return plan.language or "zh-CN"


def _state_word(state: str) -> str:
    words = {COVERED: _("covered"), PARTLY: _("partly"), NOT: _("not covered"), UNCHECKED: _("not checked")}
    return words[state]


def _counts(plan: PlanAudit) -> str:
    """"1 error, 2 warnings, 0 infos" for a plan's summary line."""
    return pgettext("list separator", ", ").join((
        ngettext("{count} error", "{count} errors", plan.errors).format(count=plan.errors),
        ngettext("{count} warning", "{count} warnings", plan.warnings).format(count=plan.warnings),
        ngettext("{count} info", "{count} infos", plan.infos).format(count=plan.infos)))


def _review(plan: PlanAudit) -> tuple[str, str]:
    """(sort key, words) for the next-review cell."""
    if plan.next_review is None:
        if plan.review_every:
            return "9999-12-31", _("every {interval}; no approval or effective date to count from").format(
                interval=plan.review_every)
        return "9999-12-31", _("no review interval")
    days = plan.days_to_review or 0
    if plan.overdue:
        when = ngettext("overdue by {count} day", "overdue by {count} days", -days).format(count=-days)
    elif days == 0:
        when = _("due today")
    else:
        when = ngettext("in {count} day", "in {count} days", days).format(count=days)
    return plan.next_review.isoformat(), when


def _clause_groups(result: Audit) -> list[tuple[str, list]]:
    groups: list[tuple[str, list]] = []
    for clause in result.coverage.clauses:
        if not groups or groups[-1][0] != clause.standard:
            groups.append((clause.standard, []))
        groups[-1][1].append(clause)
    return groups


def chart(result: Audit) -> list[dict]:
    """Bars for the status chart: label, count, css class and length in % of all plans."""
    t = result.portfolio.totals
    bars = [(_("Approved"), t["approved"], "approved"), (_("Draft"), t["draft"], "draft"),
            (_("Stale"), t["stale"], "stale"), (_("Overdue"), t["overdue"], "overdue")]
    if t["unreadable"]:
        bars.append((_("Unreadable"), t["unreadable"], "unreadable"))
    scale = max(t["plans"], 1)
    return [{"label": label, "count": count, "cls": cls, "pct": f"{100 * count / scale:.1f}"}
            for label, count, cls in bars]


CSS = """
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--soft:#f6f8fa;
--approved:#1a7f37;--draft:#0969da;--stale:#9a6700;--overdue:#cf222e;--unreadable:#8250df;
--covered-bg:#dafbe1;--covered-fg:#116329;--partly-bg:#fff1b8;--partly-fg:#7d4e00;
--not-bg:#ffd8d3;--not-fg:#a40e26;--unchecked-bg:#eff2f5;--unchecked-fg:#59636e}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--fg);background:var(--bg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",
"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif}
header,main,footer{max-width:1280px;margin:0 auto;padding:0 24px}
header{padding-top:24px;border-bottom:1px solid var(--line);padding-bottom:16px}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:20px;margin:32px 0 12px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:16px;margin:20px 0 8px}
.meta{color:var(--muted);margin:0}
.verdict{display:inline-block;margin:12px 0 0;padding:6px 12px;border-radius:6px;font-weight:600}
.verdict.ok{background:var(--covered-bg);color:var(--covered-fg)}
.verdict.bad{background:var(--not-bg);color:var(--not-fg)}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:12px;margin:0 0 20px}
.card{border:1px solid var(--line);border-left:6px solid var(--muted);border-radius:6px;padding:10px 14px}
.card .n{font-size:28px;font-weight:700;line-height:1.1;display:block}
.card .l{color:var(--muted);font-size:13px}
.card.approved{border-left-color:var(--approved)}.card.draft{border-left-color:var(--draft)}
.card.stale{border-left-color:var(--stale)}.card.overdue{border-left-color:var(--overdue)}
.card.errors{border-left-color:var(--overdue)}.card.unreadable{border-left-color:var(--unreadable)}
.summary-grid{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:24px;align-items:start}
figure{margin:0}
figcaption{font-weight:600;margin-bottom:6px}
.bars{display:grid;gap:8px;max-width:560px}
.bar-row{display:grid;grid-template-columns:96px 1fr 40px;gap:10px;align-items:center}
.bar-label{font-size:14px}
.track{display:block;height:24px;background:var(--soft);border-radius:3px;overflow:hidden}
.bar{display:block;height:100%;border-radius:3px}
.bar.approved{background:var(--approved)}.bar.draft{background:var(--draft)}.bar.stale{background:var(--stale)}
.bar.overdue{background:var(--overdue)}.bar.unreadable{background:var(--unreadable)}
.bar-n{font-weight:700;font-variant-numeric:tabular-nums}
.note{color:var(--muted);font-size:13px}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;border:1px solid var(--line);border-radius:6px}
table{border-collapse:collapse;width:100%}
th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:var(--soft);font-weight:600;vertical-align:bottom}
tbody tr:last-child td,tbody tr:last-child th{border-bottom:0}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.zero{color:var(--muted)}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px;overflow-wrap:anywhere}
.file{color:var(--muted);font-size:12px;overflow-wrap:anywhere}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff;white-space:nowrap}
.badge.approved{background:var(--approved)}.badge.draft{background:var(--draft)}
.badge.stale{background:var(--stale)}.badge.overdue{background:var(--overdue)}.badge.unreadable{background:var(--unreadable)}
.sev{font-weight:600}.sev.error{color:var(--overdue)}.sev.warning{color:var(--stale)}.sev.info{color:var(--draft)}
.late{color:var(--overdue);font-weight:600}
table.plans td.plan{min-width:190px;width:24%}
table.plans th.num,table.plans td.num{width:1%}
table.plans td.issuer{min-width:90px}
table.plans td.parent{min-width:150px}
th button.sort{all:unset;cursor:pointer}
th button.sort:focus-visible{outline:2px solid var(--draft);outline-offset:2px}
th button.sort::after{content:"\\00a0\\2195";color:var(--muted);font-size:11px}
th[aria-sort=ascending] button.sort::after{content:"\\00a0\\25B2";color:var(--fg)}
th[aria-sort=descending] button.sort::after{content:"\\00a0\\25BC";color:var(--fg)}
tr.attention td:first-child{box-shadow:inset 4px 0 0 var(--overdue)}
ul.attention{padding-left:20px;margin:0}
ul.attention li{margin:2px 0}
table.matrix th,table.matrix td{text-align:center;padding:4px 6px;border:1px solid var(--line)}
table.matrix th.clause{text-align:left;font-weight:400;white-space:nowrap;position:sticky;left:0;background:var(--bg);z-index:1}
table.matrix th.standard{text-align:left;background:var(--soft);position:sticky;left:0}
table.matrix thead th.plan{vertical-align:bottom;padding:6px 2px}
table.matrix thead th.plan span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-size:12px;font-weight:600}
table.matrix td.cell{min-width:30px;font-weight:700}
td.covered,span.covered{background:var(--covered-bg);color:var(--covered-fg)}
td.partly,span.partly{background:var(--partly-bg);color:var(--partly-fg)}
td.not,span.not{background:var(--not-bg);color:var(--not-fg)}
td.unchecked,span.unchecked{background:var(--unchecked-bg);color:var(--unchecked-fg)}
.legend{display:flex;flex-wrap:wrap;gap:8px 16px;margin:8px 0;padding:0;list-style:none;font-size:13px}
.legend span{display:inline-block;min-width:24px;text-align:center;border-radius:4px;font-weight:700;margin-right:4px}
.rules{color:var(--muted);font-size:12px}
details.plan{border:1px solid var(--line);border-radius:6px;margin:8px 0}
details.plan>summary{cursor:pointer;padding:8px 12px;background:var(--soft);border-radius:6px}
details.plan[open]>summary{border-bottom:1px solid var(--line);border-radius:6px 6px 0 0}
details.plan .body{padding:8px 12px}
.toolbar{display:flex;gap:8px;margin:8px 0}
.toolbar button{font:inherit;font-size:13px;padding:4px 10px;border:1px solid var(--line);border-radius:6px;background:var(--bg);cursor:pointer}
footer{color:var(--muted);font-size:13px;border-top:1px solid var(--line);margin-top:40px;padding-top:12px;padding-bottom:32px}
a{color:var(--draft)}
@media screen and (max-width:760px){
 header,main,footer{padding-left:12px;padding-right:12px}
 h1{font-size:22px}
 .summary-grid{grid-template-columns:minmax(0,1fr)}
 .cards{grid-template-columns:repeat(2,minmax(0,1fr))}
 table.plans thead{display:none}
 table.plans,table.plans tbody,table.plans tr,table.plans td{display:block;width:100%}
 table.plans tr{border-bottom:2px solid var(--line);padding:6px 0}
 table.plans td{border:0;padding:3px 10px 3px 112px;position:relative;text-align:left;min-width:0}
 table.plans td::before{content:attr(data-label);position:absolute;left:10px;top:4px;width:92px;color:var(--muted);font-size:13px}
 table.plans td.num{text-align:left}
 table.plans td.plan,table.plans td.issuer,table.plans td.parent{min-width:0}
 .plans-scroll{border:0}
 table.findings td.loc{white-space:normal;word-break:break-all}
}
@media print{
 @page{size:A4 landscape;margin:12mm}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 body{font-size:10.5pt}
 header,main,footer{max-width:none;padding:0}
 .toolbar,th button.sort::after{display:none}
 th button.sort{all:unset}
 .scroll{overflow:visible;border:0}
 h2{break-after:avoid}
 tr,.card,figure{break-inside:avoid}
 table.matrix th.clause,table.matrix th.standard{position:static}
 details.plan>summary{list-style:none}
 details.plan::details-content{content-visibility:visible;display:block}
 a{color:inherit;text-decoration:none}
}
"""

JS = """
(function () {
  "use strict";
  function key(cell) {
    var v = cell.getAttribute("data-sort");
    return v === null ? cell.textContent.trim() : v;
  }
  function sortBy(table, index, th) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    var numeric = rows.every(function (r) { var k = key(r.cells[index]); return k !== "" && !isNaN(Number(k)); });
    rows.sort(function (a, b) {
      var x = key(a.cells[index]), y = key(b.cells[index]);
      var d = numeric ? Number(x) - Number(y) : x.localeCompare(y);
      if (d !== 0) { return ascending ? d : -d; }
      return Number(a.getAttribute("data-n")) - Number(b.getAttribute("data-n"));
    });
    rows.forEach(function (r) { body.appendChild(r); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      var button = th.querySelector("button.sort");
      if (button) { button.addEventListener("click", function () { sortBy(table, index, th); }); }
    });
  });
  var opened = [];
  function setAll(open) {
    Array.prototype.forEach.call(document.querySelectorAll("details.plan"), function (d) { d.open = open; });
  }
  window.addEventListener("beforeprint", function () {
    opened = Array.prototype.filter.call(document.querySelectorAll("details.plan"), function (d) { return d.open; });
    setAll(true);
  });
  window.addEventListener("afterprint", function () {
    setAll(false);
    opened.forEach(function (d) { d.open = true; });
  });
  var expand = document.getElementById("expand-all"), collapse = document.getElementById("collapse-all");
  if (expand) { expand.addEventListener("click", function () { setAll(true); }); }
  if (collapse) { collapse.addEventListener("click", function () { setAll(false); }); }
  document.documentElement.setAttribute("data-ready", "1");
}());
"""

TEMPLATE = """<!DOCTYPE html>
<html lang="{{ page_lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="plancraft {{ version }}">
<title>{{ _("Plan portfolio audit as of %(date)s", date=a.as_of.isoformat()) }}</title>
<style>{{ css | safe }}</style>
</head>
<body>
<header>
<h1>{{ _("Plan portfolio audit") }}</h1>
<p class="meta">{{ ngettext("As of <strong>%(date)s</strong> · %(num)s plan file · plancraft %(version)s", "As of <strong>%(date)s</strong> · %(num)s plan files · plancraft %(version)s", t.plans, date=a.as_of.isoformat(), version=version) }}</p>
{% if flagged %}
<p class="verdict bad">{{ ngettext("%(flagged)s of %(num)s plan needs attention", "%(flagged)s of %(num)s plans need attention", t.plans, flagged=flagged | length) }}</p>
{% else %}
<p class="verdict ok">{{ _("No plan is stale, overdue, unreadable or has errors") }}</p>
{% endif %}
</header>
<main>
<section id="summary" aria-labelledby="summary-h">
<h2 id="summary-h">{{ _("Summary") }}</h2>
<div class="cards">
<div class="card"><span class="n">{{ t.plans }}</span><span class="l">{{ _("plans audited") }}</span></div>
<div class="card approved"><span class="n">{{ t.approved }}</span><span class="l">{{ _("approved (sign-off current)") }}</span></div>
<div class="card draft"><span class="n">{{ t.draft }}</span><span class="l">{{ _("draft (not approved)") }}</span></div>
<div class="card stale"><span class="n">{{ t.stale }}</span><span class="l">{{ _("stale (changed after approval)") }}</span></div>
<div class="card overdue"><span class="n">{{ t.overdue }}</span><span class="l">{{ _("review overdue") }}</span></div>
<div class="card errors"><span class="n">{{ t.with_errors }}</span><span class="l">{{ _("with lint errors") }}</span></div>
{% if t.unreadable %}
<div class="card unreadable"><span class="n">{{ t.unreadable }}</span><span class="l">{{ _("unreadable") }}</span></div>
{% endif %}
</div>
<div class="summary-grid">
<figure>
<figcaption id="chart-h">{{ _("Plans by status") }}</figcaption>
<div class="bars" role="img" aria-labelledby="chart-h" aria-describedby="chart-desc">
{% for r in chart %}
<div class="bar-row"><span class="bar-label">{{ r.label }}</span><span class="track"><span class="bar {{ r.cls }}" style="width:{{ r.pct }}%"></span></span><span class="bar-n">{{ r.count }}</span></div>
{% endfor %}
</div>
<p class="note" id="chart-desc">{% for r in chart %}{{ r.label }}: {{ r.count }}{{ sep if not loop.last else end }}{% endfor %} {{ _("Overdue counts plans of any status whose next review date has passed.") }}</p>
</figure>
<div>
<h3 style="margin-top:0">{{ _("Needs attention") }}</h3>
{% if flagged %}
<ul class="attention">
{% for n, plan in flagged %}
<li><a href="#plan-{{ n }}">#{{ n }} {{ plan.id or plan.file }}</a>{% if plan.title %} <span lang="{{ lang(plan) }}">{{ plan.title }}</span>{% endif %}: {{ plan.reasons | join(reason_sep) }}</li>
{% endfor %}
</ul>
{% else %}
<p>{{ _("Nothing: every plan is readable, free of lint errors, not stale and within its review date.") }}</p>
{% endif %}
</div>
</div>
</section>

<section id="plans" aria-labelledby="plans-h">
<h2 id="plans-h">{{ _("Plans") }}</h2>
<p class="note">{{ _("Click a column heading to sort. Next review = final approval date + <code>review.every</code>; without an approval, the effective date + <code>review.every</code>.") }}</p>
<div class="scroll plans-scroll">
<table class="plans sortable">
<thead><tr>
{% for label, cls in [("#", "num"), (_("Plan"), ""), (_("Issuer, version"), ""), (_("Status"), ""), (_("Approved"), ""), (_("Next review"), ""), (_("Errors"), "num"), (_("Warnings"), "num"), (_("Infos"), "num"), (_("Parent"), "")] %}
<th scope="col"{% if cls %} class="{{ cls }}"{% endif %}><button type="button" class="sort">{{ label }}</button></th>
{% endfor %}
</tr></thead>
<tbody>
{% for n, plan in plans %}
{% set due = review(plan) %}
<tr data-n="{{ n }}"{% if plan.needs_attention %} class="attention"{% endif %}>
<td class="num" data-label="#" data-sort="{{ n }}">{{ n }}</td>
{% if plan.status == "unreadable" %}
<td data-label="{{ _('Plan') }}" data-sort="{{ plan.file }}"><span class="file">{{ plan.file | path }}</span><br>{{ plan.status_detail }}</td>
<td data-label="{{ _('Issuer') }}"></td>
<td data-label="{{ _('Status') }}" data-sort="0"><span class="badge unreadable">{{ STATUS_WORDS["unreadable"] }}</span></td>
<td data-label="{{ _('Approved') }}"></td><td data-label="{{ _('Next review') }}" data-sort="9999-12-31"></td>
<td class="num" data-label="{{ _('Errors') }}" data-sort="{{ plan.errors }}">{{ plan.errors }}</td><td class="num" data-label="{{ _('Warnings') }}" data-sort="0"></td><td class="num" data-label="{{ _('Infos') }}" data-sort="0"></td>
<td data-label="{{ _('Parent') }}"></td>
{% else %}
<td class="plan" data-label="{{ _('Plan') }}" data-sort="{{ plan.id or plan.file }}"><a class="pid" href="#plan-{{ n }}"><strong>{{ plan.id or _("(no id)") }}</strong></a>{% if plan.title %}<br><span lang="{{ lang(plan) }}">{{ plan.title }}</span>{% endif %}<br><span class="file">{{ plan.file | path }}</span></td>
<td class="issuer" data-label="{{ _('Issuer') }}" data-sort="{{ plan.issuer or '' }}"><span lang="{{ lang(plan) }}">{{ plan.issuer or "—" }}</span>{% if plan.version %}<br><span class="file">{{ _("version %(version)s", version=plan.version) }}</span>{% endif %}{% if plan.in_force and plan.in_force != plan.version %}<br><span class="file">{{ _("in force: %(version)s", version=plan.in_force) }}</span>{% endif %}{% if plan.pending_overdue %}<br><span class="late">{{ _("awaiting approval since %(date)s", date=plan.pending_since) }}</span>{% endif %}</td>
<td data-label="{{ _('Status') }}" data-sort="{{ {'stale': 1, 'draft': 2, 'approved': 3}[plan.status] }}" title="{{ plan.status_detail }}"><span class="badge {{ plan.status }}">{{ STATUS_WORDS[plan.status] }}</span></td>
<td data-label="{{ _('Approved') }}" data-sort="{{ plan.approved_on or '' }}">{{ plan.approved_on or "—" }}{% if plan.approved_by %}<br><span class="file" lang="{{ lang(plan) }}">{{ plan.approved_by }}</span>{% endif %}</td>
<td data-label="{{ _('Next review') }}" data-sort="{{ due[0] }}">{% if plan.next_review %}{{ plan.next_review.isoformat() }}<br>{% if plan.overdue %}<span class="badge overdue">{{ due[1] }}</span>{% else %}<span class="file">{{ due[1] }}</span>{% endif %}{% else %}<span class="file">{{ due[1] }}</span>{% endif %}</td>
<td class="num{{ ' zero' if not plan.errors }}" data-label="{{ _('Errors') }}" data-sort="{{ plan.errors }}">{% if plan.errors %}<span class="sev error">{{ plan.errors }}</span>{% else %}0{% endif %}</td>
<td class="num{{ ' zero' if not plan.warnings }}" data-label="{{ _('Warnings') }}" data-sort="{{ plan.warnings }}">{{ plan.warnings }}</td>
<td class="num{{ ' zero' if not plan.infos }}" data-label="{{ _('Infos') }}" data-sort="{{ plan.infos }}">{{ plan.infos }}</td>
<td class="parent" data-label="{{ _('Parent') }}" data-sort="{{ plan.parent_id or plan.parent_file or '' }}">{% if plan.parent %}{% if plan.parent_id %}{{ plan.parent_id }}<br><span class="file">{{ plan.parent_file | path }}</span>{% else %}<span class="late">{{ _("missing") }}</span><br><span class="file">{{ plan.parent_file | path }}</span>{% endif %}{% else %}—{% endif %}</td>
{% endif %}
</tr>
{% endfor %}
</tbody>
</table>
</div>
</section>

<section id="portfolio" aria-labelledby="portfolio-h">
<h2 id="portfolio-h">{{ _("Across the portfolio") }}</h2>
<h3>{{ _("Most frequent findings") }}</h3>
{% if p.top_findings %}
<div class="scroll">
<table>
<thead><tr><th scope="col">{{ _("Rule") }}</th><th scope="col">{{ _("Severity") }}</th><th scope="col" class="num">{{ _("Findings") }}</th><th scope="col" class="num">{{ _("Plans") }}</th><th scope="col">{{ _("What it checks") }}</th></tr></thead>
<tbody>
{% for r in p.top_findings[:10] %}
<tr><td><code>{{ r.code }}</code> {{ r.name }}</td><td><span class="sev {{ r.severity }}">{{ severity(r.severity) }}</span></td><td class="num">{{ r.findings }}</td><td class="num">{{ _("%(count)s of %(total)s", count=r.plans, total=a.readable | length) }}</td><td>{{ r.summary }}</td></tr>
{% endfor %}
</tbody>
</table>
</div>
{% if p.top_findings | length > 10 %}<p class="note">{{ ngettext("%(num)s more rule found something; see each plan's findings below.", "%(num)s more rules found something; see each plan's findings below.", p.top_findings | length - 10) }}</p>{% endif %}
{% else %}
<p>{{ _("No findings.") }}</p>
{% endif %}
<h3>{{ _("Duplicate plan ids") }}</h3>
{% if p.duplicate_ids %}
<ul>
{% for ident, files in p.duplicate_ids %}
<li>{{ ngettext("<code>%(id)s</code> is used by %(num)s file:", "<code>%(id)s</code> is used by %(num)s files:", files | length, id=ident) }} {% for f in files %}<span class="mono">{{ f }}</span>{{ ", " if not loop.last }}{% endfor %}</li>
{% endfor %}
</ul>
{% else %}
<p>{{ _("None: every plan has its own id.") }}</p>
{% endif %}
<h3>{{ _("Missing parent plans") }}</h3>
{% if p.missing_parents %}
<ul>
{% for m in p.missing_parents %}
<li>{{ _('<span class="mono">%(file)s</span> names parent <code>%(parent)s</code> (<span class="mono">%(resolved)s</span>): %(reason)s', file=m.file, parent=m.parent, resolved=m.resolved, reason=m.reason) }}</li>
{% endfor %}
</ul>
{% else %}
<p>{{ _("None: every parent plan named is found.") }}</p>
{% endif %}
<h3>{{ _("Children that exceed their parent") }}</h3>
{% if p.exceeding %}
<div class="scroll">
<table>
<thead><tr><th scope="col">{{ _("Where") }}</th><th scope="col">{{ _("Kind") }}</th><th scope="col">Id</th><th scope="col">{{ _("Child allows") }}</th><th scope="col">{{ _("Parent allows") }}</th><th scope="col">{{ _("Parent plan") }}</th></tr></thead>
<tbody>
{% for e in p.exceeding %}
<tr><td class="mono">{{ e.file }}:{{ e.line }}</td><td>{{ kind(e.kind) }}</td><td><code>{{ e.id }}</code></td><td class="late">{{ e.value }}</td><td>{{ e.parent_value }}</td><td class="mono">{{ e.parent_file }}</td></tr>
{% endfor %}
</tbody>
</table>
</div>
{% else %}
<p>{{ _("None: no plan allows a larger cap or a longer deadline than its parent.") }}</p>
{% endif %}
</section>

<section id="coverage" aria-labelledby="coverage-h">
<h2 id="coverage-h">{{ _("Standards coverage") }}</h2>
<p class="note">{{ _("Each clause is evidenced by the lint rules listed under it. <strong>Covered</strong>: every evidencing rule ran and found nothing. <strong>Partly</strong>: some found something, or some were disabled. <strong>Not covered</strong>: every evidencing rule that ran found something. <strong>Not checked</strong>: no evidencing rule ran (for example, the plan fails the schema check). Columns are the plan numbers of the table above.") }}</p>
<ul class="legend">
{% for s in STATES %}<li><span class="{{ s }}">{{ STATE_SYMBOLS[s] }}</span>{{ STATE_WORDS[s] }}</li>{% endfor %}
</ul>
{% if cov.clauses and cov.files %}
<div class="scroll">
<table class="matrix">
<thead><tr><th scope="col" class="clause">{{ _("Clause") }}</th>
{% for f in cov.files %}<th scope="col" class="plan" title="{{ f }}"><span>#{{ numbers[f] }} {{ a.plans[numbers[f] - 1].id or "" }}</span></th>{% endfor %}
<th scope="col" class="num">{{ _("Covered") }}</th></tr></thead>
<tbody>
{% for standard, clauses in groups %}
<tr><th scope="colgroup" class="standard" colspan="{{ cov.files | length + 2 }}">{{ standard }}</th></tr>
{% for c in clauses %}
{% set counts = cov.clause_counts(c.text) %}
<tr><th scope="row" class="clause">{{ c.article or c.text }}<br><span class="rules">{{ c.rules | join(" ") }}</span></th>
{% for f in cov.files %}{% set cell = cov.cell(c.text, f) %}<td class="cell {{ cell.state }}" title="#{{ numbers[f] }} {{ c.text }}: {{ STATE_WORDS[cell.state] }}{% if cell.failing %}; found by {{ cell.failing | join(', ') }}{% endif %}{% if cell.not_run %}; not run: {{ cell.not_run | join(', ') }}{% endif %}{% if cell.empty %}; nothing to check: {{ cell.empty | join(', ') }}{% endif %}">{{ STATE_SYMBOLS[cell.state] }}</td>{% endfor %}
<td class="num">{{ counts["covered"] }}/{{ cov.files | length }}</td></tr>
{% endfor %}
{% endfor %}
</tbody>
</table>
</div>
{% elif not cov.clauses %}
<p>{{ _("No rule names a clause yet.") }}</p>
{% else %}
<p>{{ _("No readable plan.") }}</p>
{% endif %}
</section>

<section id="findings" aria-labelledby="findings-h">
<h2 id="findings-h">{{ _("Findings by plan") }}</h2>
<div class="toolbar"><button type="button" id="expand-all">{{ _("Expand all") }}</button><button type="button" id="collapse-all">{{ _("Collapse all") }}</button></div>
{% for n, plan in plans %}
<details class="plan" id="plan-{{ n }}">
<summary><strong>#{{ n }} {{ plan.id or plan.file }}</strong>{% if plan.title %} <span lang="{{ lang(plan) }}">{{ plan.title }}</span>{% endif %} · <span class="badge {{ plan.status }}">{{ STATUS_WORDS[plan.status] }}</span>{% if plan.overdue %} <span class="badge overdue">{{ _("overdue") }}</span>{% endif %} · {{ counts(plan) }}</summary>
<div class="body">
<p class="file">{{ plan.file }}{% if plan.status != "unreadable" %} · {{ plan.status_detail }}{% endif %}</p>
{% if plan.findings %}
<div class="scroll">
<table class="findings">
<thead><tr><th scope="col">{{ _("Location") }}</th><th scope="col">{{ _("Rule") }}</th><th scope="col">{{ _("Severity") }}</th><th scope="col">{{ _("Finding") }}</th></tr></thead>
<tbody>
{% for d in plan.findings %}
<tr><td class="mono loc">{{ d.file | path }}:{{ d.line }}:{{ d.column }}</td><td><code>{{ d.code }}</code></td><td><span class="sev {{ d.severity.value }}">{{ d.severity.word }}</span></td><td>{{ d.message }}</td></tr>
{% endfor %}
</tbody>
</table>
</div>
{% else %}
<p>{{ _("No findings.") }}</p>
{% endif %}
</div>
</details>
{% endfor %}
</section>
</main>
<footer>
<p>{{ _("Produced by <code>plancraft audit</code> (plancraft %(version)s) from the plan files themselves, as of %(date)s. Status: <strong>approved</strong> when the <code>approved</code> sign-off's digest matches the plan's content, <strong>stale</strong> when the plan changed after it (or the sign-off has no digest), <strong>draft</strong> without an <code>approved</code> sign-off. Findings are those of <code>plancraft lint</code> with the plans' own configuration.", version=version, date=a.as_of.isoformat()) }}</p>
</footer>
<script>{{ js | safe }}</script>
</body>
</html>
"""
