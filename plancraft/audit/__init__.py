"""`plancraft audit`: the state of a whole portfolio of plans at a glance.

    from plancraft.audit import audit, render
    result = audit(["plans/"], as_of=datetime.date(2026, 1, 1))
    print(render(result, "text"))
    sys.exit(result.exit_code)

collect.py gathers the data (status, reviews, findings, parents), coverage.py judges each
standards clause per plan, and one report_*.py module per output format turns the Audit into
text. Every report is a pure function of the Audit and the as-of date: the same plans give
the same output, byte for byte.
"""

from __future__ import annotations

from plancraft.i18n import _

from plancraft.audit.collect import Audit, PlanAudit, audit

FORMATS = ("text", "json", "markdown", "html")


def render(result: Audit, fmt: str) -> str:
    """The audit as `fmt` (one of FORMATS)."""
    if fmt == "json":
        from plancraft.audit.report_json import render as report
    elif fmt == "markdown":
        from plancraft.audit.report_markdown import render as report
    elif fmt == "html":
        from plancraft.audit.report_html import render as report
    elif fmt == "text":
        from plancraft.audit.report_text import render as report
    else:
        raise ValueError(_("unknown audit format `{fmt}`; use one of {items}").format(fmt=fmt, items=', '.join(FORMATS)))
    return report(result)


__all__ = ["FORMATS", "Audit", "PlanAudit", "audit", "render"]
