"""Issue 3's acceptance: every listed fault found on its own line; examples clean; seeds as reviewed."""

import os

from click.testing import CliRunner

from plancraft.cli import main
from plancraft.lint.engine import check_paths
from tests.conftest import FIXTURES, PLANS, ROOT

SNAPSHOT = ROOT / "tests" / "snapshots" / "seed-findings.txt"


def test_every_listed_fault_is_found_on_its_line():
    report = check_paths([str(FIXTURES / "lint-done-when.yaml")], use_cache=False)
    found = {(d.line, d.column, d.code) for d in report.diagnostics}
    expected = {
        (136, 15, "PC510"),  # placeholder ***
        (145, 11, "PC105"),  # unused role
        (173, 5, "PC205"),  # level without an end condition
        (173, 9, "PC106"),  # level no scenario handles
        (202, 13, "PC101"),  # escalation to an undefined role
        (338, 10, "PC301"),  # VIP cap below the ordinary cap
        (357, 13, "PC303"),  # report deadline shorter than the reply before it
        (367, 13, "PC304"),  # a 20-day decision deadline
        (457, 10, "PC401"),  # drills every 3 years
        (468, 10, "PC402"),  # review every 5 years
        (527, 61, "PC602"),  # approvals dated backwards
    }
    assert expected <= found, sorted(expected - found)


def test_complete_examples_have_no_error_and_no_warning():
    result = CliRunner().invoke(main, ["lint", str(PLANS / "examples"), "--fail-on", "warning", "--no-cache"])
    assert result.exit_code == 0, result.output
    assert " error" not in result.output and " warning" not in result.output


def seed_findings() -> str:
    report = check_paths([str(PLANS / "seed")], use_cache=False)
    lines = [d.as_text().replace(str(PLANS), "plans") for d in report.diagnostics]
    return "\n".join(lines) + "\n"


def test_seed_findings_match_the_reviewed_snapshot():
    actual = seed_findings()
    if os.environ.get("PLANCRAFT_UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(actual, encoding="utf-8")
    assert actual == SNAPSHOT.read_text(encoding="utf-8"), (
        "seed findings changed; review `git diff` after PLANCRAFT_UPDATE_SNAPSHOTS=1 pytest tests/lint"
    )


def test_the_known_faults_of_the_real_plans_are_in_the_snapshot():
    text = SNAPSHOT.read_text(encoding="utf-8")
    assert "plans/seed/02-liangping-branch.yaml:164:13: PC512 error: this text names 中行" in text
    assert "plans/seed/08-it-cutover-branch.yaml:20:11: PC510 error: placeholder" in text
    assert text.count("08-it-cutover-branch.yaml") > 20
