"""The rule catalogue: one module per rule, registered explicitly in RULES.

A rule module has CODE, NAME, SEVERITY, SUMMARY, SOURCE, CLAUSES, OPTIONS and
`check(plan, options)` yielding Diagnostics; its docstring (rationale, a passing and a
failing example) is its user documentation, printed by `plancraft explain` and docs/rules.md.
Codes by area: PC1xx references and ids, PC2xx levels and organisation, PC3xx limits and
time limits, PC4xx plan management, PC5xx document and text, PC6xx approvals, PC7xx parent plan,
PC9xx suppressions.
"""

from __future__ import annotations

from types import ModuleType

from plancraft.rules import (
    pc101_undefined_reference,
    pc102_duplicate_id,
)

RULES: tuple[ModuleType, ...] = (
    pc101_undefined_reference,
    pc102_duplicate_id,
)

BY_CODE: dict[str, ModuleType] = {rule.CODE: rule for rule in RULES}


def default_options() -> dict[str, object]:
    """Every rule option with its default (option names are shared across rules)."""
    options: dict[str, object] = {}
    for rule in RULES:
        options.update(rule.OPTIONS)
    return options
