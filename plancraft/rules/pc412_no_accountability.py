"""The plan says who answers for failures.

Deadlines and duties bind only if missing them has consequences. The plan should say who
answers when mishandling makes a complaint worse, when a deadline is missed or when a complaint
is hidden from the statistics, and that a handler with a direct interest steps aside. ISO
10002:2018 counts accountability among the guiding principles of complaints handling. Write it in
`accountability`.

Accountability that names only something else — attendance at a reception day (出勤率), leaking a
complainant's information (泄露信息), a performance indicator — still leaves nobody answering for the
failures that matter to a complainant: a complaint mishandled, passed around (推诿) or left past its
deadline (超期, 久拖不决). When no `accountability` item names such a failure of handling (不当,
推诿, 拖延, 超过时限, 逾期, 未及时处理, mishandling, delay, a missed deadline, unresolved) or a breach of
the procedure as a whole (违反本制度, "breach of this procedure"), the rule reports the section once: "每半年对院领导出勤率进行
考核" alone is such a section.
The words live in `plancraft/rules/vocabulary.py` (HANDLING_FAILURE).

Passing::

    accountability:
      - 因处置不当激化矛盾的，视后果追究当事人、网点负责人和分管领导的责任
      - 与投诉事项有直接利害关系的经办人员应当回避

Failing::

    accountability: []   # nobody answers for anything
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.rules.vocabulary import HANDLING_FAILURE

CODE = "PC412"
NAME = "no-accountability"
GROUP = "management"
SEVERITY = Severity.WARNING
SUMMARY = "The plan says who answers for failures (accountability)"
SOURCE = "good practice; ISO 10002:2018, guiding principle of accountability"
CLAUSES = ("ISO 10002:2018 4",)
VERIFIED = False
DOUBT = "the guiding principles are clause 4 of ISO 10002:2018 as far as known; not confirmed, cited without it"
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    data = plan.data if isinstance(plan.data, dict) else {}
    items = data.get("accountability")
    if items:
        texts = [str(item) for item in (items if isinstance(items, list) else [items]) if item]
        if not any(HANDLING_FAILURE.search(text) for text in texts):
            yield plan.finding(
                ("accountability",),
                _(
                    "accountability names no failure of complaint handling (only “{text}”); say who answers when a "
                    "complaint is mishandled, passed around or left past its deadline"
                ).format(text=_shorten(texts[0]) if texts else ""),
                at_key=True,
            )
        return
    where = plan.section_anchor("accountability")
    yield plan.finding(
        where,
        _(
            "the plan says nothing about accountability; add `accountability` items: who answers when "
            "mishandling makes a complaint worse or a deadline is missed, and that a handler with a direct "
            "interest steps aside"
        ),
        at_key=True,
    )


def _shorten(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
