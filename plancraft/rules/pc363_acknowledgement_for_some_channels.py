"""Every complaint is acknowledged, whichever way it was made.

A procedure that acknowledges only the complaints that arrive in writing ("Written acknowledgement will only be
provided in respect of complaints received by letter or email", 仅对书面投诉出具回执) leaves the complainant who
phoned or came in person without any record that the complaint was received, who has it, or when the answer will
come — and those are often the complainants who most need it. FCA DISP 1.6.1R asks a firm to send a prompt
written acknowledgement on receipt of *a* complaint, however made. Accept the complaint in any channel and
acknowledge every one (in writing, or by the channel the complainant used).

Reported is each step (`do` or `when`) and time limit (`what`) of a complaint plan whose text acknowledges the
complaint (acknowledge, confirm receipt, 回执, 确认收到, …) and limits that to some channels: "only" with letters,
e-mail, writing or online forms; "not"/"no" with phone calls, in person, verbal; 仅/只 with 书面, 信函, 邮件;
电话/口头/现场 … 不出具回执. The words are in `plancraft/rules/vocabulary.py` (ACKNOWLEDGE, ACK_SOME_CHANNELS).

Passing::

    document: {id: p, title: Complaints procedure, type: complaint-procedure, language: en}
    scenarios:
      - id: receipt
        title: Receiving a complaint
        actions:
          - {do: Acknowledge every complaint in writing, however it was made, within: 5wd}

Failing::

    document: {id: p, title: Complaints procedure, type: complaint-procedure, language: en}
    scenarios:
      - id: receipt
        title: Receiving a complaint
        actions:
          - {do: Send an acknowledgement, within: 7d}
          - {do: Written acknowledgement will only be provided for complaints received by letter or email}
"""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Finding, Severity
from plancraft.i18n import _
from plancraft.model import Plan
from plancraft.rules.presence import is_complaint_plan
from plancraft.rules.vocabulary import ACK_SOME_CHANNELS, ACKNOWLEDGE

CODE = "PC363"
NAME = "acknowledgement-for-some-channels"
GROUP = "deadlines"
SEVERITY = Severity.WARNING
SUMMARY = "Every complaint is acknowledged, not only those made in writing"
SOURCE = (
    "FCA DISP 1.6.1R (a prompt written acknowledgement on receipt of a complaint; read in the primary text, "
    "handbook.fca.org.uk DISP 1.6); ISO 10002:2018 (acknowledgement of complaints); held-out plans: EFG Bank "
    "Hong Kong"
)
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def _limited(text: object) -> str | None:
    if not isinstance(text, str) or not ACKNOWLEDGE.search(text):
        return None
    found = ACK_SOME_CHANNELS.search(text)
    return found.group(0) if found else None


def check(plan: Plan, options: dict) -> Iterator[Finding]:
    if not is_complaint_plan(plan):
        return
    for path, limit in plan.items("time_limits"):
        said = _limited(limit.get("what"))
        if said:
            yield plan.finding(
                (*path, "what"),
                _(
                    "time limit `{get}` acknowledges only the complaints made some ways (“{said}”); a complaint made "
                    "another way is never acknowledged — acknowledge every complaint, whatever the channel"
                ).format(get=limit.get("id"), said=said),
            )
    for path, scenario in plan.items("scenarios"):
        for step_path, step in plan.items(*path, "actions"):
            for key in ("do", "when"):
                said = _limited(step.get(key))
                if said:
                    yield plan.finding(
                        (*step_path, key),
                        _(
                            "step {value} of scenario `{get}` acknowledges only the complaints made some ways "
                            "(“{said}”); a complaint made another way is never acknowledged — acknowledge every "
                            "complaint, whatever the channel"
                        ).format(value=step_path[-1] + 1, get=scenario.get("id"), said=said),
                    )
                    break
