"""`plancraft audit`: the state of a whole portfolio of plans at a glance.

    from plancraft.audit import audit, render
    result = audit(["plans/"], as_of=datetime.date(2026, 1, 1))
    print(render(result, "text"))
    sys.exit(result.exit_code)

collect.py gathers the data per plan and across the portfolio (status, reviews, findings,
parents), coverage.py judges each standards clause per plan, `audit()` here puts the two together, and one report_*.py module per output format turns the Audit into
text. Every report is a pure function of the Audit and the as-of date: the same plans give
the same output, byte for byte.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterable

from plancraft.audit.collect import UNAPPROVED_AFTER, Audit, PlanAudit, audit_plan, summarise
from plancraft.audit.coverage import coverage
from plancraft.i18n import _

FORMATS = ("text", "json", "markdown", "html")


def audit(paths: Iterable[str], *, as_of: dt.date | None = None, unapproved_after: str = UNAPPROVED_AFTER) -> Audit:
    """Audit every plan under `paths` as of `as_of` (default: today). Never prints.

    A version in the file whose revision row is older than `unapproved_after` (a duration, default
    30 days) and that is not approved is reported as waiting for approval.

    Raises plancraft.lint.config.ConfigError for an unusable configuration file.
    """
    from plancraft.lint.engine import plan_files

    as_of = as_of or dt.date.today()
    plans: list[PlanAudit] = []
    seen: set[Path] = set()
    for name, path in plan_files(paths):
        if path is not None:
            resolved = path.resolve()
            if resolved in seen:  # the same file named twice (`plans/ plans/seed`)
                continue
            seen.add(resolved)
        plans.append(audit_plan(name, path, as_of=as_of, unapproved_after=unapproved_after))
    return Audit(as_of, plans, summarise(plans), coverage(plans))


# Output format -> the module that writes it (imported on use: html is the only one that is big).
REPORTS = {
    "text": "plancraft.audit.report_text",
    "json": "plancraft.audit.report_json",
    "markdown": "plancraft.audit.report_markdown",
    "html": "plancraft.audit.report_html",
}


def render(result: Audit, fmt: str) -> str:
    """The audit as `fmt` (one of FORMATS)."""
    from importlib import import_module

    if fmt not in REPORTS:
        raise ValueError(_("unknown audit format `{fmt}`; use one of {items}").format(fmt=fmt, items=', '.join(FORMATS)))
    return import_module(REPORTS[fmt]).render(result)


__all__ = ["FORMATS", "Audit", "PlanAudit", "audit", "render"]
