"""The built-in codes, described once: the codes a result can carry that are not rule modules.

PC001 (the file cannot be read), PC002 (schema), PC003 (`fmt` refused), PC901 and PC902
(suppressions). `plancraft rules` and `plancraft explain`, docs/rules.md, SARIF, JUnit and the
audit all read them from here, in the same shape as catalogue.rule_info(). The codes themselves
stay with the modules that emit them (loader, schema, fmt, lint.suppressions).
"""

from __future__ import annotations

from plancraft.codes import FORMAT_REFUSED, SCHEMA, UNREADABLE
from plancraft.codes import SUPPRESSION_WITHOUT_REASON as WITHOUT_REASON
from plancraft.codes import UNUSED_SUPPRESSION as UNUSED
from plancraft.lint.suppressions import META_CODES
from plancraft.i18n import N_


BUILTIN: tuple[dict, ...] = (
    {
        "code": UNREADABLE,
        "name": "unreadable-file",
        "group": "input",
        "severity": "error",
        "summary": N_("The plan file can be read as YAML within the input limits"),
        "source": N_("plancraft format, file basics"),
        "documentation": N_(
            "The file does not exist, is not UTF-8, is not valid YAML, or goes over an input limit "
            "(size, nesting depth, number of nodes; duplicate keys and custom tags are refused). "
            "Nothing else can be checked until it is fixed; the exit code is 2."
        ),
        "plan_format_anchor": "#file-basics",
    },
    {
        "code": SCHEMA,
        "name": "schema-error",
        "group": "input",
        "severity": "error",
        "summary": N_("The plan follows the plancraft format (JSON Schema)"),
        "source": N_("plancraft format, schema/plan.schema.json"),
        "documentation": N_(
            "A key is unknown or misspelt, a required key is missing, or a value has the wrong type or "
            "form (an id, a duration, a date, an amount). The lint rules run only on plans without "
            "schema errors."
        ),
        "plan_format_anchor": "",
    },
    {
        "code": FORMAT_REFUSED,
        "name": "format-refused",
        "group": "input",
        "severity": "error",
        "summary": N_("`plancraft fmt` can lay the file out without losing anything"),
        "source": "plancraft fmt",
        "documentation": N_(
            "`plancraft fmt` reads its output back before writing; when formatting would lose a comment or an "
            "anchor, or change a value, the file is left alone and this code names the place. Tidy that "
            "place by hand, or leave the file as it is."
        ),
        "plan_format_anchor": None,
        "lint": False,  # emitted by `plancraft fmt`, never in a lint report (SARIF, JUnit)
    },
    {
        "code": WITHOUT_REASON,
        "name": "suppression-without-reason",
        "group": "suppressions",
        "severity": "warning",
        "summary": META_CODES[WITHOUT_REASON],
        "source": "plancraft",
        "documentation": N_(
            "Write `# plancraft: ignore[PC123] reason` at the end of the line a finding is on, or "
            "alone on the line above it. A suppression must say why after the closing bracket, so "
            "that reviewers can judge it."
        ),
        "plan_format_anchor": None,
    },
    {
        "code": UNUSED,
        "name": "unused-suppression",
        "group": "suppressions",
        "severity": "warning",
        "summary": META_CODES[UNUSED],
        "source": "plancraft",
        "documentation": N_(
            "Write `# plancraft: ignore[PC123] reason` at the end of the line a finding is on, or "
            "alone on the line above it. A suppression that no longer matches a finding on the line "
            "it covers is stale; remove it."
        ),
        "plan_format_anchor": None,
    },
)

BY_CODE: dict[str, dict] = {entry["code"]: entry for entry in BUILTIN}
IN_LINT_REPORTS: tuple[dict, ...] = tuple(entry for entry in BUILTIN if entry.get("lint", True))
