"""Every rule's documented examples, run through the rule: the passing example gives no finding of
that rule, the failing example at least one. The docstring is the user documentation
(`plancraft explain`, docs/rules.md), so what it promises is tested here."""

from __future__ import annotations

import inspect
import re

import pytest

from plancraft.lint.engine import run_rule
from plancraft.rules import RULES
from tests.conftest import snippet_plan


def example(rule, heading: str) -> str:
    """The indented block after `Passing::` / `Failing::` in the rule's docstring."""
    doc = inspect.cleandoc(rule.__doc__ or "")
    match = re.search(rf"^{heading}::\n\n((?:    .*\n|\n)+)", doc + "\n", flags=re.MULTILINE)
    assert match, f"{rule.CODE}: no `{heading}::` example"
    return "\n".join(line[4:] for line in match.group(1).splitlines()) + "\n"


# Examples that cannot run from their text alone; their own test files use real files instead.
NEEDS_MORE_THAN_THE_TEXT = {
    "PC701": "whether `document.parent` can be read depends on files next to the plan",
    "PC615": "the history's digests are shown as `sha256:…`, not computed",
}


def findings(rule, text: str) -> list:
    """The rule's findings on the example; a first line `# parent: YAML` is the parent plan's text."""
    plan = snippet_plan(text)
    first = text.split("\n", 1)[0]
    if first.startswith("# parent: "):
        plan.parent = snippet_plan(first[len("# parent: ") :])
    return list(run_rule(rule, plan, plan.options))


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.CODE)
def test_the_passing_example_passes(rule):
    if rule.CODE in NEEDS_MORE_THAN_THE_TEXT:
        pytest.skip(NEEDS_MORE_THAN_THE_TEXT[rule.CODE])
    assert [d.message for d in findings(rule, example(rule, "Passing"))] == []


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.CODE)
def test_the_failing_example_fails(rule):
    if rule.CODE in NEEDS_MORE_THAN_THE_TEXT:
        pytest.skip(NEEDS_MORE_THAN_THE_TEXT[rule.CODE])
    found = findings(rule, example(rule, "Failing"))
    assert found and all(d.code == rule.CODE for d in found)
