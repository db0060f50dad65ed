"""plancraft: emergency response plans as checked, linted, rendered and signed YAML files.

The public API is importable from here; each name is loaded on first use so that
`import plancraft` stays cheap (the lint path never loads python-docx or jinja2):

    import plancraft
    plan = plancraft.load("plans/examples/bank-branch.zh.yaml")
    errors = plancraft.validate(plan)
    report = plancraft.check_paths(["plans/"])          # schema + every rule
    docx_bytes = plancraft.render_docx(plan.data)
    plancraft.digest(plan.data)                          # 'sha256:…'

The command line (`plancraft.cli`) is a thin layer over these.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.2.0"

_API = {
    "load": "plancraft.loader",
    "load_bytes": "plancraft.loader",
    "LoadedPlan": "plancraft.loader",
    "Diagnostic": "plancraft.diagnostics",
    "Severity": "plancraft.diagnostics",
    "PlanError": "plancraft.diagnostics",
    "validate": "plancraft.schema",
    "check_paths": "plancraft.lint.engine",
    "lint_plan": "plancraft.lint.engine",
    "render_docx": "plancraft.render",
    "digest": "plancraft.signoff",
    "sign": "plancraft.signoff",
    "diff_plans": "plancraft.diff",
    "format_text": "plancraft.fmt",
}

__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    if name in _API:
        return getattr(import_module(_API[name]), name)
    raise AttributeError(f"module 'plancraft' has no attribute {name!r}")
