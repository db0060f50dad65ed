"""`plancraft diff`: what changed between two versions of a plan, in words an approver reads.

Things with an id (roles, groups, levels, scenarios, limits, time limits, external parties) are
matched by id, other lists by their natural key (channels by name, principles and annexes by
title, reports and resources by what, revisions by version, distribution by recipient), so a list
that was only reordered shows no change. A thing whose id changed is shown as removed and added.
Scenario steps and escalation rules are matched by position and reported as step N / rule N.
Lists of text (duties, triggers, basis ...) are compared as sets: added and removed items.

Values are shown as a reader knows them: references by the name of what they name (in the plan
they come from), durations and money in words, in the language of the new plan.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from plancraft.errors import UsageError
from plancraft.loader import LoadedPlan, load, load_bytes
from plancraft.model import REFERENCE_FIELDS, get
from plancraft import words
from plancraft.i18n import _

POSITION = "#"  # match list items by position

# list path -> the key that identifies an item (POSITION: by position)
MATCH_BY: dict[tuple[str, ...], str] = {
    ("principles",): "title",
    ("organisation", "groups"): "id",
    ("organisation", "roles"): "id",
    ("levels",): "id",
    ("levels", "thresholds"): "measure",
    ("scenarios",): "id",
    ("scenarios", "actions"): POSITION,
    ("scenarios", "escalation"): POSITION,
    ("limits",): "id",
    ("time_limits",): "id",
    ("channels",): "name",
    ("reporting",): "what",
    ("support",): "what",
    ("external",): "id",
    ("approvals",): "step",
    ("history",): "version",
    ("history", "approvals"): "step",
    ("revisions",): "version",
    ("distribution",): "to",
    ("annexes",): "title",
}

# schema path of every reference field -> True when it holds a list of ids (from the model's one table)
REFERENCES: dict[tuple[str, ...], bool] = {spec.path: spec.many for spec in REFERENCE_FIELDS}

DURATIONS = {"within", "every"}
PARTIES = {
    "organisation": {"zh-CN": "本单位", "en": "the organisation"},
    "customer": {"zh-CN": "客户（客户自己的期限）", "en": "the customer (the customer's own window)"},
}
TYPES = {
    "emergency-plan": {"zh-CN": "应急预案（emergency-plan）", "en": "emergency plan (emergency-plan)"},
    "complaint-procedure": {"zh-CN": "投诉处理程序（complaint-procedure）", "en": "complaint procedure (complaint-procedure)"},
}
DATES = {
    ("document", "effective"),
    ("document", "source", "date"),
    ("approvals", "date"),
    ("revisions", "date"),
    ("history", "effective"),
    ("history", "approvals", "date"),
}

_LABELS = {
    "zh-CN": {
        "sections": {
            "document": "文件信息",
            "purpose": "目的",
            "scope": "适用范围",
            "principles": "工作原则",
            "organisation": "组织机构",
            "groups": "小组",
            "roles": "角色",
            "levels": "响应级别",
            "scenarios": "处置情形",
            "actions": "步骤",
            "escalation": "升级规则",
            "limits": "限额",
            "time_limits": "处理时限",
            "channels": "投诉渠道",
            "monitoring": "预警与监测",
            "reporting": "信息报告",
            "media": "舆情与媒体应对",
            "support": "应急保障",
            "aftermath": "后期处置",
            "privacy": "信息安全",
            "training": "培训",
            "drills": "演练",
            "review": "预案管理",
            "accountability": "责任追究",
            "external": "外部单位",
            "approvals": "审批",
            "history": "审批历史",
            "revisions": "修订记录",
            "distribution": "分发范围",
            "annexes": "附件",
            "contact": "联系方式",
            "plancraft": "格式版本",
            "thresholds": "量化标准",
            # fields of the document named in reports (plancraft import): where they stand in the file
            "document.title": "预案标题",
            "document.basis": "编制依据",
        },
        "fields": {
            "id": "标识",
            "title": "名称",
            "name": "名称",
            "issuer": "发文单位",
            "number": "文号",
            "version": "版本",
            "effective": "生效日期",
            "language": "语言",
            "classification": "密级",
            "basis": "编制依据",
            "parent": "上级预案",
            "text": "说明",
            "leader": "组长",
            "deputies": "副组长",
            "members": "成员",
            "office": "办公室",
            "duties": "职责",
            "holder": "担任人",
            "backup": "B角",
            "phone": "电话",
            "mobile": "手机",
            "email": "邮箱",
            "hours": "时间",
            "criteria": "判定标准",
            "lead": "牵头负责",
            "notify": "通知",
            "end_when": "响应结束条件",
            "level": "响应级别",
            "owner": "负责人",
            "triggers": "触发情形",
            "key_points": "处置要点",
            "do": "内容",
            "by": "责任人",
            "within": "时限",
            "when": "情形",
            "to": "对象",
            "what": "事项",
            "max": "上限",
            "currency": "币种",
            "per": "计算单位",
            "approver": "审批人",
            "from": "起算",
            "after": "前序时限",
            "kind": "类型",
            "sources": "监测来源",
            "every": "频次",
            "content": "报告内容",
            "spokesperson": "新闻发言人",
            "rules": "规则",
            "audience": "培训对象",
            "topics": "培训内容",
            "scenarios": "演练情形",
            "step": "环节",
            "role": "岗位",
            "date": "日期",
            "digest": "校验码",
            "key": "公钥",
            "signature": "电子签名",
            "changes": "修订内容",
            "copies": "份数",
            "jurisdiction": "司法辖区",
            "source": "来源",
            "publication": "发布单位及出处",
            "address": "地址",
            "thresholds": "量化标准",
            "measure": "指标",
            "min": "下限",
            "unit": "单位",
            "approval": "审批",
            "party": "时限归属",
            "type": "文件类型",
        },
        "added": "新增",
        "removed": "删除",
        "changed": "修改",
        "none": "（无）",
        "step_n": "第{}步",
        "rule_n": "第{}条",
        "items_added": "增加",
        "items_removed": "删除",
        "summary_same": "{old} 与 {new} 内容相同，没有变化。",
        "summary_layout": "{old} 与 {new} 的文字读起来相同，只是文字中的折行不同（YAML 把折行读成空格）；"
        "内容摘要因此不同，已签署的预案需要重新签署。",
        "summary": "{old} → {new}：共{n}处变化（新增{added}，删除{removed}，修改{changed}）。",
        "quote": "「{}」",
        "colon": "：",
        "sep": "；",
        "title_md": "预案变更",
    },
    "en": {
        "sections": {
            "document": "Document",
            "purpose": "Purpose",
            "scope": "Scope",
            "principles": "Principle",
            "organisation": "Organisation",
            "groups": "Group",
            "roles": "Role",
            "levels": "Level",
            "scenarios": "Scenario",
            "actions": "step",
            "escalation": "escalation rule",
            "limits": "Limit",
            "time_limits": "Time limit",
            "channels": "Channel",
            "monitoring": "Monitoring",
            "reporting": "Report",
            "media": "Media handling",
            "support": "Resource",
            "aftermath": "Aftermath",
            "privacy": "Privacy",
            "training": "Training",
            "drills": "Drills",
            "review": "Plan review",
            "accountability": "Accountability",
            "external": "External party",
            "approvals": "Approval",
            "history": "Approved version",
            "revisions": "Revision",
            "distribution": "Distribution",
            "annexes": "Annex",
            "contact": "contact",
            "plancraft": "Format version",
            "thresholds": "threshold",
        },
        "fields": {
            "id": "id",
            "title": "title",
            "name": "name",
            "issuer": "issuer",
            "number": "number",
            "version": "version",
            "effective": "effective date",
            "language": "language",
            "classification": "classification",
            "basis": "basis",
            "parent": "parent plan",
            "text": "text",
            "leader": "leader",
            "deputies": "deputies",
            "members": "members",
            "office": "office",
            "duties": "duties",
            "holder": "holder",
            "backup": "backup",
            "phone": "phone",
            "mobile": "mobile",
            "email": "e-mail",
            "hours": "hours",
            "criteria": "criteria",
            "lead": "lead",
            "notify": "notify",
            "end_when": "ends when",
            "level": "level",
            "owner": "owner",
            "triggers": "triggers",
            "key_points": "key points",
            "do": "action",
            "by": "by",
            "within": "deadline",
            "when": "when",
            "to": "to",
            "what": "what",
            "max": "maximum",
            "currency": "currency",
            "per": "per",
            "approver": "approver",
            "from": "counted from",
            "after": "after",
            "kind": "kind",
            "sources": "sources",
            "every": "frequency",
            "content": "content",
            "spokesperson": "spokesperson",
            "rules": "rules",
            "audience": "audience",
            "topics": "topics",
            "scenarios": "scenarios drilled",
            "step": "step",
            "role": "role",
            "date": "date",
            "digest": "digest",
            "key": "public key",
            "signature": "signature",
            "changes": "changes",
            "copies": "copies",
            "jurisdiction": "jurisdiction",
            "source": "source",
            "publication": "publication",
            "address": "address",
            "thresholds": "thresholds",
            "measure": "measure",
            "min": "minimum",
            "unit": "unit",
            "approval": "approved by",
            "party": "whose deadline",
            "type": "document type",
        },
        "added": "Added",
        "removed": "Removed",
        "changed": "Changed",
        "none": "(none)",
        "step_n": "step {}",
        "rule_n": "rule {}",
        "items_added": "added",
        "items_removed": "removed",
        "summary_same": "{old} and {new} are the same; nothing changed.",
        "summary_layout": "{old} and {new} read the same; only line breaks inside the text differ (YAML reads them "
        "as spaces), which changes the content digest: a signed plan needs signing again.",
        "summary": "{old} → {new}: {n} change{s} ({added} added, {removed} removed, {changed} changed).",
        "quote": "“{}”",
        "colon": ": ",
        "sep": "; ",
        "title_md": "Plan changes",
    },
}


class DiffError(UsageError):
    """The old version cannot be found (e.g. `git show` failed)."""


@dataclass(frozen=True)
class Change:
    """One change: `kind` is added, removed or changed; `subject` names the thing in words."""

    kind: str
    section: str
    subject: str
    field: str = ""
    old: str | None = None
    new: str | None = None
    path: str = ""

    def sentence(self, lang: str) -> str:
        labels = _LABELS[lang]
        head = self.subject
        if self.kind in ("added", "removed"):
            text = f"{labels[self.kind]}{'' if lang == 'zh-CN' else ' '}{head[:1].lower() + head[1:] if lang == 'en' else head}"
            value = self.new if self.kind == "added" else self.old
            return text + (f"{labels['colon']}{value}" if value else "")
        where = f"{head}{'' if lang == 'zh-CN' else ' '}{self.field}" if self.field else head
        if self.old is not None and self.new is not None:
            return f"{where}{labels['colon']}{self.old} → {self.new}"
        return f"{where}{labels['colon']}{self.new or self.old}"


@dataclass
class PlanDiff:
    old: str
    new: str
    language: str
    changes: list[Change] = field(default_factory=list)
    layout_only: bool = False  # the data differ only where YAML folded a line break (plancraft.cjk)

    def summary(self) -> str:
        labels = _LABELS[self.language]
        if not self.changes:
            key = "summary_layout" if self.layout_only else "summary_same"
            return labels[key].format(old=self.old, new=self.new)
        count = {kind: sum(1 for c in self.changes if c.kind == kind) for kind in ("added", "removed", "changed")}
        n = len(self.changes)
        return labels["summary"].format(old=self.old, new=self.new, n=n, s="" if n == 1 else "s", **count)


# --------------------------------------------------------------------------- entry points


def section_label(key: str, lang: str) -> str:
    """A section's name as a reader of `lang` calls it (scenarios -> 处置情形), the key itself where none is set."""
    return _LABELS.get(lang, _LABELS["en"])["sections"].get(key, key)


