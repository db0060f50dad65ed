from __future__ import annotations

import pytest

from plancraft.render import render_docx

from .helpers import EXAMPLES, FIXTURES, load_plan


@pytest.fixture(scope="session")
def zh_plan() -> dict:
    return load_plan(FIXTURES / "complete.zh.yaml")


@pytest.fixture(scope="session")
def en_plan() -> dict:
    return load_plan(EXAMPLES / "bank-branch.en.yaml")


@pytest.fixture(scope="session")
def zh_docx(zh_plan) -> bytes:
    return render_docx(zh_plan)


@pytest.fixture(scope="session")
def en_docx(en_plan) -> bytes:
    return render_docx(en_plan)
