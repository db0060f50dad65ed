"""No placeholder is left in the text.

Plans are often written from a template or copied from another unit's plan with the names
blanked out: `**银行**分行`, `***`, `××支行`, `XX`, `【待补充】`, `待定`, `TODO`. A placeholder
left in a plan that is issued means a name, a phone number or a duty that nobody filled
in, and on the day the reader finds a blank. Each text that still holds one is reported at
that text, naming what was found.

Found: a run of two or more `*`; `××`, `XX` or `xx` (also full-width `ＸＸ`, `○○`, `□□`) as a
token of its own or inside Chinese text (not inside a word such as `XXL`); any `【…】` with
`待` in it (`【待补充】`, `【待填写】`); `待补充`, `待填写`, `待定`; `TODO`, `TBD`, `FIXME`.
Add your own regular expressions with the option `placeholder-patterns`, e.g.
`["某某", "\\?\\?"]`. Ids, references, digests and `x-` extension keys are not read.

Passing::

    document:
      issuer: 示例银行梁平支行
    organisation:
      roles:
        - {id: office-head, title: 办公室主任, holder: 综合部经理}

Failing::

    document:
      issuer: "**银行**分行"          # placeholder `**`
    organisation:
      roles:
        - {id: office-head, title: 办公室主任, holder: 【待补充】}
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from plancraft.diagnostics import Diagnostic, Severity
from plancraft.loader import YamlPath
from plancraft.i18n import _, ngettext
from plancraft.model import Plan

CODE = "PC510"
NAME = "placeholder-text"
SEVERITY = Severity.ERROR
SUMMARY = "No placeholder (***, ××, XX, 【待补充】, 待定, TODO) is left in the text"
SOURCE = "good practice; seed plan 篇8 (`**银行**分行`, `***`)"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {"placeholder-patterns": []}

PLACEHOLDER = re.compile(
    r"\*{2,}"
    r"|×{2,}|Ｘ{2,}|ｘ{2,}|○{2,}|□{2,}"
    r"|(?<![A-Za-z])(?:X{2,}|x{2,})(?![A-Za-z])"
    r"|【[^】]*待[^】]*】"
    r"|待补充|待填写|待定"
    r"|(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])"
)

# Values that are not prose: ids, references and digests are checked by their own rules.
_NOT_TEXT_KEYS = {"id", "digest"}


def compile_patterns(patterns: object) -> list[re.Pattern]:
    """The user's extra patterns; one that is not a valid regular expression is taken literally."""
    compiled = []
    for pattern in patterns if isinstance(patterns, (list, tuple)) else ():
        if not isinstance(pattern, str) or not pattern:
            continue
        try:
            compiled.append(re.compile(pattern))
        except re.error:
            compiled.append(re.compile(re.escape(pattern)))
    return compiled


def find_placeholders(text: str, extra: Iterable[re.Pattern] = ()) -> list[str]:
    """Each distinct placeholder in `text`, in order of appearance."""
    spans = [(m.start(), m.group()) for m in PLACEHOLDER.finditer(text)]
    for pattern in extra:
        spans += [(m.start(), m.group()) for m in pattern.finditer(text) if m.group()]
    found: list[str] = []
    for _start, placeholder in sorted(spans):
        if placeholder not in found:
            found.append(placeholder)
    return found


def prose(plan: Plan) -> Iterator[tuple[YamlPath, str]]:
    """Every text of the plan that people wrote: not ids, references, digests or `x-` extensions."""
    references = {ref.path for ref in plan.references}
    for path, text in plan.texts():
        if path in references or any(isinstance(p, str) and p.startswith("x-") for p in path):
            continue
        if path and path[-1] in _NOT_TEXT_KEYS:
            continue
        yield path, text


def excerpt(text: str, placeholder: str, width: int = 12) -> str:
    """A short stretch of `text` around the first `placeholder`, on one line."""
    start = text.find(placeholder)
    if start < 0:
        return ""
    left, right = max(0, start - width), min(len(text), start + len(placeholder) + width)
    piece = " ".join(text[left:right].split())
    return ("…" if left else "") + piece + ("…" if right < len(text) else "")


def check(plan: Plan, options: dict) -> Iterator[Diagnostic]:
    extra = compile_patterns(options.get("placeholder-patterns", []))
    for path, text in prose(plan):
        found = find_placeholders(text, extra)
        if not found:
            continue
        names = ", ".join(f"`{p}`" for p in found[:3]) + (_(" and {value} more").format(value=len(found) - 3) if len(found) > 3 else "")
        yield plan.diagnostic(
            path, CODE, SEVERITY,
            ngettext("placeholder {names} left in the text (“{excerpt}”); write the real name, number or wording "
                     "before the plan is issued",
                     "placeholders {names} left in the text (“{excerpt}”); write the real name, number or wording "
                     "before the plan is issued", len(found)).format(names=names, excerpt=excerpt(text, found[0])),
        )