def diff_files(old: str | Path, new: str | Path, *, language: str | None = None) -> PlanDiff:
    """Compare two plan files; raise PlanError when one cannot be read."""
    return diff_plans(load(old, display=str(old)), load(new, display=str(new)), language=language)


def compare(old: str, new: str | None = None, *, rev: str | None = None, language: str | None = None) -> PlanDiff:
    """`plancraft diff`: OLD against NEW, or (with `rev`) the plan OLD against its version at that git
    revision; UsageError for any other combination."""
    if rev is not None:
        if new is not None:
            raise UsageError(_("with --git give one plan: `plancraft diff --git REV PLAN`"))
        return diff_git(rev, old, language=language)
    if new is None:
        raise UsageError(_("give two plans (OLD NEW), or `--git REV PLAN`"))
    return diff_files(old, new, language=language)


def diff_git(rev: str, path: str | Path, *, language: str | None = None) -> PlanDiff:
    """Compare `path` with its version at git revision `rev` (run in the plan's repository)."""
    path = Path(path)
    new = load(path, display=str(path))
    folder = path.resolve().parent
    try:
        top = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=folder, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise DiffError(_("git cannot be run: {value}").format(value=exc.strerror or exc)) from None
    if top.returncode != 0:
        raise DiffError(
            _("{path}: not inside a git repository ({value})").format(
                path=path, value=top.stderr.strip() or _("git rev-parse failed")
            )
        )
    relative = path.resolve().relative_to(Path(top.stdout.strip()).resolve()).as_posix()
    if rev.startswith("-"):
        raise DiffError(_("`{rev}` is not a git revision (it starts with `-`)").format(rev=rev))
    shown = subprocess.run(
        ["git", "show", "--end-of-options", f"{rev}:{relative}", "--"], cwd=folder, capture_output=True, check=False
    )
    if shown.returncode != 0:
        message = shown.stderr.decode("utf-8", "replace").strip().splitlines()
        raise DiffError(
            _("{path}: no version at `{rev}` ({value})").format(
                path=path, rev=rev, value=message[0] if message else _("git show failed")
            )
        )
    old = load_bytes(shown.stdout, f"{rev}:{relative}")
    return diff_plans(old, new, language=language)


