"""The rule catalogue: one module per rule, registered explicitly in RULES.

A rule module has CODE, NAME, GROUP (one of GROUPS), SEVERITY (its default), SUMMARY, SOURCE,
CLAUSES, OPTIONS (name -> rules.options.Option), optionally DOCUMENT_TYPES (the kinds of document
it judges, see `applies_to`; absent: every kind) and `check(plan, options)` yielding
`plan.finding(path, message)`: the engine fills in the code and severity. Its docstring
(rationale, a passing and a failing example) is its user documentation, printed by
`plancraft explain` and docs/rules.md; tests/rules/test_documented_examples.py runs the examples.
Shared code lives in rules/helpers.py, never in another rule's module.

Adding a rule: copy a neighbour to pcNNN_name.py, add its line to MODULES, write
tests/rules/test_pcNNN_name.py, regenerate docs/rules.md. Nothing else.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module
from types import ModuleType

from plancraft.model import DOCUMENT_TYPES
from plancraft.rules.options import Option

# The rule groups (`--select approvals`; the SARIF tag), in catalogue order.
GROUPS: tuple[str, ...] = (
    "references",
    "levels",
    "organisation",
    "limits",
    "deadlines",
    "management",
    "document",
    "text",
    "approvals",
    "parent",
)

# The registry: every rule module by name, in catalogue order. A new rule is added here.
MODULES: tuple[str, ...] = (
    "pc101_undefined_reference",
    "pc102_duplicate_id",
    "pc103_time_limit_chain_cycle",
    "pc104_escalation_loop",
    "pc105_unused_definition",
    "pc106_level_without_scenario",
    "pc107_scenario_without_actions",
    "pc108_scenario_without_owner",
    "pc109_no_procedure",
    "pc201_too_few_levels",
    "pc202_level_without_criteria",
    "pc203_level_without_lead",
    "pc204_level_without_notify",
    "pc205_level_without_end_condition",
    "pc206_lead_falls_with_severity",
    "pc207_top_level_without_external",
    "pc208_group_incomplete",
    "pc209_missing_backup",
    "pc210_role_without_duties",
    "pc211_leader_without_24h_contact",
    "pc212_vague_owner",
    "pc213_top_level_without_authority",
    "pc214_external_without_contact",
    "pc215_level_thresholds_inconsistent",
    "pc216_major_complaint_triggers",
    "pc217_no_organisation",
    "pc218_levels_reversed",
    "pc220_level_criteria_unmeasured",
    "pc301_vip_cap_below_ordinary",
    "pc302_cap_without_approver",
    "pc303_deadline_shrinks_along_chain",
    "pc304_deadline_beyond_statutory_period",
    "pc305_step_without_deadline",
    "pc306_no_deadlines",
    "pc307_no_decision_deadline",
    "pc308_immediate_without_deadline",
    "pc309_time_limit_without_start",
    "pc310_time_limit_without_owner",
    "pc350_hedged_deadline",
    "pc351_no_acknowledgement",
    "pc352_ungraded_step_without_deadline",
    "pc353_acknowledgement_without_time",
    "pc354_excessive_decision_period",
    "pc355_conflicting_deadlines",
    "pc356_no_acknowledgement_step",
    "pc357_slow_urgent_on_site",
    "pc359_delay_letter_incomplete",
    "pc361_ombudsman_time_limit",
    "pc363_acknowledgement_for_some_channels",
    "pc401_drills_too_rare",
    "pc402_review_too_rare",
    "pc403_review_without_triggers",
    "pc404_training_without_frequency",
    "pc405_reporting_incomplete",
    "pc406_monitoring_without_sources",
    "pc407_no_support_resources",
    "pc408_no_aftermath",
    "pc409_no_channels",
    "pc410_no_privacy_clause",
    "pc411_no_media_spokesperson",
    "pc412_no_accountability",
    "pc450_no_own_channel",
    "pc451_channel_unusable",
    "pc452_no_escalation_route",
    "pc501_document_without_number",
    "pc502_document_without_version",
    "pc503_document_without_basis",
    "pc504_no_distribution",
    "pc505_revision_version_mismatch",
    "pc510_placeholder_text",
    "pc511_empty_text",
    "pc512_foreign_bank_name",
    "pc513_not_stated",
    "pc550_document_without_issuer",
    "pc551_basis_misnamed",
    "pc552_abbreviation_mismatch",
    "pc601_approvals_out_of_order",
    "pc602_approval_dates_backwards",
    "pc603_not_approved",
    "pc604_stale_approval",
    "pc605_approval_without_digest",
    "pc606_effective_before_approval",
    "pc607_approver_not_leader",
    "pc610_history_versions_increase",
    "pc611_history_digest_duplicate",
    "pc612_current_version_in_history",
    "pc613_version_without_revision_row",
    "pc614_approved_without_effective_date",
    "pc615_history_approvals_unbound",
    "pc620_approval_chain_incomplete",
    "pc621_review_date_out_of_range",
    "pc701_parent_unreadable",
    "pc702_cap_exceeds_parent",
    "pc703_deadline_exceeds_parent",
    "pc704_parent_level_missing",
)

RULES: tuple[ModuleType, ...] = tuple(import_module(f"plancraft.rules.{name}") for name in MODULES)

BY_CODE: dict[str, ModuleType] = {rule.CODE: rule for rule in RULES}


def declared_options() -> dict[str, Option]:
    """Every rule option as declared (option names are shared across rules)."""
    options: dict[str, Option] = {}
    for rule in RULES:
        options.update(rule.OPTIONS)
    return options


def default_options() -> dict[str, object]:
    """Every rule option with its default (a dict of its own for each caller; every plan starts from it)."""
    return dict(_defaults())


@lru_cache(maxsize=1)
def _defaults() -> tuple[tuple[str, object], ...]:
    return tuple((name, option.default) for name, option in declared_options().items())


def document_types(rule: ModuleType) -> tuple[str, ...]:
    """The document types (`document.type`) a rule judges: its DOCUMENT_TYPES, else every type.
    An emergency plan is asked for drills and a spokesperson; a complaint procedure is not."""
    return tuple(getattr(rule, "DOCUMENT_TYPES", DOCUMENT_TYPES))


@lru_cache(maxsize=None)  # asked for every rule of every plan
def applies_to(rule: ModuleType, document_type: str) -> bool:
    """True when `rule` judges documents of `document_type`. The engine and the audit ask this, so a
    rule never tests the type itself."""
    return document_type in document_types(rule)
