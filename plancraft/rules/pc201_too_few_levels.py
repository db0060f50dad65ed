"""STUB — to be written: too-few-levels."""

from __future__ import annotations

from typing import Iterator

from plancraft.diagnostics import Diagnostic, Severity
from plancraft.model import Plan

CODE = "PC201"
NAME = "too-few-levels"
SEVERITY = Severity.WARNING
SUMMARY = "STUB"
SOURCE = "STUB"
CLAUSES: tuple[str, ...] = ()
VERIFIED = True
OPTIONS: dict[str, object] = {}


def check(plan: Plan, options: dict) -> Iterator[Diagnostic]:
    return iter(())