def diff_plans(old: LoadedPlan, new: LoadedPlan, *, language: str | None = None) -> PlanDiff:
    """`language` ("zh-CN"/"en", e.g. from --lang) overrides the plans' own document.language."""
    lang = language if language in _LABELS else _language(new.data) or _language(old.data) or "zh-CN"
    result = PlanDiff(old.file, new.file, lang)
    # compared and shown as a reader reads them: a line break YAML folded between Chinese words is no
    # space in the document (plancraft.cjk), so it is no change to an approver either
    _Differ(old.readable, new.readable, lang, result.changes).run()
    result.layout_only = not result.changes and old.data != new.data
    return result


def _language(data: Any) -> str | None:
    document = data.get("document") if isinstance(data, dict) else None
    value = document.get("language") if isinstance(document, dict) else None
    return value if value in _LABELS else None


# --------------------------------------------------------------------------- comparing


class _Differ:
    def __init__(self, old: Any, new: Any, lang: str, out: list[Change]) -> None:
        self.old, self.new, self.lang, self.out = old, new, lang, out
        self.labels = _LABELS[lang]
        self.names = (_names(old, lang), _names(new, lang))

    def run(self) -> None:
        old = self.old if isinstance(self.old, dict) else {}
        new = self.new if isinstance(self.new, dict) else {}
        for key in _ordered_keys(old, new):
            if key.startswith("x-"):
                continue
            section = self.section(key)
            if key == "organisation":
                for sub in ("groups", "roles"):
                    self.value(get(old, key, sub), get(new, key, sub), (key, sub), self.section(sub), "")
                continue
            self.value(old.get(key), new.get(key), (key,), section, "")

    def section(self, key: str) -> str:
        return self.labels["sections"].get(key, key)

    def field_label(self, key: str) -> str:
        return self.labels["fields"].get(key, key)

    def value(self, old: Any, new: Any, path: tuple[str, ...], subject: str, field_: str, where: str = "") -> None:
        """Compare two values at schema path `path`; `subject` names the thing they belong to."""
        if old == new:
            return
        if (
            REFERENCES.get(path)
            and isinstance(old, list)
            and isinstance(new, list)
            and sorted(map(str, old)) == sorted(map(str, new))
        ):
            return  # the same ids, reordered
        where = where or ".".join(path)
        match = MATCH_BY.get(path)
        if match and (isinstance(old, list) or isinstance(new, list)):
            self.items(old or [], new or [], path, match, where, subject if len(path) > 1 else "")
            return
        if path == ("limits",) and isinstance(old, dict) and isinstance(new, dict):
            if (old.get("max"), old.get("currency")) != (new.get("max"), new.get("currency")):
                self.out.append(
                    Change(
                        "changed",
                        "limits",
                        subject,
                        self.field_label("max"),
                        self.money(old, 0),
                        self.money(new, 1),
                        f"{where}.max",
                    )
                )
            old = {k: v for k, v in old.items() if k not in ("max", "currency")}
            new = {k: v for k, v in new.items() if k not in ("max", "currency")}
        if isinstance(old, dict) or isinstance(new, dict):
            old_map = old if isinstance(old, dict) else {}
            new_map = new if isinstance(new, dict) else {}
            for key in _ordered_keys(old_map, new_map):
                if key.startswith("x-"):
                    continue
                label = self.field_label(key)
                sub_subject = subject if not field_ else f"{subject} {field_}"
                self.value(old_map.get(key), new_map.get(key), path + (key,), sub_subject, label, f"{where}.{key}")
            return
        if _is_text_list(old, new) and path not in REFERENCES:
            self.text_list(old or [], new or [], subject, field_, where)
            return
        self.out.append(Change("changed", path[0], subject, field_, self.show(old, path, 0), self.show(new, path, 1), where))

    def items(self, old: list, new: list, path: tuple[str, ...], match: str, where: str, parent: str) -> None:
        section = path[-1]
        old_keyed = _keyed(old, match)
        new_keyed = _keyed(new, match)
        for key, item in old_keyed.items():
            if key not in new_keyed:
                self.out.append(
                    Change(
                        "removed",
                        path[0],
                        self.subject(section, item, key, 0, parent),
                        old=self.gist(item, path, 0),
                        path=f"{where}[{key}]",
                    )
                )
        for key, item in new_keyed.items():
            if key in old_keyed:
                subject = self.subject(section, item, key, 1, parent)
                self.value(old_keyed[key], item, path, subject, "", f"{where}[{key}]")
            else:
                self.out.append(
                    Change(
                        "added",
                        path[0],
                        self.subject(section, item, key, 1, parent),
                        new=self.gist(item, path, 1),
                        path=f"{where}[{key}]",
                    )
                )

    def subject(self, section: str, item: Any, key: Any, side: int, parent: str = "") -> str:
        """`Role “Group Leader (Branch President)”`, `限额「紧急用款援助」`, `Scenario “X” step 2`."""
        label = self.section(section)
        if section in ("actions", "escalation"):
            number = self.labels["step_n" if section == "actions" else "rule_n"].format(int(key) + 1)
            if section == "escalation":
                number = f"{label}{number}" if self.lang == "zh-CN" else f"{label} {int(key) + 1}"
            return f"{parent}{'' if self.lang == 'zh-CN' else ' '}{number}" if parent else number
        name = self.item_name(item, side) if isinstance(item, dict) else str(key)
        if section == "thresholds" and parent:  # 响应级别「重大」量化标准「人数」
            space = "" if self.lang == "zh-CN" else " "
            return f"{parent}{space}{label}{space}{self.labels['quote'].format(name)}"
        return (
            f"{label}{self.labels['quote'].format(name)}"
            if self.lang == "zh-CN"
            else f"{label} {self.labels['quote'].format(name)}"
        )

    def item_name(self, item: dict, side: int) -> str:
        for key in ("title", "name", "what", "to", "version", "measure"):
            if isinstance(item.get(key), str) and item[key]:
                name = item[key]
                if isinstance(item.get("holder"), str) and item["holder"] and item["holder"] != name:
                    name += f"（{item['holder']}）" if self.lang == "zh-CN" else f" ({item['holder']})"
                return name
        if isinstance(item.get("step"), str):
            return self.field_label("step") + " " + item["step"]
        return str(item.get("id", "?"))

    def gist(self, item: Any, path: tuple[str, ...], side: int) -> str | None:
        """A short description of an added or removed item: its main value."""
        if not isinstance(item, dict):
            return None
        if path == ("limits",) and "max" in item:
            return self.money(item, side)
        if path == ("levels", "thresholds") and "min" in item:
            return f"≥ {item['min']}{'' if self.lang == 'zh-CN' else ' '}{item.get('unit') or ''}".rstrip()
        if path == ("time_limits",) and "within" in item:
            return words.within(str(item["within"]), self.lang)
        if path in (("scenarios", "actions"),) and "do" in item:
            parts = [str(item["do"])]
            if item.get("by"):
                parts.append(self.name(item["by"], side))
            if item.get("within"):
                parts.append(words.within(str(item["within"]), self.lang))
            return "，".join(parts) if self.lang == "zh-CN" else ", ".join(parts)
        return None

    def money(self, item: dict, side: int) -> str:
        amount = item.get("max")
        if isinstance(amount, (int, float)) and not isinstance(amount, bool):
            return words.money(amount, str(item.get("currency", "")), self.lang)
        return str(amount)

    def name(self, ident: Any, side: int) -> str:
        return self.names[side].get(ident, str(ident)) if isinstance(ident, str) else str(ident)

    def show(self, value: Any, path: tuple[str, ...], side: int) -> str:
        """A value in words."""
        if value is None:
            return self.labels["none"]
        if path in REFERENCES:
            if isinstance(value, list):
                return words.join([self.name(v, side) for v in value], self.lang) or self.labels["none"]
            return self.name(value, side)
        if path == ("time_limits", "party") and value in PARTIES:
            return PARTIES[value][self.lang]
        if path == ("document", "type") and value in TYPES:
            return TYPES[value][self.lang]
        last = path[-1]
        if last in DURATIONS and isinstance(value, str):
            return words.duration(value, self.lang)
        if path in DATES and isinstance(value, str):
            return words.day(value, self.lang)
        if isinstance(value, list):
            return words.join([str(v) for v in value], self.lang) or self.labels["none"]
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)

    def text_list(self, old: list, new: list, subject: str, field_: str, where: str) -> None:
        added = [str(v) for v in new if v not in old]
        removed = [str(v) for v in old if v not in new]
        if not added and not removed:
            return  # only reordered
        labels = self.labels
        parts = []
        if added:
            parts.append(f"{labels['items_added']} " + words.join([labels["quote"].format(v) for v in added], self.lang))
        if removed:
            parts.append(f"{labels['items_removed']} " + words.join([labels["quote"].format(v) for v in removed], self.lang))
        section = where.split(".")[0].split("[")[0]
        self.out.append(Change("changed", section, subject, field_, None, labels["sep"].join(parts), where))


