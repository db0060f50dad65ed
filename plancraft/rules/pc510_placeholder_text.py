"""No placeholder is left in the text.

Plans are often written from a template or copied from another unit's plan with the names
blanked out: `**银行**分行`, `***`, `××支行`, `XX`, `【待补充】`, `待定`, `TODO`. A placeholder
left in a plan that is issued means a name, a phone number or a duty that nobody filled
in, and on the day the reader finds a blank. Each text that still holds one is reported at
that text, naming what was found.

Found: a run of two or more `*`; `××`, `XX` or `xx` (also full-width `ＸＸ`, `○○`, `□□`) as a
token of its own or inside Chinese text (not inside a word such as `XXL`); a single `X` or `×`
standing for a number before a unit (`罚金X元`, `X年X月X日`, not `X光`); a blank line `___`; any
`【…】` with `待`, `填写`, `补充` or `插入` in it (`【待补充】`, `【待填写】`) and an empty `【】` or
`[]`; `[insert …]`, `[enter …]`, `[name of …]`, `[TODO …]`, `<insert …>`; `待补充`, `待填写`,
`待定`; `TODO`, `TBD`, `TBC`, `TBA`, `FIXME`. In a text that names someone (`document.issuer`,
`document.title`, a `holder`, a `name`) also `某某` and a surname with 某 (`某某银行某某支行`, `张某`,
`李某某`): there they stand for a name nobody filled in, while in other prose (`如某某客户投诉`, a
form's description) they are an example. The format's own "not stated" mark (`【未载明】`,
`[not stated]`) is PC513's, not a placeholder. Nor is a labelled blank in an annex's text (投诉人:________,
"Name: ______"): an annexed form's fields are left blank for whoever fills the form in; the same blank
in the plan's own text is still reported. Nor is the address a transcribed plan was found at
(`document.source.address`: …/xxgk/… is 信息公开 in a Chinese government address), which is as published. The
words are listed once, in
`plancraft/rules/vocabulary.py`.
Add your own regular expressions with the option `placeholder-patterns`, e.g.
`["某某", "\\?\\?"]` to find 某某 in every text. Ids, references, a sign-off's digest, key and signature, and `x-` extension keys are not
read.

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

from plancraft.rules import lazyre as re  # compiled on first use: lint starts faster

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _, ngettext
from plancraft.model import Plan
from plancraft.rules import vocabulary
from plancraft.rules.options import PATTERNS, Option
from plancraft.rules.helpers import compile_patterns, excerpt, listed, find_placeholders, prose

CODE = "PC510"
NAME = "placeholder-text"
GROUP = "text"
SEVERITY = Severity.ERROR
SUMMARY = "No placeholder (***, ××, XX, X元, 【待补充】, [insert …], 待定, TODO) is left in the text"
SOURCE = "good practice; seed plan 篇8 (`**银行**分行`, `***`)"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS = {"placeholder-patterns": Option(PATTERNS, [], "extra regular expressions that mark a placeholder")}


# A labelled blank of a form (投诉人:________, "Name: ______"): the label, its colon, then a line to write on.
_FORM_FIELD = re.compile(r"(\S[:：])[ \t]*_{3,}")


_NAMES = [vocabulary.NAME_PLACEHOLDER]


def _names_someone(path: tuple) -> bool:
    """A text that names a person or an organisation: the issuer, the plan's title, a holder, a name."""
    return bool(path) and (path[-1] in vocabulary.NAME_KEYS or path == ("document", "title"))


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    extra = compile_patterns(options.get("placeholder-patterns", []))
    with_names = extra + _NAMES
    for path, text in prose(plan):
        first = path[0] if path else None
        if first == "document" and path[:3] == ("document", "source", "address"):
            continue  # where the text was found: an address as published (…/xxgk/… is 信息公开), not the plan's words
        if first == "annexes" and path[-1] == "text":
            text = _FORM_FIELD.sub(r"\1", text)  # a form's labelled blanks are for whoever fills it in
        found = find_placeholders(text, with_names if _names_someone(path) else extra)
        if not found:
            continue
        names = listed(f"`{p}`" for p in found[:3]) + (
            _(" and {value} more").format(value=len(found) - 3) if len(found) > 3 else ""
        )
        yield plan.finding(
            path,
            ngettext(
                "placeholder {names} left in the text (“{excerpt}”); write the real name, number or wording "
                "before the plan is issued",
                "placeholders {names} left in the text (“{excerpt}”); write the real name, number or wording "
                "before the plan is issued",
                len(found),
            ).format(names=names, excerpt=excerpt(text, found[0])),
        )
