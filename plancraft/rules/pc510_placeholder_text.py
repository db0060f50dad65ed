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

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.model import Plan
from plancraft.rules.options import PATTERNS, Option
from plancraft.rules.helpers import compile_patterns, excerpt, find_placeholders, prose

CODE = "PC510"
NAME = "placeholder-text"
GROUP = "text"
SEVERITY = Severity.ERROR
SUMMARY = "No placeholder (***, ××, XX, 【待补充】, 待定, TODO) is left in the text"
SOURCE = "good practice; seed plan 篇8 (`**银行**分行`, `***`)"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS = {"placeholder-patterns": Option(PATTERNS, [], "extra regular expressions that mark a placeholder")}

def check(plan: Plan, options: dict) -> Iterator[Finding]:
    extra = compile_patterns(options.get("placeholder-patterns", []))
    for path, text in prose(plan):
        found = find_placeholders(text, extra)
        if not found:
            continue
        names = ", ".join(f"`{p}`" for p in found[:3]) + (f" and {len(found) - 3} more" if len(found) > 3 else "")
        what = "placeholder" if len(found) == 1 else "placeholders"
        yield plan.finding(
            path,
            f"{what} {names} left in the text (“{excerpt(text, found[0])}”); "
            f"write the real name, number or wording before the plan is issued",
        )