def _ordered_keys(old: dict, new: dict) -> list[str]:
    keys = [k for k in new if isinstance(k, str)]
    keys += [k for k in old if isinstance(k, str) and k not in new]
    return keys


def _keyed(items: list, match: str) -> dict[Any, Any]:
    """Items by their identity (first wins on duplicates; lint reports those)."""
    keyed: dict[Any, Any] = {}
    for index, item in enumerate(items):
        if match == POSITION:
            key: Any = index
        elif isinstance(item, dict) and isinstance(item.get(match), (str, int, float)):
            key = item[match]
        else:
            key = f"#{index}"
        keyed.setdefault(key, item)
    return keyed


def _is_text_list(old: Any, new: Any) -> bool:
    return all(v is None or (isinstance(v, list) and all(isinstance(x, str) for x in v)) for v in (old, new))


def _names(data: Any, lang: str) -> dict[str, str]:
    """id -> the name a reader knows it by (the renderer's names, so documents and diffs agree)."""
    from plancraft.names import build_names

    return build_names(data, lang)


# --------------------------------------------------------------------------- output


def render(result: PlanDiff, fmt: str = "text") -> str:
    """The diff as `fmt`, one of FORMATS."""
    return FORMATS[fmt](result)


def _text(result: PlanDiff) -> str:
    lines = [
        f"{'+' if c.kind == 'added' else '-' if c.kind == 'removed' else '~'} {c.sentence(result.language)}"
        for c in result.changes
    ]
    return "\n".join(lines + [result.summary()]) + "\n"


def _json(result: PlanDiff) -> str:
    payload = {
        "old": result.old,
        "new": result.new,
        "language": result.language,
        "summary": result.summary(),
        "changes": [asdict(c) | {"text": c.sentence(result.language)} for c in result.changes],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _markdown(result: PlanDiff) -> str:
    labels = _LABELS[result.language]
    out = [f"### {labels['title_md']}", "", result.summary()]
    for kind in ("changed", "added", "removed"):
        changes = [c for c in result.changes if c.kind == kind]
        if not changes:
            continue
        out += ["", f"**{labels[kind]}**", ""]
        out += [f"- {_md_escape(c.sentence(result.language))}" for c in changes]
    return "\n".join(out) + "\n"


def _md_escape(text: str) -> str:
    text = " ".join(text.split())
    for char in "\\`*_[]<>|":
        text = text.replace(char, "\\" + char)
    return text


# Output format -> the function that writes it (`plancraft diff --format`).
FORMATS = {"text": _text, "markdown": _markdown, "json": _json}
