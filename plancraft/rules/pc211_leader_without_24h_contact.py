"""STUB — to be written: leader-without-24h-contact."""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Diagnostic, Severity
from plancraft.model import Plan

CODE = "PC211"
NAME = "leader-without-24h-contact"
SEVERITY = Severity.WARNING
SUMMARY = "STUB"
SOURCE = "STUB"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Diagnostic]:
    return iter(())
