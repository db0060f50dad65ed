"""STUB — to be written: parent-level-missing."""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Diagnostic, Severity
from plancraft.model import Plan

CODE = "PC704"
NAME = "parent-level-missing"
SEVERITY = Severity.WARNING
SUMMARY = "STUB"
SOURCE = "STUB"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Diagnostic]:
    return iter(())
