"""Signing a plan prepared -> reviewed -> approved through the command line, for the revise and history
tests."""

from __future__ import annotations

from click.testing import CliRunner

from plancraft.cli import main

PEOPLE = {"prepared": ("李明", "office-head"), "reviewed": ("张华", "compliance-head"), "approved": ("王强", "president")}


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def sign_all(plan, dates):
    for step, date in zip(("prepared", "reviewed", "approved"), dates):
        name, role = PEOPLE[step]
        result = run("sign", plan, "--step", step, "--name", name, "--role", role, "--date", date)
        assert result.exit_code == 0, result.output
