"""Shared fixtures for the audit tests: the portfolio in tests/fixtures/portfolio, audited as of one day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

PORTFOLIO = Path(__file__).resolve().parent.parent / "fixtures" / "portfolio"
AS_OF = dt.date(2026, 3, 1)


@pytest.fixture(scope="session")
def portfolio_audit():
    from plancraft.audit import audit

    return audit([str(PORTFOLIO)], as_of=AS_OF)


def by_name(result, name: str):
    """The PlanAudit of the fixture file `name` (e.g. "approved.yaml")."""
    matches = [p for p in result.plans if p.file.replace("\\", "/").endswith("portfolio/" + name)]
    assert len(matches) == 1, f"{name}: {[p.file for p in result.plans]}"
    return matches[0]
