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

from plancraft.audit.collect import UNAPPROVED_AFTER, Audit, PlanAudit, plan_audit, summarise
from plancraft.audit.coverage import coverage
from plancraft.i18n import _, listing

FORMATS = ("text", "json", "markdown", "html")


def audit(
    paths: Iterable[str],
    *,
    as_of: dt.date | None = None,
    unapproved_after: str = UNAPPROVED_AFTER,
    jobs: int = 1,
    use_cache: bool = True,
) -> Audit:
    """Audit every plan under `paths` as of `as_of` (default: today). Never prints.

    A version in the file whose revision row is older than `unapproved_after` (a duration, default
    30 days) and that is not approved is reported as waiting for approval.

    Each plan is read and parsed once, in `jobs` worker processes when there are many; its findings
    and facts come from the lint cache when they are there (`use_cache=False`: neither read nor
    written), and a parent plan is read once however many children name it.

    Raises plancraft.lint.config.ConfigError for an unusable configuration file and UsageError for an
    `unapproved_after` that is not a duration.
    """
    from plancraft import i18n
    from plancraft.durations import parse_duration
    from plancraft.errors import UsageError

    if parse_duration(unapproved_after) is None:
        from plancraft import ime

        typed = ime.duration_hint(unapproved_after)  # 30天, 一个月: the duration to write
        if typed is not None:
            raise UsageError(
                _("--unapproved-after `{value}` is not a duration; write `{suggestion}`").format(
                    value=unapproved_after, suggestion=typed.replacement
                )
            )
        raise UsageError(
            _("--unapproved-after `{value}` is not a duration; write e.g. 30d, 6w or 2mo").format(value=unapproved_after)
        )
    from plancraft.audit.facts import collect, collect_cached, preload
    from plancraft.lint.engine import new_run, plan_files, run_tasks

    as_of = as_of or dt.date.today()
    files: list[tuple[str, Path | None]] = []
    seen: set[Path] = set()
    for name, path in plan_files(paths):
        if path is not None:
            resolved = path.resolve()
            if resolved in seen:  # the same file named twice (`plans/ plans/seed`)
                continue
            seen.add(resolved)
        files.append((name, path))
    run, lang = new_run(), i18n.current()
    tasks = [(name, str(path) if path is not None else None, use_cache, lang, run) for name, path in files]
    memo: dict = {}
    plans = [
        plan_audit(found, as_of=as_of, unapproved_after=unapproved_after, memo=memo)
        for found in run_tasks(collect, tasks, jobs=jobs, cached=collect_cached if use_cache else None, preload=preload)
    ]
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
        raise ValueError(_("unknown audit format `{fmt}`; use one of {items}").format(fmt=fmt, items=listing(FORMATS)))
    return import_module(REPORTS[fmt]).render(result)


__all__ = ["FORMATS", "Audit", "PlanAudit", "audit", "render"]
