"""Shared test helpers."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from plancraft.lint.config import Config
from plancraft.lint.engine import lint_plan, run_rule
from plancraft.loader import load_bytes
from plancraft.model import Plan

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "plans"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def bundled_plans(heldout_at_most: int) -> list[Path]:
    """Every plan under plans/, but of the held-out transcriptions (thousands, written to one brief for measuring
    `import`, laid out alike) an evenly spread sample of at most `heldout_at_most`: a check that runs each plan through
    the parser or fmt learns little from the thousandth plan laid out like the others, and the CI has 15 minutes."""
    plans = sorted(PLANS.rglob("*.yaml"))
    heldout = [p for p in plans if p.parent.name.startswith("heldout")]
    step = max(1, -(-len(heldout) // heldout_at_most))
    return [p for p in plans if not p.parent.name.startswith("heldout")] + heldout[::step]


def snippet_plan(text: str, name: str = "snippet.yaml") -> Plan:
    """A Plan from YAML text (dedented), without the schema check, for rule tests."""
    from plancraft.rules import default_options

    loaded = load_bytes(textwrap.dedent(text).encode("utf-8"), name)
    return Plan(loaded, options=default_options())


def rule_findings(code: str, text: str, **options) -> list[tuple[int, int, str]]:
    """(line, col, message) of what rule `code` finds in the YAML snippet `text`."""
    from plancraft.rules import BY_CODE

    plan = snippet_plan(text)
    plan.options.update(options)
    return [(d.line, d.column, d.message) for d in run_rule(BY_CODE[code], plan, plan.options)]


def positions(code: str, text: str, **options) -> list[tuple[int, int]]:
    """Just the (line, col) of each finding of `code`, in order."""
    return sorted((line, col) for line, col, _ in rule_findings(code, text, **options))


def lint_text(text: str, name: str = "snippet.yaml", config: Config | None = None):
    """All rule findings (after suppressions) for a YAML snippet, without the schema check."""
    loaded = load_bytes(textwrap.dedent(text).encode("utf-8"), name)
    return lint_plan(loaded, config or Config())


def require_tool(found: object, message: str) -> None:
    """Skip a test whose outside tool is missing — but fail in CI, where .ci/run installs it."""
    if found:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{message}; .ci/run should have installed it")
    pytest.skip(message)


@pytest.fixture(autouse=True)
def _english_by_default(monkeypatch):
    """Tests read English unless they choose a language: the machine's locale must not decide.

    The language is process-wide (a CLI run sets it), so it is put back to English after each test.
    """
    from plancraft import i18n

    monkeypatch.setenv("PLANCRAFT_LANG", "en")
    yield
    i18n.set_language("en")


@pytest.fixture
def plans_dir() -> Path:
    return PLANS


@pytest.fixture(autouse=True)
def _no_layout_pass(monkeypatch):
    """Renders in tests skip the LibreOffice layout pass for the contents' page numbers (seconds per
    render); tests/render/test_toc.py turns it back on where it proves something."""
    monkeypatch.setenv("PLANCRAFT_NO_LAYOUT", "1")
